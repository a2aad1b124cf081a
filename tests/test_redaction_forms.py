"""Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF): text pasted from a PDF often carries
Uyghur in the shaped glyph codes rather than the letters. A protected name written that way is
removed by the redactor and found by the verifier; what is kept is printed as it was written.

The presentation forms are made here from the Unicode database's decompositions, not by the
code under test.
"""
from __future__ import annotations

import unicodedata

import pytest

from exports.redaction import redact_case
from exports.verify import verify_pdf
from tests import case_factory as cf
from tests import pdf_plant as plant

_FORMS: dict[tuple[str, str], str] = {}
for _cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
    _parts = unicodedata.decomposition(chr(_cp)).split()
    if len(_parts) == 2 and _parts[0] in ("<isolated>", "<initial>", "<medial>", "<final>"):
        _FORMS.setdefault((chr(int(_parts[1], 16)), _parts[0].strip("<>")), chr(_cp))


def presented(word: str) -> str:
    """``word`` in presentation forms: initial, medial, final by position (isolated where a letter has
    no such form)."""
    out = []
    for i, ch in enumerate(word):
        tag = "isolated" if len(word) == 1 else "initial" if i == 0 else "final" if i == len(word) - 1 else "medial"
        out.append(_FORMS.get((ch, tag)) or _FORMS.get((ch, "isolated")) or ch)
    return "".join(out)


NAME = presented("مەخمەت") + " " + presented("تۇرسۇن")         # the witness, as a PDF copy gives it


def test_the_helper_makes_presentation_forms():
    assert all(0xFB50 <= ord(c) <= 0xFEFF for c in presented("تۇرسۇن"))
    assert unicodedata.normalize("NFKC", presented("تۇرسۇن")) == "تۇرسۇن"


@pytest.mark.parametrize("profile", ["court", "public"])
def test_a_protected_name_in_presentation_forms_is_removed_and_the_rest_printed_as_written(profile):
    summary = f"证人{NAME}签了字，见附件（{presented('تۇرسۇن')}.jpg）。 {presented('تۇرسۇننىڭ')} ئايالى."
    red = redact_case(cf.validate_case(cf.case_dict(summary=summary)), profile)
    w = red.display["person-3"]
    assert red.case.summary == f"证人{w}签了字，见附件（{w}.jpg）。 {w} ئايالى."


def test_a_name_recorded_in_presentation_forms_is_removed_in_plain_letters():
    d = cf.case_dict(summary="The witness مەخمەت تۇرسۇن and Mehmet Tursun signed.")
    d["persons"][2]["names"] = [{"value": NAME, "script": "Arab"}]
    red = redact_case(cf.validate_case(d), "court")
    w = red.display["person-3"]
    assert red.case.summary == f"The witness {w} and {w} signed."


PSEUDONYMS = {"father": "Relative 1", "witness": "Witness A", "cousin": "Relative 2"}


def test_the_verifier_finds_a_name_in_presentation_forms_in_an_annotation():
    data = plant.edited(plant.pages(["Witness A signed."]), plant.add_annotation_text(f"Ask {NAME}"))
    leaks = verify_pdf(data, cf.make_case(), "court", pseudonyms=PSEUDONYMS).leaks
    assert {x.label for x in leaks} == {"name of Witness A"}


def test_the_verifier_finds_a_name_in_presentation_forms_on_the_page():
    clean = verify_pdf(plant.pages(["Witness A signed."]), cf.make_case(), "court", pseudonyms=PSEUDONYMS)
    assert clean.leaks == []
    leaks = verify_pdf(plant.pages([f"The witness {NAME} signed."]), cf.make_case(), "court",
                       pseudonyms=PSEUDONYMS).leaks
    assert {x.label for x in leaks} == {"name of Witness A"}
