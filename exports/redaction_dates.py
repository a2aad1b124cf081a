"""Dates of birth in running text, in the forms caseworkers write them.

A profile that cuts a birth date to the year (court, public) must not leave the day and month next
to the year anywhere else: ``15.03.1982``, ``15/03/1982``, ``1982-03-15``, ``03/15/1982``,
``15 March 1982``, ``March 15th, 1982``, ``15 марта 1982 г.``, ``15.III.1982``, ``15 наурыз 1982``, ``1982 жылғы
15 наурызда``, ``15 Mart 1982``, ``1982年3月15日``, ``一九八二年三月十五日``, Uyghur
``1982-يىلى 3-ئاينىڭ 15-كۈنى``. Each becomes the year alone, as the field is.

A day and month without a year (``15 March``, ``15 наурызда``, ``3月15日``) that are a protected
person's birthday are removed too (``[REDACTED]``): the year is printed elsewhere in the brief, and
the two together are the date of birth. A month and year (``March 1982``) of a birth date known
only to the month are cut to the year. Numeric day and month without a year (``15.03``) are left:
they read as times and decimals far more often than as birthdays.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from models.dates import PartialDate

# Month names as regular expressions: English (full and abbreviated), Russian and Kazakh (any
# case ending: марта, наурызда), Turkish and Uyghur Latin (mart, mayıs).
_KZ = "[а-яәғқңөұүһі]*"
_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "январ[а-яё]*", "қаңтар" + _KZ, "ocak", "yanwar"),
    2: ("february", "feb", "феврал[а-яё]*", "ақпан" + _KZ, "şubat", "subat", "fewral"),
    3: ("march", "mar", "март[а-яё]*", "наурыз" + _KZ, "mart"),
    4: ("april", "apr", "апрел[а-яё]*", "сәуір" + _KZ, "nisan", "aprel"),
    5: ("may", "ма[йяюе]", "мамыр" + _KZ, "mayıs", "mayis"),
    6: ("june", "jun", "июн[а-яё]*", "маусым" + _KZ, "haziran", "iyun"),
    7: ("july", "jul", "июл[а-яё]*", "шілде" + _KZ, "temmuz", "iyul"),
    8: ("august", "aug", "август[а-яё]*", "тамыз" + _KZ, "ağustos", "agustos", "awghust"),
    9: ("september", "sept?", "сентябр[а-яё]*", "қыркүйек" + _KZ, "eylül", "eylul", "sentebir"),
    10: ("october", "oct", "октябр[а-яё]*", "қазан" + _KZ, "ekim", "oktebir"),
    11: ("november", "nov", "ноябр[а-яё]*", "қараша" + _KZ, "kasım", "kasim", "noyabir"),
    12: ("december", "dec", "декабр[а-яё]*", "желтоқсан" + _KZ, "aralık", "aralik", "dékabir", "dekabir"),
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_HAN_DIGITS = "〇一二三四五六七八九"


def _han_number(n: int) -> str:
    """3 -> 三, 15 -> 十五, 25 -> 二十五 (Chinese numerals as dates are written)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _HAN_DIGITS[tens] + "十")
    return head + (_HAN_DIGITS[ones] if ones else "") if n >= 10 else _HAN_DIGITS[n]


def _han_year(y: int) -> str:
    return "".join(_HAN_DIGITS[int(c)] for c in str(y)).replace("〇", "[〇零○]")


_SEP = r"\s*[./\-]\s*"
_YEAR_WORD = r"(?:\s*(?:года|год|г\.|жылы|жылғы|ж\.))?"      # '1982 года', '1982 ж.'
_END = r"(?![^\W_])"           # words end; Chinese needs no spaces, so its forms do without
_YEAR_BEFORE = re.compile(r"\d{4}\s*(?:года|год|г\.|жылы|жылғы|ж\.|年)?,?\s*$")


@dataclass(frozen=True)
class BirthDate:
    year: int
    month: int | None
    day: int | None


def birth_date(value: str | None) -> BirthDate | None:
    if not value:
        return None
    d = PartialDate.parse(value)
    return BirthDate(d.year, d.month, d.day)


def _num(n: int) -> str:
    """'3' or '03' (and full-width digits, which ``\\d`` also matches, are read by NFKC upstream)."""
    return f"0?{n}" if n < 10 else str(n)


def _day(n: int) -> str:
    return rf"{_num(n)}(?:st|nd|rd|th|-?го|-?е|-?ші|-?шы)?"


def patterns(bd: BirthDate) -> tuple[re.Pattern | None, re.Pattern | None]:
    """(full: the day and/or month with the year -> the year; bare: day and month alone -> removed)."""
    y = str(bd.year)
    yy = y[2:]
    full: list[str] = []
    bare: list[str] = []
    if bd.month is None:
        return None, None
    m, mon = _num(bd.month), "(?:" + "|".join(_MONTHS[bd.month]) + r")\.?"
    if bd.day is None:
        full += [rf"{m}{_SEP}{y}{_END}", rf"{y}{_SEP}{m}(?![./\-]?\s*\d){_END}", rf"{mon},?\s+{y}{_YEAR_WORD}{_END}",
                 rf"{y}\s*年\s*{m}\s*月"]
    else:
        d = _num(bd.day)
        full += [
            rf"{d}{_SEP}{m}{_SEP}(?:{y}|{yy}(?!\d)){_END}",                 # 15.03.1982, 15/3/82
            rf"{m}{_SEP}{d}{_SEP}{y}{_END}",                                 # 03/15/1982
            rf"{y}{_SEP}{m}{_SEP}{d}{_END}",                                 # 1982-03-15
            rf"(?:the\s+)?{_day(bd.day)}\s+(?:of\s+)?{mon},?\s+{y}{_YEAR_WORD}{_END}",     # 15th of March, 1982
            rf"{mon}\s+{_day(bd.day)},?\s+{y}{_YEAR_WORD}{_END}",             # March 15, 1982
            rf"{y}{_YEAR_WORD},?\s+{_day(bd.day)}\s+{mon}{_END}",             # 1982 жылғы 15 наурызда
            rf"{y}\s*年\s*{m}\s*月\s*{d}\s*[日号號]",                    # 1982年3月15日 (no spaces in Chinese)
            rf"{_han_year(bd.year)}\s*年\s*{_han_number(bd.month)}\s*月\s*{_han_number(bd.day)}\s*[日号號]",
            rf"{d}\s*[./\-]?\s*{_ROMAN[bd.month - 1]}\s*[./\-]?\s*{y}{_YEAR_WORD}{_END}",   # 15.III.1982
            rf"{y}\s*-?\s*يىلى\s*{m}\s*-?\s*ئاينىڭ\s*{d}\s*-?\s*كۈنى",       # Uyghur: 1982-يىلى 3-ئاينىڭ 15-كۈنى
        ]
        bare += [rf"(?<!\w)(?:the\s+)?{_day(bd.day)}\s+(?:of\s+)?{mon}{_END}", rf"(?<!\w){mon}\s+{_day(bd.day)}{_END}",
                 rf"{m}\s*月\s*{d}\s*[日号號]"]
    full_rx = re.compile(r"(?<!\d)(?:" + "|".join(full) + ")", re.IGNORECASE)
    # a day and month followed or preceded by a year are a date of that year, not the birthday
    bare_rx = (re.compile(r"(?<!\d)(?:" + "|".join(bare) + r")(?!,?\s*(?:of\s+)?\d)", re.IGNORECASE)
               if bare else None)
    return full_rx, bare_rx


def find(text: str, bd: BirthDate) -> list[tuple[int, int, str]]:
    """(start, end, 'full' or 'bare') of the birth date ``bd`` written in ``text``."""
    full, bare = patterns(bd)
    out: list[tuple[int, int, str]] = []
    if full is None:
        return out
    taken: list[tuple[int, int]] = []
    for m in full.finditer(text):
        out.append((m.start(), m.end(), "full"))
        taken.append(m.span())
    if bare is not None:
        for m in bare.finditer(text):
            if _YEAR_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
                continue
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append((m.start(), m.end(), "bare"))
    return sorted(out)


def written_forms(bd: BirthDate) -> list[str]:
    """A few written forms of a full birth date, for the list of what a PDF must not contain."""
    if bd.month is None or bd.day is None:
        return []
    english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][bd.month - 1]
    return [f"{bd.day:02d}.{bd.month:02d}.{bd.year}", f"{bd.year}-{bd.month:02d}-{bd.day:02d}",
            f"{bd.day} {english} {bd.year}", f"{bd.year}年{bd.month}月{bd.day}日"]


# --- what the year alone reads as, in the sentence it stands in ------------------------------
# 'born on 15 March 1982' -> 'born in 1982', 'родился 15 марта 1982 года' -> 'родился в 1982 году',
# '1982 жылғы 15 наурызда' -> '1982 жылы', '1982年3月15日' -> '1982年', Uyghur '1982-يىلى'.

_KZ_MONTH = re.compile("(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)"
                       "([а-яәғқңөұүһі]*)", re.IGNORECASE)
_RU_MONTH = re.compile(r"(?:январ|феврал|март|апрел|ма[йяюе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр)",
                       re.IGNORECASE)
# Kazakh case endings of the month, and the same case of 'жыл' (year)
_KZ_CASE = ((("дағы", "дегі", "тағы", "тегі", "ғы", "гі", "қы", "кі"), "жылғы"),
            (("дан", "ден", "тан", "тен", "нан", "нен"), "жылдан"),
            (("ның", "нің", "дың", "дің", "тың", "тің"), "жылдың"),
            (("ға", "ге", "қа", "ке", "на", "не"), "жылға"),
            (("да", "де", "та", "те"), "жылы"))
_RU_GENITIVE = frozenset({"с", "со", "до", "после", "от", "около", "для", "из", "начиная", "между"})
_RU_PREPOSITIONAL = frozenset({"в", "во", "к", "ко", "по"})
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(\s+)$")


def year_phrase(text: str, start: int, end: int, year: int) -> tuple[int, str]:
    """(start, replacement) for a full birth date at ``text[start:end]``, read in its sentence:
    the year alone, with the preposition or case the sentence needs."""
    written = text[start:end]
    before = _WORD_BEFORE.search(text[:start])
    prev = before.group(1).casefold() if before else ""
    if "年" in written:
        return start, written[:written.index("年")].strip() + "年"
    if "يىلى" in written:
        return start, f"{year}-يىلى"
    kz = _KZ_MONTH.search(written)
    if kz or re.search(r"жыл|ж\.", written, re.IGNORECASE):
        if re.search(r"ж\.$", written):
            return start, f"{year} ж."
        ending = kz.group(1).casefold() if kz else ""
        for endings, word in _KZ_CASE:
            if ending.endswith(endings):
                return start, f"{year} {word}"
        return start, f"{year} {'жылғы' if 'жылғы' in written.casefold() else 'жылы'}"
    if _RU_MONTH.search(written) or re.search(r"(?:год|г\.)\s*$", written, re.IGNORECASE):
        short = written.rstrip().endswith("г.")
        if prev in _RU_GENITIVE:
            return start, f"{year} {'г.' if short else 'года'}"
        if prev in _RU_PREPOSITIONAL:
            return start, f"{year} {'г.' if short else 'году'}"
        if prev and re.search(r"[а-яё]", prev):       # 'родился 15 марта 1982 года': when, so 'в'
            return start, f"в {year} {'г.' if short else 'году'}"
        return start, f"{year} {'г.' if short else 'год'}" if re.search(r"год|г\.", written) else str(year)
    if prev == "on":                                  # 'on 15 March 1982' -> 'in 1982'
        at = before.start(1)
        return at, ("In" if text[at] == "O" else "in") + before.group(2) + str(year)
    if prev == "born":
        return start, f"in {year}"
    return start, str(year)
