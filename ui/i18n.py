"""Translating text outside a QObject (module-level helpers, Qt item models' headers).

``tr("text")`` here is found by lupdate when it runs with ``-tr-function-alias tr+=_tr``, which
files such text under the empty context; this function looks it up there. Update the
translation sources with:

    pyside6-lupdate $(git ls-files 'ui/*.py') -tr-function-alias tr+=_tr -ts resources/i18n/casefile_*.ts
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def vocab_label(vocabulary: str, code: str) -> str:
    """The label of a vocabulary term in the window's language (resources/i18n/vocabulary_LANG.json;
    English where a label is missing). The stored code never changes with the language."""
    from models import vocab
    from ui import language

    return vocab.label(vocabulary, code, language.current())


def date_text(iso: str | None) -> str:
    """An ISO partial date ('2018', '2018-05', '2018-11-12') as the window's language writes it:
    '12 ноября 2018', 'қараша 2018'. Anything else is shown as it is."""
    from models.dates import PartialDate
    from ui import language

    if not iso:
        return ""
    try:
        d = PartialDate.parse(iso)
    except ValueError:
        return iso
    loc = language.locale()
    if d.day:
        return loc.toString(QDate(d.year, d.month, d.day), "d MMMM yyyy")
    if d.month:
        return f"{loc.standaloneMonthName(d.month, QLocale.FormatType.LongFormat)} {d.year}"
    return str(d.year)


def number_text(n: int | float) -> str:
    """A number with the window's language's digit grouping ('1 234' in Russian)."""
    from ui import language

    return language.locale().toString(n)


def size_text(n: int) -> str:
    """A file size as the window's language writes it: '512 байт', '1,5 МБ' (one decimal from 1 KiB;
    GiB is the largest unit). Qt's QLocale.formattedDataSize leaves its units in English."""
    from ui import language

    if n < 1024:
        return _tr("%n byte(s)", "file size", n)
    value, unit = n / 1024, _tr("{0} KiB")
    for larger in (_tr("{0} MiB"), _tr("{0} GiB")):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return unit.format(language.locale().toString(value, "f", 1))
