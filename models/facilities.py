"""Facilities (camps, prisons, detention centres, factories) as records: how their names are matched.

A facility is known by many names: "Xinyuan re-education camp", "新源县职业技能教育培训中心",
"Синьюань", "Күнес лагері". Names are matched word by word with the name model that search and the
people matcher use (models.names): a word matches a name word when they share a match key, so
``Xinyuan``, ``Синьюань`` and ``新源`` are one word; Chinese is also matched by its characters, in
simplified and traditional forms. Pure functions: no store, no Qt.
"""
from __future__ import annotations


from models import names
from models.text_cache import text_cache

MAX_QUERY_WORDS = 16


def _words(text: str) -> list[str]:
    return [w for _s, _e, w in names.words(text or "")][:MAX_QUERY_WORDS]


@text_cache(maxsize=4096)
def _han_forms(text: str) -> frozenset[str]:
    """The Han characters of a text, as written and in simplified and traditional forms."""
    chars = names.han_chars(text)
    if not chars:
        return frozenset()
    return frozenset(names.han_chars(s) for s in names.spellings(chars)) | {chars}


def _loose(word: str) -> set[str]:
    return {k for k in names.match_keys(word) if k.startswith("k:")}


def word_matches(query_word: str, name_word: str, prefix: bool = False) -> bool:
    """Whether a word typed (or written in a case) is this word of a facility name. ``prefix``: a
    word half typed in a search box matches the start of the name word."""
    if names.match_keys(query_word) & names.match_keys(name_word):
        return True
    if names.inflected_keys(query_word) & names.match_keys(name_word):   # Синьюаньский, Күнестегі
        return True
    q_han, n_han = _han_forms(query_word), _han_forms(name_word)
    if q_han and n_han:
        return any(q in n for q in q_han for n in n_han)
    if prefix and len(query_word) >= 2:
        return any(n.startswith(q) for q in _loose(query_word) for n in _loose(name_word))
    return False


def name_matches_query(name: str, query: str) -> bool:
    """Every word of the query is (the start of) a word of the name: what a search box finds."""
    q_words, n_words = _words(query), _words(name)
    return bool(q_words) and all(any(word_matches(q, n, prefix=True) for n in n_words) for q in q_words)


def matches_query(facility_names: list[str], query: str) -> bool:
    """A facility is found by a search when one of its names (any script, any alias) matches."""
    return any(name_matches_query(n, query) for n in facility_names)


def names_place(name: str, place_text: str) -> bool:
    """Whether a free-text place of a case names the facility by this name: every word of the name
    is a word of the place ("Xinyuan" in "Xinyuan camp"), or, for Chinese, the place's characters
    are in the name (新源 in 新源县职业技能教育培训中心)."""
    n_words, p_words = _words(name), _words(place_text)
    if not n_words or not p_words:
        return False
    if all(any(word_matches(p, n) for p in p_words) for n in n_words):
        return True
    p_han = names.han_chars(place_text)
    return len(p_han) >= 2 and any(p in n for p in _han_forms(place_text) for n in _han_forms(name))


def place_names(facility_names: list[str], place_texts: list[str]) -> str | None:
    """The first of the facility's names that one of the place texts names, or None."""
    for name in facility_names:
        if any(names_place(name, t) for t in place_texts if t):
            return name
    return None


class NameIndex:
    """The names of many facilities, for finding which one a place text names without comparing
    every place with every name: a name is only compared with the places that share a match key
    of its first word (or, for Chinese, that have Chinese characters). The same answers as
    ``place_names`` tried on each facility in order."""

    def __init__(self, registry: list[tuple[str, list[str]]]):
        self._by_key: dict[str, list[tuple[int, int, str, str]]] = {}
        self._han: list[tuple[int, int, str, str]] = []
        self._seen: dict[tuple[str, ...], tuple[str, str] | None] = {}
        for order, (fid, facility_names) in enumerate(registry):
            for i, name in enumerate(facility_names):
                entry = (order, i, fid, name)
                words = _words(name)
                for key in names.match_keys(words[0]) if words else ():
                    self._by_key.setdefault(key, []).append(entry)
                if names.han_chars(name):
                    self._han.append(entry)

    def naming(self, place_texts: list[str]) -> tuple[str, str] | None:
        """(facility id, the name matched) of the first facility the place texts name, or None."""
        texts = tuple(t for t in place_texts if t and t.strip())
        if texts in self._seen:
            return self._seen[texts]
        candidates: set[tuple[int, int, str, str]] = set()
        for text in texts:
            for word in _words(text):
                for key in names.match_keys(word) | names.inflected_keys(word):
                    candidates.update(self._by_key.get(key, ()))
            if names.han_chars(text):
                candidates.update(self._han)
        found = None
        for _order, _i, fid, name in sorted(candidates):
            if any(names_place(name, t) for t in texts):
                found = (fid, name)
                break
        self._seen[texts] = found
        return found
