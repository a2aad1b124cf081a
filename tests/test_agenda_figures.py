"""What is due across cases (agenda, its calendar file) and figures for reports (stats), against
counts made by hand; the calendar and the CSV hold no names."""
from __future__ import annotations

import datetime as dt
import json

import pytest

import main
from storage import cases
from storage.agenda import due, ics_text
from storage.figures import csv_text, figures
from tests import factory

TODAY = dt.date(2027, 2, 10)


def _proceedings(hearings=(), deadlines=()):
    return [{"kind": "asylum_appeal", "forum": "Almaty City Court", "country": "KZ", "status": "pending",
             "hearings": [{"date": d} for d in hearings],
             "deadlines": [{"date": d, "description": text, "done": done} for d, text, done in deadlines]}]


@pytest.fixture
def agenda_store(store):
    with store.write() as s:
        cases.save_case(s, store, factory.case("A-1", proceedings=_proceedings(
            hearings=["2027-02-12", "2027-03"],            # in the week; a month without a day
            deadlines=[("2027-02-01", "File the appeal for Zeynep Tursun", False),   # overdue
                       ("2027-02-05", "Translate the hukou", True)])))                # done: not due
        cases.save_case(s, store, factory.case("B-2", proceedings=_proceedings(
            hearings=["2027-02-10", "2027-02-25"],         # today; later than a week
            deadlines=[("2027-02-17", "Submit the witness statement", False)])))     # the 7th day
        cases.save_case(s, store, factory.case("C-3", proceedings=[]))
    return store


def test_the_agenda_lists_what_is_due_this_week_and_what_is_overdue(agenda_store):
    with agenda_store.read() as s:
        items = due(s, TODAY, 7)
    assert [(i.case, i.date, i.kind, i.overdue) for i in items] == [
        ("A-1", "2027-02-01", "deadline", True),
        ("B-2", "2027-02-10", "hearing", False),
        ("A-1", "2027-02-12", "hearing", False),
        ("B-2", "2027-02-17", "deadline", False),
    ]
    assert items[1].what == "Asylum appeal, Almaty City Court"
    with agenda_store.read() as s:
        assert [i.date for i in due(s, TODAY, 0, overdue=False)] == ["2027-02-10"]
        assert [i.date for i in due(s, TODAY, 30, overdue=False)] == ["2027-02-10", "2027-02-12", "2027-02-17",
                                                                      "2027-02-25"]


def test_a_deadline_marked_done_leaves_the_agenda(agenda_store):
    with agenda_store.write() as s:
        c = cases.get_case(s, "A-1")
        pr = c.proceedings[0]
        deadlines = [d.model_copy(update={"done": True}) for d in pr.deadlines]
        cases.save_case(s, agenda_store, c.model_copy(update={
            "proceedings": [pr.model_copy(update={"deadlines": deadlines})]}))
    with agenda_store.read() as s:
        assert [(i.case, i.kind) for i in due(s, TODAY, 7)] == [("B-2", "hearing"), ("A-1", "hearing"),
                                                                ("B-2", "deadline")]


def test_the_calendar_file_holds_references_and_kinds_only(agenda_store):
    with agenda_store.read() as s:
        data = ics_text(due(s, TODAY, 7)).decode()
    assert data.startswith("BEGIN:VCALENDAR")
    assert data.count("BEGIN:VEVENT") == 4
    assert "SUMMARY:A-1: deadline" in data and "DTSTART;VALUE=DATE:20270212" in data
    for private in ("Zeynep", "Tursun", "appeal", "Almaty", "witness", "Omarova"):
        assert private.lower() not in data.lower()


def test_an_agenda_too_far_ahead_is_refused(agenda_store):
    with agenda_store.read() as s, pytest.raises(ValueError, match="0 to 3660 days"):
        due(s, TODAY, 100_000)


def test_a_store_indexed_before_deadlines_had_facets_finds_them_after_reopening(agenda_store, store_path,
                                                                                 passphrase):
    from sqlalchemy import text

    from storage.store import Store

    with agenda_store.write() as s:   # as an older version left it: no deadline facets, older index mark
        s.execute(text("DELETE FROM case_facet WHERE kind = 'deadline'"))
        s.execute(text("UPDATE meta SET value = 'names-2:old' WHERE key = 'search_index'"))
    agenda_store.close()
    with Store.open(store_path, passphrase=passphrase) as again, again.read() as s:
        assert ("A-1", "2027-02-01") in [(i.case, i.date) for i in due(s, TODAY, 7)]


def _event(key, victims, start, facility=None, admin=None, violations=()):
    return {"key": key, "kind": "detention", "victims": victims, "start": start,
            "place": {"facility": facility, "admin": admin, "country": "CN"} if facility or admin else None,
            "violations": list(violations)}


@pytest.fixture
def figures_store(store):
    persons = factory.case_dict()["persons"]
    with store.write() as s:
        cases.save_case(s, store, factory.case("F-1", status="open", events=[
            _event("e1", ["applicant", "mother"], "2018-04", "Xinyuan camp", "Ili", ["arbitrary_detention", "torture"]),
            _event("e2", ["mother"], "2019", "XINYUAN CAMP", "Ili", ["forced_labor"]),
        ], persons=persons))
        cases.save_case(s, store, factory.case("F-2", status="closed", events=[
            _event("e1", ["applicant"], "2018-11-02", "Aqsu prison", "Aqsu", ["arbitrary_detention"]),
            _event("e2", [], None),
        ], persons=persons))
    return store


def test_figures_by_violation_facility_prefecture_year_and_status(figures_store):
    def table(by):
        with figures_store.read() as s:
            return [(r.key, r.cases, r.persons, r.events) for r in figures(s, by)]

    assert table("violation") == [("arbitrary_detention", 2, 3, 2), ("forced_labor", 1, 1, 1),
                                  ("torture", 1, 2, 1), ("", 1, 0, 1)]
    assert table("facility") == [("Xinyuan camp", 1, 2, 2), ("Aqsu prison", 1, 1, 1), ("", 1, 0, 1)]
    assert table("prefecture") == [("Ili", 1, 2, 2), ("Aqsu", 1, 1, 1), ("", 1, 0, 1)]
    assert table("year") == [("2018", 2, 3, 2), ("2019", 1, 1, 1), ("", 1, 0, 1)]
    assert table("status") == [("closed", 1, 2, 2), ("open", 1, 2, 2)]


def test_the_csv_has_no_names(figures_store):
    with figures_store.read() as s:
        data = csv_text(figures(s, "facility"), "facility").decode()
    assert data.splitlines()[0] == "facility,label,cases,persons,events"
    assert "Xinyuan camp,Xinyuan camp,1,2,2" in data
    for private in ("Omarova", "Zeynep", "F-1", "F-2"):
        assert private not in data


def test_the_command_line_prints_the_documented_json(figures_store, agenda_store, store_path, passphrase,
                                                     monkeypatch, capsys, tmp_path):
    figures_store.close()
    monkeypatch.setenv("CASEFILE_PASSPHRASE", passphrase)
    assert main.main(["stats", str(store_path), "--by", "year", "--json", "--csv", str(tmp_path / "y.csv")]) == 0
    out = json.loads(capsys.readouterr().out)
    # 2018: F-1/e1 (2 victims), F-2/e1, and the detention of April 2018 of A-1, B-2 and C-3 (1 victim each).
    assert out["by"] == "year" and out["rows"][0] == {"key": "2018", "label": "2018", "cases": 5, "persons": 6,
                                                       "events": 5}
    assert (tmp_path / "y.csv").read_text().startswith("year,label,cases,persons,events")
    assert main.main(["agenda", str(store_path), "--days", "36500", "--json"]) == 1
    assert "--days is 0 to 3660" in capsys.readouterr().err
    assert main.main(["agenda", str(store_path), "--days", "3660", "--json", "--ics", str(tmp_path / "a.ics")]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert [set(i) >= {"case", "date", "kind", "what"} for i in items] == [True] * len(items)
    assert len(items) == 5 and [i["date"] for i in items] == sorted(i["date"] for i in items)
    assert (tmp_path / "a.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
