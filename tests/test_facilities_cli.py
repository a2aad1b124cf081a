"""The command line: facilities STORE [--json] [--search] [--offers] [--add] [--link] [--unlink]."""
from __future__ import annotations

import json

import pytest

import main
from storage import cases
from tests import factory


@pytest.fixture
def cli(store, store_path, passphrase, monkeypatch, capsys):
    with store.write() as s:
        cases.save_case(s, store, factory.case("A-1", events=[
            {"key": "d1", "kind": "detention", "victims": ["applicant"], "start": "2018-04",
             "place": {"country": "CN", "facility": "Синьюань лагері"}}]))
    store.close()
    monkeypatch.setenv("CASEFILE_PASSPHRASE", passphrase)

    def run(*args: str) -> tuple[int, str, str]:
        status = main.main([args[0], str(store_path), *args[1:]])
        out = capsys.readouterr()
        return status, out.out, out.err
    return run


def test_add_offer_link_and_list_as_json(cli):
    status, _, err = cli("facilities", "--add", "--type", "camp", "--name", "Xinyuan camp", "--name", "新源",
                         "--alias", "Күнес лагері", "--prefecture", "Ili", "--lat", "43.4", "--lon", "83.3")
    assert status == 0 and "Added the facility" in err
    status, out, _ = cli("facilities", "--json")
    listed = json.loads(out)["facilities"]
    assert [(f["name"], f["type"], f["prefecture"], f["lat"], f["lon"], f["cases"], f["events"]) for f in listed] == [
        ("Xinyuan camp", "camp", "Ili", 43.4, 83.3, 0, 0)]
    assert [(n["value"], n["script"], n["alias"]) for n in listed[0]["names"]] == [
        ("Xinyuan camp", "Latn", False), ("新源", "Hans", False), ("Күнес лагері", "Cyrl", True)]
    fid = listed[0]["id"]

    status, out, _ = cli("facilities", "--offers", "--json")
    assert json.loads(out)["offers"] == [{"facility": fid, "matched": "新源", "case": "A-1", "event": "d1",
                                          "date": "2018-04", "place": "Синьюань лагері"}]

    assert cli("facilities", "--link", "A-1/d1", fid)[0] == 0
    status, out, _ = cli("facilities", "--search", "Синьюань", "--json")
    found = json.loads(out)["facilities"][0]
    assert (found["cases"], found["events"]) == (1, 1)
    assert found["appearances"] == [{"case": "A-1", "event": "d1", "kind": "detention", "start": "2018-04", "end": None}]
    assert json.loads(cli("facilities", "--offers", "--json")[1])["offers"] == []

    assert cli("facilities", "--unlink", "A-1/d1")[0] == 0
    assert json.loads(cli("facilities", "--json")[1])["facilities"][0]["events"] == 0


def test_a_refused_facility_is_one_sentence_and_adds_nothing(cli):
    status, _, err = cli("facilities", "--add", "--name", "Camp one", "--name", "Camp two")
    assert status == 1
    assert "two names in Latin" in err and "Traceback" not in err
    assert json.loads(cli("facilities", "--json")[1]) == {"facilities": []}
