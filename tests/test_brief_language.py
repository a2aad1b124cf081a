"""Briefs in the language of the forum: a Russian court bundle and a Kazakh public summary of the demo
cases read in that language (poppler's text, not our extractors), keep every protected name out,
and pass check-pdf; the pseudonyms printed in Cyrillic are kept whole and the stored map stays English."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata

import pytest

from exports.brief import build_brief, check_file
from exports.redaction import treatment
from models import interchange
from tests import factory
from tests.factory import DEMO
from tests.test_cli import run

CASES = {c.reference: c for c in interchange.parse_document(json.loads(DEMO.read_text("utf-8"))).cases}


def _text(pdf: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "fd://0", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).casefold())


def _protected_names(case, profile):
    return [n.value for p in case.persons if treatment(p, profile, case) != "name" for n in p.names]


def test_a_russian_court_bundle_reads_in_russian_and_passes_check_pdf(tmp_path):
    case = CASES["DEMO-2021-002"]
    result = build_brief(case, "hearing_bundle", "court", language="ru")
    text = _text(result.pdf)
    for words in ("МАТЕРИАЛЫ К СУДЕБНОМУ ЗАСЕДАНИЮ", "Опись", "Изложение фактов", "Показания заявителя",
                  "Заявление о правдивости", "Перечень приложений", "Страница 1 из", "Номер дела: DEMO-2021-002"):
        assert words in text, words
    for english in ("HEARING BUNDLE", "Statement of truth", "Page 1 of", "Summary of facts", "Relative 1"):
        assert english not in text, english
    # the relative at risk is printed as a Russian pseudonym, on one line, never as her names
    # (the role "Родственник" alone in its column is not the pseudonym cut in two)
    assert re.search(r"Родственник 1\b", text) and not re.search(r"Родственник\n+1\b", text)
    folded = _fold(text)
    assert not [n for n in _protected_names(case, "court") if _fold(n) in folded]
    # the map kept for the next document stays language-neutral
    assert "Relative 1" in result.pseudonyms.values()
    pdf = tmp_path / "ru.pdf"
    pdf.write_bytes(result.pdf)
    report = check_file(pdf, case, "court", pseudonyms=result.pseudonyms)
    assert report.leaks == [] and report.uncheckable == []


@pytest.mark.parametrize("reference", ["DEMO-2019-001", "DEMO-2021-002", "DEMO-2018-003"])
def test_a_kazakh_public_summary_reads_in_kazakh_and_passes_check_pdf(tmp_path, reference):
    case = CASES[reference]
    result = build_brief(case, "public_summary", "public", language="kk")
    text = _text(result.pdf)
    for words in ("Іс бойынша қысқаша мәлімет", "Оқиғалар хронологиясы", "Дереккөздер", "беттің 1-беті"):
        assert words in text, words
    assert "Case summary" not in text and "Page 1 of" not in text
    folded = _fold(text)
    assert not [n for n in _protected_names(case, "public") if _fold(n) in folded]
    pdf = tmp_path / "kk.pdf"
    pdf.write_bytes(result.pdf)
    assert check_file(pdf, case, "public", pseudonyms=result.pseudonyms).leaks == []


def test_dates_in_a_brief_follow_its_language():
    case = CASES["DEMO-2021-002"]
    event = min(case.events, key=lambda e: e.start or "9999")
    assert event.start == "2017-10"   # read by hand from the demo case
    kk = _text(build_brief(case, "public_summary", "public", language="kk").pdf)
    ru = _text(build_brief(case, "public_summary", "public", language="ru").pdf)
    en = _text(build_brief(case, "public_summary", "public").pdf)
    assert re.search(r"2017\s+жылғы\s+қазан", kk)
    assert re.search(r"октябрь\s+2017\s+г\.", ru)
    assert re.search(r"October\s+2017", en)


def test_a_language_briefs_are_not_made_in_is_refused_in_one_sentence():
    with pytest.raises(ValueError, match="unknown language of a brief 'de'"):
        build_brief(CASES["DEMO-2019-001"], "public_summary", "public", language="de")


def test_the_command_line_makes_a_russian_brief(tmp_path):
    store = tmp_path / "store"
    assert run("init", store, "--owner", "Tester").returncode == 0
    assert run("import", store, factory.DEMO).returncode == 0
    out = tmp_path / "ru.pdf"
    r = run("brief", store, "DEMO-2019-001", "--profile", "court", "--language", "ru", "-o", out)
    assert r.returncode == 0, r.stderr
    assert "МАТЕРИАЛЫ К СУДЕБНОМУ ЗАСЕДАНИЮ" in _text(out.read_bytes())
    r = run("check-pdf", out, store, "DEMO-2019-001", "--profile", "court")
    assert r.returncode == 0 and "No leak found" in r.stdout
    r = run("brief", store, "DEMO-2019-001", "--profile", "court", "--language", "de", "-o", tmp_path / "de.pdf")
    assert r.returncode != 0 and not (tmp_path / "de.pdf").exists()


def _adversarial_params():
    from tests.adversarial import test_adversarial as adv

    return [pytest.param(slug, profile, lang, id=f"{slug}-{profile}-{lang}")
            for slug in adv.SLUGS for profile in ("court", "public") for lang in ("ru", "kk")]


@pytest.mark.parametrize("slug, profile, lang", _adversarial_params())
def test_the_adversarial_cases_leak_nothing_in_russian_or_kazakh(slug, profile, lang):
    """The adversarial corpus's protected strings (tests/adversarial/cases/*.expect.json, written by
    hand) in a Russian or Kazakh hearing bundle, read by every extractor the corpus test uses."""
    from exports.brief import Exhibit
    from exports.redaction import ConsentRefused
    from tests.adversarial import test_adversarial as adv

    case, expect = adv.load(slug)
    exhibits = [Exhibit(**x) for x in expect.get("exhibits", [])]
    try:
        pdf = build_brief(case, "hearing_bundle", profile, exhibits=exhibits, language=lang,
                          anonymity_order=bool(expect.get("anonymity_order"))).pdf
    except ConsentRefused:
        assert profile in expect["refused"]
        return
    assert profile not in expect["refused"]
    texts = {reader: adv.fold(read(pdf)) for reader, read in adv.READERS.items()}
    found = [f"{s!r} ({reader})" for reader, text in texts.items() for s in expect["never"][profile]
             if _found(text, s)]
    assert not found, "protected strings in the brief: " + ", ".join(found)


def _found(folded: str, needle: str) -> bool:
    """As the corpus test's ``contains``, but a reversed reading is looked for only for Arabic script
    (drawn right to left): a Latin name reversed turned up by chance in a compressed font's bytes
    ('kires' in a Russian brief's raw file), which no reader would take for 'Serik'."""
    from tests.adversarial import test_adversarial as adv

    f = adv.fold(needle)
    arabic = any("\u0600" <= c <= "\u06ff" for c in needle)
    return bool(f) and (f in folded or (arabic and f[::-1] in folded))


def test_pseudonyms_of_two_words_are_kept_whole_and_the_stored_form_is_translated_only_when_printed():
    from exports import layout
    from exports.wording import wording

    kk, ru = wording("kk"), wording("ru")
    assert kk.pseudonym("Perpetrator 2") == "Қиянат жасаушы 2" and ru.pseudonym("Witness B") == "Свидетель B"
    assert kk.pseudonym("Q-A-") == "Q-A-" and ru.pseudonym("Dina Nurdaulet") == "Dina Nurdaulet"
    display = {"p1": "Қиянат жасаушы 2", "p2": "Dina Nurdaulet", "p3": "Туыс 1"}
    assert layout._pseudonyms(display, kk.pseudonym_words()) == ["Қиянат жасаушы 2", "Туыс 1"]


def test_vocabulary_labels_come_from_the_language_file_and_fall_back_to_english(tmp_path, monkeypatch):
    from models import vocab

    (tmp_path / "vocabulary_ru.json").write_text(json.dumps({"violation": {"torture": "пытки", "sexual_violence": "сексуальное насилие",
                                                                       "starvation": " "}}),
                                                 encoding="utf-8")
    (tmp_path / "vocabulary_kk.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(vocab, "_I18N", tmp_path)
    vocab._translated.cache_clear()
    try:
        assert vocab.label(vocab.VIOLATION, "torture", "ru") == "пытки"
        assert vocab.label(vocab.VIOLATION, "starvation", "ru") == "Starvation"      # a blank label: English
        assert vocab.label(vocab.VIOLATION, "torture", "kk") == "Torture"            # an unreadable file: English
        assert vocab.label(vocab.VIOLATION, "torture", "../x") == "Torture"
        assert vocab.label(vocab.VIOLATION, "torture") == "Torture"
        # DEMO-2021-002 records sexual violence (read by hand from the demo file)
        text = _text(build_brief(CASES["DEMO-2021-002"], "public_summary", "public", language="ru").pdf)
        assert re.search(r"сексуальное\s+насилие", text) and not re.search(r"Sexual\s+violence", text)
    finally:
        vocab._translated.cache_clear()
