"""SQLCipher connections under SQLAlchemy.

Every connection is keyed with the raw 256-bit data key (``PRAGMA key = "x'<64 hex>'"``): a key
of any other form would make SQLCipher fall back to deriving a key from a password, so it is
refused. The page authentication (``cipher_hmac_algorithm``) is the store's own, from keys.json
(storage/keys.py says why new stores use HMAC-SHA256); it is set before the first page is read.
The Python driver's own transaction handling is switched off and every transaction
starts with ``BEGIN IMMEDIATE``: with the driver's default, SQLAlchemy would run statements
outside any transaction and a "rolled back" insert would stay.

A writer that finds another Casefile writing waits up to BUSY_WAIT_SECONDS (telling whoever
listens, so the window can say so), then gives up with StoreBusy; nothing is changed.
"""
from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Callable

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from storage.errors import StoreDamaged, StoreError
from storage.keys import HMAC_ALGORITHMS

_HEX64 = re.compile(r"^[0-9a-f]{64}$")

CACHE_SIZE = "PRAGMA cache_size = -65536"  # 64 MiB of decrypted pages per connection
PRAGMAS = (
    # Off (SQLCipher's own default since 4.5): ON wipes and mlocks every allocation SQLCipher makes,
    # process-wide, at up to three times the cost of a search, while the same names sit unwiped in
    # Python strings and Qt widgets. The whole process is protected instead (storage/hardening.py).
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    CACHE_SIZE,
)
# For the writer of a bulk import, while it imports: the indexes of names and ids take rows in no
# order (random ids), and every page evicted is encrypted again, read back decrypted; a larger cache
# keeps more of them (README, bulk-import). A bound all the same: memory does not grow with the file.
BULK_CACHE = "PRAGMA cache_size = -262144"  # 256 MiB
# For a connection that streams a large file through: a cache that large only costs allocations
# for pages read once.
STREAMING_CACHE = "PRAGMA cache_size = -1024"


BUSY_WAIT_SECONDS = 5.0
_FIRST_TRY_MS = 200  # a lock held this briefly is not worth a message


class StoreBusy(StoreError):
    """Another process (another Casefile) held the store's write lock for longer than we wait."""


BUSY_MESSAGE = ("Another Casefile is writing to this store. Nothing was changed; try again when it has "
                "finished.")
_listeners: list[Callable[[], None]] = []
_listeners_lock = threading.Lock()


def add_wait_listener(fn: Callable[[], None]) -> None:
    """``fn()`` is called, on the waiting thread, when a write starts waiting for another writer."""
    with _listeners_lock:
        _listeners.append(fn)


def remove_wait_listener(fn: Callable[[], None]) -> None:
    with _listeners_lock:
        if fn in _listeners:
            _listeners.remove(fn)


def is_busy_error(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return isinstance(getattr(exc, "orig", exc), sqlcipher.OperationalError) and (
        "locked" in text or "busy" in text)


def begin_immediate(dbapi_conn) -> None:
    """BEGIN IMMEDIATE: at once if the store is free, else after telling the listeners and waiting
    up to BUSY_WAIT_SECONDS in all; then StoreBusy."""
    started = time.monotonic()
    dbapi_conn.execute(f"PRAGMA busy_timeout = {_FIRST_TRY_MS}")
    try:
        try:
            dbapi_conn.execute("BEGIN IMMEDIATE")
            return
        except sqlcipher.OperationalError as exc:
            if not is_busy_error(exc):
                raise
        with _listeners_lock:
            listeners = list(_listeners)
        for fn in listeners:
            fn()
        left = BUSY_WAIT_SECONDS - (time.monotonic() - started)
        dbapi_conn.execute(f"PRAGMA busy_timeout = {max(int(left * 1000), 1)}")
        try:
            dbapi_conn.execute("BEGIN IMMEDIATE")
        except sqlcipher.OperationalError as exc:
            if is_busy_error(exc):
                raise StoreBusy(BUSY_MESSAGE, code="store.busy") from None
            raise
    finally:
        dbapi_conn.execute(f"PRAGMA busy_timeout = {int(BUSY_WAIT_SECONDS * 1000)}")


def key_pragma(data_key: bytes) -> str:
    hexkey = data_key.hex()
    if not _HEX64.match(hexkey):
        raise ValueError("a store key is exactly 32 bytes")
    return f"PRAGMA key = \"x'{hexkey}'\""


def connect(path: Path, data_key: bytes, hmac: str, create: bool = False) -> sqlcipher.Connection:
    """A keyed DB-API connection. Without ``create`` a missing file is an error, never a new store."""
    uri = f"file:{Path(path).as_posix()}?mode={'rwc' if create else 'rw'}"
    conn = sqlcipher.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    try:
        conn.execute(key_pragma(data_key))
        if hmac not in HMAC_ALGORITHMS:
            raise ValueError(f"unknown page authentication {hmac!r}")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
        # The first read decrypts page 1: a wrong key or a damaged file fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except sqlcipher.DatabaseError:
        conn.close()
        raise StoreDamaged(
            f"{Path(path).name} cannot be decrypted: the file is damaged, or the key file belongs to "
            "another store. Nothing was changed; restore the store from a backup.", code="store.undecryptable", file=Path(path).name) from None
    return conn


def insert_rows(session, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert rows (tuples in the order of ``columns``) in the session's transaction by one prepared
    statement run for each (executemany): the thousands of rows of a bulk import without
    SQLAlchemy compiling and binding each one. Column defaults are not applied: give every value."""
    if rows:
        session.flush()  # as session.execute would: pending ORM changes go first
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        session.connection().exec_driver_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def make_engine(path: Path, data_key: bytes, hmac: str) -> Engine:
    engine = create_engine(
        "sqlite://", module=sqlcipher, creator=lambda: connect(path, data_key, hmac),
        poolclass=QueuePool, pool_size=4, max_overflow=4, pool_pre_ping=False)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # Readers take a snapshot without the write lock, and cannot write (query_only: a slip in
        # the code fails loudly instead of committing outside the writer's lock); writers take the
        # lock up front, so two writers never deadlock half-way through a transaction.
        readonly = bool(conn.get_execution_options().get("readonly"))
        conn.exec_driver_sql(f"PRAGMA query_only = {int(readonly)}")
        if readonly:
            conn.exec_driver_sql("BEGIN")
        else:
            begin_immediate(conn.connection.dbapi_connection)

    return engine
