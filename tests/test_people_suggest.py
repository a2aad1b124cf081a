"""Suggested links in a store: what a caseworker reviewing the People view would see."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from models.interchange import validate_case
from models.person_match import english
from storage import cases, people, people_suggest
from tests.factory import case_dict


def _case(ref, applicant, year, mother, mother_script="Latn", script="Latn"):
    data = case_dict(ref)
    data["persons"][0]["names"] = [{"value": applicant, "script": script}]
    data["persons"][0]["birth_year"] = year
    data["persons"][1]["names"] = [{"value": mother, "script": mother_script}]
    data["events"][0]["place"] = {"name": "Nilka County", "country": "CN"}
    return validate_case(data)


@pytest.fixture
def three(store):
    with store.write() as s:
        cases.save_case(s, store, _case("A-1", "Zhamal Aqanqyzy", 1979, "Gulnar"))
        cases.save_case(s, store, _case("B-1", "Жамал Ақанқызы", 1979, "Гүлнар", "Cyrl", "Cyrl"))
        cases.save_case(s, store, _case("C-1", "Zhamal Serikqyzy", 1990, "Aigerim"))
    with store.read() as s:
        return {ref: people.resolve(s, ref) for ref in ("A-1/applicant", "B-1/applicant", "C-1/applicant",
                                                         "A-1/mother", "B-1/mother")}


def _pairs(found):
    return [(f"{x.a.case}/{x.a.person}", f"{x.b.case}/{x.b.person}") for x in found]


def test_the_same_woman_in_two_scripts_is_suggested_first_with_its_reasons(store, three):
    with store.read() as s:
        found = people_suggest.suggestions_for(s, three["A-1/applicant"])
    assert _pairs(found)[0] == ("A-1/applicant", "B-1/applicant")
    best = found[0]
    assert english(best.reasons) == ("same name in Cyrillic and Latin; born 1979 in both; "
                                     "both name Gulnar as mother; both name Nilka County")
    assert best.b.name == "Жамал Ақанқызы" and best.b.person_id == three["B-1/applicant"]
    assert 0.9 < best.score <= 1
    # another father, born eleven years later: not worth a look
    assert ("A-1/applicant", "C-1/applicant") not in _pairs(found)
    # nobody of her own case, ever
    assert all(x.b.case != "A-1" for x in found)


def test_the_whole_pass_lists_each_pair_once_best_first(store, three):
    with store.read() as s:
        found = people_suggest.all_suggestions(s)
    assert _pairs(found) == [("A-1/applicant", "B-1/applicant"), ("A-1/mother", "B-1/mother")]
    assert found[0].score >= found[1].score >= 0.5
    assert english(found[1].reasons) == "same name in Cyrillic and Latin; both name Zhamal Aqanqyzy as child"
    with store.read() as s:
        assert len(people_suggest.all_suggestions(s, limit=1)) == 1
        assert people_suggest.all_suggestions(s, min_score=0.99) == []


def test_linked_or_rejected_pairs_are_not_suggested_again(store, three):
    a, b = three["A-1/applicant"], three["B-1/applicant"]
    with store.write() as s:
        people.link(s, store, a, b)
    with store.read() as s:
        assert ("A-1/applicant", "B-1/applicant") not in _pairs(people_suggest.suggestions_for(s, a))
        assert ("A-1/applicant", "B-1/applicant") not in _pairs(people_suggest.all_suggestions(s))
    with store.write() as s:
        people.unlink(s, store, a)
        people.reject(s, store, three["A-1/mother"], three["B-1/mother"])
    with store.read() as s:
        assert _pairs(people_suggest.suggestions_for(s, a))[0] == ("A-1/applicant", "B-1/applicant")
        assert people_suggest.suggestions_for(s, three["B-1/mother"]) == []
        assert _pairs(people_suggest.all_suggestions(s)) == [("A-1/applicant", "B-1/applicant")]


def test_a_person_of_a_case_the_group_already_covers_is_not_suggested(store, three):
    with store.write() as s:
        cases.save_case(s, store, _case("D-1", "Жамал Ақанқызы", 1979, "Гүлнар", "Cyrl", "Cyrl"))
        d = people.resolve(s, "D-1/applicant")
        people.link(s, store, three["B-1/applicant"], d)
        found = people_suggest.suggestions_for(s, three["A-1/applicant"])
    assert ("A-1/applicant", "B-1/applicant") in _pairs(found) and ("A-1/applicant", "D-1/applicant") in _pairs(found)
    with store.write() as s:
        people.link(s, store, three["A-1/applicant"], three["B-1/applicant"])
        cases.save_case(s, store, _case("E-1", "Zhamal Aqanqyzy", 1979, "Gulnar"))
        assert _pairs(people_suggest.suggestions_for(s, three["A-1/applicant"])) == [("A-1/applicant", "E-1/applicant")]


def test_an_edited_or_deleted_case_changes_the_suggestions(store, three):
    with store.write() as s:
        b1 = cases.get_case(s, "B-1")
        other = b1.model_copy(update={"persons": [b1.persons[0].model_copy(update={"names": [
            b1.persons[0].names[0].model_copy(update={"value": "Aigerim Qasymova"})]})] + b1.persons[1:]})
        cases.save_case(s, store, other)
        assert "B-1" not in {x.b.case for x in people_suggest.suggestions_for(s, three["A-1/applicant"])}
        assert ("A-1/mother", "B-1/mother") in _pairs(people_suggest.suggestions_for(s, three["A-1/mother"]))
        cases.delete_case(s, store, "B-1")
        assert people_suggest.suggestions_for(s, three["A-1/mother"]) == []
        left = s.execute(text("SELECT count(*) FROM person_name_key WHERE person_id = :p"),
                         {"p": three["B-1/mother"]}).scalar_one()
    assert left == 0


def test_a_common_name_uses_rarer_keys_and_stays_bounded(store, monkeypatch):
    monkeypatch.setattr(people_suggest, "BLOCK_CAP", 5)
    with store.write() as s:
        for i in range(12):   # a dozen Nurlan Ospanovs born in other years: every name key is common
            cases.save_case(s, store, _case(f"N-{i}", "Nurlan Ospanov", 1940 + i, "Saule"))
        cases.save_case(s, store, _case("X-1", "Nurlan Ospanov", 1979, "Gulnar"))
        cases.save_case(s, store, _case("X-2", "Нұрлан Оспанов", 1979, "Гүлнар", "Cyrl", "Cyrl"))
        me = people.resolve(s, "X-1/applicant")
        found = people_suggest.suggestions_for(s, me)
    # the name with the birth year is a rare key: the one born the same year is found, no one else
    assert _pairs(found) == [("X-1/applicant", "X-2/applicant")]


def test_an_unknown_person_has_no_suggestions(store, three):
    with store.read() as s:
        assert people_suggest.suggestions_for(s, "00000000-0000-4000-8000-000000000000") == []


def test_what_many_persons_share_counts_less():
    assert people_suggest.commonness(2) == people_suggest.commonness(3) == 0
    assert people_suggest.commonness(6) == pytest.approx(0.05)
    assert people_suggest.commonness(12) == pytest.approx(0.10)
    assert people_suggest.commonness(1000) == 0.15


def test_namesakes_in_many_cases_are_not_suggested_as_one_person(store, monkeypatch):
    with store.write() as s:
        for i in range(8):   # eight different women of one name and no other fact in common
            data = _case(f"M-{i}", "Aliya Omarova", None, f"Mother{chr(65 + i)}")
            data = data.model_copy(update={"events": [], "persons": data.persons[:1]})
            cases.save_case(s, store, data)
        found = people_suggest.all_suggestions(s)
        one = people_suggest.suggestions_for(s, people.resolve(s, "M-0/applicant"))
    assert found == []
    assert one and all(x.score < 0.5 for x in one)


def test_the_whole_pass_finds_a_rare_name_whose_words_are_only_similar(store):
    with store.write() as s:
        cases.save_case(s, store, _case("T-1", "Yerzhan Tokhtarov", 1984, "Saule"))
        cases.save_case(s, store, _case("T-2", "Ержан Тоқтаров", 1984, "Сәуле", "Cyrl", "Cyrl"))
        found = people_suggest.all_suggestions(s)
    assert ("T-1/applicant", "T-2/applicant") in _pairs(found)
    best = next(x for x in found if x.a.person == "applicant")
    assert english(best.reasons).startswith("similar names Yerzhan Tokhtarov and Ержан Тоқтаров; born 1984 in both")
