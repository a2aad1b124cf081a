"""The window that shows one evidence file: an image or the pages of a PDF, decoded from bytes in
memory (``QImageReader`` on a ``QBuffer``; PDF pages rendered by PDFium from bytes). Nothing is written to disk
to show a file. Files that cannot be shown here (audio, video, other documents, or too large to
read into memory) get their details and the ways out: Export a copy, Open with another program.

The window forgets what it showed when it closes; the evidence panel closes it at a lock.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout

from models.evidence import EvidenceRecord
from ui.case_table_model import local_time
from ui.evidence_table_model import type_label
from ui.i18n import _tr, size_text
from ui.pdf_pages import PdfPages

PDF_SCALE = 1.5  # about 108 dpi: readable on a laptop screen
PREVIEW_LIMIT = 256 * 1024 * 1024  # larger files are not read into memory to be shown
MAX_SIDE = 6000  # pixels: larger images are decoded scaled down (more than any screen shows)


def preview_refusal(info: EvidenceRecord) -> str | None:
    """Why this file is not shown in the window (without reading it), or None if it can be."""
    kind = info.media_type.split("/")[0]
    if info.media_type != "application/pdf" and kind != "image":
        if kind in ("audio", "video"):
            return _tr("Casefile does not play recordings. Export a copy, or open it with another program.")
        return _tr("Casefile can show images and PDF documents only. Export a copy, or open it with another "
                   "program.")
    if info.size > PREVIEW_LIMIT:
        return _tr("This file is {0}, too large to preview here. Export a copy, or open it with another "
                   "program.").format(size_text(info.size))
    return None


def decode_image(data: bytes, largest_side: int = MAX_SIDE) -> QImage:
    """An image decoded from memory, turned the way its camera meant (EXIF orientation: phone photos
    of documents are often stored sideways), and decoded smaller when it is very large, so a photo of
    a hundred megapixels does not take gigabytes to show."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > largest_side:
        reader.setScaledSize(size.scaled(largest_side, largest_side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


def render_pdf_page(data: bytes, page_index: int, scale: float = PDF_SCALE) -> tuple[QImage, int]:
    """One page of a PDF held in memory, as an image, and the number of pages."""
    pages = PdfPages(data)
    try:
        return pages.render(page_index, scale), pages.count
    finally:
        pages.close()


def details_text(info: EvidenceRecord, about: str = "") -> str:
    title = "<b>" + _tr("Exhibit {0}").format(info.number) + "</b>"
    lines = [title + (f" — {_esc(info.description)}" if info.description else ""),
             _tr("Original file: {0} ({1}, {2})").format(_esc(info.filename), _esc(type_label(info.media_type)),
                                                         size_text(info.size)),
             _tr("SHA-256: {0}").format(f"<tt>{info.sha256}</tt>")]
    if about:
        lines.append(_tr("About: {0}").format(_esc(about)))
    if info.source or info.received_on:
        lines.append(_tr("Received from: {0}").format(_esc(" ".join(x for x in (
            info.source, f"({info.received_on})" if info.received_on else "") if x))))
    if info.added_at:
        lines.append(_tr("Added {0} by {1}").format(local_time(info.added_at), _esc(info.added_by)))
    return "<br>".join(lines)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class EvidenceViewer(QDialog):
    """One file: its details above, its content (or why it is not shown) below."""
    export_requested = Signal(object)   # EvidenceRecord
    open_requested = Signal(object)     # EvidenceRecord

    def __init__(self, info: EvidenceRecord, parent=None, about: str = ""):
        super().__init__(parent)
        self.info = info
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The number only: a description or file name may name a person, and titles leave the window.
        self.setWindowTitle(self.tr("Exhibit {0}").format(info.number))
        self._image: QImage | None = None
        self._pages: PdfPages | None = None
        self._page = 0
        self.details = QLabel(details_text(info, about), self)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image_label)
        self.scroll.setWidgetResizable(True)
        self.previous_button = QPushButton(self.tr("◀ Previous page"), self)
        self.next_button = QPushButton(self.tr("Next page ▶"), self)
        self.page_label = QLabel(self)
        self.fit_check = QCheckBox(self.tr("Fit to window"), self)
        self.fit_check.setChecked(True)
        self.export_button = QPushButton(self.tr("Export a copy…"), self)
        self.open_button = QPushButton(self.tr("Open with another program…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        nav = QHBoxLayout()
        for w in (self.previous_button, self.page_label, self.next_button):
            nav.addWidget(w)
        nav.addStretch(1)
        nav.addWidget(self.fit_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(nav)
        layout.addLayout(buttons)
        self.resize(900, 760)
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.fit_check.toggled.connect(self._on_fit_check_toggled)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.close_button.clicked.connect(self.close)
        self._show_nav(False)

    # --- what is shown ---

    def show_loading(self) -> None:
        self._say(self.tr("Decrypting…"))

    def show_refusal(self, text: str) -> None:
        """Nothing of the content is read: the details, why, and the ways out, in a smaller window."""
        self._say(text)
        self.scroll.setMinimumHeight(80)
        self.resize(640, self.sizeHint().height() + 40)

    def show_bytes(self, data: bytes) -> bool:
        """Show an image or a PDF from memory; False (with a sentence saying so) if it cannot be."""
        self._forget()
        if self.info.media_type == "application/pdf" or data[:5] == b"%PDF-":
            try:
                self._pages, self._page = PdfPages(data), 0
                self._show_page()
                return True
            except Exception:  # noqa: BLE001 - PDFium's errors: a damaged, encrypted or unreadable PDF
                self._forget()
                return self._say(self.tr("This PDF cannot be shown here (it may be damaged or protected by a "
                                         "password). Export a copy, or open it with another program."))
        image = decode_image(data)
        if image.isNull():
            return self._say(self.tr("This image cannot be shown here (its format is not one Casefile reads, "
                                     "or it is damaged). Export a copy, or open it with another program."))
        self._image = image
        self._place_image()
        return True

    def page_count(self) -> int:
        return self._pages.count if self._pages else 0

    def shown_image(self) -> QImage | None:
        """The decoded image or PDF page at its own size (None when nothing is shown)."""
        return self._image

    def has_content(self) -> bool:
        return self._image is not None

    def _say(self, text: str) -> bool:
        self._forget()
        self.image_label.setPixmap(QPixmap())
        self.image_label.setText(text)
        return False

    def _forget(self) -> None:
        """Drop the decrypted content this window holds."""
        self._image = None
        if self._pages is not None:
            self._pages.close()
            self._pages = None
        self.image_label.clear()
        self._show_nav(False)

    def _show_nav(self, on: bool) -> None:
        for w in (self.previous_button, self.page_label, self.next_button):
            w.setVisible(on)
        self.fit_check.setVisible(on or self._image is not None)

    def _show_page(self) -> None:
        self._image = self._pages.render(self._page, PDF_SCALE)
        self._place_image()
        self.page_label.setText(self.tr("Page {0} of {1}").format(self._page + 1, self._pages.count))
        self._show_nav(True)
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page + 1 < self._pages.count)

    def _place_image(self) -> None:
        if self._image is None:
            return
        self.fit_check.setVisible(True)
        pixmap = QPixmap.fromImage(self._image)
        room = self.scroll.viewport().size()
        if self.fit_check.isChecked() and (pixmap.width() > room.width() or pixmap.height() > room.height()):
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(pixmap)

    # --- events ---

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_image()

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802
        self._forget()
        super().closeEvent(event)

    @Slot()
    def _on_previous_button_clicked(self) -> None:
        if self._pages and self._page > 0:
            self._page -= 1
            self._show_page()

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self._pages and self._page + 1 < self._pages.count:
            self._page += 1
            self._show_page()

    @Slot(bool)
    def _on_fit_check_toggled(self, _on: bool) -> None:
        self._place_image()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self.export_requested.emit(self.info)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        self.open_requested.emit(self.info)

