"""Schema migrations with Alembic, run inside the encrypted connection.

A store records its schema revision in ``alembic_version``. Opening compares it with the newest
revision this program knows, and only then loads Alembic: most opens need no migration and should
not pay for it. A store newer than the program is refused rather than guessed at.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from storage.errors import StoreDamaged

HEAD = "0009"
_SCRIPTS = "storage:migrations"  # a package resource: Alembic finds it through importlib.resources
_KNOWN = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")


def current_revision(conn: Connection) -> str | None:
    has_table = conn.execute(text(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")).first()
    if not has_table:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", _SCRIPTS)
    cfg.attributes["connection"] = conn
    return cfg


def pending(conn: Connection) -> bool:
    """True when opening this store will update its schema (a store made by an older version)."""
    return current_revision(conn) != HEAD


def upgrade(conn: Connection) -> bool:
    """Bring the schema to HEAD; True when anything was done."""
    rev = current_revision(conn)
    if rev == HEAD:
        return False
    if rev is not None and rev not in _KNOWN:
        raise StoreDamaged("This store was made by a newer version of Casefile. Update Casefile to open it.", code="store.newer")
    from alembic import command

    command.upgrade(_config(conn), "head")
    return True
