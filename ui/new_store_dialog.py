"""Creating a store: a new folder, the name the audit log records, a passphrase strong enough
(zxcvbn), then the recovery key, shown once and acknowledged before the window opens."""
from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout)

from storage.store import Store, passphrase_problem
from ui import file_dialogs
from ui.errors import user_message
from ui.recovery_print import print_key, printers_available
from ui.strength_meter import StrengthMeter
from ui.unlock_dialog import _wrap


class NewStoreDialog(QDialog):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.store: Store | None = None
        self.setWindowTitle(self.tr("New Casefile store"))

        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("A new, empty folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.owner = QLineEdit(getpass.getuser(), self)
        self.owner.setToolTip(self.tr("The name the store's audit log records for your changes."))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self)
        self.strength = QLabel(self)
        self.strength.setWordWrap(True)
        self.strength.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)  # room for two sentences
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)

        form = QFormLayout()
        form.addRow(self.tr("Folder"), _wrap(row, self))
        form.addRow(self.tr("Your name"), self.owner)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Again"), self.repeat)
        form.addRow(self.tr("Strength"), self.meter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.strength)  # outside the form: a wrapped label there is cut short
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

        self._check_timer = QTimer(self, singleShot=True, interval=300)
        self._check_timer.timeout.connect(self._update_strength)
        browse.clicked.connect(self._on_browse_clicked)
        self.passphrase.textChanged.connect(self._check_timer.start)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._update_strength()

    @classmethod
    def ask(cls, parent, services) -> Store | None:
        dlg = cls(services, parent)
        return dlg.store if dlg.exec() == QDialog.DialogCode.Accepted else None

    @Slot()
    def _update_strength(self) -> str | None:
        text = self.passphrase.text()
        problem = passphrase_problem(text, (self.owner.text(),)) if text else None
        self.meter.rate(text, (self.owner.text(),))
        self.strength.setText(problem or (self.tr("Strong enough.") if text else
                                          self.tr("Several unrelated words are strong and easy to remember.")))
        return problem

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = file_dialogs.folder(self, self.tr("A new, empty folder"))
        if folder:
            self.folder.setText(folder)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        path, owner, passphrase = self.folder.text().strip(), self.owner.text().strip(), self.passphrase.text()
        if not path:
            self.message.setText(self.tr("Choose a new, empty folder for the store."))
            return
        if passphrase != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        if problem := self._update_strength():
            self.message.setText(problem)
            return
        self.message.setText(self.tr("Creating the store…"))
        self.setEnabled(False)
        self.services.runner.run(lambda _p: Store.create(Path(path), passphrase, owner=owner or None),
                                 done=self._on_create_done, failed=self._on_create_failed)

    @Slot(object)
    def _on_create_done(self, result) -> None:
        store, recovery = result
        self.passphrase.clear()
        self.repeat.clear()
        RecoveryKeyDialog.ask(self, recovery)
        del recovery
        self.store = store
        self.services.settings.setValue(self.services.LAST_STORE, str(store.path))
        self.setEnabled(True)
        self.accept()

    @Slot(object)
    def _on_create_failed(self, exc) -> None:
        self.setEnabled(True)
        self.message.setText(user_message(exc))

    def reject(self) -> None:
        if self.isEnabled():  # not while the store is being created
            super().reject()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once. It cannot be dismissed until the person says it is written down."""

    def __init__(self, recovery_key: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        intro = QLabel(self.tr(
            "Write this recovery key down on paper now and keep it apart from this laptop. It opens the "
            "store if the passphrase is forgotten. It is shown only this once. Anyone who has it and "
            "the store can read every case."), self)
        intro.setWordWrap(True)
        self.key = QLabel(recovery_key, self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 4)
        font.setWeight(QFont.Weight.Bold)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # not to the clipboard
        self.written = QCheckBox(self.tr("I have written the recovery key down (or printed it)."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setEnabled(printers_available())
        self.print_button.setToolTip(self.tr("On paper only, not to a file. The page passes through this "
                                             "computer's print queue.") if self.print_button.isEnabled()
                                     else self.tr("No printer is set up on this computer."))
        self.print_button.clicked.connect(lambda: print_key(self, recovery_key))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addWidget(self.written)
        layout.addWidget(buttons)
        self.written.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)

    @classmethod
    def ask(cls, parent, recovery_key: str) -> None:
        dlg = cls(recovery_key, parent)
        dlg.exec()
        dlg.key.clear()

    def reject(self) -> None:
        if self.written.isChecked():  # Escape must not skip the only showing of the key
            super().reject()
