"""Dialogs for sharing: choose what to send and to whom, see who sent a bundle, resolve conflicts.

Each gathers input and returns it through an ``ask`` classmethod; the work itself (encrypting,
merging) is one call into storage.sharing, run by the caller off the GUI thread.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QRadioButton, QVBoxLayout,
                               QWidget)

from models.interchange import InterchangeError
from storage import sharing


def _short(value) -> str:
    if value is None or value == [] or value == "":
        return "—"
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 400 else text[:400] + "…"


class ConflictDialog(QDialog):
    """One conflicting record, side by side: for each differing field, keep mine or take theirs."""
    conflict_resolved = Signal(object)  # the saved Case

    def __init__(self, store, pending: sharing.PendingView, parent: QWidget | None = None):
        super().__init__(parent)
        self._store, self._pending = store, pending
        c = pending.conflict
        self.setWindowTitle(self.tr("Resolve a conflict in %1").replace("%1", pending.reference))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This %1 was changed here and by %2 since you last exchanged it. "
                                        "For each field, choose which version to keep.")
                                .replace("%1", c.kind).replace("%2", pending.sender)))
        grid = QGridLayout()
        for col, title in enumerate((self.tr("Field"), self.tr("Mine (this store)"), self.tr("Theirs (%1)")
                                     .replace("%1", pending.sender))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, col)
        self._groups: dict[str, QButtonGroup] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        for row, name in enumerate(c.fields, start=1):
            grid.addWidget(QLabel(name.replace("_", " ")), row, 0)
            mine, theirs = QRadioButton(_short(c.local.get(name))), QRadioButton(_short(c.incoming.get(name)))
            mine.setChecked(True)  # nothing changes unless the person chooses
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            self._groups[name] = group
            self.mine_buttons[name], self.theirs_buttons[name] = mine, theirs
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
        layout.addLayout(grid)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choices(self) -> dict[str, str]:
        return {name: "theirs" if self.theirs_buttons[name].isChecked() else "mine" for name in self.mine_buttons}

    def _on_buttons_accepted(self) -> None:
        try:
            saved = sharing.resolve_conflict(self._store, self._pending.pk, self.choices())
        except (InterchangeError, sharing.StoreError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save this choice"), str(exc))
            return
        self.saved = saved
        self.conflict_resolved.emit(saved)
        self.accept()

    @classmethod
    def ask(cls, parent, store, pending: sharing.PendingView):
        dlg = cls(store, pending, parent)
        return dlg.saved if dlg.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class SendRequest:
    refs: list[str]
    to: list[str]
    override_reason: str | None


class SendDialog(QDialog):
    """Pick cases and recipients (from the address book, or a pasted age1… recipient)."""

    def __init__(self, cases: list[tuple[str, str]], contacts: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send cases"))
        form = QFormLayout(self)
        self.case_list, self.contact_list = QListWidget(), QListWidget()
        for ref, title in cases:
            item = QListWidgetItem(f"{ref} — {title}")
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.case_list.addItem(item)
        for name in contacts:
            item = QListWidgetItem(name)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.contact_list.addItem(item)
        self.pasted = QLineEdit()
        self.pasted.setPlaceholderText("age1…")
        self.override = QLineEdit()
        self.override.setPlaceholderText(self.tr("only to send cases without consent to share; goes into the audit log"))
        form.addRow(self.tr("Cases"), self.case_list)
        form.addRow(self.tr("To"), self.contact_list)
        form.addRow(self.tr("Or recipient"), self.pasted)
        form.addRow(self.tr("Override consent, reason"), self.override)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def request(self) -> SendRequest:
        def checked(lst: QListWidget, role=None):
            items = [lst.item(i) for i in range(lst.count())]
            return [(i.data(role) if role else i.text()) for i in items if i.checkState() == Qt.CheckState.Checked]
        to = checked(self.contact_list) + ([self.pasted.text().strip()] if self.pasted.text().strip() else [])
        return SendRequest(checked(self.case_list, Qt.ItemDataRole.UserRole), to, self.override.text().strip() or None)

    @classmethod
    def ask(cls, parent, cases: list[tuple[str, str]], contacts: list[str]) -> SendRequest | None:
        dlg = cls(cases, contacts, parent)
        return dlg.request() if dlg.exec() == QDialog.DialogCode.Accepted else None


class ReceiveDialog(QDialog):
    """Who sent a verified bundle, and what it holds; the person accepts or refuses it."""

    def __init__(self, incoming: sharing.IncomingBundle, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive a bundle"))
        layout = QVBoxLayout(self)
        known = incoming.known_sender
        if known is not None:
            who = self.tr("From %1 (in your address book%2).").replace("%1", known.name).replace(
                "%2", self.tr(", fingerprint checked in person") if known.verified else "")
        else:
            who = self.tr("From an UNKNOWN key that calls itself %1. Fingerprint: %2. Accept only if the sender "
                          "reads you the same fingerprint.").replace("%1", incoming.manifest.sender.name).replace(
                "%2", incoming.fingerprint)
        self.sender_label = QLabel(who)
        self.sender_label.setWordWrap(True)
        layout.addWidget(self.sender_label)
        refs = ", ".join(c.reference for c in incoming.cases)
        layout.addWidget(QLabel(self.tr("Cases: %1").replace("%1", refs)))
        if incoming.already_received:
            layout.addWidget(QLabel(self.tr("This bundle was received before; receiving it again changes nothing.")))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("Accept and merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Refuse"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent, incoming: sharing.IncomingBundle) -> bool:
        """True: merge it (for an unknown sender, accept its fingerprint). False: refuse."""
        return cls(incoming, parent).exec() == QDialog.DialogCode.Accepted
