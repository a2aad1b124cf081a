"""A hostile bundle is refused from its signed manifest and its tar headers, before the store is
touched: the reported 8 KB bundle whose sparse member expands to 2 GiB, sizes beyond the limits or
beyond the free disk, entries that are not plain files, evidence ids that are paths."""
from __future__ import annotations

import json
import time
import uuid

import pytest
from sqlmodel import select

from exports import bundle
from models.tables import AuditEntry
from storage import identity, sharing
from storage import bundle_evidence as be
from storage.bundle_evidence import StoreEvidence, staged_count
from storage.store import Store
from tests import bundle_forge as forge
from tests.sharing_support import (PASSPHRASE, introduce, make_case,  # noqa: F401
                                   temp_files_under_tmp_path)  # an autouse fixture

GIB = 1024 ** 3
FAST = 5.0  # seconds; the refusals here take a fraction of one, reading 2 GiB took 50 s


@pytest.fixture
def trio(tmp_path):
    """Alice (in Bob's address book), Bob (who receives), Mallory (whom nobody accepted)."""
    alice, _ = Store.create(tmp_path / "alice", PASSPHRASE, owner="Alice")
    bob, _ = Store.create(tmp_path / "bob", PASSPHRASE, owner="Bob")
    mallory, _ = Store.create(tmp_path / "mallory", PASSPHRASE, owner="Mallory")
    introduce(bob, "Alice", alice)
    yield alice, bob, mallory
    for s in (alice, bob, mallory):
        s.close()


def _audit(store):
    with store.read() as s:
        return [(e.action, json.loads(e.detail)) for e in s.exec(select(AuditEntry).order_by(AuditEntry.seq))]


def _sparse_bundle(sender, bob, declared: int, realsize: int = 2 * GIB) -> bytes:
    case = make_case(id=str(uuid.uuid4()))
    cases = forge.cases_json(case)
    eid = str(uuid.uuid4())
    manifest = forge.manifest_bytes(sender, bob, [
        forge.part(bundle.CASES, len(cases), forge.sha(cases)),
        forge.part("evidence/" + eid, declared, "0" * 64, eid, case.id)])
    return forge.seal(sender, bob, manifest, forge.plain(bundle.CASES, cases),
                      forge.sparse("evidence/" + eid, b"the end of a file of holes", realsize))


def _receive_refused(bob, path, match: str):
    start = time.monotonic()
    with pytest.raises(sharing.BundleRefused, match=match) as refused:
        sharing.receive(bob, path, evidence=StoreEvidence(bob))
    elapsed = time.monotonic() - start
    text = str(refused.value)
    assert text.count(". ") <= 2 and "unexpectedly" not in text and "Traceback" not in text
    return refused.value, elapsed


def test_the_reported_sparse_bundle_from_a_stranger_changes_no_byte_of_the_store(trio, tmp_path):
    _alice, bob, mallory = trio
    path = tmp_path / "sparse.age"
    path.write_bytes(_sparse_bundle(mallory, bob, declared=2 * GIB))
    assert path.stat().st_size < 10_000  # as reported: a few KB that would expand to 2 GiB
    bob.close()  # the store at rest, as on the caseworker's disk; opened again to receive
    at_rest = forge.snapshot(tmp_path / "bob")
    bob = Store.open(tmp_path / "bob", PASSPHRASE)
    before = forge.snapshot(tmp_path / "bob")
    assert {"casefile.db", "casefile.db-wal", "casefile.db-shm"} <= set(before)
    refused, elapsed = _receive_refused(bob, path, "not a plain file")
    assert refused.reason is bundle.Refusal.INVALID
    assert elapsed < FAST
    assert forge.snapshot(tmp_path / "bob") == before  # casefile.db, its -wal and -shm: same size, same bytes
    bob.close()
    assert forge.snapshot(tmp_path / "bob") == at_rest  # and nothing left to be checkpointed in later


def test_a_sparse_member_from_a_known_sender_is_refused_before_it_is_read(trio, tmp_path):
    alice, bob, _ = trio
    path = tmp_path / "sparse.age"
    path.write_bytes(_sparse_bundle(alice, bob, declared=26))  # the manifest says 26 bytes, tar 2 GiB
    before = _audit(bob)
    refused, elapsed = _receive_refused(bob, path, "not a plain file")
    assert elapsed < FAST and staged_count(bob) == 0
    fp = identity.identity(alice).fingerprint
    assert _audit(bob) == before + [("bundle_refused", {"reason": "invalid", "signer": fp})]


def test_a_member_longer_than_its_declared_size_is_refused_at_its_header(trio, tmp_path):
    alice, bob, _ = trio
    case = make_case(id=str(uuid.uuid4()))
    cases = forge.cases_json(case)
    eid = str(uuid.uuid4())
    data = b"x" * 4000
    manifest = forge.manifest_bytes(alice, bob, [
        forge.part(bundle.CASES, len(cases), forge.sha(cases)),
        forge.part("evidence/" + eid, 100, forge.sha(data[:100]), eid, case.id)])
    path = tmp_path / "long.age"
    path.write_bytes(forge.seal(alice, bob, manifest, forge.plain(bundle.CASES, cases),
                                forge.plain("evidence/" + eid, data)))
    refused, _ = _receive_refused(bob, path, "does not have the size its signed manifest declares")
    assert refused.reason is bundle.Refusal.DAMAGED and staged_count(bob) == 0


@pytest.mark.parametrize("kind", [b"1", b"2", b"3", b"4", b"5", b"6"], ids=["hard link", "symlink", "char device",
                                                                        "block device", "folder", "fifo"])
def test_links_devices_and_folders_are_refused(trio, tmp_path, kind):
    alice, bob, _ = trio
    case = make_case(id=str(uuid.uuid4()))
    cases = forge.cases_json(case)
    eid = str(uuid.uuid4())
    manifest = forge.manifest_bytes(alice, bob, [
        forge.part(bundle.CASES, len(cases), forge.sha(cases)),
        forge.part("evidence/" + eid, 0, forge.sha(b""), eid, case.id)])
    path = tmp_path / "link.age"
    path.write_bytes(forge.seal(alice, bob, manifest, forge.plain(bundle.CASES, cases),
                                forge.header("evidence/" + eid, 0, kind)))
    refused, _ = _receive_refused(bob, path, "not a plain file")
    assert refused.reason is bundle.Refusal.INVALID and staged_count(bob) == 0


def _declaring(alice, bob, sizes: list[int], ids: list[str] | None = None) -> bytes:
    """A bundle whose manifest declares evidence files of ``sizes`` (none of them carried)."""
    case = make_case(id=str(uuid.uuid4()))
    cases = forge.cases_json(case)
    ids = ids or [str(uuid.uuid4()) for _ in sizes]
    parts = [forge.part(bundle.CASES, len(cases), forge.sha(cases))]
    parts += [forge.part("evidence/" + i, n, "0" * 64, i, case.id) for i, n in zip(ids, sizes)]
    return forge.seal(alice, bob, forge.manifest_bytes(alice, bob, parts), forge.plain(bundle.CASES, cases))


@pytest.mark.parametrize("sizes", [[17 * GIB], [15 * GIB] * 5, [1] * 10_001], ids=["one too large", "too much in all",
                                                                                 "too many files"])
def test_declared_sizes_beyond_the_limits_are_refused(trio, tmp_path, sizes):
    alice, bob, _ = trio
    path = tmp_path / "big.age"
    path.write_bytes(_declaring(alice, bob, sizes))
    before = forge.snapshot(tmp_path / "bob")
    refused, elapsed = _receive_refused(bob, path, "more than Casefile takes in one bundle")
    assert refused.reason is bundle.Refusal.INVALID and elapsed < FAST
    assert len(forge.snapshot(tmp_path / "bob")) == len(before) and staged_count(bob) == 0


def test_cases_declared_larger_than_an_interchange_document_are_refused(trio, tmp_path):
    alice, bob, _ = trio
    cases = forge.cases_json(make_case(id=str(uuid.uuid4())))
    manifest = forge.manifest_bytes(alice, bob, [forge.part(bundle.CASES, 64 * 1024 * 1024 + 1, forge.sha(cases))])
    path = tmp_path / "cases.age"
    path.write_bytes(forge.seal(alice, bob, manifest, forge.plain(bundle.CASES, cases)))
    refused, elapsed = _receive_refused(bob, path, "cases are larger than 64 MiB")
    assert refused.reason is bundle.Refusal.INVALID and elapsed < FAST


def test_evidence_beyond_the_free_disk_is_refused_before_any_is_staged(trio, tmp_path, monkeypatch):
    alice, bob, _ = trio
    path = tmp_path / "big.age"
    path.write_bytes(_declaring(alice, bob, [3 * GIB, 2 * GIB]))
    real = be.shutil.disk_usage

    def small_disk(p):
        usage = real(p)
        return usage._replace(free=6 * GIB)  # 5 GiB of files, the largest once more through the log: 8 GiB
    monkeypatch.setattr(be.shutil, "disk_usage", small_disk)
    refused, _ = _receive_refused(bob, path, "Not enough free disk space for this bundle's evidence files")
    assert "6.0 GiB is free" in str(refused) or "6 GiB is free" in str(refused)
    assert staged_count(bob) == 0


@pytest.mark.parametrize("bad_id", ["../../x", "/etc/passwd", "a\0b", "x" * 129, "..", "a/b", "a\\b", "-\n-", ""])
def test_evidence_ids_that_are_not_plain_names_are_refused(trio, tmp_path, bad_id):
    alice, bob, _ = trio
    path = tmp_path / "ids.age"
    path.write_bytes(_declaring(alice, bob, [10], ids=[bad_id]))
    before = _audit(bob)
    refused, _ = _receive_refused(bob, path, "not a plain name|do not belong in a bundle")
    assert refused.reason is bundle.Refusal.INVALID and staged_count(bob) == 0
    assert _audit(bob) == before  # refused with the manifest, before its signature: nothing is written


def test_plain_ids_pass_the_check():
    for good in ("3f2c9a1e-0b7d-4c55-9e1a-7d2f0c3b8a61", "photo_01", "a", "a.b-c", "X" * 128):
        assert bundle.valid_id(good), good
    for bad in (".hidden", "trailing.", "x" * 129, "ü", "a b"):
        assert not bundle.valid_id(bad), bad


def test_a_sender_name_longer_than_the_limit_is_refused(trio, tmp_path):
    alice, bob, _ = trio
    case = make_case(id=str(uuid.uuid4()))
    cases = forge.cases_json(case)
    manifest = forge.manifest_bytes(alice, bob, [forge.part(bundle.CASES, len(cases), forge.sha(cases))],
                                    name="A" * 201)
    path = tmp_path / "name.age"
    path.write_bytes(forge.seal(alice, bob, manifest, forge.plain(bundle.CASES, cases)))
    _receive_refused(bob, path, "sender name or list of recipients is too long")


def test_a_huge_header_record_is_refused_within_its_allowance(trio, tmp_path):
    """A PAX record of 64 MiB before the evidence part: refused once it passes the header
    allowance, not kept whole in memory."""
    alice, bob, _ = trio
    case = make_case(id=str(uuid.uuid4()))
    cases = forge.cases_json(case)
    eid = str(uuid.uuid4())
    manifest = forge.manifest_bytes(alice, bob, [
        forge.part(bundle.CASES, len(cases), forge.sha(cases)),
        forge.part("evidence/" + eid, 1, forge.sha(b"x"), eid, case.id)])
    record = b"0 comment=" + b"z" * (64 * 1024 * 1024)
    pax = forge.header("././@PaxHeader", len(record), b"x") + forge.pad(record)
    path = tmp_path / "pax.age"
    path.write_bytes(forge.seal(alice, bob, manifest, forge.plain(bundle.CASES, cases), pax,
                                forge.plain("evidence/" + eid, b"x")))
    refused, elapsed = _receive_refused(bob, path, "more than its signed manifest declares")
    assert refused.reason is bundle.Refusal.INVALID and elapsed < FAST + 10
