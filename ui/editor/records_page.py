"""One list of records of a case (people, accounts, events, …): the list on the left, the
selected record's form on the right, Add and Remove below the list."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSplitter,
                               QVBoxLayout, QWidget)

from models.editing import drop_references
from ui.editor.form import RecordForm


class RecordsPage(QWidget):
    edited = Signal()

    def __init__(self, case: dict, list_name: str, form: RecordForm, label: Callable[[dict], str],
                 new_record: Callable[[list[dict]], dict], parent=None):
        super().__init__(parent)
        self.case, self.list_name, self.form = case, list_name, form
        self._label, self._new_record = label, new_record
        self.list = QListWidget(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list, 1)
        lv.addLayout(buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(1, 3)
        split.setSizes([220, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.currentRowChanged.connect(self._on_list_currentRowChanged)
        self.form.edited.connect(self._on_form_edited)
        self.refresh()

    @property
    def records(self) -> list[dict]:
        return self.case.setdefault(self.list_name, [])

    def refresh(self) -> None:
        """Show the list again (after the case changed elsewhere); keep the selection."""
        row = max(self.list.currentRow(), 0)
        self.list.blockSignals(True)
        self.list.clear()
        for rec in self.records:
            QListWidgetItem(self._label(rec), self.list)
        self.list.blockSignals(False)
        if self.records:
            self.select(min(row, len(self.records) - 1))
        else:
            self.form.setEnabled(False)
        self.remove_button.setEnabled(bool(self.records))

    def select(self, index: int) -> None:
        self.list.setCurrentRow(index)
        self._on_list_currentRowChanged(index)

    def record_label(self, index: int) -> str:
        return self._label(self.records[index]) if 0 <= index < len(self.records) else ""

    @Slot(int)
    def _on_list_currentRowChanged(self, row: int) -> None:  # noqa: N802
        if 0 <= row < len(self.records):
            self.form.setEnabled(True)
            self.form.load(self.records[row])

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.records.append(self._new_record(self.records))
        QListWidgetItem(self._label(self.records[-1]), self.list)
        self.remove_button.setEnabled(True)
        self.select(len(self.records) - 1)
        self.edited.emit()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.records):
            return
        removed = self.records.pop(row)
        if removed.get("key"):
            drop_references(self.case, self.list_name, removed["key"])
        self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.blockSignals(False)
        self.refresh()
        self.edited.emit()

    @Slot()
    def _on_form_edited(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.records):
            self.list.item(row).setText(self._label(self.records[row]))
        self.edited.emit()
