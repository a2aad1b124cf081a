"""The Share menu: send cases to colleagues as an encrypted, signed bundle, receive one, the
address book, this store's identity, and conflicts waiting for a person.

Encrypting and decrypting run through the services' runner, off the GUI thread, with a progress
dialog whose Stop button undoes what was begun (storage.errors.stoppable). File dialogs are Qt's own (not the desktop's), so no desktop service keeps a list of
recently used bundles, and the folders Qt's dialog would remember are forgotten at once.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6 import QtGui
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog

from models.outside_text import escape_controls
from storage import cases as store_cases
from storage import identity, sharing
from storage.bundle_evidence import StoreEvidence
from storage.errors import Cancelled, stoppable
from ui import file_dialogs
from ui.address_book_dialog import AddressBookDialog, IdentityDialog
from ui.errors import user_message
from ui.i18n import _tr
from ui.sharing_dialogs import ConflictDialog, ConflictListDialog, ConsentDialog, ReceiveDialog, SendDialog

BUNDLES = "Casefile bundles (*.age)"


def ignored_lines(result: sharing.ReceiveResult) -> list[str]:
    """What a receive ignored or took out because it was older or removed (README, section replay)."""
    out = []
    if result.older:
        out.append(_tr("%n record(s) older than this store's, ignored.", "", result.older))
    if result.not_restored:
        out.append(_tr("%n removed record(s) not brought back.", "", result.not_restored))
    if result.removed:
        out.append(_tr("%n record(s) removed because the sender removed them; earlier versions are kept in the "
                       "case's history.", "", result.removed))
    return out


def ask_bundle_path(parent, title: str, save: bool) -> str:
    """Qt's own file dialog, leaving no record of the folder (a folder's name can say whose bundle
    it held)."""
    if save:
        return file_dialogs.save_file(parent, title, "cases.age", _tr(BUNDLES))
    return file_dialogs.open_file(parent, title, "", _tr(BUNDLES))


def as_plain(text: str) -> str:
    """``text`` as the markup of exactly that text: a message box shows names, references and
    messages from a bundle as they are, never as markup (a sender called ``<a href=…>`` stays
    those characters, not a link), with their control characters escaped."""
    return QtGui.Qt.convertFromPlainText(escape_controls(text), Qt.WhiteSpaceMode.WhiteSpaceNormal)


class ShareMenu(QObject):
    """Builds the menu and runs its flows. ``selected_ids`` gives the ids of the selected cases."""
    cases_changed = Signal()
    sent = Signal(object)       # sharing.SendResult
    received = Signal(object)   # sharing.ReceiveResult
    refused = Signal(str)       # what the person was told

    def __init__(self, window, services, selected_ids: Callable[[], list[str]]):
        super().__init__(window)
        self.window, self.services, self._selected_ids = window, services, selected_ids
        self.progress: QProgressDialog | None = None
        self.menu = QMenu(_tr("S&hare"), window)
        self.send_action = self._add(_tr("&Send selected cases…"), self.send, _tr(
            "An encrypted, signed bundle of the selected cases and their evidence files, for colleagues"))
        self.receive_action = self._add(_tr("&Receive a bundle…"), self.receive,
                                        _tr("Check a bundle from a colleague and merge its cases"))
        self.menu.addSeparator()
        self._add(_tr("&Address book…"), self.address_book)
        self._add(_tr("My &identity…"), self.my_identity)
        self._add(_tr("&Conflicts…"), self.conflicts)

    def _add(self, text: str, slot, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    @property
    def store(self):
        return self.services.store

    # --- progress ------------------------------------------------------------------------------

    def _start_progress(self, text: str, stop: threading.Event | None) -> None:
        self.progress = QProgressDialog(text, _tr("Stop"), 0, 0, self.window)
        if stop is None:
            self.progress.setCancelButton(None)
        else:
            # All or nothing: stopping deletes the half-written bundle, or discards what was read.
            self.progress.canceled.connect(stop.set)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        for action in (self.send_action, self.receive_action):
            action.setEnabled(False)

    def _on_task_progressed(self, done: int, total: int) -> None:
        # after Stop, reports already on their way would show the dialog again
        if self.progress is not None and total and not self.progress.wasCanceled():
            # QProgressDialog counts in int: in MiB, a bundle of many GiB still fits.
            self.progress.setMaximum(max(1, total >> 20))
            self.progress.setValue(min(done, total) >> 20)

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        for action in (self.send_action, self.receive_action):
            action.setEnabled(True)

    def _run(self, text: str, work, done, stoppable_as: str | None = None) -> None:
        """Run ``work(progress)`` off the GUI thread. With ``stoppable_as`` (what the status bar
        says once the person has stopped it), the progress dialog has a Stop button."""
        stop = threading.Event() if stoppable_as else None
        self._start_progress(text, stop)

        def finished(result):
            self._end_progress()
            done(result)

        def failed(exc):
            if isinstance(exc, Cancelled):
                self._end_progress()
                self.window.statusBar().showMessage(stoppable_as, 10000)
                self.refused.emit("stopped")
            else:
                self._on_task_failed(exc)

        job = (lambda progress: work(stoppable(progress, stop))) if stop else work
        self.services.runner.run(job, done=finished, failed=failed, progress=self._on_task_progressed)

    def _on_task_failed(self, exc: BaseException) -> None:
        self._end_progress()
        message = user_message(exc)
        QMessageBox.warning(self.window, _tr("Refused"), as_plain(message))
        self.refused.emit(message)

    # --- sending -------------------------------------------------------------------------------

    def send(self) -> None:
        ids = self._selected_ids()
        if not ids:
            QMessageBox.information(self.window, _tr("Send cases"), _tr("Select the cases to send in the list first."))
            return
        with self.store.read() as s:
            chosen = store_cases.get_cases(s, ids)
        contacts = [c.name for c in identity.contacts(self.store)]
        request = SendDialog.ask(self.window, [(c.reference, c.title) for c in chosen], contacts, checked=True)
        if request is None:
            return
        if not request.refs or not request.to:
            QMessageBox.warning(self.window, _tr("Nothing was sent"),
                                _tr("Choose at least one case and one recipient."))
            return
        by_ref = {c.reference: c for c in chosen}
        missing = sharing.consent_problems([by_ref[r] for r in request.refs])
        reason = request.override_reason
        if missing:
            reason = ConsentDialog.ask(self.window, missing, reason or "")
            if reason is None:
                self.refused.emit("consent")
                return
        path = ask_bundle_path(self.window, _tr("Save the bundle"), save=True)
        if not path:
            return
        if not path.endswith(".age"):
            path += ".age"
        store = self.store
        work = lambda progress: sharing.send(store, request.refs, request.to, Path(path), override_consent=reason,  # noqa: E731
                                             evidence=StoreEvidence(store), progress=progress)
        self._run(_tr("Encrypting {0}…").format(Path(path).name), work,
                  lambda result: self._on_send_finished(Path(path).name, result),
                  stoppable_as=_tr("Stopped: no bundle was written."))

    def _on_send_finished(self, name: str, result: sharing.SendResult) -> None:
        self.window.statusBar().showMessage(
            _tr("Wrote {0}: {1} and {2}, encrypted to {3} (you included) and signed.")
            .format(name, _tr("%n case(s)", "", len(result.cases)), _tr("%n evidence file(s)", "", result.evidence_files),
                    _tr("%n recipient(s)", "", len(result.recipients))), 15000)
        self.sent.emit(result)

    # --- receiving -----------------------------------------------------------------------------

    def receive(self, path: str | None = None) -> None:
        if path is None:
            path = ask_bundle_path(self.window, _tr("Receive a bundle"), save=False)
        if not path:
            return
        store = self.store
        work = lambda progress: sharing.open_bundle(store, Path(path), StoreEvidence(store), progress)  # noqa: E731
        self._run(_tr("Decrypting and checking {0}…").format(Path(path).name), work, self._on_bundle_opened,
                  stoppable_as=_tr("Stopped: nothing was received."))

    def _on_bundle_opened(self, incoming: sharing.IncomingBundle) -> None:
        if not ReceiveDialog.ask(self.window, incoming):
            store = self.store  # deleting staged evidence files of many GiB takes a while: off the GUI thread
            self._run(_tr("Discarding the bundle…"), lambda _progress: sharing.refuse(store, incoming),
                      self._on_refuse_finished)
            return
        if incoming.known_sender is None:
            self._offer_contact(incoming)
        store, fp = self.store, incoming.fingerprint
        # an unknown signer's evidence files are read only now that the person accepted the signer
        self._run(_tr("Merging…"), lambda progress: sharing.accept(store, incoming, accept_signer=fp, progress=progress),
                  self._on_merge_finished)

    def _on_refuse_finished(self, _result) -> None:
        self.refused.emit("refused by the user")
        self.window.statusBar().showMessage(_tr("The bundle was refused; nothing was changed."), 10000)

    def _offer_contact(self, incoming: sharing.IncomingBundle) -> None:
        sender = incoming.manifest.sender
        answer = QMessageBox.question(
            self.window, _tr("Add to the address book"), as_plain(
                _tr("Add {0} (fingerprint {1}) to your address book? Mark the fingerprint as checked there once "
                    "you have compared it with them.").format(sender.name, incoming.fingerprint)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        names = {c.name for c in identity.contacts(self.store)}
        name, n = sender.name.strip() or _tr("Colleague"), 2
        while name in names:
            name, n = f"{sender.name} ({n})", n + 1
        try:
            identity.add_contact(self.store, name, sender.recipient, sender.signing_key, verified=False)
        except sharing.StoreError as exc:
            QMessageBox.warning(self.window, _tr("Not added"), as_plain(str(exc)))

    def _on_merge_finished(self, result: sharing.ReceiveResult) -> None:
        self.cases_changed.emit()
        self.received.emit(result)
        if result.already_received:
            text = _tr("This bundle from {0} was received before. Nothing was changed.").format(result.sender)
        else:
            text = _tr("From {0}: {1} added, {2} updated, {3} unchanged, {4} with conflicts; {5}.").format(
                result.sender, len(result.added), len(result.updated), len(result.unchanged),
                len(result.conflicts), _tr("%n evidence file(s)", "", result.evidence_files))
            text = " ".join([text, *ignored_lines(result)])
        self.window.statusBar().showMessage(escape_controls(text), 15000)
        if result.conflicts:
            QMessageBox.information(self.window, _tr("Conflicts"), as_plain(text + "\n\n" + _tr(
                "Some records were changed here and by the sender since you last exchanged them. Yours were kept; "
                "choose now, field by field, which version to keep (or later, from Share › Conflicts).")))
            for pending in sharing.pending_conflicts(self.store):
                if pending.reference in result.conflicts and ConflictDialog.ask(self.window, self.store, pending):
                    self.cases_changed.emit()

    # --- the address book and the rest ---------------------------------------------------------

    def address_book(self) -> None:
        AddressBookDialog.ask(self.window, self.store)

    def my_identity(self) -> None:
        IdentityDialog.ask(self.window, identity.identity(self.store))

    def conflicts(self) -> None:
        if ConflictListDialog.ask(self.window, self.store):
            self.cases_changed.emit()
