"""Cases › Facilities…: the list searchable in any script, the detail with names per script and the
cases and events with dates, the add/edit dialog, and the review of places offered for linking."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from storage import cases, facilities
from tests import factory

CAMP = "0b7f8c2e-3d4a-4f5b-9c6d-7e8f9a0b1c2d"


def _event(key, start, text, fid=None):
    place = {"country": "CN", "facility": text}
    if fid:
        place["facility_id"] = fid
    return {"key": key, "kind": "detention", "victims": ["applicant"], "start": start, "place": place}


@pytest.fixture
def registry(store):
    with store.write() as s:
        facilities.save(s, store, facilities.validated(
            {"id": CAMP, "type": "camp", "county": "Künes", "prefecture": "Ili", "lat": 43.43, "lon": 83.26,
             "names": [{"value": "Xinyuan re-education camp", "script": "Latn"},
                       {"value": "新源县职业技能教育培训中心", "script": "Hans"},
                       {"value": "Күнес лагері", "script": "Cyrl", "alias": True}]}))
        cases.save_case(s, store, factory.case("ALM-2019-014", events=[_event("d1", "2018-04", "Xinyuan camp", CAMP)]))
        cases.save_case(s, store, factory.case("AST-2020-031", events=[_event("d1", "2019-02", "Күнес лагері"),
                                                                       _event("d2", "2019-09", "a factory in Ghulja")]))
    return store


def _window(qtbot, services):
    from ui.facilities_window import FacilitiesWindow

    w = FacilitiesWindow(services)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.model.rowCount() > 0 and w.events.rowCount() > 0, timeout=5000)
    return w


def test_the_model_passes_the_qt_model_tester(qtmodeltester, qtbot, services, registry):
    w = _window(qtbot, services)
    qtmodeltester.check(w.model)


def test_the_window_lists_a_facility_with_its_names_and_the_events_that_point_to_it(qtbot, services, registry):
    w = _window(qtbot, services)
    assert w.heading.text() == "Xinyuan re-education camp"
    assert (w.prefecture_label.text(), w.county_label.text()) == ("Ili", "Künes")
    assert w.coords_label.text() == "43.43000, 83.26000"
    names = [[w.names.item(r, c).text() for c in range(3)] for r in range(w.names.rowCount())]
    assert names == [["Latin", "Xinyuan re-education camp", "name"],
                     ["Chinese (simplified)", "新源县职业技能教育培训中心", "name"],
                     ["Cyrillic", "Күнес лагері", "alias"]]
    assert [[w.events.item(0, c).text() for c in range(4)]] == [["ALM-2019-014", "d1", "Detention", "2018-04"]]


@pytest.mark.parametrize("query, rows", [("Синьюань", 1), ("新源", 1), ("Kunes", 1), ("Urumqi", 0)])
def test_the_search_box_finds_a_facility_by_any_name(qtbot, services, registry, query, rows):
    w = _window(qtbot, services)
    w.search.setText(query)
    qtbot.waitUntil(lambda: w.model.rowCount() == rows, timeout=5000)


def test_adding_a_facility_through_the_dialog_reaches_the_store(qtbot, services, registry, monkeypatch):
    from ui.facility_dialog import FacilityDialog

    dlg = FacilityDialog()
    qtbot.addWidget(dlg)
    dlg.type.setCurrentIndex(dlg.type.findData("prison"))
    dlg.names.setPlainText("Tekes prison\n特克斯监狱")
    dlg.aliases.setPlainText("Текес түрмесі")
    dlg.prefecture.setText("Ili")
    dlg.lat.setText("43,2")  # a comma, as a Russian or Kazakh keyboard writes it
    dlg.lon.setText("81.8")
    dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
    entry = dlg.result_entry
    assert entry is not None and (entry.lat, entry.lon) == (43.2, 81.8)
    assert [(n.value, n.script, n.alias) for n in entry.names] == [
        ("Tekes prison", "Latn", False), ("特克斯监狱", "Hans", False), ("Текес түрмесі", "Cyrl", True)]

    monkeypatch.setattr(FacilityDialog, "ask", classmethod(lambda cls, parent, existing=None: entry))
    w = _window(qtbot, services)
    w.add_button.click()
    qtbot.waitUntil(lambda: w.model.rowCount() == 2, timeout=5000)
    with registry.read() as s:
        assert facilities.get(s, entry.id).prefecture == "Ili"


def test_the_dialog_refuses_two_names_in_one_script_and_says_why(qtbot):
    from ui.facility_dialog import FacilityDialog

    dlg = FacilityDialog()
    qtbot.addWidget(dlg)
    dlg.names.setPlainText("Camp one\nCamp two")
    dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
    assert dlg.result_entry is None
    assert "two names in Latin" in dlg.problem.text()


def test_the_dialog_says_why_in_the_window_s_language(qtbot, qapp):
    from ui import language
    from ui.facility_dialog import FacilityDialog

    dlg = FacilityDialog()
    qtbot.addWidget(dlg)
    dlg.names.setPlainText("Camp one\nCamp two")
    language.install(qapp, "ru")
    try:
        dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
    finally:
        language.install(qapp, "en")
    assert dlg.result_entry is None
    assert dlg.problem.text() == ("Место содержания не сохранено: данные некорректны (names: два названия в одной "
                                  "письменности (Латиница); сделайте одно из них другим названием).")


def test_link_places_offers_written_places_and_links_only_the_ticked(qtbot, services, registry):
    from ui.link_places_dialog import LinkPlacesDialog

    dlg = LinkPlacesDialog(services)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=5000)
    assert [dlg.table.item(0, c).text() for c in range(5)] == [
        "AST-2020-031", "d1", "2019-02", "Күнес лагері", "Xinyuan re-education camp"]
    assert not dlg.link_button.isEnabled()
    dlg.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    dlg.link_button.click()
    qtbot.waitUntil(lambda: dlg.linked == 1, timeout=5000)
    with registry.read() as s:
        assert [(a.case, a.event) for a in facilities.appearances(s, CAMP)] == [
            ("ALM-2019-014", "d1"), ("AST-2020-031", "d1")]
        assert cases.get_case(s, "AST-2020-031").events[1].place.facility_id is None


def test_the_menu_opens_the_window(qtbot, window):
    from ui.facilities_window import FacilitiesWindow

    window._on_facilities_action_triggered()
    assert [w.isVisible() for w in window.findChildren(FacilitiesWindow)] == [True]


def test_editing_a_linked_case_in_the_form_keeps_its_link(qtbot, services, registry):
    from ui.editor.case_dialog import CaseDialog

    with registry.read() as s:
        case = cases.get_case(s, "ALM-2019-014")
    dlg = CaseDialog(services, case)
    qtbot.addWidget(dlg)
    title = dlg.case_form.widget_for("title")
    title.selectAll()
    qtbot.keyClicks(title, "Detention in Xinyuan")
    assert dlg.save()
    with registry.read() as s:
        assert cases.get_case(s, "ALM-2019-014").events[0].place.facility_id == CAMP
        assert [a.case for a in facilities.appearances(s, CAMP)] == ["ALM-2019-014"]
