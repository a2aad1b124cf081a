"""Cases in the store: save (with revision, audit, facets and full-text index), load, list, search.

Every function takes an open session; the caller decides the transaction, so an import of many
cases is one transaction and a form's save is another.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field, replace
from typing import Callable

from sqlalchemy import text
from sqlalchemy import func
from sqlmodel import Session, delete, select

from models.interchange import Case, validate_case
from models import person_match
from models.tables import (CaseDocument, CaseFacet, CaseRevision, CaseRow, FacilityEvent, Meta)
from storage import search
from storage.db import insert_rows
from storage.errors import Conflict, NotFound

SEARCH_INDEX_KEY = "search_index"  # meta: the INDEX_VERSION the full-text index and the facets were built with
# The derived indexes: search keys (storage.search) and the facets below. Change FACETS when
# _facets changes; a store built otherwise is re-indexed once when opened.
FACETS = "facets-4"  # facets-3: the persons of every case (person_index, person_fts); facets-4: facilities
# person_match.KEYS_VERSION: the blocking keys and facts of persons (suggested links).
INDEX_VERSION = f"{search.INDEX_VERSION}/{FACETS}/{person_match.KEYS_VERSION}"
# The record lists of a case, each record with an id of its own for life.
RECORD_LISTS = ("persons", "accounts", "events", "proceedings", "sources")


def _dump(case: Case) -> str:
    """The stored document of a case: compact JSON, letters as they are (not \\u escapes). Written by
    pydantic's serialiser, the same text as json.dumps(case.model_dump(mode="json"),
    ensure_ascii=False, separators=(",", ":")) gives in a quarter of the time; a stored document
    compared with a new one (an import of the same case: unchanged) depends on that."""
    return case.model_dump_json()


def _match_ids(new_recs: list[dict], old_recs: list[dict], keyed: bool) -> None:
    """Give each new record without an id the id of a stored record: by key when it has one,
    else the stored keyless record with the same content, else the next unclaimed keyless one in
    order. So a document without ids imported twice is "unchanged", even for records (proceedings,
    hearings, deadlines) that have no key; what is left gets a fresh id."""
    claimed = {r["id"] for r in new_recs if r.get("id")}
    by_key = {r["key"]: r["id"] for r in old_recs if keyed and r.get("key")}
    keyless = [r for r in old_recs if not (keyed and r.get("key"))]

    def content(rec: dict) -> str:
        def strip(v):
            if isinstance(v, dict):
                return {k: strip(x) for k, x in v.items() if k != "id"}
            if isinstance(v, list):
                return [strip(x) for x in v]
            return v
        return json.dumps(strip(rec), sort_keys=True)

    pending = []
    for rec in new_recs:
        if rec.get("id"):
            continue
        rid = by_key.get(rec.get("key")) if keyed and rec.get("key") else None
        if rid and rid not in claimed:
            rec["id"] = rid
            claimed.add(rid)
        elif not (keyed and rec.get("key")):
            pending.append(rec)
    free = [r for r in keyless if r["id"] not in claimed]
    for rec in list(pending):  # same content first
        same = next((o for o in free if content(o) == content(rec)), None)
        if same:
            rec["id"] = same["id"]
            free.remove(same)
            pending.remove(rec)
    for rec, o in zip(pending, free):  # then in order: an edited keyless record is updated
        rec["id"] = o["id"]
    for rec in new_recs:
        rec["id"] = rec.get("id") or str(uuid.uuid4())


def _with_ids(case: Case, old: Case | None = None) -> Case:
    """A copy in which the case and every record, hearing and deadline has an id. A record that
    comes without one keeps the id of the matching stored record (_match_ids), so re-importing
    a document without ids updates instead of duplicating, and changes nothing when it is the same."""
    data = case.model_dump(mode="json")
    before = old.model_dump(mode="json") if old else None
    data["id"] = data["id"] or (old.id if old else None) or str(uuid.uuid4())
    for name in RECORD_LISTS:
        _match_ids(data[name], before[name] if before else [], keyed=True)
    old_prs = {p["id"]: p for p in before["proceedings"]} if before else {}
    for pr in data["proceedings"]:
        was = old_prs.get(pr["id"], {"hearings": [], "deadlines": []})
        _match_ids(pr["hearings"], was["hearings"], keyed=False)
        _match_ids(pr["deadlines"], was["deadlines"], keyed=False)
    return validate_case(data)


def _facets(case: Case, registry: dict[str, list[str]]) -> set[tuple[str, str]]:
    out = {("tag", t.casefold()) for t in case.tags}
    for e in case.events:
        out |= {("violation", v) for v in e.violations}
        linked = registry.get(e.place.facility_id) if e.place and e.place.facility_id else None
        if linked:  # the facility filter lists a registry facility by its first name
            out.add(("facility", linked[0].casefold()))
        elif e.place and e.place.facility:
            out.add(("facility", e.place.facility.casefold()))
        if e.kind == "hearing" and e.start:
            out.add(("hearing", e.start))
    for pr in case.proceedings:
        out |= {("hearing", h.date) for h in pr.hearings}
        # Open deadlines only: the agenda looks for what is due or overdue (storage.agenda).
        out |= {("deadline", d.date) for d in pr.deadlines if not d.done}
    return out


def _applicant_name(case: Case) -> str:
    p = case.applicant()
    return p.display_name() if p else ""


def _changes(old: Case, new: Case) -> list[tuple[str, str, str, list[str]]]:
    """(action, record kind, record id, changed fields) between two versions of a case."""
    out = []
    case_fields = [f for f in Case.model_fields if f not in RECORD_LISTS and getattr(old, f) != getattr(new, f)]
    if case_fields:
        out.append(("updated", "case", new.id, case_fields))
    for name in RECORD_LISTS:
        kind = name[:-1]
        before = {r.id: r for r in getattr(old, name)}
        after = {r.id: r for r in getattr(new, name)}
        for rid, rec in after.items():
            if rid not in before:
                out.append(("added", kind, rid, []))
            elif rec != before[rid]:
                fields = [f for f in type(rec).model_fields if getattr(rec, f) != getattr(before[rid], f)]
                out.append(("updated", kind, rid, fields))
        out += [("removed", kind, rid, []) for rid in before if rid not in after]
    return out


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def document_of(session: Session, case_id: str) -> str | None:
    """The stored document (JSON) of a case in the working set, by id; None if there is none."""
    return session.exec(select(CaseDocument.document).join(CaseRow, CaseRow.pk == CaseDocument.case_pk)
                        .where(CaseRow.id == case_id)).first()


def unchanged_id(session: Session, case: Case) -> str | None:
    """For a case that comes without an id: the id of the stored case with its reference, if the
    stored case is exactly this one (ids aside). A different case under a taken reference is still
    refused by save_case, never merged; the same one again is "unchanged"."""
    rid = session.exec(select(CaseRow.id).where(CaseRow.reference == case.reference)).first()
    stored = document_of(session, rid) if rid else None
    if stored is None:
        return None
    candidate = _with_ids(case.model_copy(update={"id": rid}), validate_case(json.loads(stored)))
    return rid if _dump(candidate) == stored else None


def save_case(session: Session, store, case: Case, reason: str = "edited") -> tuple[Case, str]:
    """Add or update a case. Returns the case as stored (ids filled in) and 'added', 'updated'
    or 'unchanged'. The version it replaces is kept as a revision."""
    row = stored = None
    if case.id:
        row = session.exec(select(CaseRow).where(CaseRow.id == case.id)).first()
    if row is not None:
        stored = session.get(CaseDocument, row.pk)
    old = validate_case(json.loads(stored.document)) if stored is not None else None
    case = _with_ids(case, old)
    clash = session.exec(select(CaseRow.id).where(CaseRow.reference == case.reference)).first()
    if clash and clash != case.id:
        raise Conflict(f"The reference {case.reference} is already used by another case in this store.", code="case.reference_taken", ref=case.reference)
    document = _dump(case)
    if stored is not None and stored.document == document:
        return case, "unchanged"
    now = _now()
    if row is None:
        row = CaseRow(id=case.id, created_at=now, reference=case.reference,
                      title=case.title, status=case.status, updated_at=now)
        outcome = "added"
        changes = [("added", "case", case.id, [])]
    else:
        session.add(CaseRevision(case_id=case.id, saved_at=now, reason=reason, document=stored.document))
        clear_derived(session, row.pk)
        outcome = "updated"
        changes = _changes(old, case)
    row.reference, row.title, row.status = case.reference, case.title, case.status
    row.opened_on, row.applicant = case.opened_on, _applicant_name(case)
    row.has_at_risk = any(p.at_risk for p in case.persons)
    row.updated_at = now
    session.add(row)
    session.flush()
    if stored is None:
        stored = CaseDocument(case_pk=row.pk, document=document)
    stored.document = document
    session.add(stored)
    write_derived(session, [(row.pk, case)])
    for action, kind, rid, fields in changes:
        detail = {"case": case.id, "reason": reason}
        if fields:
            detail["fields"] = fields
        store.log(session, f"{kind}_{action}", kind, rid, **detail)
    return case, outcome


def _fill_new_ids(case: Case) -> Case:
    """What _with_ids gives a case that is new to the store (fresh ids where none were given),
    done in place on a case just validated and owned by the caller: no second validation."""
    case.id = case.id or str(uuid.uuid4())
    for name in RECORD_LISTS:
        for rec in getattr(case, name):
            rec.id = rec.id or str(uuid.uuid4())
    for pr in case.proceedings:
        for rec in (*pr.hearings, *pr.deadlines):
            rec.id = rec.id or str(uuid.uuid4())
    return case


def add_new_cases(session: Session, store, batch: list[Case], reason: str) -> list[Case]:
    """Add cases that are not in the store (neither their ids nor their references: the caller
    has looked), as save_case adds one, with one statement per table for the whole batch. The
    cases are given their ids in place; returns them."""
    if not batch:
        return []
    now = _now()
    first = (session.execute(text('SELECT max(pk) FROM "case"')).scalar() or 0) + 1
    pks = range(first, first + len(batch))
    for case in batch:
        _fill_new_ids(case)
    insert_rows(session, "case", _CASE_COLUMNS, [
        (pk, c.id, c.reference, c.title, c.status, _applicant_name(c), any(p.at_risk for p in c.persons),
         c.opened_on, now, now, "{}") for pk, c in zip(pks, batch)])
    insert_rows(session, "case_document", ("case_pk", "document"), [(pk, _dump(c)) for pk, c in zip(pks, batch)])
    write_derived(session, list(zip(pks, batch)))
    store.log_many(session, [("case_added", "case", c.id, {"case": c.id, "reason": reason}) for c in batch])
    return batch


_CASE_COLUMNS = ("pk", "id", "reference", "title", "status", "applicant", "has_at_risk", "opened_on", "created_at",
                 "updated_at", "pseudonyms")
_REINDEX_BATCH = 500


def _index_row(pk: int, case: Case, registry: dict[str, list[str]]) -> tuple:
    facility_names = [n for e in case.events if e.place and e.place.facility_id
                      for n in registry.get(e.place.facility_id, [])]
    return (pk, *search.index_columns(case, facility_names))


def _registry_names(session: Session, batch: list[tuple[int, Case]]) -> dict[str, list[str]]:
    """Every name (and alias) of the registry facilities the events of these cases point to."""
    ids = sorted({e.place.facility_id for _pk, case in batch for e in case.events if e.place and e.place.facility_id})
    out: dict[str, list[str]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ", ".join(f":f{j}" for j in range(len(part)))
        rows = session.execute(text(
            "SELECT f.id, n.value FROM facility f JOIN facility_name n ON n.facility_pk = f.pk "
            f"WHERE f.id IN ({marks}) ORDER BY f.id, n.seq"), {f"f{j}": v for j, v in enumerate(part)})
        for fid, value in rows:
            out.setdefault(fid, []).append(value)
    return out


# Everything derived from a case document (full-text rows, facets, and any index added later) is
# written by write_derived and removed by clear_derived: saving one case, re-indexing a store and a
# bulk import all go through these two, so a new index cannot be forgotten by one of them.
def write_derived(session: Session, batch: list[tuple[int, Case]]) -> None:
    """Write the derived rows of many (case_pk, case) pairs at once (executemany)."""
    if not batch:
        return
    registry = _registry_names(session, batch)
    insert_rows(session, "case_fts", ("rowid", "reference", "title", "names", "body", "translit"),
                [_index_row(pk, case, registry) for pk, case in batch])
    insert_rows(session, "case_facet", ("case_pk", "kind", "value"),
                [(pk, k, v) for pk, case in batch for k, v in _facets(case, registry)])
    _write_persons(session, batch)
    insert_rows(session, "facility_event", ("case_pk", "event_id", "facility_id", "event_key", "kind", "start", "end"),
                [(pk, e.id, e.place.facility_id, e.key, e.kind, e.start, e.end)
                 for pk, case in batch for e in case.events if e.place and e.place.facility_id])


def clear_derived(session: Session, pk: int | None = None) -> None:
    """Remove the derived rows of one case, or of every case when pk is None."""
    if pk is None:
        session.execute(text("INSERT INTO case_fts (case_fts) VALUES ('delete-all')"))
        session.exec(delete(CaseFacet))
        for sql in _CLEAR_PERSONS_ALL:
            session.execute(text(sql))
        session.exec(delete(FacilityEvent))
        return
    session.execute(text("DELETE FROM case_fts WHERE rowid = :pk"), {"pk": pk})
    session.exec(delete(CaseFacet).where(CaseFacet.case_pk == pk))
    for sql in _CLEAR_PERSONS:
        session.execute(text(sql), {"pk": pk})
    session.exec(delete(FacilityEvent).where(FacilityEvent.case_pk == pk))


# The persons of the cases (People across cases). person_fts has the rowid of the person_index row.
# person_name_key rows (blocking keys for suggestions) are keyed by person: removed with the case's
# persons, before their person_index rows go.
_CLEAR_PERSONS_ALL = ("INSERT INTO person_fts (person_fts) VALUES ('delete-all')",
                      "DELETE FROM person_name_key", "DELETE FROM person_index")
_CLEAR_PERSONS = (
    "DELETE FROM person_fts WHERE rowid IN (SELECT pk FROM person_index WHERE case_pk = :pk)",
    "DELETE FROM person_name_key WHERE person_id IN (SELECT person_id FROM person_index WHERE case_pk = :pk)",
    "DELETE FROM person_index WHERE case_pk = :pk",
)
_PERSON_COLUMNS = ("pk", "case_pk", "person_id", "key", "role", "at_risk", "birth_year", "display", "names", "facts")


# json.dumps with these options, without making an encoder for every person of a bulk import.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_LETTERS = json.JSONEncoder(ensure_ascii=False).encode


def person_facts(facts: dict) -> str:
    """person_index.facts: what the matcher compares (models.person_match.facts_of), as JSON."""
    return _COMPACT(facts)


def _write_persons(session: Session, batch: list[tuple[int, Case]]) -> None:
    # Row numbers given here (the write transaction holds the lock), so the full-text rows can
    # point at them without reading each one back.
    next_pk = (session.execute(text("SELECT max(pk) FROM person_index")).scalar() or 0) + 1
    rows, fts, keys = [], [], []
    for case_pk, case in batch:
        for p in case.persons:
            values = [n.value for n in p.names]
            facts = person_match.facts_of(case, p)
            rows.append((next_pk, case_pk, p.id, p.key, p.role, p.at_risk, p.birth_year, p.display_name(),
                         _LETTERS(values), person_facts(facts)))
            fts.append((next_pk, search.names_column(values or [p.key]), search.translit_tokens(values)))
            keys += [(p.id, k) for k in person_match.blocking_keys(values, p.birth_year, facts)]
            next_pk += 1
    insert_rows(session, "person_index", _PERSON_COLUMNS, rows)
    insert_rows(session, "person_fts", ("rowid", "names", "translit"), fts)
    insert_rows(session, "person_name_key", ("person_id", "name_key"), keys)


def reindex_cases(session: Session, pks: list[int]) -> None:
    """Write again the derived rows of these cases (a facility they point to was renamed)."""
    for i in range(0, len(pks), _REINDEX_BATCH):
        part = pks[i:i + _REINDEX_BATCH]
        rows = session.execute(select(CaseDocument.case_pk, CaseDocument.document).where(CaseDocument.case_pk.in_(part)))
        batch = [(pk, validate_case(json.loads(document))) for pk, document in rows]
        for pk, _case in batch:
            clear_derived(session, pk)
        write_derived(session, batch)


def index_stale(session: Session) -> bool:
    """True when the full-text index and the facets were built by another version of this program."""
    version = session.get(Meta, SEARCH_INDEX_KEY)
    return version is None or version.value != INDEX_VERSION


def reindex_if_stale(session: Session, progress: Callable[[int, int], None] | None = None) -> int | None:
    """Rebuild the full-text index and the facets from the case documents when they were built by
    another version of this program (migration 0006). The number of cases indexed, or None when
    the index was current. ``progress(done, total)`` counts the cases, once per batch."""
    if not index_stale(session):
        return None
    clear_derived(session)
    total = session.execute(select(func.count()).select_from(CaseDocument)).scalar_one()
    done, batch = 0, []
    if progress:
        progress(0, total)
    for pk, document in session.execute(select(CaseDocument.case_pk, CaseDocument.document)):
        batch.append((pk, validate_case(json.loads(document))))
        if len(batch) == _REINDEX_BATCH:
            write_derived(session, batch)
            done, batch = done + len(batch), []
            if progress:
                progress(done, total)
    write_derived(session, batch)
    done += len(batch)
    if progress:
        progress(done, total)
    session.merge(Meta(key=SEARCH_INDEX_KEY, value=INDEX_VERSION))
    return done


def _row(session: Session, ref_or_id: str) -> CaseRow:
    row = session.exec(select(CaseRow).where((CaseRow.id == ref_or_id) | (CaseRow.reference == ref_or_id))).first()
    if row is None:
        raise NotFound(f"There is no case {ref_or_id} in this store.", code="case.missing", ref=ref_or_id)
    return row


def _document(session: Session, row: CaseRow) -> CaseDocument:
    return session.get(CaseDocument, row.pk)


def get_case(session: Session, ref_or_id: str) -> Case:
    return validate_case(json.loads(_document(session, _row(session, ref_or_id)).document))


def get_cases_by_pk(session: Session, pks: list[int]) -> list[Case]:
    """The cases of these row numbers (as facets name them), in batches the driver accepts."""
    out = []
    for i in range(0, len(pks), 500):
        rows = session.exec(select(CaseDocument.document).where(CaseDocument.case_pk.in_(pks[i:i + 500])))
        out += [validate_case(json.loads(d)) for d in rows]
    return out


def get_cases(session: Session, refs_or_ids: list[str] | None = None) -> list[Case]:
    if refs_or_ids:
        return [get_case(session, r) for r in refs_or_ids]
    rows = session.exec(select(CaseDocument.document).join(CaseRow, CaseRow.pk == CaseDocument.case_pk)
                        .order_by(CaseRow.reference))
    return [validate_case(json.loads(d)) for d in rows]


def delete_case(session: Session, store, ref_or_id: str) -> None:
    """Remove a case from the working set. Its last version is kept as a revision."""
    row = _row(session, ref_or_id)
    stored = _document(session, row)
    session.add(CaseRevision(case_id=row.id, saved_at=_now(), reason="removed", document=stored.document))
    clear_derived(session, row.pk)
    session.delete(stored)
    session.flush()
    session.delete(row)
    store.log(session, "case_removed", "case", row.id)


def revisions(session: Session, case_id: str) -> list[CaseRevision]:
    return list(session.exec(select(CaseRevision).where(CaseRevision.case_id == case_id)
                             .order_by(CaseRevision.seq.desc())))


def pseudonyms(session: Session, ref_or_id: str) -> dict[str, str]:
    return json.loads(_row(session, ref_or_id).pseudonyms)


def set_pseudonyms(session: Session, store, ref_or_id: str, mapping: dict[str, str]) -> None:
    """Keep the pseudonyms a brief gave, so every later document of the case agrees with it."""
    row = _row(session, ref_or_id)
    merged = {**json.loads(row.pseudonyms), **mapping}
    if merged != json.loads(row.pseudonyms):
        row.pseudonyms = json.dumps(merged, ensure_ascii=False, sort_keys=True)
        session.add(row)
        store.log(session, "pseudonyms_assigned", "case", row.id, count=len(merged))


# --- the case list ---------------------------------------------------------------------------

SORT_COLUMNS = {"reference": "c.reference", "title": "c.title", "applicant": "c.applicant",
                "status": "c.status", "updated_at": "c.updated_at"}  # and next_hearing, worked out per case


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: a full-text query and filters. No text: every case."""
    text: str = ""
    status: str | None = None
    tag: str | None = None
    violation: str | None = None
    facility: str | None = None
    at_risk_only: bool = False
    sort: str = "updated_at"
    descending: bool = True
    today: str = field(default_factory=lambda: dt.date.today().isoformat())


@dataclass(frozen=True)
class CaseSummary:
    id: str
    reference: str
    title: str
    applicant: str
    status: str
    next_hearing: str | None
    updated_at: str
    has_at_risk: bool


def _where(q: CaseQuery) -> tuple[str, str, dict]:
    """FROM/JOIN, WHERE and parameters for a query."""
    params: dict = {"today": q.today}
    joins, conds = "", []
    match = search.match_expression(q.text) if q.text.strip() else None
    if q.text.strip() and match is None:
        conds.append("0")
    if match:
        joins = "JOIN case_fts f ON f.rowid = c.pk"
        conds.append("case_fts MATCH :match")
        params["match"] = match
    if q.status:
        conds.append("c.status = :status")
        params["status"] = q.status
    for kind, value in (("tag", q.tag), ("violation", q.violation), ("facility", q.facility)):
        if value:
            conds.append(f"c.pk IN (SELECT case_pk FROM case_facet WHERE kind = '{kind}' AND value = :{kind})")
            params[kind] = value if kind == "violation" else value.casefold()
    if q.at_risk_only:
        conds.append("c.has_at_risk")
    return joins, (" WHERE " + " AND ".join(conds)) if conds else "", params


def count_cases(session: Session, q: CaseQuery) -> int:
    sql, params = count_sql(q)
    return session.execute(text(sql), params).scalar_one()


def count_sql(q: CaseQuery) -> tuple[str, dict]:
    joins, where, params = _where(q)
    if joins and where == " WHERE case_fts MATCH :match":  # the index alone knows how many match
        return "SELECT count(*) FROM case_fts WHERE case_fts MATCH :match", params
    facets = [(k, v) for k, v in (("tag", q.tag), ("violation", q.violation), ("facility", q.facility)) if v]
    if len(facets) == 1 and not (q.text.strip() or q.status or q.at_risk_only):  # so does the filter's
        kind = facets[0][0]
        return f"SELECT count(*) FROM case_facet WHERE kind = '{kind}' AND value = :{kind}", params
    return f'SELECT count(*) FROM "case" c {joins}{where}', params


_NEXT_HEARING = ("(SELECT min(value) FROM case_facet h WHERE h.case_pk = c.pk AND h.kind = 'hearing' "
                 "AND h.value >= :today)")
_SUMMARY = (f"c.id, c.reference, c.title, c.applicant, c.status, {_NEXT_HEARING} AS next_hearing, "
            "c.updated_at, c.has_at_risk")


def list_sql(q: CaseQuery, offset: int = 0, limit: int = 100) -> tuple[str, dict]:
    """The SQL of a page of the case list and its parameters (the benchmark runs the same).

    The page is chosen first, from the keys it is sorted by alone; the columns shown (the next
    hearing among them, a lookup per case) are read for the page's rows only, not for every case
    that matches a search.
    """
    joins, where, params = _where(q)
    params = {**params, "limit": limit, "offset": offset}
    direction = "DESC" if q.descending else "ASC"
    if joins and q.sort == "relevance":
        rank = f"bm25(case_fts, {', '.join(str(x) for x in search.WEIGHTS)})"
        if where == " WHERE case_fts MATCH :match":
            # Rank inside the index: joining first would read the list row of every match
            # (thousands of encrypted pages for a common word).
            page = ("SELECT rowid AS pk, {rank} AS score FROM case_fts WHERE case_fts MATCH :match "
                    "ORDER BY score LIMIT :limit OFFSET :offset").format(rank=rank)
        else:
            page = (f'SELECT c.pk AS pk, {rank} AS score FROM "case" c {joins}{where} '
                    "ORDER BY score LIMIT :limit OFFSET :offset")
        order = "p.score"
    elif q.sort == "next_hearing" and not where:
        # Every case, those with a coming hearing first, by its date (whichever the direction).
        # Each part is sorted and cut on its own: the first reads only the coming hearings, the
        # second walks the cases in order and stops at the page, so no case's next hearing is
        # worked out only to be sorted away. (With a search or a filter, the cases that pass it
        # are fewer, and looking up each one's next hearing is the quicker way.)
        page = ("SELECT pk, nh FROM (SELECT pk, nh FROM (SELECT case_pk AS pk, min(value) AS nh FROM case_facet "
                "WHERE kind = 'hearing' AND value >= :today GROUP BY case_pk "
                f"ORDER BY nh {direction}, pk {direction} LIMIT :end) UNION ALL "
                'SELECT pk, nh FROM (SELECT c.pk AS pk, NULL AS nh FROM "case" c WHERE c.pk NOT IN '
                "(SELECT case_pk FROM case_facet WHERE kind = 'hearing' AND value >= :today) "
                f"ORDER BY c.pk {direction} LIMIT :end)) "
                f"ORDER BY nh IS NULL, nh {direction}, pk {direction} LIMIT :limit OFFSET :offset")
        params["end"] = offset + limit
        order = f"p.nh IS NULL, p.nh {direction}, c.pk {direction}"
    elif q.sort == "next_hearing":
        # Cases without a coming hearing last, whichever the direction.
        page = (f'SELECT c.pk AS pk, {_NEXT_HEARING} AS nh FROM "case" c {joins}{where} '
                f"ORDER BY nh IS NULL, nh {direction}, c.pk {direction} LIMIT :limit OFFSET :offset")
        order = f"p.nh IS NULL, p.nh {direction}, c.pk {direction}"
    else:
        col = SORT_COLUMNS.get(q.sort, "c.updated_at")
        order = f"{col} {direction}, c.pk {direction}"
        page = f'SELECT c.pk AS pk FROM "case" c {joins}{where} ORDER BY {order} LIMIT :limit OFFSET :offset'
    return f'SELECT {_SUMMARY} FROM ({page}) p JOIN "case" c ON c.pk = p.pk ORDER BY {order}', params


# Ranking reads every match's word positions: about a second per 20,000 matches on a cheap laptop.
# A word found in nearly every case ("camp", in a store of camp survivors) tells them apart by
# almost nothing, so past this many matches the list shows the most recently changed first.
RANK_AT_MOST = 5000


def ranks(session: Session, q: CaseQuery) -> bool:
    """Whether the list of a query sorted by relevance is ranked: few enough cases match it (its
    filters included) to rank them all. Counting stops one past the limit."""
    if q.sort != "relevance" or not q.text.strip():
        return False
    joins, where, params = _where(q)
    if not joins:  # nothing to rank by: the text has no searchable word
        return True
    rows = ("SELECT rowid FROM case_fts WHERE case_fts MATCH :match" if where == " WHERE case_fts MATCH :match"
            else f'SELECT c.pk FROM "case" c {joins}{where}')
    found = session.execute(text(f"SELECT count(*) FROM ({rows} LIMIT :cap)"),
                            {**params, "cap": RANK_AT_MOST + 1}).scalar_one()
    return found <= RANK_AT_MOST


def list_cases(session: Session, q: CaseQuery, offset: int = 0, limit: int = 100) -> list[CaseSummary]:
    """A page of the case list. With a text query, best matches first (unless sorted by a column,
    or too many cases match to rank them: see RANK_AT_MOST)."""
    if q.sort == "relevance" and not ranks(session, q):
        q = replace(q, sort="updated_at", descending=True)
    sql, params = list_sql(q, offset, limit)
    return [CaseSummary(*r[:7], bool(r[7])) for r in session.execute(text(sql), params)]


def search_cases(session: Session, query: str, limit: int = 50) -> list[CaseSummary]:
    """Best matches first, over every field and every script."""
    return list_cases(session, CaseQuery(text=query, sort="relevance"), 0, limit)


def facet_values(session: Session, kind: str) -> list[str]:
    """The distinct values of a filter, in order. One index seek per value (a skip-scan), rather
    than a walk over one entry per case: the filter menus of a large store fill at once."""
    rows = session.execute(text(
        "WITH RECURSIVE v(x) AS (SELECT min(value) FROM case_facet WHERE kind = :kind "
        "UNION ALL SELECT (SELECT min(value) FROM case_facet WHERE kind = :kind AND value > v.x) "
        "FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"), {"kind": kind})
    return [r[0] for r in rows]
