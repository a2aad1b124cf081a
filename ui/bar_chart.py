"""A horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials): one bar per
label, longest first as given, the number at the end of each bar. Laid out from the trailing side
in a right-to-left window."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.i18n import number_text


class BarChart(QWidget):
    MAX_BARS = 15

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 160)

    def set_bars(self, bars: list[tuple[str, int]], title: str = "") -> None:
        self._bars, self.title = list(bars)[:self.MAX_BARS], title
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 24 * max(len(self._bars), 4) + 40)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = self.fontMetrics()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        margin, line = 8, fm.height()
        area = self.rect().adjusted(margin, margin, -margin, -margin)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        title = QRect(area.left(), area.top(), area.width(), line)
        p.drawText(title, int(Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if rtl
                                                              else Qt.AlignmentFlag.AlignLeft)), self.title)
        if not self._bars:
            return
        top = area.top() + line + margin
        step = max(line + 6, min(2 * line, (area.bottom() - top) // len(self._bars)))
        label_width = min(area.width() // 3, max(fm.horizontalAdvance(t) for t, _ in self._bars) + margin)
        number_width = fm.horizontalAdvance(number_text(max(v for _, v in self._bars))) + margin
        bar_space = max(area.width() - label_width - number_width - margin, 10)
        highest = max(max(v for _, v in self._bars), 1)
        bar_colour = pal.color(QPalette.ColorRole.Highlight)
        for i, (text, value) in enumerate(self._bars):
            y = top + i * step
            length = round(bar_space * value / highest)
            # Coordinates from the leading edge; mirrored for a right-to-left window.
            label = QRect(0, y, label_width - margin, step - 4)
            bar = QRect(label_width, y + 2, max(length, 1), step - 8)
            number = QRect(label_width + length + 4, y, number_width, step - 4)
            if rtl:
                label, bar, number = (self._mirror(r, area) for r in (label, bar, number))
            else:
                label, bar, number = (r.translated(area.left(), 0) for r in (label, bar, number))
            leading = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            p.setPen(pal.color(QPalette.ColorRole.Text))
            p.drawText(label, int(Qt.AlignmentFlag.AlignVCenter | leading),
                       fm.elidedText(text, Qt.TextElideMode.ElideRight, label.width()))
            p.fillRect(bar, bar_colour)
            p.drawText(number, int(Qt.AlignmentFlag.AlignVCenter | leading), number_text(value))
        p.end()

    @staticmethod
    def _mirror(r: QRect, area: QRect) -> QRect:
        return QRect(area.right() - r.right(), r.top(), r.width(), r.height())
