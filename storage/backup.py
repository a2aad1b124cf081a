"""Backups: the whole store in one file, made while it is open, and a new store made from one.

    info = write_backup(store, Path("casefile-2026-12-05.cfbackup"))
    restore_backup(Path("casefile-2026-12-05.cfbackup"), Path("restored"), passphrase=...)
    age = backup_age(store)        # time since the last backup_written audit entry, or None

A backup is an uncompressed tar of three members, in this order: ``manifest.json`` (format,
version, store id, and the size and SHA-256 of each other member), ``keys.json`` (the store's
key file, byte for byte: the same passphrase or recovery key opens the copy) and ``casefile.db``.
The database is copied with SQLite's online backup API from one SQLCipher connection into another
keyed with the same data key and page authentication, so every page is re-encrypted as it is
written: no plaintext page ever reaches the disk, and no cryptography of our own is involved. The
copy is one read transaction, a consistent snapshot that does not stop other writers (WAL).

Nothing half-written is ever named like the result: the copy is built in a temporary folder beside
the output (``.NAME.PID.*.casefile-tmp``), checked (encrypted pages, structure, key file, hashes
read back), and renamed. Temporary folders left by a killed process are removed by the next backup
or restore into the same folder. The time of each backup is an audit entry (``backup_written``) in
the store itself, so it travels with the store.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from sqlmodel import select

from models.tables import AuditEntry
from storage.db import connect
from storage.errors import StoreDamaged, StoreError, StoreExists, WrongPassphrase
from storage.files import fsync_dir
from storage.keys import KEYFILE, KeyFile, wipe

FORMAT, VERSION = "casefile-backup", 1
MANIFEST, DBFILE = "manifest.json", "casefile.db"
MEMBERS = (MANIFEST, KEYFILE, DBFILE)
MAX_SMALL_MEMBER = 1 << 20    # manifest and key file: a few KiB in practice
# What the tar of a backup may hold before tarfile is let near it: three files, each with at most
# one PAX record (a database over 8 GiB needs one for its size), and one global record.
MAX_HEADERS = 7
MAX_PAX = 64 << 10
_FILE_TYPES = (tarfile.REGTYPE, tarfile.AREGTYPE)
_PAX_TYPES = (tarfile.XHDTYPE, tarfile.XGLTYPE)
ACTION = "backup_written"
_CHUNK = 1 << 20
_TMP_SUFFIX = ".casefile-tmp"
_TMP_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+" + re.escape(_TMP_SUFFIX) + "$")

Progress = Callable[[int, int], None]


class BackupRefused(StoreError):
    """A backup that cannot be written or restored; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    sha256: str
    store_id: str


# --- temporary folders beside the output -------------------------------------------------------

def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(folder: Path, name: str) -> int:
    """Remove the temporary folders of backups or restores to ``name`` whose process has died."""
    removed = 0
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return 0
    for entry in entries:
        m = _TMP_NAME.match(entry.name)
        if not m or m["name"] != name or int(m["pid"]) == os.getpid() or _alive(int(m["pid"])):
            continue
        shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
        removed += 1
    return removed


def _temp_folder(beside: Path) -> Path:
    clean_stale(beside.parent, beside.name)
    tmp = Path(tempfile.mkdtemp(prefix=f".{beside.name}.{os.getpid()}.", suffix=_TMP_SUFFIX, dir=beside.parent))
    os.chmod(tmp, 0o700)
    return tmp


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _check_database(path: Path, data_key: bytes, hmac: str, store_id: str) -> None:
    """The copy opens with the data key, every encrypted page authenticates, the structure is sound."""
    conn = connect(path, data_key, hmac)
    try:
        bad = [r for r in conn.execute("PRAGMA cipher_integrity_check")]
        ok = [r for (r,) in conn.execute("PRAGMA integrity_check")] == ["ok"]
        row = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    if bad or not ok or row is None or row[0] != store_id:
        raise BackupRefused("The copy of the database did not check out, so no backup was written. "
                            "Run Check the store, then try again.", code="backup.copy_unchecked")


# --- writing ---------------------------------------------------------------------------------

def write_backup(store, out: Path, progress: Progress | None = None) -> BackupInfo:
    """Write a verified backup of the open ``store`` to ``out``; replaces an older backup there."""
    out = Path(out).absolute()
    store_dir = store.path.absolute()
    if out == store_dir or store_dir in out.parents:
        raise BackupRefused("A backup cannot be written inside the store's own folder. Choose another place.", code="backup.inside_store")
    if not out.parent.is_dir():
        raise BackupRefused(f"The folder {out.parent} does not exist.", code="backup.no_folder", folder=out.parent)
    if out.exists() and (not out.is_file() or not _is_backup(out)):
        raise BackupRefused(f"{out} already exists and is not a Casefile backup. Choose another name.", code="backup.name_taken", path=out)
    db_size = (store.path / DBFILE).stat().st_size
    if shutil.disk_usage(out.parent).free < 2 * db_size + (16 << 20):
        raise BackupRefused(f"There is not enough free space in {out.parent} for a backup of this store.", code="backup.no_space", folder=out.parent)
    tmp = _temp_folder(out)
    try:
        copy = tmp / DBFILE
        key_bytes = (store.path / KEYFILE).read_bytes()
        (tmp / KEYFILE).write_bytes(key_bytes)
        keyfile = KeyFile.load(tmp)  # parses, as a restore will
        if keyfile.store_id != store.store_id:
            raise BackupRefused("The key file beside the store belongs to another store. No backup was written.", code="backup.key_file_other_store")
        _copy_database(store, copy, progress)
        _check_database(copy, store._data_key, keyfile.hmac, store.store_id)
        manifest = {
            "format": FORMAT, "version": VERSION, "store_id": store.store_id,
            "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "files": [{"name": KEYFILE, "size": len(key_bytes), "sha256": hashlib.sha256(key_bytes).hexdigest()},
                      {"name": DBFILE, "size": copy.stat().st_size, "sha256": _sha256_file(copy)}],
        }
        packed = tmp / "backup.tar"
        _pack(packed, manifest, tmp)
        read_manifest(packed, check_hashes=True)  # read back what was written, before it gets its name
        sha = _sha256_file(packed)
        size = packed.stat().st_size
        os.replace(packed, out)
        fsync_dir(out.parent)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with store.write() as s:
        store.log(s, ACTION, "store", store.store_id, bytes=size, sha256=sha)
    return BackupInfo(out, size, sha, store.store_id)


def _copy_database(store, copy: Path, progress: Progress | None) -> None:
    """SQLite's backup API between two SQLCipher connections with the same key: pages are decrypted
    from the store and encrypted again into the copy, in one read snapshot."""
    src = connect(store.path / DBFILE, store._data_key, store.keyfile.hmac)
    try:
        dst = connect(copy, store._data_key, store.keyfile.hmac, create=True)
        try:
            report = (lambda status, remaining, total: progress(total - remaining, total)) if progress else None
            src.backup(dst, pages=-1, progress=report)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(copy, 0o600)


def _pack(path: Path, manifest: dict, folder: Path) -> None:
    body = (json.dumps(manifest, indent=2) + "\n").encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as raw:
        with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
            _add(tar, MANIFEST, len(body), io.BytesIO(body))
            for name in (KEYFILE, DBFILE):
                with open(folder / name, "rb") as f:
                    _add(tar, name, (folder / name).stat().st_size, f)
        raw.flush()
        os.fsync(raw.fileno())


def _add(tar: tarfile.TarFile, name: str, size: int, f: BinaryIO) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, 0  # no owner names or times beyond the manifest
    tar.addfile(info, f)


# --- reading ---------------------------------------------------------------------------------

def _damaged(path: Path) -> BackupRefused:
    return BackupRefused(f"{path} is not a complete Casefile backup: it is damaged, truncated or altered. "
                         "Nothing was written.", code="backup.damaged", path=path)


def _is_backup(path: Path) -> bool:
    try:
        read_manifest(path)
    except (BackupRefused, OSError):
        return False
    return True


def _members(tar: tarfile.TarFile, path: Path):
    """The three members in order, each a regular file; anything else is a damaged backup."""
    for expected in MEMBERS:
        member = tar.next()
        if member is None or member.name != expected or not member.isreg() or member.issparse():
            raise _damaged(path)
        yield member
    if tar.next() is not None:
        raise _damaged(path)


def _scan_headers(path: Path) -> None:
    """Walk the tar's header blocks by hand before tarfile reads it: a hostile file could make
    tarfile keep a PAX record of any size in memory, or recurse through thousands of them. Only
    plain files and small PAX records, few of them, each within the file, pass."""
    size = path.stat().st_size
    offset, headers, pax_size = 0, 0, None
    with open(path, "rb") as f:
        while True:
            f.seek(offset)
            block = f.read(tarfile.BLOCKSIZE)
            if len(block) < tarfile.BLOCKSIZE:
                raise _damaged(path)
            if block == tarfile.NUL * tarfile.BLOCKSIZE:
                return
            headers += 1
            kind = block[156:157]
            try:
                length = tarfile.nti(block[124:136])
            except tarfile.HeaderError:
                raise _damaged(path) from None
            if (headers > MAX_HEADERS or kind not in _FILE_TYPES + _PAX_TYPES or length < 0
                    or (kind in _PAX_TYPES and length > MAX_PAX)):
                raise _damaged(path)
            if kind == tarfile.XHDTYPE:  # a size too large for the header's field is in the record
                found = re.search(rb"(?:^|\n)\d+ size=(\d{1,20})\n", f.read(length))
                pax_size = int(found[1]) if found else None
            elif kind in _FILE_TYPES and pax_size is not None:
                length, pax_size = pax_size, None
            offset += tarfile.BLOCKSIZE + -(-length // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE
            if offset > size:
                raise _damaged(path)


def read_manifest(path: Path, check_hashes: bool = False, extract_to: Path | None = None) -> dict:
    """The manifest of the backup at ``path``, checked; with ``check_hashes`` or ``extract_to`` every
    member is read and its size and SHA-256 compared (and written to ``extract_to``)."""
    path = Path(path)
    if not path.is_file():
        raise BackupRefused(f"There is no backup file at {path}.", code="backup.missing", path=path)
    _scan_headers(path)
    try:
        with tarfile.open(path, mode="r:") as tar:
            members = _members(tar, path)
            head = next(members)
            if head.size > MAX_SMALL_MEMBER:
                raise _damaged(path)
            manifest = _parse_manifest(tar.extractfile(head).read(), path)
            if not (check_hashes or extract_to):
                return manifest
            declared = {f["name"]: f for f in manifest["files"]}
            for member in members:
                want = declared[member.name]
                if member.size != want["size"] or (member.name == KEYFILE and member.size > MAX_SMALL_MEMBER):
                    raise _damaged(path)
                got = _copy_member(tar.extractfile(member), extract_to / member.name if extract_to else None)
                if got != want["sha256"]:
                    raise _damaged(path)
            return manifest
    except (tarfile.TarError, EOFError, UnicodeDecodeError):
        raise _damaged(path) from None


def _parse_manifest(raw: bytes, path: Path) -> dict:
    try:
        m = json.loads(raw.decode("utf-8"))
        if not isinstance(m, dict) or m.get("format") != FORMAT or not isinstance(m.get("version"), int):
            raise ValueError
        if m["version"] > VERSION:
            raise BackupRefused(f"{path} was made by a newer version of Casefile (backup format {m['version']}). "
                                "Update Casefile to restore it. Nothing was written.", code="backup.newer", path=path, version=m['version'])
        files = m["files"]
        if [f["name"] for f in files] != [KEYFILE, DBFILE] or not isinstance(m["store_id"], str):
            raise ValueError
        for f in files:
            if not (isinstance(f["size"], int) and f["size"] >= 0 and re.fullmatch(r"[0-9a-f]{64}", f["sha256"])):
                raise ValueError
    except (ValueError, KeyError, TypeError):
        raise _damaged(path) from None
    return m


def _copy_member(src: BinaryIO, dest: Path | None) -> str:
    h = hashlib.sha256()
    out = None if dest is None else os.fdopen(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
    try:
        while chunk := src.read(_CHUNK):
            h.update(chunk)
            if out is not None:
                out.write(chunk)
        if out is not None:
            out.flush()
            os.fsync(out.fileno())
    finally:
        if out is not None:
            out.close()
    return h.hexdigest()


# --- restoring -------------------------------------------------------------------------------

def restore_backup(backup: Path, new_store: Path, passphrase: str | None = None,
                   recovery_key: str | None = None, actor: str | None = None, progress=None) -> Path:
    """Make a working store at ``new_store`` (absent or an empty folder) from ``backup``, unlocked with
    the passphrase or the recovery key that opened the backed-up store. All or nothing. A backup
    made by an older version is brought up to date here, reporting to ``progress`` as
    ``Store.open_unlocked`` does."""
    from storage.store import Store

    backup, new_store = Path(backup), Path(new_store).absolute()
    if new_store.exists() and (not new_store.is_dir() or any(new_store.iterdir())):
        raise StoreExists(f"{new_store} already exists and is not empty. Choose a new folder for the restored store.", code="restore.folder_not_empty", folder=new_store)
    if not new_store.parent.is_dir():
        raise BackupRefused(f"The folder {new_store.parent} does not exist.", code="backup.no_folder", folder=new_store.parent)
    manifest = read_manifest(backup)
    if shutil.disk_usage(new_store.parent).free < sum(f["size"] for f in manifest["files"]) + (16 << 20):
        raise BackupRefused(f"There is not enough free space in {new_store.parent} to restore this backup.", code="restore.no_space", folder=new_store.parent)
    tmp = _temp_folder(new_store)
    try:
        read_manifest(backup, extract_to=tmp)
        keyfile = KeyFile.load(tmp)
        if keyfile.store_id != manifest["store_id"]:
            raise _damaged(backup)
        if passphrase is not None:
            data_key = keyfile.unwrap_passphrase(passphrase)
        elif recovery_key is not None:
            data_key = keyfile.unwrap_recovery(recovery_key)
        else:
            raise WrongPassphrase("A passphrase or the recovery key of the backed-up store is needed.", code="restore.key_needed")
        try:
            _check_database(tmp / DBFILE, data_key, keyfile.hmac, keyfile.store_id)
        except BaseException:
            wipe(data_key)
            raise
        store = Store.open_unlocked(tmp, keyfile, data_key, actor, progress)
        try:
            with store.write() as s:
                store.log(s, "restored_from_backup", "store", store.store_id, backup_created_at=manifest["created_at"])
        finally:
            store.close()
        if new_store.exists():
            new_store.rmdir()  # empty, checked above; rename cannot replace it on every system
        os.rename(tmp, new_store)
        fsync_dir(new_store.parent)
    except StoreDamaged:
        shutil.rmtree(tmp, ignore_errors=True)
        raise _damaged(backup) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return new_store


# --- the reminder ----------------------------------------------------------------------------

def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def last_backup_at(store) -> dt.datetime | None:
    """When the last backup of this store was written, from its audit log."""
    with store.read() as s:
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == ACTION)
                       .order_by(AuditEntry.seq.desc()).limit(1)).first()
    return None if entry is None else dt.datetime.fromisoformat(entry.at)


def backup_overdue(store, days: int, now: dt.datetime | None = None) -> tuple[bool, dt.datetime | None]:
    """Whether the store has had no backup in the last ``days`` days, and when the last one was."""
    last = last_backup_at(store)
    now = now or _now()
    return (last is None or now - last > dt.timedelta(days=days)), last
