"""What a reader sees of mixed scripts: Uyghur inside English, English and brackets inside Uyghur."""
from __future__ import annotations

import io
import re
import subprocess
import unicodedata

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from exports import fonts
from exports.layout import Layout, render
from exports.typeset import markup, plain, rtl_lines
from models import interchange


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


# --- whole briefs: a laid-out (already redacted) case, read back -------------------------------


UYGHUR = ("مېنىڭ ئاكام Relative 12 2017-يىلى قولغا ئېلىندى. ئۇ لاگېردا 14 ئاي تۇردى (Kashgar).\n"
          "My brother Relative 12 was taken in 2017; his son was 3 years old.")


def _case(text: str, summary: str = "Layout.") -> interchange.Case:
    return interchange.parse_document({"format": "casefile-interchange", "version": 1, "cases": [{
        "id": "7d1f3a52-0c11-4e0a-9a51-0a00000000f1", "reference": "T-1", "title": "Layout", "status": "open",
        "summary": summary, "persons": [{"key": "applicant", "role": "applicant",
                                          "names": [{"value": "Gulnar Abdurehim", "script": "Latn"}]}],
        "accounts": [{"key": "s", "narrator": "applicant", "language": "ug", "text": text}],
        "events": [], "proceedings": [], "sources": []}]}).cases[0]


def _statement(text: str, kind: str = "witness_statement") -> bytes:
    layout = Layout(kind=kind, profile="court", display={"applicant": "Gulnar Abdurehim", "brother": "Relative 12"})
    return render(_case(text), layout)


def _lines(pdf: bytes) -> list[list[LTChar]]:
    """Characters grouped by page and baseline, each line left to right as drawn."""
    out: dict[tuple[int, float], list[LTChar]] = {}

    def walk(item, page):
        if isinstance(item, LTChar):
            out.setdefault((page, -round(item.matrix[5])), []).append(item)     # the baseline
        for child in getattr(item, "_objs", []) or []:
            walk(child, page)
    for n, page in enumerate(extract_pages(io.BytesIO(pdf))):
        walk(page, n)
    return [sorted(v, key=lambda c: c.x0) for _, v in sorted(out.items())]


def _drawn(line: list[LTChar]) -> str:
    return "".join(c.get_text() for c in line)


def _x(line: list[LTChar], word: str) -> float:
    text = _drawn(line)
    return line[text.index(word)].x0


def test_a_uyghur_paragraph_reads_right_to_left_with_its_number_on_the_right():
    lines = _lines(_statement(UYGHUR))
    first = next(ln for ln in lines if "Relative" in _drawn(ln) and any("Naskh" in c.fontname for c in ln))
    # drawn left to right: (Kashgar) ... 2017 ... Relative 12 ... the first words, then the number '1' at the right
    numbers = [c for c in first if c.get_text() == "1" and "Naskh" not in c.fontname]
    arabic = [c for c in first if "Naskh" in c.fontname]
    assert max(c.x1 for c in numbers) > max(c.x1 for c in arabic) + 10        # the paragraph number, in the right gutter
    assert _x(first, "2017") < _x(first, "Relative")                           # '2017-يىلى' comes after the name
    text = _drawn(first).replace("\u00a0", " ")
    assert "Relative 12" in text                                                # one word, in its own order
    english = next(ln for ln in lines if _drawn(ln).startswith("2."))
    assert _drawn(english).replace("\u00a0", " ").startswith("2.My brother Relative 12 was taken")


def test_a_right_to_left_line_puts_words_numbers_and_brackets_in_reading_order():
    [line] = rtl_lines("ئۇ لاگېردا 14 ئاي تۇردى (Kashgar, 2018).", fonts.SERIF, 10, 1000)
    drawn = plain(line)
    # visual, left to right: the final stop, the bracket opened on the left, English and the year in
    # their own order, then the Uyghur words from the last to the first
    assert drawn.startswith(".(Kashgar, 2018)")
    words = drawn.split()
    assert words.index("تۇردى") < words.index("ئاي") < words.index("14") < words.index("لاگېردا") < words.index("ئۇ")


def test_a_pseudonym_is_never_broken_across_lines_nor_turned_round():
    # words of growing length move 'Relative 12' along the line until it meets the right margin
    english = " ".join(f"{'w' * (k % 11 + 1)} met Relative 12." for k in range(60))
    uyghur = " ".join(f"{'ئ' * (k % 9 + 1)} Relative 12 بىلەن." for k in range(40))
    lines = [_drawn(ln).replace("\u00a0", " ") for ln in _lines(_statement(english + "\n" + uyghur))]
    assert sum(ln.count("Relative 12") for ln in lines) == 100
    assert all(ln.count("Relative") == ln.count("Relative 12") for ln in lines)   # never 'Relative' | '12'
    assert not any("12 Relative" in ln for ln in lines)


def test_poppler_reads_the_pseudonym_and_the_mixed_line_as_written():
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=_statement(UYGHUR),
                          capture_output=True, check=True).stdout.decode("utf-8").replace("\u00a0", " ")
    assert "My brother Relative 12 was taken in 2017; his son was 3 years old." in text
    assert "Relative 12" in text.split("My brother")[0]        # in the Uyghur paragraph too


ORIGINAL = "负责人王建国说：“他要学习两年。”（一）ＡＢＣ１２３ — Ақгүл «Тоқтарова»"


def test_original_language_text_is_printed_as_written():
    """Chinese punctuation and full-width forms are not rewritten (no NFKC in the layout)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=_statement(ORIGINAL),
                          capture_output=True, check=True).stdout.decode("utf-8")
    assert ORIGINAL in " ".join(text.split())
    assert ORIGINAL != unicodedata.normalize("NFKC", ORIGINAL)     # the test would see a rewrite


def test_original_language_text_survives_a_whole_brief():
    from exports.brief import build_brief
    case = _case(ORIGINAL)
    case.consent = interchange.Consent(scopes=["legal_proceedings"])
    pdf = build_brief(case, "witness_statement", "court").pdf
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert ORIGINAL in " ".join(text.split())


def test_a_uyghur_quotation_that_wraps_in_an_english_paragraph_starts_on_the_first_line():
    quote = " ".join(f"سۆز {k}" for k in range(1, 31))
    english = "When the officer came back to the village in the spring he stood in the yard of the house and"
    lines = _lines(_statement(f"{english} said: «{quote}» and then he left the room without another word."))
    body = [ln for ln in lines if any("Naskh" in c.fontname for c in ln)]
    assert len(body) >= 2

    def numbers(line):
        return [int(n) for n in re.findall(r"\d+", _drawn(line).replace("1.When", ""))]
    first = numbers(body[0])
    assert 1 in first and first == sorted(first, reverse=True)       # read right to left, from the start
    assert min(numbers(body[1])) == max(first) + 1                   # the next line goes on from there
    assert "said: «" in _drawn(body[0]) and _drawn(body[-1]).rstrip().endswith("another word.")
