"""The files Casefile ships (fonts, demo cases, translations, icons, desktop files), found through
importlib.resources: the same code reads them from the checkout, an installed wheel and the frozen
application. Below every layer: it imports nothing of ours and never Qt.
"""
from __future__ import annotations

import atexit
import contextlib
from importlib import resources as _ir
from pathlib import Path

MARK = "casefile"  # main.py checks each of our packages has it: another distribution's `resources` lacks it

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def files(*parts: str):
    """A Traversable for a shipped file or folder, e.g. files("demo", "demo-cases.json")."""
    node = _ir.files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node


def path(*parts: str) -> Path:
    """A real file system path, for libraries that need one (ReportLab's fonts, Qt's translators).
    From an ordinary installation it is the file itself; from a zip it is extracted once per process."""
    node = files(*parts)
    if isinstance(node, Path):
        return node
    return Path(_extracted.enter_context(_ir.as_file(node)))


def read_bytes(*parts: str) -> bytes:
    return files(*parts).read_bytes()


def read_text(*parts: str) -> str:
    return files(*parts).read_text(encoding="utf-8")


def exists(*parts: str) -> bool:
    node = files(*parts)
    return node.is_file() or node.is_dir()


FONTS = "fonts"
DEMO_CASES = ("demo", "demo-cases.json")
I18N = "i18n"
ICONS = "icons"
