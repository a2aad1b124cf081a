"""Case documents in a table of their own.

A case's whole document (often tens of kilobytes) used to sit in its list row, so every row of
the case list filled an encrypted page of its own, plus overflow pages: filtering, counting or
ranking 100,000 cases decrypted hundreds of megabytes. The list row now holds only what the list
shows; the document is read when a case is opened.

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STATEMENTS = [
    """CREATE TABLE case_document (
        case_pk INTEGER NOT NULL PRIMARY KEY REFERENCES "case" (pk),
        document TEXT NOT NULL)""",
    'INSERT INTO case_document (case_pk, document) SELECT pk, document FROM "case"',
    'ALTER TABLE "case" DROP COLUMN document',
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)

