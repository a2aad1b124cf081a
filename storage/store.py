"""The encrypted store: one folder holding ``casefile.db`` (SQLCipher) and ``keys.json`` (wraps).

    store, recovery_key = Store.create(path, passphrase, owner="A. Caseworker")
    store = Store.open(path, passphrase=...)            # or recovery_key=..., or device=DeviceKeyring()
    with store.write() as s: ...                        # one BEGIN IMMEDIATE transaction
    with store.read() as s: ...

A store that cannot be opened is left exactly as it was: nothing is created or written until the
key has been checked against the database.
"""
from __future__ import annotations

import dataclasses
import getpass
import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from sqlmodel import Session

from models import text_cache
from models.tables import Meta
from storage import audit, bundle_evidence, cases, migrate
from storage.db import connect, make_engine
from storage.device import DeviceKeyring
from storage.errors import StoreDamaged, StoreExists, StoreNotFound, WeakPassphrase
from storage.keys import HMAC_NEW, KeyFile, derive_subkey, new_data_key, new_recovery_key, wipe

DBFILE = "casefile.db"
OpenProgress = Callable[[int, int], None]  # (0, 0): updating the schema; (done, total): cases re-indexed
MIN_PASSPHRASE_SCORE = 3  # zxcvbn: "safely unguessable"


def passphrase_problem(passphrase: str, user_inputs: tuple[str, ...] = ()) -> str | None:
    """Why a passphrase is too weak, or None. zxcvbn estimates how long it would take to guess."""
    from zxcvbn import zxcvbn

    if len(passphrase) < 10:
        return "Use at least 10 characters; several unrelated words are easiest to remember."
    result = zxcvbn(passphrase, user_inputs=list(user_inputs))
    if result["score"] < MIN_PASSPHRASE_SCORE:
        hint = result["feedback"].get("warning") or "It would be guessed too quickly."
        return f"This passphrase is too weak. {hint} Add more unrelated words."
    return None


def _check_not_empty(path: Path) -> None:
    """An empty casefile.db (with no write-ahead log that holds its pages) is not a store, and
    SQLCipher would happily start a new database in it: refuse before anything opens it."""
    wal = path / (DBFILE + "-wal")
    if (path / DBFILE).stat().st_size == 0 and not (wal.is_file() and wal.stat().st_size > 0):
        raise StoreDamaged(f"{path} is not a Casefile store: {DBFILE} is empty. Nothing was changed.", code="store.empty_db", path=path, file=DBFILE)


class Store:
    """Owns its data key (a bytearray) from here on, and overwrites it and the keys derived from it
    when it closes; a store that fails to open wipes them too."""

    def __init__(self, path: Path, data_key: bytearray, keyfile: KeyFile, actor: str):
        self.path = Path(path)
        self.keyfile = keyfile
        self.actor = actor
        self._audit_key = derive_subkey(data_key, "audit-chain")
        self._data_key = data_key  # needed to open more connections and to re-wrap
        self.engine = make_engine(self.path / DBFILE, data_key, keyfile.hmac)
        self._read_engine = self.engine.execution_options(readonly=True)

    # --- creating and opening --------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, owner: str | None = None,
               check_strength: bool = True) -> tuple["Store", str]:
        """A new, empty store. Returns it and the recovery key, to be shown once."""
        path = Path(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise StoreExists(f"{path} already exists and is not empty. Choose a new folder for the store.", code="store.folder_not_empty", path=path)
        if check_strength and (problem := passphrase_problem(passphrase)):
            raise WeakPassphrase(problem, code="passphrase.weak")
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        # An existing empty folder keeps the mode it had (world-writable, say): tighten it to the
        # owner alone, or refuse before anything is written into it.
        try:
            os.chmod(path, 0o700)
        except PermissionError:
            raise StoreExists(f"{path} belongs to another user, so Casefile cannot make it private. "
                              "Choose a folder of your own for the store.", code="store.folder_not_yours", path=path) from None
        data_key = new_data_key()
        recovery = new_recovery_key()
        keyfile = KeyFile(store_id=str(uuid.uuid4()), hmac=HMAC_NEW)
        keyfile.wrap_passphrase(data_key, passphrase)
        keyfile.wrap_recovery(data_key, recovery)
        conn = connect(path / DBFILE, data_key, keyfile.hmac, create=True)
        conn.close()
        os.chmod(path / DBFILE, 0o600)
        keyfile.save(path)
        store = cls(path, data_key, keyfile, owner or getpass.getuser())
        with store.write() as s:
            migrate.upgrade(s.connection())
            cases.reindex_if_stale(s)  # an empty index, built with this program's keys
            s.add(Meta(key="store_id", value=keyfile.store_id))
            s.add(Meta(key="owner", value=store.actor))
            store.log(s, "created", "store", keyfile.store_id)
        return store, recovery

    @classmethod
    def open(cls, path: Path, passphrase: str | None = None, recovery_key: str | None = None,
             device: DeviceKeyring | None = None, actor: str | None = None,
             progress: OpenProgress | None = None) -> "Store":
        keyfile, data_key = cls.unlock(path, passphrase, recovery_key, device)
        return cls.open_unlocked(path, keyfile, data_key, actor, progress)

    @staticmethod
    def unlock(path: Path, passphrase: str | None = None, recovery_key: str | None = None,
               device: DeviceKeyring | None = None) -> tuple[KeyFile, bytes]:
        """The slow, deliberate part of opening: key derivation and unwrapping of the data key."""
        path = Path(path)
        if not (path / DBFILE).is_file():
            raise StoreNotFound(f"There is no Casefile store at {path}.", code="store.missing", path=path)
        _check_not_empty(path)
        keyfile = KeyFile.load(path)
        if passphrase is not None:
            return keyfile, keyfile.unwrap_passphrase(passphrase)
        if recovery_key is not None:
            return keyfile, keyfile.unwrap_recovery(recovery_key)
        if device is not None and keyfile.has("device") and (secret := device.secret(keyfile.store_id)):
            return keyfile, keyfile.unwrap_device(secret)
        raise ValueError("a passphrase, a recovery key or a remembered device key is needed")

    @staticmethod
    def needs_update(path: Path, keyfile: KeyFile, data_key: bytes) -> bool:
        """True when opening will first update the store (made by an older version of Casefile):
        the one opening that can take minutes, which a window runs on a thread of its own."""
        engine = make_engine(Path(path) / DBFILE, data_key, keyfile.hmac)
        try:
            with Session(engine) as s:  # the two checks the opening makes before it does that work
                return migrate.pending(s.connection()) or cases.index_stale(s)
        except Exception:  # no such table: an old or damaged store, which the opening will tell
            return True
        finally:
            engine.dispose()

    @classmethod
    def open_unlocked(cls, path: Path, keyfile: KeyFile, data_key: bytearray, actor: str | None = None,
                      progress: OpenProgress | None = None) -> "Store":
        """Open with an unwrapped data key: checks the key against the file before anything else.
        The store owns ``data_key`` from here on: it is wiped when the store closes or fails to open.
        The first opening by a newer version may update the store, once: ``progress(0, 0)`` says the
        schema is being updated, ``progress(done, total)`` counts the cases while the search index
        is rebuilt (minutes, for a store of 100,000 cases). An ordinary opening never calls it."""
        path = Path(path)
        try:
            _check_not_empty(path)
            connect(path / DBFILE, data_key, keyfile.hmac).close()
        except BaseException:
            wipe(data_key)
            raise
        store = cls(path, data_key, keyfile, actor or "")
        try:
            with store.write() as s:
                conn = s.connection()
                if migrate.current_revision(conn) is None:
                    raise StoreDamaged(f"{path} is not a Casefile store.", code="store.not_a_store", path=path)
                if progress and migrate.pending(conn):
                    progress(0, 0)
                if migrate.upgrade(conn):
                    store.log(s, "migrated", "store", keyfile.store_id, revision=migrate.HEAD)
                if (indexed := cases.reindex_if_stale(s, progress)) is not None:
                    store.log(s, "reindexed", "store", keyfile.store_id, cases=indexed)
                owner = s.get(Meta, "owner")
                store.actor = actor or (owner.value if owner else getpass.getuser())
                if s.get(Meta, "store_id").value != keyfile.store_id:
                    raise StoreDamaged(f"The key file in {path} belongs to another store.", code="key_file.other_store", path=path)
            bundle_evidence.discard_leftovers(store)  # what a receive killed half-way had staged
        except BaseException:
            store.engine.dispose()
            store._wipe_keys()
            raise
        return store

    def close(self) -> None:
        """Checkpoint the write-ahead log into the database, truncate it, let go of every connection
        and overwrite the keys (a connection opened after this would be keyed with zeros and fail)."""
        self.engine.dispose()
        try:
            if self._data_key:
                conn = connect(self.path / DBFILE, self._data_key, self.keyfile.hmac)
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
        finally:
            self._wipe_keys()
            text_cache.forget()  # the names and words the matchers cached are let go of too

    def _wipe_keys(self) -> None:
        wipe(self._data_key)
        wipe(self._audit_key)
        self._data_key = bytearray()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def store_id(self) -> str:
        return self.keyfile.store_id

    # --- sessions --------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One atomic transaction (BEGIN IMMEDIATE): committed at the end, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as s:
            with s.begin():
                yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent snapshot for reading; never takes the write lock."""
        with Session(self._read_engine, expire_on_commit=False) as s:
            with s.begin():
                yield s

    def log(self, session: Session, action: str, entity: str, entity_id: str | None = None, **detail):
        return audit.append(session, self._audit_key, self.actor, action, entity, entity_id, **detail)

    def log_many(self, session: Session, entries: list[tuple[str, str, str | None, dict]]) -> None:
        """Many audit entries at once: (action, entity, entity_id, detail) each."""
        audit.append_many(session, self._audit_key, self.actor, entries)

    def verify_audit(self) -> list[str]:
        with self.read() as s:
            return audit.verify(s, self._audit_key)

    # --- keys --------------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str, check_strength: bool = True) -> None:
        """Re-wrap the data key under a new passphrase. The data is not re-encrypted."""
        unwrapped = self.keyfile.unwrap_passphrase(old)
        matches = unwrapped == self._data_key
        wipe(unwrapped)
        if not matches:
            raise StoreDamaged("The key file does not match the open store.", code="key_file.mismatch")
        if check_strength and (problem := passphrase_problem(new)):
            raise WeakPassphrase(problem, code="passphrase.weak")
        updated = dataclasses.replace(self.keyfile, wraps=dict(self.keyfile.wraps))
        updated.wrap_passphrase(self._data_key, new)
        updated.save(self.path)  # atomic: the old wrap is replaced only once the new one is on disk
        self.keyfile = updated
        with self.write() as s:
            self.log(s, "passphrase_changed", "store", self.store_id)

    def remember_on_device(self, device: DeviceKeyring) -> None:
        if not device.available():
            raise StoreDamaged("This computer has no secure keyring, so the store cannot be remembered here.", code="keyring.none")
        secret = device.new_secret(self.store_id)
        updated = dataclasses.replace(self.keyfile, wraps=dict(self.keyfile.wraps))
        updated.wrap_device(self._data_key, secret)
        updated.save(self.path)
        self.keyfile = updated
        with self.write() as s:
            self.log(s, "remembered_on_device", "store", self.store_id)

    def forget_device(self, device: DeviceKeyring) -> None:
        updated = dataclasses.replace(self.keyfile, wraps={k: v for k, v in self.keyfile.wraps.items() if k != "device"})
        updated.save(self.path)
        self.keyfile = updated
        device.forget(self.store_id)
        with self.write() as s:
            self.log(s, "forgotten_on_device", "store", self.store_id)

    # --- integrity ---------------------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """SQLCipher's page authentication and SQLite's own structure check, in plain words."""
        problems = []
        with self.engine.connect() as c:
            for (row,) in c.exec_driver_sql("PRAGMA cipher_integrity_check"):
                problems.append(f"encrypted page check: {row}")
            rows = [r for (r,) in c.exec_driver_sql("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems += [f"database structure: {r}" for r in rows]
        return problems

    def secret(self, session: Session, name: str) -> bytes | None:
        from models.tables import Secret

        row = session.get(Secret, name)
        return row.value if row else None

    def set_secret(self, session: Session, name: str, value: bytes) -> None:
        from models.tables import Secret

        session.merge(Secret(name=name, value=value))
