"""Opening a store: its folder, and the passphrase or the recovery key. Key derivation (Argon2id,
64 MiB) runs off the GUI thread; the window stays responsive and says it is working. The first
opening by a newer version, which may update the store and rebuild its search index (minutes, for
a large store), says so and counts the cases; a store remembered on this computer that needs
this is opened here too, without asking for the passphrase (``unlocked``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from storage.keys import KeyFile, wipe
from storage.store import Store
from ui import file_dialogs
from ui.errors import user_message
from ui.unlock_widgets import OpeningStatus, SecretField


class UnlockDialog(QDialog):
    def __init__(self, services, path: str | None = None, parent=None,
                 unlocked: tuple[KeyFile, bytearray] | None = None):
        super().__init__(parent)
        self.services = services
        self.store: Store | None = None
        self._unlocked = unlocked
        self.setWindowTitle(self.tr("Open a Casefile store"))

        self.folder = QLineEdit(path or "", self)
        self.folder.setPlaceholderText(self.tr("The folder of the store"))
        self.browse = browse = QPushButton(self.tr("Choose…"), self)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.unlock = SecretField(self)
        self.use_passphrase, self.use_recovery, self.secret = (self.unlock.use_passphrase, self.unlock.use_recovery,
                                                               self.unlock.edit)
        self.remember = QCheckBox(self.tr("Remember on this computer (its keyring opens the store at start-up)"), self)
        self.remember.setEnabled(services.device.available())
        if not self.remember.isEnabled():
            self.remember.setToolTip(self.tr("This computer has no secure keyring."))
        self.status = OpeningStatus(self)
        self.busy, self.message = self.status.bar, self.status.message
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(self.tr("New store…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = self.buttons.addButton(self.tr("Restore a backup…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)

        form = QFormLayout()
        form.addRow(self.tr("Store"), _wrap(row, self))
        form.addRow(self.tr("Unlock with"), self.unlock.kinds)
        form.addRow("", self.secret)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

        browse.clicked.connect(self._on_browse_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        (self.secret if path else self.folder).setFocus()
        if unlocked is not None:
            QTimer.singleShot(0, self._open_unlocked)

    @classmethod
    def ask(cls, parent, services, path: str | None = None,
            unlocked: tuple[KeyFile, bytearray] | None = None) -> Store | None:
        """The opened store, or None. With ``unlocked`` (the key a keyring gave for ``path``) the
        store is opened at once; the passphrase is asked only if that fails."""
        dlg = cls(services, path, parent, unlocked)
        return dlg.store if dlg.exec() == QDialog.DialogCode.Accepted else None

    # --- slots -----------------------------------------------------------------------------------

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = file_dialogs.folder(self, self.tr("The folder of the store"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @Slot()
    def _on_create_button_clicked(self) -> None:
        from ui.new_store_dialog import NewStoreDialog

        store = NewStoreDialog.ask(self, self.services)
        if store is not None:
            self.store = store
            self.accept()

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        from ui.restore_dialog import RestoreDialog

        store = RestoreDialog.ask(self, self.services)
        if store is not None:
            self.store = store
            self.accept()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        path = self.folder.text().strip()
        if not path:
            self.status.say(self.tr("Choose the folder of the store."))
            return
        if not self.unlock.text():
            self.status.say(self.tr("Type the passphrase or the recovery key."))
            return
        unlock = self.unlock.secret()
        remember = self.remember.isChecked()
        device = self.services.device

        def open_store(progress):
            store = Store.open(Path(path), **unlock, progress=progress)
            if remember:
                try:
                    store.remember_on_device(device)
                except BaseException:
                    store.close()
                    raise
            return store

        self._start(open_store)

    @Slot()
    def _open_unlocked(self) -> None:
        """Open with the key the keyring gave (handed over once: the store owns it from here)."""
        keyfile, key = self._unlocked
        self._unlocked = None
        path = Path(self.folder.text().strip())
        self._start(lambda progress: Store.open_unlocked(path, keyfile, key, progress=progress))

    def _start(self, open_store) -> None:
        """Run ``open_store(progress)`` off the GUI thread, the dialog busy and saying what it does."""
        self._set_busy(True)
        self.status.working(self.tr("Opening…"))
        self.services.runner.run(open_store, done=self._on_open_done, failed=self._on_open_failed,
                                 progress=self.status.progress)

    @Slot(object)
    def _on_open_done(self, store) -> None:
        self.secret.clear()
        self.store = store
        self.services.settings.setValue(self.services.LAST_STORE, str(store.path))
        self._set_busy(False)
        self.accept()

    @Slot(object)
    def _on_open_failed(self, exc) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.secret.setFocus()
        self.status.say(user_message(exc))

    def _set_busy(self, busy: bool) -> None:
        self.status.set_busy(busy)
        for w in (self.folder, self.browse, self.buttons, *self.unlock.widgets()):
            w.setEnabled(not busy)
        self.remember.setEnabled(not busy and self.services.device.available())

    def reject(self) -> None:
        if not self.services.runner.busy():  # a store being opened is handed over, not dropped
            if self._unlocked is not None:  # closed before the keyring's key was used
                wipe(self._unlocked[1])
                self._unlocked = None
            super().reject()


def _wrap(layout, parent) -> QWidget:
    w = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
