"""Pure helpers for editing a case as its interchange dict (the form's working copy).

No Qt here: the window's case editor calls these, and the tests call them directly.
"""
from __future__ import annotations

import re

# Which lists hold records with keys, and which fields of other records point at them.
REFERENCES = {
    "persons": [("persons", "relation.to"), ("accounts", "narrator"), ("events", "victims")],
    "accounts": [("accounts", "translation_of"), ("events", "accounts")],
    "sources": [("events", "sources")],
}


def new_key(records: list[dict], prefix: str) -> str:
    """A key not yet used in ``records``: 'witness-1', 'witness-2', ..."""
    used = {r.get("key") for r in records}
    n = 1
    while f"{prefix}-{n}" in used:
        n += 1
    return f"{prefix}-{n}"


def drop_references(case: dict, list_name: str, key: str) -> None:
    """Remove every pointer to the record ``key`` of ``list_name``, before that record is removed,
    so that removing a person does not leave events naming a victim who is not there."""
    for holder, field in REFERENCES.get(list_name, []):
        for rec in case.get(holder, []):
            if field == "relation.to":
                if (rec.get("relation") or {}).get("to") == key:
                    rec["relation"] = None
            elif isinstance(rec.get(field), list):
                rec[field] = [k for k in rec[field] if k != key]
            elif rec.get(field) == key:
                rec[field] = None


def edit_between(old: str, new: str) -> tuple[int, int, int]:
    """The single edit that turns ``old`` into ``new``: (position, removed, added), in code points.
    Found from the common prefix and suffix, so it does not depend on how a widget reports edits."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return start, end_old - start, end_new - start


def shift_span(start: int, end: int, pos: int, removed: int, added: int,
               joins: tuple[bool, bool] = (False, False)) -> tuple[int, int] | None:
    """Where a marked span [start, end) goes when [pos, pos+removed) is replaced by ``added``
    characters. Text typed inside a span joins it (a name corrected stays hidden). Text typed at
    an edge joins only when it continues the word there (``joins``: at the start, at the end), so
    "Gulnar" + "a" stays hidden but " lives" typed after it does not. A span whose text is deleted
    entirely is gone (None)."""
    cut_end = pos + removed
    delta = added - removed
    if removed == 0 and pos == end and joins[1]:
        return start, end + added
    if removed == 0 and pos == start and joins[0]:
        return start, end + added
    if end <= pos:
        return start, end
    if start >= cut_end:
        return start + delta, end + delta
    new_start = min(start, pos)
    new_end = end + delta if end >= cut_end else pos + added
    return (new_start, new_end) if new_end > new_start else None


def shift_redactions(redactions: list[dict], old: str, new: str) -> list[dict]:
    """The redaction spans of ``old`` carried over to ``new``."""
    pos, removed, added = edit_between(old, new)
    typed = new[pos:pos + added]
    joins = (bool(typed) and typed[-1].isalnum() and pos < len(old) and old[pos].isalnum(),
             bool(typed) and typed[0].isalnum() and pos > 0 and old[pos - 1].isalnum())
    out = []
    for r in redactions:
        moved = shift_span(r["start"], r["end"], pos, removed, added, joins)
        if moved:
            out.append({**r, "start": moved[0], "end": moved[1]})
    return out


def add_redaction(redactions: list[dict], start: int, end: int, reason: str) -> list[dict]:
    """Mark [start, end); spans it overlaps or touches merge into one, keeping their reasons."""
    if end <= start:
        return list(redactions)
    reasons: list[str] = []
    keep = []
    for r in sorted(redactions, key=lambda r: r["start"]):
        if r["end"] < start or r["start"] > end:
            keep.append(r)
        else:
            start, end = min(start, r["start"]), max(end, r["end"])
            if r.get("reason") and r["reason"] not in reasons:
                reasons.append(r["reason"])
    if reason and reason not in reasons:
        reasons.append(reason)
    keep.append({"start": start, "end": end, "reason": "; ".join(reasons)})
    return sorted(keep, key=lambda r: r["start"])


# --- UTF-16, which is how Qt counts positions in text ----------------------------------------

def utf16_to_cp(text: str, pos16: int) -> int:
    """A Qt cursor position (UTF-16 code units) as a code point offset into ``text``."""
    units = cp = 0
    for ch in text:
        if units >= pos16:
            break
        units += 2 if ord(ch) > 0xFFFF else 1
        cp += 1
    return cp


def cp_to_utf16(text: str, cp: int) -> int:
    return cp + sum(1 for ch in text[:cp] if ord(ch) > 0xFFFF)


# --- validation problems ---------------------------------------------------------------------

_PROBLEM = re.compile(r"^(?P<list>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<field>[a-z_]+))?")


def problem_location(problem: str) -> tuple[str, int | None, str | None]:
    """('persons', 1, 'birth_year') for 'persons[1].birth_year: not a year'; ('reference', None, None)
    for a field of the case itself."""
    path = problem.split(": ", 1)[0]
    m = _PROBLEM.match(path)
    if not m:
        return "", None, None
    index = m["index"]
    return m["list"], int(index) if index is not None else None, m["field"]
