"""A PDF held in memory, rendered a page at a time by PDFium: nothing is written to disk."""
from __future__ import annotations

from PySide6.QtGui import QImage


class PdfPages:
    """A PDF held in memory, rendered a page at a time."""

    def __init__(self, data: bytes):
        import pypdfium2 as pdfium

        self._pdf = pdfium.PdfDocument(data)
        self.count = len(self._pdf)

    def page_size(self, index: int) -> tuple[float, float]:
        """A page's width and height in PDF points."""
        page = self._pdf[max(0, min(index, self.count - 1))]
        try:
            return page.get_size()
        finally:
            page.close()

    def render(self, index: int, scale: float) -> QImage:
        page = self._pdf[max(0, min(index, self.count - 1))]
        try:
            bitmap = page.render(scale=scale, may_draw_forms=False, prefer_bgrx=True, rev_byteorder=True,
                                 fill_color=(255, 255, 255, 255))
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888).copy()  # copy: the bitmap's memory goes with it
            bitmap.close()
            return image
        finally:
            page.close()

    def close(self) -> None:
        self._pdf.close()
