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

import math
import time
from array import array
from dataclasses import dataclass, field

from sqlalchemy import text as _sql
from sqlmodel import Session

from storage import people
from models.person_match import PAIR_KINDS, Candidate, Reason, lookup_keys, score

BLOCK_CAP = 1000        # persons under one key beyond which the key says too little to look at
KEY_BUDGET = 4000       # key rows read for one person's candidates
MAX_CANDIDATES = 100    # persons scored for one person (those sharing most keys)
MAX_LOOKUP_KEYS = 200   # keys of one person looked up
MIN_SCORE = 0.3         # below this a pair is not worth a person's time
PASS_BLOCK_CAP = 20     # the whole pass: a key shared by more persons is not looked at
# Commonness: nothing off while what two persons share is shared by at most COMMON_FROM persons,
# then COMMON_STEP for every doubling, at most COMMON_MAX (a namesake is not a link).
COMMON_FROM, COMMON_STEP, COMMON_MAX = 3, 0.05, 0.15
PASS_WORD_CAP = 8       # the whole pass: a single word is looked at when at most this many have it
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


def _candidate_ids(session: Session, person_id: str) -> dict[str, int]:
    """The persons sharing the rarest of this person's keys, most keys shared first, each with the
    number of persons holding the rarest key it shares (how common what they share is)."""
    own = {r[0] for r in session.execute(_sql("SELECT name_key FROM person_name_key WHERE person_id = :p"),
                                         {"p": person_id})}
    chosen, budget = {}, KEY_BUDGET
    for n, k in _key_counts(session, lookup_keys(own), BLOCK_CAP):
        if n > BLOCK_CAP or n > budget:
            break
        chosen[k] = n
        budget -= n
    if not chosen:
        return {}
    marks, params = _marks(list(chosen))
    shared: dict[str, list[int]] = {}
    for pid, key in session.execute(_sql(f"SELECT person_id, name_key FROM person_name_key WHERE name_key IN ({marks}) "
                                         "AND person_id != :me"), {**params, "me": person_id}):
        shared.setdefault(pid, []).append(chosen[key])
    best = sorted(shared, key=lambda pid: (-len(shared[pid]), min(shared[pid]), pid))[:MAX_CANDIDATES]
    return {pid: min(shared[pid]) for pid in best}


def commonness(persons_sharing: int) -> float:
    """What is taken from a score when what two persons share (their rarest shared key) is shared
    by this many persons: a name and year that forty people have says less than one that two have."""
    if persons_sharing <= COMMON_FROM:
        return 0.0
    return min(COMMON_MAX, COMMON_STEP * math.log2(persons_sharing / COMMON_FROM))


def _suggestion(a: _Row, b: _Row, sharing: int) -> Suggestion | None:
    s, reasons = score(a.candidate, b.candidate)
    s = round(max(0.0, s - commonness(sharing)), 4) if s > 0 else 0.0
    return Suggestion(a.side(), b.side(), s, reasons) if s > 0 else None


def suggestions_for(session: Session, person_id: str, limit: int = 10, min_score: float = MIN_SCORE) -> list[Suggestion]:
    """The persons of other cases who may be this one, best first (at most ``limit``); ``a`` is
    always this person. Empty for a person the store does not have."""
    found = session.execute(_sql(f"{_ROW} WHERE p.person_id = :p LIMIT 1"), {"p": person_id}).first()
    if found is None:
        return []
    me = _row(found)
    group = set(people.members_of(session, person_id))
    taken_cases = {r.case_pk for r in _rows_of(session, group)} | {me.case_pk}
    skip = group | _rejected_with(session, person_id)
    out, found = [], _candidate_ids(session, person_id)
    for other in _rows_of(session, [c for c in found if c not in skip]):
        if other.case_pk in taken_cases:
            continue
        sug = _suggestion(me, other, found[other.person_id])
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

    def collect(rows, keep, cap=PASS_BLOCK_CAP) -> None:
        current, members = None, []
        for key, pid in rows:
            if key != current:
                if current is not None:
                    keep(current, members)
                current, members = key, []
            n = ids.get(pid)
            if n is not None and len(members) <= cap:
                members.append(n)
        if current is not None:
            keep(current, members)

    def keep(_key, members, cap=PASS_BLOCK_CAP) -> None:
        if 2 <= len(members) <= cap:
            blocks.append(array("i", members))

    # keys that carry two facts, and single words only where very few persons have them (a rare
    # name: Tokhtarov and Тоқтаров, whose pairs of words do not meet, still come together)
    for kind, cap in [(k, PASS_BLOCK_CAP) for k in PAIR_KINDS] + [("k:", PASS_WORD_CAP), ("s:", PASS_WORD_CAP)]:
        hi = kind[:-1] + chr(ord(kind[-1]) + 1)
        collect(session.execute(_sql("SELECT name_key, person_id FROM person_name_key WHERE name_key >= :lo "
                                     "AND name_key < :hi ORDER BY name_key"), {"lo": kind, "hi": hi}),
                lambda k, m, cap=cap: keep(k, m, cap), cap)
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
    year, a name and a relative's) and of words very few persons have, so a person known only by
    one common word is left to ``suggestions_for``. ``progress(done, total)`` is called now and then."""
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

    pairs: dict[int, int] = {}      # pair -> persons in the smallest block that gave it
    for block in _blocks(session, ids):     # smallest blocks first: the pair budget goes to them
        members, size = sorted(block), len(block)
        for i, n in enumerate(members):
            for m in members[i + 1:]:
                if case_of[m] != case_of[n] and not (n in group and group.get(m) == group[n]):
                    pairs.setdefault(n * total + m, size)
        if len(pairs) >= MAX_PASS_PAIRS:
            break
    for code in rejected:
        pairs.pop(code, None)
    ordered = sorted(pairs)

    out, last, done = [], time.monotonic(), 0
    for start in range(0, len(ordered), PASS_CHUNK):
        codes = ordered[start:start + PASS_CHUNK]
        chunk = [divmod(code, total) for code in codes]
        rows = {ids[r.person_id]: r for r in _rows_of(session, {index[n][0] for pair in chunk for n in pair})}
        for code, (n, m) in zip(codes, chunk):
            a, b = rows.get(n), rows.get(m)
            if a is None or b is None:
                continue
            sug = _suggestion(a, b, pairs[code])
            if sug and sug.score >= min_score:
                out.append(sug)
        done = chunk[-1][0] + 1
        if progress and time.monotonic() - last > 0.5:
            progress(done, total)
            last = time.monotonic()
    if progress:
        progress(total, total)
    out.sort(key=lambda s: (-s.score, s.a.case, s.a.person, s.b.case, s.b.person))
    return out if limit is None else out[:max(0, int(limit))]
