"""Earlier versions of a case, or the cases that were removed, with a way to bring one back."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QVBoxLayout)

from storage import history
from ui.case_table_model import local_time
from ui.errors import user_message


class HistoryDialog(QDialog):
    def __init__(self, services, case_id: str | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.restored_id: str | None = None
        self.setWindowTitle(self.tr("Earlier versions") if case_id else self.tr("Removed cases"))
        with services.store.read() as s:
            kept = history.versions(s, case_id) if case_id else history.removed_cases(s)
        intro = QLabel(self.tr("Every saved version is kept. Restoring one keeps the current version too.")
                       if case_id else self.tr("Cases that were removed, as they were last saved."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for v in kept:
            when = local_time(v.saved_at)
            text = (f"{when} — {v.reason}" if case_id else f"{v.reference} — {v.title} ({self.tr('removed')} {when})")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, v.seq)
        if not kept:
            QListWidgetItem(self.tr("None."), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self.list.currentItemChanged.connect(self._on_list_currentItemChanged)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(cls, parent, services, case_id: str | None = None) -> str | None:
        """The id of the case that was restored, or None."""
        dlg = cls(services, case_id, parent)
        dlg.exec()
        return dlg.restored_id

    @Slot()
    def _on_list_currentItemChanged(self) -> None:  # noqa: N802
        item = self.list.currentItem()
        self.restore_button.setEnabled(item is not None and item.data(Qt.ItemDataRole.UserRole) is not None)

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        seq = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        store = self.services.store
        try:
            with store.write() as s:
                case, _outcome = history.restore(s, store, seq)
        except Exception as exc:  # a removed case whose reference is now used by another, say
            QMessageBox.warning(self, self.tr("Not restored"), user_message(exc))
            return
        self.restored_id = case.id
        self.accept()

