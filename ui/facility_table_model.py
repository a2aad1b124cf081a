"""The facility registry as a table: name, type, prefecture, how many cases and events point to it."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from models import vocab
from ui.headed_table_model import HeadedTableModel
from ui.i18n import vocab_label


class FacilityTableModel(HeadedTableModel):
    NAME, TYPE, PREFECTURE, CASES, EVENTS = range(5)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = (self.tr("Name"), self.tr("Type"), self.tr("Prefecture"), self.tr("Cases"), self.tr("Events"))
        self._rows: list = []  # storage.facilities.Listed

    def set_rows(self, rows: list) -> None:
        """A new result set (a search typed, a facility added)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def listed(self, row: int):
        return self._rows[row]

    def row_of(self, facility_id: str) -> int | None:
        return next((i for i, x in enumerate(self._rows) if x.facility.id == facility_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        x = self._rows[index.row()]
        col = index.column()
        if role == self.IdRole:
            return x.facility.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.CASES, self.EVENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return "\n".join(n.value for n in x.facility.names)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        f = x.facility
        return (f.display_name(), vocab_label(vocab.FACILITY_TYPE, f.type), f.prefecture or "",
                x.cases, x.events)[col] if 0 <= col < 5 else None
