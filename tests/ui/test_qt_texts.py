"""Qt's own texts (standard buttons, the context menu of a text field, the file dialog) are in the
window's language too. Qt ships Russian and Kazakh; the Uyghur ones are resources/i18n/casefile_qt_ug.ts."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QPlainTextEdit

from ui import language

LATIN_WORD = re.compile("[A-Za-z]{3}")


@pytest.fixture
def in_language(qapp):
    yield lambda code: language.install(qapp, code)
    language.install(qapp, "en")


def _english_left(texts: list[str]) -> list[str]:
    # a shortcut after the tab ("Ctrl+Z") stays as the keyboard says it
    return [t for t in texts if LATIN_WORD.search(t.split("\t")[0].replace("&", ""))]


@pytest.mark.parametrize("code", ["ru", "kk", "ug"])
def test_standard_buttons_and_text_menus_are_translated(qtbot, in_language, code):
    in_language(code)
    S = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(S.Ok | S.Cancel | S.Save | S.Discard | S.Close | S.Yes | S.No)
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    for widget in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(widget)
        widget.setPlainText("x") if isinstance(widget, QPlainTextEdit) else widget.setText("x")
        menu = widget.createStandardContextMenu()
        texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    assert len(texts) >= 7 + 7 + 7
    assert not _english_left(texts), _english_left(texts)


def test_uyghur_standard_buttons_read_as_a_uyghur_speaker_expects(qtbot, in_language):
    in_language("ug")
    S = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(S.Ok | S.Cancel)
    qtbot.addWidget(box)
    assert box.button(S.Cancel).text() == "بىكار قىلىش"
    assert box.button(S.Ok).text() == "جەزملە"


@pytest.mark.parametrize("code", ["ru", "kk", "ug"])
def test_qt_s_file_dialog_is_translated(qtbot, in_language, code):
    in_language(code)
    dialog = QFileDialog(None, "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)   # as ui/file_dialogs.py opens it
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    texts += [b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()]
    assert len(texts) >= 4
    assert not _english_left(texts), _english_left(texts)
