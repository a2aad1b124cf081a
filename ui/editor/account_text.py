"""The text of an account, with spans a caseworker marks as never to leave the store.

Marked spans are shown black on the page. They follow the text as it is edited (typing inside a
span keeps it hidden), so a mark never slides onto the wrong words. Offsets are stored as the
format counts them, in code points; Qt counts in UTF-16, which differs for characters outside
the Basic Multilingual Plane, and is converted at the edge.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QTextEdit, QVBoxLayout, QWidget)

from models.editing import add_redaction, cp_to_utf16, shift_redactions, utf16_to_cp

EXCERPT = 40


class AccountTextEditor(QWidget):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.record: dict = {}
        self._text = ""
        self.text = QPlainTextEdit(self)
        self.text.setMinimumHeight(180)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why (for example: identifies a relative)"))
        self.mark_button = QPushButton(self.tr("Mark selection"), self)
        self.mark_button.setToolTip(self.tr("Marked words never leave the store: briefs and shared copies "
                                            "show them blacked out."))
        self.mark_button.setEnabled(False)
        self.marks = QListWidget(self)
        self.marks.setMaximumHeight(90)
        self.unmark_button = QPushButton(self.tr("Remove mark"), self)
        self.unmark_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.mark_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Marked spans"), self))
        layout.addWidget(self.marks)
        layout.addWidget(self.unmark_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.text)

        self.text.textChanged.connect(self._on_text_textChanged)
        self.text.selectionChanged.connect(self._on_text_selectionChanged)
        self.mark_button.clicked.connect(self._on_mark_button_clicked)
        self.unmark_button.clicked.connect(self._on_unmark_button_clicked)
        self.marks.currentRowChanged.connect(self._on_marks_currentRowChanged)

    def load(self, record: dict) -> None:
        self.record = record
        self._text = record.get("text") or ""
        self.text.blockSignals(True)
        self.text.setPlainText(self._text)
        self.text.blockSignals(False)
        self._show_marks()

    @property
    def redactions(self) -> list[dict]:
        return self.record.setdefault("redactions", [])

    # --- slots -----------------------------------------------------------------------------------

    @Slot()
    def _on_text_textChanged(self) -> None:  # noqa: N802
        new = self.text.toPlainText()
        if new == self._text:
            return
        self.record["redactions"] = shift_redactions(self.redactions, self._text, new)
        self.record["text"] = self._text = new
        self._show_marks()
        self.edited.emit()

    @Slot()
    def _on_text_selectionChanged(self) -> None:  # noqa: N802
        self.mark_button.setEnabled(self.text.textCursor().hasSelection())

    @Slot()
    def _on_mark_button_clicked(self) -> None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return
        start = utf16_to_cp(self._text, cursor.selectionStart())
        end = utf16_to_cp(self._text, cursor.selectionEnd())
        self.record["redactions"] = add_redaction(self.redactions, start, end, self.reason.text().strip())
        self.reason.clear()
        self._show_marks()
        self.edited.emit()

    @Slot()
    def _on_unmark_button_clicked(self) -> None:
        row = self.marks.currentRow()
        if 0 <= row < len(self.redactions):
            del self.redactions[row]
            self._show_marks()
            self.edited.emit()

    @Slot(int)
    def _on_marks_currentRowChanged(self, row: int) -> None:  # noqa: N802
        self.unmark_button.setEnabled(row >= 0)
        if 0 <= row < len(self.redactions):
            r = self.redactions[row]
            cursor = self.text.textCursor()
            cursor.setPosition(cp_to_utf16(self._text, r["start"]))
            cursor.setPosition(cp_to_utf16(self._text, r["end"]), QTextCursor.MoveMode.KeepAnchor)
            self.text.setTextCursor(cursor)

    # --- showing the marks -------------------------------------------------------------------------

    def _show_marks(self) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#000000"))
        fmt.setForeground(QColor("#ffffff"))
        selections = []
        self.marks.blockSignals(True)
        self.marks.clear()
        for r in self.redactions:  # row i of the list is span i, for "Remove mark"
            sel = QTextEdit.ExtraSelection()
            sel.format = fmt
            sel.cursor = self.text.textCursor()
            sel.cursor.setPosition(cp_to_utf16(self._text, r["start"]))
            sel.cursor.setPosition(cp_to_utf16(self._text, r["end"]), QTextCursor.MoveMode.KeepAnchor)
            selections.append(sel)
            excerpt = self._text[r["start"]:r["end"]].replace("\n", " ")
            if len(excerpt) > EXCERPT:
                excerpt = excerpt[:EXCERPT] + "…"
            label = f"«{excerpt}»" + (f" — {r['reason']}" if r.get("reason") else "")
            QListWidgetItem(label, self.marks)
        self.marks.blockSignals(False)
        self.unmark_button.setEnabled(False)
        self.text.setExtraSelections(selections)
