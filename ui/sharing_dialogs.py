"""Dialogs for sharing: choose what to send and to whom, see who sent a bundle, resolve conflicts.

Each gathers input and returns it through an ``ask`` classmethod; the work itself (encrypting,
merging) is one call into storage.sharing, run by the caller off the GUI thread.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

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
        intro = QLabel(self.tr("This %1 was changed here and by %2 since you last exchanged it. "
                               "For each field, choose which version to keep.")
                       .replace("%1", c.kind).replace("%2", pending.sender))
        intro.setTextFormat(Qt.TextFormat.PlainText)   # the sender's name comes from a bundle: never markup
        layout.addWidget(intro)
        grid = QGridLayout()
        for col, title in enumerate((self.tr("Field"), self.tr("Mine (this store)"), self.tr("Theirs (%1)")
                                     .replace("%1", pending.sender))):
            header = QLabel(title)
            header.setTextFormat(Qt.TextFormat.PlainText)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
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

    def __init__(self, cases: list[tuple[str, str]], contacts: list[str], parent: QWidget | None = None,
                 checked: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send cases"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.case_list, self.contact_list = QListWidget(), QListWidget()
        for ref, title in cases:
            item = QListWidgetItem(f"{ref} — {title}")
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send…"))
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
    def ask(cls, parent, cases: list[tuple[str, str]], contacts: list[str], checked: bool = False) -> SendRequest | None:
        dlg = cls(cases, contacts, parent, checked)
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
            who = self.tr("From an UNKNOWN key that calls itself %1. Accept only if the sender reads you the "
                          "same fingerprint, by phone or in person:").replace("%1", incoming.manifest.sender.name)
        self.setMinimumWidth(520)
        self.sender_label = QLabel(who)
        self.sender_label.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from the bundle: never markup
        self.sender_label.setWordWrap(True)
        layout.addWidget(self.sender_label)
        if known is None:
            self.fingerprint_label = QLabel(f"<b style='font-size:large'>{incoming.fingerprint}</b>")
            self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.fingerprint_label, alignment=Qt.AlignmentFlag.AlignCenter)
        refs = ", ".join(c.reference for c in incoming.cases)
        cases_label = QLabel(self.tr("Cases: %1").replace("%1", refs))
        cases_label.setTextFormat(Qt.TextFormat.PlainText)  # references come from the bundle: never markup
        layout.addWidget(cases_label)
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


class ConsentDialog(QDialog):
    """Cases without consent to share with partners: send them anyway only with a reason, which
    goes into the audit log."""

    def __init__(self, refs: list[str], reason: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("No consent to share"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("The person concerned has not consented to sharing these cases with partners: %1. "
                              "Record the consent in the case, or send anyway and say why; the reason goes into "
                              "the audit log.").replace("%1", ", ".join(refs)))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QLineEdit(reason)
        self.reason.setPlaceholderText(self.tr("Why these cases are sent without consent"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("Send anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda text: self.send_button.setEnabled(bool(text.strip())))
        self.send_button.setEnabled(bool(reason.strip()))
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent, refs: list[str], reason: str = "") -> str | None:
        """The reason to override, or None: send nothing."""
        dlg = cls(refs, reason, parent)
        return dlg.reason.text().strip() if dlg.exec() == QDialog.DialogCode.Accepted else None


class ConflictListDialog(QDialog):
    """Records changed here and by a colleague, waiting for a person; each opens in ConflictDialog."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.resolved = 0
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(560, 320)
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("No conflicts are waiting."))
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _item: self._on_resolve_button_clicked())
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.resolve_button.clicked.connect(self._on_resolve_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self._pending = sharing.pending_conflicts(self._store)
        self.list.clear()
        for p in self._pending:
            kind = self.tr("case details") if p.conflict.kind == "case" else p.conflict.kind
            self.list.addItem(self.tr("%1 — %2 — from %3 — %4").replace("%1", p.reference)
                              .replace("%2", kind).replace("%3", p.sender)
                              .replace("%4", ", ".join(f.replace("_", " ") for f in p.conflict.fields)))
        if self._pending:
            self.list.setCurrentRow(0)
        self.empty.setVisible(not self._pending)
        self.resolve_button.setEnabled(bool(self._pending))

    def _on_resolve_button_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._pending) and ConflictDialog.ask(self, self._store, self._pending[row]) is not None:
            self.resolved += 1
            self.reload()

    @classmethod
    def ask(cls, parent, store) -> int:
        """How many conflicts were resolved."""
        dlg = cls(store, parent)
        dlg.exec()
        return dlg.resolved
