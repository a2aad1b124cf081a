"""Every text of the window is translated into each language, and the domain terms are translated
the same way everywhere, as the language's glossary (resources/i18n/glossary_LANG.tsv) says.

A message left unfinished, empty, or identical to its English source fails, unless its source is on
resources/i18n/untranslated_ok.txt (names and codes that stay as they are in every language).
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LANGUAGES = ("ru", "kk", "ug")
VOCABULARIES = Path(__file__).resolve().parents[1] / "models" / "vocabularies.json"


def _keep_as_is() -> set[str]:
    path = I18N / "untranslated_ok.txt"
    if not path.exists():
        return set()
    return {line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _messages(language: str):
    """(context, source, [translations]) of every live message of casefile_LANG.ts."""
    root = ET.parse(I18N / f"casefile_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source") or "", forms, kind


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    keep = _keep_as_is()
    problems = []
    for context, source, forms, kind in _messages(language):
        if kind == "unfinished":
            problems.append(f"unfinished: {context}/{source!r}")
        elif any(not form.strip() for form in forms):
            problems.append(f"empty: {context}/{source!r}")
        elif source not in keep and any(form == source for form in forms) and re.search("[A-Za-z]{3}", source):
            problems.append(f"left in English: {context}/{source!r}")
    assert not problems, f"{len(problems)} messages of casefile_{language}.ts: " + "; ".join(problems[:8])


def _glossary(language: str) -> list[tuple[str, list[str]]]:
    rows = []
    for line in (I18N / f"glossary_{language}.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        english, _term, stems, *_ = line.split("\t")
        rows.append((english.strip(), [s.strip().casefold() for s in stems.split("|") if s.strip()]))
    return rows


@pytest.mark.parametrize("language", LANGUAGES)
def test_domain_terms_follow_the_glossary(language):
    rows = _glossary(language)
    assert len(rows) >= 25, "the glossary names the domain's terms (case, witness, consent, redaction…)"
    messages = list(_messages(language))
    problems = []
    for english, stems in rows:
        pattern = re.compile(rf"\b{re.escape(english)}(?:s|es)?\b", re.IGNORECASE)
        for context, source, forms, _kind in messages:
            if pattern.search(source) and not all(any(s in f.casefold() for s in stems) for f in forms):
                problems.append(f"{english!r} in {source!r}")
    assert not problems, f"{len(problems)} translations use another word than glossary_{language}.tsv: " \
        + "; ".join(problems[:8])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_vocabulary_term_has_a_label(language):
    english = json.loads(VOCABULARIES.read_text(encoding="utf-8"))
    labels = json.loads((I18N / f"vocabulary_{language}.json").read_text(encoding="utf-8"))
    missing = [f"{vocabulary}/{code}" for vocabulary, terms in english.items() if isinstance(terms, dict)
               for code in terms if not (labels.get(vocabulary, {}).get(code) or "").strip()]
    assert not missing, f"vocabulary_{language}.json lacks {missing[:8]}"
    same = [f"{v}/{c}" for v, terms in english.items() if isinstance(terms, dict)
            for c, label in terms.items() if labels[v][c] == label and label not in _keep_as_is()]
    assert not same, f"left in English in vocabulary_{language}.json: {same[:8]}"


PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[a-z_0-9]*\}|</?[a-z]+[^>]*>")


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_markup_are_kept(language):
    """A translation keeps every %1, %n, {name} and tag of its source, or the window shows the wrong thing."""
    problems = []
    for context, source, forms, kind in _messages(language):
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            found = sorted(PLACEHOLDER.findall(form))
            # A plural form may say "one" in words instead of %n.
            if found != wanted and sorted(x for x in wanted if x != "%n") != sorted(x for x in found if x != "%n"):
                problems.append(f"{source!r} -> {form!r}")
    assert not problems, f"{len(problems)} translations in casefile_{language}.ts lose placeholders: " \
        + "; ".join(problems[:6])
