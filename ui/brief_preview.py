"""Pages of a brief held in memory, one at a time, with a page turner. Never written to disk:
pdfium renders from the bytes, the image lives in a QLabel. A page is drawn as wide as the view."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.pdf_pages import PdfPages

PADDING = 12


class BriefPreview(QWidget):
    page_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pdf: PdfPages | None = None
        self.index = 0
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setObjectName("brief-page")
        self.image.setStyleSheet(f"QLabel#brief-page {{ background: #7a7a7a; padding: {PADDING}px; }}")
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.previous = QPushButton(self.tr("‹ Previous"), self)
        self.next = QPushButton(self.tr("Next ›"), self)
        self.where = QLabel(self)
        turner = QHBoxLayout()
        turner.addWidget(self.previous)
        turner.addStretch(1)
        turner.addWidget(self.where)
        turner.addStretch(1)
        turner.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(turner)
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.clear(self.tr("The pages are shown here once the brief is made and verified."))

    @property
    def count(self) -> int:
        return self._pdf.count if self._pdf is not None else 0

    def show_pdf(self, data: bytes) -> None:
        self._close()
        self._pdf = PdfPages(data)
        self.show_page(0)

    def clear(self, message: str = "") -> None:
        self._close()
        self.image.clear()
        self.image.setText(message)
        self.image.setWordWrap(True)
        self._update_turner()

    def show_page(self, index: int) -> None:
        if self._pdf is None:
            return
        self.index = max(0, min(index, self.count - 1))
        self.image.setPixmap(QPixmap.fromImage(self._render(self.index)))
        self._update_turner()
        self.page_changed.emit(self.index)

    def page_points(self) -> tuple[int, int] | None:
        """The size of the page shown, in PDF points (A4 is 595 x 842, US Letter 612 x 792)."""
        if self._pdf is None:
            return None
        width, height = self._pdf.page_size(self.index)
        return round(width), round(height)

    def _render(self, index: int) -> QImage:
        room = self.scroll.viewport().width() - 2 * PADDING - 4
        return self._pdf.render(index, max(0.5, min(2.0, room / self._pdf.page_size(index)[0])))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._pdf is not None and event.oldSize().width() != event.size().width():
            self.show_page(self.index)

    def _update_turner(self) -> None:
        n = self.count
        self.where.setText(self.tr("Page {0} of {1}").format(self.index + 1, n) if n else "")
        self.previous.setEnabled(n > 0 and self.index > 0)
        self.next.setEnabled(n > 0 and self.index < n - 1)

    def _close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        self.index = 0

    @Slot()
    def _on_previous_clicked(self) -> None:
        self.show_page(self.index - 1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self.show_page(self.index + 1)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._close()
        super().closeEvent(event)

