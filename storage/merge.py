"""Three-way merge of cases by record id, without a central server or clocks.

Each store knows the history of every record it holds: hashes of the versions it has had (its
revisions) and of incoming versions it merged. A bundle carries the sender's history of each
record. For one record, with ours L and theirs T:

- same content: nothing to do;
- L is in T's history: only the sender changed it since we last agreed: take T;
- T is in our history: only we changed it (or we already had T): keep L;
- otherwise both changed it since they last agreed: a conflict, resolved field by field.

A record we do not have is added (unless we had that very version and removed it). A record the
sender lacks is kept: only a tombstone removes one. A tombstone (a record removed, here or by a
sender, with the versions its remover had known) wins over every version of the record: a removed
record never comes back, whatever the order bundles arrive in, and an incoming version we already
had behind ours is "older" and ignored. Pure functions on models only.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from models.interchange import Case, validate_case

RECORD_LISTS = ("persons", "accounts", "events", "proceedings", "sources")
KINDS = {"persons": "person", "accounts": "account", "events": "event", "proceedings": "proceeding",
         "sources": "source"}


def record_hash(record: dict) -> str:
    canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def case_record(data: dict) -> dict:
    """The case's own fields (everything but its record lists), as one record."""
    return {k: v for k, v in data.items() if k not in RECORD_LISTS}


def records(data: dict) -> dict[str, tuple[str, dict]]:
    """record id -> (kind, record) for a case given as a JSON-ready dict, the case itself included."""
    out = {data["id"]: ("case", case_record(data))}
    for name in RECORD_LISTS:
        for rec in data.get(name, []):
            if rec.get("id"):
                out[rec["id"]] = (KINDS[name], rec)
    return out


def hashes(data: dict) -> dict[str, str]:
    return {rid: record_hash(rec) for rid, (_kind, rec) in records(data).items()}


def history(versions: list[dict], seen: dict[str, set[str]] | None = None) -> dict[str, set[str]]:
    """record id -> hashes of every version in ``versions`` (documents of a case), plus ``seen``."""
    out: dict[str, set[str]] = {rid: set(hs) for rid, hs in (seen or {}).items()}
    for data in versions:
        for rid, h in hashes(data).items():
            out.setdefault(rid, set()).add(h)
    return out


@dataclass(frozen=True)
class RecordConflict:
    case_id: str
    record_id: str
    kind: str               # case, person, account, event, proceeding, source
    local: dict
    incoming: dict
    fields: tuple[str, ...]  # fields whose values differ

    @property
    def incoming_hash(self) -> str:
        return record_hash(self.incoming)


@dataclass
class CaseMerge:
    case_id: str
    reference: str
    outcome: str                      # added, updated, unchanged, conflict
    merged: Case | None               # what to save (None: nothing to save)
    updated: list[str] = field(default_factory=list)    # record ids taken from the sender
    conflicts: list[RecordConflict] = field(default_factory=list)
    agreed: dict[str, set[str]] = field(default_factory=dict)  # record id -> hashes now in our history
    older: list[str] = field(default_factory=list)      # incoming versions behind ours or removed: ignored
    kept_removed: list[str] = field(default_factory=list)  # versions its remover never saw: still not brought back
    removed: list[str] = field(default_factory=list)    # record ids taken out because of a tombstone


@dataclass(frozen=True)
class Tombstone:
    record_id: str
    case_id: str
    kind: str
    removed_at: str
    removed_by: str
    versions: frozenset[str]


def combine(a: Tombstone | None, b: Tombstone) -> Tombstone:
    """One tombstone from two of the same record: every version either knew, and the earliest
    removal (then the first name) as when and by whom, so that the result is the same in any order."""
    if a is None:
        return b
    first = min((a.removed_at, a.removed_by), (b.removed_at, b.removed_by))
    return Tombstone(a.record_id, a.case_id, a.kind, first[0], first[1], a.versions | b.versions)


def differing_fields(local: dict, incoming: dict) -> tuple[str, ...]:
    keys = list(local) + [k for k in incoming if k not in local]
    return tuple(k for k in keys if k != "id" and local.get(k) != incoming.get(k))


def merge_case(local: Case | None, incoming: Case, known: dict[str, set[str]],
               incoming_history: dict[str, set[str]],
               tombstones: dict[str, Tombstone] | None = None) -> CaseMerge:
    """Merge one incoming case into ours. ``known``: our history of its records; ``incoming_history``:
    the sender's; ``tombstones``: removed records of the case (ours and the sender's, combined).
    Conflicting records keep our version in ``merged`` and are listed in ``conflicts``."""
    tombstones = tombstones or {}
    theirs = incoming.model_dump(mode="json")
    their_hist = {rid: set(hs) for rid, hs in incoming_history.items()}
    for rid, h in hashes(theirs).items():
        their_hist.setdefault(rid, set()).add(h)
    result = CaseMerge(incoming.id, incoming.reference, "unchanged", None)
    incoming_records = records(theirs)
    for rid in [r for r in incoming_records if r in tombstones]:
        gone = tombstones[rid]
        h_in = record_hash(incoming_records.pop(rid)[1])
        seen = h_in in gone.versions or h_in in known.get(rid, set())
        (result.older if seen else result.kept_removed).append(rid)
        _drop(theirs, rid)
    if local is None:
        result.outcome, result.merged = "added", validate_case(theirs)
        result.agreed = {rid: hs for rid, hs in their_hist.items() if rid not in tombstones}
        return result
    ours = local.model_dump(mode="json")
    result.reference = local.reference
    ours_before = records(ours)
    for rid in [r for r in ours_before if r in tombstones]:
        _drop(ours, rid)
        result.removed.append(rid)
    for rid, (kind, rec) in incoming_records.items():
        ours_now = ours_before.get(rid)
        h_in = record_hash(rec)
        if ours_now is None:
            if h_in in known.get(rid, set()):
                result.agreed[rid] = their_hist.get(rid, set())
                result.older.append(rid)
                continue  # we had exactly this version and removed it
            _put(ours, kind, rec)
            result.updated.append(rid)
            result.agreed[rid] = their_hist.get(rid, set())
            continue
        h_ours = record_hash(ours_now[1])
        if h_ours == h_in or h_in in known.get(rid, set()):
            result.agreed[rid] = their_hist.get(rid, set())
            if h_ours != h_in:
                result.older.append(rid)
        elif h_ours in their_hist.get(rid, set()):
            _put(ours, kind, rec)
            result.updated.append(rid)
            result.agreed[rid] = their_hist.get(rid, set())
        else:
            result.conflicts.append(RecordConflict(local.id, rid, kind, ours_now[1], rec,
                                                   differing_fields(ours_now[1], rec)))
    if result.updated or result.removed:
        result.merged = validate_case(ours)
        result.reference = result.merged.reference
    changed = result.updated or result.removed
    result.outcome = "conflict" if result.conflicts else ("updated" if changed else "unchanged")
    return result


def removals(case: dict, before: list[dict]) -> dict[str, tuple[str, int]]:
    """Records that were in an earlier version of a case (``before``, oldest first) and are not in
    ``case``: record id -> (kind, index in ``before`` of the last version that had it)."""
    now = records(case)
    out: dict[str, tuple[str, int]] = {}
    for i, version in enumerate(before):
        for rid, (kind, _rec) in records(version).items():
            if rid not in now and kind != "case":
                out[rid] = (kind, i)
    return out


def _drop(data: dict, rid: str) -> None:
    for name in RECORD_LISTS:
        data[name] = [r for r in data.get(name, []) if r.get("id") != rid]


def _put(data: dict, kind: str, rec: dict) -> None:
    """Replace (or append) a record in a case dict in place."""
    if kind == "case":
        data.update(rec)
        return
    name = next(n for n, k in KINDS.items() if k == kind)
    items = data.setdefault(name, [])
    for i, r in enumerate(items):
        if r.get("id") == rec["id"]:
            items[i] = rec
            return
    items.append(rec)


def resolve(case: Case, conflict: RecordConflict, choices: dict[str, str]) -> Case:
    """Our case with one conflicting record resolved: for each differing field, "mine" or "theirs".
    Fields not named keep ours. Raises InterchangeError if the result is not a valid case."""
    data = case.model_dump(mode="json")
    current = records(data).get(conflict.record_id)
    merged = dict(current[1]) if current else dict(conflict.incoming)
    for name, choice in choices.items():
        if choice not in ("mine", "theirs"):
            raise ValueError(f"choice for {name} must be 'mine' or 'theirs'")
        if choice == "theirs":
            if name in conflict.incoming:
                merged[name] = conflict.incoming[name]
            else:
                merged.pop(name, None)
    _put(data, conflict.kind, merged)
    return validate_case(data)
