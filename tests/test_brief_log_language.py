"""A redaction log and the country names of a brief read in the brief's language (poppler's text)."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from exports.brief import build_brief, redaction_log_of
from models import interchange
from tests.factory import DEMO

CASES = {c.reference: c for c in interchange.parse_document(json.loads(DEMO.read_text("utf-8"))).cases}


def _text(pdf: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "fd://0", "-"], input=pdf, capture_output=True,
                         check=True)
    return out.stdout.decode("utf-8")


def test_a_russian_redaction_log_says_where_and_why_in_russian():
    case = CASES["DEMO-2021-002"]
    result = build_brief(case, "hearing_bundle", "court", language="ru")
    text = _text(redaction_log_of(result, case.reference))
    for words in ("Где", "Правило", "лицо 2 › имя", "лицо: псевдоним", "показания 1 › текст", "часть имени",
                  "идентификатор:", "удостоверение", "Страница 1 из 1"):
        assert words in text, words
    for english in ("persons[", "accounts[", "identifier:", "name (part)", "person: pseudonym", "Where", "Rule"):
        assert english not in text, english


def test_a_kazakh_public_summary_and_its_log_name_countries_and_rules_in_kazakh():
    case = CASES["DEMO-2019-001"]
    result = build_brief(case, "public_summary", "public", language="kk")
    brief = _text(result.pdf)
    assert "Қытай" in brief and ", China" not in brief
    log = _text(redaction_log_of(result, case.reference))
    for words in ("тұлға 1 › сәйкестендіргіш 1", "(алынып тасталды)", "тұлға: бүркеншік ат", "белгіленген үзінді"):
        assert words in log, words
    assert "(removed)" not in log and "marked span" not in log


def test_an_english_log_keeps_its_english_words():
    case = CASES["DEMO-2021-002"]
    result = build_brief(case, "hearing_bundle", "court")
    text = _text(redaction_log_of(result, case.reference))
    assert "person 2 › name" in text and "person: pseudonym" in text and ", China" in _text(result.pdf)
