"""The case list as a Qt item model: one page of summaries at a time, fetched as the view scrolls.

Columns are constants; ``IdRole`` gives a row's case id and ``AtRiskRole`` whether a person in
the case is at risk. ``set_query`` starts a new result set (a reset); ``refresh_case`` updates one
row in place (``dataChanged``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from models import dates, vocab
from storage.cases import CaseQuery, CaseSummary, count_cases, list_cases
from ui.i18n import _tr, vocab_label



class CaseTableModel(QAbstractTableModel):
    REFERENCE, TITLE, APPLICANT, STATUS, NEXT_HEARING, UPDATED = range(6)
    COLUMN_SORT = ("reference", "title", "applicant", "status", "next_hearing", "updated_at")
    IdRole = Qt.ItemDataRole.UserRole + 1
    AtRiskRole = Qt.ItemDataRole.UserRole + 2
    PAGE = 200

    total_changed = Signal(int)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self._store = store
        self._query = CaseQuery()
        self._rows: list[CaseSummary] = []
        self._total = 0
        self._headers = (_tr("Reference"), _tr("Title"), _tr("Applicant"), _tr("Status"),
                         _tr("Next hearing"), _tr("Last changed"))

    # --- the result set ------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: CaseQuery) -> None:
        self.beginResetModel()
        self._query = query
        with self._store.read() as s:
            self._total = count_cases(s, query)
            self._rows = list_cases(s, query, 0, self.PAGE)
        self.endResetModel()
        self.total_changed.emit(self._total)

    def reload(self) -> None:
        """The same query again, after cases were added or removed."""
        self.set_query(self._query)

    def clear(self) -> None:
        """Forget every row (the store is being locked)."""
        self.beginResetModel()
        self._rows, self._total, self._store = [], 0, None
        self.endResetModel()

    def refresh_case(self, case_id: str) -> None:
        """Update the row of one case after it was edited; a reload if it is not shown or has moved."""
        row = self.row_of(case_id)
        if row is None:
            self.reload()
            return
        with self._store.read() as s:
            # The case now at that position under the same query: if it is another one, the edit
            # moved this case (or took it out of the result), and only a reload shows that.
            fresh = list_cases(s, self._query, row, 1)
        if not fresh or fresh[0].id != case_id:
            self.reload()
            return
        self._rows[row] = fresh[0]
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, case_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    # --- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._store is not None and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        with self._store.read() as s:
            more = list_cases(s, self._query, len(self._rows), self.PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, col)
        if role == self.IdRole:
            return c.id
        if role == self.AtRiskRole:
            return c.has_at_risk
        if role == Qt.ItemDataRole.DecorationRole and col == self.REFERENCE and c.has_at_risk:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.REFERENCE and c.has_at_risk:
            return _tr("Someone in this case is at risk: their name never leaves the store unprotected.")
        return None

    def _display(self, c: CaseSummary, col: int) -> str:
        if col == self.REFERENCE:
            return c.reference
        if col == self.TITLE:
            return c.title
        if col == self.APPLICANT:
            return c.applicant
        if col == self.STATUS:
            return vocab_label(vocab.CASE_STATUS, c.status)
        if col == self.NEXT_HEARING:
            return dates.human(c.next_hearing)
        if col == self.UPDATED:
            return local_time(c.updated_at)
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMN_SORT) or self._store is None:
            return
        self.set_query(dataclasses.replace(self._query, sort=self.COLUMN_SORT[column],
                                           descending=order == Qt.SortOrder.DescendingOrder))


def local_time(iso: str) -> str:
    """A stored UTC time as the clock on this computer shows it."""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
