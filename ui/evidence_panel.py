"""A case's evidence files: the list, adding by dialog or drag and drop, a viewer, "open with".

    panel = EvidencePanel(store, case_id)

Adding, loading and rendering run on the thread pool; workers never touch widgets and report
back through signals. Images and PDF pages are shown from memory (QImage.fromData; PDF pages
rendered by PDFium from bytes): no plaintext is written to disk to show a file. "Open with
another program" warns first, writes a temporary copy (in RAM-backed /dev/shm where there is one)
and deletes it when the user says they are done, or when the panel goes away.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QObject, QRunnable, Qt, QThreadPool, QUrl,
                            Signal)
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton,
                               QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget)

from storage import evidence

PDF_SCALE = 1.5  # about 108 dpi: readable on a laptop screen


# --- background work -------------------------------------------------------------------------

class _TaskSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    """Runs ``fn(progress)`` on the pool. A store error's message is meant for the user; any other
    error is reported by its kind only, never with data."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progressed.emit)
        except evidence.StoreError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(f"{exc.filename or 'The file'}: {exc.strerror or 'cannot be read'}.")
        except Exception as exc:  # noqa: BLE001 - reported by kind, the panel stays usable
            self.signals.failed.emit(f"That did not work ({type(exc).__name__}). Nothing was changed.")
        else:
            self.signals.finished.emit(result)


# --- the list ---------------------------------------------------------------------------------

class EvidenceTableModel(QAbstractTableModel):
    NUMBER, NAME, DESCRIPTION, SIZE, TYPE, SHA256 = range(6)
    HEADERS = ("No.", "File", "Description", "Size", "Type", "SHA-256")
    InfoRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._files: list[evidence.EvidenceInfo] = []

    def set_files(self, files: list[evidence.EvidenceInfo]) -> None:
        self.beginResetModel()
        self._files = list(files)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._files)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._files)):
            return None
        f = self._files[index.row()]
        if role == self.InfoRole:
            return f
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(f.number), f.filename, f.description, evidence.human_size(f.size), f.media_type,
                    f.sha256)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SHA256:
            return f.sha256
        return None

    def info(self, row: int) -> evidence.EvidenceInfo:
        return self._files[row]


# --- the viewer -------------------------------------------------------------------------------

def render_pdf_page(data: bytes, page_index: int, scale: float = PDF_SCALE) -> tuple[QImage, int]:
    """One page of a PDF held in memory, as an image, and the number of pages."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        count = len(pdf)
        page = pdf[max(0, min(page_index, count - 1))]
        bitmap = page.render(scale=scale, may_draw_forms=False, prefer_bgrx=True, rev_byteorder=True,
                             fill_color=(255, 255, 255, 255))
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888).copy()  # copy: the bitmap's memory goes with it
        bitmap.close()
        page.close()
        return image, count
    finally:
        pdf.close()


class EvidenceViewer(QWidget):
    """Shows an image or the pages of a PDF, from bytes in memory."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pdf: bytes | None = None
        self._page, self._pages = 0, 0
        self.image_label = QLabel(self.tr("Choose a file and View to see it here."))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image_label)
        scroll.setWidgetResizable(True)
        self.previous_button = QPushButton(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next page"))
        self.page_label = QLabel()
        nav = QHBoxLayout()
        for w in (self.previous_button, self.page_label, self.next_button):
            nav.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(nav)
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self._show_nav(False)

    def _show_nav(self, on: bool) -> None:
        for w in (self.previous_button, self.page_label, self.next_button):
            w.setVisible(on)

    def show_bytes(self, data: bytes, media_type: str) -> bool:
        """False when the content cannot be shown here (not an image or a PDF, or damaged)."""
        self._pdf = None
        if media_type == "application/pdf" or data[:5] == b"%PDF-":
            try:
                self._pdf, self._page = data, 0
                self._show_page()
                return True
            except Exception:  # noqa: BLE001 - PDFium's errors: a damaged or unreadable PDF
                self._pdf = None
                return self._nothing()
        image = QImage.fromData(data)
        if image.isNull():
            return self._nothing()
        self._show_nav(False)
        self.image_label.setPixmap(QPixmap.fromImage(image))
        return True

    def clear(self) -> None:
        self._pdf = None
        self._nothing(self.tr("Choose a file and View to see it here."))

    def _nothing(self, text: str | None = None) -> bool:
        self._show_nav(False)
        self.image_label.setPixmap(QPixmap())
        self.image_label.setText(text or self.tr("This file cannot be shown here. Use Open with another program."))
        return False

    def _show_page(self) -> None:
        image, self._pages = render_pdf_page(self._pdf, self._page)
        self.image_label.setPixmap(QPixmap.fromImage(image))
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self._page + 1))
                                .replace("%2", str(self._pages)))
        self._show_nav(True)
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page + 1 < self._pages)

    def _on_previous_button_clicked(self) -> None:
        if self._pdf and self._page > 0:
            self._page -= 1
            self._show_page()

    def _on_next_button_clicked(self) -> None:
        if self._pdf and self._page + 1 < self._pages:
            self._page += 1
            self._show_page()

    def page_count(self) -> int:
        return self._pages if self._pdf else 0

    def pixmap(self) -> QPixmap:
        return self.image_label.pixmap()


# --- the panel --------------------------------------------------------------------------------

def _private_temp_dir() -> Path:
    """A folder only this user can read, in memory where the system has /dev/shm."""
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    return Path(tempfile.mkdtemp(prefix="casefile-open-", dir=base))


class EvidencePanel(QWidget):
    files_changed = Signal()
    busy_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, store, case_id: str, parent=None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.pool = pool or QThreadPool.globalInstance()
        self._tasks: set[_Task] = set()
        self._temp_dirs: list[Path] = []
        self.model = EvidenceTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.view_button = QPushButton(self.tr("View"))
        self.open_button = QPushButton(self.tr("Open with another program…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.viewer = EvidenceViewer()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.view_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        left = QWidget()
        col = QVBoxLayout(left)
        col.addWidget(self.table)
        col.addLayout(buttons)
        col.addWidget(self.progress)
        col.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.viewer)
        QVBoxLayout(self).addWidget(splitter)
        self.setAcceptDrops(True)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.view_button.clicked.connect(self._on_view_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.refresh()

    # --- helpers ---

    def _run(self, fn, on_done, show_progress: bool = False) -> None:
        task = _Task(fn)
        self._tasks.add(task)  # keep the signals object alive until the task reports

        def finish():
            self._tasks.discard(task)
            self.progress.setVisible(False)
            self._set_busy(False)

        task.signals.finished.connect(lambda result: (finish(), on_done(result)))
        task.signals.failed.connect(lambda message: (finish(), self._on_task_failed(message)))
        if show_progress:
            task.signals.progressed.connect(self._on_task_progressed)
            self.progress.setRange(0, 1000)
            self.progress.setValue(0)
            self.progress.setVisible(True)
        self._set_busy(True)
        self.pool.start(task)

    def _set_busy(self, busy: bool) -> None:
        for b in (self.add_button, self.remove_button, self.open_button, self.view_button):
            b.setEnabled(not busy and (b is self.add_button or self.selected() is not None))
        self.setAcceptDrops(not busy)
        self.busy_changed.emit(busy)

    def refresh(self) -> None:
        with self.store.read() as s:
            self.model.set_files(evidence.list_files(s, self.case_id))
        self._set_busy(bool(self._tasks))

    def selected(self) -> evidence.EvidenceInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.info(rows[0].row()) if rows else None

    def is_busy(self) -> bool:
        return bool(self._tasks)

    # --- adding ---

    def add_paths(self, paths: list[Path]) -> None:
        """Attach files one after the other on the pool, with progress over all of them."""
        paths = [Path(p) for p in paths]
        total = sum(p.stat().st_size for p in paths if p.is_file())
        store, case_id = self.store, self.case_id

        def work(progress):
            done_before = 0
            added = []
            for p in paths:
                added.append(evidence.add_file(store, case_id, p, progress=lambda d, _t: progress(done_before + d,
                                                                                                  max(total, 1))))
                done_before += added[-1].size
            return added

        self.status.setText(self.tr("Adding %n file(s)…", "", len(paths)))
        self._run(work, self._on_files_added, show_progress=True)

    def _on_files_added(self, added) -> None:
        self.status.setText(self.tr("Added %n file(s).", "", len(added)))
        self.refresh()
        self.files_changed.emit()

    def _on_add_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if names:
            self.add_paths([Path(n) for n in names])

    def dragEnterEvent(self, event) -> None:
        if not self._tasks and event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and not self._tasks:
            event.acceptProposedAction()
            self.add_paths(paths)

    # --- viewing ---

    def _on_view_button_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        store = self.store

        def work(_progress):
            data = evidence.read_bytes(store, info.id)
            evidence.record_custody(store, info.id, "viewed")
            return info, data

        self._run(work, self._on_file_loaded)

    def _on_file_loaded(self, result) -> None:
        info, data = result
        self.viewer.show_bytes(data, info.media_type)
        self.status.setText(self.tr("Exhibit %1: %2").replace("%1", str(info.number)).replace("%2", info.filename))

    # --- opening with another program ---

    def _on_open_button_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Open with another program"),
            self.tr("To open this file in another program, Casefile must write an unencrypted copy of it. "
                    "That program may keep its own copies (recent files, thumbnails, backups) that Casefile "
                    "cannot remove. The copy is deleted when you click Done.\n\nOpen it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        folder = _private_temp_dir()
        self._temp_dirs.append(folder)
        store, dest = self.store, folder / (info.filename or f"exhibit-{info.number}")

        def work(_progress):
            evidence.export_file(store, info.id, dest, reason="opened with another program")
            evidence.record_custody(store, info.id, "opened_externally")
            return folder, dest

        self._run(work, self._on_copy_written)

    def _on_copy_written(self, result) -> None:
        folder, dest = result
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(dest)))
        QMessageBox.information(self, self.tr("Open with another program"),
                                self.tr("Click OK when you have closed the file in the other program; "
                                        "the unencrypted copy will then be deleted."))
        self._delete_temp(folder)

    def _delete_temp(self, folder: Path) -> None:
        for p in folder.glob("*"):
            try:  # overwrite first: on a disk (not /dev/shm) an unlinked file's blocks could be read back
                with open(p, "r+b") as f:
                    size = f.seek(0, os.SEEK_END)
                    f.seek(0)
                    while size > 0:
                        n = min(size, evidence.CHUNK)
                        f.write(bytes(n))
                        size -= n
                    f.flush()
                    os.fsync(f.fileno())
            except OSError:
                pass
        shutil.rmtree(folder, ignore_errors=True)
        if folder in self._temp_dirs:
            self._temp_dirs.remove(folder)

    def delete_temporary_copies(self) -> None:
        for folder in list(self._temp_dirs):
            self._delete_temp(folder)

    def closeEvent(self, event) -> None:
        self.delete_temporary_copies()
        super().closeEvent(event)

    # --- removing ---

    def _on_remove_button_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove evidence file"),
            self.tr("Remove exhibit %1 (%2) for good? Its content cannot be recovered afterwards; the audit log "
                    "keeps its number, size and SHA-256.").replace("%1", str(info.number)).replace("%2", info.filename),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.store
        self._run(lambda _p: evidence.remove_file(store, info.id), self._on_file_removed)

    def _on_file_removed(self, _result) -> None:
        self.viewer.clear()
        self.refresh()
        self.files_changed.emit()

    # --- reports ---

    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / max(total, 1)))

    def _on_task_failed(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)

    def _on_table_selection_changed(self, *_args) -> None:
        self._set_busy(bool(self._tasks))
