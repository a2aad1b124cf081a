"""Links in the interchange format: sent with the cases (export-json, bundles), merged on import.

A document carries, for each group of linked persons, the persons of its own cases in that group
and when the group last changed (``linked_at``). On import or receipt, a link adds to the links
here and never removes one: an unlink is not sent. A person unlinked here after the link was made
is left out of it, so an older document or a replayed bundle does not undo a later unlink; a link
that would hold two persons of one case, or a pair rejected here, is skipped.
"""
from __future__ import annotations

from sqlalchemy import text as _sql
from sqlmodel import Session

from models.interchange import MAX_LINK_PERSONS, InterchangeError, Link
from models.tables import LinkRejected, PersonUnlinked
from storage import people


def links_to_send(session: Session, case_ids: list[str]) -> list[Link]:
    """The links among the persons of these cases: a group is sent with its persons in them only."""
    if not case_ids:
        return []
    groups: dict[str, list] = {}
    for i in range(0, len(case_ids), 500):
        part = case_ids[i:i + 500]
        marks = ", ".join(f":c{j}" for j in range(len(part)))
        rows = session.execute(_sql(
            'SELECT l.group_id, l.person_id, l.linked_at, l.linked_by FROM "case" c '
            "JOIN person_index p ON p.case_pk = c.pk JOIN person_link l ON l.person_id = p.person_id "
            f"WHERE c.id IN ({marks})"), {f"c{j}": v for j, v in enumerate(part)})
        for gid, pid, at, by in rows:
            groups.setdefault(gid, []).append((pid, at, by))
    out = []
    for members in groups.values():
        persons = sorted({pid for pid, _, _ in members})
        if len(persons) < 2:
            continue
        last = max(members, key=lambda m: m[1])
        # A group larger than a link holds goes as several links, each with the group's first person.
        step = MAX_LINK_PERSONS - 1
        for i in range(1, len(persons), step):
            chunk = [persons[0], *persons[i:i + step]]
            out.append(Link(persons=chunk, linked_at=last[1], linked_by=last[2][:200]))
    return out


def apply_links(session: Session, store, links: list[Link], document_persons: set[str], source: str) -> tuple[int, int]:
    """Merge the links of a document into the store: (links applied, links skipped). A person
    named by a link must be a person of the document or of the store: otherwise InterchangeError,
    and the caller's transaction changes nothing."""
    for i, link in enumerate(links):
        for j, pid in enumerate(link.persons):
            if pid not in document_persons and not people.exists(session, pid):
                raise InterchangeError([f"links[{i}].persons[{j}]: no person of the document or of this store has this id"])
    applied = skipped = 0
    for link in links:
        kept = [p for p in link.persons if people.exists(session, p) and not _unlinked_since(session, p, link.linked_at)]
        groups = {people.group_of(session, p) or p for p in kept}
        if len(groups) < 2:  # nothing new: already one group, or fewer than two persons left
            skipped += len(kept) < 2
            continue
        if _rejected_within(session, kept) or people.clash(session, kept) is not None:
            skipped += 1
            continue
        gid = people.join(session, kept, link.linked_at, link.linked_by)
        store.log(session, "person_linked", "person", kept[0], others=kept[1:], group=gid, source=source)
        applied += 1
    return applied, skipped


def _unlinked_since(session: Session, person_id: str, linked_at: str) -> bool:
    row = session.get(PersonUnlinked, person_id)
    return row is not None and row.unlinked_at >= linked_at


def _rejected_within(session: Session, person_ids: list[str]) -> bool:
    ids = sorted(set(person_ids))
    return any(session.get(LinkRejected, (a, b)) is not None for i, a in enumerate(ids) for b in ids[i + 1:])
