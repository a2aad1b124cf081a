"""Backups and restores: round trip, consistency under writes, refusals, kills, no plaintext."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import threading
from pathlib import Path

import pytest

from models.interchange import validate_case
from storage import backup as bk
from storage.cases import CaseQuery, get_case, list_cases, save_case
from storage.errors import StoreExists, WrongPassphrase
from storage.evidence import add_file, list_files, open_reader
from storage.store import Store
from tests.conftest import PASSPHRASE
from tests.evidence_helpers import MARKER, write_marked_file

ROOT = Path(__file__).resolve().parent.parent
SENTINEL = "Zhanargul Sentinelkyzy"


def _add_case(store, ref: str):
    case = validate_case({"reference": ref, "title": "Detention after return",
                          "persons": [{"key": "a", "role": "applicant",
                                       "names": [{"value": SENTINEL, "script": "Latn"}]}]})
    with store.write() as s:
        save_case(s, store, case, reason="test")


@pytest.fixture
def full_store(tmp_path):
    store, recovery = Store.create(tmp_path / "store", PASSPHRASE, owner="Tester")
    _add_case(store, "ALA-1")
    _add_case(store, "ALA-2")
    add_file(store, "ALA-1", write_marked_file(tmp_path / "scan.bin", 300_000), description="scan")
    (tmp_path / "scan.bin").unlink()
    yield store, recovery
    store.close()


def _refs(store) -> list[str]:
    with store.read() as s:
        return [c.reference for c in list_cases(s, CaseQuery(sort="reference", descending=False), 0, 1000)]


def _folder(path: Path) -> dict:
    return {p.name: p.read_bytes() for p in path.iterdir()} if path.exists() else {}


def test_round_trip_with_passphrase_and_recovery_key(full_store, tmp_path):
    store, recovery = full_store
    info = bk.write_backup(store, tmp_path / "b.cfbackup")
    assert info.path.is_file() and info.size > 300_000
    with store.read() as s:
        [original] = list_files(s, "ALA-1")
    with open_reader(store, original.id) as r:
        original_bytes = r.read()

    for name, kwargs in (("p", {"passphrase": PASSPHRASE}), ("r", {"recovery_key": recovery})):
        path = bk.restore_backup(tmp_path / "b.cfbackup", tmp_path / name, **kwargs)
        assert sorted(p.name for p in path.iterdir()) == ["casefile.db", "keys.json"]
        with Store.open(path, **kwargs) as copy:
            assert _refs(copy) == ["ALA-1", "ALA-2"]
            with copy.read() as s:
                assert get_case(s, "ALA-2").persons[0].names[0].value == SENTINEL
                [f] = list_files(s, "ALA-1")
            with open_reader(copy, f.id) as r:
                assert r.read() == original_bytes
            assert copy.verify_audit() == [] and copy.integrity_problems() == []
    # the same passphrase and recovery key open it: the key file travelled byte for byte
    assert (tmp_path / "p" / "keys.json").read_bytes() == (store.path / "keys.json").read_bytes()


def test_no_plaintext_in_the_backup(full_store, tmp_path):
    store, _ = full_store
    data = bk.write_backup(store, tmp_path / "b.cfbackup").path.read_bytes()
    assert SENTINEL.encode() not in data and MARKER not in data and b"SQLite format 3" not in data
    with tarfile.open(tmp_path / "b.cfbackup") as tar:
        assert tar.getnames() == ["manifest.json", "keys.json", "casefile.db"]
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["format"] == "casefile-backup" and manifest["version"] == 1
    assert [f["name"] for f in manifest["files"]] == ["keys.json", "casefile.db"]


def test_backup_is_logged_and_the_reminder_follows_it(full_store, tmp_path):
    import datetime as dt

    store, _ = full_store
    assert bk.backup_overdue(store, 7) == (True, None)
    bk.write_backup(store, tmp_path / "b.cfbackup")
    overdue, last = bk.backup_overdue(store, 7)
    assert not overdue and last is not None
    assert bk.backup_overdue(store, 7, now=last + dt.timedelta(days=8))[0]
    assert not bk.backup_overdue(store, 7, now=last + dt.timedelta(days=6))[0]


def test_backup_while_another_connection_writes_is_consistent(full_store, tmp_path):
    store, _ = full_store
    stop, written = threading.Event(), []

    def writer():
        other = Store.open(store.path, passphrase=PASSPHRASE)
        try:
            i = 0
            while not stop.is_set():
                _add_case(other, f"W-{i:04}")
                written.append(i)
                i += 1
        finally:
            other.close()

    t = threading.Thread(target=writer)
    t.start()
    try:
        while len(written) < 3:
            threading.Event().wait(0.01)
        before = len(written)
        bk.write_backup(store, tmp_path / "b.cfbackup")
        after = len(written)
    finally:
        stop.set()
        t.join()
    with Store.open(bk.restore_backup(tmp_path / "b.cfbackup", tmp_path / "r", passphrase=PASSPHRASE),
                    passphrase=PASSPHRASE) as copy:
        assert copy.integrity_problems() == [] and copy.verify_audit() == []
        refs = [r for r in _refs(copy) if r.startswith("W-")]
    # a snapshot: a gap-free prefix of what the writer committed, taken between the start and the end
    assert refs == [f"W-{i:04}" for i in range(len(refs))]
    assert before <= len(refs) <= after + 1


@pytest.mark.parametrize("damage", ["truncate", "flip", "newer", "extra"])
def test_damaged_backup_is_refused_and_nothing_written(full_store, tmp_path, damage):
    store, _ = full_store
    path = bk.write_backup(store, tmp_path / "b.cfbackup").path
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        with tarfile.open(path) as tar:
            db = tar.getmember("casefile.db")
        data[db.offset_data + db.size // 2] ^= 0x40  # one bit in the middle of the database
    elif damage == "newer":
        raw = bytes(data)
        start = raw.index(b'"version": 1')
        data[start:start + 12] = b'"version": 9'  # same length: the tar stays readable
    else:
        with tarfile.open(path, "a") as tar:
            info = tarfile.TarInfo("extra")
            tar.addfile(info)
        data = bytearray(path.read_bytes())
    path.write_bytes(bytes(data))
    with pytest.raises(bk.BackupRefused) as exc:
        bk.restore_backup(path, tmp_path / "new", passphrase=PASSPHRASE)
    assert ("newer version" in str(exc.value)) == (damage == "newer")
    assert not (tmp_path / "new").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".casefile-tmp")]


def test_restore_refuses_a_folder_that_is_not_empty_or_a_wrong_passphrase(full_store, tmp_path):
    store, _ = full_store
    path = bk.write_backup(store, tmp_path / "b.cfbackup").path
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    with pytest.raises(StoreExists):
        bk.restore_backup(path, tmp_path / "busy", passphrase=PASSPHRASE)
    assert _folder(tmp_path / "busy") == {"notes.txt": b"mine"}
    with pytest.raises(WrongPassphrase):
        bk.restore_backup(path, tmp_path / "new", passphrase="not the passphrase at all")
    assert not (tmp_path / "new").exists()
    (tmp_path / "empty").mkdir()
    assert bk.restore_backup(path, tmp_path / "empty", passphrase=PASSPHRASE).is_dir()


def test_backup_refuses_to_overwrite_another_file_or_write_into_the_store(full_store, tmp_path):
    store, _ = full_store
    (tmp_path / "thesis.pdf").write_bytes(b"%PDF-1.7 mine")
    with pytest.raises(bk.BackupRefused):
        bk.write_backup(store, tmp_path / "thesis.pdf")
    assert (tmp_path / "thesis.pdf").read_bytes() == b"%PDF-1.7 mine"
    with pytest.raises(bk.BackupRefused):
        bk.write_backup(store, store.path / "b.cfbackup")
    assert sorted(p.name for p in store.path.iterdir() if not p.name.startswith("casefile.db-")) == [
        "casefile.db", "keys.json"]
    # an older backup at the same name is replaced
    first = bk.write_backup(store, tmp_path / "b.cfbackup")
    _add_case(store, "ALA-3")
    second = bk.write_backup(store, tmp_path / "b.cfbackup")
    assert first.sha256 != second.sha256


def _cli(*args, env_extra=None):
    env = dict(os.environ, CASEFILE_PASSPHRASE=PASSPHRASE, **(env_extra or {}))
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_backup_and_restore(full_store, tmp_path):
    store, recovery = full_store
    store.close()
    r = _cli("backup", store.path, tmp_path / "b.cfbackup")
    assert r.returncode == 0, r.stderr
    assert "verified backup" in r.stdout
    r = _cli("restore", tmp_path / "b.cfbackup", tmp_path / "new", "--recovery-key",
             env_extra={"CASEFILE_RECOVERY_KEY": recovery})
    assert r.returncode == 0, r.stderr
    r = _cli("list", tmp_path / "new")
    assert r.stdout.splitlines()[0].startswith("ALA-1\t")
    r = _cli("restore", tmp_path / "b.cfbackup", tmp_path / "new")
    assert r.returncode == 1 and "not empty" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    (tmp_path / "cut.cfbackup").write_bytes((tmp_path / "b.cfbackup").read_bytes()[:50_000])
    r = _cli("restore", tmp_path / "cut.cfbackup", tmp_path / "other")
    assert r.returncode == 1 and "damaged, truncated or altered" in r.stderr
    assert not (tmp_path / "other").exists()


def test_kill_loop_small_run():
    """The campaign's kill loop, a few rounds: SIGKILL at random moments of backups and restores."""
    r = subprocess.run([sys.executable, "scripts/kill_loop.py", "--rounds", "3", "--ops", "backup,restore",
                        "--evidence-mib", "4", "--json"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    figures = json.loads(r.stdout)
    assert r.returncode == 0 and figures["problems"] == [], figures
    assert figures["rounds"] == 6


def test_temporary_folders_of_dead_processes_are_cleaned_by_the_next_backup(full_store, tmp_path):
    store, _ = full_store
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    stale = tmp_path / f".b.cfbackup.{dead}.abc123.casefile-tmp"
    stale.mkdir()
    (stale / "casefile.db").write_bytes(b"half a copy")
    living = tmp_path / ".b.cfbackup.1.xyz789.casefile-tmp"  # pid 1 is alive: another backup at work
    living.mkdir()
    other = tmp_path / f".thesis.pdf.{dead}.abc123.casefile-tmp"  # another output's: not ours to judge
    other.mkdir()
    bk.write_backup(store, tmp_path / "b.cfbackup")
    assert not stale.exists() and living.exists() and other.exists()
