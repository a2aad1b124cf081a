"""The store's tables (SQLModel). A case is kept whole as a validated interchange document.

The case is the unit that forms edit, imports replace and bundles merge, so it is stored as one
JSON document per row, with the columns the case list sorts and filters on copied out of it.
Every earlier version of a case is kept in ``CaseRevision``: an update never loses what was saved.
"""
from __future__ import annotations

from sqlalchemy import Column, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class CaseRow(SQLModel, table=True):
    __tablename__ = "case"
    # An integer key of our own: the full-text index and the facets point at it, and SQLite's
    # implicit rowid could be renumbered by VACUUM.
    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True, index=True, max_length=36)
    reference: str = Field(unique=True, index=True)
    title: str
    status: str = Field(index=True)
    applicant: str = ""
    has_at_risk: bool = False
    opened_on: str | None = None
    created_at: str
    updated_at: str = Field(index=True)
    # Pseudonyms given to people in briefs, kept so that every document made from a case agrees.
    pseudonyms: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))

    __table_args__ = (Index("ix_case_title", "title"), Index("ix_case_applicant", "applicant"))


class CaseDocument(SQLModel, table=True):
    """The case itself, as one validated interchange document. Apart from its list row, so that
    listing, filtering and ranking cases never decrypts whole documents."""
    __tablename__ = "case_document"
    case_pk: int = Field(foreign_key="case.pk", primary_key=True)
    document: str = Field(sa_column=Column(Text, nullable=False))


class CaseFacet(SQLModel, table=True):
    """What the case list filters and sorts on: tags, violations, facilities, hearing dates."""
    __tablename__ = "case_facet"
    case_pk: int = Field(foreign_key="case.pk", primary_key=True)
    kind: str = Field(primary_key=True)
    value: str = Field(primary_key=True)

    __table_args__ = (Index("ix_case_facet_kind_value_case", "kind", "value", "case_pk"),)


class CaseRevision(SQLModel, table=True):
    """A case as it was before a change (or before its removal)."""
    __tablename__ = "case_revision"
    seq: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(index=True, max_length=36)
    saved_at: str
    reason: str
    document: str = Field(sa_column=Column(Text, nullable=False))


class AuditEntry(SQLModel, table=True):
    """Append-only log; each entry's MAC covers the previous one's, so edits and removals show."""
    __tablename__ = "audit_log"
    seq: int = Field(primary_key=True)
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str | None = None
    detail: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    mac: str


class Meta(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str = Field(sa_column=Column(Text, nullable=False))


class Secret(SQLModel, table=True):
    """Secrets that live only inside the encrypted store (identity keys)."""
    __tablename__ = "secret"
    name: str = Field(primary_key=True)
    value: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Evidence(SQLModel, table=True):
    """An evidence file of a case: what was recorded at intake. The content is in ``EvidenceChunk``.
    A removed file keeps its row (number, size, hash, ``removed_at``) and nothing else."""
    __tablename__ = "evidence"
    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True, index=True, max_length=36)
    case_id: str = Field(index=True, max_length=36)
    record_id: str | None = Field(default=None, max_length=36)  # a person, account or event of the case
    number: int  # exhibit number within the case, never reused
    filename: str
    media_type: str
    size: int
    sha256: str = Field(max_length=64)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    source: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    received_on: str | None = None
    added_at: str
    added_by: str
    removed_at: str | None = None
    photo: bool = False  # the file is the photo of the person named by record_id (migration 0008)

    __table_args__ = (UniqueConstraint("case_id", "number"), Index("ix_evidence_record_id", "record_id"))


class EvidenceChunk(SQLModel, table=True):
    """One piece (1 MiB) of an evidence file's content, encrypted with the rest of the store."""
    __tablename__ = "evidence_chunk"
    evidence_pk: int = Field(foreign_key="evidence.pk", primary_key=True)
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))

# --- sharing (migration 0003) ----------------------------------------------------------------

class Contact(SQLModel, table=True):
    """A colleague or partner in the address book. ``verified``: fingerprint compared in person."""
    __tablename__ = "contact"
    pk: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    recipient: str = Field(index=True)
    signing_key: str | None = None
    fingerprint: str | None = Field(default=None, unique=True)
    verified: bool = False
    added_at: str


class RecordSeen(SQLModel, table=True):
    """A version (by hash) of a record that this store has held or merged: its known history."""
    __tablename__ = "record_seen"
    record_id: str = Field(primary_key=True, max_length=36)
    hash: str = Field(primary_key=True, max_length=64)


class PendingConflict(SQLModel, table=True):
    """An incoming version of a record that clashes with ours, kept until a person resolves it."""
    __tablename__ = "pending_conflict"
    pk: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(index=True, max_length=36)
    record_id: str = Field(max_length=36)
    kind: str
    bundle_id: str = Field(max_length=36)
    sender: str
    incoming: str = Field(sa_column=Column(Text, nullable=False))
    history: str = Field(sa_column=Column(Text, nullable=False))
    created_at: str

    __table_args__ = (UniqueConstraint("case_id", "record_id"),)


class ReceivedBundle(SQLModel, table=True):
    """A bundle already merged: receiving it again changes nothing."""
    __tablename__ = "received_bundle"
    id: str = Field(primary_key=True, max_length=36)
    sender: str
    received_at: str
    summary: str = Field(sa_column=Column(Text, nullable=False))


class RecordRemoved(SQLModel, table=True):
    """A tombstone: a record of a case that was removed, here or by a sender, and the versions (by
    hash) its remover had known. A merge never brings the record back (storage/merge.py)."""
    __tablename__ = "record_removed"
    record_id: str = Field(primary_key=True, max_length=36)
    case_id: str = Field(index=True, max_length=36)
    kind: str
    removed_at: str
    removed_by: str
    versions: str = Field(sa_column=Column(Text, nullable=False))  # JSON list of hashes
    received_from: str = ""  # fingerprint of the bundle's signer that brought it; "" if removed here


# --- people across cases (migration 0008) ----------------------------------------------------

class PersonIndex(SQLModel, table=True):
    """A person of a case, copied out of the case document (derived: storage.cases.write_derived)."""
    __tablename__ = "person_index"
    pk: int | None = Field(default=None, primary_key=True)
    case_pk: int = Field(foreign_key="case.pk", index=True)
    person_id: str = Field(index=True, max_length=36)
    key: str
    role: str
    at_risk: bool
    birth_year: int | None = None
    display: str = Field(sa_column=Column(Text, nullable=False))
    names: str = Field(sa_column=Column(Text, nullable=False))  # JSON list of every name value
    facts: str = Field(sa_column=Column(Text, nullable=False))  # JSON object: what the matcher compares

    __table_args__ = (Index("ix_person_index_display", "display", "pk"),)


class PersonNameKey(SQLModel, table=True):
    """Blocking keys of a person's names, for suggestions (derived; models.person_match)."""
    __tablename__ = "person_name_key"
    pk: int | None = Field(default=None, primary_key=True)
    person_id: str = Field(index=True, max_length=36)
    name_key: str

    __table_args__ = (Index("ix_person_name_key_name_key", "name_key", "person_id"),)


class PersonLink(SQLModel, table=True):
    """A confirmed link: the person belongs to a group, and a group is one real person."""
    __tablename__ = "person_link"
    person_id: str = Field(primary_key=True, max_length=36)
    group_id: str = Field(index=True, max_length=36)
    linked_at: str
    linked_by: str


class LinkRejected(SQLModel, table=True):
    """Two persons a user said are not the same (a < b): never suggested again."""
    __tablename__ = "link_rejected"
    a: str = Field(primary_key=True, max_length=36)
    b: str = Field(primary_key=True, max_length=36)
    rejected_at: str


class PersonUnlinked(SQLModel, table=True):
    """When a person was last unlinked here: an older link received does not undo it."""
    __tablename__ = "person_unlinked"
    person_id: str = Field(primary_key=True, max_length=36)
    unlinked_at: str


# --- places and facilities as records (migration 0009) ---------------------------------------

class Facility(SQLModel, table=True):
    """A facility of the registry: a camp, prison, detention centre or factory (models.facilities).
    Its names are in ``facility_name``; events point to it by ``place.facility_id`` in the case."""
    __tablename__ = "facility"
    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True, index=True, max_length=36)
    type: str
    county: str | None = None
    prefecture: str | None = None
    lat: float | None = None
    lon: float | None = None
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    added_at: str
    updated_at: str


class FacilityName(SQLModel, table=True):
    """A name of a facility in one script, or an alias; in the order the user gave them."""
    __tablename__ = "facility_name"
    pk: int | None = Field(default=None, primary_key=True)
    facility_pk: int = Field(foreign_key="facility.pk", index=True)
    seq: int
    value: str = Field(sa_column=Column(Text, nullable=False))
    script: str
    alias: bool = False


class FacilityEvent(SQLModel, table=True):
    """An event of a case that points to a facility (derived: storage.cases.write_derived), with
    what the facility's page lists of it, so that listing never decrypts case documents."""
    __tablename__ = "facility_event"
    case_pk: int = Field(foreign_key="case.pk", primary_key=True)
    event_id: str = Field(primary_key=True, max_length=36)
    facility_id: str = Field(max_length=36)
    event_key: str
    kind: str
    start: str | None = None
    end: str | None = None

    __table_args__ = (Index("ix_facility_event_facility_id", "facility_id", "case_pk"),)
