"""The verifier's own fold and matcher: every script to one reduced Latin alphabet, letters and digits only.

Deliberately unlike the redactor (no shared tokeniser, word boundaries or transliteration): text is
reduced to its letters and digits, so spacing, punctuation, hyphenation and line or page breaks do
not matter, and both the text and the protected forms are folded with the tables below.

Two folds, both keeping digits:
- *fine*: case, Latin diacritics, Kazakh and Russian Cyrillic, Uyghur Arabic script and Latin /
  Cyrillic homoglyphs to a-z; k/q, zh/j, sh/ş/ш, kh/x/h (h is dropped), y/i, w/v, doubled letters.
- *coarse*: the fine fold with every run of vowels written as one ``a``, so dropped, doubled or
  differently transliterated vowels (Bauyrzhan / Baurzhan, Тұрсынай / Tursunay) agree.

Where a word starts is taken from the extractor's own spacing (and from letter/digit and
lower/upper case changes, as in ``IMG_2017Mehmet``); see ``Matcher`` for how it is used.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

_CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia", "ї": "i", "є": "e", "ў": "u", "ј": "j",
}
# Cyrillic letters that look like Latin ones, read as Latin inside a word that mixes both scripts
_HOMOGLYPH = {"а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
              "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w"}
_ARABIC = {  # Uyghur (and Kazakh) Arabic script; the font's presentation forms are folded by NFKC first
    "ا": "a", "ە": "e", "ه": "e", "ھ": "e", "ہ": "e", "ۀ": "e", "ة": "e", "ب": "b", "پ": "p", "ت": "t",
    "ج": "j", "چ": "ch", "خ": "kh", "ح": "h", "د": "d", "ر": "r", "ز": "z", "ژ": "zh", "س": "s",
    "ش": "sh", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ڭ": "ng", "ل": "l",
    "م": "m", "ن": "n", "و": "o", "ۇ": "u", "ۆ": "o", "ۈ": "u", "ۋ": "v", "ې": "e", "ى": "i", "ي": "i",
    "ی": "i", "ئ": "", "ء": "", "ع": "", "أ": "a", "إ": "i", "آ": "a", "ٵ": "a", "ٶ": "u", "ٸ": "i",
    "ؤ": "u", "ث": "s", "ذ": "z", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ۅ": "o", "ۉ": "u",
}
_LATIN = {"ş": "sh", "ș": "sh", "ç": "ch", "ğ": "gh", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o",
          "đ": "d", "ł": "l", "ŋ": "ng", "ə": "a", "ð": "d", "þ": "th", "ʻ": "", "ʼ": ""}
# Multi-letter spellings of one sound, longest first, then single letters (see the module doc)
_DIGRAPHS = re.compile(r"shch|dzh|sh|ch|zh|kh|gh|ph|th|ts|dj|ng|[cqxwy]")
_DIGRAPH_TO = {"shch": "s", "dzh": "j", "sh": "s", "ch": "s", "zh": "j", "kh": "h", "gh": "g", "ph": "f",
               "th": "t", "ts": "s", "dj": "j", "ng": "n", "c": "k", "q": "k", "x": "h", "w": "v", "y": "i"}
_DOUBLE = re.compile(r"([a-z])\1+")
_VOWELS = re.compile(r"[aeiou]+")
START = "\x02"      # a word starts at the next character (only in the marked stream)
SEP = "\x00"        # a hard break no form is matched across (between unrelated strings)


def is_han(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def _char(ch: str, mixed: bool) -> str:
    """One character (already NFKC and case folded) as reduced Latin; '' when it is not a letter or digit."""
    if "a" <= ch <= "z" or "0" <= ch <= "9":
        return ch
    if mixed and ch in _HOMOGLYPH:
        return _HOMOGLYPH[ch]
    for table in (_CYRILLIC, _ARABIC, _LATIN):
        if ch in table:
            return table[ch]
    if ch.isdigit():
        return str(unicodedata.digit(ch, 0))
    if not ch.isalpha():
        return ""
    if is_han(ch):
        return ch
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if base != ch and base.isascii():
        return base
    return ch if unicodedata.category(ch).startswith("L") else ""


_LAT = re.compile(r"[a-z]")
_CYR = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W_]+")


def _kind(ch: str) -> int:
    if ch.isdigit():
        return 0
    return 2 if is_han(ch) else 1


# In an ASCII word, sub-words start at a change from lower to upper case or between letters and digits
_ASCII_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")


def _word(word: str, out: list[str]) -> None:
    """Append one extractor word, START before each sub-word (digits, case changes, script changes)."""
    if word.isascii():          # most of a brief: the same result as the loop below, at C speed
        out.append(START + _ASCII_BREAK.sub(START, word).lower())
        return
    lower = word.casefold()
    mixed = bool(_LAT.search(lower) and _CYR.search(lower))
    prev = None
    for orig, ch in zip(word, lower) if len(lower) == len(word) else zip(lower, lower):
        k = _kind(ch)
        if prev is None or k != prev[0] or (prev[1] and orig.isupper()):
            out.append(START)
        out.append(_char(ch, mixed))
        prev = (k, orig.islower())


def marked(text: str) -> str:
    """Reduced Latin letters and digits of ``text`` with START before every word (before digraphs)."""
    text = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    for m in _WORD.finditer(text):
        _word(m.group(0), out)
    return "".join(out)


def _digraphs(s: str) -> str:
    # a START inside a digraph ('S|h' in 'AS_Hman') stops it from being one: rare, harmless
    s = _DIGRAPHS.sub(lambda m: _DIGRAPH_TO[m.group(0)], s)
    return _DOUBLE.sub(r"\1", s.replace("h", ""))


def fine_marked(text: str) -> str:
    return _digraphs(marked(text))


def coarse_of_fine(s: str) -> str:
    return _VOWELS.sub("a", s)


def fine(text: str) -> str:
    """The fine fold, without word marks (for protected forms)."""
    return fine_marked(text).replace(START, "")


def coarse(text: str) -> str:
    return coarse_of_fine(fine(text))


def han(text: str) -> str:
    """Only the Chinese characters of ``text``."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if is_han(ch))


_RTL_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+")


def rtl_reversed(text: str) -> str | None:
    """The text with each Arabic-script run reversed (extractors return visual or logical order)."""
    if not _RTL_RUN.search(text):
        return None
    return _RTL_RUN.sub(lambda m: m.group(0)[::-1], text)


# --- matching --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Form:
    """One thing that must not appear, folded, with how it is matched."""
    label: str            # 'name of Relative 2', 'identifier: passport of the applicant'
    kind: str             # 'name', 'identifier', 'date of birth', 'marked span'
    key: str              # folded text to look for
    stream: str           # 'coarse', 'fine', 'han'
    how: str              # 'start' (at a word start), 'word' (a whole word), 'any', or 'birthday' (see below)
    year: str = ""        # 'birthday': a day and month is a leak unless another year stands next to it


# Thresholds: a name form of at least COARSE_MIN coarse letters is looked for in the coarse fold
# at any word start (with any ending); a shorter one in the fine fold at a word start when it has
# FINE_MIN fine letters, else only as a whole word ('Ali', 'Wei'): short forms folded coarsely
# would match ordinary words ('we' and 'Wei' fold alike).
COARSE_MIN = 6
FINE_MIN = 4


def name_form(label: str, kind: str, text: str) -> Form | None:
    f = fine(text)
    letters = "".join(ch for ch in f if not is_han(ch))
    if len(letters) < 2 or letters != f:
        return None
    c = coarse_of_fine(f)
    if len(c) >= COARSE_MIN:
        return Form(label, kind, c, "coarse", "start")
    return Form(label, kind, f, "fine", "start" if len(f) >= FINE_MIN else "word")


class _Stream:
    """A folded text without word marks, and the positions where words start."""

    def __init__(self, marked_text: str):
        parts = marked_text.split(START)
        self.text = "".join(parts)
        self.starts: set[int] = {0}
        pos = 0
        for p in parts[:-1]:
            pos += len(p)
            self.starts.add(pos)
        self.ordered = sorted(self.starts | {len(self.text)})

    def is_end(self, pos: int) -> bool:
        return pos >= len(self.text) or pos in self.starts

    def words_around(self, a: int, b: int, n: int = 2) -> list[str]:
        """Up to ``n`` words before position ``a`` and after the word that holds position ``b``."""
        i = bisect.bisect_left(self.ordered, a)
        j = bisect.bisect_left(self.ordered, b)
        before = [self.text[self.ordered[k]:self.ordered[k + 1]] for k in range(max(0, i - n), i)]
        after = [self.text[self.ordered[k]:self.ordered[k + 1]] for k in range(j, min(len(self.ordered) - 1, j + n))]
        return before + after


def _spans(text: str, key: str):
    i = text.find(key)
    while i >= 0:
        yield i, i + len(key)
        i = text.find(key, i + 1)


class Matcher:
    """Finds protected forms in a text, except where they stand inside a longer allowed phrase.

    An allowed phrase (a name shown in full, a place of the case, a pseudonym) hides a protected
    form only when the form lies inside it and the phrase is longer: 'Aqan' inside the shown
    'Aqanqyzy', 'Altay' inside 'Altay Prefecture'; a protected name never hides behind itself.
    """

    def __init__(self, forms: list[Form], allowed: list[str]):
        self.forms = forms
        self.allowed = {"fine": sorted({fine(a) for a in allowed} - {""}),
                        "han": sorted({han(a) for a in allowed} - {""})}
        self.allowed["coarse"] = sorted({coarse_of_fine(a) for a in self.allowed["fine"]})
        self.allowed["fine"] = [a for a in self.allowed["fine"] if any(not is_han(c) for c in a)]

    def find(self, text: str) -> set[Form]:
        """The forms found in ``text`` (in either direction of its Arabic-script runs)."""
        found: set[Form] = set()
        for variant in filter(None, (text, rtl_reversed(text))):
            found |= self._find(variant)
        return found

    def _find(self, text: str) -> set[Form]:
        fm = fine_marked(text)
        streams = {"fine": _Stream(fm)}
        streams["coarse"] = _Stream(coarse_of_fine(fm))
        hs = han(text)
        streams["han"] = _Stream(hs)
        allowed_spans: dict[str, list[tuple[int, int]] | None] = {}
        found: set[Form] = set()
        for form in self.forms:
            s = streams[form.stream]
            if form.key not in s.text:
                continue
            for a, b in _spans(s.text, form.key):
                if form.how in ("start", "word") and a not in s.starts:
                    continue
                if form.how == "word" and not s.is_end(b):
                    continue
                if form.how == "birthday" and (a not in s.starts or (form.key[-1].isdigit() and not s.is_end(b)) or any(
                        len(w) == 4 and w.isdigit() and w != form.year for w in s.words_around(a, b))):
                    continue                # '15 March 2018': a day and month of another year
                if form.kind == "name" or form.kind == "marked span":
                    if form.stream not in allowed_spans:
                        allowed_spans[form.stream] = [sp for key in self.allowed[form.stream]
                                                      for sp in _spans(s.text, key)]
                    if any(x <= a and b <= y and y - x > b - a for x, y in allowed_spans[form.stream]):
                        continue
                found.add(form)
                break
        return found
