"""Importing the same document twice changes nothing the second time (issue 14, item 3)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import interchange
from storage.interchange_io import import_document, import_file

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo-cases.json"


def test_the_demo_file_imported_twice_is_unchanged_the_second_time(store):
    first = import_file(store, DEMO)
    assert [r.outcome for r in first] == ["added", "added", "added"]
    second = import_file(store, DEMO)
    assert [r.outcome for r in second] == ["unchanged", "unchanged", "unchanged"]
    assert [r.id for r in second] == [r.id for r in first]


def _keyless_doc() -> dict:
    """A case with no ids anywhere and two proceedings without a key, each with a hearing."""
    return {"format": "casefile-interchange", "version": 1, "cases": [{
        "reference": "T-1", "title": "Two proceedings",
        "persons": [{"key": "p1", "role": "applicant", "names": [{"value": "Aigerim", "script": "Latn"}]}],
        "proceedings": [
            {"kind": "asylum_application", "forum": "Almaty court", "hearings": [{"date": "2024-02-01"}]},
            {"kind": "asylum_application", "forum": "Astana court", "deadlines": [{"date": "2024-03-01", "description": "Appeal"}]},
        ]}]}


def test_a_document_without_any_ids_imported_twice_is_unchanged(store):
    doc = _keyless_doc()
    assert [r.outcome for r in import_document(store, interchange.parse_document(doc))] == ["added"]
    again = import_document(store, interchange.parse_document(json.loads(json.dumps(doc))))
    assert [r.outcome for r in again] == ["unchanged"]
    from storage import cases
    with store.read() as s:
        stored = cases.get_case(s, "T-1")
    assert [p.forum for p in stored.proceedings] == ["Almaty court", "Astana court"]


def test_a_different_case_without_an_id_under_a_taken_reference_is_still_refused(store):
    doc = _keyless_doc()
    import_document(store, interchange.parse_document(doc))
    doc["cases"][0]["title"] = "Another case"
    with pytest.raises(interchange.InterchangeError, match="'T-1' is already used by another case"):
        import_document(store, interchange.parse_document(doc))


def test_an_edited_keyless_proceeding_is_updated_not_duplicated(store):
    doc = _keyless_doc()
    doc["cases"][0]["id"] = "7c1d2a40-0000-4000-8000-000000000001"
    import_document(store, interchange.parse_document(doc))
    doc["cases"][0]["proceedings"][1]["forum"] = "Supreme court"
    assert [r.outcome for r in import_document(store, interchange.parse_document(doc))] == ["updated"]
    from storage import cases
    with store.read() as s:
        stored = cases.get_case(s, "T-1")
    assert [p.forum for p in stored.proceedings] == ["Almaty court", "Supreme court"]
