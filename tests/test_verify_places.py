"""check-pdf reads everything in the file: one leak planted in each place a hand edit can leave one."""
from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfWriter
from pypdf.generic import NameObject

from exports.verify import verify_pdf
from tests import case_factory as cf
from tests import pdf_plant as plant

PSEUDONYMS = {"father": "Relative 1", "witness": "Witness A", "cousin": "Relative 2"}
CLEAN = ["Relative 1 stayed in Xinyuan County.", "Witness A shared the cell block with Dina Aqanqyzy."]


@pytest.fixture(scope="module")
def case():
    return cf.make_case()


def found(data: bytes, case) -> list[tuple[int | None, str, str]]:
    return [(x.page, x.where, x.label) for x in verify_pdf(data, case, "court", pseudonyms=PSEUDONYMS).leaks]


def test_the_clean_page_passes(case):
    assert found(plant.pages(CLEAN), case) == []


def _only(leaks, label: str, where: str) -> None:
    assert leaks, "the planted leak was not found"
    assert {x[2] for x in leaks} == {label}
    assert any(where in x[1] for x in leaks), [x[1] for x in leaks]


def test_document_info(case):
    data = plant.edited(plant.pages(CLEAN), lambda w: w.add_metadata({"/Author": "Aqan Serikuly"}))
    _only(found(data, case), "name of Relative 1", "document info")


def test_xmp(case):
    data = plant.edited(plant.pages(CLEAN), plant.add_xmp("Mehmet Tursun"))
    _only(found(data, case), "name of Witness A", "XMP metadata")


def test_bookmark(case):
    data = plant.edited(plant.pages(CLEAN), lambda w: w.add_outline_item(title="Account of Aqan Serikuly", page_number=0))
    _only(found(data, case), "name of Relative 1", "bookmark")


def test_named_destination(case):
    data = plant.edited(plant.pages(CLEAN), lambda w: w.add_named_destination("Mehmet_Tursun", 0))
    _only(found(data, case), "name of Witness A", "named destination")


def test_javascript(case):
    data = plant.edited(plant.pages(CLEAN), plant.add_javascript("app.alert('Zhang Liwei');"))
    _only(found(data, case), "name of Relative 2", "JavaScript")


def test_page_label(case):
    data = plant.edited(plant.pages(CLEAN), lambda w: w.set_page_label(0, 0, prefix="Serikuly-"))
    _only(found(data, case), "name of Relative 1", "page label")


def test_annotation_contents(case):
    data = plant.edited(plant.pages(CLEAN), plant.add_annotation_text("Ask Aqan Serikuly"))
    _only(found(data, case), "name of Relative 1", "annotation")


def test_text_shown_only_by_an_annotation_appearance(case):
    data = plant.edited(plant.pages(CLEAN), plant.add_annotation_appearance("Mehmet Tursun"))
    leaks = found(data, case)
    _only(leaks, "name of Witness A", "annotation or form field shown on the page")
    assert any(page == 1 for page, _, _ in leaks)


@pytest.mark.parametrize("utf16", [False, True])
def test_form_field_value(case, utf16):
    data = plant.edited(plant.pages(CLEAN), plant.add_form_field("Тұрсын Мехмет", hex_utf16=utf16))
    _only(found(data, case), "name of Witness A", "form field value")


def test_embedded_file_name_and_contents(case):
    def attach(w: PdfWriter):
        w.add_attachment("aqan-serikuly.txt", b"notes")
        w.add_attachment("notes.txt", b"Mehmet Tursun called on 12 May.")
    leaks = found(plant.edited(plant.pages(CLEAN), attach), case)
    assert ("name of Relative 1", True) in {(x[2], "embedded file name" in x[1]) for x in leaks}
    assert ("name of Witness A", True) in {(x[2], "embedded file contents" in x[1]) for x in leaks}


def test_a_pdf_embedded_in_the_pdf_is_checked_too(case):
    inner = plant.pages(["Her father Aqan Serikuly stayed behind."])
    data = plant.edited(plant.pages(CLEAN), lambda w: w.add_attachment("exhibit.pdf", inner))
    _only(found(data, case), "name of Relative 1", "embedded PDF")


def test_an_object_nothing_references(case):
    data = plant.raw_pdf([b"<< /Note (Mehmet Tursun) >>"])
    _only(found(data, case), "name of Witness A", "object 5")


def test_a_compressed_drawing_no_page_shows(case):
    data = plant.raw_pdf([plant.flate_stream(b"BT /F1 12 Tf 60 700 Td (Aqan Serikuly) Tj ET")])
    _only(found(data, case), "name of Relative 1", "drawing that no page shows")


def test_hex_strings_are_read(case):
    data = plant.raw_pdf([b"<< /V <FEFF" + "Мехмет".encode("utf-16-be").hex().encode() + b"> >>"])
    _only(found(data, case), "name of Witness A", "form field value")


def test_an_earlier_revision_holds_what_the_last_one_removed(case):
    data = plant.pages(["Her father Aqan Serikuly stayed behind."])

    def blank(w: PdfWriter):
        w.pages[0][NameObject("/Contents")] = plant._stream(w, b"")
    updated = plant.edited(data, blank, incremental=True)
    report = verify_pdf(updated, case, "court", pseudonyms=PSEUDONYMS)
    assert report.revisions == 2
    assert {x.label for x in report.leaks} == {"name of Relative 1"}
    assert all("earlier version 1 of the file" in x.where for x in report.leaks if x.page)


def test_a_page_that_is_only_a_picture_is_reported_not_checkable(case):
    report = verify_pdf(plant.image_only(), case, "court")
    assert report.leaks == []
    assert len(report.uncheckable) == 1 and report.uncheckable[0].startswith("page 1 shows pictures but no text")
    assert verify_pdf(plant.pages(CLEAN), case, "court").uncheckable == []


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf is not installed")
def test_a_clean_linearised_pdf_has_one_revision_and_an_update_to_it_is_seen(case, tmp_path):
    src, lin = tmp_path / "a.pdf", tmp_path / "lin.pdf"
    src.write_bytes(plant.pages(CLEAN, ["Page two"]))
    subprocess.run(["qpdf", "--linearize", str(src), str(lin)], check=True)
    data = lin.read_bytes()
    report = verify_pdf(data, case, "court", pseudonyms=PSEUDONYMS)
    assert report.revisions == 1 and report.leaks == [] and report.pages == 2
    updated = plant.edited(data, lambda w: w.add_metadata({"/Subject": "edited"}), incremental=True)
    assert verify_pdf(updated, case, "court").revisions == 2


def test_a_brief_of_our_own_has_one_revision_no_xmp_and_passes(case):
    from exports.brief import build_brief, verify_brief

    result = build_brief(case, "public_summary", "court", pseudonyms=PSEUDONYMS)
    report = verify_pdf(result.pdf, case, "court", pseudonyms=result.pseudonyms)
    assert report.leaks == [] and report.revisions == 1 and not report.has_xmp and report.uncheckable == []
    with_xmp = plant.edited(result.pdf, plant.add_xmp("casefile"))
    assert [x.label for x in verify_brief(with_xmp, case, "court", pseudonyms=result.pseudonyms)] == [
        "the file has XMP metadata"]


def test_pages_of_the_report(case):
    report = verify_pdf(io.BytesIO(plant.pages(CLEAN, CLEAN, CLEAN)).getvalue(), case, "court")
    assert report.pages == 3 and report.forms > 20
