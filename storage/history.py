"""Earlier versions of cases, and cases that were removed: nothing saved is lost, and any kept
version can be made current again (which itself keeps the version it replaces)."""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session, func, select

from models.interchange import Case, validate_case
from models.tables import CaseRevision, CaseRow
from storage.cases import revisions, save_case
from storage.errors import NotFound


@dataclass(frozen=True)
class KeptVersion:
    seq: int
    case_id: str
    saved_at: str
    reason: str
    reference: str
    title: str


def _kept(rev: CaseRevision) -> KeptVersion:
    doc = json.loads(rev.document)
    return KeptVersion(rev.seq, rev.case_id, rev.saved_at, rev.reason, doc.get("reference", ""), doc.get("title", ""))


def versions(session: Session, case_id: str) -> list[KeptVersion]:
    """Earlier versions of a case, newest first."""
    return [_kept(r) for r in revisions(session, case_id)]


def removed_cases(session: Session) -> list[KeptVersion]:
    """The last version of every case that is no longer in the store, newest removal first."""
    last = (select(func.max(CaseRevision.seq)).where(CaseRevision.case_id.not_in(select(CaseRow.id)))
            .group_by(CaseRevision.case_id))
    rows = session.exec(select(CaseRevision).where(CaseRevision.seq.in_(last)).order_by(CaseRevision.seq.desc()))
    return [_kept(r) for r in rows]


def version(session: Session, seq: int) -> Case:
    rev = session.get(CaseRevision, seq)
    if rev is None:
        raise NotFound("That version is not in this store.", code="version.missing")
    return validate_case(json.loads(rev.document))


def restore(session: Session, store, seq: int) -> tuple[Case, str]:
    """Make a kept version current again; the version it replaces is kept in turn."""
    case = version(session, seq)
    return save_case(session, store, case, reason=f"restored the version kept as {seq}")


@dataclass(frozen=True)
class AuditLine:
    """One audit entry about a case, as the case's history shows it: who, what, when, which
    fields. Never the values: the log holds none, and the history adds none."""
    seq: int
    at: str
    actor: str
    action: str
    kind: str
    fields: tuple[str, ...]


def case_audit(session: Session, case_id: str, limit: int = 1000) -> list[AuditLine]:
    """Entries about the case itself, its records, its evidence, and the exports and bundles
    that carried it; newest first."""
    rows = session.execute(text(
        "SELECT seq, at, actor, action, entity, detail FROM audit_log "
        "WHERE entity_id = :id OR json_extract(detail, '$.case') = :id "
        "OR EXISTS (SELECT 1 FROM json_each(detail, '$.cases') WHERE value = :id) "
        "ORDER BY seq DESC LIMIT :limit"), {"id": case_id, "limit": limit})
    out = []
    for seq, at, actor, action, entity, detail in rows:
        fields = json.loads(detail or "{}").get("fields") or []
        out.append(AuditLine(seq, at, actor, action, entity, tuple(f for f in fields if isinstance(f, str))))
    return out
