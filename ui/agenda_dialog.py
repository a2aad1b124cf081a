"""What is due across all cases: the agenda window, and the notice in the main window's status bar
that says, when the store opens, how much is overdue or due this week."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from storage.agenda import due, write_ics
from ui.agenda_table_model import LATER, OVERDUE, THIS_WEEK, TODAY, WEEK_DAYS, AgendaTableModel, group_of
from ui.errors import user_message
from ui.file_dialogs import save_file
from ui.sorted_table import sorted_table


class AgendaDialog(QDialog):
    """Hearings and open deadlines of every case, overdue ones included; not modal, so that a case
    opened from it (double click) can be worked on while it stays open."""
    case_activated = Signal(str)   # the case's id
    AHEAD = (7, 30, 91, 365)

    def __init__(self, services, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("What is due"))
        self.ahead = QComboBox(self)
        for days, text in zip(self.AHEAD, (self.tr("the next 7 days"), self.tr("the next 30 days"),
                                           self.tr("the next 3 months"), self.tr("the next year"))):
            self.ahead.addItem(text, days)
        self.ahead.setCurrentIndex(1)
        self.show_only = QComboBox(self)
        self.show_only.addItem(self.tr("Everything"), None)
        for group, text in ((OVERDUE, self.tr("Overdue")), (TODAY, self.tr("Today")),
                            (THIS_WEEK, self.tr("This week")), (LATER, self.tr("Later"))):
            self.show_only.addItem(text, group)
        self.model = AgendaTableModel(self)
        self.proxy, self.view = sorted_table(self.model, AgendaTableModel.SortRole, self)
        self.proxy.setFilterRole(AgendaTableModel.GroupRole)
        self.proxy.setFilterKeyColumn(AgendaTableModel.WHEN)
        self.view.sortByColumn(AgendaTableModel.DATE, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export calendar…"), self)
        self.export_button.setToolTip(self.tr("An iCalendar file of the items shown: case references and kinds "
                                              "only, never names, places or descriptions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Due in"), self))
        choose.addWidget(self.ahead)
        choose.addSpacing(16)
        choose.addWidget(QLabel(self.tr("Show"), self))
        choose.addWidget(self.show_only)
        choose.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(820, 440)

        self.ahead.currentIndexChanged.connect(self._on_ahead_currentIndexChanged)
        self.show_only.currentIndexChanged.connect(self._on_show_only_currentIndexChanged)
        self.view.doubleClicked.connect(self._on_view_doubleClicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        buttons.rejected.connect(self.close)
        self.loading = False
        self.reload()

    def reload(self) -> None:
        """Read the agenda again (on a worker thread): after a case was saved, say."""
        store, today, days = self.services.store, self.today, self.ahead.currentData()
        self.loading = True

        def read(_progress):
            with store.read() as s:
                return due(s, today, days)

        def fill(items):
            self.loading = False
            self.model.set_items(items, today)
            self._say_count()

        def failed(exc):
            self.loading = False
            self.status.setText(user_message(exc))
        self.services.runner.run(read, done=fill, failed=failed)

    def shown_items(self) -> list:
        """The items in the order and under the filter the table shows them."""
        return [self.model.item(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def _say_count(self) -> None:
        n = self.proxy.rowCount()
        self.status.setText(self.tr("%n item(s).", "", n) if n else self.tr("Nothing is due, and nothing is overdue."))
        self.export_button.setEnabled(n > 0)

    @Slot(int)
    def _on_ahead_currentIndexChanged(self, _index: int) -> None:  # noqa: N802
        self.reload()

    @Slot(int)
    def _on_show_only_currentIndexChanged(self, _index: int) -> None:  # noqa: N802
        group = self.show_only.currentData()
        self.proxy.setFilterRegularExpression("" if group is None else f"^{group}$")
        self._say_count()

    @Slot(QModelIndex)
    def _on_view_doubleClicked(self, index: QModelIndex) -> None:  # noqa: N802
        case_id = self.proxy.data(index, AgendaTableModel.CaseIdRole)
        if case_id:
            self.case_activated.emit(case_id)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        path = save_file(self, self.tr("Export calendar"), "casefile-agenda.ics",
                         self.tr("iCalendar files (*.ics)"))
        if not path:
            return
        items = self.shown_items()
        try:
            write_ics(items, Path(path))
        except Exception as exc:
            self.status.setText(user_message(exc))
            return
        self.status.setText(self.tr("Wrote %n item(s) to {0}: case references and kinds only, no names.", "",
                                    len(items)).format(path))


class AgendaNotice(QWidget):
    """In the status bar while something is overdue or due this week: "2 overdue, 1 due this week —
    Show". Hidden when nothing is; never in the way of work."""
    agenda_requested = Signal()

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("agenda-notice")
        self.label = QLabel(self)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setFlat(True)
        self.show_button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.show_button)
        self.show_button.clicked.connect(self.agenda_requested)
        self.hide()

    def refresh(self, today: dt.date | None = None) -> None:
        store, today = self.services.store, today or dt.date.today()

        def read(_progress):
            with store.read() as s:
                return [group_of(i, today) for i in due(s, today, WEEK_DAYS)]

        self.services.runner.run(read, done=self._show_counts, failed=lambda _exc: self.hide())

    def _show_counts(self, groups: list[int]) -> None:
        late, now, week = (groups.count(g) for g in (OVERDUE, TODAY, THIS_WEEK))
        parts = ([self.tr("%n overdue", "", late)] if late else []) + \
                ([self.tr("%n due today", "", now)] if now else []) + \
                ([self.tr("%n due this week", "", week)] if week else [])
        if not parts:
            self.hide()
            return
        self.label.setText("  ·  ".join(parts))
        self.show()
