"""Fixtures of the window's tests: services around the test's store, and cases drawn from the
seed articles (testimonies of Kazakhs held in Xinjiang's camps), with names in several scripts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from models.interchange import validate_case


def case_dict(reference="ALM-2018-017", applicant="Dina Nurdaulet", relative="Гүлнар Нұрдәулет", **extra) -> dict:
    data = {
        "reference": reference,
        "title": "Detention in Xinyuan county camp",
        "status": "open",
        "opened_on": "2018-11-05",
        "tags": ["asylum"],
        "summary": "Held in a re-education camp from October 2017 to September 2018.",
        "persons": [
            {"key": "applicant", "role": "applicant",
             "names": [{"value": applicant, "script": "Latn"}, {"value": "Дина Нұрдәулет", "script": "Cyrl"}],
             "birth_year": 1982, "citizenship": ["KZ"],
             "identifiers": [{"kind": "passport", "value": "N12345678"}]},
            {"key": "mother", "role": "relative", "names": [{"value": relative, "script": "Cyrl"}],
             "whereabouts": "Xinjiang", "relation": {"to": "applicant", "kind": "mother"}, "at_risk": True},
        ],
        "accounts": [{"key": "statement-1", "narrator": "applicant", "recorded_on": "2018-11-10", "language": "kk",
                      "text": "My mother Гүлнар still lives in Xinyuan.",
                      "redactions": [{"start": 10, "end": 16, "reason": "identifies a relative"}]}],
        "events": [{"key": "detention-1", "kind": "detention", "victims": ["applicant"], "start": "2017-10",
                    "end": "2018-09", "place": {"name": "Xinyuan County", "country": "CN",
                                                 "facility": "re-education camp"},
                    "violations": ["arbitrary_detention", "sexual_violence"], "accounts": ["statement-1"]}],
        "proceedings": [{"kind": "asylum_application", "forum": "Migration Service, Almaty", "country": "KZ",
                         "status": "pending", "hearings": [{"date": "2099-03-01", "notes": "first hearing"}]}],
        "consent": {"given_on": "2018-11-10", "scopes": ["legal_proceedings"]},
    }
    data.update(extra)
    return data


@pytest.fixture(autouse=True, scope="session")
def _english(qapp):
    """The window in English, as a person whose system is in English sees it: its plural forms
    ("1 case", "2 cases") come from resources/i18n/casefile_en.qm (built here when missing)."""
    from ui import language

    if not (language.I18N / "casefile_en.qm").exists():
        import subprocess
        import sys
        from pathlib import Path

        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run(["bash", "scripts/build-translations.sh"], cwd=language.I18N.parent.parent, check=True,
                       env={"LRELEASE": str(lrelease), "PATH": "/usr/bin:/bin"})
    language.install(qapp, "en")


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():
    """As the application does (ui.guards.GuiGarbageCollector): no cycle collection on a worker
    thread, where it could destroy a widget left over from an earlier test."""
    import gc

    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def make_case():
    return lambda **kw: validate_case(case_dict(**kw))


@pytest.fixture
def services(store, tmp_path, memory_keyring):
    from storage.device import DeviceKeyring
    from ui.services import Services
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    s = Services(runner=runner, settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                 device=DeviceKeyring(memory_keyring), store=store)
    yield s
    runner.wait()


@pytest.fixture
def window(qtbot, services):
    """The main window over the test's store."""
    from ui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def saved(store, make_case):
    """Saves cases into the test's store; returns the stored case."""
    from storage.cases import save_case

    def save(**kw):
        with store.write() as s:
            case, _ = save_case(s, store, make_case(**kw), reason="test")
        return case
    return save


def settle(qtbot, page) -> None:
    """Wait until the window's case list shows the rows and count of its last query: they come
    from a worker thread, as in the application."""
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total is not None, timeout=5000)


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the window shows, answered Yes/OK."""
    seen = []

    def answer(kind):
        def box(_parent, title, text, *a, **k):
            seen.append((kind, title, text))
            return QMessageBox.StandardButton.Yes if kind in ("question", "warning") else QMessageBox.StandardButton.Ok
        return box
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, answer(kind))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen.append(("box", self.windowTitle(), self.text())) or 0)
    return seen
