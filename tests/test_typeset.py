"""What a reader sees of mixed scripts: Uyghur inside English, English and brackets inside Uyghur."""
from __future__ import annotations

import io

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from exports import fonts
from exports.typeset import markup, plain, rtl_lines


def chars(markups: list[str]) -> list[LTChar]:
    fonts.register()
    style = ParagraphStyle("t", fontName=fonts.SERIF, fontSize=14, leading=20, shaping=1)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(m, style) for m in markups])
    out = []

    def walk(item):
        if isinstance(item, LTChar):
            out.append(item)
        for child in getattr(item, "_objs", []) or []:
            walk(child)
    for page in extract_pages(io.BytesIO(buf.getvalue())):
        walk(page)
    return out


def test_brackets_around_a_uyghur_name_in_english_sit_tight_and_the_words_read_right_to_left():
    text = "Mehmet Tursun (مەخمەت تۇرسۇن) shared"
    visual = plain(markup(text)).split()
    # drawn left to right: the last Uyghur word first, so that it reads right to left
    assert visual.index("تۇرسۇن") < visual.index("مەخمەت")
    drawn = chars([markup(text)])
    opening = next(c for c in drawn if c.get_text() == "(")
    closing = next(c for c in drawn if c.get_text() == ")")
    arabic = [c for c in drawn if "Naskh" in c.fontname]
    assert arabic, "the Uyghur letters are drawn in the Arabic font"
    first = min(arabic, key=lambda c: c.x0)
    last = max(arabic, key=lambda c: c.x1)
    assert 0 <= first.x0 - opening.x1 < 1.5       # no space after '('
    assert 0 <= closing.x0 - last.x1 < 1.5        # no space before ')'


def test_in_a_right_to_left_line_english_keeps_its_order_and_brackets_are_mirrored():
    fonts.register()
    [line] = rtl_lines("مەن مەخمەت تۇرسۇن (Mehmet Tursun). مەن دىنا (2018).", fonts.SERIF, 10, 1000)
    visual = plain(line).replace("\u00a0", " ")
    assert "(Mehmet Tursun)" in visual.replace(" )", ")")     # English left to right inside
    assert visual.startswith(".")                            # the final stop at the left end
    assert "(2018)" in visual                                  # numbers keep their order
