"""What the case list and the People list share: a result set read a page at a time on the
window's thread pool, the first page before the count, further pages as the view scrolls.

A subclass gives ``read_page(session, query, offset, limit)`` and ``read_count(session, query)``
(static: they run on a worker thread, in a session of their own) and calls ``start(query)`` for
a new result set (a reset). Results of a query replaced meanwhile are dropped.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Signal

from ui.errors import user_message
from ui.headed_table_model import HeadedTableModel
from ui.tasks import InlineRunner


class PagedTableModel(HeadedTableModel):
    PAGE = 200

    query_started = Signal()
    rows_loaded = Signal()        # the first page of the current query is shown
    total_changed = Signal(int)   # how many rows the current query finds, once counted
    load_failed = Signal(str)

    def __init__(self, store, runner=None, parent=None):
        super().__init__(parent)
        self._store = store
        self._runner = runner or InlineRunner()
        self._query = None
        self._rows: list = []
        self._total: int | None = 0
        self._generation = 0      # which query a result belongs to
        self._loading = False     # the first page of the current query has not arrived
        self._fetching = False    # a further page is on its way
        self._exhausted = True    # the last page came back short: nothing more to fetch

    @staticmethod
    def read_page(session, query, offset: int, limit: int) -> list:
        raise NotImplementedError

    @staticmethod
    def read_count(session, query) -> int:
        raise NotImplementedError

    @property
    def total(self) -> int | None:
        """None until the count of the current query is known."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def start(self, query) -> None:
        """A new result set: the old rows stay on screen until its first page arrives."""
        if self._store is None:
            return
        self._generation += 1
        gen, store, page = self._generation, self._store, self.PAGE
        read_page, read_count = self.read_page, self.read_count
        self._query, self._total, self._loading = query, None, True
        self.query_started.emit()
        failed = partial(self._on_failed, gen)
        self._runner.run(lambda _p: in_session(store, lambda s: read_page(s, query, 0, page)),
                         done=partial(self._on_first_page, gen), failed=failed)
        self._runner.run(lambda _p: in_session(store, lambda s: read_count(s, query)),
                         done=partial(self._on_count, gen), failed=failed)

    def _on_first_page(self, gen: int, rows: list) -> None:
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
        """The same query again, after rows were added or removed."""
        self.start(self._query)

    def clear(self) -> None:
        """Forget every row (the store is being locked); results still on their way are dropped."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._total, self._store = [], 0, None
        self._loading = self._fetching = False
        self._exhausted = True
        self.endResetModel()

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
        read_page = self.read_page

        def done(more: list) -> None:
            if gen != self._generation:
                return
            self._exhausted = len(more) < page
            if more:  # still "fetching" while views hear of the rows: one may ask for more at once
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
                self._rows.extend(more)
                self.endInsertRows()
            self._fetching = False
        self._runner.run(lambda _p: in_session(store, lambda s: read_page(s, query, offset, page)),
                         done=done, failed=partial(self._on_failed, gen))


def in_session(store, query):
    """Runs on a worker thread, in a session of its own."""
    with store.read() as s:
        return query(s)
