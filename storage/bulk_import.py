"""The import of a large interchange document: read as a stream, written in batches, all or nothing.

The result is the normal import's (storage.interchange_io.import_document): every case validated
by the same schema, added as save_case adds one (its document, list row, derived indexes through
cases.write_derived, an audit entry "case_added"), the same ImportResult for each; a case whose
id or reference the store already holds (or that the document gave earlier) goes through the
normal import's own code, revision included. One transaction: a bad case at 90,000 rolls
back the 89,999 before it. Only a batch of cases is in memory at a time (README, bulk-import).
"""
from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from models.interchange import Case
from models.interchange_stream import CaseStream
from models.tables import CaseRow
from storage import cases
from storage.db import BULK_CACHE, CACHE_SIZE
from storage.importing import ImportResult, finish_import, import_case, same_reference

BATCH = 500


def file_size(path: Path) -> int:
    """The size of a regular file, for progress; 0 when it cannot be known (a pipe)."""
    st = os.stat(path)
    return st.st_size if stat.S_ISREG(st.st_mode) else 0


def import_cases(store, path: Path, progress=None, reason: str | None = None) -> list[ImportResult]:
    """Import every case of the document at ``path``; ``progress(done, total)`` in KiB of the file
    read (total 0 when the size is not known). Raises InterchangeError, and changes nothing, when
    any case or the document is refused."""
    path = Path(path)
    reason = reason or f"imported from {path.name}"
    total = file_size(path) // 1024
    stream = CaseStream(path)
    results: list[ImportResult] = []
    seen_refs: dict[str, int] = {}
    seen_ids: set[str] = set()
    persons: set[str] = set()  # the ids the document gives its persons (links may name them)
    with store.write() as s:
        conn = s.connection()
        conn.exec_driver_sql(BULK_CACHE)
        try:
            pending: list[tuple[int, Case, tuple[str, ...]]] = []
            for i, case, corrected in stream:
                if case.reference in seen_refs:
                    raise same_reference(i, case.reference, seen_refs[case.reference])
                seen_refs[case.reference] = i
                persons.update(p.id for p in case.persons if p.id)
                pending.append((i, case, tuple(corrected)))
                if len(pending) == BATCH:
                    _write(s, store, pending, seen_ids, reason, results)
                    pending = []
                    if progress:
                        progress(stream.bytes_read // 1024, total)
            _write(s, store, pending, seen_ids, reason, results)
            finish_import(s, store, stream.sections(), persons, results, reason)
        finally:
            # The connection goes back to the pool with the cache every other connection has
            # (a connection this fails on is not used again, and the import's own error is the one to see).
            with suppress(SQLAlchemyError):
                conn.exec_driver_sql(CACHE_SIZE)
    if progress:
        progress(total, total)
    return results


def _write(s, store, pending, seen_ids: set[str], reason: str, results: list[ImportResult]) -> None:
    """Write a batch in document order: runs of new cases at once, any other case on its own."""
    if not pending:
        return
    ids = [c.id for _, c, _ in pending if c.id]
    known_ids = set(s.execute(select(CaseRow.id).where(CaseRow.id.in_(ids))).scalars()) if ids else set()
    known_refs = set(s.execute(select(CaseRow.reference)
                               .where(CaseRow.reference.in_([c.reference for _, c, _ in pending]))).scalars())
    new: list[tuple[Case, tuple[str, ...]]] = []

    def add_new():
        added = cases.add_new_cases(s, store, [c for c, _ in new], reason)
        results.extend(ImportResult(c.reference, c.id, "added", corrected) for c, (_, corrected) in zip(added, new))
        new.clear()

    for i, case, corrected in pending:
        if case.reference in known_refs or (case.id and (case.id in known_ids or case.id in seen_ids)):
            add_new()
            results.append(import_case(s, store, i, case, reason, corrected))
        else:
            new.append((case, corrected))
        if case.id:
            seen_ids.add(case.id)
    add_new()

