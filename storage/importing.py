"""What the two imports of interchange documents share (storage.interchange_io, the whole
document at once; storage.bulk_import, a stream): the result of a case, a case that the store
may already hold, and the end of an import."""
from __future__ import annotations

from dataclasses import dataclass

from models import interchange
from models.interchange import InterchangeError
from storage import cases, facilities, people_links
from storage.errors import Conflict


@dataclass(frozen=True)
class ImportResult:
    reference: str
    id: str
    outcome: str  # added, updated, unchanged
    corrected: tuple[str, ...] = ()  # what was corrected rather than refused: "persons[0].names[1].script: ..."


def same_reference(i: int, reference: str, j: int) -> InterchangeError:
    return InterchangeError([f"cases[{i}].reference: '{reference}' is also the reference of cases[{j}]"])


def import_case(s, store, i: int, case: interchange.Case, reason: str, corrected: tuple[str, ...]) -> ImportResult:
    """Add or update case i of a document (inside the import's transaction)."""
    if case.id is None and (same := cases.unchanged_id(s, case)):
        # The same document without ids again: "unchanged", not a clash of references.
        case = case.model_copy(update={"id": same})
    try:
        stored, outcome = cases.save_case(s, store, case, reason=reason)
    except Conflict:
        raise InterchangeError([f"cases[{i}].reference: '{case.reference}' is already used by another case "
                                "in this store (a different id)"]) from None
    return ImportResult(stored.reference, stored.id, outcome, corrected)


def finish_import(s, store, doc: interchange.Document, persons: set[str], results: list[ImportResult],
                  reason: str) -> None:
    """After the cases of a document: what its other sections carry (links between the persons
    it gave ids to, the facilities its events point to), and the import in the audit log. Both
    import paths end here."""
    linked = {}
    # The registry after the cases: a facility added indexes again the cases that point to it.
    added, updated = facilities.apply_facilities(s, store, doc.facilities, source="import")
    problems = facilities.dangling(s, [r.id for r in results])
    if problems:
        raise InterchangeError(problems)
    if added or updated:
        linked.update(facilities_added=added, facilities_updated=updated)
    if doc.links:  # after the cases, so that their persons are known
        applied, skipped = people_links.apply_links(s, store, doc.links, persons, source="import")
        linked = {"links_applied": applied, "links_skipped": skipped}
    store.log(s, "imported", "document", None, reason=reason, added=sum(r.outcome == "added" for r in results),
              updated=sum(r.outcome == "updated" for r in results), **linked)


