"""One evidence record from intake to a colleague's store; sizes in one unit system; the one atomic writer."""
from __future__ import annotations

import hashlib
import io
import os
import stat
import uuid

import pytest
from sqlmodel import select

from exports import bundle
from models.evidence import INTAKE_FIELDS, EvidenceRecord, format_size
from models.tables import Evidence
from storage import evidence as ev
from storage import sharing
from storage.bundle_evidence import STAGED, StoreEvidence
from storage.files import atomic_write, atomic_writer, overwrite_with_zeros
from tests.evidence_helpers import add_case, write_marked_file
from tests.sharing_support import (colleagues, make_case, save,  # noqa: F401
                                   temp_files_under_tmp_path)  # an autouse fixture

MiB = 1024 * 1024


# --- sizes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("n, text", [
    (0, "0 bytes"), (1023, "1023 bytes"), (1024, "1.0 KiB"), (1536, "1.5 KiB"), (183_202, "178.9 KiB"),
    (MiB, "1.0 MiB"), (2_400_000, "2.3 MiB"), (5 * 1024 * MiB, "5.0 GiB"), (3000 * 1024 * MiB, "3000.0 GiB"),
])
def test_sizes_are_written_in_binary_units_named_as_such(n, text):
    assert format_size(n) == text


def test_the_command_line_lists_sizes_in_the_same_units(store, store_path, tmp_path, monkeypatch, capsys):
    import main
    from tests.conftest import PASSPHRASE

    case = add_case(store)
    store.close()
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    path = write_marked_file(tmp_path / "notice.jpg", 300_000)
    assert main.main(["attach", str(store_path), case.reference, str(path)]) == 0
    assert "293.0 KiB" in capsys.readouterr().out  # 300,000 / 1,024 = 292.97
    assert main.main(["attachments", str(store_path), case.reference]) == 0
    assert "\t293.0 KiB\t" in capsys.readouterr().out


# --- one record -----------------------------------------------------------------------------

FULL = EvidenceRecord(id="2f0c6d0e-8a51-4d4b-9c1e-7a0f3b6e9d21", case_id="c-1", record_id="p-1", number=4,
                      filename="notice.jpg", media_type="image/jpeg", size=1234, sha256="ab" * 32,
                      description="Detention notice", source="the applicant", received_on="2018-11",
                      added_at="2024-05-02T10:00:00+00:00", added_by="Aigerim")


def test_a_record_becomes_a_bundle_part_and_back_unchanged():
    part = bundle.evidence_part(FULL)
    assert part.model_dump(exclude_none=True) == {
        "name": "evidence/2f0c6d0e-8a51-4d4b-9c1e-7a0f3b6e9d21", "size": 1234, "sha256": "ab" * 32,
        "evidence_id": "2f0c6d0e-8a51-4d4b-9c1e-7a0f3b6e9d21", "case_id": "c-1", "filename": "notice.jpg",
        "record_id": "p-1", "number": 4, "media_type": "image/jpeg", "description": "Detention notice",
        "source": "the applicant", "received_on": "2018-11", "added_at": "2024-05-02T10:00:00+00:00",
        "added_by": "Aigerim"}
    assert bundle.evidence_record(part) == FULL


def test_a_record_without_intake_details_makes_a_bare_part():
    bare = EvidenceRecord(id="e-1", case_id="c-1", size=0, sha256="0" * 64)
    assert bundle.evidence_part(bare).model_dump(exclude_none=True) == {
        "name": "evidence/e-1", "size": 0, "sha256": "0" * 64, "evidence_id": "e-1", "case_id": "c-1"}
    assert bundle.evidence_record(bundle.evidence_part(bare)) == bare


def test_the_table_the_record_and_the_part_name_the_same_fields():
    record_fields = set(EvidenceRecord.__dataclass_fields__)
    # photo: a mark of this store's People view (storage.people.set_photo), not part of the record sent.
    assert set(Evidence.model_fields) - {"pk", "removed_at", "photo"} == record_fields
    assert set(bundle.Part.model_fields) == {"name", "evidence_id", "case_id", "size", "sha256", "filename",
                                             *INTAKE_FIELDS}
    assert set(INTAKE_FIELDS) | {"id", "case_id", "size", "sha256", "filename"} == record_fields


def test_a_file_arrives_in_a_colleagues_store_with_its_whole_record(tmp_path):
    alice, bob = colleagues(tmp_path)
    try:
        case = save(alice, make_case())
        sent = ev.add_file(alice, case.reference, write_marked_file(tmp_path / "scan.pdf", MiB + 3),
                           description="Detention notice", source="the applicant", received_on="2019-03",
                           record_id=case.persons[0].id)
        out = tmp_path / "out.age"
        sharing.send(alice, [case.reference], ["Bob"], out, evidence=StoreEvidence(alice))
        sharing.receive(bob, out, evidence=StoreEvidence(bob))
        with bob.read() as s:
            [got] = ev.list_files(s, case.id)
        assert got == sent  # every field: number, name, type, intake details, who added it and when
        assert (got.added_by, got.received_on, got.record_id) == ("Alice", "2019-03", case.persons[0].id)
    finally:
        alice.close()
        bob.close()


# --- files kept apart until they are filed --------------------------------------------------

def test_purge_never_touches_a_filed_exhibit(store, tmp_path):
    case = add_case(store)
    filed = ev.add_file(store, case.id, write_marked_file(tmp_path / "a.bin", 100))
    data = b"incoming" * 100
    record = EvidenceRecord(id=str(uuid.uuid4()), case_id=case.id, size=len(data),
                            sha256=hashlib.sha256(data).hexdigest(), filename="b.bin", number=1)
    pk = ev.keep_unfiled(store, record, io.BytesIO(data), STAGED + case.id)
    with store.read() as s:
        assert [f.id for f in ev.list_files(s, case.id)] == [filed.id]  # the held file is not listed
        filed_pk = s.exec(select(Evidence.pk).where(Evidence.id == filed.id)).one()
    with store.write() as s:
        placed = ev.file_into_case(s, pk, case.id, record.number)
    assert placed.number == 2  # number 1 is taken in this case
    ev.purge(store, [pk, filed_pk], STAGED)  # neither is held any more
    with store.read() as s:
        assert [f.number for f in ev.list_files(s, case.id)] == [1, 2]
    assert ev.read_bytes(store, placed.id) == data


def test_custody_can_be_part_of_the_callers_transaction(store, tmp_path):
    case = add_case(store)
    info = ev.add_file(store, case.id, write_marked_file(tmp_path / "a.bin", 100))

    class Stop(Exception):
        pass

    with pytest.raises(Stop):
        with store.write() as s:
            ev.record_custody(store, info.id, "included_in_brief", session=s, profile="court")
            raise Stop
    with store.read() as s:
        assert [e.action for e in ev.custody_history(s, info.id)] == ["evidence_attached"]
    with store.write() as s:
        ev.record_custody(store, info.id, "included_in_brief", session=s, profile="court")
    with store.read() as s:
        assert [e.action for e in ev.custody_history(s, info.id)] == ["evidence_attached", "evidence_included_in_brief"]


# --- the atomic writer ----------------------------------------------------------------------

def test_a_streamed_write_replaces_the_file_whole_and_private(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "out.bin"
    path.write_bytes(b"old")
    with atomic_writer(path) as f:
        f.write(b"new ")
        f.write(b"content")
        assert path.read_bytes() == b"old"  # not in place until the block ends
    assert path.read_bytes() == b"new content"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(folder) == ["out.bin"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "out.bin"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_writer(path) as f:
            f.write(b"half")
            raise RuntimeError("the disk is full")
    assert path.read_bytes() == b"old" and os.listdir(folder) == ["out.bin"]
    atomic_write(folder / "new.bin", b"bytes")
    assert (folder / "new.bin").read_bytes() == b"bytes" and sorted(os.listdir(folder)) == ["new.bin", "out.bin"]


def test_an_export_that_does_not_match_its_hash_leaves_nothing(store, tmp_path):
    case = add_case(store)
    info = ev.add_file(store, case.id, write_marked_file(tmp_path / "a.jpg", 2 * MiB))
    with store.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE evidence_chunk SET data = zeroblob(length(data)) WHERE seq = 1 "
            "AND evidence_pk = (SELECT pk FROM evidence WHERE id = ?)", (info.id,))
    out = tmp_path / "export"
    out.mkdir()
    (out / "a.jpg").write_bytes(b"an earlier export")
    with pytest.raises(ev.EvidenceMismatch):
        ev.export_file(store, info.id, out / "a.jpg")
    assert os.listdir(out) == ["a.jpg"] and (out / "a.jpg").read_bytes() == b"an earlier export"


def test_overwrite_with_zeros_keeps_the_size_and_none_of_the_bytes(tmp_path):
    path = write_marked_file(tmp_path / "copy.pdf", MiB + 10)
    overwrite_with_zeros(path, chunk=4096)
    assert path.read_bytes() == bytes(MiB + 10)
    overwrite_with_zeros(tmp_path / "missing")  # nothing to do, no error
