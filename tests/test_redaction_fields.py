"""Every text field of the case model has a redaction rule, and the rule is applied."""
from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel

import exports.redaction_fields as fields
from exports.redaction import redact_case
from models import interchange
from tests import case_factory as cf


def _types_in(annotation) -> list:
    out = [annotation]
    for arg in typing.get_args(annotation):
        out += _types_in(arg)
    return out


def text_fields_of_the_model() -> set[tuple[str, str]]:
    """(class, field) of every field that holds text, found by walking the classes from Case."""
    found, todo, seen = set(), [interchange.Case], set()
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for name, info in cls.model_fields.items():
            kinds = _types_in(info.annotation)
            if str in kinds:
                found.add((cls.__name__, name))
            todo += [k for k in kinds if isinstance(k, type) and issubclass(k, BaseModel)]
    return found


def test_the_walk_finds_the_fields_we_know_about():
    found = text_fields_of_the_model()
    # a few picked by hand, so that a broken walk cannot pass the next test with an empty set
    for known in [("Relation", "kind"), ("Source", "url"), ("Account", "text"), ("Place", "facility"),
                  ("Hearing", "notes"), ("Consent", "notes"), ("Name", "value"), ("Case", "tags")]:
        assert known in found
    assert len(found) > 50


def test_every_text_field_of_the_model_has_a_rule_for_every_profile():
    missing = [f"{c}.{f}" for c, f in sorted(text_fields_of_the_model())
               if f not in fields.FIELD_RULES.get(c, {})]
    assert missing == [], f"text fields without a redaction rule: {', '.join(missing)}"
    for c, f in text_fields_of_the_model():
        rule = fields.FIELD_RULES[c][f]
        assert rule in fields.RULES and len(fields.RULES[rule]) == 3, f"{c}.{f}: rule {rule!r}"


def test_a_field_without_a_rule_stops_the_brief(monkeypatch):
    table = {c: dict(f) for c, f in fields.FIELD_RULES.items()}
    del table["Relation"]["kind"]
    monkeypatch.setattr(fields, "FIELD_RULES", table)
    with pytest.raises(fields.MissingRule, match="Relation.kind has no redaction rule"):
        redact_case(cf.make_case(), "court")


LEAKY = "Aqan Serikuly +7 701 555 0143 aqan.s@mail.kz 654021198001011234"
TEXT_RULES = {"free_text", "account_text", "url", "place", "whereabouts", "interviewer"}


def _fill(record: BaseModel) -> int:
    """Put the leaky sentence in every field ruled as text, in place; how many fields."""
    n = 0
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, BaseModel):
            n += _fill(value)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            n += sum(_fill(v) for v in value)
        elif fields.FIELD_RULES.get(type(record).__name__, {}).get(name) in TEXT_RULES:
            setattr(record, name, [LEAKY] if isinstance(value, list) else LEAKY)
            n += 1
    return n


@pytest.mark.parametrize("profile", ["court", "public"])
def test_names_phones_emails_and_id_numbers_are_removed_from_every_text_field(profile):
    case = cf.make_case()
    case.accounts = [a.model_copy(update={"redactions": []}) for a in case.accounts]
    assert _fill(case) > 25
    dumped = redact_case(case, profile).case.model_dump_json()
    dumped = dumped.replace("Dina Aqanqyzy", "")      # the applicant, named in court: her patronymic holds 'Aqan'
    for leak in ("Aqan", "Serikuly", "701 555", "0143", "aqan.s", "mail.kz", "6540211980", "19800101"):
        assert leak not in dumped, leak


def test_a_relation_is_redacted_like_any_text():
    d = cf.case_dict()
    d["persons"][3]["relation"] = {"to": "father", "kind": "nephew of Aqan, call +86 135 7788 4411"}
    red = redact_case(cf.validate_case(d), "court")
    assert red.case.persons[3].relation.kind == "nephew of Relative 1, call [REDACTED]"


@pytest.mark.parametrize("url,court,public", [
    ("https://wa.me/8613577884411", "https://wa.me/[REDACTED]", "https://wa.me/[REDACTED]"),
    ("https://www.facebook.com/profile.php?id=100004567890123",
     "https://www.facebook.com/profile.php?id=\u2022\u2022\u2022\u2022\u20220123",
     "https://www.facebook.com/profile.php?id=[REDACTED]"),
    ("mailto:aqan.s@mail.kz", "mailto:[REDACTED]", "mailto:[REDACTED]"),
    # an article number is not a personal identifier
    ("https://www.rfa.org/english/news/uyghur/rape-02102021.html",
     "https://www.rfa.org/english/news/uyghur/rape-02102021.html",
     "https://www.rfa.org/english/news/uyghur/rape-02102021.html"),
])
def test_source_addresses_lose_phone_numbers_profile_ids_and_emails(url, court, public):
    d = cf.case_dict()
    d["sources"][0]["url"] = url
    case = cf.validate_case(d)
    assert redact_case(case, "court").case.sources[0].url == court
    assert redact_case(case, "public").case.sources[0].url == public
    assert redact_case(case, "internal").case.sources[0].url == url


def test_structured_fields_keep_their_shape():
    red = redact_case(cf.make_case(), "court")
    father = red.case.persons[1]
    assert [n.value for n in father.names] == ["Relative 1"] and father.names[0].script == "Latn"
    assert father.relation.to == "person-1" and father.key == "person-2" and father.id is None
    assert red.case.events[0].victims == ["person-1"] and red.case.events[0].accounts == ["account-1", "account-3"]
    assert red.case.accounts[0].translation_of == "account-2" and red.case.accounts[0].redactions == []
    assert red.case.consent.notes == "" and red.case.events[0].violations == ["arbitrary_detention",
                                                                               "forced_indoctrination"]


def test_a_name_shown_in_full_still_loses_a_phone_number_typed_into_it():
    d = cf.case_dict()
    d["persons"][0]["names"][0]["value"] = "Dina Aqanqyzy +7 701 555 0143"
    red = redact_case(cf.validate_case(d), "court")
    assert red.case.persons[0].names[0].value == "Dina Aqanqyzy [REDACTED]"
    assert red.display["person-1"] == "Dina Aqanqyzy [REDACTED]"          # what the cover prints


@pytest.mark.parametrize("profile,applicant,father", [
    ("internal", "Astana, Kazakhstan", "Altay Prefecture, Xinjiang"),
    ("court", "Astana, Kazakhstan", "Altay Prefecture, Xinjiang"),
    ("public", "Kazakhstan", "Xinjiang"),        # named by initials or a pseudonym: the country or region only
])
def test_whereabouts_of_a_person_not_named_keep_only_the_widest_place_in_public(profile, applicant, father):
    d = cf.case_dict()
    d["persons"][0]["whereabouts"] = "Astana, Kazakhstan"
    d["persons"][1]["whereabouts"] = "Altay Prefecture, Xinjiang"
    d["persons"][4]["whereabouts"] = "Munich, Germany"          # a public figure, named in public too
    red = redact_case(cf.validate_case(d), profile)
    assert [p.whereabouts for p in red.case.persons[:2]] == [applicant, father]
    assert red.case.persons[4].whereabouts == "Munich, Germany"


@pytest.mark.parametrize("written,court", [
    ("My passport E62931", "My passport [REDACTED]"),              # a note cut short in the middle of the number
    ("ID 654021 1980 (the rest is illegible)", "ID [REDACTED] (the rest is illegible)"),
    ("passport E6293 1457", "passport •••••1457"),                  # the whole number: its last four, as the field
    ("badge 4471, camp 2017, block 12345", "badge 4471, camp 2017, block 12345"),   # not a piece of one
])
def test_a_piece_of_a_recorded_identifier_in_text_is_removed(written, court):
    case = cf.validate_case(cf.case_dict(summary=written))
    assert redact_case(case, "court").case.summary == court
    assert redact_case(case, "internal").case.summary == written


def test_a_camera_date_in_a_file_name_stays_and_a_birth_date_piece_of_an_id_goes():
    case = cf.validate_case(cf.case_dict(summary="IMG_20170412_Mehmet.jpg; scan_19800101.pdf; 20171399"))
    assert redact_case(case, "court").case.summary == (
        "IMG_20170412_Witness A.jpg; scan_[REDACTED].pdf; •••••1399")     # 19800101 is in her ID number
