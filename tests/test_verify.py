"""The leak check on PDFs made directly with ReportLab, outside the brief builder."""
from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from exports import fonts
from exports.redaction import forbidden_for
from exports.typeset import markup
from exports.verify import check_pdf
from tests import case_factory as cf


@pytest.fixture(scope="module")
def court():
    return forbidden_for(cf.make_case(), "court")


def pdf(pages: list[list[str]], *, title: str = "Brief", outline: str | None = None, link: str | None = None,
        shaped: bool = False) -> bytes:
    """A PDF with one line of text per entry, written the way a careless tool would."""
    fonts.register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    style = ParagraphStyle("x", fontName=fonts.SERIF, fontSize=11, leading=14, shaping=int(shaped))
    for n, lines in enumerate(pages):
        y = 780
        for line in lines:
            p = Paragraph(markup(line), style)
            p.wrapOn(c, 450, 100)
            p.drawOn(c, 60, y)
            y -= 18
        if outline and n == 0:
            c.bookmarkPage("p0")
            c.addOutlineEntry(outline, "p0", 0)
        if link and n == 0:
            c.linkURL(link, (60, 60, 200, 80))
        c.showPage()
    c.save()
    return buf.getvalue()


def test_clean_pdf_with_public_figures_and_places_passes(court):
    data = pdf([["Relative 1 lives in Xinyuan County, Ili Kazakh Autonomous Prefecture.",
                 f"{cf.SPOKESMAN} and {cf.SCHOLAR} spoke about Nilek county and Khorgas.",
                 "Dina Aqanqyzy (Дина Ақанқызы) crossed to Almaty, Kazakhstan. Passport •••••1457."]])
    assert check_pdf(data, court) == []


def test_name_on_second_page_is_found_with_its_page(court):
    data = pdf([["Nothing here."], ["Her father Aqan Serikuly stayed behind."]])
    leaks = check_pdf(data, court)
    assert leaks and {leak.page for leak in leaks} == {2}
    assert {leak.where for leak in leaks} >= {"page text (pypdf)", "page text (pdfminer)"}
    assert all(leak.label == "name of Relative 1" for leak in leaks)
    assert "Aqan" not in str(leaks[0])      # the message names the rule, not the name


@pytest.mark.parametrize("lines", [
    ["The father Ser-", "ikuly stayed behind."],            # hyphen at a line break
    ["AQAN'S house was searched."],                        # case, possessive
    ["Ақанның үйі тінтілді."],                              # Kazakh inflection
    ["Mehmet   Tursun signed."],                            # white space
    ["My cousin 张立伟 worked there."],                      # Chinese
    ["The file aqan-serikuly-letter.pdf is attached."],
    ["Reach her at dina.aqan@example.org."],
    ["IIN 8001 0140 0123 on the form."],                    # identifier, other grouping
    ["She lived in Tasqoram village."],                     # marked span
])
def test_leaks_in_page_text_are_found(court, lines):
    assert check_pdf(pdf([lines]), court)


def test_shaped_uyghur_name_is_found_whatever_order_the_extractor_returns(court):
    data = pdf([["The witness signs his name مەخمەت تۇرسۇن here."]], shaped=True)
    leaks = check_pdf(data, court)
    assert {leak.where for leak in leaks} >= {"page text (pypdf)", "page text (pdfminer)"}
    assert all(leak.label == "name of Witness A" for leak in leaks)


def test_leaks_in_document_info_bookmarks_and_links_are_found(court):
    leaks = check_pdf(pdf([["clean"]], title="Statement of Mehmet Tursun"), court)
    assert [leak.where for leak in leaks] == ["document info /Title"]
    leaks = check_pdf(pdf([["clean"]], outline="Account of Aqan Serikuly"), court)
    assert [leak.where for leak in leaks] == ["bookmarks"]
    leaks = check_pdf(pdf([["clean"]], link="https://example.org/aqan-serikuly"), court)
    assert [(leak.where, leak.page) for leak in leaks] == [("annotation", 1)]


def test_incremental_update_is_reported(court):
    import pypdf
    data = pdf([["clean"]])
    writer = pypdf.PdfWriter(io.BytesIO(data), incremental=True)
    writer.add_metadata({"/Subject": "edited"})
    out = io.BytesIO()
    writer.write(out)
    leaks = check_pdf(out.getvalue(), court)
    assert [leak.kind for leak in leaks] == ["structure"]


def test_place_name_containing_a_protected_part_is_not_a_leak():
    d = cf.case_dict()
    d["persons"][1]["names"] = [{"value": "Xin Ili", "script": "Latn"}]   # parts that are also place words
    forbidden = forbidden_for(cf.validate_case(d), "court")
    assert check_pdf(pdf([["Held in Xinyuan County in the Ili Kazakh Autonomous Prefecture."]]), forbidden) == []
    assert check_pdf(pdf([["Xin Ili was taken."]]), forbidden)


def cells(rows: list[tuple[str, str]]) -> bytes:
    """Two table cells on one baseline, as a brief's tables print them: separate strings, no space."""
    fonts.register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(fonts.SERIF, 10)
    for i, (left, right) in enumerate(rows):
        c.drawString(60, 780 - 16 * i, left)
        c.drawString(60 + c.stringWidth(left, fonts.SERIF, 10) + 24, 780 - 16 * i, right)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def shared_family_name():
    """The applicant and her mother share a family name; only the mother is protected in court."""
    d = cf.case_dict()
    d["persons"][0]["names"] = [{"value": "Dina Nurdaulet", "script": "Latn"}]
    d["persons"][1]["names"] = [{"value": "Гүлнар Нұрдәулет", "script": "Cyrl"}]
    return forbidden_for(cf.validate_case(d), "court")


def test_a_shared_family_name_in_the_shown_name_is_not_a_leak_even_when_cells_run_together(shared_family_name):
    data = cells([("Xinyuan County, CN", "Dina Nurdaulet"), ("Narrator:", "Dina Nurdaulet; recorded 2018")])
    assert check_pdf(data, shared_family_name) == []
    # the mother's own name, in either script, in the same place, is still found
    for leaked in ("Gulnar Nurdaulet", "Гүлнар Нұрдәулет", "Nurdaulet"):
        leaks = check_pdf(cells([("Xinyuan County, CN", leaked)]), shared_family_name)
        assert {leak.label for leak in leaks} == {"name of Relative 1"}, leaked
