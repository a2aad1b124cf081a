"""A small table of sub-records inside a record: a person's names and identifiers, a
proceeding's hearings and deadlines. Each column is (field, header, kind) where kind is
"text" (kept as typed), "optional" (empty is null), "bool", or a vocabulary name for a drop-down.

``follows`` lets a drop-down follow a text column as it is typed: {"script": ("value", fit)} sets a
name's script to ``fit(text, chosen)`` at every key, so what is shown is what the letters are."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton,
                               QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from models import vocab
from ui.i18n import vocab_label


Follows = dict[str, tuple[str, Callable[[str, str | None], str | None]]]


class _TypingDelegate(QStyledItemDelegate):
    """Reports every key typed into a cell, not only the finished edit."""

    def __init__(self, typed: Callable[[int, int, str], None], parent=None):
        super().__init__(parent)
        self._typed = typed

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            where = QPersistentModelIndex(index)
            editor.textEdited.connect(lambda text: where.isValid() and self._typed(where.row(), where.column(), text))
        return editor


class RowsEditor(QWidget):
    edited = Signal()

    def __init__(self, columns: list[tuple[str, str, str]], parent=None, follows: Follows | None = None):
        super().__init__(parent)
        self.columns = columns
        self.follows = follows or {}
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([c[1] for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(140)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._extra: list[dict] = []  # fields of each row that no column shows (ids), kept as they were
        self.setFocusProxy(self.table)
        if self.follows:
            self.table.setItemDelegate(_TypingDelegate(self._follow, self.table))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.itemChanged.connect(self._on_table_itemChanged)

    def set_rows(self, rows) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._extra = []
        for row in rows or []:
            self._append(row)
        self.table.blockSignals(False)

    def rows(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            row = dict(self._extra[r])
            for c, (field, _header, kind) in enumerate(self.columns):
                if kind in ("text", "optional"):
                    item = self.table.item(r, c)
                    text = item.text() if item else ""
                    row[field] = None if kind == "optional" and not text.strip() else text
                elif kind == "bool":
                    row[field] = self.table.item(r, c).checkState() == Qt.CheckState.Checked
                else:
                    row[field] = self.table.cellWidget(r, c).currentData()
            out.append(row)
        return out

    def _append(self, row: dict) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        shown = {c[0] for c in self.columns}
        self._extra.append({k: v for k, v in row.items() if k not in shown})
        for c, (field, _header, kind) in enumerate(self.columns):
            value = row.get(field)
            if kind in ("text", "optional"):
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
            elif kind == "bool":
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                self.table.setItem(r, c, item)
            else:
                combo = QComboBox(self.table)
                for code in vocab.terms(kind):
                    combo.addItem(vocab_label(kind, code), code)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.activated.connect(lambda *_, box=combo, field=field: self._on_combo_activated(box, field))
                self.table.setCellWidget(r, c, combo)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.table.blockSignals(True)
        self._append({})
        self.table.blockSignals(False)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))
        self.edited.emit()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        self.table.removeRow(r)
        del self._extra[r]
        self.edited.emit()

    def _column(self, field: str) -> int:
        return next(c for c, col in enumerate(self.columns) if col[0] == field)

    def _follow(self, row: int, column: int, text: str) -> None:
        """Set every drop-down that follows this column to what ``text`` calls for."""
        for target, (source, fit) in self.follows.items():
            if self.columns[column][0] != source:
                continue
            combo = self.table.cellWidget(row, self._column(target))
            wanted = fit(text, combo.currentData())
            if wanted != combo.currentData() and combo.findData(wanted) >= 0:
                combo.setCurrentIndex(combo.findData(wanted))

    def _on_combo_activated(self, combo: QComboBox, field: str) -> None:
        # A choice the letters contradict (Cyrillic letters labelled Latin) goes back to what they are.
        if field in self.follows:
            row = next(r for r in range(self.table.rowCount())
                       if self.table.cellWidget(r, self._column(field)) is combo)
            item = self.table.item(row, self._column(self.follows[field][0]))
            self._follow(row, self._column(self.follows[field][0]), item.text() if item else "")
        self.edited.emit()

    @Slot(QTableWidgetItem)
    def _on_table_itemChanged(self, item) -> None:  # noqa: N802
        self._follow(item.row(), item.column(), item.text())
        self.edited.emit()
