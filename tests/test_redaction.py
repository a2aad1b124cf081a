"""Redaction profiles on the data, before any layout."""
from __future__ import annotations

import pytest

from exports.redaction import (MARKER, ConsentRefused, assign_pseudonyms, check_consent, find_identifiers,
                               redact_case)
from tests import case_factory as cf


def all_text(case) -> str:
    """Every string of a (redacted) case, as layout could print it."""
    return case.model_dump_json()


PROTECTED_COURT = ["Aqan", "Serikuly", "Ақан", "Серікұлы", "阿汗", "Mehmet", "Tursun", "مەخمەت", "تۇرسۇن",
                   "买买提", "吐尔逊", "Zhang", "Liwei", "张立伟", "Tasqoram"]
IDENTIFIERS = [cf.PASSPORT, cf.CN_ID, cf.IIN, "654021 19800101 1234", "138-0013-8000", cf.EMAIL,
               "+7 701 555 0143", "14 Abai Avenue"]


@pytest.fixture
def case():
    return cf.make_case()


def test_court_replaces_every_form_of_protected_names(case):
    red = redact_case(case, "court")
    text = all_text(red.case)
    # the applicant's patronymic contains her father's name; her full name stands in court
    lowered = text.replace("Dina Aqanqyzy", "").replace("Дина Ақанқызы", "").casefold()
    for name in PROTECTED_COURT:
        assert name.casefold() not in lowered, name
    # possessive and inflected forms become the pseudonym, the English possessive stays readable
    assert "Relative 1's neighbours" in red.case.accounts[0].text
    assert "Ақанның" not in text and "Relative 1 телефоны" in red.case.accounts[0].text
    assert "تۇرسۇننىڭ" not in text


def test_court_keeps_applicant_public_figures_and_places(case):
    red = redact_case(case, "court")
    text = all_text(red.case)
    for kept in ["Dina Aqanqyzy", "Дина Ақанқызы", cf.SPOKESMAN, cf.SCHOLAR, "Xinyuan County", "Nilek county",
                 "Khorgas", "Almaty, Kazakhstan", "Ili Kazakh Autonomous Prefecture", "re-education camp"]:
        assert kept in text, kept


def test_shared_family_name_inside_shown_name_is_kept_but_alone_is_redacted():
    d = cf.case_dict()
    d["persons"][0]["names"] = [{"value": "Dina Serikuly", "script": "Latn"}]
    d["summary"] = "Dina Serikuly told us that Serikuly was taken."
    red = redact_case(cf.validate_case(d), "court")
    assert red.case.summary == "Dina Serikuly told us that Relative 1 was taken."


def test_court_identifiers_last_four_phone_email_street_removed(case):
    red = redact_case(case, "court")
    text = all_text(red.case)
    for ident in IDENTIFIERS:
        assert ident not in text, ident
    values = [i.value for i in red.case.persons[0].identifiers]
    assert "\u2022\u2022\u2022\u2022\u20221457" in values          # passport, last four
    assert "Almaty, Kazakhstan" in values                          # address to city and country
    assert not any(i.kind in ("phone", "email") for i in red.case.persons[0].identifiers)
    assert red.case.persons[0].birth_date is None and red.case.persons[0].birth_year == 1980


def test_marked_span_is_a_fixed_marker(case):
    red = redact_case(case, "court")
    assert "Tasqoram" not in red.case.accounts[0].text
    assert f"with my mother in {MARKER}." in red.case.accounts[0].text
    assert any(f.kind == "marked span" and f.text == "Tasqoram village" for f in red.forbidden.strings)


def test_internal_shows_everything_and_highlights_marked_spans(case):
    red = redact_case(case, "internal")
    assert red.case.accounts[0].text.replace("\ue000", "").replace("\ue001", "") == case.accounts[0].text
    assert "\ue000Tasqoram village\ue001" in red.case.accounts[0].text
    assert red.forbidden.strings == []


def test_public_applicant_initials_and_everyone_pseudonymised_but_public_figures(case):
    red = redact_case(case, "public")
    text = all_text(red.case)
    for name in PROTECTED_COURT + ["Dina", "Aqanqyzy", "Дина", "Ақанқызы"]:
        assert name.casefold() not in text.casefold(), name
    assert red.case.persons[0].names[0].value == "D-A-"
    assert cf.SPOKESMAN in text and cf.SCHOLAR in text and "Xinyuan County" in text
    for ident in IDENTIFIERS + ["1457"]:
        assert ident not in text, ident
    assert red.case.persons[0].identifiers == []
    assert all(a.interviewer is None for a in red.case.accounts)


def test_public_named_applicant_needs_public_figure_and_consent():
    d = cf.case_dict()
    d["persons"][0]["public_figure"] = True
    assert redact_case(cf.validate_case(d), "public").case.persons[0].names[0].value == "D-A-"
    d["consent"]["scopes"].append("publish_named")
    assert redact_case(cf.validate_case(d), "public").case.persons[0].names[0].value == "Dina Aqanqyzy"


@pytest.mark.parametrize("profile,scopes,missing", [
    ("court", ["publish_anonymized"], "legal_proceedings"),
    ("public", ["legal_proceedings"], "publish_anonymized"),
])
def test_consent_missing_is_refused_naming_the_scope(profile, scopes, missing):
    case = cf.make_case(consent={"scopes": scopes})
    with pytest.raises(ConsentRefused, match=missing):
        check_consent(case, profile)


def test_withdrawn_consent_is_refused():
    case = cf.make_case(consent={"scopes": ["legal_proceedings"], "withdrawn_on": "2020-01"})
    with pytest.raises(ConsentRefused, match="withdrawn"):
        check_consent(case, "court")
    check_consent(case, "internal")


def test_pseudonyms_stable_across_documents_and_when_a_person_is_added(case):
    first = redact_case(case, "court").pseudonyms
    assert redact_case(case, "public", first).pseudonyms == first
    d = cf.case_dict()
    d["persons"].insert(1, {"id": "0b1e1f0e-0000-4000-8000-000000000099", "key": "sister", "role": "relative",
                            "names": [{"value": "Gulnar Aqanqyzy", "script": "Latn"}], "at_risk": True})
    second = assign_pseudonyms(cf.validate_case(d), first)
    assert {k: second[k] for k in first} == first
    assert second["0b1e1f0e-0000-4000-8000-000000000099"] == "Relative 3"


def test_pseudonym_map_keyed_by_case_key_is_accepted():
    d = cf.case_dict()
    for p in d["persons"]:
        p.pop("id")
    case = cf.validate_case(d)
    got = assign_pseudonyms(case, {"father": "Relative 7", "witness": "Witness C"})
    assert got["father"] == "Relative 7" and got["witness"] == "Witness C" and got["cousin"] == "Relative 8"


@pytest.mark.parametrize("text,found", [
    ("IIN 800101400123.", "800101400123"),
    ("ID 65402119800101123X issued", "65402119800101123X"),
    ("card 654021 19800101 1234 seized", "654021 19800101 1234"),
    ("passport N1234567 kept", "N1234567"),
    ("call +86 (991) 555-0101 today", "+86 (991) 555-0101"),
    ("call 138-0013-8000", "138-0013-8000"),
    ("write to a.b@example.kz now", "a.b@example.kz"),
])
def test_identifiers_in_free_text(text, found):
    assert found in [text[a:b] for a, b, _ in find_identifiers(text)]


def test_a_mobile_number_does_not_make_the_next_number_a_phone():
    text = "call 13800138000 or see passport E62931457"
    assert [(text[a:b], kind) for a, b, kind in find_identifiers(text)] == [("13800138000", "phone"),
                                                                             ("E62931457", "number")]


@pytest.mark.parametrize("text", ["from 2017-2018", "on 2018-11-12", "in 2017 2018 2019", "badge 4471",
                                  "about 9.00 p.m.", "12.03.2019"])
def test_dates_and_short_numbers_are_not_identifiers(text):
    assert find_identifiers(text) == []


def test_log_says_what_was_replaced_where_by_which_rule(case):
    log = redact_case(case, "court").log
    assert any(e.where == "accounts[0].text" and e.rule == "marked span" and e.original == "Tasqoram village"
               for e in log)
    assert any(e.where == "events[1].description" and e.rule.startswith("name") and e.replacement == "Relative 1"
               for e in log)
    assert any(e.rule.startswith("identifier") and "800101400123" in e.original for e in log)
    assert any(e.rule == "identifier in text: phone" and "138-0013-8000" in e.original for e in log)


def test_marked_span_text_is_redacted_wherever_else_it_stands():
    case = cf.make_case(summary="Her mother still lives in Tasqoram  Village near Xinyuan County.")
    red = redact_case(case, "court")
    assert red.case.summary == f"Her mother still lives in {MARKER} near Xinyuan County."


def test_applicant_patronymic_alone_stays_in_court_but_a_longer_protected_name_is_not_hidden_by_it():
    d = cf.case_dict(summary="Aqanqyzy said that Aqan was questioned; Dinara was taken too.")
    d["persons"][3]["names"] = [{"value": "Dinara Bekova", "script": "Latn"}]   # 'Dina' is the applicant's
    red = redact_case(cf.validate_case(d), "court")
    assert red.case.summary == "Aqanqyzy said that Relative 1 was questioned; Relative 2 was taken too."


def test_a_name_given_in_two_scripts_is_not_replaced_by_the_same_pseudonym_twice(case):
    red = redact_case(case, "court")
    assert "Her father Relative 1 remains in Xinjiang" in red.case.summary
    assert "Relative 1 (Relative 1)" not in red.case.summary
    assert "The witness Witness A shared" in red.case.summary


@pytest.mark.parametrize("number", ["138-0013-8000", "8 701 555 01 43"])
def test_a_mobile_number_without_country_code_is_removed_in_court_not_cut_to_four_digits(number):
    d = cf.case_dict()
    d["summary"] = f"Her father's number is {number}; the ID card 654021 19800101 1234 was seized."
    red = redact_case(cf.validate_case(d), "court")
    assert f"Her father's number is {MARKER};" in red.case.summary
    assert "•••••1234" in red.case.summary          # an ID number keeps its last four in court


@pytest.mark.parametrize("written,shown", [
    ("Aqan Serikuly (Ақан Серікұлы, 阿汗·谢热克) stayed.", "Relative 1 stayed."),
    ("Aqan Serikuly (Ақан Серікұлы; in his letters) stayed.", "Relative 1 (in his letters) stayed."),
    ("Aqan Serikuly (Ақан Серікұлы) and Mehmet (Mehmet Tursun) met.", "Relative 1 and Witness A met."),
    ("Aqan Serikuly (Mehmet Tursun's friend) stayed.", "Relative 1 (Witness A's friend) stayed."),
])
def test_spellings_of_one_person_given_together_read_as_one_pseudonym(written, shown):
    assert redact_case(cf.make_case(summary=written), "court").case.summary == shown
