"""The agenda window (Store › What is due…) and the notice in the status bar, over a store whose
cases have hearings and deadlines around today; the calendar it exports holds no names."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from storage import cases
from tests import factory
from tests.test_agenda_figures import _proceedings

TODAY = dt.date.today()


def _day(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


@pytest.fixture
def agenda_store(store):
    with store.write() as s:
        cases.save_case(s, store, factory.case("A-1", proceedings=_proceedings(
            hearings=[_day(2)],
            deadlines=[(_day(-9), "File the appeal for Zeynep Tursun", False),
                       (_day(-5), "Translate the hukou", True)])))          # done: not on the agenda
        cases.save_case(s, store, factory.case("B-2", proceedings=_proceedings(
            hearings=[_day(0), _day(15)],
            deadlines=[(_day(7), "Submit the witness statement", False)])))
        cases.save_case(s, store, factory.case("C-3", proceedings=[]))
    return store


def _dialog(qtbot, services):
    from ui.agenda_dialog import AgendaDialog

    dlg = AgendaDialog(services, TODAY)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: not dlg.loading, timeout=5000)
    return dlg


def _rows(dlg) -> list[tuple[str, ...]]:
    p = dlg.proxy
    return [tuple(p.data(p.index(r, c)) for c in range(p.columnCount())) for r in range(p.rowCount())]


def test_the_model_passes_the_qt_model_tester(qtmodeltester, agenda_store):
    from storage.agenda import due
    from ui.agenda_table_model import AgendaTableModel

    model = AgendaTableModel()
    with agenda_store.read() as s:
        model.set_items(due(s, TODAY, 30), TODAY)
    qtmodeltester.check(model, force_py=True)


def test_the_agenda_groups_overdue_today_this_week_and_later(qtbot, services, agenda_store):
    dlg = _dialog(qtbot, services)
    rows = _rows(dlg)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Overdue", "A-1", "Deadline"),
        ("Today", "B-2", "Hearing"),
        ("This week", "A-1", "Hearing"),
        ("This week", "B-2", "Deadline"),
        ("Later", "B-2", "Hearing"),
    ]
    assert rows[1][4] == "Asylum appeal, Almaty City Court"
    assert rows[0][4] == "File the appeal for Zeynep Tursun"   # the description stays in the window
    assert str(TODAY.year) in rows[1][1]
    assert "Translate the hukou" not in {r[4] for r in rows}
    dlg.show_only.setCurrentIndex(dlg.show_only.findText("Overdue"))
    assert [r[2] for r in _rows(dlg)] == ["A-1"]
    assert "1 item" in dlg.status.text()
    dlg.show_only.setCurrentIndex(dlg.show_only.findText("This week"))
    assert [(r[2], r[3]) for r in _rows(dlg)] == [("A-1", "Hearing"), ("B-2", "Deadline")]
    dlg.ahead.setCurrentIndex(0)   # the next 7 days: the hearing in 15 days goes
    qtbot.waitUntil(lambda: not dlg.loading, timeout=5000)
    dlg.show_only.setCurrentIndex(0)
    assert [r[0] for r in _rows(dlg)] == ["Overdue", "Today", "This week", "This week"]


def test_sorting_by_date_and_by_case(qtbot, services, agenda_store):
    from ui.agenda_table_model import AgendaTableModel

    dlg = _dialog(qtbot, services)
    dlg.view.sortByColumn(AgendaTableModel.DATE, Qt.SortOrder.DescendingOrder)
    assert [(r[2], r[3]) for r in _rows(dlg)] == [("B-2", "Hearing"), ("B-2", "Deadline"), ("A-1", "Hearing"),
                                                  ("B-2", "Hearing"), ("A-1", "Deadline")]
    dlg.view.sortByColumn(AgendaTableModel.CASE, Qt.SortOrder.AscendingOrder)
    assert [r[2] for r in _rows(dlg)] == ["A-1", "A-1", "B-2", "B-2", "B-2"]


def test_a_double_click_opens_the_case(qtbot, services, agenda_store):
    with agenda_store.read() as s:
        b2 = cases.get_case(s, "B-2")
    dlg = _dialog(qtbot, services)
    dlg.show()
    opened = []
    dlg.case_activated.connect(opened.append)
    index = dlg.proxy.index(1, 2)   # today's hearing, case B-2
    rect = dlg.view.visualRect(index)
    # Qt's item views take a double click as the second press after a click, as a hand makes it.
    qtbot.mouseClick(dlg.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dlg.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [b2.id]


def test_the_calendar_export_holds_references_and_kinds_but_no_names(qtbot, services, agenda_store, tmp_path,
                                                                      monkeypatch):
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr("ui.agenda_dialog.save_file", lambda *a, **k: str(target))
    dlg = _dialog(qtbot, services)
    dlg.export_button.click()
    data = target.read_text()
    assert data.count("BEGIN:VEVENT") == 5
    assert "SUMMARY:A-1: deadline" in data and "SUMMARY:B-2: hearing" in data
    assert f"DTSTART;VALUE=DATE:{TODAY:%Y%m%d}" in data
    for private in ("Zeynep", "Tursun", "Omarova", "appeal", "Almaty", "witness", "Tekes"):
        assert private.lower() not in data.lower()
    assert "5 items" in dlg.status.text()


def test_the_status_bar_says_what_is_due_and_opens_the_agenda(qtbot, agenda_store, window):
    notice = window.agenda_notice
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=5000)
    assert notice.label.text() == "1 overdue  ·  1 due today  ·  2 due this week"
    notice.show_button.click()
    assert window.agenda is not None and window.agenda.isVisible()
    assert not window.agenda.isModal()


def test_the_notice_stays_quiet_when_nothing_is_due(qtbot, services, store):
    from ui.main_window import MainWindow

    with store.write() as s:
        cases.save_case(s, store, factory.case("C-3", proceedings=[]))
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not services.runner.busy(), timeout=5000)
    assert window.agenda_notice.isHidden()
