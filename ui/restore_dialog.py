"""Restoring a backup from the window (the unlock dialog's *Restore a backup…*): the backup file, a
new folder for the store, and the passphrase or recovery key of the store that was backed up. The
same use case as `casefile restore` (storage.backup.restore_backup); the restored store is then
opened and handed to the window, with what the unlock dialog shows when a backup of an older
version is brought up to date. Key derivation and copying run off the GUI thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from storage.backup import restore_backup
from storage.store import Store
from ui import file_dialogs
from ui.errors import user_message
from ui.unlock_widgets import OpeningStatus, SecretField


def _row(parent, *widgets) -> QWidget:
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for i, w in enumerate(widgets):
        row.addWidget(w, 1 if i == 0 else 0)
    return holder


class RestoreDialog(QDialog):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.store: Store | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        note = QLabel(self.tr("A backup becomes a new store in a folder of its own; the store it was made from "
                              "is not touched. It opens with that store's passphrase or recovery key."), self)
        note.setWordWrap(True)
        self.backup = QLineEdit(self)
        self.backup.setPlaceholderText(self.tr("The backup file (.cfbackup)"))
        self.choose_backup = choose_backup = QPushButton(self.tr("Choose…"), self)
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("A new, empty folder"))
        self.choose_folder = choose_folder = QPushButton(self.tr("Choose…"), self)
        self.unlock = SecretField(self)
        self.use_passphrase, self.use_recovery, self.secret = (self.unlock.use_passphrase, self.unlock.use_recovery,
                                                               self.unlock.edit)
        self.status = OpeningStatus(self)
        self.busy, self.message = self.status.bar, self.status.message
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore"))

        form = QFormLayout()
        form.addRow(self.tr("Backup:"), _row(self, self.backup, choose_backup))
        form.addRow(self.tr("New store folder:"), _row(self, self.folder, choose_folder))
        form.addRow(self.tr("Unlock with:"), self.unlock.kinds)
        form.addRow("", self.secret)
        outer = QVBoxLayout(self)
        outer.addWidget(note)
        outer.addLayout(form)
        outer.addWidget(self.status)
        outer.addWidget(self.buttons)
        self.resize(560, 0)

        choose_backup.clicked.connect(self._on_choose_backup_clicked)
        choose_folder.clicked.connect(self._on_choose_folder_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(cls, parent, services) -> Store | None:
        dlg = cls(services, parent)
        return dlg.store if dlg.exec() == QDialog.DialogCode.Accepted else None

    @Slot()
    def _on_choose_backup_clicked(self) -> None:
        chosen = file_dialogs.open_file(self, self.tr("Restore a backup"), "",
                                        self.tr("Casefile backups (*.cfbackup)"))
        if chosen:
            self.backup.setText(chosen)

    @Slot()
    def _on_choose_folder_clicked(self) -> None:
        chosen = file_dialogs.folder(self, self.tr("A new, empty folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        backup, folder = self.backup.text().strip(), self.folder.text().strip()
        if not backup or not folder:
            self.status.say(self.tr("Choose the backup file and a new folder for the store."))
            return
        if not self.unlock.text():
            self.status.say(self.tr("Type the passphrase or the recovery key."))
            return
        unlock = self.unlock.secret()

        def work(progress):
            path = restore_backup(Path(backup), Path(folder), **unlock, progress=progress)
            return Store.open(path, **unlock)

        self._set_busy(True)
        self.status.working(self.tr("Restoring…"))
        self.services.runner.run(work, done=self._on_restore_done, failed=self._on_restore_failed,
                                 progress=self.status.progress)

    @Slot(object)
    def _on_restore_done(self, store) -> None:
        self.secret.clear()
        self.store = store
        self.services.settings.setValue(self.services.LAST_STORE, str(store.path))
        self._set_busy(False)
        self.accept()

    @Slot(object)
    def _on_restore_failed(self, exc) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.status.say(user_message(exc))

    def _set_busy(self, busy: bool) -> None:
        self.status.set_busy(busy)
        for w in (self.backup, self.folder, self.choose_backup, self.choose_folder, self.buttons,
                  *self.unlock.widgets()):
            w.setEnabled(not busy)

    def reject(self) -> None:
        if not self.services.runner.busy():  # a store being restored is handed over, not dropped
            super().reject()
