"""The interchange format in and out of a store: all or nothing."""
from __future__ import annotations

from pathlib import Path

from models import interchange
from models.interchange import InterchangeError
from storage import bulk_import, cases, facilities, people_links
from storage.files import atomic_write
from storage.importing import ImportResult, finish_import, import_case, same_reference


def import_document(store, doc: interchange.Document, reason: str = "imported",
                    progress=None) -> list[ImportResult]:
    """Add or update every case of a validated document in one transaction. On any error nothing
    is changed and InterchangeError names the case and the field."""
    results = []
    seen_refs: dict[str, int] = {}
    for i, case in enumerate(doc.cases):
        if case.reference in seen_refs:
            raise same_reference(i, case.reference, seen_refs[case.reference])
        seen_refs[case.reference] = i
    with store.write() as s:
        for i, case in enumerate(doc.cases):
            results.append(import_case(s, store, i, case, reason, tuple(doc.corrections(i))))
            if progress:
                progress(i + 1, len(doc.cases))
        persons = {p.id for c in doc.cases for p in c.persons if p.id}
        finish_import(s, store, doc, persons, results, reason)
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
    """The import use case of the window and the command line. A file larger than the limit of a
    document read whole is read as a stream instead (storage.bulk_import), to the same result."""
    if bulk_import.file_size(path) > interchange.MAX_DOCUMENT_BYTES:
        return bulk_import.import_cases(store, path, progress)
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
