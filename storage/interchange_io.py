"""The interchange format in and out of a store: all or nothing."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models import interchange
from models.interchange import InterchangeError
from storage import cases, facilities, people_links
from storage.errors import Conflict
from storage.files import atomic_write


@dataclass(frozen=True)
class ImportResult:
    reference: str
    id: str
    outcome: str  # added, updated, unchanged
    corrected: tuple[str, ...] = ()  # what was corrected rather than refused: "persons[0].names[1].script: ..."


def import_document(store, doc: interchange.Document, reason: str = "imported",
                    progress=None) -> list[ImportResult]:
    """Add or update every case of a validated document in one transaction. On any error nothing
    is changed and InterchangeError names the case and the field."""
    results = []
    seen_refs: dict[str, int] = {}
    for i, case in enumerate(doc.cases):
        if case.reference in seen_refs:
            raise InterchangeError([f"cases[{i}].reference: '{case.reference}' is also the reference of cases[{seen_refs[case.reference]}]"])
        seen_refs[case.reference] = i
    with store.write() as s:
        # The registry first, so that the events of the cases point to facilities that are here.
        added, updated = facilities.apply_facilities(s, store, doc.facilities, doc.cases, source="import")
        for i, case in enumerate(doc.cases):
            if case.id is None and (same := cases.unchanged_id(s, case)):
                # The same document without ids again: "unchanged", not a clash of references.
                case = case.model_copy(update={"id": same})
            try:
                stored, outcome = cases.save_case(s, store, case, reason=reason)
            except Conflict:
                raise InterchangeError([f"cases[{i}].reference: '{case.reference}' is already used by another case "
                                        "in this store (a different id)"]) from None
            results.append(ImportResult(stored.reference, stored.id, outcome, tuple(doc.corrections(i))))
            if progress:
                progress(i + 1, len(doc.cases))
        linked = {}
        if doc.links:  # after the cases, so that their persons are known
            persons = {p.id for c in doc.cases for p in c.persons if p.id}
            applied, skipped = people_links.apply_links(s, store, doc.links, persons, source="import")
            linked = {"links_applied": applied, "links_skipped": skipped}
        if added or updated:
            linked.update(facilities_added=added, facilities_updated=updated)
        store.log(s, "imported", "document", None, reason=reason, added=sum(r.outcome == "added" for r in results),
                  updated=sum(r.outcome == "updated" for r in results), **linked)
    return results


def read_document_bytes(path: Path) -> bytes:
    """The bytes of a document file, read only up to the size limit (a FIFO or /dev/zero too)."""
    with open(path, "rb") as f:
        data = f.read(interchange.MAX_DOCUMENT_BYTES + 1)
    if len(data) > interchange.MAX_DOCUMENT_BYTES:
        raise InterchangeError([f"{Path(path).name} is larger than the limit of "
                                f"{interchange.MAX_DOCUMENT_BYTES // (1024 * 1024)} MiB for a document"])
    return data


def import_file(store, path: Path, progress=None) -> list[ImportResult]:
    data = read_document_bytes(path)
    return import_document(store, interchange.loads(data), reason=f"imported from {Path(path).name}", progress=progress)


def export_document(store, refs_or_ids: list[str] | None = None, reason: str = "exported") -> str:
    with store.read() as s:
        selected = cases.get_cases(s, refs_or_ids)
        links = people_links.links_to_send(s, [c.id for c in selected])
        registry = facilities.facilities_to_send(s, selected)
    with store.write() as s:
        store.log(s, "exported", "document", None, reason=reason, cases=[c.id for c in selected])
    return interchange.to_json(selected, links=links, facilities=registry)


def export_file(store, refs_or_ids: list[str] | None, path: Path) -> Path:
    """The export use case of the window and the command line: the cases (all when none is named)
    as a plaintext interchange file, written atomically, the export in the audit log."""
    path = Path(path)
    text = export_document(store, refs_or_ids, reason=f"exported to {path.name}")
    atomic_write(path, text.encode("utf-8"))
    return path
