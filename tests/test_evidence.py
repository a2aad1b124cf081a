"""Evidence files: hashes as sha256sum computes them, no plaintext on disk, damage reported,
a killed attach leaves nothing behind, removal leaves no recoverable content."""
from __future__ import annotations

import hashlib
import io
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from storage import evidence as ev
from storage.errors import NotFound
from storage.store import Store
from tests.conftest import PASSPHRASE
from tests.evidence_helpers import MARKER, add_case, write_marked_file

ROOT = Path(__file__).resolve().parents[1]
MiB = 1024 * 1024


def sha256sum(path: Path) -> str:
    return subprocess.run(["sha256sum", str(path)], check=True, capture_output=True, text=True).stdout.split()[0]


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def contains_marker(path: Path) -> bool:
    # Chunked with an overlap so a marker across two reads is still found.
    tail = b""
    with open(path, "rb") as f:
        while piece := f.read(MiB):
            if MARKER in tail + piece:
                return True
            tail = piece[-len(MARKER):]
    return False


def decrypted_pages(store_path: Path, key: bytes):
    """Every page of the database file decrypted with the store key (SQLCipher 4 defaults: 4096-byte
    pages, a 16-byte IV and a 64-byte HMAC at the end of each, the salt in front of page 1). Used to
    look inside the encryption for content that should be gone, free pages included."""
    data = (store_path / "casefile.db").read_bytes()
    size, reserve = 4096, 80
    for n in range(len(data) // size):
        page = data[n * size:(n + 1) * size]
        start = 16 if n == 0 else 0
        body, iv = page[start:size - reserve], page[size - reserve:size - reserve + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        yield dec.update(body) + dec.finalize()


@pytest.fixture
def case(store):
    return add_case(store)


def test_attach_records_the_hash_sha256sum_computes(store, case, tmp_path):
    path = write_marked_file(tmp_path / "notice.pdf", 3 * MiB + 123)
    path.write_bytes(b"%PDF-1.4\n" + path.read_bytes()[9:])  # a PDF by its first bytes
    seen = []
    info = ev.add_file(store, case.reference, path, description="Detention notice", source="the applicant's sister",
                       received_on="2024-05", record_id=case.persons[0].id, progress=lambda d, t: seen.append((d, t)))
    assert info.sha256 == sha256sum(path)
    assert (info.size, info.filename, info.media_type, info.number) == (path.stat().st_size, "notice.pdf",
                                                                         "application/pdf", 1)
    assert seen[-1] == (info.size, info.size) and len(seen) == 4  # progress after each 1 MiB chunk
    with store.read() as s:
        [listed] = ev.list_files(s, case.id)
    assert listed == info
    assert (listed.source, listed.received_on, listed.record_id) == ("the applicant's sister", "2024-05",
                                                                    case.persons[0].id)
    with ev.open_reader(store, info.id) as r:
        assert r.read() == path.read_bytes()


def test_numbers_follow_and_are_never_reused(store, case, tmp_path):
    a = ev.add_file(store, case.id, write_marked_file(tmp_path / "a.bin", 10))
    b = ev.add_file(store, case.id, write_marked_file(tmp_path / "b.bin", 0))
    assert (a.number, b.number) == (1, 2)
    assert b.sha256 == hashlib.sha256(b"").hexdigest()
    ev.remove_file(store, b.id)
    c = ev.add_file(store, case.id, write_marked_file(tmp_path / "c.bin", 20))
    assert c.number == 3


def test_no_plaintext_anywhere_under_the_store_folder(store, store_path, case, tmp_path):
    path = write_marked_file(tmp_path / "testimony.wav", 5 * MiB)
    ev.add_file(store, case.id, path)
    wal = store_path / "casefile.db-wal"
    assert wal.exists()  # the store is open: its write-ahead log is there to be searched too
    leaks = [p.name for p in files_under(store_path) if contains_marker(p)]
    assert leaks == []
    assert contains_marker(path)  # the marker is there to be found
    store.close()
    assert [p.name for p in files_under(store_path) if contains_marker(p)] == []


def test_removing_leaves_no_content_even_inside_the_encryption(store, store_path, case, tmp_path):
    key = bytearray(store._data_key)  # a copy: the store overwrites its own when it closes
    info = ev.add_file(store, case.id, write_marked_file(tmp_path / "photo.jpg", 2 * MiB))
    ev.record_custody(store, info.id, "viewed")
    store.close()
    assert any(MARKER in page for page in decrypted_pages(store_path, key))  # the check can see content

    store = Store.open(store_path, passphrase=PASSPHRASE)
    ev.remove_file(store, info.id, reason="attached by mistake")
    with store.read() as s:
        assert ev.list_files(s, case.id) == []
        assert [e.action for e in ev.custody_history(s, info.id)] == [
            "evidence_attached", "evidence_viewed", "evidence_removed"]
        [(gone, removed_at)] = ev.list_removed(s, case.id)  # what the custody record can still name
        assert (gone.id, gone.number, gone.sha256, gone.filename) == (info.id, 1, info.sha256, "") and removed_at
    with pytest.raises(NotFound):
        ev.open_reader(store, info.id)
    store.close()
    assert not any(MARKER in page for page in decrypted_pages(store_path, key))


def test_custody_events_are_in_the_audit_chain(store, case, tmp_path):
    info = ev.add_file(store, case.id, write_marked_file(tmp_path / "a.png", 100))
    ev.record_custody(store, info.id, "included_in_brief", profile="court")
    ev.export_file(store, info.id, tmp_path / "out.png")
    assert (tmp_path / "out.png").read_bytes() == (tmp_path / "a.png").read_bytes()
    with store.read() as s:
        history = ev.custody_history(s, info.id)
    assert [e.action for e in history] == ["evidence_attached", "evidence_included_in_brief", "evidence_exported"]
    assert info.sha256 in history[0].detail and "a.png" not in history[0].detail  # hash yes, name no
    assert store.verify_audit() == []
    with pytest.raises(ValueError):
        ev.record_custody(store, info.id, "looked at")


def test_bad_input_is_refused_and_changes_nothing(store, case, tmp_path):
    path = write_marked_file(tmp_path / "a.bin", 10)
    with pytest.raises(NotFound):
        ev.add_file(store, "NO-SUCH-CASE", path)
    with pytest.raises(NotFound):
        ev.add_file(store, case.id, path, record_id="00000000-0000-4000-8000-000000000000")
    with pytest.raises(ev.EvidenceError):
        ev.add_file(store, case.id, path, received_on="last spring")
    with pytest.raises(ev.EvidenceError):
        ev.add_file(store, case.id, tmp_path)
    with pytest.raises(FileNotFoundError):
        ev.add_file(store, case.id, tmp_path / "missing.bin")
    with store.read() as s:
        assert ev.list_files(s, case.id) == []
    assert ev.verify_store(store) == []


def test_add_stream_keeps_the_id_and_refuses_a_hash_mismatch(store, case, tmp_path):
    other, _ = Store.create(tmp_path / "colleague", PASSPHRASE, owner="Colleague")
    try:
        theirs_case = add_case(other, reference="ALA-2024-001")
        data = write_marked_file(tmp_path / "scan.jpg", 2 * MiB + 5).read_bytes()
        theirs = ev.add_file(other, theirs_case.id, tmp_path / "scan.jpg", description="scan")
    finally:
        other.close()
    bad = io.BytesIO(data[:-1] + bytes([data[-1] ^ 1]))
    with pytest.raises(ev.EvidenceMismatch):
        ev.add_stream(store, case.id, theirs, bad)
    with store.read() as s:
        assert ev.list_files(s, case.id) == []
    mine, outcome = ev.add_stream(store, case.id, theirs, io.BytesIO(data))
    assert outcome == "added"
    assert (mine.id, mine.sha256, mine.number, mine.description) == (theirs.id, theirs.sha256, 1, "scan")
    assert ev.add_stream(store, case.id, theirs, io.BytesIO(data))[1] == "unchanged"
    assert ev.read_bytes(store, mine.id) == data


def test_a_damaged_byte_is_reported_by_verify(store, store_path, case, tmp_path, monkeypatch, capsys):
    ev.add_file(store, case.id, write_marked_file(tmp_path / "video.mp4", 4 * MiB))
    assert ev.verify_store(store) == []
    store.close()
    db = store_path / "casefile.db"
    with open(db, "r+b") as f:  # one bit, in the middle of the file: inside the evidence content
        f.seek(db.stat().st_size // 2)
        byte = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([byte[0] ^ 0x01]))
    damaged = db.read_bytes()

    store = Store.open(store_path, passphrase=PASSPHRASE)
    problems = ev.verify_store(store)
    store.close()
    assert any("encrypted page check" in p for p in problems)
    assert any("Exhibit 1 of case ALA-2024-001 (video.mp4)" in p for p in problems)

    import main
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    assert main.main(["verify", str(store_path)]) == 1
    out = capsys.readouterr()
    assert "Exhibit 1" in out.out and "Nothing was repaired" in out.err
    assert db.read_bytes() == damaged  # reported, never repaired


KILLED_ATTACH = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from storage.store import Store
    from storage import evidence as ev

    store_path, case_id, file, ready = sys.argv[1:5]
    store = Store.open(Path(store_path), passphrase=sys.argv[5])

    def progress(done, total):
        # Past the 64 MiB page cache, so uncommitted pages have spilled into the write-ahead log.
        if done >= 96 * ev.CHUNK:  # say so, then wait to be killed
            Path(ready).write_text("attaching")
            time.sleep(600)

    ev.add_file(store, case_id, Path(file), progress=progress)
""")


@pytest.mark.slow
def test_a_process_killed_while_attaching_leaves_the_store_sound(store, store_path, case, tmp_path):
    kept = ev.add_file(store, case.id, write_marked_file(tmp_path / "kept.jpg", MiB + 1))
    store.close()
    big = write_marked_file(tmp_path / "big.mp4", 128 * MiB)
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_ATTACH, str(store_path), case.id, str(big), str(ready),
                             PASSPHRASE], cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert proc.poll() is None, "the attaching process ended before it was killed"
            assert time.monotonic() < deadline, "the attaching process never got going"
            time.sleep(0.05)
        assert (store_path / "casefile.db-wal").stat().st_size > 16 * MiB  # uncommitted chunks are on disk
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    store = Store.open(store_path, passphrase=PASSPHRASE)
    try:
        assert ev.verify_store(store) == []
        with store.read() as s:
            assert ev.list_files(s, case.id) == [kept]
            assert s.connection().exec_driver_sql("SELECT count(*) FROM evidence").scalar() == 1
            chunks = s.connection().exec_driver_sql("SELECT count(*) FROM evidence_chunk").scalar()
        assert chunks == 2  # only the kept file's
        assert ev.read_bytes(store, kept.id) == (tmp_path / "kept.jpg").read_bytes()
    finally:
        store.close()


def test_cli_attach_attachments_verify(store, store_path, case, tmp_path, monkeypatch, capsys):
    import json

    import main
    store.close()
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    path = write_marked_file(tmp_path / "notice.jpg", 300_000)
    assert main.main(["attach", str(store_path), case.reference, str(path), "--description", "Notice",
                      "--source", "applicant", "--received-on", "2024-05-02"]) == 0
    assert sha256sum(path) in capsys.readouterr().out
    assert main.main(["attachments", str(store_path), case.reference, "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["number"], listed["filename"], listed["size"], listed["sha256"], listed["description"]) == (
        1, "notice.jpg", 300_000, sha256sum(path), "Notice")
    assert main.main(["verify", str(store_path)]) == 0
    assert "sound" in capsys.readouterr().out
    assert main.main(["attach", str(store_path), "NO-SUCH", str(path)]) == 1
    assert "no case NO-SUCH" in capsys.readouterr().err


def test_a_store_of_the_first_release_is_upgraded(tmp_path):
    import shutil

    from storage import migrate
    from tests.test_migrations import FIXTURE, FIXTURE_PASSPHRASE

    shutil.copytree(FIXTURE, tmp_path / "old")
    store = Store.open(tmp_path / "old", passphrase=FIXTURE_PASSPHRASE)
    try:
        with store.read() as s:
            assert migrate.current_revision(s.connection()) == migrate.HEAD
        info = ev.add_file(store, "DEMO-2019-001", write_marked_file(tmp_path / "a.bin", 100))
        assert info.sha256 == sha256sum(tmp_path / "a.bin")
        assert ev.verify_store(store) == []
    finally:
        store.close()


def test_content_changed_behind_the_applications_back_is_reported(store, case, tmp_path):
    info = ev.add_file(store, case.id, write_marked_file(tmp_path / "a.jpg", 2 * MiB))
    with store.write() as s:  # someone with the key edits a chunk directly
        s.connection().exec_driver_sql(
            "UPDATE evidence_chunk SET data = zeroblob(length(data)) WHERE seq = 1 "
            "AND evidence_pk = (SELECT pk FROM evidence WHERE id = ?)", (info.id,))
    assert ev.verify_store(store) == [
        "Exhibit 1 of case ALA-2024-001 (a.jpg) no longer has the SHA-256 recorded at intake: its content was altered."]
    with store.write() as s:
        s.connection().exec_driver_sql("DELETE FROM evidence_chunk WHERE seq = 1")
    [problem] = ev.verify_store(store)
    assert "Part 2 of this file is missing" in problem
