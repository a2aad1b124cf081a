"""What protects the data: encryption at rest, atomic transactions, the audit chain, revisions."""
import json
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import text
from sqlmodel import select

from models import interchange
from models.tables import CaseRow
from storage import cases
from storage.interchange_io import import_document
from storage.store import Store
from tests import factory

NAMES = ["Bakhytgul Omarova", "Бақытгүл Омарова", "زەينەپ تۇرسۇن", "泽依奈普", "E99887766", "Tekes"]


def _scan(folder, needles):
    found = []
    for p in folder.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            for n in needles:
                for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                    if n.encode(enc) in data:
                        found.append((p.name, n, enc))
    return found


def test_no_known_name_is_stored_in_plaintext_while_open_or_after_close(store, store_path):
    with store.write() as s:
        cases.save_case(s, store, factory.case("SCAN-1"))
    with store.write() as s:  # an update leaves the old version in free pages and the WAL
        c = cases.get_case(s, "SCAN-1")
        cases.save_case(s, store, c.model_copy(update={"title": "Changed title"}))
    assert list(store_path.glob("*-wal")), "the write-ahead log should exist while the store is open"
    assert _scan(store_path, NAMES) == []
    store.close()
    assert _scan(store_path, NAMES) == []
    assert not list(store_path.glob("*-wal")) or (store_path / "casefile.db-wal").stat().st_size == 0


def test_a_failed_transaction_leaves_nothing(store):
    with pytest.raises(RuntimeError):
        with store.write() as s:
            cases.save_case(s, store, factory.case("ATOM-1"))
            raise RuntimeError("power cut")
    with store.read() as s:
        assert s.execute(text('SELECT count(*) FROM "case"')).scalar() == 0
        assert cases.search_cases(s, "Omarova") == []


def test_the_driver_really_runs_transactions(store):
    """The driver's own transaction handling is off (for WAL and pragmas); without the
    BEGIN IMMEDIATE on every SQLAlchemy begin, each statement would commit by itself."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('probe', 'x')")
        assert conn.connection.dbapi_connection.in_transaction
        conn.rollback()
    with store.read() as s:
        assert s.execute(text("SELECT count(*) FROM meta WHERE key = 'probe'")).scalar() == 0


def test_an_import_with_one_bad_case_changes_nothing(store):
    good = factory.case_dict("GOOD-1")
    bad = factory.case_dict("BAD-1")
    bad["persons"][0]["birth_year"] = "nineteen"
    with pytest.raises(interchange.InterchangeError, match=r"cases\[1\]\.persons\[0\]\.birth_year: not a year"):
        import_document(store, interchange.parse_document(factory.document(good, bad)))
    # The same with a case that is valid alone but clashes with the store.
    with store.write() as s:
        cases.save_case(s, store, factory.case("TAKEN"))
    clash = factory.case_dict("TAKEN")
    doc = interchange.parse_document(factory.document(good, clash))
    with pytest.raises(interchange.InterchangeError, match=r"cases\[1\]\.reference"):
        import_document(store, doc)
    with store.read() as s:
        assert [c.reference for c in cases.get_cases(s)] == ["TAKEN"]


KILLED_IMPORT = textwrap.dedent("""
    import sys
    from models import interchange
    from storage.store import Store
    from storage.interchange_io import import_document
    from tests import factory
    store = Store.open(sys.argv[1], passphrase=sys.argv[2])
    doc = interchange.parse_document(factory.document(*[factory.case_dict(f"K-{i}") for i in range(400)]))
    def progress(done, total):
        print(done, flush=True)
        if done == total // 2:
            sys.stdin.readline()  # wait here, mid-transaction, until the test kills us
    import_document(store, doc, progress=progress)
""")


@pytest.mark.slow
def test_a_process_killed_in_the_middle_of_an_import_leaves_a_sound_store(store, store_path, passphrase, tmp_path):
    store.close()
    proc = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, str(store_path), passphrase],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=str(factory.DEMO.parents[2]))
    seen = 0
    for line in proc.stdout:
        seen = int(line)
        if seen == 200:
            break
    assert seen == 200
    proc.kill()
    proc.wait()
    with Store.open(store_path, passphrase=passphrase) as again:
        assert again.integrity_problems() == []
        assert again.verify_audit() == []
        with again.read() as s:
            assert s.execute(text('SELECT count(*) FROM "case"')).scalar() == 0
        # and the same import, let run to its end, brings all of it
        doc = interchange.parse_document(factory.document(*[factory.case_dict(f"K-{i}") for i in range(400)]))
        import_document(again, doc)
        with again.read() as s:
            assert s.execute(text('SELECT count(*) FROM "case"')).scalar() == 400


def _audit_rows(store):
    with store.read() as s:
        return s.execute(text("SELECT seq, action FROM audit_log ORDER BY seq")).all()


def test_audit_chain_is_whole_after_ordinary_work(store):
    with store.write() as s:
        cases.save_case(s, store, factory.case("AUD-1"))
    with store.write() as s:
        c = cases.get_case(s, "AUD-1")
        c.persons[1].at_risk = False
        cases.save_case(s, store, c)
    actions = [a for _, a in _audit_rows(store)]
    assert actions[0] == "created" and "case_added" in actions and "person_updated" in actions
    assert store.verify_audit() == []


@pytest.mark.parametrize("tamper, expected", [
    ("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2", "entry 2"),
    ("DELETE FROM audit_log WHERE seq = 2", "missing"),
    ("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)", "removed from its end"),
])
def test_audit_chain_detects_an_edited_or_removed_entry(store, tamper, expected):
    with store.write() as s:
        cases.save_case(s, store, factory.case("AUD-2"))
        cases.save_case(s, store, factory.case("AUD-3"))
    assert store.verify_audit() == []
    with store.write() as s:
        s.execute(text(tamper))
    problems = store.verify_audit()
    assert problems and any(expected in p for p in problems)


def test_an_update_keeps_the_earlier_version(store):
    with store.write() as s:
        stored, outcome = cases.save_case(s, store, factory.case("REV-1"))
    assert outcome == "added"
    with store.write() as s:
        changed = stored.model_copy(update={"summary": "Rewritten summary."})
        _, outcome = cases.save_case(s, store, changed)
    assert outcome == "updated"
    with store.read() as s:
        revs = cases.revisions(s, stored.id)
        assert len(revs) == 1
        assert json.loads(revs[0].document)["summary"] == stored.summary


def test_saving_the_same_case_again_is_unchanged_and_not_audited(store):
    with store.write() as s:
        stored, _ = cases.save_case(s, store, factory.case("SAME-1"))
    n = len(_audit_rows(store))
    with store.write() as s:
        _, outcome = cases.save_case(s, store, stored)
    assert outcome == "unchanged" and len(_audit_rows(store)) == n


def test_every_record_gets_an_id_that_stays(store):
    with store.write() as s:
        stored, _ = cases.save_case(s, store, factory.case("IDS-1"))
    ids = [p.id for p in stored.persons] + [e.id for e in stored.events]
    assert all(ids)
    # a document without ids (keys only) updates the same records
    data = stored.model_dump(mode="json")
    for name in cases.RECORD_LISTS:
        for r in data[name]:
            r["id"] = None
    with store.write() as s:
        again, outcome = cases.save_case(s, store, interchange.validate_case(data))
    assert outcome == "unchanged"
    assert [p.id for p in again.persons] + [e.id for e in again.events] == ids


def test_pseudonyms_are_kept_per_case(store):
    with store.write() as s:
        cases.save_case(s, store, factory.case("PS-1"))
        cases.set_pseudonyms(s, store, "PS-1", {"mother": "Relative 1"})
    with store.write() as s:
        cases.set_pseudonyms(s, store, "PS-1", {"applicant": "Q-A-"})
    with store.read() as s:
        assert cases.pseudonyms(s, "PS-1") == {"mother": "Relative 1", "applicant": "Q-A-"}


def test_case_row_columns_follow_the_document(store):
    with store.write() as s:
        cases.save_case(s, store, factory.case("COL-1"))
    with store.read() as s:
        row = s.exec(select(CaseRow).where(CaseRow.reference == "COL-1")).one()
        assert (row.applicant, row.has_at_risk) == ("Bakhytgul Omarova", True)


def test_a_read_session_cannot_write(store):
    from sqlalchemy.exc import OperationalError
    from models.tables import Meta
    with pytest.raises(OperationalError, match="readonly"):
        with store.read() as s:
            s.add(Meta(key="slip", value="written in a read"))
            s.flush()
    with store.read() as s:
        assert s.get(Meta, "slip") is None
    with store.write() as s:  # the same pooled connection writes again in a write session
        s.add(Meta(key="fine", value="x"))
    with store.read() as s:
        assert s.get(Meta, "fine").value == "x"
