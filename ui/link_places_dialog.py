"""Link places…: the events of cases whose free-text place names a facility of the registry, for a
person to review. Nothing is linked until they tick a row and choose "Link ticked"; each link is a
change of its case (audited, undone by unlinking).

    changed = LinkPlacesDialog.ask(parent, services)
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from storage import facilities
from ui.errors import user_message


class LinkPlacesDialog(QDialog):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Link places to facilities"))
        self.note = QLabel(self.tr("These places, as written in cases, name a facility of the registry. Tick the "
                                   "ones that are that facility and choose Link ticked. The text of the case is "
                                   "not changed; a link can be undone."), self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Event"), self.tr("Date"),
                                              self.tr("Place as written"), self.tr("Facility")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.link_button = self.buttons.addButton(self.tr("&Link ticked"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.link_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.offers: list = []
        self.linked = 0
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.resize(900, 480)
        self._load()

    def _load(self) -> None:
        store = self.services.store

        def read(_progress):
            with store.read() as s:
                offers = facilities.offered_links(s)
                names = {f.id: f.display_name() for f in facilities.all_facilities(s)}
            return offers, names
        self.services.runner.run(read, done=self._fill, failed=self._on_failed)

    @Slot(object)
    def _fill(self, got) -> None:
        offers, names = got
        self.offers = offers
        self.table.blockSignals(True)
        self.table.setRowCount(len(offers))
        for r, o in enumerate(offers):
            first = QTableWidgetItem(o.case)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(r, 0, first)
            for c, value in enumerate((o.event, o.start or "", o.place, names.get(o.facility_id, "")), start=1):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.blockSignals(False)
        if not offers:
            self.note.setText(self.tr("No place written in a case names a facility that it is not linked to."))

    def ticked(self) -> list:
        return [o for r, o in enumerate(self.offers) if self.table.item(r, 0).checkState() == Qt.CheckState.Checked]

    def _on_table_item_changed(self, _item) -> None:
        self.link_button.setEnabled(bool(self.ticked()))

    def _on_buttons_accepted(self) -> None:
        chosen = self.ticked()
        store = self.services.store

        def write(_progress):
            with store.write() as s:
                for o in chosen:
                    facilities.link_event(s, store, o.case_id, o.event, o.facility_id)
            return len(chosen)
        self.services.runner.run(write, done=self._on_linked, failed=self._on_failed)

    @Slot(object)
    def _on_linked(self, count) -> None:
        self.linked += count
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Link places to facilities"), user_message(exc))

    @classmethod
    def ask(cls, parent, services) -> int:
        """How many events were linked (0 when the person closed it)."""
        dlg = cls(services, parent)
        dlg.exec()
        return dlg.linked
