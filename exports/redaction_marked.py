"""Spans marked by a caseworker, found again wherever they stand in the case.

What was marked in one account (``Aqsu``, ``Tasqoram village``) is removed everywhere: in any
letter case, with an inflectional ending on its last word (``Aqsuda``, ``Aqsudan``, ``Ақсуның``,
``Aqsu's``), in any script that folds to the same loose Latin key (``Ақсу``, ``Aksu``), with its
words joined by spaces, hyphens, dots or underscores (``aqsu_2018.jpg``), and, for Arabic script,
with any letters glued to its end (Uyghur suffixes). Chinese spans are matched by their
characters with spaces and middle dots between them ignored.

Words are compared by a loose key of their own (transliteration to Latin with anyascii, then the
folds transliteration differences need): K/Q, Zh/J, Kh/H, Sh/Ş, Y/I, doubled letters.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from anyascii import anyascii

_FOLDS = (("zh", "j"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("q", "k"), ("y", "i"),
          ("w", "u"), ("x", "h"))
_DOUBLE = re.compile(r"(.)\1+")


def key(word: str) -> str:
    s = re.sub(r"[^a-z0-9]", "", anyascii(unicodedata.normalize("NFKC", word)).lower())
    for a, b in _FOLDS:
        s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)


# Inflectional endings (English, Kazakh and Uyghur in Latin and Cyrillic, Russian), compared by key.
_ENDING_WORDS = (
    "s es 's ’s "
    "da de ta te dan den tan ten nan nen ga ge ka ke qa na ne ny ni dy di ty ti nyng ning dyng ding tyng ting "
    "men ben pen dagy degi tagy tegi ndagy ndegi gy gi sy si ynda inde nda nde dyn din tin gha "
    "лық лік да де та те дан ден тан тен нан нен ға ге қа ке на не ны ні ды ді ты ті ның нің дың дің тың тің "
    "мен бен пен дағы дегі тағы тегі нда нде сы сі "
    "а я у ю ом ем ой ей е и ы ами ями ах ях ов ев"
)
ENDINGS = frozenset(key(e) for e in _ENDING_WORDS.split()) - {""}

_RTL = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_HAN = re.compile(r"[\u2E80-\u9FFF\uF900-\uFAFF\U00020000-\U0002FFFF]")
_WORD = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"^[\s\-_.·'’]*$")


def _has_ending(rest: str) -> bool:
    """An ending, or two chained ('Aqsu-da-gy', 'Ақсудағы'): by key."""
    if not rest or rest in ENDINGS:
        return True
    return any(rest[:i] in ENDINGS and rest[i:] in ENDINGS for i in range(1, len(rest)))


@dataclass(frozen=True)
class _Span:
    keys: tuple[str, ...]          # loose key of each word
    arabic_last: str               # last word as written, when it is Arabic script ('' otherwise)


class MarkedSpans:
    """Finds the text of marked spans (and their spellings) in any other text."""

    def __init__(self, spans: list[str]):
        self.spans: list[_Span] = []
        han = []
        for text in spans:
            text = unicodedata.normalize("NFKC", text).strip()
            if _HAN.search(text):
                han.append(text)
                continue
            words = _WORD.findall(text)
            if not words:
                continue
            keys = tuple(key(w) for w in words)
            if not all(keys) and not _RTL.search(text):
                continue
            last = words[-1].casefold() if _RTL.search(words[-1]) else ""
            self.spans.append(_Span(keys, last))
        chars = sorted({re.sub(r"[\s·・•]+", "", h) for h in han if len(re.sub(r"[\s·・•]+", "", h)) >= 2},
                       key=len, reverse=True)
        self._han = (re.compile("|".join(r"[\s·・•]*".join(map(re.escape, c)) for c in chars)) if chars else None)

    def __bool__(self) -> bool:
        return bool(self.spans) or self._han is not None

    def find(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        if self._han is not None:
            out += [m.span() for m in self._han.finditer(text)]
        if not self.spans:
            return out
        tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
        keys = [key(t[2]) for t in tokens]
        for i in range(len(tokens)):
            for span in self.spans:
                n = len(span.keys)
                if i + n > len(tokens) or not self._matches(span, tokens, keys, i, text):
                    continue
                out.append((tokens[i][0], tokens[i + n - 1][1]))
        return out

    @staticmethod
    def _matches(span: _Span, tokens, keys, i: int, text: str) -> bool:
        n = len(span.keys)
        for j in range(n - 1):
            if keys[i + j] != span.keys[j] or not _GAP.match(text[tokens[i + j][1]:tokens[i + j + 1][0]]):
                return False
        if n > 1 and not _GAP.match(text[tokens[i + n - 2][1]:tokens[i + n - 1][0]]):
            return False
        last_word, last_key, want = tokens[i + n - 1][2], keys[i + n - 1], span.keys[-1]
        if span.arabic_last and last_word.casefold().startswith(span.arabic_last):
            return True            # Uyghur suffixes are glued to the word in Arabic script
        if last_key == want:
            return True
        return len(want) >= 3 and last_key.startswith(want) and _has_ending(last_key[len(want):])
