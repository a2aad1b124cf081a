"""The History tab of the case editor: every audit entry about the case, read on a worker thread
the first time the tab is shown."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from storage.history import case_audit
from ui.audit_table_model import AuditTableModel


class HistoryPage(QWidget):
    def __init__(self, services, case_id: str | None, field_label, parent=None):
        super().__init__(parent)
        self.services, self.case_id = services, case_id
        self.loaded = False
        self.model = AuditTableModel(field_label, self)
        self.note = QLabel(self.tr("Who changed what, and when. The log keeps which fields changed, never "
                                   "their values; it cannot be edited.") if case_id else
                           self.tr("The history starts when the case is first saved."), self)
        self.note.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AuditTableModel.FIELDS, QHeaderView.ResizeMode.Stretch)
        for col, width in ((AuditTableModel.WHEN, 130), (AuditTableModel.WHO, 160), (AuditTableModel.WHAT, 220)):
            self.table.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        if self.loaded or self.case_id is None:
            return
        self.loaded = True
        store, case_id = self.services.store, self.case_id

        def read(_progress):
            with store.read() as s:
                return case_audit(s, case_id)
        self.services.runner.run(read, done=self.model.set_lines)
