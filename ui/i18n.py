"""Translating text outside a QObject (module-level helpers, Qt item models' headers).

``tr("text")`` here is found by lupdate when it runs with ``-tr-function-alias tr+=_tr``, which
files such text under the empty context; this function looks it up there. Update the
translation sources with:

    pyside6-lupdate $(git ls-files 'ui/*.py') -tr-function-alias tr+=_tr -ts resources/i18n/casefile_*.ts
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def vocab_label(vocabulary: str, code: str) -> str:
    """The label of a vocabulary term (models/vocabularies.json), translated in context 'vocabulary'."""
    from models import vocab

    return QCoreApplication.translate("vocabulary", vocab.label(vocabulary, code))
