"""People across cases: a derived index of the persons of every case (person_index, person_fts,
person_name_key), the links a user confirmed between them (person_link), the pairs a user said are
not the same person (link_rejected), and the evidence file that is a person's photo (evidence.photo).

The derived tables are filled from the case documents when the store is opened: storage.cases
changed its FACETS version with this revision, so every store is re-indexed once.

Revision ID: 0008
Revises: 0007
"""
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

STATEMENTS = [
    """CREATE TABLE person_index (
        pk INTEGER NOT NULL PRIMARY KEY,
        case_pk INTEGER NOT NULL REFERENCES "case" (pk),
        person_id VARCHAR(36) NOT NULL,
        "key" VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        at_risk BOOLEAN NOT NULL,
        birth_year INTEGER,
        display TEXT NOT NULL,
        names TEXT NOT NULL,
        facts TEXT NOT NULL)""",
    "CREATE INDEX ix_person_index_person_id ON person_index (person_id)",
    "CREATE INDEX ix_person_index_case_pk ON person_index (case_pk)",
    # The People list pages through persons in name order: an index walk that stops at the page.
    "CREATE INDEX ix_person_index_display ON person_index (display, pk)",
    """CREATE TABLE person_name_key (
        pk INTEGER NOT NULL PRIMARY KEY,
        person_id VARCHAR(36) NOT NULL,
        name_key VARCHAR NOT NULL)""",
    "CREATE INDEX ix_person_name_key_name_key ON person_name_key (name_key, person_id)",
    "CREATE INDEX ix_person_name_key_person_id ON person_name_key (person_id)",
    """CREATE TABLE person_link (
        person_id VARCHAR(36) NOT NULL PRIMARY KEY,
        group_id VARCHAR(36) NOT NULL,
        linked_at VARCHAR NOT NULL,
        linked_by VARCHAR NOT NULL)""",
    "CREATE INDEX ix_person_link_group_id ON person_link (group_id)",
    """CREATE TABLE link_rejected (
        a VARCHAR(36) NOT NULL,
        b VARCHAR(36) NOT NULL,
        rejected_at VARCHAR NOT NULL,
        PRIMARY KEY (a, b))""",
    # When a person was last taken out of a group here: a link received that is older does not
    # put them back (storage/people_links.py).
    """CREATE TABLE person_unlinked (
        person_id VARCHAR(36) NOT NULL PRIMARY KEY,
        unlinked_at VARCHAR NOT NULL)""",
    "ALTER TABLE evidence ADD COLUMN photo BOOLEAN NOT NULL DEFAULT 0",
    # A person's files (their photo among them) found without reading every evidence row.
    "CREATE INDEX ix_evidence_record_id ON evidence (record_id)",
    # Names of persons, searchable like the case list (storage.search): rowid = person_index.pk.
    """CREATE VIRTUAL TABLE person_fts USING fts5(
        names, translit,
        content='', contentless_delete=1,
        tokenize="unicode61 remove_diacritics 2")""",
    "DELETE FROM meta WHERE key = 'search_index'",
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)
