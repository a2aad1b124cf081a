"""The first release's schema.

Written out as DDL, not generated from the models at run time: a migration must create the
schema as it was then, whatever the models say later.

Revision ID: 0001
Revises:
"""
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATEMENTS = [
    """CREATE TABLE "case" (
        pk INTEGER NOT NULL PRIMARY KEY,
        id VARCHAR(36) NOT NULL,
        reference VARCHAR NOT NULL,
        title VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        applicant VARCHAR NOT NULL,
        has_at_risk BOOLEAN NOT NULL,
        opened_on VARCHAR,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        pseudonyms TEXT NOT NULL,
        document TEXT NOT NULL)""",
    'CREATE UNIQUE INDEX ix_case_id ON "case" (id)',
    'CREATE UNIQUE INDEX ix_case_reference ON "case" (reference)',
    'CREATE INDEX ix_case_status ON "case" (status)',
    'CREATE INDEX ix_case_updated_at ON "case" (updated_at)',
    'CREATE INDEX ix_case_title ON "case" (title)',
    'CREATE INDEX ix_case_applicant ON "case" (applicant)',
    """CREATE TABLE case_facet (
        case_pk INTEGER NOT NULL REFERENCES "case" (pk),
        kind VARCHAR NOT NULL,
        value VARCHAR NOT NULL,
        PRIMARY KEY (case_pk, kind, value))""",
    "CREATE INDEX ix_case_facet_kind_value ON case_facet (kind, value)",
    """CREATE TABLE case_revision (
        seq INTEGER NOT NULL PRIMARY KEY,
        case_id VARCHAR(36) NOT NULL,
        saved_at VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        document TEXT NOT NULL)""",
    "CREATE INDEX ix_case_revision_case_id ON case_revision (case_id)",
    """CREATE TABLE audit_log (
        seq INTEGER NOT NULL PRIMARY KEY,
        at VARCHAR NOT NULL,
        actor VARCHAR NOT NULL,
        action VARCHAR NOT NULL,
        entity VARCHAR NOT NULL,
        entity_id VARCHAR,
        detail TEXT NOT NULL,
        mac VARCHAR NOT NULL)""",
    "CREATE TABLE meta (key VARCHAR NOT NULL PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE secret (name VARCHAR NOT NULL PRIMARY KEY, value BLOB NOT NULL)",
    # Full-text index, inside the encryption. Contentless: the text lives once, in the documents.
    """CREATE VIRTUAL TABLE case_fts USING fts5(
        reference, title, names, body, translit,
        content='', contentless_delete=1,
        tokenize="unicode61 remove_diacritics 2")""",
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)
