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
staging transaction then rolls back. Rows left staged by a process that died are removed the
next time a bundle is received.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from sqlmodel import Session, select

from models.tables import CaseRow, Evidence
from storage import evidence as ev
from storage.errors import NotFound
from storage.sharing import EvidenceInfo, INTAKE_FIELDS

STAGED = "staged:"


@dataclass(frozen=True)
class Staged:
    pk: int
    info: EvidenceInfo


def _intake(info: ev.EvidenceInfo) -> dict:
    return {name: getattr(info, name) for name in INTAKE_FIELDS if getattr(info, name) not in (None, "")}


class StoreEvidence:
    """``storage.sharing.Evidence`` over the store's evidence files. One per send or receive."""

    def __init__(self, store):
        self._store = store
        self._cleaned = False

    # --- sending ---------------------------------------------------------------------------

    def list(self, session: Session, case_id: str) -> list[EvidenceInfo]:
        return [EvidenceInfo(f.id, f.case_id, f.size, f.sha256, f.filename, _intake(f))
                for f in ev.list_files(session, case_id)]

    def open(self, evidence_id: str) -> BinaryIO:
        return ev.ReadAhead(self._store, evidence_id)

    def sent(self, session: Session, files: list[EvidenceInfo], manifest) -> None:
        for f in files:
            number = (f.intake or {}).get("number")
            self._store.log(session, "evidence_included_in_bundle", "evidence", f.id, case=f.case_id, number=number,
                            sha256=f.sha256, bundle=manifest.id, recipients=len(manifest.recipients))

    # --- receiving -------------------------------------------------------------------------

    def has(self, session: Session, evidence_id: str) -> bool:
        row = session.exec(select(Evidence.case_id).where(Evidence.id == evidence_id)).first()
        return row is not None and not row.startswith(STAGED)

    def stage(self, info: EvidenceInfo, reader: BinaryIO) -> Staged:
        if not self._cleaned:
            discard_leftovers(self._store)
            self._cleaned = True
        ev._check_space(self._store, info.size)
        intake = info.intake or {}
        staged_case = STAGED + info.case_id
        with self._store.write() as s:
            row = Evidence(id=info.id, case_id=staged_case, record_id=intake.get("record_id"),
                           number=ev._next_number(s, staged_case), filename=info.filename or "evidence",
                           media_type=intake.get("media_type") or "", size=info.size, sha256=info.sha256,
                           description=intake.get("description", ""), source=intake.get("source", ""),
                           received_on=_date_or_none(intake.get("received_on")),
                           added_at=intake.get("added_at") or ev._now(),
                           added_by=intake.get("added_by") or self._store.actor)
            s.add(row)
            s.flush()
            # the bundle reader checks these bytes against the signed manifest: no second hash here
            ev._write_chunks(s, row.pk, reader, info.size, None, hashed=False)
            pk = row.pk
        ev._release_log(self._store, info.size)
        return Staged(pk, info)

    def commit(self, session: Session, staged: list[Staged], manifest) -> None:
        """In the merge transaction: each staged file joins its case, with a free exhibit number."""
        for item in staged:
            row = session.get(Evidence, item.pk)
            case = session.exec(select(CaseRow).where(CaseRow.id == item.info.case_id)).first()
            if row is None or case is None:
                raise NotFound("A file of this bundle was lost before it could be added. Nothing was changed.")
            wanted = (item.info.intake or {}).get("number")
            taken = wanted is None or wanted < 1 or session.exec(
                select(Evidence.pk).where(Evidence.case_id == case.id, Evidence.number == wanted)).first()
            row.number = ev._next_number(session, case.id) if taken else wanted
            row.case_id = case.id
            try:
                ev._check_record(session, case, row.record_id)
            except NotFound:
                row.record_id = None  # the person or event it was about is not in this case here
            if not row.media_type:
                row.media_type = "application/octet-stream"
            session.add(row)
            session.flush()
            self._store.log(session, "evidence_received_in_bundle", "evidence", row.id, case=case.id,
                            number=row.number, size=row.size, sha256=row.sha256, bundle=manifest.id,
                            signer=manifest.fingerprint)

    def discard(self, staged: list[Staged]) -> None:
        if staged:
            _delete(self._store, [item.pk for item in staged])


def _date_or_none(value: str | None) -> str | None:
    try:
        return ev._check_received_on(value)
    except ev.EvidenceError:
        return None


def _delete(store, pks: list[int]) -> None:
    size = 0
    with store.write() as s:
        conn = s.connection()
        for pk in pks:
            row = s.get(Evidence, pk)
            if row is None or not row.case_id.startswith(STAGED):
                continue
            size += row.size
            conn.exec_driver_sql("DELETE FROM evidence_chunk WHERE evidence_pk = ?", (pk,))
            conn.exec_driver_sql("DELETE FROM evidence WHERE pk = ?", (pk,))
    # The log still holds the overwritten (encrypted) pages; give the space back.
    ev._release_log(store, max(size, ev.CHECKPOINT_AFTER))


def staged_count(store) -> int:
    with store.read() as s:
        return len(s.exec(select(Evidence.pk).where(Evidence.case_id.startswith(STAGED))).all())


def discard_leftovers(store) -> None:
    """Remove files staged by a receive that never finished (the process died half-way)."""
    with store.read() as s:
        pks = list(s.exec(select(Evidence.pk).where(Evidence.case_id.startswith(STAGED))))
    if pks:
        _delete(store, pks)

