"""Dates of birth in text, marked spans, names that are places, anonymity orders, no false refusals.

Briefs are read back with poppler's pdftotext (not with the project's own extraction), and the
expected strings are written by hand.
"""
from __future__ import annotations

import shutil
import subprocess

import pytest

from exports.brief import Exhibit, build_brief
from exports.layout import Layout, render
from exports.redaction import MARKER, redact_case
from tests import case_factory as cf


def pages(pdf: bytes) -> list[str]:
    """The text of each page, as poppler reads it."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    # -raw: content order, and no joining of a line that ends in a hyphen ('D-A-') with the next
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "fd://0", "-"], input=pdf, capture_output=True,
                         check=True).stdout.decode("utf-8")
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def flat(pdf: bytes) -> str:
    return " ".join(" ".join(pages(pdf)).split())


def with_summary(summary: str, **person_changes) -> dict:
    d = cf.case_dict(summary=summary)
    d["persons"][1].update(person_changes)      # the father, at risk: 'Relative 1'
    return d


# --- dates of birth ------------------------------------------------------------------------

@pytest.mark.parametrize("written,shown", [
    ("born 15.03.1948 in Ghulja", "born in 1948 in Ghulja"),
    ("born 15/03/1948 in Ghulja", "born in 1948 in Ghulja"),
    ("born 15-3-1948 in Ghulja", "born in 1948 in Ghulja"),
    ("born 1948-03-15 in Ghulja", "born in 1948 in Ghulja"),
    ("born 03/15/1948 in Ghulja", "born in 1948 in Ghulja"),
    ("born 15 March 1948 in Ghulja", "born in 1948 in Ghulja"),
    ("born 15th of March, 1948 in Ghulja", "born in 1948 in Ghulja"),
    ("born March 15, 1948 in Ghulja", "born in 1948 in Ghulja"),
    ("born on Mar 15th 1948 in Ghulja", "born in 1948 in Ghulja"),
    ("On the 15th of March, 1948 he was born", "In 1948 he was born"),
    ("Date of birth: 15.03.1948.", "Date of birth: 1948."),
    ("родился 15 марта 1948 года в Кульдже", "родился в 1948 году в Кульдже"),
    ("с 15 марта 1948 года", "с 1948 года"),
    ("Дата рождения: 15 марта 1948 г.", "Дата рождения: 1948 г."),
    ("1948 жылғы 15 наурызда туған", "1948 жылы туған"),
    ("1948 жылы 15 наурыздан бері", "1948 жылдан бері"),
    ("15 наурыз 1948 туған", "1948 жылы туған"),
    ("15 наурыз 1948 ж. туған", "1948 ж. туған"),
    ("1948年3月15日出生", "1948年出生"),
    ("一九四八年三月十五日出生", "一九四八年出生"),
    ("родился 15.III.1948 г. в Кульдже", "родился в 1948 г. в Кульдже"),
    ("15 Mart 1948 doğumlu", "1948 doğumlu"),
    ("1948-يىلى 3-ئاينىڭ 15-كۈنى تۇغۇلغان", "1948-يىلى تۇغۇلغان"),
    # day and month alone of a protected birthday: with the year printed elsewhere, that is the date
    ("ол 15 наурызда туған", f"ол {MARKER} туған"),
    ("his birthday, 15 March, passed", f"his birthday, {MARKER}, passed"),
    ("生日是3月15日", f"生日是{MARKER}"),
])
@pytest.mark.parametrize("profile", ["court", "public"])
def test_a_protected_date_of_birth_in_running_text_becomes_the_year(written, shown, profile):
    case = cf.validate_case(with_summary(written, birth_date="1948-03-15"))
    red = redact_case(case, profile)
    assert red.case.summary == shown
    assert red.case.persons[1].birth_year == 1948 and red.case.persons[1].birth_date is None
    assert redact_case(case, "internal").case.summary == written


@pytest.mark.parametrize("text", ["on 15 March 2019 the police came", "on 16.03.1948", "15.03 p.m.",
                                  "in March 1948 the war", "1948-03-16", "the 15th of April"])
def test_other_dates_stay(text):
    case = cf.validate_case(with_summary(text, birth_date="1948-03-15"))
    assert redact_case(case, "court").case.summary == text


def test_a_birth_date_known_to_the_month_is_cut_to_the_year_in_text():
    case = cf.validate_case(with_summary("born in March 1948 and 03.1948", birth_date="1948-03"))
    assert redact_case(case, "court").case.summary == "born in 1948 and 1948"


def test_dates_of_birth_are_gone_from_the_pdf_and_the_log_says_so():
    text = ("Her father was born on 15.03.1948 (15 March 1948; 15 марта 1948 г.; 1948年3月15日). "
            "Every year on 15 наурызда the police visit him.")
    case = cf.validate_case(with_summary(text, birth_date="1948-03-15"))
    result = build_brief(case, "hearing_bundle", "court")
    got = flat(result.pdf)
    for form in ("15.03.1948", "15 March 1948", "15 марта", "3月15日", "15 наурыз", "1948-03-15"):
        assert form not in got, form
    assert "Her father was born in 1948 (1948; 1948 г.; 1948年)." in got
    assert "Every year on [REDACTED] the police visit him." in got
    rules = {(e.rule, e.original) for e in result.log}
    assert ("date of birth: year only", "15 March 1948") in rules
    assert ("date of birth: day and month", "15 наурызда") in rules


# --- marked spans ----------------------------------------------------------------------------

def marked_case(summary: str, marked: str = "Aqsu", account: str = "We lived in Aqsu before the camps.") -> dict:
    d = cf.case_dict(summary=summary)
    start = account.index(marked)
    d["accounts"][1]["text"] = account
    d["accounts"][1]["redactions"] = [{"start": start, "end": start + len(marked), "reason": "village"}]
    return d


@pytest.mark.parametrize("summary,shown", [
    ("She stayed in Aqsuda; Aqsudan she fled.", f"She stayed in {MARKER}; {MARKER} she fled."),
    ("AQSU's market; aqsu-da; Aksu town", f"{MARKER}'s market; {MARKER}-da; {MARKER} town"),
    ("Ақсуда тұрды, Ақсудан кетті.", f"{MARKER} тұрды, {MARKER} кетті."),
    ("photo IMG_aqsu_2018.jpg", f"photo IMG_{MARKER}_2018.jpg"),
    # not an ending: a different place
    ("Aqsuat is another town", "Aqsuat is another town"),
])
def test_a_marked_span_is_removed_wherever_it_stands_with_endings_and_in_other_scripts(summary, shown):
    red = redact_case(cf.validate_case(marked_case(summary)), "court")
    assert red.case.summary == shown
    assert red.case.accounts[1].text == f"We lived in {MARKER} before the camps."


@pytest.mark.parametrize("marked,account", [
    ("Ақсу", "Біз Ақсу ауылында тұрдық."),
    ("ئاقسۇ", "بىز ئاقسۇ يېزىسىدا تۇردۇق."),
])
@pytest.mark.parametrize("written", ["Aqsu", "Aksu", "AKSU", "Аксу", "Aqsudan", "Ақсудағы", "Aqsu's", "ئاقسۇدا"])
def test_a_mark_in_one_script_removes_the_other_spellings(marked, account, written):
    d = marked_case(f"She came from {written} last year.", marked, account)
    shown = redact_case(cf.validate_case(d), "public").case.summary
    assert shown in (f"She came from {MARKER} last year.", f"She came from {MARKER}'s last year.")


def test_a_marked_span_in_arabic_script_with_a_uyghur_ending_is_removed_not_refused():
    account = "بىز ئاقسۇ يېزىسىدا تۇردۇق."
    d = marked_case("The family is from ئاقسۇدا and ئاقسۇدىن came.", "ئاقسۇ", account)
    d["accounts"][1]["language"] = "ug"
    result = build_brief(cf.validate_case(d), "hearing_bundle", "court")     # no LeakFound
    got = flat(result.pdf)
    assert "ئاقسۇ" not in got and "ۇسقائ" not in got
    assert "The family is from [REDACTED] and [REDACTED] came." in got


def test_a_marked_phrase_is_found_across_spaces_and_case():
    d = marked_case("Tasqoram  VILLAGE-dan she fled", "Tasqoram village",
                    "My mother lives in Tasqoram village.")
    assert redact_case(cf.validate_case(d), "court").case.summary == f"{MARKER}-dan she fled"


# --- a protected name that is also a place ----------------------------------------------------

def altay_case() -> dict:
    d = cf.case_dict(summary="Altay told the police nothing. ALTAY's phone was taken in Altay Prefecture.")
    d["persons"][1]["names"] = [{"value": "Altay Serikuly", "script": "Latn"}]
    d["events"][0]["place"]["admin"] = "Altay Prefecture"
    d["events"][1]["place"] = {"name": "Altay", "country": "CN"}
    d["events"][1]["description"] = "Police visited Altay at home."
    return d


def test_a_name_that_is_also_a_place_is_removed_in_text_and_kept_in_place_fields():
    red = redact_case(cf.validate_case(altay_case()), "court")
    assert red.case.summary == "Relative 1 told the police nothing. Relative 1's phone was taken in Altay Prefecture."
    assert red.case.events[1].description == "Police visited Relative 1 at home."
    assert red.case.events[1].place.name == "Altay" and red.case.events[0].place.admin == "Altay Prefecture"
    logged = [(e.where, e.original) for e in red.log if e.rule == "name that is also a place"]
    assert ("summary", "Altay") in logged and ("summary", "ALTAY") in logged
    assert ("events[1].description", "Altay") in logged


def test_a_name_that_is_also_a_place_in_the_pdf():
    red = redact_case(cf.validate_case(altay_case()), "court")
    got = flat(render(red.case, Layout(kind="hearing_bundle", profile="court", display=red.display)))
    assert "Relative 1 told the police nothing. Relative 1's phone was taken in Altay Prefecture." in got
    assert "Altay told" not in got and "ALTAY" not in got
    assert "Altay, China" in got           # the chronology prints the event's place as recorded


def test_a_brief_that_prints_a_place_named_like_a_protected_person_is_not_refused():
    build_brief(cf.validate_case(altay_case()), "hearing_bundle", "court")


# --- anonymity order -------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["hearing_bundle", "witness_statement"])
def test_an_anonymity_order_shows_the_applicant_by_initials_on_every_page(kind):
    case = cf.make_case()
    result = build_brief(case, kind, "court", anonymity_order=True)
    texts = pages(result.pdf)
    assert len(texts) >= 2
    for i, text in enumerate(texts):
        for name in ("Dina", "Aqanqyzy", "Дина", "Ақанқызы"):
            assert name not in text, (name, i + 1)
    got = flat(result.pdf)
    assert "ANONYMITY ORDER MADE" in got and "Name: D-A-" in got        # statement of truth
    if kind == "hearing_bundle":
        assert "Applicant: D-A-" in got and "Asylum appeal of D-A- after illegal border crossing" in got
    else:
        assert "Witness statement of D-A-" in got


def test_without_an_anonymity_order_the_court_brief_names_the_applicant():
    got = flat(build_brief(cf.make_case(), "hearing_bundle", "court").pdf)
    assert "Applicant: Dina Aqanqyzy" in got and "Name: Dina Aqanqyzy" in got


# --- no false refusals -------------------------------------------------------------------------

@pytest.mark.parametrize("address,kept,gone", [
    ("14 Abai Avenue, Almaty", "Almaty", "Abai"),
    ("Abai Avenue 14, Almaty, Kazakhstan", "Almaty, Kazakhstan", "Abai"),
    ("Apt 5, 14 Abai Avenue, Almaty, Kazakhstan", "Almaty, Kazakhstan", "Abai"),
    ("ул. Абая 14, кв. 5, Алматы, Казахстан", "Алматы, Казахстан", "Абая"),
])
def test_a_city_kept_from_a_removed_address_is_not_a_leak(address, kept, gone):
    d = cf.case_dict()
    d["persons"][0]["identifiers"] = [{"kind": "address", "value": address}]
    d["summary"] += f" She rented a room at {address} in 2019."
    result = build_brief(cf.validate_case(d), "hearing_bundle", "court")       # no LeakFound
    got = flat(result.pdf)
    assert f"She rented a room at {kept} in 2019." in got
    assert gone not in got


def test_a_title_holding_the_case_reference_is_not_refused():
    d = cf.case_dict(title="Appeal ALM-2018-017 of Dina Aqanqyzy")
    result = build_brief(cf.validate_case(d), "hearing_bundle", "court")       # no LeakFound
    assert "Appeal ALM-2018-017 of Dina Aqanqyzy" in flat(result.pdf)


@pytest.mark.parametrize("written,shown", [
    ("Serikuly Aqan came", "Relative 1 came"),
    ("AQAN - SERIKULY came", "Relative 1 came"),
    ("Aqan Serikuly Mehmet Tursun came", "Relative 1 Witness A came"),
    ("Aqan / Ақан came", "Relative 1 came"),
    ("Aqan (Ақан in his letters, Aqan on his card) came", "Relative 1 (in his letters, Relative 1 on his card) came"),
    ("Aqan Serikuly, Mehmet Tursun came", "Relative 1, Witness A came"),
])
def test_adjacent_parts_of_one_name_give_one_pseudonym(written, shown):
    red = redact_case(cf.validate_case(cf.case_dict(summary=written)), "court")
    assert red.case.summary == shown


def test_a_file_name_with_two_name_parts_gives_one_pseudonym():
    exhibits = (Exhibit(1, "Scan of the letter of Serikuly Aqan", "serikuly-aqan.jpg", 1000, "ab" * 32),)
    result = build_brief(cf.make_case(), "hearing_bundle", "court", exhibits=exhibits)
    got = flat(result.pdf).replace("\u00a0", " ")
    # the row: description cell, then file name cell
    assert "Scan of the letter of Relative 1 Relative 1.jpg 1000 bytes" in got
    assert "Relative 1-Relative 1" not in got and "Relative 1 Relative 1 Relative 1" not in got


# --- text as written -------------------------------------------------------------------------

def test_kept_text_is_printed_as_written_and_numbers_next_to_chinese_are_found():
    written = "他说，阿汗·谢热克的电话是１３８００１３８０００。护照号码E62931457，ＡＱＡＮ走了。"
    case = cf.make_case(summary=written)
    assert redact_case(case, "internal").case.summary == written
    assert redact_case(case, "court").case.summary == (
        f"他说，Relative 1的电话是{MARKER}。护照号码\u2022\u2022\u2022\u2022\u20221457，Relative 1走了。")
    assert redact_case(case, "public").case.summary == f"他说，Relative 1的电话是{MARKER}。护照号码{MARKER}，Relative 1走了。"
