"""Places and facilities as records: the facility registry (facility, facility_name) and the
events that point to a facility (facility_event, derived from the case documents'
``place.facility_id``).

storage.cases changed its FACETS version with this revision, so every store is re-indexed once.

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

STATEMENTS = [
    """CREATE TABLE facility (
        pk INTEGER NOT NULL PRIMARY KEY,
        id VARCHAR(36) NOT NULL,
        type VARCHAR NOT NULL,
        county VARCHAR,
        prefecture VARCHAR,
        lat FLOAT,
        lon FLOAT,
        note TEXT NOT NULL DEFAULT '',
        added_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL)""",
    "CREATE UNIQUE INDEX ix_facility_id ON facility (id)",
    """CREATE TABLE facility_name (
        pk INTEGER NOT NULL PRIMARY KEY,
        facility_pk INTEGER NOT NULL REFERENCES facility (pk),
        seq INTEGER NOT NULL,
        value TEXT NOT NULL,
        script VARCHAR NOT NULL,
        alias BOOLEAN NOT NULL)""",
    "CREATE INDEX ix_facility_name_facility_pk ON facility_name (facility_pk)",
    """CREATE TABLE facility_event (
        case_pk INTEGER NOT NULL REFERENCES "case" (pk),
        event_id VARCHAR(36) NOT NULL,
        facility_id VARCHAR(36) NOT NULL,
        event_key VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        start VARCHAR,
        "end" VARCHAR,
        PRIMARY KEY (case_pk, event_id))""",
    # A facility's page lists its events: one index range per facility.
    "CREATE INDEX ix_facility_event_facility_id ON facility_event (facility_id, case_pk)",
    "DELETE FROM meta WHERE key = 'search_index'",
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)
