"""Full-text search over cases (SQLite FTS5, inside the SQLCipher encryption).

Indexed per case: reference, title, names (every script, plus identifiers), body (summary,
narratives, descriptions, places, facilities, proceedings, sources) and ``translit``: the names,
title and places transliterated to Latin letters (anyascii), so that a query in Cyrillic finds a
name recorded only in Latin, and the other way round. The tokenizer folds case and removes
diacritics. Chinese has no spaces between words: every Han character is indexed as a token and a
query in Chinese becomes a phrase of its characters.
"""
from __future__ import annotations

import re

from anyascii import anyascii

from models.interchange import Case

_HAN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff])")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_POSSESSIVE = re.compile(r"[\u2019\u02bc'](?:s\b)?")
# bm25 weights, in column order: a hit in a reference or a name counts more than one in a narrative.
WEIGHTS = (10.0, 5.0, 8.0, 1.0, 3.0)


_FOLDS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("ts", "c"),
          ("x", "s"), ("q", "k"), ("w", "v"), ("y", "i"))
_DOUBLE = re.compile(r"(.)\1+")


def latin_key(text: str) -> str:
    """A loose Latin spelling key: different romanisations of one name give the same key."""
    s = anyascii(text).lower().replace("'", "").replace("`", "")
    for a, b in _FOLDS:
        s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)


def _han_spaced(text: str) -> str:
    return _HAN.sub(r" \1 ", text)


def _join(parts) -> str:
    return "\n".join(p for p in parts if p)


def index_columns(case: Case) -> tuple[str, str, str, str, str]:
    names = [n.value for p in case.persons for n in p.names]
    names += [i.value for p in case.persons for i in p.identifiers]
    places = []
    for e in case.events:
        if e.place:
            places += [e.place.name, e.place.admin, e.place.facility]
    body = [case.summary, " ".join(case.tags)]
    for p in case.persons:
        body += [p.whereabouts, p.ethnicity, p.relation.kind if p.relation else None]
    body += [a.text for a in case.accounts]
    body += [e.description for e in case.events] + places
    for pr in case.proceedings:
        body += [pr.forum, pr.notes] + [h.notes for h in pr.hearings] + [d.description for d in pr.deadlines]
    for s in case.sources:
        body += [s.title, s.publisher]
    translit = latin_key(_join([case.title, *names, *(p for p in places if p)]))
    return (case.reference, _han_spaced(case.title), _han_spaced(_join(names)),
            _han_spaced(_join(body)), translit)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed: every word must match, as a prefix
    (inflected and possessive forms), in its own script or transliterated. None if nothing to search."""
    clauses = []
    for word in _TOKEN.findall(_POSSESSIVE.sub("", query)):
        if _HAN.search(word):
            chars = [c for c in _han_spaced(word).split() if c]
            clauses.append(_quote(" ".join(chars)))
            continue
        own = _quote(word) + "*"
        key = "".join(_TOKEN.findall(latin_key(word)))
        clauses.append(f"({own} OR translit : {_quote(key)}*)" if key else own)
    return " AND ".join(clauses) if clauses else None
