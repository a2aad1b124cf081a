"""Store › Back up…: where to write the backup and how often to be reminded; and the reminder itself,
a line in the status bar (never a modal box) when the last backup is older than that."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QWidget)

from storage.backup import backup_overdue
from ui import file_dialogs
from ui.i18n import date_text

REMIND_DAYS = "backup/remind_days"  # not secret: QSettings
DEFAULT_DAYS = 7


def remind_days(settings) -> int:
    try:
        days = int(settings.value(REMIND_DAYS, DEFAULT_DAYS))
    except (TypeError, ValueError):
        return DEFAULT_DAYS
    return min(max(days, 1), 365)


class BackupDialog(QDialog):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Back up the store"))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("A file on another disk, e.g. a USB stick"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path)
        row.addWidget(browse)
        holder = QWidget(self)
        holder.setLayout(row)
        self.days = QSpinBox(self)
        self.days.setRange(1, 365)
        self.days.setValue(remind_days(services.settings))
        self.days.setSuffix(self.tr(" days"))
        note = QLabel(self.tr("The backup is one encrypted file holding every case, evidence file and the audit "
                              "log. It opens with this store's passphrase or recovery key."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Backup file:"), holder)
        form.addRow(self.tr("Remind me after:"), self.days)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Back up"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.path.textChanged.connect(self._on_path_text_changed)
        self._on_path_text_changed("")

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = file_dialogs.save_file(self, self.tr("Back up the store"), "casefile.cfbackup",
                                        self.tr("Casefile backups (*.cfbackup)"))
        if chosen:
            self.path.setText(chosen)

    @Slot(str)
    def _on_path_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def accept(self) -> None:
        self.services.settings.setValue(REMIND_DAYS, self.days.value())
        super().accept()

    @classmethod
    def ask(cls, parent, services) -> Path | None:
        dialog = cls(services, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Path(dialog.path.text().strip())


class BackupReminder(QLabel):
    """Shown in the status bar while the store's last backup is older than the chosen number of days."""

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("backup-reminder")
        self.hide()

    def refresh(self) -> None:
        days = remind_days(self.services.settings)
        try:
            overdue, last = backup_overdue(self.services.store, days)
        except Exception:  # a reminder must never stand in the way of the window
            self.hide()
            return
        if not overdue:
            self.hide()
            return
        if last is None:
            self.setText(self.tr("This store has never been backed up: Store › Back up…"))
        else:
            self.setText(self.tr("The last backup is more than %n day(s) old (it was made on {0}): "
                                 "Store › Back up…", "", days).format(date_text(last.date().isoformat())))
        self.show()
