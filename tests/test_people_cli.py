"""The command line: people [--suggest] [--json] [--limit N], link, unlink, with the documented JSON."""
from __future__ import annotations

import json

import pytest

import main
from storage import audit, cases, people
from tests import factory


@pytest.fixture
def cli(store, store_path, passphrase, monkeypatch, capsys):
    with store.write() as s:
        cases.save_case(s, store, factory.case("A-1"))
        cases.save_case(s, store, factory.case("B-1"))
    store.close()
    monkeypatch.setenv("CASEFILE_PASSPHRASE", passphrase)

    def run(*args: str) -> tuple[int, str, str]:
        status = main.main([args[0], str(store_path), *args[1:]])
        out = capsys.readouterr()
        return status, out.out, out.err
    return run


def _open(store_path, passphrase):
    from storage.store import Store
    return Store.open(store_path, passphrase=passphrase)


def test_people_json_lists_every_person_with_cases_and_roles(cli):
    status, out, _ = cli("people", "--json")
    assert status == 0
    listed = json.loads(out)["people"]
    assert [(p["names"][0], [(c["case"], c["person"], c["role"]) for c in p["cases"]]) for p in listed] == [
        ("Bakhytgul Omarova", [("A-1", "applicant", "applicant")]),
        ("Bakhytgul Omarova", [("B-1", "applicant", "applicant")]),
        ("Zeynep Tursun", [("A-1", "mother", "relative")]),
        ("Zeynep Tursun", [("B-1", "mother", "relative")])]
    assert listed[2]["names"] == ["Zeynep Tursun", "زەينەپ تۇرسۇن", "泽依奈普"]
    assert all(isinstance(p["id"], str) and len(p["id"]) == 36 for p in listed)
    status, out, _ = cli("people", "--json", "--limit", "3")
    assert len(json.loads(out)["people"]) == 3


def test_link_and_unlink_by_case_and_key(cli, store_path, passphrase):
    status, out, err = cli("link", "A-1/mother", "B-1/mother")
    assert (status, err) == (0, "")
    assert out == "Linked A-1/mother and B-1/mother: one person in 2 cases: A-1, B-1.\n"
    listed = json.loads(cli("people", "--json")[1])["people"]
    assert [[c["case"] for c in p["cases"]] for p in listed] == [["A-1"], ["B-1"], ["A-1", "B-1"]]

    status, out, _ = cli("people")
    assert out.splitlines()[2].split("\t")[1:] == ["Zeynep Tursun", "A-1/mother (relative), B-1/mother (relative)",
                                                  "AT RISK"]
    assert cli("people", "--search", "Турсун")[1].count("\n") == 1

    assert cli("unlink", "B-1/mother")[0] == 0
    assert len(json.loads(cli("people", "--json")[1])["people"]) == 4
    with _open(store_path, passphrase) as store, store.read() as s:
        actions = [e.action for e in audit.history(s) if e.action.startswith("person_")]
    assert actions == ["person_unlinked", "person_linked"]


@pytest.mark.parametrize("args, message", [
    (("link", "A-1/mother", "A-1/applicant"), "A-1/mother and A-1/applicant would be one person twice in case A-1, "
                                              "so they cannot be linked.\n"),
    (("link", "A-1/mother", "Z-9/mother"), "There is no case Z-9 in this store.\n"),
    (("link", "A-1/mother", "B-1"), "Name a person as CASE/KEY, a case reference and the person's key within it, "
                                    "not 'B-1'.\n"),
    (("unlink", "A-1/father"), "Case A-1 has no person with the key father.\n"),
    (("unlink", "A-1/mother"), "A-1/mother is not linked to anyone.\n"),
    (("people", "--limit", "0"), "--limit is 1 to 10,000,000, not 0.\n"),
])
def test_refusals_are_one_sentence_and_change_nothing(cli, store_path, passphrase, args, message):
    status, out, err = cli(*args)
    assert (status, out, err) == (1, "", message)
    with _open(store_path, passphrase) as store, store.read() as s:
        assert people.count_people(s) == 4
        assert not any(e.action.startswith("person_") for e in audit.history(s))


def test_suggestions_json_best_first_and_never_a_linked_pair(cli):
    status, out, _ = cli("people", "--suggest", "--json")
    assert status == 0
    found = json.loads(out)["suggestions"]
    assert [(x["a"]["case"], x["a"]["person"], x["b"]["case"], x["b"]["person"]) for x in found] == [
        ("A-1", "applicant", "B-1", "applicant"), ("A-1", "mother", "B-1", "mother")]
    assert found[0]["a"]["name"] == "Bakhytgul Omarova" and found[1]["b"]["name"] == "Zeynep Tursun"
    assert found[0]["score"] >= found[1]["score"] and 0 <= found[1]["score"] <= 1
    assert "born 1983 in both" in found[0]["reasons"] and all(isinstance(r, str) for r in found[1]["reasons"])
    assert "same_birth_year" in found[0]["codes"]

    cli("link", "A-1/mother", "B-1/mother")
    after = json.loads(cli("people", "--suggest", "--json")[1])["suggestions"]
    assert [(x["a"]["person"], x["b"]["person"]) for x in after] == [("applicant", "applicant")]
    assert len(json.loads(cli("people", "--suggest", "--json", "--limit", "1")[1])["suggestions"]) == 1
