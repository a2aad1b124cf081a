"""The main window's actions: import (all or nothing), export (after a warning), remove and bring
back, and the lock, which closes the store and asks again."""
import json

import pytest
import shiboken6
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.interchange import to_json
from storage.cases import CaseQuery, count_cases, get_case
from ui.app import Casefile
from ui.editor.case_dialog import CaseDialog
from ui.unlock_dialog import UnlockDialog
from tests.ui.conftest import case_dict
from tests.ui.conftest import settle


def _wait_idle(qtbot, services):
    qtbot.waitUntil(lambda: not services.runner.busy(), timeout=20000)


def test_import_adds_cases_and_shows_them(qtbot, window, services, tmp_path, make_case, boxes):
    path = tmp_path / "intake.json"
    path.write_text(to_json([make_case(reference="ALM-1"), make_case(reference="ALM-2")]), encoding="utf-8")
    window.import_flow.start(str(path))
    _wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 2, timeout=5000)
    assert boxes[-1][2] == "Imported 2 cases: 2 added, 0 updated, 0 unchanged."


def test_a_bad_document_imports_nothing_and_names_the_field(qtbot, window, services, store, tmp_path, boxes):
    good, bad = case_dict(reference="ALM-1"), case_dict(reference="ALM-2")
    bad["persons"][1]["birth_year"] = "1948?"
    path = tmp_path / "intake.json"
    path.write_text(json.dumps({"format": "casefile-interchange", "version": 1, "cases": [good, bad]}), "utf-8")
    window.import_flow.start(str(path))
    _wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes[-1][1] == "Nothing was imported"
    assert "cases[1].persons[1].birth_year: not a year" in boxes[-1][2]
    with store.read() as s:
        assert count_cases(s, CaseQuery()) == 0


def test_export_warns_then_writes_the_selected_case(qtbot, window, services, saved, tmp_path, monkeypatch, boxes):
    saved(reference="ALM-1")
    saved(reference="ALM-2")
    window.cases.reload()
    settle(qtbot, window.cases)
    window.cases.select_case(window.cases.model.summary(0).id)
    settle(qtbot, window.cases)
    out = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.export_action.trigger()
    _wait_idle(qtbot, services)
    assert boxes[0][0] == "warning" and "NOT encrypted" in boxes[0][2]
    qtbot.waitUntil(out.exists, timeout=5000)
    assert [c["reference"] for c in json.loads(out.read_text("utf-8"))["cases"]] == [window.cases.model.summary(0).reference]


def test_export_cancelled_at_the_warning_writes_nothing(qtbot, window, services, saved, tmp_path, monkeypatch):
    saved()
    settle(qtbot, window.cases)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file should be asked for"))
    _wait_idle(qtbot, services)   # the window reads what is due when it opens (the agenda notice)
    window.export_action.trigger()
    assert not services.runner.busy()


def test_a_removed_case_can_be_brought_back(qtbot, window, services, store, saved, boxes, monkeypatch):
    case = saved()
    window.cases.reload()
    settle(qtbot, window.cases)
    window.cases.select_case(case.id)
    settle(qtbot, window.cases)
    window.remove_action.trigger()
    settle(qtbot, window.cases)
    assert window.cases.model.rowCount() == 0
    from ui.history_dialog import HistoryDialog

    def restore_first(self):
        self.list.setCurrentRow(0)
        self.restore_button.click()
        return 1
    monkeypatch.setattr(HistoryDialog, "exec", restore_first)
    window._on_removed_action_triggered()
    settle(qtbot, window.cases)
    assert window.cases.model.rowCount() == 1
    with store.read() as s:
        assert get_case(s, case.id).persons[1].names[0].value == "Гүлнар Нұрдәулет"


@pytest.fixture
def locking_app(qapp, services, monkeypatch):
    """The application with a short idle time; the unlock dialog after a lock answers Cancel."""
    asked = []
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, parent, svc, path=None: asked.append(path)))
    monkeypatch.setattr(qapp, "quit", lambda: asked.append("quit"))
    app = Casefile(qapp, services, idle_minutes=0.002)
    app._show(services.store)
    app.idle.stop()  # each test starts the idle time itself, once its form is open
    return app, asked


def _title_after_reopening(path, case_id):
    from storage.store import Store

    reopened = Store.open(path, passphrase="correct horse battery staple orange")
    with reopened.read() as s:
        title = get_case(s, case_id).title
    reopened.close()
    return title


def test_idle_lock_rescues_the_open_form_closes_the_store_and_asks_again(qtbot, services, saved, locking_app):
    case = saved()
    app, asked = locking_app
    path = services.store.path
    dlg = CaseDialog(services, case, app.window)  # the window owns it, and takes it along when it goes
    dlg.show()
    qtbot.keyClicks(dlg.case_form.widget_for("title"), " (draft)")
    app.idle.start()
    qtbot.waitUntil(lambda: "quit" in asked, timeout=5000)
    assert asked == [str(path), "quit"]
    assert services.store is None and app.window is None
    assert not shiboken6.isValid(dlg) or not dlg.isVisible()
    assert _title_after_reopening(path, case.id).endswith(" (draft)")


def test_lock_while_a_case_form_is_open_modally(qtbot, services, saved, locking_app):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    case = saved()
    app, asked = locking_app
    path = services.store.path

    def type_into_form():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, CaseDialog)
        qtbot.keyClicks(dlg.case_form.widget_for("title"), " (typed before the lock)")
        app.idle.start()
    QTimer.singleShot(0, type_into_form)
    app.window.open_case(case.id)  # returns when the lock closes the form
    qtbot.waitUntil(lambda: "quit" in asked, timeout=5000)
    assert _title_after_reopening(path, case.id).endswith(" (typed before the lock)")


def test_ctrl_l_in_an_open_case_form_locks_at_once(qtbot, services, saved, locking_app):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    case = saved()
    app, asked = locking_app
    app.idle.set_minutes(30)
    app.idle.start()  # the store is open; nobody is idle

    def press_ctrl_l_in_the_form():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, CaseDialog)
        title = dlg.case_form.widget_for("title")
        qtbot.keyClicks(title, " (typed before Ctrl+L)")
        qtbot.keyClick(title, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    QTimer.singleShot(0, press_ctrl_l_in_the_form)
    path = services.store.path
    app.window.open_case(case.id)  # returns when the lock closes the form
    qtbot.waitUntil(lambda: "quit" in asked, timeout=5000)
    assert services.store is None and app.window is None
    assert _title_after_reopening(path, case.id).endswith(" (typed before Ctrl+L)")


def test_file_menu_holds_import_export_and_quit(qtbot, window):
    menus = {a.text().replace("&", ""): [x.text().replace("&", "") for x in a.menu().actions() if x.text()]
             for a in window.menuBar().actions()}
    assert list(menus)[0] == "File"
    assert menus["File"] == ["Import…", "Export as plain JSON…", "Quit"]
    assert not any("Import" in t for t in menus["Cases"])
    assert "Lock when idle…" in menus["Store"]


def test_lock_when_idle_sets_the_minutes_and_keeps_them_for_the_next_start(qtbot, services, locking_app, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from ui.app import Casefile
    from ui.guards import IDLE_MINUTES

    app, _asked = locking_app
    assert Casefile(app.app, services).idle._timer.interval() == IDLE_MINUTES * 60_000  # nothing chosen yet
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (12, True))
    app.window.idle_action.trigger()
    assert app.idle._timer.interval() == 12 * 60_000
    assert Casefile(app.app, services).idle._timer.interval() == 12 * 60_000  # read back from QSettings
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (3, False))  # cancelled
    app.window.idle_action.trigger()
    assert app.idle._timer.interval() == 12 * 60_000


def test_check_the_store_rehashes_evidence_like_the_command_line(qtbot, window, services, store, saved, tmp_path,
                                                                 boxes):
    # The window's check and `casefile verify` are one use case: an exhibit altered behind the
    # application's back is reported by the window too, not only by the command line.
    from storage.evidence import add_file

    case = saved(reference="ALM-9")
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8" + bytes(range(256)) * 300)
    info = add_file(store, case.id, path)
    [check] = [a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
               if a.text() == "&Check the store"]
    check.trigger()
    _wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert boxes[-1][1] == "The store is whole"
    with store.write() as s:
        s.connection().exec_driver_sql(
            "UPDATE evidence_chunk SET data = zeroblob(length(data)) WHERE evidence_pk = "
            "(SELECT pk FROM evidence WHERE id = ?)", (info.id,))
    check.trigger()
    _wait_idle(qtbot, services)
    qtbot.waitUntil(lambda: len(boxes) == 2, timeout=10000)
    assert boxes[-1][1] == "The store has problems"
    assert "Exhibit 1 of case ALM-9 (photo.jpg) no longer has the SHA-256 recorded at intake" in boxes[-1][2]
