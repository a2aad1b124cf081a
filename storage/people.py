"""People across cases: one real person recorded in several cases, linked by a user.

The persons of every case are copied out of the case documents into ``person_index`` (derived,
storage.cases.write_derived). A confirmed link puts persons in a group (``person_link``: person ->
group); a group is one real person, a person in no group is alone. Links and rejections are user
data: kept in the store, written to the audit log, and undone by ``unlink``. Nothing here links on
its own; suggestions are storage.people_suggest's.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import text as _sql
from sqlmodel import Session, select

from models.interchange import Case
from models.tables import Evidence, LinkRejected, PersonLink, PersonUnlinked
from storage import audit, search
from storage.errors import Conflict, NotFound

MAX_PAGE = 1000  # a page of the People list; a caller asking for more gets this many
MAX_REF = 500  # a CASE/KEY typed on the command line
MAX_QUERY = 500  # characters of a search typed in the People view


@dataclass(frozen=True)
class Appearance:
    case: str  # case reference
    case_id: str
    person: str  # the person's key within the case
    person_id: str
    role: str
    at_risk: bool


@dataclass(frozen=True)
class PersonEntry:
    id: str  # the group id, or the person id of a person linked to no one
    names: list[str]
    cases: list[Appearance]
    at_risk: bool  # at risk in any case
    photo: str | None  # id of the evidence file marked as the person's photo
    photos: tuple[str, ...] = ()  # every linked person's photo, in the order of ``cases``


# --- reading ------------------------------------------------------------------------------------

# One row per group (its first person stands for it) or lone person, in name order. The person
# index is walked in display order and the walk stops at the page: no scan of every person.
# The last column: the person's photo, the first live evidence file marked so (ix_evidence_record_id).
_COLUMNS = ('c.reference, c.id, p."key", p.person_id, p.role, p.at_risk, p.display, p.names, '
            "(SELECT e.id FROM evidence e WHERE e.record_id = p.person_id AND e.photo AND e.removed_at IS NULL "
            "ORDER BY e.number LIMIT 1)")
_PAGE_ALL = f"""
SELECT q.eid, q.grouped, {_COLUMNS} FROM (
    SELECT p.pk AS pk, p.display AS d, coalesce(l.group_id, p.person_id) AS eid, l.person_id IS NOT NULL AS grouped
    FROM person_index p LEFT JOIN person_link l ON l.person_id = p.person_id
    WHERE l.person_id IS NULL OR NOT EXISTS (SELECT 1 FROM person_link l2 JOIN person_index p2
        ON p2.person_id = l2.person_id WHERE l2.group_id = l.group_id AND p2.pk < p.pk)
    ORDER BY p.display, p.pk LIMIT :limit OFFSET :offset) q
JOIN person_index p ON p.pk = q.pk JOIN "case" c ON c.pk = p.case_pk ORDER BY q.d, q.pk"""

# With a text: the full-text index gives the persons whose names match, and only those are read
# (CROSS JOIN keeps SQLite from scanning every person instead).
_MATCHED = "(SELECT rowid AS pk FROM person_fts WHERE person_fts MATCH :match) m CROSS JOIN person_index p ON p.pk = m.pk"
_PAGE_TEXT = f"""
SELECT coalesce(l.group_id, p.person_id) AS eid, min(p.display) AS d, min(p.pk) AS first FROM {_MATCHED}
LEFT JOIN person_link l ON l.person_id = p.person_id
GROUP BY eid ORDER BY d, first LIMIT :limit OFFSET :offset"""

# Persons, less those in a group, plus the groups: only the (few) links are walked one by one.
_COUNT_ALL = """
SELECT (SELECT count(*) FROM person_index)
     - (SELECT count(*) FROM person_link l CROSS JOIN person_index p ON p.person_id = l.person_id)
     + (SELECT count(DISTINCT l.group_id) FROM person_link l
          WHERE EXISTS (SELECT 1 FROM person_index p WHERE p.person_id = l.person_id))"""
_COUNT_TEXT = f"""
SELECT count(DISTINCT coalesce(l.group_id, p.person_id)) FROM {_MATCHED}
LEFT JOIN person_link l ON l.person_id = p.person_id"""

# The persons of a page's entries: of its groups, and its lone persons (an entry id is one or the
# other). An index lookup or two per entry; sorted in Python.
_GROUP_MEMBERS = (f"SELECT l.group_id, {_COLUMNS} FROM person_link l CROSS JOIN person_index p "
                  'ON p.person_id = l.person_id JOIN "case" c ON c.pk = p.case_pk WHERE l.group_id IN ({marks})')
_LONE = (f'SELECT p.person_id, {_COLUMNS} FROM person_index p JOIN "case" c ON c.pk = p.case_pk '
         "WHERE p.person_id IN ({marks})")


def _entries(session: Session, eids: list[str], lone: dict[str, tuple] | None = None,
             groups_only: bool = False) -> list[PersonEntry]:
    """The entries of these ids; ``lone``: rows (as _LONE reads them) of lone persons already read,
    ``groups_only``: every other id is a group's."""
    lone = lone or {}
    members: dict[str, list] = {e: [lone[e]] if e in lone else [] for e in eids}
    wanted = [e for e in eids if e not in lone]
    marks = ", ".join(f":e{i}" for i in range(len(wanted)))
    params = {f"e{i}": e for i, e in enumerate(wanted)}
    queries = (_GROUP_MEMBERS,) if groups_only else (_GROUP_MEMBERS, _LONE)
    for sql in queries if wanted else ():
        for row in session.execute(_sql(sql.format(marks=marks)), params):
            if row[0] in members:
                members[row[0]].append(row)
    out = []
    for eid in eids:
        rows = sorted(members[eid], key=lambda r: (r[1], r[3]))
        if not rows:
            continue
        names: dict[str, None] = {}
        for r in rows:
            names.setdefault(r[7])
            for n in json.loads(r[8]):
                names.setdefault(n)
        cases = [Appearance(r[1], r[2], r[3], r[4], r[5], bool(r[6])) for r in rows]
        photos = tuple(dict.fromkeys(r[9] for r in rows if r[9]))
        out.append(PersonEntry(eid, list(names), cases, any(a.at_risk for a in cases),
                               photos[0] if photos else None, photos))
    return out


def list_people(session: Session, text: str = "", offset: int = 0, limit: int = 100) -> list[PersonEntry]:
    """A page of people: one entry per group of linked persons or lone person, in name order. With
    a text, the people one of whose names matches it, in any script (as the case search does)."""
    query = (text or "")[:MAX_QUERY]
    limit, offset = max(0, min(int(limit), MAX_PAGE)), max(0, int(offset))
    if query.strip():
        match = search.match_expression(query)
        if match is None:
            return []
        rows = session.execute(_sql(_PAGE_TEXT), {"match": match, "limit": limit, "offset": offset})
        return _entries(session, [r[0] for r in rows])
    rows = list(session.execute(_sql(_PAGE_ALL), {"limit": limit, "offset": offset}))
    # A lone person's row is read with the page; only groups need their other persons read.
    return _entries(session, [r[0] for r in rows], {r[0]: (r[0], *r[2:]) for r in rows if not r[1]}, groups_only=True)


def count_people(session: Session, text: str = "") -> int:
    query = (text or "")[:MAX_QUERY]
    if query.strip():
        match = search.match_expression(query)
        if match is None:
            return 0
        return session.execute(_sql(_COUNT_TEXT), {"match": match}).scalar_one()
    return session.execute(_sql(_COUNT_ALL)).scalar_one()


def exists(session: Session, person_id: str) -> bool:
    return session.execute(_sql("SELECT 1 FROM person_index WHERE person_id = :p LIMIT 1"),
                           {"p": person_id}).first() is not None


def group_of(session: Session, person_id: str) -> str | None:
    row = session.get(PersonLink, person_id)
    return row.group_id if row else None


def person_entry(session: Session, person_id: str) -> PersonEntry:
    """The entry a person belongs to: its group, or the person alone."""
    if not exists(session, person_id):
        raise NotFound("That person is in no case of this store.", code="person.missing")
    return _entries(session, [group_of(session, person_id) or person_id])[0]


def resolve(session: Session, name: str) -> str:
    """The person id of a person named as CASE/KEY (a case reference and the person's key in it)."""
    ref, _, key = (name or "")[:MAX_REF].rpartition("/")
    if not ref or not key:
        raise NotFound(f"Name a person as CASE/KEY, a case reference and the person's key within it, not {name[:80]!r}.", code="person.bad_name", name=name[:80])
    case = session.execute(_sql('SELECT pk FROM "case" WHERE reference = :r'), {"r": ref}).first()
    if case is None:
        raise NotFound(f"There is no case {ref} in this store.", code="case.missing", ref=ref)
    row = session.execute(_sql('SELECT person_id FROM person_index WHERE case_pk = :c AND "key" = :k'),
                          {"c": case[0], "k": key}).first()
    if row is None:
        raise NotFound(f"Case {ref} has no person with the key {key}.", code="person.no_key", ref=ref, key=key)
    return row[0]


def _label(session: Session, person_id: str) -> str:
    """CASE/KEY of a person, for messages (references and keys, never names)."""
    row = session.execute(_sql('SELECT c.reference, p."key" FROM person_index p JOIN "case" c ON c.pk = p.case_pk '
                               "WHERE p.person_id = :p LIMIT 1"), {"p": person_id}).first()
    return f"{row[0]}/{row[1]}" if row else person_id


def members_of(session: Session, person_id: str) -> list[str]:
    """The persons of the group this person belongs to, the person included."""
    gid = group_of(session, person_id)
    if gid is None:
        return [person_id]
    return list(session.exec(select(PersonLink.person_id).where(PersonLink.group_id == gid)))


# --- changing ---------------------------------------------------------------------------------------

def link(session: Session, store, a_person_id: str, b_person_id: str) -> str:
    """Record that two persons are one real person; their groups become one. Returns the group id.
    Linking persons already linked changes nothing."""
    for pid in (a_person_id, b_person_id):
        if not exists(session, pid):
            raise NotFound("That person is in no case of this store.", code="person.missing")
    if a_person_id == b_person_id:
        raise Conflict("A person cannot be linked to itself.", code="person.link_self")
    ga = group_of(session, a_person_id)
    if ga is not None and ga == group_of(session, b_person_id):
        return ga
    if (ref := clash(session, [a_person_id, b_person_id])) is not None:
        raise Conflict(f"{_label(session, a_person_id)} and {_label(session, b_person_id)} would be one person "
                       f"twice in case {ref}, so they cannot be linked.", code="person.link_twice_in_case", a=_label(session, a_person_id), b=_label(session, b_person_id), ref=ref)
    gid = join(session, [a_person_id, b_person_id], audit.now(), store.actor)
    lo, hi = sorted((a_person_id, b_person_id))
    if (rej := session.get(LinkRejected, (lo, hi))) is not None:
        session.delete(rej)  # the user changed their mind: the link is what counts now
    session.flush()
    store.log(session, "person_linked", "person", a_person_id, other=b_person_id, group=gid)
    return gid


def clash(session: Session, person_ids: list[str]) -> str | None:
    """The reference of a case that would hold one person twice if these persons (and everyone
    linked to them) became one; None when there is none."""
    seen: set[str] = set()
    everyone: list[str] = []
    for pid in person_ids:
        if pid not in seen:
            members = members_of(session, pid)
            seen.update(members)
            everyone += members
    rows = session.execute(_sql(f'SELECT c.reference, count(*) FROM person_index p JOIN "case" c ON c.pk = p.case_pk '
                                f"WHERE p.person_id IN ({', '.join(f':p{i}' for i in range(len(everyone)))}) "
                                "GROUP BY c.pk HAVING count(*) > 1 ORDER BY c.reference LIMIT 1"),
                           {f"p{i}": v for i, v in enumerate(everyone)}).first()
    return rows[0] if rows else None


def join(session: Session, person_ids: list[str], linked_at: str, linked_by: str) -> str:
    """Put these persons, and everyone linked to them, in one group (no checks, no audit entry:
    the callers do both). Returns the group id."""
    groups = [g for g in (group_of(session, p) for p in person_ids) if g is not None]
    gid = groups[0] if groups else str(uuid.uuid4())
    for pid in person_ids:
        row = session.get(PersonLink, pid)
        if row is None:
            session.add(PersonLink(person_id=pid, group_id=gid, linked_at=linked_at, linked_by=linked_by))
    for other in set(groups) - {gid}:
        for row in session.exec(select(PersonLink).where(PersonLink.group_id == other)):
            # When the person came into this group: what a partner's older link is compared with.
            row.group_id, row.linked_at, row.linked_by = gid, linked_at, linked_by
            session.add(row)
    session.flush()
    return gid


def unlink(session: Session, store, person_id: str) -> None:
    """Take a person out of its group (undoes a link). A group left with one person is dissolved."""
    row = session.get(PersonLink, person_id)
    if row is None:
        raise NotFound(f"{_label(session, person_id)} is not linked to anyone.", code="person.not_linked", person=_label(session, person_id))
    gid = row.group_id
    session.delete(row)
    session.merge(PersonUnlinked(person_id=person_id, unlinked_at=audit.now()))
    session.flush()
    rest = list(session.exec(select(PersonLink).where(PersonLink.group_id == gid)))
    if len(rest) == 1:
        session.delete(rest[0])
    session.flush()
    store.log(session, "person_unlinked", "person", person_id, group=gid)


def reject(session: Session, store, a_person_id: str, b_person_id: str) -> None:
    """Remember that two persons are not the same: they are not suggested again."""
    for pid in (a_person_id, b_person_id):
        if not exists(session, pid):
            raise NotFound("That person is in no case of this store.", code="person.missing")
    if a_person_id == b_person_id:
        raise Conflict("A person cannot be told apart from itself.", code="person.apart_self")
    ga = group_of(session, a_person_id)
    if ga is not None and ga == group_of(session, b_person_id):
        raise Conflict(f"{_label(session, a_person_id)} and {_label(session, b_person_id)} are linked; "
                       "unlink one of them first.", code="person.apart_linked", a=_label(session, a_person_id), b=_label(session, b_person_id))
    lo, hi = sorted((a_person_id, b_person_id))
    if session.get(LinkRejected, (lo, hi)) is not None:
        return
    session.add(LinkRejected(a=lo, b=hi, rejected_at=audit.now()))
    session.flush()
    store.log(session, "link_rejected", "person", lo, other=hi)


def rejected(session: Session, a: str, b: str) -> bool:
    lo, hi = sorted((a, b))
    return session.get(LinkRejected, (lo, hi)) is not None


def protected_elsewhere(session: Session, case_id: str) -> dict[str, list[str]]:
    """Persons of this case linked to a person at risk in another case: person id -> the references
    of those other cases. Briefs and bundles treat them as at risk."""
    rows = session.execute(_sql("""
        SELECT DISTINCT p.person_id, c2.reference FROM "case" c
        JOIN person_index p ON p.case_pk = c.pk
        JOIN person_link l ON l.person_id = p.person_id
        JOIN person_link l2 ON l2.group_id = l.group_id
        JOIN person_index p2 ON p2.person_id = l2.person_id AND p2.at_risk
        JOIN "case" c2 ON c2.pk = p2.case_pk
        WHERE c.id = :case AND c2.pk != c.pk ORDER BY c2.reference"""), {"case": case_id})
    out: dict[str, list[str]] = {}
    for pid, ref in rows:
        out.setdefault(pid, []).append(ref)
    return out


def with_protection(case: Case, elsewhere: dict[str, list[str]]) -> Case:
    """A copy of the case in which the persons of ``elsewhere`` (protected_elsewhere) are at risk."""
    if not any(p.id in elsewhere and not p.at_risk for p in case.persons):
        return case
    persons = [p.model_copy(update={"at_risk": True}) if p.id in elsewhere else p for p in case.persons]
    return case.model_copy(update={"persons": persons})


def set_photo(session: Session, store, evidence_id: str, on: bool) -> None:
    """Mark (or unmark) an evidence file as the photo of the person it is recorded for. A person has
    one photo: marking another unmarks the earlier one."""
    ev = session.exec(select(Evidence).where(Evidence.id == evidence_id)).first()
    if ev is None or ev.removed_at is not None:
        raise NotFound("There is no such evidence file in this store.", code="evidence.gone")
    if on and (ev.record_id is None or not exists(session, ev.record_id)):
        raise Conflict(f"Exhibit {ev.number} is not recorded for a person, so it cannot be a person's photo.", code="photo.not_person", exhibit=ev.number)
    if bool(ev.photo) == bool(on):
        return
    if on:
        for other in session.exec(select(Evidence).where(Evidence.record_id == ev.record_id, Evidence.photo)):
            other.photo = False
            session.add(other)
    ev.photo = bool(on)
    session.add(ev)
    session.flush()
    store.log(session, "evidence_photo_set" if on else "evidence_photo_unset", "evidence", ev.id,
              case=ev.case_id, person=ev.record_id)


def photos_of_case(session: Session, case_id: str) -> set[str]:
    """The ids of a case's evidence files marked as a person's photo."""
    return set(session.exec(select(Evidence.id).where(Evidence.case_id == case_id, Evidence.photo,
                                                      Evidence.removed_at.is_(None))))
