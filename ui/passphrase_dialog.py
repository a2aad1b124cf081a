"""Changing the passphrase of the open store. The data key is re-wrapped, off the GUI thread."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from storage.store import passphrase_problem
from ui.errors import user_message
from ui.strength_meter import StrengthMeter


class ChangePassphraseDialog(QDialog):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.old, self.new, self.repeat = (QLineEdit(self) for _ in range(3))
        for w in (self.old, self.new, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Again"), self.repeat)
        form.addRow(self.tr("Strength"), self.meter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._rate_timer = QTimer(self, singleShot=True, interval=300)  # rate after a pause in typing
        self._rate_timer.timeout.connect(self._on_rate_timer_timeout)
        self.new.textChanged.connect(self._rate_timer.start)

    @classmethod
    def ask(cls, parent, services) -> bool:
        return cls(services, parent).exec() == QDialog.DialogCode.Accepted

    @Slot()
    def _on_rate_timer_timeout(self) -> None:
        self.meter.rate(self.new.text())

    @Slot()
    def _on_buttons_accepted(self) -> None:
        old, new = self.old.text(), self.new.text()
        if new != self.repeat.text():
            self.message.setText(self.tr("The two new passphrases differ."))
            return
        if problem := passphrase_problem(new):
            self.message.setText(problem)
            return
        store = self.services.store
        self.setEnabled(False)
        self.message.setText(self.tr("Changing the passphrase…"))
        self.services.runner.run(lambda _p: store.change_passphrase(old, new),
                                 done=self._on_change_done, failed=self._on_change_failed)

    @Slot(object)
    def _on_change_done(self, _result) -> None:
        for w in (self.old, self.new, self.repeat):
            w.clear()
        self.setEnabled(True)
        self.accept()

    @Slot(object)
    def _on_change_failed(self, exc) -> None:
        self.setEnabled(True)
        self.old.clear()
        self.message.setText(user_message(exc))

    def reject(self) -> None:
        if self.isEnabled():
            super().reject()
