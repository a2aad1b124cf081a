"""Cases › Facilities…: the facility registry. A list searchable by any name in any script; for
the facility chosen, its names per script, type, county, prefecture, coordinates and aliases, and
every case and event that points to it, with dates. Add, edit, remove; and "Link places…", the
review of the free-text places of cases that name a facility (storage.facilities.offered_links).

    FacilitiesWindow.show_for(parent, services)
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter, QTableView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from models import vocab
from storage import facilities
from ui.errors import user_message
from ui.facility_dialog import FacilityDialog
from ui.facility_table_model import FacilityTableModel
from ui.i18n import vocab_label


def _table(parent, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class FacilitiesWindow(QDialog):
    """The registry on its own window (not modal: a person may look at cases beside it)."""
    registry_changed = Signal()

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Facilities"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by any name, in any script"))
        self.search.setClearButtonEnabled(True)
        self.model = FacilityTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(FacilityTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.link_button = QPushButton(self.tr("&Link places…"), self)
        self.link_button.setToolTip(self.tr("Places written in cases that name a facility: link the ones you agree with"))

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.view, 1)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.link_button)
        lv.addLayout(row)

        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(right)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        rv.addWidget(self.heading)
        form = QFormLayout()
        self.type_label, self.county_label, self.prefecture_label, self.coords_label, self.note_label = (
            QLabel(right) for _ in range(5))
        for label in (self.type_label, self.county_label, self.prefecture_label, self.coords_label, self.note_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Type:"), self.type_label)
        form.addRow(self.tr("County:"), self.county_label)
        form.addRow(self.tr("Prefecture:"), self.prefecture_label)
        form.addRow(self.tr("Coordinates:"), self.coords_label)
        form.addRow(self.tr("Note:"), self.note_label)
        rv.addLayout(form)
        rv.addWidget(QLabel(self.tr("Names and aliases"), right))
        self.names = _table(right, [self.tr("Script"), self.tr("Name"), self.tr("Kind")])
        rv.addWidget(self.names, 1)
        self.events_title = QLabel(right)
        rv.addWidget(self.events_title)
        self.events = _table(right, [self.tr("Case"), self.tr("Event"), self.tr("Kind"), self.tr("From"), self.tr("To")])
        rv.addWidget(self.events, 2)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(200)
        self._typing.timeout.connect(self.reload)
        self.search.textChanged.connect(self._typing.start)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.view.doubleClicked.connect(self._on_edit_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self._keep: str | None = None
        self._show(None, [])
        self.reload()

    @classmethod
    def show_for(cls, parent, services) -> "FacilitiesWindow":
        window = cls(services, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    # --- reading ---------------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], FacilityTableModel.IdRole) if rows else None

    def reload(self, select: str | None = None) -> None:
        store, text = self.services.store, self.search.text()
        self._keep = select or self.selected_id()

        def read(_progress):
            with store.read() as s:
                return facilities.list_facilities(s, text)
        # Results go to methods, never to closures over self: Qt drops them once the window is gone.
        self.services.runner.run(read, done=self._on_list_read, failed=self._on_failed)

    @Slot(object)
    def _on_list_read(self, rows) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of(self._keep) if self._keep else None
        if row is None and rows:
            row = 0
        if row is not None:
            # Through the selection model: QTableView.selectRow selects nothing in a right-to-left layout.
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
        else:
            self._show(None, [])

    @Slot()
    def _on_view_selection_changed(self, *_args) -> None:
        fid = self.selected_id()
        self.edit_button.setEnabled(fid is not None)
        self.remove_button.setEnabled(fid is not None)
        if fid is None:
            self._show(None, [])
            return
        store = self.services.store

        def read(_progress):
            with store.read() as s:
                return facilities.get(s, fid), facilities.appearances(s, fid)
        self.services.runner.run(read, done=self._on_detail_read, failed=self._on_failed)

    @Slot(object)
    def _on_detail_read(self, got) -> None:
        if got[0].id == self.selected_id():  # not an answer overtaken by another choice
            self._show(*got)

    def _show(self, facility, appearances: list) -> None:
        if facility is None:
            self.heading.setText(self.tr("No facility chosen"))
            for label in (self.type_label, self.county_label, self.prefecture_label, self.coords_label,
                          self.note_label):
                label.clear()
            _fill(self.names, [])
            _fill(self.events, [])
            self.events_title.setText(self.tr("Cases and events"))
            self.edit_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            return
        self.heading.setText(facility.display_name())
        self.type_label.setText(vocab_label(vocab.FACILITY_TYPE, facility.type))
        self.county_label.setText(facility.county or "—")
        self.prefecture_label.setText(facility.prefecture or "—")
        self.coords_label.setText(f"{facility.lat:.5f}, {facility.lon:.5f}" if facility.lat is not None else "—")
        self.note_label.setText(facility.note or "—")
        _fill(self.names, [[vocab_label(vocab.SCRIPT, n.script), n.value,
                            self.tr("alias") if n.alias else self.tr("name")] for n in facility.names])
        cases = len({a.case_id for a in appearances})
        self.events_title.setText(self.tr("Cases and events that point to it: %n case(s)", "", cases))
        _fill(self.events, [[a.case, a.event, vocab_label(vocab.EVENT_KIND, a.kind), a.start or "", a.end or ""]
                            for a in appearances])

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Facilities"), user_message(exc))

    # --- changing --------------------------------------------------------------------------------

    def _save(self, entry) -> None:
        store = self.services.store

        def write(_progress):
            with store.write() as s:
                facilities.save(s, store, entry)
            return entry.id
        self.services.runner.run(write, done=self._on_changed, failed=self._on_failed)

    @Slot(object)
    def _on_changed(self, select) -> None:
        self.reload(select=select)
        self.registry_changed.emit()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        entry = FacilityDialog.ask(self, None)
        if entry is not None:
            self._save(entry)

    @Slot()
    def _on_edit_button_clicked(self, *_args) -> None:
        fid = self.selected_id()
        if fid is None:
            return
        with self.services.store.read() as s:
            current = facilities.get(s, fid)
        entry = FacilityDialog.ask(self, current)
        if entry is not None:
            self._save(entry)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        fid = self.selected_id()
        if fid is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove facility"),
                                      self.tr("Remove this facility from the registry? Cases keep their places as written."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.services.store

        def write(_progress):
            with store.write() as s:
                facilities.remove(s, store, fid)
        self.services.runner.run(write, done=self._on_changed, failed=self._on_failed)

    @Slot()
    def _on_link_button_clicked(self) -> None:
        from ui.link_places_dialog import LinkPlacesDialog

        if LinkPlacesDialog.ask(self, self.services):
            self.reload()
            self.registry_changed.emit()
