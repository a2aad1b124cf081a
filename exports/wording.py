"""The fixed words of a brief in the language of the forum: English, Russian or Kazakh.

A catalogue per language (resources/i18n/brief_LANG.json) is keyed by the English text; English has
none. ``wording(language)`` gives a ``Wording``; ``use(wording)`` makes it the one that ``t`` and
``date`` read while a brief is laid out (the layout's helpers are many and small: a context
variable spares threading it through each). Nothing here touches the case's data: only template
text, dates, and the pseudonym labels ('Relative 1' -> 'Родственник 1'), whose stored form stays English.
"""
from __future__ import annotations

import resources

import calendar
import contextlib
import contextvars
import json
import re
from dataclasses import dataclass, field
from functools import cache

from models.briefs import LANGUAGES
_I18N = resources.files(resources.I18N)   # installed or in the checkout


@dataclass(frozen=True)
class Wording:
    language: str = "en"
    text: dict[str, str] = field(default_factory=dict)
    months: tuple[str, ...] = tuple(calendar.month_name[1:])        # 'May 2018'
    months_of: tuple[str, ...] = tuple(calendar.month_name[1:])     # '12 May 2018' (Russian: genitive)
    day_format: str = "{day} {month} {year}"
    month_format: str = "{month} {year}"
    pseudonyms: dict[str, str] = field(default_factory=dict)        # 'Relative' -> 'Родственник'
    relations: dict[str, str] = field(default_factory=dict)         # 'mother' -> 'мать'

    def __call__(self, english: str) -> str:
        return self.text.get(english) or english

    def date(self, iso: str) -> str:
        """'2018' / '2018-05' / '2018-11-12' in this language: '12 ноября 2018 г.', '2018 жылғы мамыр'."""
        from models.dates import PartialDate

        d = PartialDate.parse(iso)
        if d.day:
            return self.day_format.format(day=d.day, month=self.months_of[d.month - 1], year=d.year)
        if d.month:
            return self.month_format.format(month=self.months[d.month - 1], year=d.year)
        return str(d.year)

    def pseudonym(self, label: str) -> str:
        """'Witness A' -> 'Свидетель A'. Initials ('Q-A-') and anything not a known label stay."""
        m = re.fullmatch(r"(\w+) (\d+|[A-Z]{1,3})", label)
        if m and m.group(1) in self.pseudonyms:
            return f"{self.pseudonyms[m.group(1)]} {m.group(2)}"
        return label

    def pseudonym_words(self) -> list[str]:
        """Every word a pseudonym starts with in this language (the layout keeps such labels whole)."""
        return sorted(set(self.pseudonyms.values()) | {"Relative", "Witness", "Victim", "Perpetrator",
                                                       "Official", "Advocate", "Person"}, key=len, reverse=True)

    def relation(self, kind: str) -> str:
        return self.relations.get(kind.strip().lower(), kind)


@cache
def wording(language: str = "en") -> Wording:
    """The catalogue of ``language``; ValueError (one sentence) for a language briefs are not made in."""
    if language not in LANGUAGES:
        raise ValueError(f"briefs are made in {', '.join(LANGUAGES)}, not '{language}'")
    if language == "en":
        return Wording()
    data = json.loads((_I18N / f"brief_{language}.json").read_text(encoding="utf-8"))
    return Wording(language=language, text=data["text"], months=tuple(data["months"]),
                   months_of=tuple(data["months_of"]), day_format=data["day_format"],
                   month_format=data["month_format"], pseudonyms=data["pseudonyms"],
                   relations=data.get("relations", {}))


_CURRENT: contextvars.ContextVar[Wording] = contextvars.ContextVar("wording", default=Wording())


@contextlib.contextmanager
def use(w: Wording):
    token = _CURRENT.set(w)
    try:
        yield w
    finally:
        _CURRENT.reset(token)


def current() -> Wording:
    return _CURRENT.get()


def t(english: str) -> str:
    """Template text in the language of the brief being laid out."""
    return _CURRENT.get()(english)


def date(iso: str) -> str:
    return _CURRENT.get().date(iso)
