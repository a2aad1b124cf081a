"""The People view (Cases › People…): every person across cases, linked persons as one, searchable
in any script; the chosen person's cases, photo and suggested links beside the list; and a review
of every suggested link in the store, found in the background.

    window = PeopleWindow(services, main_window); window.case_activated.connect(open_case); window.show()
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSplitter, QTableView, QTabWidget, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from storage import people, people_suggest
from ui.errors import user_message
from ui.link_reasons import reasons_text, score_text
from ui.people_table_model import PeopleTableModel
from ui.person_panel import PersonPanel

SEARCH_DELAY_MS = 250
REVIEW_LIMIT = 500   # suggestions listed in the review at once, best first


class SuggestionReview(QWidget):
    """Every suggested link in the store, best first, to accept or reject one by one."""
    people_changed = Signal(str)
    PairRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self._task = None
        self.note = QLabel(self.tr("Casefile compares every person with the persons of other cases and lists the "
                                   "likely pairs, best first. Nothing is linked until you say so."), self)
        self.note.setWordWrap(True)
        self.find_button = QPushButton(self.tr("Find suggested links"), self)
        self.status = QLabel(self)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Score"), self.tr("Person"), self.tr("Same person as"), self.tr("Why")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for col in (0, 1, 2):
            self.list.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.accept_button = QPushButton(self.tr("Link: the same person"), self)
        self.reject_button = QPushButton(self.tr("Not the same person"), self)
        top = QHBoxLayout()
        top.addWidget(self.find_button)
        top.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def find(self) -> None:
        """The whole pass over the store, on a worker thread, with its progress below the button."""
        store = self.services.store
        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Comparing people…"))
        self._task = self.services.runner.run(
            lambda progress: _all_suggestions(store, progress), done=self._on_found, failed=self._on_failed,
            progress=self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self.status.setText(self.tr("Comparing people… {0}%").format(100 * done // max(total, 1)))

    def _on_found(self, suggestions) -> None:
        if not shiboken6.isValid(self):  # the window was closed while the pass ran
            return
        self.find_button.setEnabled(True)
        self.list.clear()
        for sug in suggestions:
            item = QTreeWidgetItem([score_text(sug.score), f"{sug.a.name} — {sug.a.case}/{sug.a.person}",
                                    f"{sug.b.name} — {sug.b.case}/{sug.b.person}", reasons_text(sug.reasons)])
            item.setData(0, self.PairRole, (sug.a.person_id, sug.b.person_id))
            item.setToolTip(3, reasons_text(sug.reasons))
            self.list.addTopLevelItem(item)
        self.status.setText(self.tr("%n suggested link(s) to review", "", len(suggestions)))
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.find_button.setEnabled(True)
        self.status.setText(user_message(exc))

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        chosen = item is not None and item.isSelected()
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def _decide(self, fn) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        a, b = item.data(0, self.PairRole)
        store = self.services.store
        try:
            with store.write() as s:
                fn(s, store, a, b)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("People"), user_message(exc))
            return
        self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
        self.status.setText(self.tr("%n suggested link(s) to review", "", self.list.topLevelItemCount()))
        self.people_changed.emit(a)

    @Slot()
    def _on_find_button_clicked(self) -> None:
        self.find()

    @Slot()
    def _on_accept_button_clicked(self) -> None:
        self._decide(people.link)

    @Slot()
    def _on_reject_button_clicked(self) -> None:
        self._decide(people.reject)


def _all_suggestions(store, progress):
    with store.read() as s:
        return people_suggest.all_suggestions(s, limit=REVIEW_LIMIT, progress=progress)


class PeopleWindow(QDialog):
    case_activated = Signal(str)   # a case id: the main window opens it

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("People"))
        self.services = services
        self._select_person: str | None = None
        self.model = PeopleTableModel(services.store, services.runner, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names in any script: Nurlan, Нұрлан, نۇرلان…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PeopleTableModel.CASES, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(PeopleTableModel.NAME, 200)
        self.table.setColumnWidth(PeopleTableModel.OTHER_NAMES, 200)
        self.panel = PersonPanel(services, self)
        self.review = SuggestionReview(services, self)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(split, self.tr("People"))
        self.tabs.addTab(self.review, self.tr("Suggested links"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1150, 680)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._on_search_textChanged)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_currentRowChanged)
        self.model.modelReset.connect(lambda: self.panel.show_entry(None))
        self.model.query_started.connect(self._on_model_query_started)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.rows_loaded.connect(self._on_model_rows_loaded)
        self.model.load_failed.connect(self.count.setText)
        self.panel.case_activated.connect(self.case_activated)
        self.panel.people_changed.connect(self._on_people_changed)
        self.review.people_changed.connect(self._on_people_changed)
        self.model.set_text("")

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_text(self.search.text().strip())

    def reload(self, person_id: str | None = None) -> None:
        """Read the list again (after links or cases changed); select this person's entry when it comes."""
        current = self.panel.entry
        self._select_person = person_id or (current.cases[0].person_id if current and current.cases else None)
        self.model.reload()

    def select_person(self, person_id: str) -> bool:
        row = self.model.row_with_person(person_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, PeopleTableModel.NAME))  # selects the row, shows the person
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def done(self, result: int) -> None:
        self.model.clear()  # a lock: no rows left behind in the window
        super().done(result)

    # --- slots -----------------------------------------------------------------------------------

    @Slot(str)
    def _on_search_textChanged(self, _text: str) -> None:  # noqa: N802
        self._search_timer.start()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_currentRowChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:  # noqa: N802
        self.panel.show_entry(self.model.entry(current.row()) if current.isValid() else None)

    @Slot(str)
    def _on_people_changed(self, person_id: str) -> None:
        self.reload(person_id)

    @Slot()
    def _on_model_query_started(self) -> None:
        self.count.setText(self.tr("Counting…"))

    @Slot()
    def _on_model_rows_loaded(self) -> None:
        person, self._select_person = self._select_person, None
        if person is not None:
            self.select_person(person)

    @Slot(int)
    def _on_model_total_changed(self, total: int) -> None:
        if self.model.text:
            self.count.setText(self.tr("%n person(s) match", "", total))
        else:
            self.count.setText(self.tr("%n person(s)", "", total))
