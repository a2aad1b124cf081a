"""A suggested link's reasons and score as the window's language says them. The codes and values
come from models.person_match.Reason; the English there is for the command line."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import _tr, number_text

# The script labels person_match writes into a reason, in the window's language.
_SCRIPTS = {"Latin": QT_TRANSLATE_NOOP("", "Latin"), "Cyrillic": QT_TRANSLATE_NOOP("", "Cyrillic"),
            "Arabic script": QT_TRANSLATE_NOOP("", "Arabic script"), "Chinese": QT_TRANSLATE_NOOP("", "Chinese"),
            "Greek": QT_TRANSLATE_NOOP("", "Greek")}


def reason_text(reason) -> str:
    v, code = reason.values, reason.code
    if code == "same_name_scripts":
        scripts = [_tr(_SCRIPTS.get(s.strip(), s.strip())) for s in v.get("scripts", "").split(",") if s.strip()]
        if len(scripts) == 1:
            return _tr("same name in {0}").format(scripts[0])
        return _tr("same name in {0} and {1}").format(", ".join(scripts[:-1]), scripts[-1])
    if code == "similar_name":
        return _tr("similar names {0} and {1}").format(v.get("a", ""), v.get("b", ""))
    if code == "same_birth_year":
        return _tr("born {0} in both").format(v.get("year", ""))
    if code == "close_birth_year":
        return _tr("born {0} and {1}").format(v.get("a", ""), v.get("b", ""))
    if code == "same_relative":
        return _tr("both name {0} as {1}").format(v.get("name", ""), v.get("kind", ""))
    if code == "same_place":
        return _tr("both name the place {0}").format(v.get("place", ""))
    return reason.english()


def reasons_text(reasons) -> str:
    return "; ".join(reason_text(r) for r in reasons)


def score_text(score: float) -> str:
    """A score 0..1 as a percentage, the way a person reads a likelihood."""
    return _tr("{0}%").format(number_text(round(100 * score)))
