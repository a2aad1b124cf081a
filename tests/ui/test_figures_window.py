"""The figures window (Store › Figures for reports…): its table and chart against counts made by
hand on a small store, sorting, and the CSV it exports, which names no one."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from storage import cases
from tests import factory


def _event(key, victims, violations, facility=None, admin=None, start=None, kind="detention"):
    place = {k: v for k, v in (("facility", facility), ("admin", admin)) if v}
    return {"key": key, "kind": kind, "victims": victims, "violations": violations, "start": start,
            **({"place": place} if place else {})}


@pytest.fixture
def figures_store(store):
    with store.write() as s:
        cases.save_case(s, store, factory.case("A-1", events=[
            _event("e1", ["applicant"], ["arbitrary_detention", "torture"], "Xinyuan camp", "Ili", "2018-04"),
            _event("e2", ["applicant", "mother"], ["arbitrary_detention"], "XINYUAN CAMP", "Ili", "2019-01"),
            _event("e3", ["mother"], [], kind="threat")]))
        cases.save_case(s, store, factory.case("B-2", status="closed", events=[
            _event("e1", ["applicant"], ["torture", "forced_labor"], "Kashgar prison", "Kashgar", "2018-06")]))
    return store


def _dialog(qtbot, services):
    from ui.figures_dialog import FiguresDialog

    dlg = FiguresDialog(services)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: not dlg.loading, timeout=5000)
    return dlg


def _count_by(qtbot, dlg, by):
    dlg.by.setCurrentIndex(dlg.by.findData(by))
    qtbot.waitUntil(lambda: not dlg.loading and dlg.model.by == by, timeout=5000)
    p = dlg.proxy
    return [tuple(p.data(p.index(r, c)) for c in range(4)) for r in range(p.rowCount())]


def test_the_model_passes_the_qt_model_tester(qtmodeltester, figures_store):
    from storage.figures import figures
    from ui.figures_table_model import FiguresTableModel

    model = FiguresTableModel()
    with figures_store.read() as s:
        model.set_rows(figures(s, "violation"), "violation")
    qtmodeltester.check(model, force_py=True)


def test_the_table_and_the_chart_match_a_count_by_hand(qtbot, services, figures_store):
    dlg = _dialog(qtbot, services)
    # violation: cases, persons (once per case), events
    assert _count_by(qtbot, dlg, "violation") == [("Torture", "2", "2", "2"),
                                                  ("Arbitrary detention", "1", "2", "2"),
                                                  ("Forced labour", "1", "1", "1"),
                                                  ("Not recorded", "1", "1", "1")]
    assert dlg.chart.bars() == [("Torture", 2), ("Arbitrary detention", 1), ("Forced labour", 1),
                                ("Not recorded", 1)]
    dlg.measure.setCurrentIndex(dlg.measure.findText("Events"))
    assert dlg.chart.bars()[:2] == [("Torture", 2), ("Arbitrary detention", 2)]
    # "Xinyuan camp" and "XINYUAN CAMP" are one facility
    assert _count_by(qtbot, dlg, "facility") == [("Xinyuan camp", "1", "2", "2"), ("Kashgar prison", "1", "1", "1"),
                                                 ("Not recorded", "1", "1", "1")]
    assert _count_by(qtbot, dlg, "year") == [("2018", "2", "2", "2"), ("2019", "1", "2", "1"),
                                             ("Not recorded", "1", "1", "1")]
    assert _count_by(qtbot, dlg, "status") == [("Open", "1", "2", "3"), ("Closed", "1", "2", "1")]
    assert dlg.model.headerData(0, Qt.Orientation.Horizontal) == "Status"


def test_sorting_by_a_column(qtbot, services, figures_store):
    from ui.figures_table_model import FiguresTableModel

    dlg = _dialog(qtbot, services)
    dlg.view.sortByColumn(FiguresTableModel.KEY, Qt.SortOrder.AscendingOrder)
    p = dlg.proxy
    assert [p.data(p.index(r, 0)) for r in range(p.rowCount())] == [
        "Arbitrary detention", "Forced labour", "Torture", "Not recorded"]
    dlg.view.sortByColumn(FiguresTableModel.PERSONS, Qt.SortOrder.AscendingOrder)
    assert [p.data(p.index(r, 2)) for r in range(p.rowCount())] == ["1", "1", "2", "2"]


def test_the_csv_export_holds_counts_and_no_names(qtbot, services, figures_store, tmp_path, monkeypatch):
    target = tmp_path / "figures.csv"
    monkeypatch.setattr("ui.figures_dialog.save_file", lambda *a, **k: str(target))
    dlg = _dialog(qtbot, services)
    _count_by(qtbot, dlg, "facility")
    dlg.export_button.click()
    lines = target.read_text("utf-8").splitlines()
    assert lines == ["facility,label,cases,persons,events", "Xinyuan camp,Xinyuan camp,1,2,2",
                     "Kashgar prison,Kashgar prison,1,1,1", "(not recorded),(not recorded),1,1,1"]
    for private in ("Omarova", "Zeynep", "Tursun", "Tekes", "A-1"):
        assert private.lower() not in target.read_text("utf-8").lower()
    assert str(target) in dlg.status.text()


def test_the_store_menu_opens_both_windows(qtbot, window):
    titles = {a.text().replace("&", "") for m in window.menuBar().actions() if m.menu()
              for a in m.menu().actions()}
    assert {"What is due…", "Figures for reports…"} <= titles
    action = next(a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
                  if a.text().replace("&", "") == "Figures for reports…")
    action.trigger()
    assert window.figures is not None and window.figures.isVisible()
