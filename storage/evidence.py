"""Evidence files: encrypted inside the store, streamed in 1 MiB chunks, with a chain of custody.

    info = add_file(store, "ALA-2024-001", path, description="Detention notice", source="the applicant")
    with store.read() as s: files = list_files(s, info.case_id)
    with open_reader(store, info.id) as r: data = r.read(65536)
    record_custody(store, info.id, "viewed")
    problems = verify_store(store)          # [] when the store and every file are sound

A file's record is ``models.evidence.EvidenceRecord``.
Receiving a bundle (``storage.bundle_evidence``) keeps files apart until they are merged, through
three functions of this module: ``keep_unfiled`` (stream a file in under a holding case id),
``file_into_case`` (give it its case and exhibit number) and ``purge`` (forget held files).

Attaching is one write transaction: the metadata row, every chunk and the audit entry are
committed together or not at all, so a process killed half-way leaves nothing behind (SQLite's
write-ahead log is simply not committed). The price, for a file of several GiB, is that the log
grows to about the file's size until the commit is checkpointed into the database, so the attach
needs about twice the file's size free on disk (checked before starting), and other writes wait
for it (the window attaches on a background thread). After a large attach the log is checkpointed
and truncated at once, giving the space back. Content never exists in plaintext on disk: the
database, its log and SQLite's temporary storage (``temp_store = MEMORY``) are all encrypted or
in memory, and a removed file's pages are zeroed (``secure_delete = ON``).

Every later action on a file is an audit entry (``evidence_<action>``, entity ``evidence``) in the
store's HMAC chain; the entries name the file's id, case, number, size and hash, never its name
or description.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import mimetypes
import os
import queue
import shutil
import threading
import uuid
from pathlib import Path
from typing import BinaryIO, Callable

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from exports.chunks import Chunks
from models.dates import PartialDate
from models.evidence import EvidenceRecord, format_size
from models.tables import AuditEntry, CaseRow, Evidence
from storage import audit
from storage.db import CACHE_SIZE, STREAMING_CACHE
from storage.errors import Conflict, NotFound, StoreError
from storage.files import atomic_writer

CHUNK = 1024 * 1024
# An attach needs room for the write-ahead log and for the database pages it is copied into.
SPACE_FACTOR, SPACE_MARGIN = 2, 64 * CHUNK
CHECKPOINT_AFTER = 64 * CHUNK
CUSTODY_ACTIONS = frozenset({"viewed", "exported", "opened_externally", "included_in_brief",
                             "included_in_bundle", "sent"})
_RECORD_LISTS = ("persons", "accounts", "events")

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
# A damaged page surfaces as the driver's error or as SQLAlchemy's wrapping of it.
_DAMAGE = (sqlcipher.DatabaseError, DBAPIError)


class EvidenceError(StoreError):
    """A file that cannot be attached or read as asked; the message says why."""


class EvidenceMismatch(EvidenceError):
    """Content whose SHA-256 or size is not what its record says."""


# The one record shape and size formatter, under the names this module's callers know them by.


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def media_type(head: bytes, filename: str) -> str:
    """The type from the content's first bytes (a photo named without extension is still a photo);
    the file name decides only where the content says no more than "a zip" or nothing."""
    import filetype

    sniffed = filetype.guess_mime(head) if head else None
    by_name = mimetypes.guess_type(filename, strict=False)[0]
    if sniffed and not (sniffed == "application/zip" and by_name):
        return sniffed
    return by_name or "application/octet-stream"


# --- reading the case a file belongs to ------------------------------------------------------

def _case_row(session: Session, ref_or_id: str) -> CaseRow:
    row = session.exec(select(CaseRow).where((CaseRow.id == ref_or_id) | (CaseRow.reference == ref_or_id))).first()
    if row is None:
        raise NotFound(f"There is no case {ref_or_id} in this store.", code="case.missing", ref=ref_or_id)
    return row


def _check_record(session: Session, row: CaseRow, record_id: str | None) -> None:
    if record_id is None:
        return
    from storage.cases import get_case

    case = get_case(session, row.id)
    ids = {r.id for name in _RECORD_LISTS for r in getattr(case, name)}
    if record_id not in ids:
        raise NotFound(f"Case {row.reference} has no person, account or event with the id {record_id}.", code="record.missing", ref=row.reference, id=record_id)


def _check_received_on(received_on: str | None) -> str | None:
    if not received_on:
        return None
    try:
        return PartialDate.parse(received_on).iso()
    except ValueError:
        raise EvidenceError(f"'{received_on}' is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD.", code="evidence.bad_date", date=received_on) from None


def _check_space(store, size: int) -> None:
    """Refuse (EvidenceError) a file of ``size`` bytes when the disk lacks room to take it in."""
    free = shutil.disk_usage(store.path).free
    needed = SPACE_FACTOR * size + SPACE_MARGIN
    if free < needed:
        raise EvidenceError(f"Not enough free disk space to attach a file of {format_size(size)}: it needs about "
                            f"{format_size(needed)} while it is being added, and {format_size(free)} is free. "
                            "Nothing was added.", code="evidence.no_space", size_bytes=size, needed_bytes=needed, free_bytes=free)


def _next_number(session: Session, case_id: str) -> int:
    # Removed files keep their row, so a number once given is never given again.
    return (session.exec(select(func.max(Evidence.number)).where(Evidence.case_id == case_id)).one() or 0) + 1


# --- writing -----------------------------------------------------------------------------------

def _write_chunks(session: Session, evidence_pk: int, source: BinaryIO, total: int,
                  progress: Progress | None, hashed: bool = True) -> tuple[str, int, bytes]:
    """Copy ``source`` into chunk rows; returns its SHA-256 (empty when not ``hashed``: a caller
    that checks the bytes elsewhere), its size and its first bytes. The source is read and hashed
    on a thread of its own (``exports.chunks``) while SQLCipher encrypts the chunk before."""
    cursor = session.connection().connection.dbapi_connection.cursor()
    head = b""
    with Chunks(source, CHUNK, hashed=hashed) as chunks:
        for seq, piece in enumerate(chunks):
            if seq == 0:
                head = bytes(piece[:4096])
            cursor.execute("INSERT INTO evidence_chunk (evidence_pk, seq, data) VALUES (?, ?, ?)",
                           (evidence_pk, seq, piece))
            if progress:
                progress(chunks.size, max(total, chunks.size))
        return chunks.hexdigest() if hashed else "", chunks.size, head


def _release_log(store, size: int) -> None:
    """Give back the disk space a large write-ahead log took; harmless when a reader holds it."""
    if size < CHECKPOINT_AFTER:
        return
    raw = store.engine.raw_connection()  # outside any transaction: a checkpoint cannot run inside one
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlcipher.OperationalError:
        pass
    finally:
        raw.close()


def add_file(store, case_ref_or_id: str, path: Path, *, description: str = "", record_id: str | None = None,
             source: str = "", received_on: str | None = None, progress: Progress | None = None) -> EvidenceRecord:
    """Attach the file at ``path`` to a case (and to one of its persons, accounts or events).
    All or nothing: on any error, or if the process dies, nothing of it is in the store."""
    path = Path(path)
    if not path.is_file():
        if path.exists():
            raise EvidenceError(f"{path} is not a file. Attach files one at a time.", code="evidence.not_a_file", path=path)
        raise FileNotFoundError(2, "No such file", str(path))
    received_on = _check_received_on(received_on)
    with path.open("rb") as f:
        size = path.stat().st_size
        _check_space(store, size)
        with store.write() as s:
            case = _case_row(s, case_ref_or_id)
            _check_record(s, case, record_id)
            row = Evidence(id=str(uuid.uuid4()), case_id=case.id, record_id=record_id,
                           number=_next_number(s, case.id), filename=path.name, media_type="", size=0,
                           sha256="", description=description.strip(), source=source.strip(),
                           received_on=received_on, added_at=_now(), added_by=store.actor)
            s.add(row)
            s.flush()
            sha, done, head = _write_chunks(s, row.pk, f, size, progress)
            if done != path.stat().st_size:
                raise EvidenceError(f"{path.name} changed while it was being attached. Nothing was added; "
                                    "attach it again once nothing is writing to it.", code="evidence.changed_while_attaching", file=path.name)
            row.sha256, row.size, row.media_type = sha, done, media_type(head, path.name)
            s.add(row)
            store.log(s, "evidence_attached", "evidence", row.id, case=case.id, number=row.number,
                      size=done, sha256=sha)
            info = EvidenceRecord.of(row)
    _release_log(store, done)
    return info


def add_stream(store, case_id: str, info: EvidenceRecord, reader: BinaryIO,
               progress: Progress | None = None) -> tuple[EvidenceRecord, str]:
    """Add a file that comes with its record (a bundle from a colleague), keeping its id and intake
    details. The content must have the SHA-256 and size the record gives, or nothing is added.
    Returns the file as stored and "added" or "unchanged" (the same file was already here)."""
    _check_space(store, info.size)
    with store.write() as s:
        case = _case_row(s, case_id)
        existing = s.exec(select(Evidence).where(Evidence.id == info.id)).first()
        if existing is not None:
            if existing.removed_at is not None:
                raise Conflict(f"Evidence file {info.id} was removed from this store; it is not added again.", code="evidence.removed", id=info.id)
            if existing.case_id != case.id or existing.sha256 != info.sha256:
                raise Conflict(f"Evidence file {info.id} is already in this store with other content or in another case.", code="evidence.id_clash", id=info.id)
            return EvidenceRecord.of(existing), "unchanged"
        _check_record(s, case, info.record_id)
        number = info.number
        if number < 1 or s.exec(select(Evidence.pk).where(Evidence.case_id == case.id,
                                                         Evidence.number == number)).first():
            number = _next_number(s, case.id)
        row = Evidence(id=info.id, case_id=case.id, record_id=info.record_id, number=number,
                       filename=info.filename, media_type=info.media_type, size=0, sha256="",
                       description=info.description, source=info.source,
                       received_on=_check_received_on(info.received_on), added_at=info.added_at or _now(),
                       added_by=info.added_by or store.actor)
        s.add(row)
        s.flush()
        sha, done, head = _write_chunks(s, row.pk, reader, info.size, progress)
        if sha != info.sha256.lower() or done != info.size:
            raise EvidenceMismatch(f"The content of {info.filename} does not match the SHA-256 and size it came with: "
                                   "it was altered or damaged on the way. Nothing was added.", code="evidence.altered_in_transit", file=info.filename)
        row.sha256, row.size = sha, done
        row.media_type = row.media_type or media_type(head, row.filename)
        s.add(row)
        store.log(s, "evidence_received", "evidence", row.id, case=case.id, number=number, size=done, sha256=sha)
        stored = EvidenceRecord.of(row)
    _release_log(store, done)
    return stored, "added"


# --- files kept apart until they are filed (a bundle being received) ---------------------------

def keep_unfiled(store, record: EvidenceRecord, reader: BinaryIO, holding_case_id: str) -> int:
    """Stream ``reader`` into the store as a file of ``holding_case_id`` (a case id no case has, so
    no list or count sees it) with ``record``'s intake details; returns its row's key for
    ``file_into_case`` or ``purge``. The bytes are not hashed here: the caller's reader checks them
    (a bundle's part raises at its end unless size and SHA-256 match), and an error rolls back.
    Intake details that do not hold (a date that is not one) are dropped rather than refused."""
    _check_space(store, record.size)
    try:
        received_on = _check_received_on(record.received_on)
    except EvidenceError:
        received_on = None
    with store.write() as s:
        row = Evidence(id=record.id, case_id=holding_case_id, record_id=record.record_id,
                       number=_next_number(s, holding_case_id), filename=record.filename or "evidence",
                       media_type=record.media_type, size=record.size, sha256=record.sha256,
                       description=record.description, source=record.source, received_on=received_on,
                       added_at=record.added_at or _now(), added_by=record.added_by or store.actor)
        s.add(row)
        s.flush()
        _write_chunks(s, row.pk, reader, record.size, None, hashed=False)
        pk = row.pk
    _release_log(store, record.size)
    return pk


def file_into_case(session: Session, pk: int, case_id: str, number: int = 0) -> EvidenceRecord:
    """In the caller's transaction: a file kept by ``keep_unfiled`` joins case ``case_id`` as
    exhibit ``number`` if that number is free there, else as the case's next one. A person, account
    or event it was about that this case does not have is forgotten. NotFound if either is gone."""
    row = session.get(Evidence, pk)
    case = session.exec(select(CaseRow).where(CaseRow.id == case_id)).first()
    if row is None or case is None:
        raise NotFound("A file of this bundle was lost before it could be added. Nothing was changed.", code="bundle.file_lost")
    taken = number < 1 or session.exec(
        select(Evidence.pk).where(Evidence.case_id == case.id, Evidence.number == number)).first()
    row.number = _next_number(session, case.id) if taken else number
    row.case_id = case.id
    try:
        _check_record(session, case, row.record_id)
    except NotFound:
        row.record_id = None
    if not row.media_type:
        row.media_type = "application/octet-stream"
    session.add(row)
    session.flush()
    return EvidenceRecord.of(row)


def purge(store, pks: list[int], holding_prefix: str) -> None:
    """Delete files kept by ``keep_unfiled``, content and row, leaving no trace. Only rows whose
    case id starts with ``holding_prefix`` are touched: a filed exhibit is never deleted here."""
    size = 0
    with store.write() as s:
        conn = s.connection()
        for pk in pks:
            row = s.get(Evidence, pk)
            if row is None or not row.case_id.startswith(holding_prefix):
                continue
            size += row.size
            conn.exec_driver_sql("DELETE FROM evidence_chunk WHERE evidence_pk = ?", (pk,))
            conn.exec_driver_sql("DELETE FROM evidence WHERE pk = ?", (pk,))
    # The log still holds the overwritten (encrypted) pages; give the space back.
    _release_log(store, max(size, CHECKPOINT_AFTER))


def record_custody(store, evidence_id: str, action: str, *, session: Session | None = None,
                   **detail) -> AuditEntry:
    """Put one action on a file (viewed, exported, included in a brief or a bundle...) in the audit
    chain. ``detail`` names things (a profile, a recipient's fingerprint), never case content.
    Given an open write ``session``, the entry is part of that transaction (a brief and the
    custody of its exhibits are recorded together); otherwise it is a transaction of its own."""
    if action not in CUSTODY_ACTIONS:
        raise ValueError(f"unknown custody action {action!r}; one of {sorted(CUSTODY_ACTIONS)}")
    if session is None:
        with store.write() as s:
            return record_custody(store, evidence_id, action, session=s, **detail)
    row = _row(session, evidence_id)
    return store.log(session, f"evidence_{action}", "evidence", row.id, case=row.case_id, number=row.number,
                     sha256=row.sha256, **detail)


def log_custody(session: Session, store, evidence_id: str, action: str, **detail) -> AuditEntry:
    """``record_custody`` inside the caller's open write transaction."""
    return record_custody(store, evidence_id, action, session=session, **detail)


def remove_file(store, evidence_id: str, reason: str = "") -> None:
    """Remove a file's content for good. Its row keeps the number, size and hash, so the custody
    record can still say which exhibit was removed; name, description and source go too."""
    with store.write() as s:
        row = _row(s, evidence_id)
        s.connection().exec_driver_sql("DELETE FROM evidence_chunk WHERE evidence_pk = ?", (row.pk,))
        size = row.size
        row.filename, row.description, row.source, row.removed_at = "", "", "", _now()
        s.add(row)
        detail = {"reason": reason} if reason else {}
        store.log(s, "evidence_removed", "evidence", row.id, case=row.case_id, number=row.number,
                  sha256=row.sha256, **detail)
    # The log still holds the (encrypted) pages that were overwritten; checkpoint it away.
    _release_log(store, max(size, CHECKPOINT_AFTER))


# --- reading -----------------------------------------------------------------------------------

def _row(session: Session, evidence_id: str) -> Evidence:
    row = session.exec(select(Evidence).where(Evidence.id == evidence_id, Evidence.removed_at.is_(None))).first()
    if row is None:
        raise NotFound(f"There is no evidence file {evidence_id} in this store.", code="evidence.missing", id=evidence_id)
    return row


def get_file(session: Session, evidence_id: str) -> EvidenceRecord:
    return EvidenceRecord.of(_row(session, evidence_id))


def list_files(session: Session, case_ref_or_id: str) -> list[EvidenceRecord]:
    """A case's files in exhibit order: what an exhibit index lists (number, description, size, SHA-256)."""
    case = _case_row(session, case_ref_or_id)
    rows = session.exec(select(Evidence).where(Evidence.case_id == case.id, Evidence.removed_at.is_(None))
                        .order_by(Evidence.number))
    return [EvidenceRecord.of(r) for r in rows]


def list_removed(session: Session, case_ref_or_id: str) -> list[tuple[EvidenceRecord, str]]:
    """A case's removed files and when each went: number, size and SHA-256 only (their name,
    description and source went with the content), so their custody can still be shown."""
    case = _case_row(session, case_ref_or_id)
    rows = session.exec(select(Evidence).where(Evidence.case_id == case.id, Evidence.removed_at.is_not(None))
                        .order_by(Evidence.number))
    return [(EvidenceRecord.of(r), r.removed_at) for r in rows]


def custody_history(session: Session, evidence_id: str) -> list[AuditEntry]:
    """Every audit entry about one file, oldest first: its chain of custody."""
    return list(reversed(audit.history(session, entity_id=evidence_id, limit=10**9)))


def _snapshot(store, evidence_id: str, streamed: bool = False):
    """A read connection and transaction on one snapshot of the store, with the file's pk and
    size in it (NotFound if it is not there). A ``streamed`` one reads the file straight through,
    with a small page cache; end it with ``_let_go``."""
    conn = store._read_engine.connect()
    trans = conn.begin()
    try:
        if streamed:
            conn.exec_driver_sql(STREAMING_CACHE)
        row = conn.exec_driver_sql("SELECT pk, size FROM evidence WHERE id = ? AND removed_at IS NULL",
                                   (evidence_id,)).first()
        if row is None:
            raise NotFound(f"There is no evidence file {evidence_id} in this store.", code="evidence.missing", id=evidence_id)
    except BaseException:
        _let_go(conn, trans, streamed)
        raise
    return conn, trans, row[0], row[1]


def _let_go(conn, trans, streamed: bool = False) -> None:
    """End a ``_snapshot``; a connection that streamed gets the pool's page cache back."""
    try:
        trans.rollback()
        if streamed:
            conn.exec_driver_sql(CACHE_SIZE)
    finally:
        conn.close()


def _missing(seq: int) -> EvidenceMismatch:
    return EvidenceMismatch(f"Part {seq + 1} of this file is missing from the store.", code="evidence.part_missing", part=seq + 1)


class EvidenceReader(io.RawIOBase):
    """Reads one file's content chunk by chunk, from one consistent snapshot of the store."""

    def __init__(self, store, evidence_id: str):
        super().__init__()
        self._conn, self._trans, self._pk, self.size = _snapshot(store, evidence_id)
        self._seq, self._buf, self._pos, self._done = 0, b"", 0, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._pos >= len(self._buf):
            if self._done >= self.size:
                return 0
            got = self._conn.exec_driver_sql("SELECT data FROM evidence_chunk WHERE evidence_pk = ? AND seq = ?",
                                             (self._pk, self._seq)).first()
            if got is None:
                raise _missing(self._seq)
            self._buf, self._pos, self._seq = bytes(got[0]), 0, self._seq + 1
            self._done += len(self._buf)
        n = min(len(b), len(self._buf) - self._pos)
        b[:n] = self._buf[self._pos:self._pos + n]
        self._pos += n
        return n

    def close(self) -> None:
        if not self.closed:
            _let_go(self._conn, self._trans)
        super().close()


# Threads reading one file side by side: two, or one less than the cores (up to four), so that
# what consumes the content (age's encryption, hashing) keeps a core. Measured on 2 cores only.
READERS = min(4, max(2, (os.cpu_count() or 2) - 1))
PREFETCH = 2  # chunks (1 MiB each) each reader decrypts ahead of their use


class ReadAhead:
    """A file's content for reading straight through (sending, hashing, exporting), decrypted
    ahead of its use by ``readers`` threads, each with a connection of its own: reader k reads
    chunks k, k + readers, ... SQLCipher decrypts and authenticates pages in C, without Python's
    lock, so the readers run side by side; one reader alone is the slowest part of a send. Chunks
    come back in order; a missing chunk stops the read (EvidenceMismatch), wherever it is: the
    file's recorded size says how many. Their connections use a small page cache, since a large one
    only costs allocations for pages read once. Use it in a ``with`` block; ``read(n)`` returns up
    to n bytes."""

    def __init__(self, store, evidence_id: str, readers: int = READERS):
        self._queues = [queue.Queue(maxsize=PREFETCH) for _ in range(readers)]
        self._stop = threading.Event()
        self._buf, self._pos, self._seq, self._done = b"", 0, 0, False
        self._threads: list[threading.Thread] = []
        try:
            for k in range(readers):
                conn, trans, pk, size = _snapshot(store, evidence_id, streamed=True)
                self._chunks = -(-size // CHUNK)  # as many as its recorded size fills
                thread = threading.Thread(target=self._run, args=(k, readers, conn, trans, pk),
                                          name=f"evidence-read-{k}", daemon=True)
                self._threads.append(thread)
                thread.start()
        except BaseException:
            self.close()
            raise

    def _put(self, k: int, item) -> bool:
        while not self._stop.is_set():
            try:
                self._queues[k].put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, k: int, readers: int, conn, trans, pk: int) -> None:
        try:
            cursor = conn.exec_driver_sql("SELECT seq, data FROM evidence_chunk WHERE evidence_pk = ? AND seq % ? = ? "
                                          "ORDER BY seq", (pk, readers, k))
            for seq, data in cursor:
                if not self._put(k, (seq, bytes(data))):
                    return
            self._put(k, None)
        except BaseException as exc:  # handed to the reading thread
            self._put(k, exc)
        finally:
            _let_go(conn, trans, streamed=True)

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes; whole chunks are handed over as they are, without a copy."""
        if self._done:
            return b""
        if self._pos >= len(self._buf):
            item = self._queues[self._seq % len(self._queues)].get()
            if item is None or isinstance(item, BaseException):
                self._done = True
                if item is not None:
                    raise item
                if self._seq < self._chunks:
                    raise _missing(self._seq)
                return b""
            seq, self._buf = item
            if seq != self._seq:
                self._done = True
                raise _missing(self._seq)
            self._pos, self._seq = 0, self._seq + 1
        end = len(self._buf) if n is None or n < 0 else min(len(self._buf), self._pos + n)
        piece = self._buf if (self._pos == 0 and end == len(self._buf)) else self._buf[self._pos:end]
        self._pos = end
        return piece

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_reader(store, evidence_id: str) -> io.BufferedReader:
    """A streaming binary reader of a file's content; use it in a ``with`` block. Reading is not
    a custody event by itself: the caller records what it did (viewed, exported, ...)."""
    return io.BufferedReader(EvidenceReader(store, evidence_id), buffer_size=CHUNK)


def read_bytes(store, evidence_id: str, limit: int = 256 * CHUNK) -> bytes:
    """The whole content in memory, for showing an image or a PDF; refused above ``limit``."""
    with open_reader(store, evidence_id) as r:
        if r.raw.size > limit:
            raise EvidenceError(f"This file is {format_size(r.raw.size)}, too large to show here.", code="evidence.too_large_to_show", size_bytes=r.raw.size)
        return r.read()


def _rehash(store, evidence_id: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with ReadAhead(store, evidence_id) as r:
        while piece := r.read(CHUNK):
            digest.update(piece)
            size += len(piece)
    return digest.hexdigest(), size


# --- checking -----------------------------------------------------------------------------------

def _quiet_sqlcipher(store) -> None:
    """SQLCipher prints its own low-level lines to standard error for every damaged page it meets;
    verify says the same in plain words, so those lines are switched off (a process-wide setting)."""
    raw = store.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
    finally:
        raw.close()


def verify_store(store, progress: Progress | None = None) -> list[str]:
    """Everything that is wrong with the store, in plain words; empty when it is sound. Checks
    SQLCipher's page authentication and SQLite's structure, re-reads every evidence file and
    recomputes its hash, and checks the audit chain. Reports damage; never repairs it."""
    problems: list[str] = []
    _quiet_sqlcipher(store)
    try:
        found = store.integrity_problems()
        pages = [p for p in found if p.startswith("encrypted page check")]
        if pages:
            # Past a page that fails authentication SQLCipher refuses to read on, so SQLite's own
            # check then flags nearly every page: its report says nothing more, and hides the first lines.
            found = pages + [f"The database structure cannot be checked past the damaged page{'s' if len(pages) > 1 else ''}; "
                             "restore the store from a backup."]
        problems += found
    except _DAMAGE as exc:
        problems.append(f"The database cannot be checked to the end ({exc}): it is damaged. Restore it from a backup.")
    if problems:
        # SQLCipher leaves a connection that met a forged or damaged page in an error state: start afresh.
        store.engine.dispose()
    try:
        problems += [f"audit log: {p}" for p in store.verify_audit()]
    except _DAMAGE:
        store.engine.dispose()
        problems.append("The audit log cannot be read: the pages that hold it are damaged.")
    try:
        with store.read() as s:
            rows = list(s.exec(select(Evidence).where(Evidence.removed_at.is_(None))
                               .order_by(Evidence.case_id, Evidence.number)))
            refs = dict(s.exec(select(CaseRow.id, CaseRow.reference)).all())
    except _DAMAGE:
        store.engine.dispose()
        problems.append("The list of evidence files cannot be read: the pages that hold it are damaged.")
        return problems
    total, done = sum(r.size for r in rows), 0
    for row in rows:
        name = f"Exhibit {row.number} of case {refs.get(row.case_id, row.case_id)} ({row.filename})"
        try:
            sha, size = _rehash(store, row.id)
        except _DAMAGE:
            store.engine.dispose()
            problems.append(f"{name} cannot be read: the store is damaged where its content is kept.")
        except EvidenceMismatch as exc:
            problems.append(f"{name}: {exc}")
        else:
            if size != row.size:
                problems.append(f"{name} has {size} bytes, but {row.size} were recorded at intake.")
            elif sha != row.sha256:
                problems.append(f"{name} no longer has the SHA-256 recorded at intake: its content was altered.")
        done += row.size
        if progress:
            progress(done, total)
    return problems


def export_file(store, evidence_id: str, dest: Path, reason: str = "") -> EvidenceRecord:
    """Write a file's content out (plaintext, the caller warns) and record it as exported. The copy
    is checked against the recorded SHA-256 before it is put in place."""
    with store.read() as s:
        info = get_file(s, evidence_id)
    digest = hashlib.sha256()
    with atomic_writer(Path(dest)) as out, ReadAhead(store, evidence_id) as r:
        while piece := r.read(CHUNK):
            digest.update(piece)
            out.write(piece)
        if digest.hexdigest() != info.sha256:
            raise EvidenceMismatch(f"{info.filename} no longer has the SHA-256 recorded at intake; it was not exported.", code="evidence.hash_changed", file=info.filename)
    record_custody(store, evidence_id, "exported", **({"reason": reason} if reason else {}))
    return info
