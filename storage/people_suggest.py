"""Suggested links between persons of different cases: candidates found by blocking keys, ranked by
models.person_match.score. Nothing here links; a person reviews each suggestion (storage.people).

Candidates of a person are the persons who share one of its blocking keys (person_name_key, written
by storage.cases.write_derived). Keys are taken rarest first (a full name, or a word with the birth
year, before a single given name), a key held by more than BLOCK_CAP persons is not used, and at most
MAX_CANDIDATES persons are scored: a person called only "Nurlan" gets few suggestions, never a scan
of every Nurlan. Never suggested: two persons of one case (or of cases their groups already share),
persons already linked, a pair a user rejected.
"""
from __future__ import annotations

import time
from array import array
from dataclasses import dataclass, field

from sqlalchemy import text as _sql
from sqlmodel import Session

from models.person_match import PAIR_KINDS, Candidate, Reason, lookup_keys, score

BLOCK_CAP = 1000        # persons under one key beyond which the key says too little to look at
KEY_BUDGET = 4000       # key rows read for one person's candidates
MAX_CANDIDATES = 100    # persons scored for one person (those sharing most keys)
MAX_LOOKUP_KEYS = 200   # keys of one person looked up
MIN_SCORE = 0.3         # below this a pair is not worth a person's time
PASS_BLOCK_CAP = 50     # the whole pass: a key shared by more persons is not looked at
MAX_PASS_PAIRS = 5_000_000   # the whole pass: pairs scored at most (memory and time stay bounded)
PASS_CHUNK = 20_000     # pairs whose rows are read at once
_CHUNK = 500            # ids per IN (...) list


@dataclass(frozen=True)
class Side:
    case: str           # case reference
    person: str         # the person's key within the case
    name: str           # the person's display name
    person_id: str


@dataclass(frozen=True)
class Suggestion:
    a: Side
    b: Side
    score: float
    reasons: list[Reason] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    pk: int
    person_id: str
    case_pk: int
    case: str
    key: str
    display: str
    candidate: Candidate

    def side(self) -> Side:
        return Side(self.case, self.key, self.display, self.person_id)


_ROW = """SELECT p.pk, p.person_id, p.case_pk, c.reference, p."key", p.display, p.names, p.birth_year, p.facts
FROM person_index p JOIN "case" c ON c.pk = p.case_pk"""


def _row(r) -> _Row:
    return _Row(r[0], r[1], r[2], r[3], r[4], r[5], Candidate.from_row(r[6], r[7], r[8]))


def _marks(values, prefix="v") -> tuple[str, dict]:
    return ", ".join(f":{prefix}{i}" for i in range(len(values))), {f"{prefix}{i}": v for i, v in enumerate(values)}


def _rows_of(session: Session, person_ids) -> list[_Row]:
    ids, out = list(person_ids), []
    for i in range(0, len(ids), _CHUNK):
        marks, params = _marks(ids[i:i + _CHUNK])
        out += [_row(r) for r in session.execute(_sql(f"{_ROW} WHERE p.person_id IN ({marks})"), params)]
    return out


def _group_members(session: Session, person_id: str) -> set[str]:
    rows = session.execute(_sql("SELECT l2.person_id FROM person_link l JOIN person_link l2 ON l2.group_id = l.group_id "
                                "WHERE l.person_id = :p"), {"p": person_id})
    return {r[0] for r in rows} | {person_id}


def _rejected_with(session: Session, person_id: str) -> set[str]:
    rows = session.execute(_sql("SELECT b FROM link_rejected WHERE a = :p UNION SELECT a FROM link_rejected WHERE b = :p"),
                           {"p": person_id})
    return {r[0] for r in rows}


def _key_counts(session: Session, keys: set[str], cap: int) -> list[tuple[int, str]]:
    """(persons holding the key, key) for each key, rarest first, counting no further than cap + 1."""
    keys = sorted(keys)[:MAX_LOOKUP_KEYS]
    if not keys:
        return []
    parts = [f"SELECT {i}, (SELECT count(*) FROM (SELECT 1 FROM person_name_key WHERE name_key = :k{i} LIMIT :n))"
             for i in range(len(keys))]
    rows = session.execute(_sql(" UNION ALL ".join(parts)), {**{f"k{i}": k for i, k in enumerate(keys)}, "n": cap + 1})
    return sorted((n, keys[i]) for i, n in rows if n)


def _candidate_ids(session: Session, person_id: str) -> list[str]:
    """The persons sharing the rarest of this person's keys, most keys shared first."""
    own = {r[0] for r in session.execute(_sql("SELECT name_key FROM person_name_key WHERE person_id = :p"),
                                         {"p": person_id})}
    chosen, budget = [], KEY_BUDGET
    for n, k in _key_counts(session, lookup_keys(own), BLOCK_CAP):
        if n > BLOCK_CAP or n > budget:
            break
        chosen.append(k)
        budget -= n
    if not chosen:
        return []
    marks, params = _marks(chosen)
    rows = session.execute(_sql(f"SELECT person_id FROM person_name_key WHERE name_key IN ({marks}) AND person_id != :me "
                                f"GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT :lim"),
                           {**params, "me": person_id, "lim": MAX_CANDIDATES})
    return [r[0] for r in rows]


def _suggestion(a: _Row, b: _Row) -> Suggestion | None:
    s, reasons = score(a.candidate, b.candidate)
    return Suggestion(a.side(), b.side(), s, reasons) if s > 0 else None


def suggestions_for(session: Session, person_id: str, limit: int = 10, min_score: float = MIN_SCORE) -> list[Suggestion]:
    """The persons of other cases who may be this one, best first (at most ``limit``); ``a`` is
    always this person. Empty for a person the store does not have."""
    found = session.execute(_sql(f"{_ROW} WHERE p.person_id = :p LIMIT 1"), {"p": person_id}).first()
    if found is None:
        return []
    me = _row(found)
    group = _group_members(session, person_id)
    taken_cases = {r.case_pk for r in _rows_of(session, group)} | {me.case_pk}
    skip = group | _rejected_with(session, person_id)
    out = []
    for other in _rows_of(session, [c for c in _candidate_ids(session, person_id) if c not in skip]):
        if other.case_pk in taken_cases:
            continue
        sug = _suggestion(me, other)
        if sug and sug.score >= min_score:
            out.append(sug)
    out.sort(key=lambda s: (-s.score, s.b.case, s.b.person))
    return out[:max(0, int(limit))]


# --- the whole pass -------------------------------------------------------------------------------

def _blocks(session: Session, ids: dict[str, int]) -> list[array]:
    """The blocks of the whole pass, smallest first: the persons sharing a key that carries two facts
    (person_match.PAIR_KINDS), and the persons with a Chinese name and those with a name in letters
    sharing a coarse key; at most PASS_BLOCK_CAP persons each (a larger block says too little)."""
    blocks: list[array] = []

    def collect(rows, keep) -> None:
        current, members = None, []
        for key, pid in rows:
            if key != current:
                if current is not None:
                    keep(current, members)
                current, members = key, []
            n = ids.get(pid)
            if n is not None and len(members) <= PASS_BLOCK_CAP:
                members.append(n)
        if current is not None:
            keep(current, members)

    def keep(_key, members) -> None:
        if 2 <= len(members) <= PASS_BLOCK_CAP:
            blocks.append(array("i", members))

    for kind in PAIR_KINDS:
        hi = kind[:-1] + chr(ord(kind[-1]) + 1)
        collect(session.execute(_sql("SELECT name_key, person_id FROM person_name_key WHERE name_key >= :lo "
                                     "AND name_key < :hi ORDER BY name_key"), {"lo": kind, "hi": hi}), keep)
    han: dict[str, list[int]] = {}
    collect(session.execute(_sql("SELECT name_key, person_id FROM person_name_key WHERE name_key >= 'h:' "
                                 "AND name_key < 'h;' ORDER BY name_key")),
            lambda k, m: han.__setitem__(k[2:], m) if len(m) <= PASS_BLOCK_CAP else None)
    coarse = sorted(han)
    for i in range(0, len(coarse), _CHUNK):
        marks, params = _marks(["c:" + c for c in coarse[i:i + _CHUNK]])
        collect(session.execute(_sql(f"SELECT name_key, person_id FROM person_name_key WHERE name_key IN ({marks}) "
                                     "ORDER BY name_key"), params),
                lambda k, m: keep(k, sorted(set(han[k[2:]] + m))))
    blocks.sort(key=len)
    return blocks


def all_suggestions(session: Session, min_score: float = 0.5, limit: int | None = None,
                    progress=None) -> list[Suggestion]:
    """Every suggested link in the store at ``min_score`` or more, best first, each pair once.
    Pairs come from the blocks of keys that carry two facts (a name's two words, a name and a birth
    year, a name and a relative's), so a person known only by one common word is left to
    ``suggestions_for``. ``progress(done, total)`` is called now and then."""
    index = [(r[0], r[1]) for r in session.execute(_sql("SELECT person_id, case_pk FROM person_index ORDER BY pk"))]
    ids = {pid: n for n, (pid, _c) in enumerate(index)}
    total = len(index)
    case_of = array("i", [c for _p, c in index])
    group: dict[int, str] = {}
    for pid, gid in session.execute(_sql("SELECT person_id, group_id FROM person_link")):
        if pid in ids:
            group[ids[pid]] = gid
    rejected = set()
    for a, b in session.execute(_sql("SELECT a, b FROM link_rejected")):
        if a in ids and b in ids:
            rejected.add(min(ids[a], ids[b]) * total + max(ids[a], ids[b]))

    pairs: set[int] = set()
    for block in _blocks(session, ids):     # smallest blocks first: the pair budget goes to them
        members = sorted(block)
        for i, n in enumerate(members):
            for m in members[i + 1:]:
                if case_of[m] != case_of[n] and not (n in group and group.get(m) == group[n]):
                    pairs.add(n * total + m)
        if len(pairs) >= MAX_PASS_PAIRS:
            break
    pairs -= rejected
    ordered = sorted(pairs)
    del pairs

    out, last, done = [], time.monotonic(), 0
    for start in range(0, len(ordered), PASS_CHUNK):
        chunk = [divmod(code, total) for code in ordered[start:start + PASS_CHUNK]]
        rows = {ids[r.person_id]: r for r in _rows_of(session, {index[n][0] for pair in chunk for n in pair})}
        for n, m in chunk:
            a, b = rows.get(n), rows.get(m)
            if a is None or b is None:
                continue
            s, reasons = score(a.candidate, b.candidate)
            if s >= min_score:
                out.append(Suggestion(a.side(), b.side(), s, reasons))
        done = chunk[-1][0] + 1
        if progress and time.monotonic() - last > 0.5:
            progress(done, total)
            last = time.monotonic()
    if progress:
        progress(total, total)
    out.sort(key=lambda s: (-s.score, s.a.case, s.a.person, s.b.case, s.b.person))
    return out if limit is None else out[:max(0, int(limit))]
