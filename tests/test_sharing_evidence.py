"""Evidence files of the store in bundles: they travel, are checked, and a refused bundle leaves none."""
from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import tarfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlmodel import select

from exports import bundle
from models.tables import AuditEntry, Evidence
from storage import evidence, identity, sharing
from storage.bundle_evidence import STAGED, StoreEvidence, staged_count
from tests.evidence_helpers import MARKER as FILE_MARKER
from tests.evidence_helpers import write_marked_file
from tests.sharing_support import (MARKER, colleagues, files_containing, make_case, save,  # noqa: F401
                                   temp_files_under_tmp_path)  # an autouse fixture

SIZE = 2 * 1024 * 1024 + 4321  # more than two chunks, the last one short


@pytest.fixture
def friends(tmp_path):
    alice, bob = colleagues(tmp_path)
    yield alice, bob
    alice.close()
    bob.close()


@pytest.fixture
def sent(friends, tmp_path):
    """Alice's case with one attached file, sent to Bob."""
    alice, bob = friends
    case = save(alice, make_case())
    source = write_marked_file(tmp_path / "scan.pdf", SIZE)
    info = evidence.add_file(alice, case.reference, source, description="Detention notice", source="the applicant",
                             received_on="2019-03")
    source.unlink()  # from here on, the file exists only encrypted in Alice's store
    out = tmp_path / "out.age"
    result = sharing.send(alice, [case.reference], ["Bob"], out, evidence=StoreEvidence(alice))
    assert result.evidence_files == 1
    return alice, bob, case, info, out


def actions(store, entity_id=None):
    with store.read() as s:
        q = select(AuditEntry).order_by(AuditEntry.seq)
        if entity_id:
            q = q.where(AuditEntry.entity_id == entity_id)
        return [(e.action, json.loads(e.detail)) for e in s.exec(q)]


def evidence_rows(store):
    with store.read() as s:
        return list(s.exec(select(Evidence)))


def test_store_evidence_travels_with_its_intake_details_and_custody(sent):
    alice, bob, case, info, out = sent
    result = sharing.receive(bob, out, evidence=StoreEvidence(bob))
    assert result.added == [case.reference] and result.evidence_files == 1
    with bob.read() as s:
        [got] = evidence.list_files(s, case.id)
    assert (got.id, got.number, got.size, got.sha256) == (info.id, 1, SIZE, info.sha256)
    assert (got.filename, got.description, got.source, got.received_on) == (
        "scan.pdf", "Detention notice", "the applicant", "2019-03")
    data = evidence.read_bytes(bob, got.id)
    assert hashlib.sha256(data).hexdigest() == info.sha256
    assert evidence.verify_store(bob) == []
    assert ("evidence_included_in_bundle" in [a for a, _ in actions(alice, info.id)])
    [(action, detail)] = [x for x in actions(bob, info.id) if x[0] == "evidence_received_in_bundle"]
    assert detail["bundle"] == result.bundle_id and detail["sha256"] == info.sha256
    assert staged_count(bob) == 0


def test_the_same_bundle_twice_adds_no_second_copy(sent):
    _alice, bob, case, _info, out = sent
    sharing.receive(bob, out, evidence=StoreEvidence(bob))
    again = sharing.receive(bob, out, evidence=StoreEvidence(bob))
    assert again.already_received
    assert len(evidence_rows(bob)) == 1 and staged_count(bob) == 0


@pytest.mark.parametrize("damage", ["truncated", "tampered_in_the_evidence"])
def test_a_damaged_bundle_leaves_no_staged_file_and_no_plaintext(sent, tmp_path, damage):
    _alice, bob, _case, _info, out = sent
    data = out.read_bytes()
    if damage == "truncated":
        data = data[: len(data) - 3000]  # the evidence is the last part: it is cut off
    else:
        i = len(data) - SIZE // 2
        data = data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]
    out.write_bytes(data)
    with pytest.raises(sharing.BundleRefused, match="refused"):
        sharing.receive(bob, out, evidence=StoreEvidence(bob))
    assert evidence_rows(bob) == [] and staged_count(bob) == 0
    with bob.read() as s:
        assert s.exec(select(AuditEntry.action).order_by(AuditEntry.seq.desc())).first() == "bundle_refused"
    assert files_containing(tmp_path, FILE_MARKER, MARKER.encode()) == []


def test_a_refused_sender_leaves_no_staged_file(friends, tmp_path):
    alice, bob = friends
    identity.remove_contact(bob, "Alice")
    case = save(alice, make_case())
    evidence.add_file(alice, case.reference, write_marked_file(tmp_path / "a.bin", 5000))
    sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age", evidence=StoreEvidence(alice))
    with pytest.raises(sharing.UnknownSigner):
        sharing.receive(bob, tmp_path / "out.age", evidence=StoreEvidence(bob))
    assert evidence_rows(bob) == []
    assert actions(bob)[-1][0] == "contact_removed"  # a stranger's bundle writes nothing, not even its refusal


def test_files_left_staged_by_a_dead_process_are_removed_by_the_next_receive(sent):
    _alice, bob, case, info, out = sent
    incoming = sharing.open_bundle(bob, out, evidence=StoreEvidence(bob))  # then the process "dies"
    assert [r.case_id for r in evidence_rows(bob)] == [STAGED + case.id]
    with bob.read() as s:
        assert s.exec(select(Evidence).where(Evidence.case_id == case.id)).all() == []  # seen by no list
    del incoming
    assert sharing.receive(bob, out, evidence=StoreEvidence(bob)).evidence_files == 1
    assert [(r.id, r.case_id) for r in evidence_rows(bob)] == [(info.id, case.id)]


def test_send_refuses_a_file_whose_stored_bytes_no_longer_match_the_intake_hash(friends, tmp_path):
    alice, _bob = friends
    case = save(alice, make_case())
    info = evidence.add_file(alice, case.reference, write_marked_file(tmp_path / "a.bin", 5000))
    with alice.write() as s:
        s.connection().exec_driver_sql("UPDATE evidence_chunk SET data = ? WHERE seq = 0", (b"x" * 5000,))
    with pytest.raises(sharing.BundleRefused, match="no longer matches"):
        sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age", evidence=StoreEvidence(alice))
    assert not (tmp_path / "out.age").exists() and info.id


@pytest.mark.parametrize("missing", [1, 2, 4])  # in the middle, for each reader, and the last
def test_send_refuses_a_file_with_a_chunk_missing_from_the_store(friends, tmp_path, missing):
    alice, _bob = friends
    case = save(alice, make_case())
    evidence.add_file(alice, case.reference, write_marked_file(tmp_path / "a.bin", 5 * 1024 * 1024))
    with alice.write() as s:
        s.connection().exec_driver_sql("DELETE FROM evidence_chunk WHERE seq = ?", (missing,))
    with pytest.raises(evidence.EvidenceMismatch, match=f"Part {missing + 1} of this file is missing"):
        sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age", evidence=StoreEvidence(alice))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "alice", "bob", "systemp"]  # no bundle, no .part


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_the_age_tool_opens_a_bundle_with_evidence(sent, tmp_path):
    _alice, bob, _case, info, out = sent
    key = tmp_path / "bob.key"
    key.write_text(identity.export_age_key(bob))
    plain = subprocess.run(["age", "-d", "-i", str(key), str(out)], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        names = tar.getnames()
        parts = {n: tar.extractfile(n).read() for n in names}
    assert names == ["manifest.json", "manifest.sig", "cases.json", "evidence/" + info.id]
    manifest = json.loads(parts["manifest.json"])
    signing_key = bundle.parse_signing_key(manifest["sender"]["signing_key"])
    Ed25519PublicKey.from_public_bytes(signing_key).verify(parts["manifest.sig"], parts["manifest.json"])
    for part in manifest["parts"]:
        assert hashlib.sha256(parts[part["name"]]).hexdigest() == part["sha256"]
    [ev_part] = [p for p in manifest["parts"] if p.get("evidence_id")]
    assert ev_part["sha256"] == info.sha256 and ev_part["description"] == "Detention notice"


def _stop_after(calls: int):
    """A progress callback like the window's after the person pressed Stop during the transfer."""
    import threading

    from storage.errors import stoppable

    stop, seen = threading.Event(), []

    def progress(done, total):
        seen.append(done)
        if len(seen) >= calls:
            stop.set()
    return stoppable(progress, stop), seen


def test_a_send_stopped_half_way_leaves_no_bundle_and_no_record_of_one(friends, tmp_path):
    from storage.errors import Cancelled

    alice, _bob = friends
    case = save(alice, make_case())
    evidence.add_file(alice, case.reference, write_marked_file(tmp_path / "video.mp4", SIZE))
    out = tmp_path / "outbox" / "cases.age"
    out.parent.mkdir()
    progress, seen = _stop_after(1)
    with pytest.raises(Cancelled):
        sharing.send(alice, [case.reference], ["Bob"], out, evidence=StoreEvidence(alice), progress=progress)
    assert 0 < seen[-1] < SIZE  # stopped during the evidence, not after it
    assert list(out.parent.iterdir()) == []  # neither the bundle nor its half-written .part
    assert not [a for a, _ in actions(alice) if a in ("bundle_sent", "evidence_included_in_bundle")]


def test_a_receive_stopped_half_way_changes_nothing(sent, tmp_path):
    from storage.errors import Cancelled

    _alice, bob, case, _info, out = sent
    before = actions(bob)
    progress, _seen = _stop_after(2)
    with pytest.raises(Cancelled):
        sharing.open_bundle(bob, out, StoreEvidence(bob), progress)
    assert evidence_rows(bob) == [] and staged_count(bob) == 0
    with bob.read() as s:
        assert sharing.cases.get_cases(s) == []
    assert actions(bob) == before  # no import, and no refusal: the person stopped it
    assert files_containing(tmp_path, FILE_MARKER, MARKER.encode()) == []
    # and the same bundle is received whole afterwards
    assert sharing.receive(bob, out, evidence=StoreEvidence(bob)).added == [case.reference]


def test_files_of_every_alignment_arrive_byte_for_byte(friends, tmp_path):
    """Parts are read straight from the tar stream, each skipping the padding of the one before:
    empty, one byte, exactly a tar block, exactly a chunk and odd sizes all arrive whole."""
    alice, bob = friends
    case = save(alice, make_case())
    sizes = [0, 1, 512, 1024 * 1024, 1024 * 1024 + 511, 3 * 1024 * 1024 + 1]
    sent_files = {}
    for n, size in enumerate(sizes):
        path = write_marked_file(tmp_path / f"file{n}.bin", size)
        info = evidence.add_file(alice, case.reference, path)
        sent_files[info.id] = path.read_bytes()
    out = tmp_path / "out.age"
    assert sharing.send(alice, [case.reference], ["Bob"], out, evidence=StoreEvidence(alice)).evidence_files == 6
    sharing.receive(bob, out, evidence=StoreEvidence(bob))
    with bob.read() as s:
        got = evidence.list_files(s, case.id)
    assert sorted(f.size for f in got) == sorted(sizes)
    for f in got:
        assert evidence.read_bytes(bob, f.id) == sent_files[f.id]
        assert f.sha256 == hashlib.sha256(sent_files[f.id]).hexdigest()
    assert evidence.verify_store(bob) == [] and staged_count(bob) == 0
