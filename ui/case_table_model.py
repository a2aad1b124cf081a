"""The case list as a Qt item model: one page of summaries at a time, fetched as the view scrolls.

Columns are constants; ``IdRole`` gives a row's case id and ``AtRiskRole`` whether a person in
the case is at risk. ``set_query`` starts a new result set (a reset); ``refresh_case`` updates one
row in place (``dataChanged``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from models import vocab
from storage.cases import CaseQuery, CaseSummary, count_cases, list_cases
from ui.errors import user_message
from ui.headed_table_model import HeadedTableModel
from ui.i18n import _tr, date_text, vocab_label
from ui.tasks import InlineRunner



class CaseTableModel(HeadedTableModel):
    """Every query runs on ``runner`` (the window's thread pool), never on the GUI thread. A new
    query keeps the old rows on screen until its first page arrives, then resets to it; the
    count comes after, on its own. Results of a query replaced meanwhile are dropped."""
    REFERENCE, TITLE, APPLICANT, STATUS, NEXT_HEARING, UPDATED = range(6)
    COLUMN_SORT = ("reference", "title", "applicant", "status", "next_hearing", "updated_at")
    IdRole = Qt.ItemDataRole.UserRole + 1
    AtRiskRole = Qt.ItemDataRole.UserRole + 2
    PAGE = 200

    query_started = Signal()
    rows_loaded = Signal()        # the first page of the current query is shown
    total_changed = Signal(int)   # how many cases the current query finds, once counted
    load_failed = Signal(str)

    def __init__(self, store, runner=None, parent=None):
        super().__init__(parent)
        self._store = store
        self._runner = runner or InlineRunner()
        self._query = CaseQuery()
        self._rows: list[CaseSummary] = []
        self._total: int | None = 0
        self._generation = 0      # which query a result belongs to
        self._loading = False     # the first page of the current query has not arrived
        self._fetching = False    # a further page is on its way
        self._exhausted = True    # the last page came back short: nothing more to fetch
        self._headers = (_tr("Reference"), _tr("Title"), _tr("Applicant"), _tr("Status"),
                         _tr("Next hearing"), _tr("Last changed"))

    # --- the result set ------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int | None:
        """None until the count of the current query is known."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, query: CaseQuery) -> None:
        if self._store is None:
            return
        self._generation += 1
        gen, store, page = self._generation, self._store, self.PAGE
        self._query, self._total, self._loading = query, None, True
        self.query_started.emit()
        failed = partial(self._on_failed, gen)
        self._runner.run(lambda _p: _read(store, lambda s: list_cases(s, query, 0, page)),
                         done=partial(self._on_first_page, gen), failed=failed)
        self._runner.run(lambda _p: _read(store, lambda s: count_cases(s, query)),
                         done=partial(self._on_count, gen), failed=failed)

    def _on_first_page(self, gen: int, rows: list[CaseSummary]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._rows, self._fetching = rows, False
        self._exhausted = len(rows) < self.PAGE or (self._total is not None and len(rows) >= self._total)
        self.endResetModel()
        self._loading = False  # only now may a view that heard of the reset fetch the next page
        self.rows_loaded.emit()

    def _on_count(self, gen: int, total: int) -> None:
        if gen != self._generation:
            return
        self._total = total
        if len(self._rows) >= total and not self._loading:
            self._exhausted = True
        self.total_changed.emit(total)

    def _on_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:  # a query typed over: its failure is no longer news
            return
        self._loading = self._fetching = False
        self._exhausted = True
        self.load_failed.emit(user_message(exc))

    def reload(self) -> None:
        """The same query again, after cases were added or removed."""
        self.set_query(self._query)

    def clear(self) -> None:
        """Forget every row (the store is being locked); results still on their way are dropped."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._total, self._store = [], 0, None
        self._loading = self._fetching = False
        self._exhausted = True
        self.endResetModel()

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
        self._runner.run(lambda _p: _read(store, lambda s: list_cases(s, query, row, 1)),
                         done=done, failed=partial(self._on_failed, gen))

    def row_of(self, case_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    # --- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return (not parent.isValid() and self._store is not None and not self._loading
                and not self._fetching and not self._exhausted)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        gen, store, query, offset, page = self._generation, self._store, self._query, len(self._rows), self.PAGE

        def done(more: list[CaseSummary]) -> None:
            if gen != self._generation:
                return
            self._exhausted = len(more) < page
            if more:  # still "fetching" while views hear of the rows: one may ask for more at once
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
                self._rows.extend(more)
                self.endInsertRows()
            self._fetching = False
        self._runner.run(lambda _p: _read(store, lambda s: list_cases(s, query, offset, page)),
                         done=done, failed=partial(self._on_failed, gen))

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


def _read(store, query):
    """Runs on a worker thread, in a session of its own."""
    with store.read() as s:
        return query(s)


def local_time(iso: str) -> str:
    """A stored UTC time as the clock on this computer shows it."""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
