"""The fonts shipped in resources/fonts/ (read through the resources package), registered with ReportLab once per process.

Noto Serif covers Latin and Cyrillic (Kazakh letters included), Noto Naskh Arabic covers Uyghur
in Arabic script, Droid Sans Fallback covers Chinese. ReportLab has no automatic fallback, so
typeset.py wraps each run of text in the font that has its glyphs.
"""
from __future__ import annotations

import threading
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

SERIF = "CF-Serif"
SERIF_BOLD = "CF-Serif-Bold"
SERIF_ITALIC = "CF-Serif-Italic"
SERIF_BOLD_ITALIC = "CF-Serif-BoldItalic"
ARABIC = "CF-Naskh"
ARABIC_BOLD = "CF-Naskh-Bold"
CJK = "CF-CJK"

_FILES = {
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "NotoSerif-BoldItalic.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the fonts and their bold/italic families with ReportLab (idempotent)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            # shapable: HarfBuzz (uharfbuzz) joins Arabic letters when a paragraph asks for shaping.
            pdfmetrics.registerFont(TTFont(name, str(resources.path(resources.FONTS, filename)), shapable=True))
        for family, regular, bold, italic, bold_italic in (
                (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC),
                (ARABIC, ARABIC, ARABIC_BOLD, ARABIC, ARABIC_BOLD),
                (CJK, CJK, CJK, CJK, CJK)):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold_italic)
        _registered = True


@cache
def has_glyph(font_name: str, char: str) -> bool:
    register()
    return ord(char) in pdfmetrics.getFont(font_name).face.charToGlyph
