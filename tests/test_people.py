"""People across cases: the People list, links (audited, undoable, transitive), rejections, photos."""
from __future__ import annotations

import pytest
from sqlmodel import select

from models.interchange import validate_case
from models.tables import PersonLink
from storage import audit, cases, people
from storage import evidence as ev
from storage.errors import Conflict, NotFound
from tests.factory import case_dict

MOTHER = ["Zeynep Tursun", "زەينەپ تۇرسۇن", "泽依奈普"]


def _save(store, *refs: str) -> dict[str, str]:
    """Cases from the factory (an applicant and a mother each); returns CASE/KEY -> person id."""
    with store.write() as s:
        for ref in refs:
            cases.save_case(s, store, validate_case(case_dict(ref)))
        return {f"{r}/{k}": people.resolve(s, f"{r}/{k}") for r in refs for k in ("applicant", "mother")}


def _actions(store, entity_id: str) -> list[str]:
    with store.read() as s:
        return [e.action for e in reversed(audit.history(s, entity_id))]


def test_every_person_is_listed_alone_until_linked(store):
    ids = _save(store, "A-1", "B-1")
    with store.read() as s:
        assert people.count_people(s) == 4
        entries = people.list_people(s)
    assert [(e.names[0], [a.case for a in e.cases]) for e in entries] == [
        ("Bakhytgul Omarova", ["A-1"]), ("Bakhytgul Omarova", ["B-1"]),
        ("Zeynep Tursun", ["A-1"]), ("Zeynep Tursun", ["B-1"])]
    mother_a = entries[2]
    assert mother_a.id == ids["A-1/mother"] and mother_a.at_risk and mother_a.photo is None
    assert mother_a.names == MOTHER
    assert mother_a.cases[0].person == "mother" and mother_a.cases[0].role == "relative"


def test_a_link_makes_one_entry_is_audited_and_is_undone_by_unlink(store):
    ids = _save(store, "A-1", "B-1")
    a, b = ids["A-1/mother"], ids["B-1/mother"]
    with store.write() as s:
        gid = people.link(s, store, a, b)
        assert people.link(s, store, b, a) == gid  # again: nothing changes
    with store.read() as s:
        assert people.count_people(s) == 3
        entry = people.person_entry(s, b)
    assert entry.id == gid and [(x.case, x.person) for x in entry.cases] == [("A-1", "mother"), ("B-1", "mother")]
    assert entry.names == MOTHER
    assert _actions(store, a) == ["person_linked"]

    with store.write() as s:
        people.unlink(s, store, b)
    with store.read() as s:
        assert people.count_people(s) == 4
        assert [x.case for x in people.person_entry(s, a).cases] == ["A-1"]
        assert people.person_entry(s, a).id == a  # a group of one is no group
    assert _actions(store, b) == ["person_unlinked"]
    with store.write() as s, pytest.raises(NotFound, match="A-1/mother is not linked to anyone"):
        people.unlink(s, store, a)


def test_links_are_transitive(store):
    ids = _save(store, "A-1", "B-1", "C-1")
    with store.write() as s:
        g1 = people.link(s, store, ids["A-1/mother"], ids["B-1/mother"])
        g2 = people.link(s, store, ids["C-1/mother"], ids["B-1/mother"])
    assert g1 == g2
    with store.read() as s:
        assert [x.case for x in people.person_entry(s, ids["C-1/mother"]).cases] == ["A-1", "B-1", "C-1"]
        assert people.count_people(s) == 4  # three applicants and one mother


def test_two_groups_become_one(store):
    ids = _save(store, "A-1", "B-1", "C-1", "D-1")
    with store.write() as s:
        people.link(s, store, ids["A-1/mother"], ids["B-1/mother"])
        people.link(s, store, ids["C-1/mother"], ids["D-1/mother"])
        people.link(s, store, ids["B-1/mother"], ids["D-1/mother"])
    with store.read() as s:
        assert [x.case for x in people.person_entry(s, ids["A-1/mother"]).cases] == ["A-1", "B-1", "C-1", "D-1"]


def test_two_persons_of_one_case_are_never_linked(store):
    ids = _save(store, "A-1", "B-1")
    with store.write() as s:
        with pytest.raises(Conflict, match=r"^A-1/applicant and A-1/mother would be one person twice in case A-1, "
                                           r"so they cannot be linked\.$"):
            people.link(s, store, ids["A-1/applicant"], ids["A-1/mother"])
        people.link(s, store, ids["A-1/mother"], ids["B-1/mother"])
        # Through the group: B-1's applicant would be one with A-1's mother, in A-1 twice.
        with pytest.raises(Conflict, match="twice in case"):
            people.link(s, store, ids["B-1/applicant"], ids["B-1/mother"])
        with pytest.raises(Conflict, match="twice in case A-1"):
            people.link(s, store, ids["A-1/applicant"], ids["B-1/mother"])
    with store.read() as s:
        assert people.count_people(s) == 3
        assert len(s.exec(select(PersonLink)).all()) == 2


def test_a_rejected_pair_is_remembered_once_and_a_link_overrides_it(store):
    ids = _save(store, "A-1", "B-1")
    a, b = ids["A-1/mother"], ids["B-1/mother"]
    with store.write() as s:
        assert not people.rejected(s, a, b)
        people.reject(s, store, b, a)
        people.reject(s, store, a, b)
        assert people.rejected(s, a, b) and people.rejected(s, b, a)
    assert _actions(store, min(a, b)) == ["link_rejected"]
    with store.write() as s:
        people.link(s, store, a, b)
        assert not people.rejected(s, a, b)
        with pytest.raises(Conflict, match="unlink one of them first"):
            people.reject(s, store, a, b)


def test_cases_name_persons_as_case_and_key(store):
    ids = _save(store, "A-1")
    with store.read() as s:
        assert people.resolve(s, "A-1/mother") == ids["A-1/mother"]
        with pytest.raises(NotFound, match=r"^There is no case Z-9 in this store\.$"):
            people.resolve(s, "Z-9/mother")
        with pytest.raises(NotFound, match=r"^Case A-1 has no person with the key father\.$"):
            people.resolve(s, "A-1/father")
        with pytest.raises(NotFound, match="Name a person as CASE/KEY"):
            people.resolve(s, "A-1")


@pytest.mark.parametrize("query", ["Tursun", "tursun", "Турсун", "Зейнеп", "تۇرسۇن", "泽依", "Zeyn"])
def test_people_are_found_in_any_script(store, query):
    _save(store, "A-1")
    with store.read() as s:
        found = people.list_people(s, query)
        assert people.count_people(s, query) == 1
    assert [e.cases[0].person for e in found] == ["mother"]


def test_a_search_finds_the_whole_group_once(store):
    ids = _save(store, "A-1", "B-1")
    with store.write() as s:
        people.link(s, store, ids["A-1/mother"], ids["B-1/mother"])
    with store.read() as s:
        found = people.list_people(s, "Zeynep")
        assert people.count_people(s, "Zeynep") == 1
        assert people.list_people(s, "Nobody-Of-That-Name") == [] and people.count_people(s, "...") == 0
    assert [[x.case for x in e.cases] for e in found] == [["A-1", "B-1"]]


def test_pages_follow_one_another(store):
    _save(store, "A-1", "B-1", "C-1")
    with store.read() as s:
        pages = [people.list_people(s, offset=o, limit=2) for o in (0, 2, 4, 6)]
    assert [len(p) for p in pages] == [2, 2, 2, 0]
    assert len({e.id for p in pages for e in p}) == 6


def test_removing_a_case_removes_its_persons_but_keeps_the_link(store):
    ids = _save(store, "A-1", "B-1", "C-1")
    with store.write() as s:
        people.link(s, store, ids["A-1/mother"], ids["B-1/mother"])
        people.link(s, store, ids["A-1/mother"], ids["C-1/mother"])
        cases.delete_case(s, store, "C-1")
    with store.read() as s:
        assert people.count_people(s) == 3
        assert [x.case for x in people.person_entry(s, ids["A-1/mother"]).cases] == ["A-1", "B-1"]
        assert len(people.list_people(s, "Omarova")) == 2


def test_an_edited_case_is_listed_as_it_is_now(store):
    _save(store, "A-1")
    with store.write() as s:
        case = cases.get_case(s, "A-1")
        mother = case.persons[1].model_copy(update={"names": case.persons[1].names[:1], "at_risk": False})
        cases.save_case(s, store, case.model_copy(update={"persons": [case.persons[0], mother]}))
    with store.read() as s:
        entry = people.list_people(s, "Tursun")[0]
        assert people.list_people(s, "泽依") == []
    assert entry.names == ["Zeynep Tursun"] and not entry.at_risk


def test_a_photo_is_an_evidence_file_of_the_person(store, tmp_path):
    ids = _save(store, "A-1")
    one, two, paper = (tmp_path / n for n in ("one.jpg", "two.jpg", "paper.txt"))
    for f in (one, two, paper):
        f.write_bytes(b"not really a picture " + f.name.encode())
    first = ev.add_file(store, "A-1", one, record_id=ids["A-1/mother"])
    second = ev.add_file(store, "A-1", two, record_id=ids["A-1/mother"])
    loose = ev.add_file(store, "A-1", paper)
    with store.write() as s:
        people.set_photo(s, store, first.id, True)
        people.set_photo(s, store, second.id, True)  # one photo per person: the first is unmarked
        with pytest.raises(Conflict, match="is not recorded for a person"):
            people.set_photo(s, store, loose.id, True)
    with store.read() as s:
        assert people.person_entry(s, ids["A-1/mother"]).photo == second.id
        assert people.person_entry(s, ids["A-1/applicant"]).photo is None
    assert _actions(store, second.id)[-1] == "evidence_photo_set"
    with store.write() as s:
        people.set_photo(s, store, second.id, False)
    with store.read() as s:
        assert people.person_entry(s, ids["A-1/mother"]).photo is None


def test_the_people_list_benchmark_runs_at_a_small_scale(tmp_path):
    """No timing asserted: the benchmark keeps working, and finds its rare name in Cyrillic."""
    from tests.benchmarks import bench_people_list

    figures = bench_people_list.run(120, 10, 1, tmp_path)
    assert figures["cases"] == 120 and figures["persons"] > 240
    assert "PPL-000077" in figures["rare_found"]


def test_a_person_whose_name_is_not_known_is_saved_with_a_birth_year(store):
    # An office writes "?" or "—" for a name it does not know; the birth year may still be known.
    raw = case_dict("Q-1")
    raw["persons"][1]["names"] = [{"value": "—", "script": "Latn"}]
    raw["persons"][1]["birth_year"] = 1961
    with store.write() as s:
        cases.save_case(s, store, validate_case(raw))
    with store.read() as s:
        assert sorted(e.names[0] for e in people.list_people(s)) == ["Bakhytgul Omarova", "—"]
