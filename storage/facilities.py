"""The facility registry: camps, prisons, detention centres and factories as records.

A facility has a type, a name in each script and aliases, a county and prefecture, optional
coordinates and a note (``facility``, ``facility_name``). An event of a case points to one by
``place.facility_id`` in the case document, so the link travels with the case (export, bundles) and
its undo is a case revision like any edit. ``facility_event`` is derived from those links
(storage.cases.write_derived), with the registry's names added to the case search.

Free-text places already in cases are never converted: ``offered_links`` lists the events whose
place text names a facility, and a user links each one (``link_event``, audited, undone by
``unlink_event``). Every change is in the audit log by ids and field names, never by names.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import text as _sql
from sqlmodel import Session, delete, select

from models import facilities as matching
from models import interchange
from models.tables import CaseDocument, CaseRow, Facility as FacilityRow, FacilityEvent, FacilityName as NameRow
from storage import cases
from storage.errors import Conflict, Invalid, NotFound

MAX_QUERY = 500  # characters of a search typed in the Facilities window or on the command line
_FIELDS = ("type", "names", "county", "prefecture", "lat", "lon", "note")


@dataclass(frozen=True)
class Listed:
    """A facility as the list shows it: the record and how many cases and events point to it."""
    facility: interchange.Facility
    cases: int
    events: int


@dataclass(frozen=True)
class Appearance:
    """An event of a case that points to a facility, with its dates."""
    case: str  # case reference
    case_id: str
    event: str  # the event's key within the case
    event_id: str
    kind: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Offer:
    """An event whose free-text place names a facility but does not point to it: linking is the
    user's decision."""
    facility_id: str
    facility_name: str  # the facility's name that the place text matched
    case: str
    case_id: str
    event: str
    event_id: str
    start: str | None
    place: str  # the place as the case writes it


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def new_id() -> str:
    return str(uuid.uuid4())


def validated(data: dict) -> interchange.Facility:
    """A facility from a form or the command line, or Invalid with the first problem in a sentence."""
    try:
        return interchange.Facility.model_validate(data)
    except interchange.ValidationError as exc:
        problems = interchange.problems_of(exc)
        raise Invalid(f"The facility was not saved: {problems[0] if problems else 'it is not valid'}.", code="facility.invalid", problem=problems[0] if problems else '') from None


# --- reading ------------------------------------------------------------------------------------

def _record(session: Session, row: FacilityRow, names: list[NameRow] | None = None) -> interchange.Facility:
    if names is None:
        names = session.exec(select(NameRow).where(NameRow.facility_pk == row.pk).order_by(NameRow.seq)).all()
    return interchange.Facility.model_validate(dict(
        id=row.id, type=row.type, county=row.county, prefecture=row.prefecture, lat=row.lat, lon=row.lon,
        note=row.note, names=[{"value": n.value, "script": n.script, "alias": n.alias} for n in names]))


def _row(session: Session, facility_id: str) -> FacilityRow:
    row = session.exec(select(FacilityRow).where(FacilityRow.id == facility_id)).first()
    if row is None:
        raise NotFound("There is no such facility in this store.", code="facility.missing")
    return row


def exists(session: Session, facility_id: str) -> bool:
    return session.exec(select(FacilityRow.pk).where(FacilityRow.id == facility_id)).first() is not None


def get(session: Session, facility_id: str) -> interchange.Facility:
    return _record(session, _row(session, facility_id))


def all_facilities(session: Session) -> list[interchange.Facility]:
    """Every facility of the registry, by its first name. The registry is small (hundreds, not
    millions): it is read whole and matched in memory."""
    by_facility: dict[int, list[NameRow]] = {}
    for n in session.exec(select(NameRow).order_by(NameRow.facility_pk, NameRow.seq)):
        by_facility.setdefault(n.facility_pk, []).append(n)
    out = [_record(session, row, by_facility.get(row.pk, [])) for row in session.exec(select(FacilityRow))]
    return sorted(out, key=lambda f: (f.display_name().casefold(), f.id))


def _counts(session: Session) -> dict[str, tuple[int, int]]:
    rows = session.execute(_sql("SELECT facility_id, count(DISTINCT case_pk), count(*) FROM facility_event "
                                "GROUP BY facility_id"))
    return {fid: (c, e) for fid, c, e in rows}


def list_facilities(session: Session, query: str = "") -> list[Listed]:
    """The facilities whose names (any script, aliases too) match the query, each with how many
    cases and events point to it; every facility when the query is empty."""
    query = query[:MAX_QUERY]
    counts = _counts(session)
    found = [f for f in all_facilities(session) if not query.strip() or matching.matches_query(f.all_names(), query)]
    return [Listed(f, *counts.get(f.id, (0, 0))) for f in found]


def appearances(session: Session, facility_id: str) -> list[Appearance]:
    """Every event of every case that points to the facility, by date (undated last)."""
    _row(session, facility_id)
    rows = session.execute(_sql(
        'SELECT c.reference, c.id, e.event_key, e.event_id, e.kind, e.start, e."end" FROM facility_event e '
        'JOIN "case" c ON c.pk = e.case_pk WHERE e.facility_id = :fid '
        "ORDER BY e.start IS NULL, e.start, c.reference, e.event_key"), {"fid": facility_id})
    return [Appearance(*r) for r in rows]


def offered_links(session: Session, facility_id: str | None = None) -> list[Offer]:
    """Events whose free-text place (facility, name or area as the case writes it) names a facility
    of the registry, and that point to no facility: offered to the user for linking, one offer per
    event (the first facility it names). With ``facility_id``, the offers of that facility only."""
    registry = all_facilities(session)
    if facility_id is not None:
        registry = [f for f in registry if f.id == facility_id]
    if not registry:
        return []
    index = matching.NameIndex([(f.id, f.all_names()) for f in registry])
    out = []
    # The stored documents were validated when saved: read as JSON, not validated again (most of
    # the time of a pass over every case).
    rows = session.execute(select(CaseRow.reference, CaseRow.id, CaseDocument.document)
                           .join(CaseDocument, CaseDocument.case_pk == CaseRow.pk))
    for reference, case_id, document in rows:
        for e in json.loads(document).get("events", []):
            place = e.get("place") or {}
            if place.get("facility_id"):
                continue
            texts = [t for t in (place.get("facility"), place.get("name")) if t and t.strip()]
            found = index.naming(texts) if texts else None
            if found:
                out.append(Offer(found[0], found[1], reference, case_id, e["key"], e.get("id"), e.get("start"), texts[0]))
    return sorted(out, key=lambda o: (o.facility_name.casefold(), o.case, o.start or "", o.event))


# --- changing the registry ----------------------------------------------------------------------

def _write_names(session: Session, pk: int, facility: interchange.Facility) -> None:
    session.exec(delete(NameRow).where(NameRow.facility_pk == pk))
    for i, n in enumerate(facility.names):
        session.add(NameRow(facility_pk=pk, seq=i, value=n.value, script=n.script, alias=n.alias))


def _linked_case_pks(session: Session, facility_id: str) -> list[int]:
    return list(session.exec(select(FacilityEvent.case_pk).where(FacilityEvent.facility_id == facility_id)
                             .distinct()))


def save(session: Session, store, facility: interchange.Facility, source: str | None = None) -> str:
    """Add a facility or replace the one with its id: 'added', 'updated' or 'unchanged'. When its
    names change, the cases that point to it are indexed again so that every name finds them."""
    row = session.exec(select(FacilityRow).where(FacilityRow.id == facility.id)).first()
    extra = {"source": source} if source else {}
    now = _now()
    if row is None:
        row = FacilityRow(id=facility.id, type=facility.type, county=facility.county, prefecture=facility.prefecture,
                          lat=facility.lat, lon=facility.lon, note=facility.note, added_at=now, updated_at=now)
        session.add(row)
        session.flush()
        _write_names(session, row.pk, facility)
        store.log(session, "facility_added", "facility", facility.id, **extra)
        # Cases received or imported before their registry entry point to it already: index its names.
        cases.reindex_cases(session, _linked_case_pks(session, facility.id))
        return "added"
    before = _record(session, row)
    changed = [f for f in _FIELDS if getattr(before, f) != getattr(facility, f)]
    if not changed:
        return "unchanged"
    for f in ("type", "county", "prefecture", "lat", "lon", "note"):
        setattr(row, f, getattr(facility, f))
    row.updated_at = now
    session.add(row)
    if "names" in changed:
        _write_names(session, row.pk, facility)
        session.flush()
        cases.reindex_cases(session, _linked_case_pks(session, facility.id))
    store.log(session, "facility_updated", "facility", facility.id, fields=changed, **extra)
    return "updated"


def remove(session: Session, store, facility_id: str) -> None:
    """Remove a facility no event points to; one that events point to is refused."""
    row = _row(session, facility_id)
    linked = session.execute(_sql("SELECT count(*) FROM facility_event WHERE facility_id = :fid"),
                             {"fid": facility_id}).scalar_one()
    if linked:
        raise Conflict(f"{linked} event(s) point to this facility; unlink them before removing it.", code="facility.in_use", count=linked)
    session.exec(delete(NameRow).where(NameRow.facility_pk == row.pk))
    session.flush()
    session.delete(row)
    store.log(session, "facility_removed", "facility", facility_id)


# --- linking events -----------------------------------------------------------------------------

def _event(case: interchange.Case, event: str):
    """The event of a case named by its id or its key."""
    found = next((e for e in case.events if event in (e.id, e.key)), None)
    if found is None:
        raise NotFound(f"The case {case.reference} has no such event.", code="event.missing", ref=case.reference)
    return found


def _set_event_facility(session: Session, store, case_ref_or_id: str, event: str, facility_id: str | None,
                        reason: str) -> tuple[interchange.Case, str]:
    """Save the case with the event (by id or key) pointing to the facility, or to none; the case
    as stored and the event's id."""
    case = cases.get_case(session, case_ref_or_id)
    key = _event(case, event).key
    data = case.model_dump(mode="json")
    for e in data["events"]:
        if e["key"] == key:
            place = e.get("place") or {}
            if facility_id is None:
                place.pop("facility_id", None)
            else:
                place["facility_id"] = facility_id
            e["place"] = place
    stored, _outcome = cases.save_case(session, store, interchange.validate_case(data), reason=reason)
    return stored, _event(stored, key).id


def link_event(session: Session, store, case_ref_or_id: str, event: str, facility_id: str) -> None:
    """Point an event (by id or key) of a case to a facility (the user's decision). Its place text
    stays as written."""
    _row(session, facility_id)
    case, event_id = _set_event_facility(session, store, case_ref_or_id, event, facility_id, reason="facility linked")
    store.log(session, "facility_linked", "event", event_id, case=case.id, facility=facility_id)


def unlink_event(session: Session, store, case_ref_or_id: str, event: str) -> None:
    """Undo a link: the event (by id or key) points to no facility again (its place text was never
    changed)."""
    case = cases.get_case(session, case_ref_or_id)
    found = _event(case, event)
    was = found.place.facility_id if found.place else None
    if was is None:
        raise Conflict("This event points to no facility; there is nothing to unlink.", code="event.no_facility")
    _, event_id = _set_event_facility(session, store, case.id, found.key, None, reason="facility unlinked")
    store.log(session, "facility_unlinked", "event", event_id, case=case.id, facility=was)


# --- the interchange format ---------------------------------------------------------------------

def facilities_to_send(session: Session, selected: list[interchange.Case]) -> list[interchange.Facility]:
    """The registry entries the events of these cases point to, sent with them."""
    ids = sorted({e.place.facility_id for c in selected for e in c.events if e.place and e.place.facility_id})
    return [get(session, fid) for fid in ids if exists(session, fid)]


def unresolved(session: Session, registry: list[interchange.Facility], case_list: list[interchange.Case]) -> list[str]:
    """'cases[i].events[j].place.facility_id: ...' for each event pointing to a facility that is
    neither in the document nor in this store."""
    known = {f.id for f in registry}
    out = []
    for i, case in enumerate(case_list):
        for j, e in enumerate(case.events):
            fid = e.place.facility_id if e.place else None
            if fid and fid not in known and not exists(session, fid):
                out.append(f"cases[{i}].events[{j}].place.facility_id: no facility of the document or of this "
                           "store has this id")
    return out


def dangling(session: Session, case_ids: list[str]) -> list[str]:
    """For the events of these cases that point to a facility this store does not hold: what an
    import says of each (after its cases and its registry were written; the caller rolls back)."""
    out = []
    for i in range(0, len(case_ids), 500):
        part = case_ids[i:i + 500]
        marks = ", ".join(f":c{j}" for j in range(len(part)))
        rows = session.execute(_sql(
            'SELECT c.reference, e.event_key FROM facility_event e JOIN "case" c ON c.pk = e.case_pk '
            f"WHERE c.id IN ({marks}) AND NOT EXISTS (SELECT 1 FROM facility f WHERE f.id = e.facility_id) "
            "ORDER BY c.reference, e.event_key"), {f"c{j}": v for j, v in enumerate(part)})
        out += [f"case {ref}, event {key}: place.facility_id: no facility of the document or of this store has this id"
                for ref, key in rows]
    return out


def apply_facilities(session: Session, store, registry: list[interchange.Facility], source: str) -> tuple[int, int]:
    """Merge a document's registry entries before its cases: (added, updated). A facility new here
    is added; one already here keeps its type, places and note, and gains the names it lacked (names
    are never lost in a merge)."""
    added = updated = 0
    for incoming in registry:
        if not exists(session, incoming.id):
            save(session, store, incoming, source=source)
            added += 1
            continue
        ours = get(session, incoming.id)
        have = {(n.value.strip().casefold()) for n in ours.names}
        new = [n for n in incoming.names if n.value.strip().casefold() not in have]
        if not new:
            continue
        scripts = {n.script for n in ours.names if not n.alias}
        # A name in a script that already has a name here comes in as an alias.
        extra = [n.model_copy(update={"alias": n.alias or n.script in scripts}) for n in new]
        merged = ours.model_copy(update={"names": [*ours.names, *extra]})
        save(session, store, interchange.Facility.model_validate(merged.model_dump()), source=source)
        updated += 1
    return added, updated

