"""The application's icon (resources/icons/): the PNG sizes rendered from casefile.svg by
packaging/render_icons.py, so that every platform picks a sharp one without an SVG plug-in."""
from __future__ import annotations

from PySide6.QtGui import QIcon

import resources

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        if resources.exists(resources.ICONS, f"casefile-{size}.png"):
            icon.addFile(str(resources.path(resources.ICONS, f"casefile-{size}.png")))
    return icon
