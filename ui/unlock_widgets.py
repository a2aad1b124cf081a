"""What the unlock and the restore dialogs both ask and show: the passphrase or the recovery key,
and a line that says what the opening is doing (an error in red, work in progress in the text's
colour, with a bar that moves).

    self.unlock = SecretField(self)         # self.unlock.kinds: the two choices; self.unlock.edit
    form.addRow(self.tr("Unlock with"), self.unlock.kinds)
    form.addRow("", self.unlock.edit)
    Store.open(path, **self.unlock.secret())
    self.status = OpeningStatus(self)       # a bar and a message, under the form
    self.status.say(text) / .working(text) / .progress(done, total) / .set_busy(True)
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QProgressBar, QRadioButton, QVBoxLayout,
                               QWidget)


class SecretField(QObject):
    """Two choices (passphrase, recovery key) and the field the secret is typed in. A passphrase is
    hidden as it is typed; a recovery key, which is copied from paper, is shown."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.use_passphrase = QRadioButton(self.tr("Passphrase"), parent)
        self.use_recovery = QRadioButton(self.tr("Recovery key"), parent)
        self.use_passphrase.setChecked(True)
        self.edit = QLineEdit(parent)
        self.kinds = QWidget(parent)
        row = QHBoxLayout(self.kinds)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.use_passphrase)
        row.addWidget(self.use_recovery)
        row.addStretch(1)
        self.use_recovery.toggled.connect(self._on_use_recovery_toggled)
        self._on_use_recovery_toggled(False)

    @Slot(bool)
    def _on_use_recovery_toggled(self, recovery: bool) -> None:
        self.edit.clear()
        self.edit.setPlaceholderText(self.tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX") if recovery
                                     else self.tr("Your passphrase"))
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)

    def text(self) -> str:
        return self.edit.text()

    def secret(self) -> dict[str, str]:
        """The keyword ``Store.open`` and ``restore_backup`` take: passphrase= or recovery_key=."""
        return {"recovery_key" if self.use_recovery.isChecked() else "passphrase": self.edit.text()}

    def clear(self) -> None:
        self.edit.clear()

    def widgets(self) -> tuple[QWidget, ...]:
        """What is disabled while the store is being opened."""
        return self.edit, self.use_passphrase, self.use_recovery


class OpeningStatus(QWidget):
    """A bar that moves while a store is being opened, and one message under it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.bar = QProgressBar(self)  # moves while the key is derived (a second or so, on purpose)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)  # room for two sentences
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)

    def say(self, text: str, error: bool = True) -> None:
        """A refusal (in red), or with ``error=False`` what is being done."""
        self.message.setStyleSheet("color: #b00020" if error else "")
        self.message.setText(text)

    def working(self, text: str) -> None:
        self.say(text, error=False)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.bar.setRange(0, 0)  # moving, until an opening that updates the store counts
        self.bar.setVisible(busy)

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        """``Store.open``'s progress: only the first opening by a newer version reports, since it
        updates the store, once."""
        if total <= 0:
            self.bar.setRange(0, 0)
            self.working(self.tr("Updating this store for this version of Casefile. This is done once; "
                                 "for a large store it takes a few minutes. Keep Casefile open."))
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.working(self.tr("Rebuilding the search index for this version: %1 of %2 cases. "
                                 "This is done once; keep Casefile open.")
                         .replace("%1", self.locale().toString(done)).replace("%2", self.locale().toString(total)))
