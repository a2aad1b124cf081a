"""Whether two persons of different cases may be one person: blocking keys, facts, a score and its reasons.

A name is split into words (models.names.words); each word is known by its match keys (the loose key
and consonant skeleton of the redaction issue: ``Zhamal = Jamal = Жамал = جامال``, ``Nurlan = Нұрлан``)
and by the keys of its stem without a patronymic or surname suffix (``Aqanuly``, ``Ақанқызы``,
``Akanov`` all carry ``Aqan``). Two words agree when their keys meet; otherwise they are *similar*
when their loose keys are close by rapidfuzz's ratio, or, for a name in Chinese characters against
one in letters, when their coarse keys agree (pinyin of a transcription: 努尔兰 = Nurlan, 赛力克 =
Serik). Word order does not matter. Birth years, relatives (by kind and name) and places add to the
score; a clearly different birth year or a different mother or father takes from it. Nothing here
ever links: the score only ranks suggestions a person reviews.

Pure: no Qt, no store.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import permutations

from rapidfuzz.fuzz import ratio

from models import names
from models.text_cache import text_cache

# --- reasons ---------------------------------------------------------------------------------

SCRIPT_LABELS = {"Latn": "Latin", "Cyrl": "Cyrillic", "Arab": "Arabic script", "Hani": "Chinese",
                 "Grek": "Greek"}


@dataclass(frozen=True)
class Reason:
    """Why two persons may be one; ``code`` is stable (the window translates it), ``values`` fill it in."""
    code: str
    values: dict[str, str] = field(default_factory=dict)

    def english(self) -> str:
        v = self.values
        if self.code == "same_name_scripts":
            scripts = [s.strip() for s in v.get("scripts", "").split(",") if s.strip()]
            return "same name in " + " and ".join(scripts)
        if self.code == "similar_name":
            return f"similar names {v.get('a', '')} and {v.get('b', '')}"
        if self.code == "same_birth_year":
            return f"born {v.get('year', '')} in both"
        if self.code == "close_birth_year":
            return f"born {v.get('a', '')} and {v.get('b', '')}"
        if self.code == "same_relative":
            return f"both name {v.get('name', '')} as {v.get('kind', '')}"
        if self.code == "same_place":
            return f"both name {v.get('place', '')}"
        return self.code


def english(reasons: list[Reason]) -> str:
    """The reasons as one line: ``same name in Cyrillic and Latin; born 1979 in both``."""
    return "; ".join(r.english() for r in reasons)


# --- words of a name -------------------------------------------------------------------------

MAX_NAMES = 12          # names per person, relatives per person, places per person that count
MAX_WORDS = 6           # words per name
MAX_TEXT = 200          # characters of one name or place
# Separate words that say "son of" / "daughter of" (Aqan uly, Ақан қызы, ئاقان ئوغلى): not a name.
_PARTICLES = frozenset({"uli", "kizi", "ogli", "oglu", "ugli", "bin", "binti", "ibn"})
# What is left of a word's loose key after its stem's: a patronymic or a surname suffix, and the sex
# it gives (Aqanuly is a son of Aqan, Aqanqyzy a daughter: siblings, never one person).
_PATRONYMIC = {"uli": "m", "ogli": "m", "oglu": "m", "ugli": "m", "ovic": "m", "evic": "m",
               "kizi": "f", "ovna": "f", "evna": "f"}
_SURNAME = {"ov": "m", "ou": "m", "ev": "m", "eu": "m", "iev": "m", "in": "m",
            "ova": "f", "eva": "f", "ieva": "f", "ina": "f"}
FUZZY_MIN = 85.0        # rapidfuzz ratio of two loose keys for "similar" (Gulnar/Gulnara, not Marat/Murat)
FUZZY_MIN_LEN = 5       # shorter keys are never similar, only the same


@dataclass(frozen=True)
class _Word:
    text: str
    script: str
    keys: frozenset[str]       # match keys of the word as written
    stems: frozenset[str]      # match keys of its stems without a patronymic or surname suffix
    loose: str                 # the loose key (for fuzzy comparison)
    coarse: frozenset[str]     # first letter and consonants, r = l, of the word and its stems (Chinese)
    patronymic: bool           # Aqanuly, Серікович: a father's name, not a surname
    sex: str = ""              # 'm' or 'f' when a suffix says so


@text_cache(maxsize=100_000)
def _coarse(loose: str) -> str:
    if not loose:
        return ""
    c = loose[0] + re.sub(r"[aeiou]", "", loose[1:])
    return re.sub(r"(.)\1+", r"\1", c.replace("r", "l"))


@text_cache(maxsize=100_000)
def _script(text: str) -> str:
    return names.detect_script(text)


@text_cache(maxsize=100_000)
def _word(text: str) -> _Word | None:
    loose = names.word_key(text)
    if not loose:
        return None
    stems, coarse, patronymic, sex = set(), {_coarse(loose)}, False, ""
    if _script(text) != "Hani":
        for stem in names.strip_endings(text):
            rest = names.word_key(text[len(stem):]) if stem != text else None
            if rest in _PATRONYMIC or rest in _SURNAME:
                stems |= names.match_keys(stem)
                coarse.add(_coarse(names.word_key(stem)))
                patronymic |= rest in _PATRONYMIC
                sex = sex or _PATRONYMIC.get(rest) or _SURNAME.get(rest, "")
    return _Word(text, _script(text), names.match_keys(text), frozenset(stems), loose,
                 frozenset(c for c in coarse if len(c) >= 3), patronymic, sex)


@text_cache(maxsize=200_000)
def _name_words(name: str) -> tuple[_Word, ...]:
    """The words of one name that carry it (particles dropped), at most MAX_WORDS."""
    out, after_particle = [], []
    for _s, _e, text in names.words(name[:MAX_TEXT])[:MAX_WORDS * 2]:
        w = _word(text)
        if w is None:
            continue
        if w.loose in _PARTICLES and out:
            after_particle.append((len(out) - 1, _PATRONYMIC.get(w.loose, "")))  # 'Aqan uly': a father's name
            continue
        out.append(w)
    for i, sex in after_particle:
        out[i] = _Word(**{**out[i].__dict__, "patronymic": True, "sex": sex})
    return tuple(out[:MAX_WORDS])


def _word_sim(a: _Word, b: _Word) -> tuple[float, bool]:
    """(similarity 0..1, whether it is the same name rather than a similar one)."""
    if a.sex and b.sex and a.sex != b.sex:
        return 0.0, False       # a son's and a daughter's patronymic: siblings, not one person
    if a.keys & b.keys:
        return 1.0, True
    if (a.stems | a.keys) & (b.stems | b.keys):
        return 0.9, True
    han_a, han_b = a.script == "Hani", b.script == "Hani"
    if han_a != han_b:
        # pinyin of a Chinese transcription against letters: only the consonants can be compared
        return (0.8, False) if a.coarse & b.coarse else (0.0, False)
    if (len(a.loose) >= FUZZY_MIN_LEN and len(b.loose) >= FUZZY_MIN_LEN and a.loose[0] == b.loose[0]):
        r = ratio(a.loose, b.loose, score_cutoff=FUZZY_MIN)
        if r:
            return 0.85 * r / 100, False
    return 0.0, False


def _joined_han(han: _Word, other: tuple[_Word, ...]) -> tuple[float, bool]:
    """A Chinese name written without a separator (张立伟, 努尔兰赛力克) against the words of a name in
    letters, joined in each order."""
    best = (0.0, False)
    for order in permutations(other[:3]):
        joined = _word("".join(w.loose for w in order))
        if joined is None:
            continue
        sim = _word_sim(han, joined)
        best = max(best, sim)
    return best


@dataclass(frozen=True)
class _NameMatch:
    value: float           # 0..1: how much the names say the persons are one
    same: bool             # every matched word is the same name (not only similar)
    words: int             # words matched
    a: str = ""
    b: str = ""


def _name_match(a: str, b: str) -> _NameMatch:
    return _name_match_cached(a, b) if a <= b else _flip(_name_match_cached(b, a))


def _flip(m: _NameMatch) -> _NameMatch:
    return _NameMatch(m.value, m.same, m.words, m.b, m.a)


# Weights of a name match: every word of the shorter name agreeing with one of the other, by how
# many words agree; a name whose other words contradict (two different fathers) counts little.
NAME_ONE_WORD, NAME_TWO_WORDS, NAME_THREE_WORDS, NAME_CONTRADICTED = 0.35, 0.55, 0.6, 0.15


@text_cache(maxsize=200_000)
def _name_match_cached(a: str, b: str) -> _NameMatch:
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return _NameMatch(0.0, False, 0, a, b)
    for one, many in ((wa, wb), (wb, wa)):
        if len(one) == 1 and len(many) > 1 and one[0].script == "Hani" and many[0].script != "Hani":
            sim, same = _joined_han(one[0], many)
            if sim:
                return _NameMatch(NAME_TWO_WORDS * sim, same, len(many[:3]), a, b)
    pairs = []
    for i, x in enumerate(wa):
        for j, y in enumerate(wb):
            sim, same = _word_sim(x, y)
            if sim:
                pairs.append((sim, same, i, j))
    pairs.sort(reverse=True)
    used_a, used_b, total, all_same = set(), set(), 0.0, True
    for sim, same, i, j in pairs:          # greedy: the best agreeing words first
        if i not in used_a and j not in used_b:
            used_a.add(i), used_b.add(j)
            total += sim
            all_same &= same
    m = len(used_a)
    if not m:
        return _NameMatch(0.0, False, 0, a, b)
    left_a = [w for i, w in enumerate(wa) if i not in used_a]
    left_b = [w for j, w in enumerate(wb) if j not in used_b]
    # A patronymic left over against a surname is no contradiction (a surname is often a
    # grandfather's name); two different patronymics, or two different given names, are.
    contradicted = any(x.patronymic == y.patronymic for x in left_a for y in left_b)
    mean = total / m
    if contradicted:
        weight = NAME_CONTRADICTED
    else:
        weight = NAME_ONE_WORD if m == 1 else NAME_TWO_WORDS if m == 2 else NAME_THREE_WORDS
    return _NameMatch(weight * mean, all_same and not contradicted, m, a, b)


# --- facts of a person -----------------------------------------------------------------------

# Kinds of relation as people write them, to one English word. Unknown kinds compare as written.
_KINDS = {
    "mother": ("mother", "mom", "mum", "мать", "мама", "ана", "шеше", "apa", "ana", "anasi", "ئانا", "ئانىسى", "母亲"),
    "father": ("father", "dad", "отец", "папа", "әке", "ake", "ata", "ئاتا", "ئاتىسى", "父亲"),
    "son": ("son", "сын", "ұлы", "ul", "oghul", "ئوغلى", "儿子"),
    "daughter": ("daughter", "дочь", "қызы", "qyz", "qizi", "قىزى", "女儿"),
    "brother": ("brother", "брат", "аға", "іні", "aga", "ini", "aka", "uka", "ئاكا", "ئۇكا", "哥哥", "弟弟"),
    "sister": ("sister", "сестра", "апа", "әпке", "сіңлі", "қарындас", "singil", "acha", "ھەدە", "سىڭىل", "姐姐", "妹妹"),
    "husband": ("husband", "муж", "күйеу", "er", "ئېرى", "丈夫"),
    "wife": ("wife", "жена", "әйелі", "zhena", "ayal", "ئايالى", "妻子"),
}
_KIND_OF = {w: k for k, ws in _KINDS.items() for w in ws}
# Who a person is to the one whose relation names them: the mother of X has X as a child.
_INVERSE = {"mother": "child", "father": "child", "son": "parent", "daughter": "parent", "brother": "sibling",
            "sister": "sibling", "husband": "spouse", "wife": "spouse", "spouse": "spouse", "child": "parent",
            "parent": "child", "sibling": "sibling"}
_ONE_ONLY = frozenset({"mother", "father"})   # a person has one of each: two different ones contradict


def relation_kind(kind: str) -> str:
    k = " ".join(str(kind).casefold().split())[:60]
    return _KIND_OF.get(k, k)


def facts_of(case, person) -> dict:
    """What the matcher compares besides names and birth year, as stored in person_index.facts:
    ``{"relatives": [{"kind": "mother", "names": [..]}], "places": [..]}`` — the persons of the case
    related to this one (both ways: the mother of the applicant names the applicant as ``child``)
    and the places of the events this person suffered, and their whereabouts."""
    relatives = []
    for q in case.persons:
        if q.relation and q.relation.to == person.key and q.key != person.key:
            relatives.append({"kind": relation_kind(q.relation.kind), "names": [n.value for n in q.names]})
    if person.relation:
        to = case.person(person.relation.to)
        if to is not None and to.key != person.key:
            kind = relation_kind(person.relation.kind)
            relatives.append({"kind": _INVERSE.get(kind, "relative"), "names": [n.value for n in to.names]})
    places: list[str] = []
    for e in case.events:
        if person.key in e.victims and e.place:
            places += [v for v in (e.place.facility, e.place.name, e.place.admin) if v and v.strip()]
    if person.whereabouts and person.whereabouts.strip():
        places.append(person.whereabouts)
    relatives = [{"kind": r["kind"], "names": [n[:MAX_TEXT] for n in r["names"][:MAX_NAMES]]}
                 for r in relatives if r["names"]][:MAX_NAMES]
    return {"relatives": relatives, "places": list(dict.fromkeys(p.strip()[:MAX_TEXT] for p in places))[:MAX_NAMES]}


# --- places ----------------------------------------------------------------------------------

# Words of place names that say what kind of place, not which one: they never make two places one.
_GENERIC_PLACE = ("camp", "camps", "county", "city", "town", "village", "prefecture", "region", "district",
                  "prison", "jail", "centre", "center", "re-education", "reeducation", "education", "political",
                  "vocational", "training", "school", "party", "detention", "police", "station", "factory",
                  "garment", "the", "of", "and", "in", "at", "near", "xinjiang", "china", "kazakhstan", "almaty",
                  "autonomous", "uyghur", "kazakh", "lager", "лагерь", "лагері", "лагерi", "уезд", "ауданы",
                  "ауыл", "қаласы", "город", "район", "тюрьма", "түрме", "орталығы", "центр", "лагир", "nahiye",
                  "nahiyisi", "ناھىيە", "ناھىيىسى", "لاگېر", "تۈرمە", "unknown", "home", "house")
_GENERIC_KEYS = frozenset(k for w in _GENERIC_PLACE for k in names.match_keys(w) if k.startswith("k:"))
# Chinese place and facility words at the end of a name: 新源县职业技能教育培训中心 is 新源.
_HAN_GENERIC = re.compile(r"(职业技能教育培训中心|教育转化培训中心|教育培训中心|培训中心|转化中心|看守所|拘留所|监狱"
                          r"|再教育营|中心|学校|工厂|营|县|市|区|州|镇|乡|村)+$")


@text_cache(maxsize=50_000)
def _place_keys(place: str) -> frozenset[str]:
    """The loose keys of the words that say which place it is (generic words dropped)."""
    out = set()
    for _s, _e, w in names.words(place[:MAX_TEXT]):
        if names.detect_script(w) == "Hani":
            w = _HAN_GENERIC.sub("", w)
            if len(w) < 2:
                continue
        keys = {k for k in names.match_keys(w) if k.startswith("k:")}
        if keys & _GENERIC_KEYS or any(len(k) < 6 for k in keys):   # 'k:' + at least 4 letters
            continue
        out |= keys
    return frozenset(out)


# --- candidates and the score ----------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """One person as the matcher sees it: every name value, the birth year, and facts_of's facts."""
    names: tuple[str, ...]
    birth_year: int | None = None
    facts: dict = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def of(cls, case, person) -> "Candidate":
        return cls(tuple(n.value for n in person.names), person.birth_year, facts_of(case, person))

    @classmethod
    def from_row(cls, names_json: str, birth_year: int | None, facts_json_text: str) -> "Candidate":
        """From a person_index row (names and facts as JSON); unreadable JSON counts as nothing."""
        try:
            values = json.loads(names_json or "[]")
        except ValueError:
            values = []
        try:
            facts = json.loads(facts_json_text or "{}")
        except ValueError:
            facts = {}
        values = tuple(v for v in values if isinstance(v, str))[:MAX_NAMES] if isinstance(values, list) else ()
        return cls(values, birth_year if isinstance(birth_year, int) else None,
                   facts if isinstance(facts, dict) else {})


def _best_name_match(a_names, b_names) -> _NameMatch:
    best = _NameMatch(0.0, False, 0)
    for x in a_names[:MAX_NAMES]:
        for y in b_names[:MAX_NAMES]:
            m = _name_match(x, y)
            better = (m.value, m.same) > (best.value, best.same)
            tie_cross = (m.value, m.same) == (best.value, best.same) and best.a and \
                _script(m.a) != _script(m.b) and _script(best.a) == _script(best.b)
            if better or tie_cross:
                best = m
    return best


def _relatives(facts: dict) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    rels = facts.get("relatives") if isinstance(facts, dict) else None
    for r in rels if isinstance(rels, list) else []:
        if isinstance(r, dict) and isinstance(r.get("names"), list):
            values = tuple(n for n in r["names"] if isinstance(n, str))[:MAX_NAMES]
            if values:
                out.append((relation_kind(r.get("kind") or ""), values))
    return out[:MAX_NAMES]


def _places(facts: dict) -> list[str]:
    ps = facts.get("places") if isinstance(facts, dict) else None
    return [p for p in ps if isinstance(p, str)][:MAX_NAMES] if isinstance(ps, list) else []


# Weights of what besides names speaks for (or against) two persons being one.
SAME_YEAR, CLOSE_YEAR, FAR_YEAR, VERY_FAR_YEAR = 0.2, 0.08, -0.1, -0.4
RELATIVE, RELATIVES_MAX, OTHER_PARENT = 0.2, 0.3, -0.2
PLACE, PLACES_MAX = 0.1, 0.15


def score(a: Candidate, b: Candidate) -> tuple[float, list[Reason]]:
    """How likely a and b are one person, 0..1, and the reasons for it, best first. No agreeing
    name, no score: relatives or places alone never suggest a link."""
    name = _best_name_match(a.names, b.names)
    if name.value <= 0:
        return 0.0, []
    parts: list[tuple[float, Reason]] = []
    if name.same:
        scripts = sorted({SCRIPT_LABELS.get(_script(v), "Latin") for v in (name.a, name.b)})
        parts.append((name.value, Reason("same_name_scripts", {"scripts": ", ".join(scripts)})))
    else:
        parts.append((name.value, Reason("similar_name", {"a": name.a, "b": name.b})))
    total = name.value

    if a.birth_year and b.birth_year:
        gap = abs(a.birth_year - b.birth_year)
        if gap == 0:
            parts.append((SAME_YEAR, Reason("same_birth_year", {"year": str(a.birth_year)})))
            total += SAME_YEAR
        elif gap <= 2:
            lo, hi = sorted((a.birth_year, b.birth_year))
            parts.append((CLOSE_YEAR, Reason("close_birth_year", {"a": str(lo), "b": str(hi)})))
            total += CLOSE_YEAR
        else:
            total += FAR_YEAR if gap <= 5 else VERY_FAR_YEAR

    rel_total = 0.0
    ra, rb = _relatives(a.facts), _relatives(b.facts)
    for kind, a_names in ra:
        best = None
        for kind_b, b_names in rb:
            if kind_b != kind:
                continue
            m = _best_name_match(a_names, b_names)
            if m.value > 0 and not (best and best.value >= m.value):
                best = m
        if best and best.value >= NAME_ONE_WORD * 0.8:
            # a relative's full name counts fully, one agreeing word less
            w = RELATIVE * min(1.0, best.value / NAME_TWO_WORDS)
            rel_total += w
            parts.append((w, Reason("same_relative", {"kind": kind, "name": best.a})))
        elif kind in _ONE_ONLY and any(k == kind for k, _ in rb) and not best:
            total += OTHER_PARENT           # a different mother (or father) named
    total += min(rel_total, RELATIVES_MAX)

    place_total, seen = 0.0, set()
    pb = [(p, _place_keys(p)) for p in _places(b.facts)]
    for p in _places(a.facts):
        keys = _place_keys(p)
        if not keys or keys & seen:
            continue
        if any(keys & kb for _p, kb in pb):
            seen |= keys
            place_total += PLACE
            parts.append((PLACE, Reason("same_place", {"place": p})))
    total += min(place_total, PLACES_MAX)

    parts.sort(key=lambda p: -p[0])      # stable: the name stays ahead of an equal weight
    return max(0.0, min(1.0, round(total, 4))), [r for _w, r in parts]


# --- blocking ----------------------------------------------------------------------------------

# Change when blocking_keys or facts_of change: stores are re-indexed once when opened (storage.cases).
KEYS_VERSION = "people-keys-2"
MAX_KEYS = 96       # keys per person: a person with a hundred aliases does not flood the index
_IDS = 3            # keys of one word that make pair keys
# Key kinds that carry two facts (two words of a name, a name and a birth year, a name and a
# relative's): shared by few persons, they are what the whole suggestion pass looks at.
PAIR_KINDS = ("p:", "y", "r:")


def _ids(w: _Word) -> list[str]:
    return [k.replace(":", "", 1) for k in sorted(w.keys | w.stems)[:_IDS]]


@text_cache(maxsize=200_000)
def _name_keys(name: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...], int]:
    """What blocking_keys takes from one name alone: its keys in order (of its words, their coarse
    keys, its pairs of words), its pair keys alone, the ids of its first words and how many words
    it has. Cached: a bulk import meets the same names in thousands of persons."""
    words = _name_words(name)
    ids = tuple(tuple(_ids(w)) for w in words[:4])
    pairs = tuple("p:" + "|".join(sorted((x, y))) for i in range(len(ids)) for j in range(i + 1, len(ids))
                  for x in ids[i] for y in ids[j])
    out: list[str] = []
    for w in words:
        out += sorted(w.keys | w.stems)
        out += [("h:" if w.script == "Hani" else "c:") + c for c in sorted(w.coarse)]
    if len(words) == 2 and words[0].script != "Hani":     # 张立伟 against Zhang Liwei
        for x, y in (words, words[::-1]):
            joined = _coarse(x.loose + y.loose)
            out += ["c:" + joined] if len(joined) >= 3 else []
    out += pairs
    return tuple(out), pairs, ids, len(words)


def blocking_keys(names_: list[str], birth_year: int | None = None, facts: dict | None = None) -> set[str]:
    """The keys under which a person is found as a candidate (person_name_key rows):
    ``k:``/``s:`` every match key of every word and of its stem; ``p:`` every pair of words of one
    name; ``y1979:`` a pair of words (or the one word of a one-word name) with the birth year;
    ``r:`` the one word of a one-word name with a relative's (``Gulnar`` whose child is ``Zhamal``);
    ``h:``/``c:`` coarse keys of words in Chinese characters and in letters, each looked up only
    against the other (``lookup_keys``). Pairs, years and relatives are rare, so preferred."""
    out: list[str] = []
    relatives = None
    for name in list(names_)[:MAX_NAMES]:
        keys, pairs, ids, n_words = _name_keys(name)
        out += keys
        if birth_year and pairs:
            out += [f"y{birth_year}:{k[2:]}" for k in pairs]
        elif birth_year and ids:  # a name with no word in it ("?", "—": not known) has no key to pair
            out += [f"y{birth_year}:{i}" for i in ids[0][:2]]
        if n_words == 1:
            if relatives is None:
                relatives = _relatives(facts or {})
            for kind, rel_names in relatives[:4]:
                rel_words = _name_words(rel_names[0])[:2]
                out += [f"r:{i}|{kind[:20]}:{r}" for i in ids[0][:2] for w in rel_words for r in _ids(w)[:2]]
    return set(list(dict.fromkeys(out))[:MAX_KEYS])


def lookup_keys(keys: set[str]) -> set[str]:
    """The keys to look candidates up by, from a person's blocking keys: its own keys, a birth year
    key for the years either side too, and the coarse keys across scripts only (``h:`` finds ``c:``
    and ``c:`` finds ``h:``; letters never find letters by a coarse key)."""
    out = set()
    for k in keys:
        if k.startswith("c:"):
            out.add("h:" + k[2:])
        elif k.startswith("h:"):
            out |= {k, "c:" + k[2:]}
        elif k.startswith("y") and ":" in k and k[1:k.index(":")].isdigit():
            year, rest = int(k[1:k.index(":")]), k[k.index(":") + 1:]
            out |= {f"y{y}:{rest}" for y in (year - 1, year, year + 1)}
        else:
            out.add(k)
    return out
