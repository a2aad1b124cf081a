"""What is due (storage.agenda.Item) as a Qt item model: when, date, case, kind, what; sortable
through a proxy by the values of ``SortRole`` (a date sorts as its ISO text, a group by its order)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from models import vocab
from storage.agenda import Item
from ui.headed_table_model import HeadedTableModel
from ui.i18n import _tr, date_text, vocab_label

OVERDUE, TODAY, THIS_WEEK, LATER = range(4)
WEEK_DAYS = 7   # "this week" is the next seven days, as the command line's default


def group_of(item: Item, today: dt.date) -> int:
    day = dt.date.fromisoformat(item.date)
    if item.overdue or day < today:
        return OVERDUE
    if day == today:
        return TODAY
    return THIS_WEEK if day <= today + dt.timedelta(days=WEEK_DAYS) else LATER


def group_names() -> tuple[str, ...]:
    return (_tr("Overdue"), _tr("Today"), _tr("This week"), _tr("Later"))


def kind_text(kind: str) -> str:
    return {"hearing": _tr("Hearing"), "deadline": _tr("Deadline")}.get(kind, kind)


def what_text(item: Item) -> str:
    """A hearing of a proceeding is named by the proceeding's kind in the window's language and
    its forum; anything else by what the case says."""
    if item.kind == "hearing" and item.proceeding:
        label = vocab_label(vocab.PROCEEDING_KIND, item.proceeding)
        return f"{label}, {item.forum}" if item.forum else label
    return item.what


class AgendaTableModel(HeadedTableModel):
    WHEN, DATE, CASE, KIND, WHAT = range(5)
    SortRole = Qt.ItemDataRole.UserRole + 1
    CaseIdRole = Qt.ItemDataRole.UserRole + 2
    GroupRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Item] = []
        self._groups: list[int] = []
        self._headers = (_tr("When"), _tr("Date"), _tr("Case"), _tr("Kind"), _tr("What"))

    def set_items(self, items: list[Item], today: dt.date) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._groups = [group_of(i, today) for i in self._items]
        self.endResetModel()

    def items(self) -> list[Item]:
        return list(self._items)

    def item(self, row: int) -> Item:
        return self._items[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, group, col = self._items[index.row()], self._groups[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return group_names()[group]
            if col == self.DATE:
                return date_text(item.date) + (f" {item.time}" if item.time else "")
            if col == self.CASE:
                return item.case
            if col == self.KIND:
                return kind_text(item.kind)
            if col == self.WHAT:
                return what_text(item)
        if role == self.SortRole:
            day = f"{item.date} {item.time or ''}"
            return (f"{group}{day}", day, item.case.casefold(), kind_text(item.kind).casefold(),
                    what_text(item).casefold())[col] if 0 <= col < 5 else None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WHAT:
            return what_text(item)
        if role == Qt.ItemDataRole.ForegroundRole and group == OVERDUE:
            return QColor("#a0201a")
        if role == self.CaseIdRole:
            return item.case_id
        if role == self.GroupRole:
            return group
        return None
