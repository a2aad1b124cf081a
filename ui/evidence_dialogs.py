"""The small dialogs of evidence files: what is known of files at intake, why a file is removed,
and a file's chain of custody.

    intake = IntakeDialog.ask(parent, paths, choices)        # Intake | None
    reason = RemoveDialog.ask(parent, info)                  # str | None
    CustodyDialog.show_for(parent, services, info, removed_at=None)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget)

from models.dates import PartialDate
from models.evidence import EvidenceRecord
from storage import evidence
from ui.case_table_model import local_time
from ui.errors import user_message
from ui.evidence_table_model import CustodyTableModel
from ui.i18n import size_text


@dataclass(frozen=True)
class Intake:
    """What the caseworker says about files being attached; one description per file."""
    record_id: str | None
    source: str
    received_on: str | None
    descriptions: tuple[str, ...]


class IntakeDialog(QDialog):
    """Asked before files are attached: what they are about, who gave them and when, and a
    description of each. Choices are (record id or None for the case itself, label)."""

    def __init__(self, paths: list[Path], choices: list[tuple[str | None, str]], parent=None):
        super().__init__(parent)
        self.paths = [Path(p) for p in paths]
        self.result_intake: Intake | None = None
        self.setWindowTitle(self.tr("Add %n evidence file(s)", "", len(self.paths)))
        intro = QLabel(self.tr("The files are encrypted into the store as they are, and their SHA-256 is recorded, "
                               "so anyone can later check that an exhibit is the file received. The originals stay "
                               "where they are; once the files are in the store, consider deleting the originals "
                               "from this computer."), self)
        intro.setWordWrap(True)
        self.about_combo = QComboBox(self)
        for record_id, label in choices:
            self.about_combo.addItem(label, record_id)
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(self.tr("Who gave it: the applicant, her sister, a lawyer, …"))
        self.received_edit = QLineEdit(dt.date.today().isoformat(), self)
        self.received_edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        form = QFormLayout()
        form.addRow(self.tr("About"), self.about_combo)
        form.addRow(self.tr("Received from"), self.source_edit)
        form.addRow(self.tr("Received on"), self.received_edit)

        self.description_edits: list[QLineEdit] = []
        files = QWidget(self)
        files_form = QFormLayout(files)
        for path in self.paths:
            edit = QLineEdit(files)
            edit.setPlaceholderText(self.tr("What it is: detention notice, photo of the camp gate, …"))
            size = size_text(path.stat().st_size) if path.is_file() else self.tr("not found")
            files_form.addRow(f"{path.name} ({size})", edit)
            self.description_edits.append(edit)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(files)
        scroll.setMinimumHeight(min(files.sizeHint().height() + 4, 260))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("Add to the store"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Description of each file"), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self.received_edit.textChanged.connect(self._on_received_edit_textChanged)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        if self.description_edits:
            self.description_edits[0].setFocus()

    @classmethod
    def ask(cls, parent, paths: list[Path], choices: list[tuple[str | None, str]]) -> Intake | None:
        dlg = cls(paths, choices, parent)
        return dlg.result_intake if dlg.exec() == QDialog.DialogCode.Accepted else None

    def select_record(self, record_id: str | None) -> None:
        index = self.about_combo.findData(record_id)
        if index >= 0:
            self.about_combo.setCurrentIndex(index)

    def _received_on(self) -> tuple[bool, str | None]:
        text = self.received_edit.text().strip()
        if not text:
            return True, None
        try:
            return True, PartialDate.parse(text).iso()
        except ValueError:
            return False, None

    @Slot(str)
    def _on_received_edit_textChanged(self, _text: str) -> None:  # noqa: N802
        ok, _ = self._received_on()
        self.message.setText("" if ok else self.tr("Write the date as YYYY-MM-DD, YYYY-MM or YYYY."))
        self.add_button.setEnabled(ok)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        ok, received_on = self._received_on()
        if not ok:
            return
        self.result_intake = Intake(record_id=self.about_combo.currentData(), source=self.source_edit.text().strip(),
                                    received_on=received_on,
                                    descriptions=tuple(e.text().strip() for e in self.description_edits))
        self.accept()


class RemoveDialog(QDialog):
    """Removing is for good, so it is confirmed, and the reason goes into the custody record."""

    def __init__(self, info: EvidenceRecord, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove evidence file"))
        what = info.description or info.filename
        text = QLabel(self.tr("Remove exhibit {0} ({1}) for good?\n\nIts content is deleted from the store and "
                              "cannot be recovered, not even from a copy of the store made afterwards. Its number, "
                              "size and SHA-256 stay in the custody record, with the reason you give here.")
                      .format(info.number, what), self)
        text.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("For example: attached to the wrong case; a duplicate of exhibit 3"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.remove_button = self.buttons.addButton(self.tr("Remove for good"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_edit)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.reason_edit.textChanged.connect(self._on_reason_edit_textChanged)
        self.remove_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(cls, parent, info: EvidenceRecord) -> str | None:
        """The reason given, or None when the user did not confirm."""
        dlg = cls(info, parent)
        return dlg.reason_edit.text().strip() if dlg.exec() == QDialog.DialogCode.Accepted else None

    @Slot(str)
    def _on_reason_edit_textChanged(self, text: str) -> None:  # noqa: N802
        self.remove_button.setEnabled(bool(text.strip()))


class CustodyDialog(QDialog):
    """A file's chain of custody, oldest first, and whether the audit chain holding it is unbroken."""

    def __init__(self, services, info: EvidenceRecord, removed_at: str | None = None, parent=None):
        super().__init__(parent)
        self.services, self.info = services, info
        self.setWindowTitle(self.tr("Custody of exhibit {0}").format(info.number))
        what = info.description or info.filename
        head = self.tr("Exhibit {0}").format(info.number) + (f" — {what}" if what else "")
        if removed_at:
            head += " " + self.tr("(removed {0})").format(local_time(removed_at))
        title = QLabel(head, self)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.hash_label = QLabel(self.tr("SHA-256 at intake: {0}").format(f"<tt>{info.sha256}</tt>"), self)
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the whole SHA-256 (the clipboard forgets it after a while)"))
        self.model = CustodyTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in (CustodyTableModel.WHEN, CustodyTableModel.WHAT, CustodyTableModel.WHO):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chain_label = QLabel(self.tr("Checking the audit log…"), self)
        self.chain_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        hash_row = QHBoxLayout()
        hash_row.addWidget(self.hash_label)
        hash_row.addWidget(self.copy_button)
        hash_row.addStretch(1)
        layout.addWidget(title)
        layout.addLayout(hash_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.reload()
        self._check_chain()

    @classmethod
    def show_for(cls, parent, services, info: EvidenceRecord, removed_at: str | None = None) -> None:
        cls(services, info, removed_at, parent).exec()

    def reload(self) -> None:
        with self.services.store.read() as s:
            self.model.set_entries(evidence.custody_history(s, self.info.id))

    def _check_chain(self) -> None:
        store = self.services.store
        self._task = self.services.runner.run(lambda _p: store.verify_audit(), done=self._on_check_done,
                                              failed=self._on_check_failed)

    def done(self, result: int) -> None:
        self._task.detach()
        super().done(result)

    @Slot(object)
    def _on_check_done(self, problems: list) -> None:
        if problems:
            self.chain_label.setText(self.tr("The audit log is damaged: {0}. This history cannot be relied on; "
                                             "restore the store from a backup.").format("; ".join(problems)))
        else:
            self.chain_label.setText(self.tr("The audit log's chain is unbroken: no entry of this history has been "
                                             "altered or removed."))

    @Slot(object)
    def _on_check_failed(self, exc: BaseException) -> None:
        self.chain_label.setText(user_message(exc))

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.info.sha256)
