"""The address book of colleagues, one contact, and this store's own identity.

Each returns its result through an ``ask`` classmethod; saving is one call into storage.identity.
Public keys only: the age recipient and the signing key are meant to be given away.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from storage import identity
from storage.errors import StoreError


@dataclass(frozen=True)
class ContactInput:
    name: str
    recipient: str
    signing_key: str | None
    verified: bool


class ContactDialog(QDialog):
    """A colleague's name, age recipient and signing key; whether the fingerprint was checked."""

    def __init__(self, parent=None, contact=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact") if contact is None else self.tr("Edit contact"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.name, self.recipient, self.signing_key = QLineEdit(), QLineEdit(), QLineEdit()
        self.recipient.setPlaceholderText("age1…")
        self.signing_key.setPlaceholderText(self.tr("ed25519:… (needed to recognise their bundles)"))
        self.verified = QCheckBox(self.tr("I compared the fingerprint with this person, in person or by phone"))
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if contact is not None:
            self.name.setText(contact.name)
            self.recipient.setText(contact.recipient)
            self.signing_key.setText(contact.signing_key or "")
            self.verified.setChecked(contact.verified)
        self.signing_key.textChanged.connect(self._on_signing_key_text_changed)
        self._on_signing_key_text_changed(self.signing_key.text())
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Signing key"), self.signing_key)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow(self.verified)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _on_signing_key_text_changed(self, text: str) -> None:
        if not text.strip():
            self.fingerprint.setText(self.tr("—"))
        else:
            self.fingerprint.setText(identity.fingerprint_of(text) or self.tr("not a signing key yet"))

    def value(self) -> ContactInput:
        return ContactInput(self.name.text().strip(), self.recipient.text().strip(),
                            self.signing_key.text().strip() or None, self.verified.isChecked())

    @classmethod
    def ask(cls, parent, contact=None) -> ContactInput | None:
        dlg = cls(parent, contact)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


class AddressBookDialog(QDialog):
    """Every contact: add, edit, remove, mark the fingerprint as checked."""
    NAME, FINGERPRINT, CHECKED = range(3)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Address book"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Signing key fingerprint"),
                                              self.tr("Checked in person")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._on_edit_clicked)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button, self.edit_button = QPushButton(self.tr("Add…")), QPushButton(self.tr("Edit…"))
        self.checked_button, self.remove_button = QPushButton(self.tr("Mark as checked")), QPushButton(self.tr("Remove"))
        for button, slot in ((self.add_button, self._on_add_clicked), (self.edit_button, self._on_edit_clicked),
                             (self.checked_button, self._on_checked_clicked),
                             (self.remove_button, self._on_remove_clicked)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.reload()

    def reload(self) -> None:
        self._contacts = identity.contacts(self._store)
        self.table.setRowCount(len(self._contacts))
        for r, c in enumerate(self._contacts):
            for col, text in ((self.NAME, c.name), (self.FINGERPRINT, c.fingerprint or self.tr("no signing key")),
                              (self.CHECKED, self.tr("yes") if c.verified else self.tr("no"))):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self._on_table_selection_changed()

    def _current(self):
        rows = self.table.selectionModel().selectedRows()
        return self._contacts[rows[0].row()] if rows else None

    def _on_table_selection_changed(self) -> None:
        current = self._current()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(current is not None)
        self.checked_button.setEnabled(current is not None and not current.verified and bool(current.fingerprint))

    def _save(self, fn) -> bool:
        try:
            fn()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self.reload()
        return True

    def _on_add_clicked(self) -> None:
        value = ContactDialog.ask(self)
        if value is not None:
            self._save(lambda: identity.add_contact(self._store, value.name, value.recipient, value.signing_key,
                                                    value.verified))

    def _on_edit_clicked(self, *_args) -> None:
        current = self._current()
        if current is None:
            return
        value = ContactDialog.ask(self, current)
        if value is not None:
            self._save(lambda: identity.update_contact(self._store, current.name, value.name, value.recipient,
                                                       value.signing_key, value.verified))

    def _on_checked_clicked(self) -> None:
        current = self._current()
        if current is not None:
            self._save(lambda: identity.set_verified(self._store, current.name))

    def _on_remove_clicked(self) -> None:
        current = self._current()
        if current is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove contact"),
                                      self.tr("Remove {0} from the address book? Bundles they sign will then "
                                              "come from an unknown key.").format(current.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._save(lambda: identity.remove_contact(self._store, current.name))

    @classmethod
    def ask(cls, parent, store) -> None:
        cls(store, parent).exec()


class IdentityDialog(QDialog):
    """What colleagues need to send to this store, and the fingerprint to read them over the phone."""

    def __init__(self, ident: identity.Identity, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("My identity"))
        self.setMinimumWidth(620)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Give your recipient and signing key to colleagues; they are not secret. "
                                   "Read them the fingerprint by phone or in person so they can check it.")))
        self.recipient, self.signing_key = QLineEdit(ident.recipient), QLineEdit(ident.signing_key)
        for field in (self.recipient, self.signing_key):
            field.setReadOnly(True)
            field.setCursorPosition(0)
        self.fingerprint = QLabel(f"<b>{ident.fingerprint}</b>")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Signing key"), self.signing_key)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy recipient and signing key"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        form.itemAt(0).widget().setWordWrap(True)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.recipient.text()}\n{self.signing_key.text()}")
        self.copy_button.setText(self.tr("Copied"))

    @classmethod
    def ask(cls, parent, ident: identity.Identity) -> None:
        cls(ident, parent).exec()
