"""Sharing between stores: the address book, what this store knows of each record's history,
conflicts waiting for a person, and the bundles already received.

Written out as DDL, like 0001. Branches from 0001 (0002, evidence files, is built in parallel).

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

STATEMENTS = [
    """CREATE TABLE contact (
        pk INTEGER NOT NULL PRIMARY KEY,
        name VARCHAR NOT NULL UNIQUE,
        recipient VARCHAR NOT NULL,
        signing_key VARCHAR,
        fingerprint VARCHAR UNIQUE,
        verified BOOLEAN NOT NULL,
        added_at VARCHAR NOT NULL)""",
    "CREATE INDEX ix_contact_recipient ON contact (recipient)",
    # Hashes of versions of a record (by record id) that this store has held or merged: its
    # history, sent along in bundles so the receiver can tell who changed a record since.
    """CREATE TABLE record_seen (
        record_id VARCHAR(36) NOT NULL,
        hash VARCHAR(64) NOT NULL,
        PRIMARY KEY (record_id, hash))""",
    """CREATE TABLE pending_conflict (
        pk INTEGER NOT NULL PRIMARY KEY,
        case_id VARCHAR(36) NOT NULL,
        record_id VARCHAR(36) NOT NULL,
        kind VARCHAR NOT NULL,
        bundle_id VARCHAR(36) NOT NULL,
        sender VARCHAR NOT NULL,
        incoming TEXT NOT NULL,
        history TEXT NOT NULL,
        created_at VARCHAR NOT NULL,
        UNIQUE (case_id, record_id))""",
    "CREATE INDEX ix_pending_conflict_case_id ON pending_conflict (case_id)",
    """CREATE TABLE received_bundle (
        id VARCHAR(36) NOT NULL PRIMARY KEY,
        sender VARCHAR NOT NULL,
        received_at VARCHAR NOT NULL,
        summary TEXT NOT NULL)""",
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)
