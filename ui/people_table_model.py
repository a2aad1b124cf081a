"""The People list as a Qt item model: one entry per real person (linked persons are one entry),
a page at a time as the view scrolls, read on the window's thread pool as the case list is.

Columns are constants; ``IdRole`` gives a row's entry id (a group's, or a lone person's), and
``EntryRole`` the whole storage.people.PersonEntry. ``set_text`` starts a new result set (a reset).
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from models import vocab
from storage.people import PersonEntry, count_people, list_people
from ui.errors import user_message
from ui.headed_table_model import HeadedTableModel
from ui.i18n import _tr, vocab_label
from ui.tasks import InlineRunner


def appearances_text(entry: PersonEntry) -> str:
    """The cases a person appears in, with their role in each: ``K-2024-003 (Applicant), …``."""
    return ", ".join(f"{a.case} ({vocab_label(vocab.PERSON_ROLE, a.role)})" for a in entry.cases)


class PeopleTableModel(HeadedTableModel):
    """Every read runs on ``runner``; results of a search typed over are dropped. A new search
    keeps the old rows until its first page arrives; the count comes after, on its own."""
    NAME, OTHER_NAMES, CASES = range(3)
    IdRole = Qt.ItemDataRole.UserRole + 1
    EntryRole = Qt.ItemDataRole.UserRole + 2
    PAGE = 100

    query_started = Signal()
    rows_loaded = Signal()        # the first page of the current search is shown
    total_changed = Signal(int)   # how many people the current search finds, once counted
    load_failed = Signal(str)

    def __init__(self, store, runner=None, parent=None):
        super().__init__(parent)
        self._store = store
        self._runner = runner or InlineRunner()
        self._text = ""
        self._rows: list[PersonEntry] = []
        self._total: int | None = 0
        self._generation = 0
        self._loading = False
        self._fetching = False
        self._exhausted = True
        self._headers = (_tr("Name"), _tr("Other names"), _tr("Cases and roles"))

    @property
    def text(self) -> str:
        return self._text

    @property
    def total(self) -> int | None:
        """None until the people of the current search are counted."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_text(self, text: str) -> None:
        if self._store is None:
            return
        self._generation += 1
        gen, store, page = self._generation, self._store, self.PAGE
        self._text, self._total, self._loading = text, None, True
        self.query_started.emit()
        failed = partial(self._on_failed, gen)
        self._runner.run(lambda _p: _read(store, lambda s: list_people(s, text, 0, page)),
                         done=partial(self._on_first_page, gen), failed=failed)
        self._runner.run(lambda _p: _read(store, lambda s: count_people(s, text)),
                         done=partial(self._on_count, gen), failed=failed)

    def reload(self) -> None:
        self.set_text(self._text)

    def clear(self) -> None:
        """Forget every row (the store is locking); results on their way are dropped."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._total, self._store = [], 0, None
        self._loading = self._fetching = False
        self._exhausted = True
        self.endResetModel()

    def _on_first_page(self, gen: int, rows: list[PersonEntry]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._rows, self._fetching = rows, False
        self._exhausted = len(rows) < self.PAGE or (self._total is not None and len(rows) >= self._total)
        self.endResetModel()
        self._loading = False
        self.rows_loaded.emit()

    def _on_count(self, gen: int, total: int) -> None:
        if gen != self._generation:
            return
        self._total = total
        if len(self._rows) >= total and not self._loading:
            self._exhausted = True
        self.total_changed.emit(total)

    def _on_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self._loading = self._fetching = False
        self._exhausted = True
        self.load_failed.emit(user_message(exc))

    def entry(self, row: int) -> PersonEntry:
        return self._rows[row]

    def row_of(self, entry_id: str) -> int | None:
        return next((i for i, e in enumerate(self._rows) if e.id == entry_id), None)

    def row_with_person(self, person_id: str) -> int | None:
        """The row whose entry holds this person (a person's entry id changes when it is linked)."""
        return next((i for i, e in enumerate(self._rows) if any(a.person_id == person_id for a in e.cases)), None)

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
        gen, store, text, offset, page = self._generation, self._store, self._text, len(self._rows), self.PAGE

        def done(more: list[PersonEntry]) -> None:
            if gen != self._generation:
                return
            self._exhausted = len(more) < page
            if more:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
                self._rows.extend(more)
                self.endInsertRows()
            self._fetching = False
        self._runner.run(lambda _p: _read(store, lambda s: list_people(s, text, offset, page)),
                         done=done, failed=partial(self._on_failed, gen))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return e.names[0] if e.names else ""
            if col == self.OTHER_NAMES:
                return ", ".join(e.names[1:])
            if col == self.CASES:
                return appearances_text(e)
            return None
        if role == self.IdRole:
            return e.id
        if role == self.EntryRole:
            return e
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME and e.at_risk:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and e.at_risk:
            return _tr("At risk in at least one case: protected in every brief and bundle of every case they appear in.")
        return None


def _read(store, query):
    """Runs on a worker thread, in a session of its own."""
    with store.read() as s:
        return query(s)
