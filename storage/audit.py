"""The append-only audit log: who did what to which record, and when.

Each entry carries an HMAC over its own fields and the previous entry's MAC, keyed by a subkey
of the store's data key. Editing, removing or reordering an entry breaks the chain; removing the
newest entries is caught by the head (count and last MAC) kept in ``meta`` in the same
transaction. Details name fields and records, never their values: the values are in the case
revisions.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json

from sqlmodel import Session, select

from models.tables import AuditEntry, Meta
from storage.db import insert_rows

HEAD_KEY = "audit_head"
GENESIS = "0" * 64


# json.dumps with these options, without making an encoder for every entry (a bulk import writes one per case).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_DETAIL = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_COLUMNS = ("seq", "at", "actor", "action", "entity", "entity_id", "detail")  # what the MAC covers, in order


def _mac(key: bytes, prev: str, fields: list) -> str:
    """The MAC of an entry's fields (_COLUMNS, in order) chained to the previous entry's MAC."""
    canonical = _CANONICAL(fields).encode()
    return hmac.new(key, prev.encode() + b"\n" + canonical, hashlib.sha256).hexdigest()


def _fields(e: AuditEntry) -> list:
    return [getattr(e, c) for c in _COLUMNS]


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _head(session: Session) -> tuple[int, str]:
    row = session.get(Meta, HEAD_KEY)
    if row is None:
        return 0, GENESIS
    seq, mac = row.value.split(":")
    return int(seq), mac


def _entry(key: bytes, prev: str, seq: int, at: str, actor: str, action: str, entity: str,
           entity_id: str | None, detail: dict) -> dict:
    row = dict(zip(_COLUMNS, (seq, at, actor, action, entity, entity_id,
                              _DETAIL(detail))))
    row["mac"] = _mac(key, prev, list(row.values()))
    return row


def append(session: Session, key: bytes, actor: str, action: str, entity: str,
           entity_id: str | None = None, **detail) -> AuditEntry:
    seq, prev = _head(session)
    entry = AuditEntry(**_entry(key, prev, seq + 1, now(), actor, action, entity, entity_id, detail))
    session.add(entry)
    session.merge(Meta(key=HEAD_KEY, value=f"{entry.seq}:{entry.mac}"))
    return entry


def append_many(session: Session, key: bytes, actor: str,
                entries: list[tuple[str, str, str | None, dict]]) -> None:
    """Append (action, entity, entity_id, detail) entries in one statement (a bulk import: one
    per case); the chain and the head are the same as for as many ``append`` calls."""
    if not entries:
        return
    seq, prev = _head(session)
    at, rows = now(), []
    for action, entity, entity_id, detail in entries:
        seq += 1
        rows.append(_entry(key, prev, seq, at, actor, action, entity, entity_id, detail))
        prev = rows[-1]["mac"]
    insert_rows(session, "audit_log", (*_COLUMNS, "mac"), [tuple(r[c] for c in (*_COLUMNS, "mac")) for r in rows])
    session.merge(Meta(key=HEAD_KEY, value=f"{seq}:{prev}"))


def verify(session: Session, key: bytes) -> list[str]:
    """Problems with the chain, in plain words; empty when it is whole."""
    problems: list[str] = []
    prev, expected_seq = GENESIS, 1
    for e in session.exec(select(AuditEntry).order_by(AuditEntry.seq)):
        if e.seq != expected_seq:
            problems.append(f"audit entries {expected_seq} to {e.seq - 1} are missing")
        if not hmac.compare_digest(e.mac, _mac(key, prev, _fields(e))):
            problems.append(f"audit entry {e.seq} ({e.action} {e.entity}) was altered or does not follow entry {e.seq - 1}")
        prev, expected_seq = e.mac, e.seq + 1
    head_seq, head_mac = _head(session)
    if head_seq != expected_seq - 1 or head_mac != prev:
        problems.append(f"the audit log ends at entry {expected_seq - 1} but the store recorded {head_seq} entries: "
                        "entries were removed from its end")
    return problems


def history(session: Session, entity_id: str | None = None, limit: int = 1000) -> list[AuditEntry]:
    q = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if entity_id is not None:
        q = q.where(AuditEntry.entity_id == entity_id)
    return list(session.exec(q))
