"""The verifier does not share the redactor's blind spots: switch off one redaction rule at a time,
and the brief must be refused; with every rule on, the same brief passes.

A brief is made end to end (exports.brief.build_brief: redaction, layout, verification) with one
rule in ``exports.redaction.DISABLED_RULES``. Each case isolates its rule: what it puts in is
removed by that rule alone (a phone number in text grouped so that no run of seven digits stands
together, as Kazakh landlines are written, so the ID-number rule does not see it; an e-mail address
with no digits and no name in it), so with the rule off there is a leak to catch.
"""
from __future__ import annotations

import pytest

from exports import redaction
from exports.brief import build_brief
from exports.verify import LeakFound
from tests import case_factory as cf

def _case(summary: str, identifiers: list[dict] | None = None, birth_date: str | None = None,
          marked: str | None = None) -> dict:
    """The demo case with its narrative and identifiers taken out, and one thing put in."""
    d = cf.case_dict(summary=summary)
    d["persons"][0]["identifiers"] = identifiers or []
    d["persons"][0]["birth_date"] = None
    d["persons"][1]["birth_date"] = birth_date
    if birth_date:
        d["persons"][1]["birth_year"] = int(birth_date[:4])
    text = "I was taken to a camp in October 2017. My mother lived in Tasqoram village."
    d["accounts"][0]["text"] = text
    d["accounts"][0]["redactions"] = []
    d["accounts"][1]["text"] = "Мен 2017 жылы лагерьге апарылдым."
    if marked:
        start = text.index(marked)
        d["accounts"][0]["redactions"] = [{"start": start, "end": start + len(marked), "reason": "village"}]
    return d


# rule switched off, case where it matters, what the refusal names, the protected text
CASES = [
    pytest.param("names", _case("Her father Aqan Serikuly was threatened."), "name of Relative 1", "Serikuly",
                 id="names"),
    pytest.param("identifiers", _case("Her passport E62931457 was kept.", [{"kind": "passport", "value": "E62931457"}]),
                 "passport", "E62931457", id="identifiers-recorded"),
    pytest.param("numbers", _case("Her ID card 654021198001011234 was seized."), "number", "654021198001011234",
                 id="numbers-in-text"),
    pytest.param("phones", _case("Call +7 701 555 0143.", [{"kind": "phone", "value": "+7 701 555 0143"}]),
                 "phone", "555 0143", id="phones-recorded"),
    pytest.param("phones", _case("Her sister's number is +7 (7172) 55-01-43."), "phone", "55-01-43",
                 id="phones-in-text"),
    pytest.param("emails", _case("Write to dina.q@example.org.", [{"kind": "email", "value": "dina.q@example.org"}]),
                 "e-mail", "dina.q@example.org", id="emails-recorded"),
    pytest.param("emails", _case("Her friend writes from sunrise.bakery@example.kz."), "e-mail",
                 "sunrise.bakery@example.kz", id="emails-in-text"),
    pytest.param("addresses", _case("She lived at 14 Abai Avenue, Almaty, Kazakhstan.",
                                    [{"kind": "address", "value": "14 Abai Avenue, Almaty, Kazakhstan"}]),
                 "address", "Abai Avenue", id="addresses"),
    pytest.param("dates_of_birth", _case("Her father was born on 15 March 1948.", birth_date="1948-03-15"),
                 "date of birth of Relative 1", "15 March 1948", id="dates-of-birth"),
    pytest.param("dates_of_birth", _case("Every year on 15 наурызда the police come.", birth_date="1948-03-15"),
                 "date of birth", "15 наурызда", id="birthday-without-year"),
    pytest.param("marked_spans", _case("Her mother lives in Tasqoram village.", marked="Tasqoram village"),
                 "marked span", "Tasqoram", id="marked-spans"),
]


def _brief(case_dict: dict):
    return build_brief(cf.validate_case(case_dict), "hearing_bundle", "court")


@pytest.mark.parametrize("rule,case_dict,item,protected", CASES)
def test_the_verifier_refuses_a_brief_made_with_one_rule_off(monkeypatch, rule, case_dict, item, protected):
    assert rule in redaction.RULE_NAMES
    monkeypatch.setattr(redaction, "DISABLED_RULES", frozenset({rule}))
    with pytest.raises(LeakFound) as refused:
        _brief(case_dict)
    message = str(refused.value)
    assert item in message and "page" in message
    assert protected not in message               # the refusal never repeats what it protects


@pytest.mark.parametrize("rule,case_dict,item,protected", [pytest.param(*p.values, id=p.id) for p in CASES])
def test_with_every_rule_on_the_same_brief_passes(rule, case_dict, item, protected):
    result = _brief(case_dict)
    assert result.pages >= 2


def test_every_rule_has_a_case():
    assert {p.values[0] for p in CASES} == redaction.RULE_NAMES
