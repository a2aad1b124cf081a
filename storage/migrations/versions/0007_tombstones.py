"""Tombstones: records removed from a case, kept so that a replayed or older bundle never brings
them back (storage/merge.py, README section replay).

Revision ID: 0007
Revises: 0006
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STATEMENTS = [
    """CREATE TABLE record_removed (
        record_id VARCHAR(36) NOT NULL PRIMARY KEY,
        case_id VARCHAR(36) NOT NULL,
        kind VARCHAR NOT NULL,
        removed_at VARCHAR NOT NULL,
        removed_by VARCHAR NOT NULL,
        versions TEXT NOT NULL,
        received_from VARCHAR NOT NULL)""",
    "CREATE INDEX ix_record_removed_case_id ON record_removed (case_id)",
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)
