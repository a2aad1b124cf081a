"""Property: spellings that transliteration and careless typing produce are found by the verifier's
matcher, wherever the word stands in running text; ordinary English sentences are not refused."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from exports.verify_fold import Matcher
from exports.verify_forms import protected_forms
from tests import case_factory as cf

# recorded name -> (spellings a caseworker or a transliteration writes for it), written by hand
NAMES = {
    "Бауыржан": ["Bauyrzhan", "Baurzhan", "Bauirzhan", "Бауржан", "BAUYRZHAN", "Bauyrjan", "Bauyrzhaan"],
    "Qaisha": ["Kaisha", "Qayşa", "Кайша", "Qaysha", "QAISHA", "Қайша"],
    "Zhamal": ["Jamal", "Жамал", "Zhamaal", "ZHAMAL"],
    "Сейітқали": ["Сейткали", "Seitkali", "Seyitqali", "Seiitkali"],
    "Mehmet": ["Memet", "Мехмет", "Mekhmet", "مەخمەت"],
    "Тұрсынай": ["Tursunay", "Tursynai", "Турсынай", "Tursinay"],
}
CONTEXTS = ["{} was taken.", "My brother {}'s house.", "IMG_2017{}.jpg", "see {}, the sister", "file_{}_2018.pdf",
            "{}ның үйі", "({}).", "mail {}.k@mail.kz"]
HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "A": "А", "E": "Е", "M": "М",
              "T": "Т", "K": "К", "H": "Н", "B": "В"}


def matcher_for(recorded: str) -> Matcher:
    d = cf.case_dict()
    d["persons"][1]["names"] = [{"value": "Nurlan Sadyq", "script": "Latn"}]
    d["persons"][2]["names"] = [{"value": "Erlan Abdi", "script": "Latn"}]
    d["persons"][3]["names"] = [{"value": recorded, "script": "Latn"}]     # the label is often wrong
    forms, allowed = protected_forms(cf.validate_case(d), "court", pseudonyms={"cousin": "Relative 2"})
    return Matcher(forms, allowed)


MATCHERS = {name: matcher_for(name) for name in NAMES}


@st.composite
def written(draw):
    recorded = draw(st.sampled_from(sorted(NAMES)))
    spelling = draw(st.sampled_from(NAMES[recorded] + [recorded]))
    if draw(st.booleans()) and any(ch in HOMOGLYPHS for ch in spelling) and spelling.isascii():
        i = draw(st.sampled_from([i for i, ch in enumerate(spelling) if ch in HOMOGLYPHS]))
        spelling = spelling[:i] + HOMOGLYPHS[spelling[i]] + spelling[i + 1:]
    case = draw(st.sampled_from(["keep", "upper", "lower"]))
    spelling = {"keep": spelling, "upper": spelling.upper(), "lower": spelling.lower()}[case]
    return recorded, draw(st.sampled_from(CONTEXTS)).format(spelling)


@settings(max_examples=300, deadline=None)
@given(written())
def test_every_spelling_in_any_context_is_found(example):
    recorded, text = example
    assert {f.label for f in MATCHERS[recorded].find(text)} == {"name of Relative 2"}, text


ORDINARY = ["The claim has merit and is akin to others; a small Kazakh family of brake workers.",
            "We were told to come back, said the officer, and she can reach her counsel by post.",
            "Samantha and Jamie met the tourist at the seaside and the Thursday market.",
            "Memories of the camp, the police station and the border post at Khorgas."]


def test_ordinary_sentences_are_not_refused():
    for name, m in MATCHERS.items():
        for text in ORDINARY:
            assert m.find(text) == set(), (name, text)
