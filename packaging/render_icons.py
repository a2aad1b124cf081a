"""Render resources/icons/casefile.svg to the PNG sizes the window and the desktop entry use.
Run after changing the SVG (the PNGs are committed):

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage needs one)
    for size in SIZES:
        out = ICONS / f"casefile-{size}.png"
        if not render(ICONS / "casefile.svg", size).save(str(out)):
            raise SystemExit(f"Could not write {out}.")
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
