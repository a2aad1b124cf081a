"""Pages of a brief held in memory, one at a time, with a page turner. Never written to disk:
pdfium renders from the bytes, the image lives in a QLabel."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.evidence_viewer import PdfPages

PREVIEW_SCALE = 1.0     # 72 dpi: a whole A4 page fits the dialog; zoom is the PDF viewer's job


class BriefPreview(QWidget):
    page_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self.index = 0
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setObjectName("brief-page")
        self.image.setStyleSheet("QLabel#brief-page { background: #7a7a7a; padding: 12px; }")
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
        return self._pages.count if self._pages else 0

    def show_pdf(self, data: bytes) -> None:
        self._close()
        self._pages = PdfPages(data)
        self.show_page(0)

    def clear(self, message: str = "") -> None:
        self._close()
        self.image.clear()
        self.image.setText(message)
        self.image.setWordWrap(True)
        self._update_turner()

    def show_page(self, index: int) -> None:
        if not self._pages:
            return
        self.index = max(0, min(index, self._pages.count - 1))
        self.image.setPixmap(QPixmap.fromImage(self._pages.render(self.index, PREVIEW_SCALE)))
        self._update_turner()
        self.page_changed.emit(self.index)

    def page_size(self):
        """The size in pixels of the page shown (at 72 dpi: its size in points)."""
        pixmap = self.image.pixmap()
        return None if pixmap is None or pixmap.isNull() else pixmap.size()

    def _update_turner(self) -> None:
        n = self.count
        self.where.setText(self.tr("Page {0} of {1}").format(self.index + 1, n) if n else "")
        self.previous.setEnabled(n > 0 and self.index > 0)
        self.next.setEnabled(n > 0 and self.index < n - 1)

    def _close(self) -> None:
        if self._pages is not None:
            self._pages.close()
            self._pages = None
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

