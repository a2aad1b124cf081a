"""A patronymic: the applicant's own name holds her protected father's given name ('Aygul Aqanuly',
'Айгүл Ақанқызы', 'ئايگۈل ئاقانقىزى', '阿依古丽·阿汗克孜' with a father 'Aqan').

In court her name is shown in full and stays, in every script, and the independent verifier does
not refuse it; the father's name standing anywhere else is removed by the redactor and, with the
name rule switched off, caught by the verifier. In public her name is her initials, once.
Expected strings are written by hand; PDFs are read back with poppler.
"""
from __future__ import annotations

import shutil
import subprocess

import pytest

from exports.brief import build_brief
from exports.redaction import redact_case
from exports.layout import Layout, render
from exports.verify import verify_pdf
from models.interchange import validate_case
from tests.pdf_plant import pages

APPLICANT = [("Aygul Aqanuly", "Latn"), ("Айгүл Ақанқызы", "Cyrl"), ("ئايگۈل ئاقانقىزى", "Arab"),
             ("阿依古丽·阿汗克孜", "Hans")]
FATHER = [("Aqan", "Latn"), ("Ақан", "Cyrl"), ("ئاقان", "Arab"), ("阿汗", "Hans")]
SHOWN = "Aygul Aqanuly (Айгүл Ақанқызы, ئايگۈل ئاقانقىزى, 阿依古丽·阿汗克孜)"


def case_of(text: str):
    def person(key, names, role, at_risk):
        return {"key": key, "role": role, "at_risk": at_risk,
                "names": [{"value": v, "script": s} for v, s in names]}
    return validate_case({
        "reference": "P-1", "title": "Appeal of Aygul Aqanuly", "status": "open", "opened_on": "2019-01-01",
        "summary": text,
        "persons": [person("applicant", APPLICANT, "applicant", False), person("father", FATHER, "relative", True)],
        "accounts": [{"key": "s1", "narrator": "applicant", "recorded_on": "2019-01-02", "language": "en",
                      "text": "I am Aygul Aqanuly. Мен Айгүл Ақанқызы. مەن ئايگۈل ئاقانقىزى. 我是阿依古丽·阿汗克孜。"}],
        "events": [{"key": "e1", "kind": "detention", "victims": ["applicant"], "start": "2017-10",
                    "place": {"name": "Aqsu", "country": "CN"}, "accounts": ["s1"]}],
        "consent": {"given_on": "2019-01-02", "scopes": ["legal_proceedings", "publish_anonymized"]},
    })


LEAKS = "Her father Aqan stayed. Әкем Ақанның үйінде. ئاتام ئاقان قالدى. 父亲阿汗留下了。"


def poppler(pdf: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")


def test_court_keeps_her_name_in_every_script_and_removes_her_father_elsewhere():
    red = redact_case(case_of(f"{SHOWN} fled. {LEAKS}"), "court")
    father = red.display["person-2"]
    assert red.case.summary == (f"{SHOWN} fled. Her father {father} stayed. Әкем {father} үйінде. "
                                f"ئاتام {father} قالدى. 父亲{father}留下了。")


def test_a_court_brief_with_her_name_is_made_and_shows_it():
    result = build_brief(case_of(f"{SHOWN} fled. {LEAKS}"), "hearing_bundle", "court")
    text = " ".join(poppler(result.pdf).split())
    assert "Aygul Aqanuly" in text and "Айгүл Ақанқызы" in text and "阿依古丽·阿汗克孜" in text


def test_public_shows_her_initials_once_not_her_fathers_pseudonym_for_her_patronymic():
    red = redact_case(case_of(f"{SHOWN} fled. Her father Aqan (Ақан, ئاقان, 阿汗) stayed."), "public")
    assert red.display["person-1"] == "A-A-"
    assert red.case.summary == f"A-A- fled. Her father {red.display['person-2']} stayed."


@pytest.mark.parametrize("leak", ["", *LEAKS.split(". ")])
def test_a_brief_with_her_name_passes_and_her_fathers_name_planted_in_it_is_refused(leak):
    """The redacted case laid out as a brief, with the father's name put back into its summary."""
    case = case_of(f"{SHOWN} fled.")
    red = redact_case(case, "court")
    red.case.summary = f"{red.case.summary} {leak}"
    pdf = render(red.case, Layout(kind="hearing_bundle", profile="court", display=red.display))
    labels = {x.label for x in verify_pdf(pdf, case, "court", pseudonyms=red.pseudonyms).leaks}
    assert labels == ({"name of Relative 1"} if leak else set())


PSEUDONYMS = {"father": "Relative 1"}


@pytest.mark.parametrize("line", ["I am Aygul Aqanuly.", "Мен Айгүл Ақанқызы.", "مەن ئايگۈل ئاقانقىزى.",
                                  "我是阿依古丽·阿汗克孜。", "AYGUL AQANULY's statement.", "Айгүл Ақанқызының арызы."])
def test_the_verifier_passes_her_name_in_each_script(line):
    assert verify_pdf(pages([line]), case_of(""), "court", pseudonyms=PSEUDONYMS).leaks == []


@pytest.mark.parametrize("line", ["My father Aqan stayed.", "Әкем Ақан қалды.", "ئاتام ئاقان قالدى.", "我父亲阿汗。",
                                  "Aqan's house.", "Aygul Aqan signed.", "Aqanuly Aqan signed.",
                                  "Aygul Aqanuly and Aqan.", "Ақанның үйі."])
def test_the_verifier_finds_her_fathers_name_beside_or_outside_her_name(line):
    leaks = verify_pdf(pages([line]), case_of(""), "court", pseudonyms=PSEUDONYMS).leaks
    assert {leak.label for leak in leaks} == {"name of Relative 1"}
