"""The interchange format at the border: strict reading, path-named errors, lossless round trip."""
import json

import pytest

from models import interchange
from models.interchange import InterchangeError
from storage.interchange_io import export_document, import_document
from tests import factory


def _problems(doc):
    with pytest.raises(InterchangeError) as info:
        interchange.parse_document(doc)
    return info.value.problems


def test_spec_example_document_is_accepted():
    doc = factory.demo_document()
    assert len(interchange.parse_document(doc).cases) == len(doc["cases"])


@pytest.mark.parametrize("path, value, expected", [
    (("persons", 0, "birth_year"), "1982", "cases[0].persons[0].birth_year: not a year"),
    (("persons", 0, "birth_year"), 1492, "cases[0].persons[0].birth_year: not a year"),
    (("persons", 0, "role"), "cousin", "cases[0].persons[0].role: 'cousin' is not one of"),
    (("persons", 1, "at_risk"), "yes", "cases[0].persons[1].at_risk: not true or false"),
    (("events", 0, "start"), "2018-05-01T10:00", "cases[0].events[0].start: not a date"),
    (("events", 0, "violations", 1), "beating", "cases[0].events[0].violations[1]: 'beating' is not one of"),
    (("opened_on",), "2018-02-30", "cases[0].opened_on: no such day"),
    (("id",), "not-a-uuid", "cases[0].id: not a UUID"),
    (("persons", 0, "citizenship"), ["China"], "cases[0].persons[0].citizenship[0]: not a two-letter country code"),
])
def test_bad_values_are_named_by_case_record_and_field(path, value, expected):
    c = factory.case_dict()
    target = c
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    problems = _problems(factory.document(c))
    assert any(p.startswith(expected) for p in problems), problems


def test_a_misspelt_field_is_an_error_not_silently_dropped():
    c = factory.case_dict()
    c["persons"][1]["at_rsk"] = True
    assert "cases[0].persons[1].at_rsk: unknown field" in _problems(factory.document(c))
    doc = factory.document(factory.case_dict())
    doc["comment"] = "hello"
    assert "comment: unknown field" in _problems(doc)


def test_references_inside_a_case_must_resolve():
    c = factory.case_dict()
    c["events"][0]["victims"] = ["applicant", "sister"]
    c["accounts"][0]["narrator"] = "nobody"
    problems = _problems(factory.document(c))
    assert "cases[0].events[0].victims[1]: no person with key 'sister'" in problems
    assert "cases[0].accounts[0].narrator: no person with key 'nobody'" in problems


def test_marked_spans_must_lie_inside_the_text():
    c = factory.case_dict()
    c["accounts"][0]["redactions"] = [{"start": 5, "end": 500, "reason": "x"}]
    assert any(p.startswith("cases[0].accounts[0].redactions[0].end") for p in _problems(factory.document(c)))


def test_wrong_format_version_and_json_are_refused():
    assert _problems({"format": "other", "version": 1, "cases": []})[0].startswith("format:")
    assert "version" in _problems({"format": "casefile-interchange", "version": 2, "cases": []})[0]
    with pytest.raises(InterchangeError, match="not valid UTF-8 JSON"):
        interchange.loads(b'{"format": ')


def test_dates_keep_their_precision_through_the_store(store):
    c = factory.case_dict()
    c["events"][0].update(start="2018", end="2018-11")
    import_document(store, interchange.parse_document(factory.document(c)))
    out = json.loads(export_document(store))
    assert (out["cases"][0]["events"][0]["start"], out["cases"][0]["events"][0]["end"]) == ("2018", "2018-11")


def test_round_trip_is_lossless(store, tmp_path):
    from storage.store import Store

    src = factory.demo_document()
    import_document(store, interchange.parse_document(src))
    first = export_document(store)
    other, _ = Store.create(tmp_path / "other", "correct horse battery staple orange")
    try:
        import_document(other, interchange.loads(first))
        second = export_document(other)
    finally:
        other.close()
    assert first == second
    # and nothing of the source was lost on the way
    back = json.loads(first)
    for orig, got in zip(sorted(src["cases"], key=lambda c: c["reference"]), back["cases"]):
        assert got["summary"] == orig["summary"]
        assert [p["names"] for p in got["persons"]] == [p["names"] for p in orig["persons"]]
        assert [a["text"] for a in got["accounts"]] == [a["text"] for a in orig["accounts"]]
        assert [a["redactions"] for a in got["accounts"]] == [a.get("redactions", []) for a in orig["accounts"]]


def test_reimporting_an_export_updates_in_place(store):
    import_document(store, interchange.parse_document(factory.demo_document()))
    exported = interchange.loads(export_document(store))
    results = import_document(store, exported)
    assert {r.outcome for r in results} == {"unchanged"}
