"""A case's evidence files: the list, adding by dialog or drag and drop, viewing, exporting a copy,
"open with another program", removing, and each file's chain of custody.

    panel = EvidencePanel(services, case_id)   # placed by ui.evidence_window

Work on file content runs through ``services.runner`` (the window's busy indicator; a lock
detaches it). Images and PDF pages are shown from memory by ``EvidenceViewer``. "Open with another
program" warns first and writes a temporary copy (``ui.evidence_copies``), overwritten and deleted
when the user says so, when the panel's window closes, or at a lock: ``shut()`` stops an attach,
closes the viewers and deletes the copies.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QMenu, QMessageBox,
                               QProgressBar, QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget)

from models.evidence import EvidenceRecord
from storage import evidence, people
from storage.errors import StoreError
from storage.cases import get_case
from ui import file_dialogs
from ui.errors import user_message
from ui.evidence_copies import TemporaryCopies, wipe_folder
from ui.evidence_dialogs import CustodyDialog, Intake, IntakeDialog, RemoveDialog
from ui.evidence_table_model import EvidenceTableModel, record_choices
from ui.evidence_viewer import EvidenceViewer, preview_refusal


class _Stopped(Exception):
    """The user (or a lock) stopped the work; what was not committed is not in the store."""


@dataclass
class AddOutcome:
    added: list[EvidenceRecord] = field(default_factory=list)
    stopped: bool = False
    error: BaseException | None = None


class EvidencePanel(QWidget):
    files_changed = Signal()
    failed = Signal(str)
    # Columns of free text share the width the others leave, by these weights (the rest fit their content).
    FLEX = {EvidenceTableModel.DESCRIPTION: 4, EvidenceTableModel.NAME: 2, EvidenceTableModel.ABOUT: 3,
            EvidenceTableModel.SOURCE: 2}

    def __init__(self, services, case_id: str, parent=None):
        super().__init__(parent)
        self.services, self.case_id = services, case_id
        self.choices: list[tuple[str | None, str]] = []
        self._persons: set[str] = set()               # ids of the case's persons
        self._photos: set[str] = set()                # ids of files marked as a person's photo
        self._tasks: set = set()                      # ui.tasks.Task objects this panel started
        self._stops: set[threading.Event] = set()     # one per running attach or copy
        self._adding = False
        self.copies = TemporaryCopies()               # unencrypted copies handed to other programs
        self._viewers: list[EvidenceViewer] = []

        self.note = QLabel(self.tr("Drop files here, or click “Add files…”. They are encrypted into the store; "
                                   "every view, export and removal goes into the file's custody history."), self)
        self.note.setWordWrap(True)
        self.model = EvidenceTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in self.FLEX:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.view_button = QPushButton(self.tr("View"), self)
        self.export_button = QPushButton(self.tr("Export a copy…"), self)
        self.open_button = QPushButton(self.tr("Open with another program…"), self)
        self.history_button = QPushButton(self.tr("Custody history…"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.removed_check = QCheckBox(self.tr("Show removed files"), self)
        self.copy_action = QAction(self.tr("Copy SHA-256"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.copy_action)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.copies_bar = QFrame(self)
        self.copies_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.copies_label = QLabel(self.copies_bar)
        self.copies_label.setMinimumHeight(2 * self.copies_label.fontMetrics().lineSpacing() + 8)  # two whole lines
        self.copies_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.delete_copies_button = QPushButton(self.tr("Delete the copies now"), self.copies_bar)
        bar = QHBoxLayout(self.copies_bar)
        bar.addWidget(self.copies_label, 1)
        bar.addWidget(self.delete_copies_button)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.view_button, self.export_button, self.open_button, self.history_button,
                  self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.removed_check)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(self.copies_bar)
        self.setAcceptDrops(True)
        self._show_progress(False)
        self.copies_bar.hide()

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.view_button.clicked.connect(self._on_view_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.history_button.clicked.connect(self._on_history_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.removed_check.toggled.connect(self._on_removed_check_toggled)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.delete_copies_button.clicked.connect(self._on_delete_copies_button_clicked)
        self.copy_action.triggered.connect(self._on_copy_action_triggered)
        self.table.doubleClicked.connect(self._on_table_doubleClicked)
        self.table.customContextMenuRequested.connect(self._on_table_customContextMenuRequested)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.refresh()

    # --- state ---

    def refresh(self) -> None:
        """Read the case's files (and removed files, if shown) and its records again; keep the selection."""
        current = self.selected()
        with self.services.store.read() as s:
            files = evidence.list_files(s, self.case_id)
            removed = evidence.list_removed(s, self.case_id) if self.removed_check.isChecked() else []
            case = get_case(s, self.case_id)
            self.choices = record_choices(case)
            self._persons = {p.id for p in case.persons}
            self._photos = people.photos_of_case(s, self.case_id)
        self.model.set_files(files, {rid: label for rid, label in self.choices if rid}, removed)
        self._fit_columns()
        if current is not None and (row := self.model.row_of(current.id)) >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> EvidenceRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.info(rows[0].row()) if rows else None

    def _selected_removed_at(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.removed_at(rows[0].row()) if rows else None

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def viewers(self) -> list[EvidenceViewer]:
        return [v for v in self._viewers if shiboken6.isValid(v) and v.isVisible()]

    def _fit_columns(self) -> None:
        """Share the width left by the fixed columns among the text columns: none takes more than its
        content needs while another is cut short, and the description takes what is left."""
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in range(self.model.columnCount()) if c not in self.FLEX)
        least = {c: header.sectionSizeHint(c) for c in self.FLEX}  # a heading is never cut
        room = max(self.table.viewport().width() - fixed, sum(least.values()))
        wanted = {c: max(self.table.sizeHintForColumn(c), least[c]) for c in self.FLEX}
        widths, left, open_ = {}, room, dict(self.FLEX)
        while open_:
            share = {c: left * w / sum(open_.values()) for c, w in open_.items()}
            modest = {c for c in open_ if wanted[c] <= share[c] or least[c] >= share[c]}
            if not modest:
                widths.update({c: int(share[c]) for c in open_})
                break
            for c in modest:
                widths[c] = wanted[c] if wanted[c] <= share[c] else least[c]
                left -= widths[c]
                del open_[c]
        widths[EvidenceTableModel.DESCRIPTION] += max(room - sum(widths.values()), 0)
        for c, w in widths.items():
            header.resizeSection(c, w)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        info = self.selected()
        live = info is not None and self._selected_removed_at() is None
        # While files are added the store's write lock is taken, and every other action writes a custody entry.
        self.add_button.setEnabled(not self._adding)
        for b in (self.view_button, self.export_button, self.open_button, self.remove_button):
            b.setEnabled(live and not self._adding)
        self.history_button.setEnabled(info is not None)
        self.copy_action.setEnabled(info is not None)

    def _show_progress(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.stop_button.setVisible(on)

    def _run(self, fn, done, failed=None, stop: threading.Event | None = None, progress=None):
        """Run ``fn(progress)`` through the window's runner; ``done(result)`` and ``failed(exc)``
        come back here unless the panel has shut or gone meanwhile."""
        def on_finished(result):
            if forget():
                done(result)

        def on_failed(exc):
            if forget():
                (failed or (lambda e: self._report(user_message(e))))(exc)

        def forget() -> bool:
            if not shiboken6.isValid(self):
                return False
            self._tasks.discard(task)
            self._stops.discard(stop)
            return True
        if stop is not None:
            self._stops.add(stop)
        task = self.services.runner.run(fn, done=on_finished, failed=on_failed, progress=progress)
        self._tasks.add(task)
        return task

    def _report(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)

    # --- adding ---

    def add_paths(self, paths: list[Path]) -> None:
        """Ask what is known of the files, then attach them."""
        if self._adding or not paths:
            return
        self.refresh()  # records saved since the panel was built can be chosen
        intake = IntakeDialog.ask(self, [Path(p) for p in paths], self.choices)
        if intake is not None:
            self.attach(paths, intake)

    def attach(self, paths: list[Path], intake: Intake) -> None:
        """Attach the files one after the other on the pool, with progress over all of them. Each
        file is all or nothing; Stop (or a lock) abandons the one being added."""
        paths = [Path(p) for p in paths]
        total = max(sum(p.stat().st_size for p in paths if p.is_file()), 1)
        store, case_id, stop = self.services.store, self.case_id, threading.Event()

        def work(progress):
            outcome, before = AddOutcome(), 0
            for path, description in zip(paths, intake.descriptions):
                def step(done, _total, before=before):
                    if stop.is_set():
                        raise _Stopped
                    progress(before + done, total)
                try:
                    if stop.is_set():
                        raise _Stopped
                    info = evidence.add_file(store, case_id, path, description=description, record_id=intake.record_id,
                                             source=intake.source, received_on=intake.received_on, progress=step)
                except _Stopped:
                    outcome.stopped = True
                    break
                except Exception as exc:  # reported with what was added before it
                    outcome.error = exc
                    break
                outcome.added.append(info)
                before += info.size
            return outcome

        self._adding = True
        self.progress.setValue(0)
        self._show_progress(True)
        self.status.setText(self.tr("Adding %n file(s)… Other actions on files wait until this is done.", "",
                                    len(paths)))
        self._update_buttons()
        self._run(work, self._on_attach_done, failed=self._on_attach_failed, stop=stop,
                  progress=self._on_attach_progressed)

    def _on_attach_failed(self, exc: BaseException) -> None:
        self._end_adding()
        self._report(user_message(exc))

    @Slot(object)
    def _on_attach_done(self, outcome: AddOutcome) -> None:
        self._end_adding()
        message = self.tr("Added %n file(s).", "", len(outcome.added))
        if outcome.stopped:
            message += " " + self.tr("Stopped: the file being added when you clicked Stop was not added.")
        if outcome.error is not None:
            message += " " + user_message(outcome.error)
        self.refresh()
        if outcome.added:
            self.table.selectRow(self.model.row_of(outcome.added[-1].id))
            self.files_changed.emit()
        if outcome.error is not None:
            self._report(message)
        else:
            self.status.setText(message)

    def _end_adding(self) -> None:
        self._adding = False
        self._show_progress(False)
        self._update_buttons()

    @Slot(int, int)
    def _on_attach_progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / max(total, 1)))

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        mime = event.mimeData()
        if not self._adding and mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and not self._adding:
            event.acceptProposedAction()
            self.add_paths(paths)

    # --- viewing ---

    def view(self, info: EvidenceRecord) -> EvidenceViewer | None:
        """Show the file in its own window (one per file); its content is decrypted into memory only."""
        if self._wait_for_adding():
            return None
        for v in self.viewers():
            if v.info.id == info.id:
                v.raise_()
                v.activateWindow()
                return v
        viewer = EvidenceViewer(info, self.window(), about=self.model.about(info))
        viewer.export_requested.connect(self.export_copy)
        viewer.open_requested.connect(self.open_externally)
        viewer.finished.connect(lambda _r, v=viewer: self._viewers.remove(v) if v in self._viewers else None)
        self._viewers.append(viewer)
        refusal = preview_refusal(info)
        if refusal:
            viewer.show_refusal(refusal)
        else:
            viewer.show_loading()
            store = self.services.store

            def work(_progress):
                data = evidence.read_bytes(store, info.id)
                evidence.record_custody(store, info.id, "viewed")
                return data
            self._run(work, lambda data, v=viewer: self._on_file_loaded(v, data),
                      failed=lambda exc, v=viewer: self._on_file_not_loaded(v, exc))
        viewer.show()
        return viewer

    def _on_file_loaded(self, viewer: EvidenceViewer, data: bytes) -> None:
        if viewer in self.viewers():  # else it was closed meanwhile: the content goes unseen
            viewer.show_bytes(data)
        self.status.setText(self.tr("Exhibit {0} viewed.").format(viewer.info.number))

    def _on_file_not_loaded(self, viewer: EvidenceViewer, exc: BaseException) -> None:
        if viewer in self.viewers():
            viewer.show_refusal(user_message(exc))
        self._report(user_message(exc))

    def _wait_for_adding(self) -> bool:
        """Every action on a file writes a custody entry, which would wait for the files being added."""
        if self._adding:
            QMessageBox.information(self, self.tr("Files are being added"),
                                    self.tr("Wait until the files being added are in the store (or click Stop), "
                                            "then try again."))
        return self._adding

    # --- exporting and opening with another program ---

    @Slot(object)
    def export_copy(self, info: EvidenceRecord) -> None:
        if self._wait_for_adding():
            return
        answer = QMessageBox.warning(
            self, self.tr("Export a copy"),
            self.tr("The copy will NOT be encrypted: anyone who gets the file or the disk can read it. Export it "
                    "only to an encrypted disk or to hand it over, and delete it when it is no longer needed. "
                    "The export goes into the file's custody history."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = file_dialogs.save_file(self, self.tr("Export a copy of exhibit {0}").format(info.number),
                                      str(Path(folder) / (info.filename or f"exhibit-{info.number}")))
        if not name:
            return
        store, dest = self.services.store, Path(name)
        self._run(lambda _p: evidence.export_file(store, info.id, dest),
                  lambda _info: self.status.setText(self.tr("Exhibit {0} exported to {1}; the copy's SHA-256 was "
                                                            "checked.").format(info.number, dest)))

    @Slot(object)
    def open_externally(self, info: EvidenceRecord) -> None:
        if self._wait_for_adding():
            return
        answer = QMessageBox.warning(
            self, self.tr("Open with another program"),
            self.tr("To open this file in another program, Casefile must write an unencrypted copy of it. That "
                    "program may keep its own copies (recent files, thumbnails, backups) that Casefile cannot "
                    "remove.\n\nThe copy is deleted when you click “Delete the copies now”, when you close this "
                    "window, or when the store locks.\n\nOpen it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, dest, stop = self.services.store, self.copies.new(info), threading.Event()

        def work(_progress):
            evidence.export_file(store, info.id, dest, reason="opened with another program")
            if stop.is_set():  # the panel shut while the copy was written: it must not stay
                wipe_folder(dest.parent)
                raise _Stopped
            evidence.record_custody(store, info.id, "opened_externally")
            return dest
        self._run(work, self._on_copy_written, stop=stop)
        self._show_copies()

    def _on_copy_written(self, dest: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(dest))):
            self.delete_temporary_copies(dest)
            self._report(self.tr("No program on this computer opens this kind of file; the copy was deleted."))

    def delete_temporary_copies(self, path: Path | None = None) -> None:
        """Overwrite and delete one copy, or all of them."""
        self.copies.delete(path)
        self._show_copies()

    def _show_copies(self) -> None:
        self.copies_bar.setVisible(bool(self.copies))
        self.copies_label.setText(self.tr("Unencrypted copies open in other programs: {0}\nThey are deleted when you "
                                          "click the button, close this window, or the store locks.")
                                  .format(", ".join(self.copies.names())))

    # --- removing ---

    def remove(self, info: EvidenceRecord) -> None:
        reason = RemoveDialog.ask(self, info)
        if reason is None:
            return
        for v in self.viewers():
            if v.info.id == info.id:
                v.close()
        store = self.services.store
        self._run(lambda _p: evidence.remove_file(store, info.id, reason=reason),
                  lambda _r: self._on_file_removed(info))

    def _on_file_removed(self, info: EvidenceRecord) -> None:
        self.refresh()
        self.status.setText(self.tr("Exhibit {0} was removed; its custody history is kept.").format(info.number))
        self.files_changed.emit()

    # --- going away ---

    def shut(self) -> None:
        """The window closes or the store locks: stop adding, let running work report to no one,
        close every viewer and delete every temporary copy."""
        for stop in self._stops:
            stop.set()
        for task in self._tasks:
            task.detach()
        self._tasks.clear()
        for v in self.viewers():
            v.close()
        self._viewers.clear()
        self.delete_temporary_copies()
        if self._adding:
            self._end_adding()

    # --- a person's photo ---

    def photo_action(self, info: EvidenceRecord) -> QAction:
        """"Mark as this person's photo" (checked when it is): for an image recorded for a person of
        the case; the People view shows it beside the person."""
        action = QAction(self.tr("Mark as this person's photo"), self)
        action.setCheckable(True)
        action.setChecked(info.id in self._photos)
        action.setEnabled(info.record_id in self._persons and info.media_type.startswith("image/")
                          and self._selected_removed_at() is None)
        if not action.isEnabled():
            action.setToolTip(self.tr("Only an image recorded as being about a person can be their photo."))
        action.toggled.connect(lambda on, i=info: self.mark_photo(i, on))
        return action

    def mark_photo(self, info: EvidenceRecord, on: bool) -> None:
        store = self.services.store
        try:
            with store.write() as s:
                people.set_photo(s, store, info.id, on)
        except StoreError as exc:
            self._report(user_message(exc))
            return
        self.refresh()
        self.status.setText(self.tr("Exhibit {0} is now this person's photo.").format(info.number) if on
                            else self.tr("Exhibit {0} is no longer a person's photo.").format(info.number))

    # --- slots ---

    @Slot()
    def _on_add_button_clicked(self) -> None:
        names = file_dialogs.open_files(self, self.tr("Add evidence files"))
        if names:
            self.add_paths([Path(n) for n in names])

    @Slot()
    def _on_view_button_clicked(self) -> None:
        if (info := self.selected()) is not None and self.view_button.isEnabled():
            self.view(info)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        if (info := self.selected()) is not None:
            self.export_copy(info)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        if (info := self.selected()) is not None:
            self.open_externally(info)

    @Slot()
    def _on_history_button_clicked(self) -> None:
        if (info := self.selected()) is not None:
            CustodyDialog.show_for(self, self.services, info, self._selected_removed_at())

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        if (info := self.selected()) is not None:
            self.remove(info)

    @Slot(bool)
    def _on_removed_check_toggled(self, _on: bool) -> None:
        self.refresh()

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        for stop in self._stops:
            stop.set()
        self.status.setText(self.tr("Stopping…"))

    @Slot()
    def _on_delete_copies_button_clicked(self) -> None:
        self.delete_temporary_copies()

    @Slot()
    def _on_copy_action_triggered(self) -> None:
        if (info := self.selected()) is not None:
            QGuiApplication.clipboard().setText(info.sha256)
            self.status.setText(self.tr("The SHA-256 of exhibit {0} was copied.").format(info.number))

    @Slot()
    def _on_table_doubleClicked(self) -> None:  # noqa: N802
        if self._selected_removed_at() is None:
            self._on_view_button_clicked()
        else:
            self._on_history_button_clicked()

    @Slot()
    def _on_table_customContextMenuRequested(self, pos) -> None:  # noqa: N802
        if self.selected() is None:
            return
        menu = QMenu(self)
        for text, button in ((self.tr("View"), self.view_button), (self.tr("Export a copy…"), self.export_button),
                             (self.tr("Open with another program…"), self.open_button),
                             (self.tr("Custody history…"), self.history_button)):
            menu.addAction(text, button.click).setEnabled(button.isEnabled())
        menu.addAction(self.copy_action)
        menu.addAction(self.photo_action(self.selected()))
        menu.addSeparator()
        menu.addAction(self.tr("Remove…"), self.remove_button.click).setEnabled(self.remove_button.isEnabled())
        menu.exec(self.table.viewport().mapToGlobal(pos))

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self._update_buttons()
