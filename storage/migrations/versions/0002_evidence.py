"""Evidence files: metadata in ``evidence``, content in 1 MiB rows of ``evidence_chunk``.

Written out as DDL, like 0001. The content lives inside the encrypted database, so the store stays
one thing to back up and to protect. A removed file keeps a row with its number, size and hash
(exhibit numbers are never reused and the custody record can still name it) but loses its
content, its name, its description and its source.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATEMENTS = [
    """CREATE TABLE evidence (
        pk INTEGER NOT NULL PRIMARY KEY,
        id VARCHAR(36) NOT NULL,
        case_id VARCHAR(36) NOT NULL,
        record_id VARCHAR(36),
        number INTEGER NOT NULL,
        filename VARCHAR NOT NULL,
        media_type VARCHAR NOT NULL,
        size INTEGER NOT NULL,
        sha256 VARCHAR(64) NOT NULL,
        description TEXT NOT NULL,
        source TEXT NOT NULL,
        received_on VARCHAR,
        added_at VARCHAR NOT NULL,
        added_by VARCHAR NOT NULL,
        removed_at VARCHAR,
        UNIQUE (case_id, number))""",
    "CREATE UNIQUE INDEX ix_evidence_id ON evidence (id)",
    "CREATE INDEX ix_evidence_case_id ON evidence (case_id)",
    """CREATE TABLE evidence_chunk (
        evidence_pk INTEGER NOT NULL REFERENCES evidence (pk),
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (evidence_pk, seq))""",
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)
