"""storage.briefs, the one path of the window and the command line: prepared in memory, saved with
the one atomic writer, recorded (audit entry, custody entries, pseudonyms) in one transaction."""
from __future__ import annotations

import pytest

from storage import audit, briefs, cases
from storage import evidence as ev
from storage.errors import NotFound
from tests import case_factory as cf


@pytest.fixture
def stored(store, tmp_path):
    with store.write() as s:
        case, _ = cases.save_case(s, store, cf.make_case(), reason="test")
    scans = []
    for name in ("notice.txt", "letter.txt"):
        path = tmp_path / name
        path.write_text(f"a scanned {name}")
        scans.append(ev.add_file(store, case.id, path, description=f"Scan of the {name}"))
    return case, scans


def actions(store, entity_id) -> list[str]:
    with store.read() as s:
        return [e.action for e in audit.history(s, entity_id)]


def pseudonyms(store, case_id) -> dict:
    with store.read() as s:
        return cases.pseudonyms(s, case_id)


def test_prepare_writes_nothing_and_save_writes_and_records_it(store, stored, tmp_path):
    case, scans = stored
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.pdf").write_bytes(b"an older file of that name")
    steps = []
    prepared = briefs.prepare(store, case.reference, briefs.BriefOptions(profile="court", redaction_log=True),
                              lambda done, total: steps.append((done, total)))
    assert sorted(p.name for p in out.iterdir()) == ["brief.pdf"]
    assert "brief_written" not in actions(store, case.id) and pseudonyms(store, case.id) == {}
    assert steps[0] == (0, briefs.TOTAL) and steps[-1] == (briefs.TOTAL, briefs.TOTAL)

    saved = briefs.save(store, prepared, out / "brief.pdf")
    assert saved.log_path == out / "brief-redaction-log.pdf"
    assert sorted(p.name for p in out.iterdir()) == ["brief-redaction-log.pdf", "brief.pdf"]   # no temporary file
    assert (out / "brief.pdf").read_bytes() == prepared.result.pdf
    assert (out / "brief.pdf").stat().st_mode & 0o077 == 0
    assert (out / "brief-redaction-log.pdf").read_bytes().startswith(b"%PDF")
    assert actions(store, case.id).count("brief_written") == 1
    for scan in scans:
        assert actions(store, scan.id).count("evidence_included_in_brief") == 1
    assert "Relative 1" in pseudonyms(store, case.id).values()


def test_recording_a_brief_is_one_transaction(store, stored, tmp_path):
    """The second exhibit's custody entry cannot be written: neither the brief's audit entry, nor the
    first exhibit's custody entry, nor the pseudonyms are kept, and no file is written."""
    case, scans = stored
    prepared = briefs.prepare(store, case.id, briefs.BriefOptions(profile="court"))
    ev.remove_file(store, scans[1].id, reason="withdrawn")   # after the brief was made, before it was saved
    before = {e: actions(store, e) for e in (case.id, scans[0].id)}
    with pytest.raises(NotFound):
        briefs.save(store, prepared, tmp_path / "brief.pdf")
    assert not (tmp_path / "brief.pdf").exists()
    assert {e: actions(store, e) for e in (case.id, scans[0].id)} == before
    assert "brief_written" not in before[case.id]
    assert pseudonyms(store, case.id) == {}


def test_a_file_that_cannot_be_written_leaves_no_record(store, stored, tmp_path):
    case, _scans = stored
    prepared = briefs.prepare(store, case.id, briefs.BriefOptions(profile="court"))
    with pytest.raises(FileNotFoundError):
        briefs.save(store, prepared, tmp_path / "no-such-folder" / "brief.pdf")
    assert "brief_written" not in actions(store, case.id) and pseudonyms(store, case.id) == {}


def test_an_internal_brief_has_no_redaction_log(store, stored):
    case, _scans = stored
    with pytest.raises(ValueError, match="redacts nothing"):
        briefs.prepare(store, case.id, briefs.BriefOptions(profile="internal", redaction_log=True))
    made = briefs.prepare(store, case.id, briefs.BriefOptions(profile="internal"))
    assert made.log_pdf is None


def test_the_refusals_the_window_and_the_command_line_catch_come_from_the_use_case(store, tmp_path):
    consentless = cf.make_case(consent={"scopes": ["share_with_partners"]})
    with store.write() as s:
        case, _ = cases.save_case(s, store, consentless, reason="test")
    with pytest.raises(briefs.ConsentRefused, match="legal_proceedings"):
        briefs.prepare(store, case.id, briefs.BriefOptions(profile="court"))
    assert "brief_written" not in actions(store, case.id)


def test_check_pdf_reads_the_case_and_finds_what_an_internal_brief_shows(store, stored, tmp_path):
    case, _scans = stored
    internal = briefs.save(store, briefs.prepare(store, case.id, briefs.BriefOptions(profile="internal")),
                           tmp_path / "internal.pdf")
    checked, report = briefs.check_pdf(store, case.reference, internal.path, "court")
    leaks = report.leaks
    assert checked.id == case.id and leaks
    assert any("Relative 1" in str(leak) for leak in leaks)
    court = briefs.save(store, briefs.prepare(store, case.id, briefs.BriefOptions(profile="court")),
                        tmp_path / "court.pdf")
    assert briefs.check_pdf(store, case.id, court.path, "court")[1].leaks == []
