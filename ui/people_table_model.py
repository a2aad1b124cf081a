"""The People list as a Qt item model: one entry per real person (linked persons are one entry),
a page at a time as the view scrolls, read on the window's thread pool as the case list is.

Columns are constants; ``IdRole`` gives a row's entry id (a group's, or a lone person's), and
``EntryRole`` the whole storage.people.PersonEntry. ``set_text`` starts a new result set (a reset).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from models import vocab
from storage.people import PersonEntry, count_people, list_people
from ui.i18n import _tr, vocab_label
from ui.paged_table_model import PagedTableModel


def appearances_text(entry: PersonEntry) -> str:
    """The cases a person appears in, with their role in each: ``K-2024-003 (Applicant), …``."""
    return ", ".join(f"{a.case} ({vocab_label(vocab.PERSON_ROLE, a.role)})" for a in entry.cases)


class PeopleTableModel(PagedTableModel):
    """Every read runs on ``runner``; results of a search typed over are dropped. A new search
    keeps the old rows until its first page arrives; the count comes after, on its own."""
    NAME, OTHER_NAMES, CASES = range(3)
    IdRole = Qt.ItemDataRole.UserRole + 1
    EntryRole = Qt.ItemDataRole.UserRole + 2
    PAGE = 100

    def __init__(self, store, runner=None, parent=None):
        super().__init__(store, runner, parent)
        self._query = ""
        self._rows: list[PersonEntry] = []
        self._headers = (_tr("Name"), _tr("Other names"), _tr("Cases and roles"))

    @staticmethod
    def read_page(session, text, offset: int, limit: int) -> list:
        return list_people(session, text, offset, limit)

    @staticmethod
    def read_count(session, text) -> int:
        return count_people(session, text)

    @property
    def text(self) -> str:
        return self._query

    def set_text(self, text: str) -> None:
        self.start(text)

    def entry(self, row: int) -> PersonEntry:
        return self._rows[row]

    def row_of(self, entry_id: str) -> int | None:
        return next((i for i, e in enumerate(self._rows) if e.id == entry_id), None)

    def row_with_person(self, person_id: str) -> int | None:
        """The row whose entry holds this person (a person's entry id changes when it is linked)."""
        return next((i for i, e in enumerate(self._rows) if any(a.person_id == person_id for a in e.cases)), None)

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
