"""Full-text search over cases (SQLite FTS5, inside the SQLCipher encryption).

Indexed per case: reference, title, names (every script, plus identifiers), body (summary,
narratives, descriptions, places, facilities, proceedings, sources) and ``translit``: the match keys
of every word of the names, title and places (models.names: a loose Latin key, and a consonant
skeleton for longer words), so that one spelling finds the others: ``Тұрсынай`` finds ``Tursunay``,
``Baurzhan`` and ``Бауржан`` find ``Бауыржан``, ``Jamal`` finds ``Zhamal``. A query word matches a
name when one of its keys, or of its stems without an inflectional ending, is one of the name's
keys — the same rule redaction removes names by. The tokenizer folds case and removes diacritics.
Chinese has no spaces between words: every Han character is indexed as a token and a query in
Chinese becomes a phrase of its characters.
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache

from models import names
from models.interchange import Case

_HAN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff])")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_POSSESSIVE = re.compile(r"[\u2019\u02bc'](?:s\b)?")
# bm25 weights, in column order: a hit in a reference or a name counts more than one in a narrative.
WEIGHTS = (10.0, 5.0, 8.0, 1.0, 3.0)
# Words whose keys fingerprint the name model: when models.names folds them otherwise, the index
# version changes by itself and stores are re-indexed when opened (storage.cases.reindex_if_stale).
_FINGERPRINT_WORDS = ("Бауыржан", "Qayşa", "Сейітқали", "Mehmet", "Dawlet", "Yerlan", "تۇرسۇناي", "Zhaqsylyq",
                      "Тұрсынайдың", "泽依奈普", "Ziyawudun", "Mexmet", "Әсел")


def _index_version() -> str:
    keys = [sorted(names.match_keys(w)) + sorted(names.inflected_keys(w)) for w in _FINGERPRINT_WORDS]
    return "names-2:" + hashlib.sha256(json.dumps(keys).encode()).hexdigest()[:16]


# What the ``translit`` column was built with (kept in the store's meta). Change the prefix when
# the way keys become tokens changes.
INDEX_VERSION = _index_version()
_MAX_QUERY_WORDS = 16  # a query is what a person types; a pasted page is not searched word by word


def _han_spaced(text: str) -> str:
    # Text in letters alone (a narrative in English) is passed over at once, not scanned by the pattern.
    return text if text.isascii() else _HAN.sub(r" \1 ", text)


def _join(parts) -> str:
    return "\n".join(p for p in parts if p)


def translit_tokens(texts) -> str:
    """The ``translit`` column: the match keys of every word of the texts, once each, as tokens."""
    keys: dict[str, None] = {}
    for text in texts:
        keys.update(dict.fromkeys(_text_tokens(text or "")))
    return " ".join(keys)


@lru_cache(maxsize=65536)
def _text_tokens(text: str) -> tuple[str, ...]:
    """The tokens of one text, in order. Cached: names, titles and places recur across cases (a
    bulk import or a re-index reads the same place names thousands of times)."""
    keys: dict[str, None] = {}
    for _start, _end, word in names.words(text):
        for key in names.match_keys(word):
            keys.setdefault(names.key_token(key))
    return tuple(keys)


def index_columns(case: Case, facility_names: list[str] = ()) -> tuple[str, str, str, str, str]:
    """The indexed columns of a case. ``facility_names``: every name of the registry facilities its
    events point to, so that a facility's name in any script finds the case."""
    person_names = [n.value for p in case.persons for n in p.names]
    idents = [i.value for p in case.persons for i in p.identifiers]
    places = []
    for e in case.events:
        if e.place:
            places += [e.place.name, e.place.admin, e.place.facility]
    places += list(facility_names)
    body = [case.summary, " ".join(case.tags)]
    for p in case.persons:
        body += [p.whereabouts, p.ethnicity, p.relation.kind if p.relation else None]
    body += [a.text for a in case.accounts]
    body += [e.description for e in case.events] + places
    for pr in case.proceedings:
        body += [pr.forum, pr.notes] + [h.notes for h in pr.hearings] + [d.description for d in pr.deadlines]
    for s in case.sources:
        body += [s.title, s.publisher]
    translit = translit_tokens([case.title, *person_names, *places])
    return (case.reference, _han_spaced(case.title), names_column(person_names + idents),
            _han_spaced(_join(body)), translit)


def names_column(values: list[str]) -> str:
    """The text of names as the index stores it (Chinese split into characters)."""
    return _han_spaced(_join(values))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _translit_clause(word: str) -> str | None:
    """The word's loose keys as prefixes (a name half typed), and the keys of the word and its stems
    exactly (a name in another spelling or with an ending)."""
    prefixes = {names.key_token(k) for k in names.match_keys(word) if k.startswith("k:")}
    exact = {names.key_token(k) for k in names.inflected_keys(word)} - prefixes
    terms = [_quote(t) + "*" for t in sorted(prefixes)] + [_quote(t) for t in sorted(exact)]
    return f"translit : ({' OR '.join(terms)})" if terms else None


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed: every word must match, as a prefix
    (inflected and possessive forms), in its own script or as a spelling of a name. None if
    nothing to search."""
    clauses = []
    # Words as the index tokenizer sees them, digits included, so an identifier typed is searched.
    for word in _TOKEN.findall(_POSSESSIVE.sub("", query))[:_MAX_QUERY_WORDS]:
        if _HAN.search(word):
            chars = [c for c in _han_spaced(word).split() if c]
            clauses.append(_quote(" ".join(chars)))
            continue
        own = _quote(word) + "*"
        other = _translit_clause(word)
        clauses.append(f"({own} OR {other})" if other else own)
    return " AND ".join(clauses) if clauses else None

