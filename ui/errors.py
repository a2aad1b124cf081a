"""What the window tells a person when something fails: plain sentences, never case data.

Errors of the store and of the interchange format carry messages written for people. Anything
else is reported by its kind only, because an exception's text may quote a name or a narrative.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from models.interchange import InterchangeError
from models.outside_text import escape_controls
from storage.errors import StoreError
from ui import error_texts, language
from ui.i18n import _tr


def refusal_text(exc: BaseException) -> str:
    """A refusal that names its window text by ``code`` and ``values`` (a StoreError, the PDF
    check's PdfRefused): that text in the window's language, its own message in English."""
    if language.current() != "en":
        text = error_texts.window_text(exc.code, exc.values)
        return escape_controls(text if text is not None else error_texts.general(str(exc)))
    return escape_controls(exc)  # may quote a document's field names: no controls, no bidi overrides


def user_message(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return refusal_text(exc)
    if isinstance(exc, InterchangeError) and exc.problems and language.current() != "en":
        first = error_texts.problem_text(exc.problems[0])
        more = _tr("… and %n more.", "", len(exc.problems) - 1)
        return _in_direction(escape_controls(first + (" " + more if len(exc.problems) > 1 else "")))
    if isinstance(exc, InterchangeError):
        return escape_controls(exc)  # may quote a document's field names: no controls, no bidi overrides
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("errors", "{0}: no such file.").format(exc.filename)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("errors", "{0}: permission denied.").format(exc.filename)
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return where + QCoreApplication.translate("errors", "{0}. Nothing was changed.").format(exc.strerror)
    return QCoreApplication.translate(
        "errors", "Casefile failed unexpectedly ({0}). Nothing was changed by the failed step. "
        "Please report what you did, without any case data.").format(type(exc).__name__)


def problems(exc: BaseException) -> list[str]:
    """Every problem of an interchange error (the message names only the first)."""
    if not isinstance(exc, InterchangeError):
        return []
    return [_in_direction(escape_controls(error_texts.problem_text(p))) for p in exc.problems]


def _in_direction(text: str) -> str:
    """A problem begins with its field's path ("cases[3].persons[1].birth_year: …"), whose Latin
    letters would make Qt lay the line out left to right; in a right-to-left window a leading
    right-to-left mark keeps the sentence in the window's direction (the path stands at its start,
    on the right)."""
    return "\u200f" + text if QGuiApplication.isRightToLeft() else text


def crash_message(kind: type) -> str:
    """What the crash dialog says: the kind of error only. Even the messages of the store's own
    errors are left out here, since an error nobody expected may carry a name or a file path."""
    return QCoreApplication.translate(
        "errors", "Casefile failed unexpectedly ({0}). Nothing was changed by the failed step. "
        "Please report what you did, without any case data.").format(kind.__name__)


def install_excepthook(show) -> None:
    """An error nobody caught is shown and written to stderr by its kind only: Python's default
    hook would print the traceback, whose lines and messages may hold case data."""
    def hook(kind, exc, _tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, None)
            return
        print(f"Casefile: unexpected {kind.__name__} in the window.", file=sys.stderr)
        try:
            show(crash_message(kind))
        except Exception:  # the hook must never raise
            pass
    sys.excepthook = hook
    # An error in a finaliser would otherwise be printed with its message and object's repr.
    sys.unraisablehook = lambda u: print(f"Casefile: ignored {u.exc_type.__name__} during clean-up.",
                                         file=sys.stderr)
