"""Opening a store: its folder, and the passphrase or the recovery key. Key derivation (Argon2id,
64 MiB) runs off the GUI thread; the window stays responsive and says it is working. The first
opening by a newer version, which may update the store and rebuild its search index (minutes, for
a large store), says so and counts the cases; a store remembered on this computer that needs
this is opened here too, without asking for the passphrase (``unlocked``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QVBoxLayout,
                               QWidget)

from storage.keys import KeyFile, wipe
from storage.store import Store
from ui import file_dialogs
from ui.errors import user_message


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
        browse = QPushButton(self.tr("Choose…"), self)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.use_passphrase = QRadioButton(self.tr("Passphrase"), self)
        self.use_recovery = QRadioButton(self.tr("Recovery key"), self)
        self.use_passphrase.setChecked(True)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember on this computer (its keyring opens the store at start-up)"), self)
        self.remember.setEnabled(services.device.available())
        if not self.remember.isEnabled():
            self.remember.setToolTip(self.tr("This computer has no secure keyring."))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)  # room for two sentences
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar(self)  # moves while the key is derived (a second or so, on purpose)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(self.tr("New store…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = self.buttons.addButton(self.tr("Restore a backup…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)

        kinds = QHBoxLayout()
        kinds.addWidget(self.use_passphrase)
        kinds.addWidget(self.use_recovery)
        kinds.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Store"), _wrap(row, self))
        form.addRow(self.tr("Unlock with"), _wrap(kinds, self))
        form.addRow("", self.secret)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self._on_use_recovery_toggled(False)

        browse.clicked.connect(self._on_browse_clicked)
        self.use_recovery.toggled.connect(self._on_use_recovery_toggled)
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

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020" if error else "")
        self.message.setText(text)

    # --- slots -----------------------------------------------------------------------------------

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = file_dialogs.folder(self, self.tr("The folder of the store"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    @Slot(bool)
    def _on_use_recovery_toggled(self, recovery: bool) -> None:
        self.secret.clear()
        self.secret.setPlaceholderText(self.tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX") if recovery
                                       else self.tr("Your passphrase"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)

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
        path, secret = self.folder.text().strip(), self.secret.text()
        if not path:
            self._say(self.tr("Choose the folder of the store."))
            return
        if not secret:
            self._say(self.tr("Type the passphrase or the recovery key."))
            return
        recovery = self.use_recovery.isChecked()
        remember = self.remember.isChecked()
        device = self.services.device

        def open_store(progress):
            store = Store.open(Path(path), **({"recovery_key": secret} if recovery else {"passphrase": secret}),
                               progress=progress)
            if remember:
                try:
                    store.remember_on_device(device)
                except BaseException:
                    store.close()
                    raise
            return store

        self._set_busy(True)
        self._say(self.tr("Opening…"), error=False)
        self.services.runner.run(open_store, done=self._on_open_done, failed=self._on_open_failed,
                                 progress=self._on_open_progress)

    @Slot()
    def _open_unlocked(self) -> None:
        """Open with the key the keyring gave (handed over once: the store owns it from here)."""
        keyfile, key = self._unlocked
        self._unlocked = None
        path = Path(self.folder.text().strip())
        self._set_busy(True)
        self._say(self.tr("Opening…"), error=False)
        self.services.runner.run(lambda progress: Store.open_unlocked(path, keyfile, key, progress=progress),
                                 done=self._on_open_done, failed=self._on_open_failed,
                                 progress=self._on_open_progress)

    @Slot(int, int)
    def _on_open_progress(self, done: int, total: int) -> None:
        """Only the first opening by a newer version reports: it updates the store, once."""
        if total <= 0:
            self.busy.setRange(0, 0)
            self._say(self.tr("Updating this store for this version of Casefile. This is done once; "
                              "for a large store it takes a few minutes. Keep Casefile open."), error=False)
        else:
            self.busy.setRange(0, total)
            self.busy.setValue(done)
            self._say(self.tr("Rebuilding the search index for this version: %1 of %2 cases. "
                              "This is done once; keep Casefile open.")
                      .replace("%1", self.locale().toString(done)).replace("%2", self.locale().toString(total)),
                      error=False)

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
        self.busy.setRange(0, 0)
        self._say(user_message(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.folder, self.secret, self.buttons, self.use_passphrase, self.use_recovery):
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
