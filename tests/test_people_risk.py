"""At risk once, protected everywhere: a relative at risk in case A, linked to the same person in
case B where the flag is not set, is kept out of B's briefs; unlinked again, B's briefs name him."""
from __future__ import annotations

import io

import pypdf
import pytest

from storage import briefs, cases, people
from tests.factory import case_dict

BROTHER = ["Serik Nurlanuly", "Серік Нұрланұлы", "سېرىك نۇرلان ئوغلى", "赛力克"]


def _person(at_risk: bool, public_figure: bool) -> dict:
    return {"key": "brother", "role": "relative", "at_risk": at_risk, "public_figure": public_figure,
            "relation": {"to": "applicant", "kind": "brother"},
            "names": [{"value": BROTHER[0], "script": "Latn"}, {"value": BROTHER[1], "script": "Cyrl"},
                      {"value": BROTHER[2], "script": "Arab"}, {"value": BROTHER[3], "script": "Hans"}]}


def _case(reference: str, brother: dict) -> dict:
    data = case_dict(reference)
    data["persons"] = [data["persons"][0], brother]
    data["summary"] = "Her brother Serik Nurlanuly (Серік Нұрланұлы, 赛力克) was questioned in Ghulja."
    data["consent"] = {"given_on": "2019-03-02", "scopes": ["legal_proceedings", "publish_anonymized"]}
    return data


@pytest.fixture
def two_cases(store):
    from models.interchange import validate_case
    with store.write() as s:
        cases.save_case(s, store, validate_case(_case("A-1", _person(at_risk=True, public_figure=False))))
        # In B the brother is a public figure and not at risk: on his own, B's briefs name him.
        cases.save_case(s, store, validate_case(_case("B-1", _person(at_risk=False, public_figure=True))))
        a, b = people.resolve(s, "A-1/brother"), people.resolve(s, "B-1/brother")
    return a, b


def _text(store, profile: str) -> str:
    prepared = briefs.prepare(store, "B-1", briefs.BriefOptions(profile=profile))
    reader = pypdf.PdfReader(io.BytesIO(prepared.result.pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _spellings_in(text: str) -> list[str]:
    folded = text.casefold()
    found = [n for n in BROTHER if n.casefold() in folded]
    found += [w for w in ("serik", "nurlanuly", "серік", "нұрланұлы", "赛力克") if w in folded]
    return found


@pytest.mark.parametrize("profile", ["court", "public"])
def test_linked_to_a_person_at_risk_he_is_pseudonymised_and_named_again_when_unlinked(store, two_cases, profile):
    a, b = two_cases
    assert _spellings_in(_text(store, profile)) != []  # not linked: B names him

    with store.write() as s:
        people.link(s, store, a, b)
        assert people.protected_elsewhere(s, cases.get_case(s, "B-1").id) == {b: ["A-1"]}
    text = _text(store, profile)
    assert _spellings_in(text) == []
    assert "Relative 1" in text

    with store.read() as s:  # the stored case is not changed
        assert [p.at_risk for p in cases.get_case(s, "B-1").persons] == [False, False]

    with store.write() as s:
        people.unlink(s, store, b)
    assert "Serik Nurlanuly" in _text(store, profile)


def test_the_leak_check_treats_him_as_at_risk_too(store, two_cases, tmp_path):
    """A court brief of B made before the link names him; checked after the link, it leaks."""
    a, b = two_cases
    named = briefs.prepare(store, "B-1", briefs.BriefOptions(profile="court"))
    pdf = tmp_path / "named.pdf"
    pdf.write_bytes(named.result.pdf)
    assert briefs.check_pdf(store, "B-1", pdf, "court")[1].leaks == []
    with store.write() as s:
        people.link(s, store, a, b)
    _case_checked, report = briefs.check_pdf(store, "B-1", pdf, "court")
    assert report.leaks != []


def test_a_person_at_risk_in_the_same_case_only_protects_nobody_elsewhere(store, two_cases):
    with store.read() as s:
        assert people.protected_elsewhere(s, cases.get_case(s, "A-1").id) == {}
        assert people.protected_elsewhere(s, cases.get_case(s, "B-1").id) == {}
