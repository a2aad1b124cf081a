"""The redactor's name matcher, built on the name model (models/names.py).

The rule a user can state: *any word that search would match as a protected person's name is
removed*. A word of the text (found by ``names.words``: also inside file names, URLs, e-mail
addresses, camelCase) is removed when one of its stems (``strip_endings``) has a match key
(``match_keys``) of a protected form: any spelling of the full name or of one of its words. The
whole word goes, ending included (``Ақанның -> Relative 1``), except an English possessive
(``Aqan's -> Relative 1's``). Chinese names are matched by their characters (``han_spans``).

A protected word stays when it stands inside an occurrence of an allowed phrase (a name shown in
full, whose patronymic may be a protected relative's given name; a place such as ``Altay
Prefecture``), in any script, and that phrase is longer than the protected name found there. So a
one-word allowed phrase keeps nothing in running text (a place called ``Altay`` does not protect a
relative called Altay), and ``Mihrigul Tursun Ahmet`` loses ``Tursun Ahmet``. A text that is, as a
whole, an allowed phrase (the place field ``Altay`` itself) is kept. An allowed word (a word of a
name shown in full) that matched only through its stem stays alone too: the applicant's
patronymic ``Aqanqyzy`` holds her father's ``Aqan``, while a protected relative's ``Aqanuly`` goes.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from models import names as nm

# Words that stand in names but say nothing about who is meant ('Aqan uly', 'al-Din', 'bin Ali').
PARTICLES = frozenset({"al", "el", "ul", "ad", "ud", "ibn", "bin", "binti", "bint", "uly", "uli", "ulu", "uulu",
                       "ogly", "oglu", "ogli", "ugli", "kyzy", "qyzy", "kizi", "qizi", "kizy", "van", "von", "de",
                       "da", "di", "la", "le", "of", "ұлы", "улы", "қызы", "кызы", "оглы", "огли", "угли",
                       "ئوغلى", "قىزى"})
_GAP = re.compile(r"[\s\-_.\u00b7]{1,3}")     # what may stand between the words of one name
_BROKEN = re.compile(r"[-\u00ad\u2010][ \t]*\r?\n[ \t]*")   # a word hyphenated at the end of a line
_COMMA = re.compile(r",\s?")                    # 'Serikuly, Aqan': one name written family name first


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    replacement: str
    rule: str
    label: str


def name_words(value: str) -> list[str]:
    """The words of a name that identify a person (two letters or more, no particles)."""
    return [w for _, _, w in nm.words(value)
            if len(w) >= 2 and w.casefold() not in PARTICLES and nm.detect_script(w) != "Hani"]


def _has_han(value: str) -> bool:
    return any(nm.is_han(c) for c in value)


class _Phrases:
    """Multi-word phrases found as runs of words whose keys agree, word by word."""

    def __init__(self):
        self._by_first: dict[str, list[list[frozenset[str]]]] = {}

    def add(self, value: str) -> None:
        ws = [w for _, _, w in nm.words(value)]
        if len(ws) < 2 or _has_han(value):
            return
        seq = [nm.match_keys(w) for w in ws]
        if all(seq):
            for k in seq[0]:
                self._by_first.setdefault(k, []).append(seq)

    def covered(self, text: str, ws: list[tuple[int, int, str]], keys: list[frozenset[str]],
                near: Iterable[int], glued: bool = False) -> dict[int, int]:
        """For each word that stands inside an occurrence of a phrase, the length in words of the
        longest such occurrence; looked for around the words ``near``. ``glued``: the phrase may
        begin at the end of a longer word ('CNDina')."""
        out: dict[int, int] = {}
        if not self._by_first:
            return out
        longest = max(len(s) for seqs in self._by_first.values() for s in seqs)
        starts = sorted({i for j in near for i in range(max(0, j - longest + 1), j + 1)})
        for i in starts:
            word = ws[i][2]
            own = set(nm.match_keys(word))      # a phrase starts with the word itself, not a stem
            if glued:
                for cut in range(1, len(word) - 1):
                    own |= nm.match_keys(word[cut:])
            for seq in {id(s): s for key in own for s in self._by_first.get(key, ())}.values():
                n = len(seq)
                if i + n > len(ws):
                    continue
                if all((own if j == 0 else keys[i + j] if j == n - 1 else nm.match_keys(ws[i + j][2])) & seq[j]
                       for j in range(n)) \
                        and all(_GAP.fullmatch(text[ws[i + j][1]:ws[i + j + 1][0]]) for j in range(n - 1)):
                    for j in range(i, i + n):
                        out[j] = max(out.get(j, 0), n)
        return out


class NameMatcher:
    """Finds every word that is a protected name, in any spelling, script or inflected form.

    ``rules``: (full variants, part variants, replacement, label) per protected person;
    ``allowed``: phrases shown as written (names shown in full, places of the case).
    """

    def __init__(self, rules: list[tuple[list[str], list[str], str, str]], allowed: Iterable[str]):
        self._keys: dict[str, tuple[bool, str, str]] = {}     # match key -> (full, replacement, label)
        self._fulls = _Phrases()
        self._han: list[tuple[re.Pattern, bool, str, str]] = []
        for fulls, parts, replacement, label in rules:
            for v, full in [(v, True) for v in fulls] + [(v, False) for v in parts]:
                if _has_han(v):
                    for piece in ([v] if full else []) + [p for p in re.split(r"[·・•\s]+", v) if len(p) >= 2]:
                        rx = nm.han_pattern(piece)
                        if rx and len(nm.han_chars(piece)) >= 2:
                            self._han.append((rx, full and piece == v, replacement, label))
                    continue
                ws = name_words(v)
                if full and len(ws) > 1:
                    self._fulls.add(v)
                for w in ws:
                    whole = full and len(ws) == 1
                    for k in nm.match_keys(w):
                        old = self._keys.get(k)
                        if old is None or (whole and not old[0]):
                            self._keys[k] = (whole, replacement, label)
        self._han.sort(key=lambda h: -len(h[0].pattern))
        self._allowed = _Phrases()
        self._allowed_han = []
        self._allowed_words: set[str] = set()
        allowed = [a for a in allowed if a and a.strip()]
        self._exact = {" ".join(a.split()).casefold() for a in allowed}
        for a in allowed:
            ws = [w for _, _, w in nm.words(a)]
            if len(ws) == 1 and not _has_han(a):
                self._allowed_words |= nm.match_keys(ws[0])
            if _has_han(a):
                if len(nm.han_chars(a)) >= 2:
                    self._allowed_han.append(nm.han_pattern(a))
            else:
                self._allowed.add(a)

    def __bool__(self) -> bool:
        return bool(self._keys or self._han)

    def hits(self, text: str, glued: bool = False) -> list[Hit]:
        """Every protected name in ``text``, as replacements. ``glued``: text read back with words of
        neighbouring cells run together ('CNDina Nurdaulet'), where an allowed phrase may begin
        inside a longer word."""
        if not self or not text or " ".join(text.split()).casefold() in self._exact:
            return []     # a text that is an allowed phrase as a whole: a place field 'Altay'
        out = self._word_hits(text, glued) + self._han_hits(text)
        out.sort(key=lambda h: (h.start, -(h.end - h.start)))
        return out

    def _word_hits(self, text: str, glued: bool) -> list[Hit]:
        if not self._keys:
            return []
        ws = self._rejoin(text, nm.words(text))
        keys = [nm.inflected_keys(w) for _, _, w in ws]
        found: dict[int, tuple[bool, str, str]] = {}
        for i, k in enumerate(keys):
            own = nm.match_keys(ws[i][2])
            # the word's own keys before its stems', in a fixed order: 'Aqanqyzy' is the applicant's
            # word before it is her father's 'Aqan' with a patronymic suffix, whatever the hash seed
            # word; a stem never overrides a match of the word itself (the protected applicant's
            # 'Aqanuly' is her initials, not her father's 'Aqan' with a suffix)
            by_own = False
            for key in sorted(k, key=lambda x: (x not in own, x)):
                entry = self._keys.get(key)
                if entry and (i not in found or entry[0] and not found[i][0] and (key in own or not by_own)):
                    found[i] = entry
                    by_own = by_own or key in own
        if not found:
            return []
        full = self._fulls.covered(text, ws, keys, found)
        allowed = self._allowed.covered(text, ws, keys, found, glued)
        out: list[Hit] = []
        for i in sorted(found):
            whole, replacement, label = found[i]
            if allowed.get(i, 0) > full.get(i, 1 if whole else 0):
                continue      # 'Tursun' in the applicant's own 'Mihrigul Tursun', 'Altay' in 'Altay Prefecture'
            if self._is_allowed_word(ws[i][2]):
                continue      # the applicant's 'Aqanqyzy', which holds her father's 'Aqan'

            start, end, word = ws[i]
            cut = min((word.find(a) for a in nm._APOSTROPHES if a in word), default=-1)
            if cut >= nm.MIN_STEM:
                end = start + cut      # Aqan's -> Relative 1's
            rule = "name (full)" if whole or i in full else "name (part)"
            prev = out[-1] if out else None
            gap = text[prev.end:start] if prev else ""
            if prev and prev.replacement == replacement and (
                    _GAP.fullmatch(gap) or _COMMA.fullmatch(gap) and prev.end - prev.start == len(ws[i - 1][2])
                    and ws[i - 1][2].casefold() != word.casefold()):
                out[-1] = Hit(prev.start, end, replacement, "name (full)" if i in full else prev.rule, label)
            else:
                out.append(Hit(start, end, replacement, rule, label))
        return out

    def _is_allowed_word(self, word: str) -> bool:
        """An allowed word, in any inflected form, that is not itself a protected word: it matched
        only through a stem ('Aqanqyzy' through 'Aqan')."""
        if not self._allowed_words:
            return False
        for stem in nm.strip_endings(word):
            keys = nm.match_keys(stem)
            if keys & self._allowed_words and not any(k in self._keys for k in keys):
                return True
        return False

    def _rejoin(self, text: str, ws: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A name hyphenated at a line break in the text as typed or pasted ('Bauyr-\\nzhan') is one word."""
        if "\n" not in text:
            return ws
        out: list[tuple[int, int, str]] = []
        for w in ws:
            if out and _BROKEN.fullmatch(text[out[-1][1]:w[0]]):
                joined = out[-1][2] + w[2]
                if any(k in self._keys for k in nm.inflected_keys(joined)):
                    out[-1] = (out[-1][0], w[1], joined)
                    continue
            out.append(w)
        return out

    def _han_hits(self, text: str) -> list[Hit]:
        if not self._han:
            return []
        allowed = [m.span() for rx in self._allowed_han for m in rx.finditer(text)]
        out, taken = [], []
        for rx, full, replacement, label in self._han:
            for m in rx.finditer(text):
                a, b = m.span()
                if any(x < b and a < y for x, y in taken):
                    continue
                # as for words: kept inside a longer allowed phrase (阿勒泰地区), a part inside any
                if any(x <= a and b <= y and (not full or y - x > b - a) for x, y in allowed):
                    continue
                taken.append((a, b))
                out.append(Hit(a, b, replacement, "name (full)" if full else "name (part)", label))
        return out
