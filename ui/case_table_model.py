"""The case list as a Qt item model: one page of summaries at a time, fetched as the view scrolls.

Columns are constants; ``IdRole`` gives a row's case id and ``AtRiskRole`` whether a person in
the case is at risk. ``set_query`` starts a new result set (a reset); ``refresh_case`` updates one
row in place (``dataChanged``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from models import vocab
from storage.cases import CaseQuery, CaseSummary, count_cases, list_cases
from ui.i18n import _tr, date_text, vocab_label
from ui.paged_table_model import PagedTableModel, in_session



class CaseTableModel(PagedTableModel):
    """Every query runs on ``runner`` (the window's thread pool), never on the GUI thread. A new
    query keeps the old rows on screen until its first page arrives, then resets to it; the
    count comes after, on its own. Results of a query replaced meanwhile are dropped."""
    REFERENCE, TITLE, APPLICANT, STATUS, NEXT_HEARING, UPDATED = range(6)
    COLUMN_SORT = ("reference", "title", "applicant", "status", "next_hearing", "updated_at")
    IdRole = Qt.ItemDataRole.UserRole + 1
    AtRiskRole = Qt.ItemDataRole.UserRole + 2
    PAGE = 200

    def __init__(self, store, runner=None, parent=None):
        super().__init__(store, runner, parent)
        self._query = CaseQuery()
        self._rows: list[CaseSummary] = []
        self._headers = (_tr("Reference"), _tr("Title"), _tr("Applicant"), _tr("Status"),
                         _tr("Next hearing"), _tr("Last changed"))

    @staticmethod
    def read_page(session, query, offset: int, limit: int) -> list:
        return list_cases(session, query, offset, limit)

    @staticmethod
    def read_count(session, query) -> int:
        return count_cases(session, query)

    # --- the result set ------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery) -> None:
        self.start(query)

    def refresh_case(self, case_id: str) -> None:
        """Update the row of one case after it was edited; a reload if it is not shown or has moved."""
        row = self.row_of(case_id)
        if row is None or self._loading or self._store is None:
            self.reload()
            return
        gen, store, query = self._generation, self._store, self._query

        def done(fresh: list[CaseSummary]) -> None:
            if gen != self._generation:
                return
            # The case now at that position under the same query: if it is another one, the edit
            # moved this case (or took it out of the result), and only a reload shows that.
            if not fresh or row >= len(self._rows) or fresh[0].id != case_id:
                self.reload()
                return
            self._rows[row] = fresh[0]
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self._runner.run(lambda _p: in_session(store, lambda s: list_cases(s, query, row, 1)),
                         done=done, failed=partial(self._on_failed, gen))

    def row_of(self, case_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    # --- Qt's model interface --------------------------------------------------------------------

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
            return date_text(c.next_hearing)
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
