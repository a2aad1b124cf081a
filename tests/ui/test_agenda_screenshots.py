"""Screenshots of the agenda and figures windows, and of the notice in the status bar, in English
and in Uyghur (right to left), for a person to look at (build/look/ui/)."""
from __future__ import annotations

import datetime as dt

import pytest

from storage import cases
from tests import factory
from tests.ui.test_screenshots import DEMO, _keep

pytestmark = pytest.mark.screenshots


def _day(n: int) -> str:
    return (dt.date.today() + dt.timedelta(days=n)).isoformat()


@pytest.fixture
def busy_store(store):
    from storage.interchange_io import import_file

    import_file(store, DEMO)
    with store.write() as s:
        cases.save_case(s, store, factory.case("ALM-2027-004", proceedings=[
            {"kind": "asylum_appeal", "forum": "Almaty City Court", "country": "KZ", "status": "pending",
             "hearings": [{"date": _day(0), "time": "10:30"}, {"date": _day(20)}],
             "deadlines": [{"date": _day(-3), "description": "Appeal against the refusal of asylum"},
                           {"date": _day(5), "description": "Notarised translation of the hukou"}]}]))
        cases.save_case(s, store, factory.case("AST-2026-112", proceedings=[
            {"kind": "deportation", "forum": "Migration Police, Astana", "country": "KZ", "status": "pending",
             "deadlines": [{"date": _day(2), "description": "Reply to the government's observations"}]}]))
    return store


@pytest.mark.parametrize("code", ["en", "ug"])
def test_agenda_and_figures_windows(qtbot, qapp, services, busy_store, code):
    from ui import language
    from ui.main_window import MainWindow

    language.install(qapp, code)
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.resize(1200, 640)
        window.show()
        qtbot.waitUntil(lambda: not window.agenda_notice.isHidden(), timeout=5000)
        qtbot.waitUntil(lambda: not services.runner.busy(), timeout=5000)
        _keep(qtbot, window, f"agenda-notice-{code}")
        window.agenda_notice.show_button.click()
        qtbot.waitUntil(lambda: not window.agenda.loading, timeout=5000)
        _keep(qtbot, window.agenda, f"agenda-{code}")
        window._on_figures_action_triggered()
        qtbot.waitUntil(lambda: not window.figures.loading, timeout=5000)
        _keep(qtbot, window.figures, f"figures-violation-{code}")
        window.figures.by.setCurrentIndex(window.figures.by.findData("year"))
        qtbot.waitUntil(lambda: not window.figures.loading and window.figures.model.by == "year", timeout=5000)
        _keep(qtbot, window.figures, f"figures-year-{code}")
    finally:
        language.install(qapp, "en")
