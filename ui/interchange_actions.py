"""Import and export of interchange files from the window. The work runs off the GUI thread; an
import is all or nothing, and a failed one lists every problem it found."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from storage.interchange_io import export_file, import_file
from ui import file_dialogs
from ui.error_texts import problem_text
from ui.errors import problems, user_message
from ui.i18n import _tr


class ImportFlow(QObject):
    """Asks for a file, imports it with a progress dialog, reports the outcome."""
    imported = Signal(list)  # ImportResult of every case

    def __init__(self, parent, services):
        super().__init__(parent)
        self.parent_widget, self.services = parent, services
        self.progress: QProgressDialog | None = None

    def start(self, path: str | None = None) -> None:
        if path is None:
            path = file_dialogs.open_file(self.parent_widget, _tr("Import cases"), "",
                                          _tr("Interchange documents (*.json)"))
        if not path:
            return
        self.progress = QProgressDialog(_tr("Importing {0}…").format(Path(path).name), "", 0, 0, self.parent_widget)
        self.progress.setCancelButton(None)  # all or nothing: stopping half-way would keep nothing anyway
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        store = self.services.store
        self.services.runner.run(lambda progress: import_file(store, Path(path), progress),
                                 done=self._on_task_finished, failed=self._on_task_failed,
                                 progress=self._on_task_progressed)

    def _on_task_progressed(self, done: int, total: int) -> None:
        if self.progress:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_task_finished(self, results: list) -> None:
        self._close_progress()
        counts = {o: sum(r.outcome == o for r in results) for o in ("added", "updated", "unchanged")}
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Import finished"),
                          _tr("Imported %n case(s): {0} added, {1} updated, {2} unchanged.", "", len(results)).format(
                              counts["added"], counts["updated"], counts["unchanged"]),
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        corrected = [f"{r.reference}: {problem_text(what)}" for r in results for what in r.corrected]
        if corrected:
            box.setInformativeText(_tr("The script of %n name(s) did not match their letters and was corrected.",
                                       "", len(corrected)))
            box.setDetailedText("\n".join(corrected))
        box.exec()
        self.imported.emit(results)

    def _on_task_failed(self, exc: BaseException) -> None:
        self._close_progress()
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Nothing was imported"),
                          _tr("The file was not imported and the store is unchanged.") + "\n\n" + user_message(exc),
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote the document: never markup
        if len(problems(exc)) > 1:
            box.setDetailedText("\n".join(problems(exc)))
        box.exec()


def export_cases(parent, services, case_ids: list[str] | None, done=None) -> None:
    """Write cases (all when ``case_ids`` is empty) as a plaintext interchange file, after a warning."""
    what = (_tr("the %n selected case(s)", "", len(case_ids)) if case_ids else _tr("every case in the store"))
    answer = QMessageBox.warning(
        parent, _tr("Export without encryption"),
        _tr("This writes {0} to a file that is NOT encrypted, names of people at risk included. Share it only "
            "inside an encrypted bundle, and delete it when done. Go on?").format(what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return
    path = file_dialogs.save_file(parent, _tr("Export cases"), "cases.json", _tr("Interchange documents (*.json)"))
    if not path:
        return
    store = services.store

    def work(_progress):
        return export_file(store, case_ids or None, Path(path))

    def finished(written):
        if done:
            done(_tr("Exported to {0}. The file is not encrypted.").format(written))

    def failed(exc):
        QMessageBox.warning(parent, _tr("Nothing was exported"), user_message(exc))
    services.runner.run(work, done=finished, failed=failed)
