"""SQLCipher connections under SQLAlchemy.

Every connection is keyed with the raw 256-bit data key (``PRAGMA key = "x'<64 hex>'"``): a key
of any other form would make SQLCipher fall back to deriving a key from a password, so it is
refused. The page authentication (``cipher_hmac_algorithm``) is the store's own, from keys.json
(storage/keys.py says why new stores use HMAC-SHA256); it is set before the first page is read.
The Python driver's own transaction handling is switched off and every transaction
starts with ``BEGIN IMMEDIATE``: with the driver's default, SQLAlchemy would run statements
outside any transaction and a "rolled back" insert would stay.
"""
from __future__ import annotations

import re
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from storage.errors import StoreDamaged
from storage.keys import HMAC_ALGORITHMS

_HEX64 = re.compile(r"^[0-9a-f]{64}$")

CACHE_SIZE = "PRAGMA cache_size = -65536"  # 64 MiB of decrypted pages per connection
PRAGMAS = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    CACHE_SIZE,
)
# For a connection that streams a large file through: a cache that large only costs allocations
# (each locked and wiped: cipher_memory_security) for pages read once.
STREAMING_CACHE = "PRAGMA cache_size = -1024"


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
            "another store. Nothing was changed; restore the store from a backup.") from None
    return conn


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
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine
