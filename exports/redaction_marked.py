"""Spans marked by a caseworker, found again wherever they stand in the case.

What was marked in one account (``Aqsu``, ``Tasqoram village``) is removed everywhere, by the
same word rule as names (models/names.py): a word of the text is a word of the span when their
match keys agree, so in any letter case, in every spelling the store transliterates it into
(``Ақсу``, ``Аксу``, ``Aksu``; Uyghur ``ئاقسۇ`` and its Latin reading), with an inflectional ending
on its last word (``Aqsuda``, ``Aqsudan``, ``Ақсуның``, ``Aqsu's``), and inside file names and
addresses (``IMG_aqsu_2018.jpg``). In Arabic script any letters glued to the end of the last
word go with it (Uyghur suffixes the ending list does not know). Chinese spans are matched by
their characters, with spaces and middle dots between them ignored.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from models import names as nm

_GAP = re.compile(r"[\s\-_.\u00b7]{0,3}")      # what may stand between the words of one span
_ADJECTIVE = ("ğy", "ği", "gy", "gi", "ғы", "гі", "ky", "ki", "қы", "кі", "diki", "tiki", "دىكى", "تىكى")


@dataclass(frozen=True)
class _Span:
    keys: tuple[frozenset[str], ...]     # per word: the match keys of every spelling of it
    arabic_last: str                     # the last word as written, when it is Arabic script


def _word_keys(word: str) -> frozenset[str]:
    out: set[str] = set()
    for spelling in nm.spellings(word) or {word}:
        out |= nm.match_keys(spelling)
    return frozenset(out)


def _without_adjective(word: str) -> str | None:
    low = word.lower()
    return next((word[:-len(e)] for e in _ADJECTIVE if low.endswith(e) and len(word) - len(e) >= 5), None)


class MarkedSpans:
    """Finds the text of marked spans (in every spelling) in any other text."""

    def __init__(self, spans: list[str]):
        self.spans: list[_Span] = []
        self._han: list[re.Pattern] = []
        for text in spans:
            text = unicodedata.normalize("NFKC", text).strip()
            if any(nm.is_han(c) for c in text):
                rx = nm.han_pattern(text)
                if rx is not None and len(nm.han_chars(text)) >= 2:
                    self._han.append(rx)
                continue
            ws = [w for _, _, w in nm.words(text)]
            if not ws or (len(ws) == 1 and len(ws[0]) < 2):
                continue
            keys = tuple(_word_keys(w) for w in ws)
            if not all(keys):
                continue
            last = ws[-1].casefold() if nm.detect_script(ws[-1]) == "Arab" else ""
            self.spans.append(_Span(keys, last))

        self._first = frozenset().union(*(s.keys[0] for s in self.spans))
        self._arabic = tuple(s.arabic_last for s in self.spans if s.arabic_last)

    def _may_start(self, word: str) -> bool:
        if nm.inflected_keys(word) & self._first:
            return True
        stem = _without_adjective(word)
        return bool(stem and nm.inflected_keys(stem) & self._first) or word.casefold().startswith(self._arabic)

    def __bool__(self) -> bool:
        return bool(self.spans or self._han)

    def find(self, text: str) -> list[tuple[int, int]]:
        out = [m.span() for rx in self._han for m in rx.finditer(text)]
        if not self.spans:
            return out
        ws = nm.words(text)
        # a span starts at a word whose keys (cached, stems included) meet its first word's keys
        starts = [i for i, (_, _, w) in enumerate(ws) if self._may_start(w)]
        plain: dict[int, frozenset[str]] = {}
        for i in starts:
            for span in self.spans:
                end = self._match(span, text, ws, plain, i)
                if end is not None:
                    out.append((ws[i][0], end))
        return out

    @staticmethod
    def _match(span: _Span, text: str, ws, plain, i: int) -> int | None:
        n = len(span.keys)
        if i + n > len(ws):
            return None
        for j in range(n - 1):
            if i + j not in plain:
                plain[i + j] = nm.match_keys(ws[i + j][2])
            if not plain[i + j] & span.keys[j] or not _GAP.fullmatch(text[ws[i + j][1]:ws[i + j + 1][0]]):
                return None
        start, end, word = ws[i + n - 1]
        if span.arabic_last and word.casefold().startswith(span.arabic_last):
            return end
        if not nm.inflected_keys(word) & span.keys[-1]:
            # the locative adjective ('Aqsudağy', 'Ақсудағы' = the one in Aqsu) is one more ending
            stem = _without_adjective(word)
            if stem is None or not nm.inflected_keys(stem) & span.keys[-1]:
                return None
        cut = min((word.find(a) for a in nm._APOSTROPHES if a in word), default=-1)
        return start + cut if cut >= nm.MIN_STEM else end      # Aqsu's -> [REDACTED]'s
