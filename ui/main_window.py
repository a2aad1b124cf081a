"""The main window: the case list, and the actions on cases and on the store."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar

from storage.cases import delete_case
from storage.backup import write_backup
from storage.evidence import verify_store
from ui.agenda_dialog import AgendaDialog, AgendaNotice
from ui.backup_dialog import BackupDialog, BackupReminder
from ui.brief_dialog import BriefDialog
from ui.case_list_page import CaseListPage
from ui.editor.case_dialog import CaseDialog
from ui.errors import user_message
from ui.evidence_window import EvidenceDialog
from ui.facilities_window import FacilitiesWindow
from ui.figures_dialog import FiguresDialog
from ui.guards import ask_idle_minutes
from ui.history_dialog import HistoryDialog
from ui.interchange_actions import ImportFlow, export_cases
from ui.language import LanguageMenu
from ui.passphrase_dialog import ChangePassphraseDialog
from ui.people_window import PeopleWindow
from ui.share_menu import ShareMenu


class MainWindow(QMainWindow):
    lock_requested = Signal()
    idle_minutes_changed = Signal(int)
    GEOMETRY = "window/geometry"

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        store = services.store
        # No store folder name in the title or the status bar: a folder may be named after a person,
        # and titles reach task switchers, screen shares and window-manager logs.
        self.setWindowTitle(self.tr("Casefile"))
        self.cases = CaseListPage(store, services.runner, self)
        self.setCentralWidget(self.cases)
        self.import_flow = ImportFlow(self, services)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.backup_reminder = BackupReminder(services, self)
        self.statusBar().addPermanentWidget(self.backup_reminder)
        self.agenda_notice = AgendaNotice(services, self)
        self.statusBar().addPermanentWidget(self.agenda_notice)
        self.agenda: AgendaDialog | None = None
        self.figures: FiguresDialog | None = None
        self._build_actions()
        self._on_cases_selection_changed([])
        self.backup_reminder.refresh()
        self.agenda_notice.refresh()

        self.cases.case_activated.connect(self._on_cases_case_activated)
        self.cases.selection_changed.connect(self._on_cases_selection_changed)
        self.import_flow.imported.connect(self._on_import_flow_imported)
        self.agenda_notice.agenda_requested.connect(self._on_agenda_action_triggered)
        services.runner.busy_changed.connect(self.busy.setVisible)
        services.runner.store_waiting.connect(lambda text: self.statusBar().showMessage(text, 10000))
        geometry = services.settings.value(self.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)

    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&Import…"), self._on_import_action_triggered, "Ctrl+I",
                     self.tr("Add or update cases from an interchange document; all or nothing"))
        self.export_action = self._action(file, self.tr("&Export as plain JSON…"), self._on_export_action_triggered,
                                          None, self.tr("The selected cases, or every case when none is selected"))
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        cases = bar.addMenu(self.tr("&Cases"))
        self.new_action = self._action(cases, self.tr("&New case…"), self._on_new_action_triggered,
                                       QKeySequence.StandardKey.New)
        self.edit_action = self._action(cases, self.tr("&Open case…"), self._on_edit_action_triggered,
                                        QKeySequence.StandardKey.Open)
        self.history_action = self._action(cases, self.tr("Earlier &versions…"), self._on_history_action_triggered)
        self.remove_action = self._action(cases, self.tr("&Remove case…"), self._on_remove_action_triggered,
                                          QKeySequence.StandardKey.Delete)
        self.evidence_action = self._action(cases, self.tr("Evidence &files…"), self._on_evidence_action_triggered,
                                            "Ctrl+E", self.tr("The selected case's scans, photos and recordings"))
        self.evidence_action.setEnabled(False)
        self.cases.selection_changed.connect(lambda ids: self.evidence_action.setEnabled(len(ids) == 1))
        self.brief_action = self._action(cases, self.tr("&Brief…"), self._on_brief_action_triggered, "Ctrl+B",
                                         self.tr("A redacted PDF brief of the selected case, verified before it is saved"))
        self.brief_action.setEnabled(False)
        self.cases.selection_changed.connect(lambda ids: self.brief_action.setEnabled(len(ids) == 1))
        cases.addSeparator()
        self.people_action = self._action(cases, self.tr("&People…"), self._on_people_action_triggered, "Ctrl+Shift+P",
                                          self.tr("Every person across cases, links between them, and suggested links"))
        self._action(cases, self.tr("F&acilities…"), self._on_facilities_action_triggered, None,
                     self.tr("Camps, prisons and detention centres by their names in every script, and the cases naming them"))
        cases.addSeparator()
        self._action(cases, self.tr("Removed cases…"), self._on_removed_action_triggered)

        store = bar.addMenu(self.tr("&Store"))
        lock = self._action(store, self.tr("&Lock now"), self.lock_requested.emit, "Ctrl+L",
                            self.tr("Close the store; the passphrase is needed to open it again"))
        # Also from evidence viewers; under a modal case form, IdleLock catches Ctrl+L instead.
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.idle_action = self._action(store, self.tr("Lock when &idle…"), self._on_idle_action_triggered)
        self._action(store, self.tr("Change &passphrase…"), self._on_passphrase_action_triggered)
        self.remember_action = self._action(store, self.tr("&Remember on this computer"),
                                            self._on_remember_action_triggered)
        self.remember_action.setCheckable(True)
        self.remember_action.setChecked(self.services.store.keyfile.has("device"))
        self.remember_action.setEnabled(self.services.device.available() or self.remember_action.isChecked())
        self._action(store, self.tr("&Check the store"), self._on_check_action_triggered)
        store.addSeparator()
        self._action(store, self.tr("What is &due…"), self._on_agenda_action_triggered, "Ctrl+D",
                     self.tr("Hearings and deadlines across all cases, and overdue deadlines"))
        self._action(store, self.tr("&Figures for reports…"), self._on_figures_action_triggered, None,
                     self.tr("Counts of cases, persons and events by violation, facility, region, year or status"))
        store.addSeparator()
        self.backup_action = self._action(store, self.tr("&Back up…"), self._on_backup_action_triggered, None,
                                          self.tr("One encrypted file with every case, evidence file and the audit log"))
        self.share = ShareMenu(self, self.services, self.cases.selected_ids)
        self.share.cases_changed.connect(self.cases.reload)
        bar.addMenu(self.share.menu)
        self.language = LanguageMenu(self, self.services.settings)
        bar.addMenu(self.language.menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        about = self._action(help_menu, self.tr("&About Casefile"), self._on_about_action_triggered)
        about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS puts it in the application menu

        tools = self.addToolBar(self.tr("Cases"))
        tools.setObjectName("cases-toolbar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.history_action, self.remove_action):
            tools.addAction(action)

    # --- cases -------------------------------------------------------------------------------------

    def open_case(self, case_id: str | None) -> None:
        saved = CaseDialog.ask(self, self.services, case_id)
        if saved is None:
            return
        if case_id is None:
            self.cases.reload()
        else:
            self.cases.refresh_filters()
            self.cases.model.refresh_case(saved.id)
        self.cases.select_case(saved.id)
        for people in self.findChildren(PeopleWindow):
            people.reload()  # names, roles and risk come from the case just saved
        self.statusBar().showMessage(self.tr("Saved {0}.").format(saved.reference), 5000)
        self._agenda_changed()

    def _agenda_changed(self) -> None:
        self.agenda_notice.refresh()
        if self.agenda is not None:
            self.agenda.reload()

    @Slot(str)
    def _on_cases_case_activated(self, case_id: str) -> None:
        self.open_case(case_id)

    @Slot(list)
    def _on_cases_selection_changed(self, ids: list) -> None:
        for action in (self.edit_action, self.history_action):
            action.setEnabled(len(ids) == 1)
        self.remove_action.setEnabled(len(ids) == 1)

    @Slot()
    def _on_new_action_triggered(self) -> None:
        self.open_case(None)

    @Slot()
    def _on_edit_action_triggered(self) -> None:
        ids = self.cases.selected_ids()
        if len(ids) == 1:
            self.open_case(ids[0])

    @Slot()
    def _on_history_action_triggered(self) -> None:
        ids = self.cases.selected_ids()
        if len(ids) == 1 and HistoryDialog.ask(self, self.services, ids[0]):
            self.cases.reload()

    @Slot()
    def _on_evidence_action_triggered(self) -> None:
        ids = self.cases.selected_ids()
        if len(ids) == 1:
            EvidenceDialog.show_for(self, self.services, ids[0])

    @Slot()
    def _on_brief_action_triggered(self) -> None:
        ids = self.cases.selected_ids()
        if len(ids) == 1 and (path := BriefDialog.ask(self, self.services, ids[0])) is not None:
            self.statusBar().showMessage(self.tr("Saved the brief to {0}.").format(path), 10000)

    @Slot()
    def _on_people_action_triggered(self) -> None:
        window = next((w for w in self.findChildren(PeopleWindow) if w.isVisible()), None)
        if window is None:
            window = PeopleWindow(self.services, self)
            window.case_activated.connect(self.open_case)
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot()
    def _on_facilities_action_triggered(self) -> None:
        window = next((w for w in self.findChildren(FacilitiesWindow) if w.isVisible()), None)
        if window is None:
            window = FacilitiesWindow(self.services, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # A link or a renamed facility changes what the case list finds and filters on.
            window.registry_changed.connect(self.cases.reload)
            window.registry_changed.connect(self.cases.refresh_filters)
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot()
    def _on_removed_action_triggered(self) -> None:
        restored = HistoryDialog.ask(self, self.services, None)
        if restored:
            self.cases.reload()
            self.cases.select_case(restored)

    @Slot()
    def _on_remove_action_triggered(self) -> None:
        ids = self.cases.selected_ids()
        if len(ids) != 1:
            return
        summary = self.cases.model.summary(self.cases.model.row_of(ids[0]))
        answer = QMessageBox.question(
            self, self.tr("Remove case"),
            self.tr("Remove {0} from the case list? Its last version is kept and can be brought back "
                    "from Cases › Removed cases.").format(summary.reference))
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.services.store
        with store.write() as s:
            delete_case(s, store, ids[0])
        self.cases.reload()
        self.statusBar().showMessage(self.tr("Removed {0}.").format(summary.reference), 5000)

    @Slot()
    def _on_import_action_triggered(self) -> None:
        self.import_flow.start()

    @Slot(list)
    def _on_import_flow_imported(self, _results) -> None:
        self.cases.reload()
        self._agenda_changed()

    @Slot()
    def _on_export_action_triggered(self) -> None:
        export_cases(self, self.services, self.cases.selected_ids(),
                     done=lambda msg: self.statusBar().showMessage(msg, 10000))

    # --- the store ---------------------------------------------------------------------------------

    @Slot()
    def _on_agenda_action_triggered(self) -> None:
        if self.agenda is None:
            self.agenda = AgendaDialog(self.services, parent=self)
            self.agenda.case_activated.connect(self._on_cases_case_activated)
        else:
            self.agenda.reload()
        self.agenda.show()
        self.agenda.raise_()
        self.agenda.activateWindow()

    @Slot()
    def _on_figures_action_triggered(self) -> None:
        if self.figures is None:
            self.figures = FiguresDialog(self.services, self)
        else:
            self.figures.reload()
        self.figures.show()
        self.figures.raise_()
        self.figures.activateWindow()

    @Slot()
    def _on_passphrase_action_triggered(self) -> None:
        if ChangePassphraseDialog.ask(self, self.services):
            self.statusBar().showMessage(self.tr("The passphrase was changed."), 5000)

    @Slot()
    def _on_idle_action_triggered(self) -> None:
        minutes = ask_idle_minutes(self, self.services.settings)
        if minutes is not None:
            self.idle_minutes_changed.emit(minutes)

    @Slot(bool)
    def _on_remember_action_triggered(self, checked: bool) -> None:
        store, device = self.services.store, self.services.device
        try:
            store.remember_on_device(device) if checked else store.forget_device(device)
        except Exception as exc:
            self.remember_action.setChecked(not checked)
            QMessageBox.warning(self, self.tr("Remember on this computer"), user_message(exc))

    @Slot()
    def _on_check_action_triggered(self) -> None:
        # The same use case as `casefile verify`: pages, structure, every evidence file re-hashed, audit chain.
        store = self.services.store
        bar = self.statusBar()

        def progress(done: int, total: int) -> None:
            bar.showMessage(self.tr("Checking the store… {0}%").format(100 * done // max(total, 1)))

        def done(problems):
            bar.clearMessage()
            if problems:
                QMessageBox.warning(self, self.tr("The store has problems"), "\n".join(problems))
            else:
                QMessageBox.information(self, self.tr("The store is whole"), self.tr(
                    "Every encrypted page, the database structure, every evidence file's SHA-256 and the "
                    "audit log check out."))

        def failed(exc):
            bar.clearMessage()
            QMessageBox.warning(self, self.tr("Check failed"), user_message(exc))
        bar.showMessage(self.tr("Checking the store…"))
        self.services.runner.run(lambda report: verify_store(store, report), done=done, failed=failed,
                                 progress=progress)

    @Slot()
    def _on_backup_action_triggered(self) -> None:
        path = BackupDialog.ask(self, self.services)
        self.backup_reminder.refresh()  # the number of days may have changed
        if path is None:
            return
        store = self.services.store
        self.backup_action.setEnabled(False)

        def done(info):
            self.backup_action.setEnabled(True)
            self.backup_reminder.refresh()
            self.statusBar().showMessage(self.tr("Backed up and verified: {0}.").format(info.path), 10000)

        def failed(exc):
            self.backup_action.setEnabled(True)
            QMessageBox.warning(self, self.tr("No backup was written"), user_message(exc))
        self.services.runner.run(lambda progress: write_backup(store, path, progress), done=done, failed=failed)

    @Slot()
    def _on_about_action_triggered(self) -> None:
        from ui.about_dialog import AboutDialog

        store = self.services.store
        AboutDialog.show_for(self, str(store.path) if store is not None else None)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.services.settings.setValue(self.GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
