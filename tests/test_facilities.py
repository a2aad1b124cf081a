"""The facility registry: add, edit, remove; found by any of its names in any script; free-text
places offered for linking and never converted; linking audited and undone; the case search, the
facility filter and the figures use the registry; the interchange format carries it."""
from __future__ import annotations

import json

import pytest

from models import interchange
from storage import audit, cases, facilities, interchange_io
from storage.errors import Conflict, Invalid, NotFound
from storage.figures import figures
from tests import factory

XINYUAN = "0b7f8c2e-3d4a-4f5b-9c6d-7e8f9a0b1c2d"
TEKES = "1c8e9d3f-4e5b-4a6c-8d7e-8f9a0b1c2d3e"


def _xinyuan() -> dict:
    return {"id": XINYUAN, "type": "camp", "county": "Künes", "prefecture": "Ili", "lat": 43.4, "lon": 83.3,
            "names": [{"value": "Xinyuan re-education camp", "script": "Latn"},
                      {"value": "新源县职业技能教育培训中心", "script": "Hans"},
                      {"value": "Синьюань лагерь", "script": "Cyrl"},
                      {"value": "Күнес лагері", "script": "Cyrl", "alias": True},
                      {"value": "Xinyuan", "script": "Latn", "alias": True}]}


def _event(key: str, start: str, facility: str | None = None, name: str | None = None, fid: str | None = None) -> dict:
    place = {"country": "CN", "facility": facility, "name": name}
    if fid:
        place["facility_id"] = fid
    return {"key": key, "kind": "detention", "victims": ["applicant"], "start": start, "place": place,
            "violations": ["arbitrary_detention"]}


@pytest.fixture
def registry(store):
    with store.write() as s:
        facilities.save(s, store, facilities.validated(_xinyuan()))
        facilities.save(s, store, facilities.validated(
            {"id": TEKES, "type": "detention_centre", "prefecture": "Ili",
             "names": [{"value": "Tekes detention centre", "script": "Latn"},
                       {"value": "特克斯县看守所", "script": "Hans"}]}))
        cases.save_case(s, store, factory.case("A-1", events=[_event("d1", "2018-04", "Xinyuan camp")]))
        cases.save_case(s, store, factory.case("B-2", events=[_event("d1", "2019-01", "лагерь в Синьюане"),
                                                              _event("d2", "2019-06", "新源")]))
        cases.save_case(s, store, factory.case("C-3", events=[_event("d1", "2017", "a camp near Ghulja")]))
    return store


def _audit_actions(store, entity_id=None):
    with store.read() as s:
        return [e.action for e in audit.history(s, entity_id)]


@pytest.mark.parametrize("query", ["Xinyuan", "Синьюань", "新源", "синьюань", "Xinyu", "Күнес", "Kunes", "كۈنەس"])
def test_a_facility_is_found_by_any_of_its_names_in_any_script(registry, query):
    with registry.read() as s:
        found = [x.facility.id for x in facilities.list_facilities(s, query)]
    assert found == [XINYUAN]


def test_a_search_that_names_no_facility_finds_none_and_an_empty_one_lists_all(registry):
    with registry.read() as s:
        assert facilities.list_facilities(s, "Urumqi") == []
        listed = facilities.list_facilities(s, "")
    assert [x.facility.display_name() for x in listed] == ["Tekes detention centre", "Xinyuan re-education camp"]
    assert [(x.cases, x.events) for x in listed] == [(0, 0), (0, 0)]


def test_free_text_places_are_offered_for_linking_not_converted(registry):
    with registry.read() as s:
        offers = facilities.offered_links(s)
        before = {c.reference: c for c in cases.get_cases(s)}
    assert sorted((o.case, o.event, o.facility_id) for o in offers) == [
        ("A-1", "d1", XINYUAN), ("B-2", "d1", XINYUAN), ("B-2", "d2", XINYUAN)]
    # Offering changed nothing: no event points to a facility until a user links it.
    assert all(e.place.facility_id is None for c in before.values() for e in c.events)
    with registry.read() as s:
        assert [(x.cases, x.events) for x in facilities.list_facilities(s, "Xinyuan")] == [(0, 0)]


def test_linking_is_audited_listed_with_dates_and_undone(registry):
    with registry.write() as s:
        facilities.link_event(s, registry, "B-2", "d2", XINYUAN)
        facilities.link_event(s, registry, "A-1", "d1", XINYUAN)
    with registry.read() as s:
        shown = [(a.case, a.event, a.start) for a in facilities.appearances(s, XINYUAN)]
        linked = cases.get_case(s, "B-2").events[1]
        offers = [(o.case, o.event) for o in facilities.offered_links(s)]
        listed = facilities.list_facilities(s, "新源")[0]
    assert shown == [("A-1", "d1", "2018-04"), ("B-2", "d2", "2019-06")]
    assert linked.place.facility_id == XINYUAN and linked.place.facility == "新源"  # the text stays
    assert offers == [("B-2", "d1")]
    assert (listed.cases, listed.events) == (2, 2)
    assert _audit_actions(registry, linked.id)[:2] == ["facility_linked", "event_updated"]

    with registry.write() as s:
        facilities.unlink_event(s, registry, "B-2", "d2")
    with registry.read() as s:
        assert [(a.case, a.event) for a in facilities.appearances(s, XINYUAN)] == [("A-1", "d1")]
        assert cases.get_case(s, "B-2").events[1].place.facility_id is None
    assert _audit_actions(registry, linked.id)[0] == "facility_unlinked"
    assert registry.verify_audit() == []


def test_every_name_of_a_linked_facility_finds_its_cases_and_the_filter_uses_the_registry(registry):
    with registry.write() as s:
        facilities.link_event(s, registry, "A-1", "d1", XINYUAN)
    with registry.read() as s:
        # A-1 writes "Xinyuan camp" only; the registry's Chinese and alias names find it.
        assert [c.reference for c in cases.search_cases(s, "培训中心")] == ["A-1"]
        assert [c.reference for c in cases.search_cases(s, "Күнес")] == ["A-1"]
        assert "xinyuan re-education camp" in cases.facet_values(s, "facility")
        found = cases.list_cases(s, cases.CaseQuery(facility="Xinyuan re-education camp"))
    assert [c.reference for c in found] == ["A-1"]


def test_renaming_a_facility_reindexes_the_cases_that_point_to_it(registry):
    with registry.write() as s:
        facilities.link_event(s, registry, "A-1", "d1", XINYUAN)
        entry = facilities.get(s, XINYUAN)
        names = [*entry.model_dump()["names"], {"value": "Nilka road camp", "script": "Latn", "alias": True}]
        assert facilities.save(s, registry, facilities.validated({**entry.model_dump(), "names": names})) == "updated"
    with registry.read() as s:
        assert [c.reference for c in cases.search_cases(s, "Nilka")] == ["A-1"]
    assert _audit_actions(registry, XINYUAN)[0] == "facility_updated"


def test_a_refused_facility_changes_nothing(registry):
    with registry.read() as s:
        before = facilities.list_facilities(s)
    bad = {**_xinyuan(), "id": "2d9f0e4a-5f6c-4b7d-9e8f-9a0b1c2d3e4f",
           "names": [{"value": "One", "script": "Latn"}, {"value": "Two", "script": "Latn"}]}
    with pytest.raises(Invalid, match="two names in Latin"):
        facilities.validated(bad)
    with pytest.raises(Invalid, match="latitude and longitude"):
        facilities.validated({**_xinyuan(), "lon": None})
    with pytest.raises(Invalid):
        facilities.validated({**_xinyuan(), "type": "hotel"})
    with registry.write() as s:
        facilities.link_event(s, registry, "A-1", "d1", XINYUAN)
    with pytest.raises(Conflict, match="unlink them"), registry.write() as s:
        facilities.remove(s, registry, XINYUAN)
    with pytest.raises(NotFound), registry.write() as s:
        facilities.link_event(s, registry, "A-1", "d1", "2d9f0e4a-5f6c-4b7d-9e8f-9a0b1c2d3e4f")
    with registry.read() as s:
        after = facilities.list_facilities(s)
        assert cases.get_case(s, "A-1").events[0].place.facility_id == XINYUAN
    assert [x.facility for x in after] == [x.facility for x in before]


def test_a_facility_no_event_points_to_can_be_removed(registry):
    with registry.write() as s:
        facilities.remove(s, registry, TEKES)
    with registry.read() as s:
        assert [x.facility.id for x in facilities.list_facilities(s)] == [XINYUAN]
    assert _audit_actions(registry, TEKES)[0] == "facility_removed"


def test_figures_by_facility_count_linked_events_under_the_registry_name(registry):
    with registry.write() as s:
        facilities.link_event(s, registry, "A-1", "d1", XINYUAN)
        facilities.link_event(s, registry, "B-2", "d1", XINYUAN)
        facilities.link_event(s, registry, "B-2", "d2", XINYUAN)
    with registry.read() as s:
        rows = figures(s, "facility")
    # Three places written three ways are one facility; the unlinked one keeps its text.
    assert [(r.key, r.cases, r.events) for r in rows] == [
        ("Xinyuan re-education camp", 2, 3), ("a camp near Ghulja", 1, 1)]


def test_export_and_import_carry_the_registry_and_the_links(registry, tmp_path, passphrase):
    from storage.store import Store

    with registry.write() as s:
        facilities.link_event(s, registry, "A-1", "d1", XINYUAN)
    text = interchange_io.export_document(registry, ["A-1", "C-3"])
    doc = json.loads(text)
    assert [f["id"] for f in doc["facilities"]] == [XINYUAN]  # only what the exported events point to
    assert doc["cases"][0]["events"][0]["place"]["facility_id"] == XINYUAN
    assert "facility_id" not in doc["cases"][1]["events"][0]["place"]
    other = Store.create(tmp_path / "other", passphrase=passphrase)[0]
    try:
        interchange_io.import_document(other, interchange.loads(text))
        with other.read() as s:
            assert facilities.get(s, XINYUAN).all_names() == [n["value"] for n in _xinyuan()["names"]]
            assert [(a.case, a.event) for a in facilities.appearances(s, XINYUAN)] == [("A-1", "d1")]
            assert [c.reference for c in cases.search_cases(s, "新源县")] == ["A-1"]
    finally:
        other.close()


def test_a_document_without_facilities_imports_and_exports_as_before(store):
    raw = factory.document(factory.case_dict("OLD-1"))
    interchange_io.import_document(store, interchange.parse_document(raw))
    text = interchange_io.export_document(store)
    doc = json.loads(text)
    assert "facilities" not in doc
    assert "facility_id" not in doc["cases"][0]["events"][0]["place"]


def test_an_event_pointing_to_an_unknown_facility_is_refused_and_nothing_is_imported(store):
    raw = factory.document(factory.case_dict("NEW-1", events=[_event("d1", "2018", "camp", fid=XINYUAN)]))
    with pytest.raises(interchange.InterchangeError, match="case NEW-1, event d1: place.facility_id"):
        interchange_io.import_document(store, interchange.parse_document(raw))
    with store.read() as s:
        assert cases.get_cases(s) == []


def test_a_known_facility_received_again_gains_the_names_it_lacked(registry):
    incoming = {**_xinyuan(), "type": "prison", "names": [
        {"value": "Xinyuan re-education camp", "script": "Latn"},
        {"value": "شىنيۈەن لاگېرى", "script": "Arab"},
        {"value": "Синьюаньский лагерь № 2", "script": "Cyrl"}]}
    raw = {**factory.document(), "facilities": [incoming]}
    interchange_io.import_document(registry, interchange.parse_document(raw))
    with registry.read() as s:
        got = facilities.get(s, XINYUAN)
    assert got.type == "camp"  # what this office recorded is kept
    # A second Cyrillic name comes in as an alias: the registry keeps one name per script.
    assert [(n.value, n.alias) for n in got.names[-2:]] == [("شىنيۈەن لاگېرى", False), ("Синьюаньский лагерь № 2", True)]


def test_the_streamed_import_carries_the_registry_even_after_the_cases(store, tmp_path):
    from storage import bulk_import

    raw = factory.document(factory.case_dict("BIG-1", events=[_event("d1", "2018", "the camp", fid=XINYUAN)]))
    raw["facilities"] = [_xinyuan()]  # written after "cases": the cases come first in the stream
    path = tmp_path / "big.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    bulk_import.import_cases(store, path)
    with store.read() as s:
        assert [(a.case, a.event) for a in facilities.appearances(s, XINYUAN)] == [("BIG-1", "d1")]
        assert [c.reference for c in cases.search_cases(s, "培训中心")] == ["BIG-1"]
