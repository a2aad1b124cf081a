"""Links in the interchange format: exported, imported, sent in bundles, never undoing a later unlink."""
from __future__ import annotations

import json

import pytest

from models import interchange
from models.interchange import InterchangeError, validate_case
from storage import cases, interchange_io, people, sharing
from storage.store import Store
from tests.factory import case_dict, document
from tests.sharing_support import introduce, temp_files_under_tmp_path  # noqa: F401 (an autouse fixture)

PASSPHRASE = "correct horse battery staple orange"
A_MOTHER, B_MOTHER, C_MOTHER = ("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222",
                                "33333333-3333-4333-8333-333333333333")


def _case(ref: str, mother_id: str) -> dict:
    data = case_dict(ref)
    data["persons"][1]["id"] = mother_id
    data["consent"]["scopes"] = ["legal_proceedings", "share_with_partners"]
    return data


@pytest.fixture
def other(tmp_path):
    s, _ = Store.create(tmp_path / "other", PASSPHRASE, owner="Other")
    yield s
    s.close()


def _linked_cases(store) -> None:
    with store.write() as s:
        for ref, mid in (("A-1", A_MOTHER), ("B-1", B_MOTHER), ("C-1", C_MOTHER)):
            cases.save_case(s, store, validate_case(_case(ref, mid)))
        people.link(s, store, A_MOTHER, B_MOTHER)


def _cases_of(store, person_id: str) -> list[str]:
    with store.read() as s:
        return [a.case for a in people.person_entry(s, person_id).cases]


def test_export_carries_the_links_among_its_cases_only(store):
    _linked_cases(store)
    with store.write() as s:
        people.link(s, store, A_MOTHER, C_MOTHER)
    both = json.loads(interchange_io.export_document(store, ["A-1", "B-1"]))
    assert [sorted(link["persons"]) for link in both["links"]] == [[A_MOTHER, B_MOTHER]]
    assert both["links"][0]["linked_by"] == "Test Caseworker"
    assert both["links"][0]["linked_at"].endswith("+00:00")
    alone = json.loads(interchange_io.export_document(store, ["A-1"]))
    assert "links" not in alone  # one person of a group is no link


def test_import_links_the_persons(store, other):
    _linked_cases(store)
    text = interchange_io.export_document(store, ["A-1", "B-1"])
    interchange_io.import_document(other, interchange.loads(text))
    assert _cases_of(other, B_MOTHER) == ["A-1", "B-1"]
    with other.read() as s:
        assert people.count_people(s) == 3


def test_a_document_without_links_imports_as_before(other):
    doc = interchange.loads(json.dumps(document(_case("A-1", A_MOTHER), _case("B-1", B_MOTHER))))
    assert doc.links == []
    results = interchange_io.import_document(other, doc)
    assert [r.outcome for r in results] == ["added", "added"]
    assert _cases_of(other, A_MOTHER) == ["A-1"] and _cases_of(other, B_MOTHER) == ["B-1"]
    assert "links" not in json.loads(interchange_io.export_document(other))


def test_an_older_document_does_not_undo_a_later_unlink(store, other):
    _linked_cases(store)
    old = interchange_io.export_document(store, ["A-1", "B-1"])
    interchange_io.import_document(other, interchange.loads(old))
    with other.write() as s:
        people.unlink(s, other, B_MOTHER)
    interchange_io.import_document(other, interchange.loads(old))  # the same, older document again
    assert _cases_of(other, B_MOTHER) == ["B-1"]
    # A link made after the unlink (here: dated in the future) is merged.
    newer = json.loads(old)
    newer["links"][0]["linked_at"] = "2999-01-01T00:00:00+00:00"
    interchange_io.import_document(other, interchange.loads(json.dumps(newer)))
    assert _cases_of(other, B_MOTHER) == ["A-1", "B-1"]


def test_a_link_to_an_unknown_person_is_refused_and_changes_nothing(other):
    data = document(_case("A-1", A_MOTHER))
    data["links"] = [{"persons": [A_MOTHER, C_MOTHER], "linked_at": "2026-01-01T10:00:00+00:00"}]
    with pytest.raises(InterchangeError, match=r"^links\[0\]\.persons\[1\]: no person of the document or of this store"):
        interchange_io.import_document(other, interchange.loads(json.dumps(data)))
    with other.read() as s:
        assert cases.get_cases(s) == []


@pytest.mark.parametrize("link, problem", [
    ({"persons": [A_MOTHER], "linked_at": "2026-01-01T10:00:00+00:00"}, "at least 2"),
    ({"persons": [A_MOTHER, A_MOTHER], "linked_at": "2026-01-01T10:00:00+00:00"}, "names a person twice"),
    ({"persons": [A_MOTHER, "not-a-uuid"], "linked_at": "2026-01-01T10:00:00+00:00"}, "not a UUID"),
    ({"persons": [A_MOTHER, B_MOTHER], "linked_at": "2026-01-01"}, "has no time zone"),
    ({"persons": [A_MOTHER, B_MOTHER], "linked_at": "yesterday"}, "not a date and time"),
    ({"persons": [A_MOTHER, B_MOTHER], "linked_at": "2026-01-01T10:00:00+00:00", "note": "x"}, "unknown field"),
    ({"persons": [f"{i:08d}-0000-4000-8000-000000000000" for i in range(101)],
      "linked_at": "2026-01-01T10:00:00+00:00"}, "at most 100"),
])
def test_a_malformed_link_is_refused(link, problem):
    data = document(_case("A-1", A_MOTHER))
    data["links"] = [link]
    with pytest.raises(InterchangeError) as err:
        interchange.loads(json.dumps(data))
    assert str(err.value).startswith("links[0]") and problem in str(err.value)


def test_a_link_that_would_join_two_persons_of_one_case_is_skipped(other):
    data = document(_case("A-1", A_MOTHER))
    applicant = data["cases"][0]["persons"][0]["id"] = "44444444-4444-4444-8444-444444444444"
    data["links"] = [{"persons": [A_MOTHER, applicant], "linked_at": "2026-01-01T10:00:00+00:00"}]
    assert [r.outcome for r in interchange_io.import_document(other, interchange.loads(json.dumps(data)))] == ["added"]
    assert _cases_of(other, A_MOTHER) == ["A-1"]


def test_a_bundle_carries_the_links_and_a_replay_does_not_undo_an_unlink(store, other, tmp_path):
    introduce(store, "Other", other)
    introduce(other, "Alice", store)
    _linked_cases(store)
    first = tmp_path / "first.age"
    sharing.send(store, ["A-1", "B-1"], ["Other"], first)
    assert sharing.receive(other, first).added == ["A-1", "B-1"]
    assert _cases_of(other, A_MOTHER) == ["A-1", "B-1"]

    # The sender unlinks and sends again; its own first bundle, received later here, links nothing.
    with store.write() as s:
        people.unlink(s, store, B_MOTHER)
    sharing.send(store, ["A-1", "B-1"], ["Other"], tmp_path / "second.age")
    sharing.receive(store, first)
    assert _cases_of(store, B_MOTHER) == ["B-1"]


def test_a_group_larger_than_a_link_travels_as_several_and_arrives_whole(store, other):
    ids = [f"{i:08d}-0000-4000-8000-000000000000" for i in range(150)]
    with store.write() as s:
        for i, pid in enumerate(ids):
            cases.save_case(s, store, validate_case(_case(f"G-{i:03d}", pid)))
        for pid in ids[1:]:
            people.link(s, store, ids[0], pid)
    text = interchange_io.export_document(store)
    links = json.loads(text)["links"]
    assert [len(link["persons"]) for link in links] == [100, 51]
    assert set(links[0]["persons"]) | set(links[1]["persons"]) == set(ids)
    interchange_io.import_document(other, interchange.loads(text))
    with other.read() as s:
        assert len(people.person_entry(s, ids[149]).cases) == 150
        assert people.count_people(s) == 151  # 150 applicants and one mother
