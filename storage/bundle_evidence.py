"""The store's evidence files as sharing sees them (``storage.sharing.Evidence``).

    ev = StoreEvidence(store)
    sharing.send(store, refs, to, out, evidence=ev)        # files read from the store, streamed
    sharing.receive(store, path, evidence=StoreEvidence(store))

Sending reads each file with ``storage.evidence.ReadAhead``: chunks decrypted a few ahead by
threads of their own, so that SQLCipher's decryption of the store runs beside age's encryption of
the bundle and on every core; memory stays at a few MiB.

Receiving streams each incoming file straight into the store as a *staged* row: its case id
carries the ``STAGED`` prefix, so no list, count, brief or exhibit number of any case sees it
(and the case it belongs to may not exist yet). The merge transaction gives the row its real case
and exhibit number; a refused bundle deletes it (``secure_delete`` zeroes the pages). The bytes
are never checked twice: the bundle reader hands over a stream that raises at its end unless
size and SHA-256 match the signed manifest, which carries the sender's intake hash, and the
staging transaction then rolls back. Nothing is staged before the signed manifest was checked
(signer accepted, sizes within the limits and the free disk: ``check_room``). Rows left staged
by a process that died are removed when the store is opened (and before the next receive).
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import BinaryIO

from sqlmodel import Session, select

from exports.bundle import BundleError, Refusal
from models.evidence import EvidenceRecord, format_size
from models.tables import Evidence
from storage import evidence as ev

STAGED = "staged:"


@dataclass(frozen=True)
class Staged:
    pk: int
    info: EvidenceRecord


class StoreEvidence:
    """``storage.sharing.Evidence`` over the store's evidence files. One per send or receive."""

    def __init__(self, store):
        self._store = store
        self._cleaned = False

    # --- sending ---------------------------------------------------------------------------

    def list(self, session: Session, case_id: str) -> list[EvidenceRecord]:
        return ev.list_files(session, case_id)

    def open(self, evidence_id: str) -> BinaryIO:
        return ev.ReadAhead(self._store, evidence_id)

    def sent(self, session: Session, files: list[EvidenceRecord], manifest) -> None:
        for f in files:
            self._store.log(session, "evidence_included_in_bundle", "evidence", f.id, case=f.case_id,
                            number=f.number or None, sha256=f.sha256, bundle=manifest.id,
                            recipients=len(manifest.recipients))

    # --- receiving -------------------------------------------------------------------------

    def has(self, session: Session, evidence_id: str) -> bool:
        row = session.exec(select(Evidence.case_id).where(Evidence.id == evidence_id)).first()
        return row is not None and not row.startswith(STAGED)

    def check_room(self, total: int, largest: int) -> None:
        """Before the first byte: every declared file is kept, and the largest passes once more
        through the write-ahead log; refused (as the bundle) when the disk lacks that room."""
        free = shutil.disk_usage(self._store.path).free
        needed = total + (ev.SPACE_FACTOR - 1) * largest + ev.SPACE_MARGIN
        if free < needed:
            raise BundleError(f"Not enough free disk space for this bundle's evidence files: they need about "
                              f"{format_size(needed)} and {format_size(free)} is free. It was refused; "
                              "nothing was changed.", Refusal.INVALID, code="bundle.no_space", needed_bytes=needed,
                              free_bytes=free)

    def stage(self, info: EvidenceRecord, reader: BinaryIO) -> Staged:
        if not self._cleaned:
            discard_leftovers(self._store)
            self._cleaned = True
        # the bundle reader checks these bytes against the signed manifest: no second hash here
        return Staged(ev.keep_unfiled(self._store, info, reader, STAGED + info.case_id), info)

    def commit(self, session: Session, staged: list[Staged], manifest) -> None:
        """In the merge transaction: each staged file joins its case, with a free exhibit number."""
        for item in staged:
            filed = ev.file_into_case(session, item.pk, item.info.case_id, item.info.number)
            self._store.log(session, "evidence_received_in_bundle", "evidence", filed.id, case=filed.case_id,
                            number=filed.number, size=filed.size, sha256=filed.sha256, bundle=manifest.id,
                            signer=manifest.fingerprint)

    def discard(self, staged: list[Staged]) -> None:
        if staged:
            ev.purge(self._store, [item.pk for item in staged], STAGED)


def staged_count(store) -> int:
    with store.read() as s:
        return len(s.exec(select(Evidence.pk).where(Evidence.case_id.startswith(STAGED))).all())


def discard_leftovers(store) -> int:
    """Remove files staged by a receive that never finished (the process died half-way); how
    many. Only reads when there are none, so opening a store does not write to it."""
    with store.read() as s:
        pks = list(s.exec(select(Evidence.pk).where(Evidence.case_id.startswith(STAGED))))
    if pks:
        ev.purge(store, pks, STAGED)
    return len(pks)
