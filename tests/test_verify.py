"""The independent verifier on hand-made PDFs: what a profile removes is found in any spelling the
store would match, and what may stand (names shown in full, places, kept cities) is not refused."""
from __future__ import annotations

import ast
import pathlib

import pytest

import exports.brief as brief_mod
from exports.brief import build_brief
from exports.verify import LeakFound, verify_pdf
from tests import case_factory as cf
from tests.pdf_plant import pages, scrambled

PSEUDONYMS = {"father": "Relative 1", "witness": "Witness A", "cousin": "Relative 2"}


@pytest.fixture(scope="module")
def case():
    return cf.make_case()


def leaks(data: bytes, case, profile: str = "court", **options):
    return verify_pdf(data, case, profile, pseudonyms=PSEUDONYMS, **options).leaks


def labels(data: bytes, case, profile: str = "court", **options) -> set[str]:
    return {leak.label for leak in leaks(data, case, profile, **options)}


def test_a_clean_court_page_with_shown_names_places_and_masked_numbers_passes(case):
    data = pages(["Relative 1 lives in Xinyuan County, Ili Kazakh Autonomous Prefecture, China.",
                  "Dilxat Raxit and Reis Khan spoke about Nilek county and Khorgas.",
                  "Dina Aqanqyzy (Дина Ақанқызы) crossed to Almaty, Kazakhstan. Passport •••••1457.",
                  "Witness A and Relative 2 were held in 2017; D-A- was born in 1980.",
                  "You can reach her through counsel. Born 1980; the hearing is on 3 June 2019."])
    assert leaks(data, case) == []


@pytest.mark.parametrize("line,label", [
    ("Her father Aqan Serikuly stayed behind.", "name of Relative 1"),
    ("AQAN'S house was searched.", "name of Relative 1"),
    ("Ақанның үйі тінтілді.", "name of Relative 1"),                        # Kazakh, with a case ending
    ("Серикулы was taken.", "name of Relative 1"),                          # Russian spelling, not recorded
    ("The witness Mehmet   Tursun signed.", "name of Witness A"),
    ("Memet Tursun signed.", "name of Witness A"),                          # a spelling search finds
    ("Мехмет Турсун signed.", "name of Witness A"),                         # Cyrillic, not recorded
    ("Mеhmеt signed.", "name of Witness A"),                                # Cyrillic е inside Latin
    ("The witness مەخمەت تۇرسۇن signed.", "name of Witness A"),
    ("买 买 提 · 吐 尔 逊 signed.", "name of Witness A"),                        # spaces and a middle dot
    ("My cousin 张 立 伟 worked there.", "name of Relative 2"),
    ("Zhang Liwei worked there.", "name of Relative 2"),
    ("Attached: IMG_20170412_Mehmet.jpg", "name of Witness A"),             # inside a file name
    ("Attached: aqan-serikuly-letter.pdf", "name of Relative 1"),
    ("Write to dina.aqan@example.org today.", "identifier: e-mail address of the applicant"),
    ("IIN 8001 0140 0123 on the form.", "identifier: national id of the applicant"),
    ("Passport E6293 1457 was kept.", "identifier: passport of the applicant"),
    ("Call +7 701 555 0143 after six.", "identifier: phone number of the applicant"),
    ("She lived at 14 Abai Avenue.", "identifier: street address of the applicant"),
    ("Her father's number is 138 0013 8000.", "phone number in account 1"),
    ("Born 01.01.1980 in Xinyuan.", "date of birth of the applicant"),
    ("She was born on 1 January 1980.", "date of birth of the applicant"),
    ("她1980年1月1日出生。", "date of birth of the applicant"),
    ("Every year on 1 January the police call.", "date of birth of the applicant"),   # the birthday alone
    ("She lived in Tasqoram village.", "marked span 1 of account 1"),
    ("She lived in Tasqoram Village.", "marked span 1 of account 1"),
])
def test_what_court_removes_is_found_in_any_spelling(case, line, label):
    assert label in labels(pages([line]), case)


def test_a_day_and_month_of_another_year_is_not_the_birthday(case):
    assert leaks(pages(["On 1 January 2018 the police came; on 1 January 1981 she moved."]), case) == []


def test_the_leak_says_what_and_where_never_the_name(case):
    found = leaks(pages(["Nothing here."], ["Her father Aqan Serikuly stayed behind."]), case)
    assert found and {leak.page for leak in found} == {2}
    assert {leak.label for leak in found} == {"name of Relative 1"}
    assert any("page text" in leak.where for leak in found)
    message = str(LeakFound(found))
    assert "page 2" in message and "name of Relative 1" in message
    assert "Aqan" not in message and "Serikuly" not in message and not any("Aqan" in str(x) for x in found)


def test_without_pseudonyms_people_are_named_by_role(case):
    found = verify_pdf(pages(["Her father Aqan Serikuly stayed behind."]), case, "court").leaks
    assert {leak.label for leak in found} == {"name of relative 1"}


def test_a_name_hyphenated_across_a_page_break_is_found_past_the_running_head(case):
    data = pages(["The one who stayed was my father Seri-"],
                 ["Hearing bundle – court version", "kuly, who is now seventy."])
    found = leaks(data, case)
    assert {(leak.page, leak.label) for leak in found} == {(1, "name of Relative 1")}
    assert all("page break between pages 1 and 2" in leak.where for leak in found)


def test_glyphs_drawn_out_of_reading_order_are_put_back_in_order(case):
    found = leaks(scrambled("Serikuly"), case)
    assert {leak.label for leak in found} == {"name of Relative 1"}
    assert any("reading order" in leak.where for leak in found)


def test_public_removes_the_applicant_in_every_script_and_transliteration(case):
    for line in ("Dina Aqanqyzy spoke.", "Дина Ақанқызы spoke.", "Ms Aqanqyzy spoke.", "مەن دىنا بىلەن"):
        assert "name of the applicant" in labels(pages([line]), case, "public"), line
    assert leaks(pages(["D-A- spoke to Relative 1 and Witness A."]), case, "public") == []


def test_an_anonymity_order_removes_the_applicant_in_court(case):
    data = pages(["Statement of truth: Dina Aqanqyzy"])
    assert leaks(data, case) == []
    # her patronymic holds her father's name: once her name may not stand, neither may his
    assert labels(data, case, anonymity_order=True) == {"name of the applicant", "name of Relative 1"}


def test_internal_removes_nothing(case):
    data = pages(["Aqan Serikuly, E62931457, dina.aqan@example.org, Tasqoram village"])
    report = verify_pdf(data, case, "internal")
    assert report.leaks == [] and report.forms == 0


def test_an_unknown_profile_is_refused(case):
    with pytest.raises(ValueError, match="unknown profile 'press'"):
        verify_pdf(pages(["x"]), case, "press")


# --- no false refusals ------------------------------------------------------------------------

def test_the_patronymic_in_the_applicants_shown_name_is_not_a_leak_in_any_script(case):
    data = pages(["Dina Aqanqyzy (Дина Ақанқызы) gave evidence.", "Ms Aqanqyzy's account; Ақанқызының куәлігі.",
                  "دىنا ئاقانقىزى", "Narrator: Dina Aqanqyzy; recorded 2018"])
    assert leaks(data, case) == []
    assert labels(pages(["Aqan gave evidence."]), case) == {"name of Relative 1"}


def test_a_city_kept_from_a_removed_address_is_not_a_leak():
    d = cf.case_dict()
    d["persons"][0]["identifiers"] = [{"kind": "address", "value": "Abai Avenue 14, Almaty, Kazakhstan"}]
    d["persons"][2]["names"] = [{"value": "Almaty", "script": "Latn"}]      # a witness who shares the city's name
    case = cf.validate_case(d)
    assert leaks(pages(["Address: Almaty, Kazakhstan"]), case) == []
    assert labels(pages(["Address: Abai Avenue 14, Almaty, Kazakhstan"]), case) == {
        "identifier: street address of the applicant"}
    assert labels(pages(["Almaty told the police."]), case) == {"name of Witness A"}


def test_public_removes_the_street_but_a_city_in_running_text_is_not_a_leak():
    """Public removes an address whole (city too) from the identifier; the city is no name, so the same
    city in a narrative ('reached Almaty') stays and is not refused."""
    d = cf.case_dict()
    d["persons"][0]["identifiers"] = [{"kind": "address", "value": "14 Abai Avenue, Almaty, Kazakhstan"}]
    case = cf.validate_case(d)
    assert leaks(pages(["D-A- reached Almaty, Kazakhstan, in 2018."]), case, "public") == []
    assert labels(pages(["D-A- lived at 14 Abai Avenue."]), case, "public") == {
        "identifier: street address of the applicant"}


def test_a_protected_name_that_is_also_a_place_stands_in_the_longer_place_phrase():
    d = cf.case_dict()
    d["persons"][1]["names"] = [{"value": "Altay", "script": "Latn"}, {"value": "Алтай", "script": "Cyrl"}]
    d["events"][0]["place"] = {"name": "Altay Prefecture", "country": "CN"}
    case = cf.validate_case(d)
    assert leaks(pages(["Held in Altay Prefecture, China.", "Алтай Prefecture"]), case) == []
    for line in ("Altay told me to leave.", "ALTAY's house.", "Алтайдың үйі."):
        assert labels(pages([line]), case) == {"name of Relative 1"}, line


def test_a_family_name_shared_with_the_shown_applicant_is_found_alone_but_not_in_her_name():
    d = cf.case_dict()
    d["persons"][0]["names"] = [{"value": "Dina Nurdaulet", "script": "Latn"}]
    d["persons"][1]["names"] = [{"value": "Гүлнар Нұрдәулет", "script": "Cyrl"}]
    case = cf.validate_case(d)
    assert leaks(pages(["Xinyuan County, CNDina Nurdaulet", "Narrator: Dina Nurdaulet"]), case) == []
    for leaked in ("Gulnar Nurdaulet", "Гүлнар Нұрдәулет", "Nurdaulet was taken"):
        assert labels(pages([leaked]), case) == {"name of Relative 1"}, leaked


def test_short_names_are_matched_as_words_only():
    d = cf.case_dict()
    d["persons"][3]["names"] = [{"value": "Li Wei", "script": "Latn"}]
    case = cf.validate_case(d)
    assert leaks(pages(["We were told we would live in Wei County, said the liaison officer."]), case) != []
    assert leaks(pages(["We were told we would leave, said the liaison officer."]), case) == []
    assert labels(pages(["Li was taken."]), case) == {"name of Relative 2"}


# --- independence -----------------------------------------------------------------------------

VERIFIER = ["exports/verify.py", "exports/verify_fold.py", "exports/verify_forms.py", "exports/pdf_raw.py",
            "exports/pdf_scan.py"]


def test_the_verifier_imports_nothing_of_the_redactor_the_name_model_or_search():
    root = pathlib.Path(__file__).resolve().parents[1]
    for path in VERIFIER:
        tree = ast.parse((root / path).read_text())
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not imported & {"exports.redaction", "models.names", "storage.search", "anyascii"}, path
        assert not any(m and (m.startswith(("exports.redaction", "exports.name"))) for m in imported)


def test_a_spelling_the_redaction_did_not_remove_is_caught_in_the_brief(monkeypatch):
    """A brother recorded in Cyrillic under the default script 'Latin' (issue 12): whatever the
    redactor makes of that, the narrative's 'Baurzhan' must not reach a saved brief."""
    d = cf.case_dict()
    d["persons"].append({"key": "brother", "role": "relative", "names": [{"value": "Бауыржан", "script": "Latn"}],
                         "at_risk": True, "relation": {"to": "applicant", "kind": "brother"}})
    case = cf.validate_case(d)
    real = brief_mod.render

    def as_the_old_redactor_left_it(redacted, layout):
        redacted.summary += " My younger brother Baurzhan stayed behind."
        return real(redacted, layout)
    monkeypatch.setattr(brief_mod, "render", as_the_old_redactor_left_it)
    with pytest.raises(LeakFound) as err:
        build_brief(case, "public_summary", "court")
    assert any(leak.label == "name of Relative 3" and leak.page == 1 for leak in err.value.leaks)
    assert "Baurzhan" not in str(err.value)
