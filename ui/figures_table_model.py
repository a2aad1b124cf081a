"""Figures for reports (storage.figures.Row) as a Qt item model: what is counted, then the numbers
of cases, persons and events, written as the window's language writes numbers."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from models import vocab
from storage.figures import NOT_RECORDED, Row
from ui.headed_table_model import HeadedTableModel
from ui.i18n import _tr, number_text, vocab_label

_VOCABULARY = {"violation": vocab.VIOLATION, "status": vocab.CASE_STATUS}


def by_names() -> dict[str, str]:
    """What figures can be counted by, as the window names it."""
    return {"violation": _tr("Violation"), "facility": _tr("Facility"), "prefecture": _tr("Region"),
            "year": _tr("Year"), "status": _tr("Status")}


def key_text(by: str, key: str) -> str:
    if key == NOT_RECORDED:
        return _tr("Not recorded")
    return vocab_label(_VOCABULARY[by], key) if by in _VOCABULARY else key


class FiguresTableModel(HeadedTableModel):
    KEY, CASES, PERSONS, EVENTS = range(4)
    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self.by = "violation"
        self._set_headers()

    def _set_headers(self) -> None:
        self._headers = (by_names()[self.by], _tr("Cases"), _tr("Persons"), _tr("Events"))

    def set_rows(self, rows: list[Row], by: str) -> None:
        self.beginResetModel()
        self._rows, self.by = list(rows), by
        self._set_headers()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def count(self, row: Row, column: int) -> int:
        return (row.cases, row.persons, row.events)[column - self.CASES]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return key_text(self.by, row.key) if col == self.KEY else number_text(self.count(row, col))
        if role == self.SortRole:
            # Rows that do not say stay where storage put them, last, when sorted by what is counted.
            return "\uffff" if col == self.KEY and row.key == NOT_RECORDED else \
                key_text(self.by, row.key).casefold() if col == self.KEY else self.count(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.KEY:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None
