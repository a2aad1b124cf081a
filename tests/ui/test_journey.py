"""A caseworker's first day, through the real widgets: create a store in the dialog, write down the
recovery key, add a case with a person at risk, an account with a marked span and an event; find
it by typing a name in another script; lock with Ctrl+L; unlock with the passphrase; it is still
there. What reached the store is checked at the end."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from storage.cases import get_case
from storage.device import DeviceKeyring
from storage.store import Store
from tests.ui.conftest import settle
from ui.app import Casefile
from ui.editor.case_dialog import CaseDialog
from ui.new_store_dialog import NewStoreDialog, RecoveryKeyDialog
from ui.services import Services
from ui.tasks import TaskRunner
from ui.unlock_dialog import UnlockDialog

PASSPHRASE = "lantern orchard seventeen quietly"
NARRATIVE = "My brother Serikzhan was taken to the camp in Tekes."


@pytest.fixture
def services(tmp_path, memory_keyring):
    runner = TaskRunner()
    s = Services(runner=runner, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                 device=DeviceKeyring(memory_keyring))
    yield s
    runner.wait()
    if s.store is not None:
        s.store.close()


def _when_modal(kind, act):
    """Run ``act(dialog)`` once a modal dialog of ``kind`` is open."""
    def poll():
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, kind) and dlg.isVisible():
            act(dlg)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def _create_store(qtbot, services, folder):
    recovery = []

    def written_down(dlg):
        recovery.append(dlg.key.text())
        dlg.written.setChecked(True)
        dlg.ok.click()
    dlg = NewStoreDialog(services)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.folder, str(folder))
    qtbot.keyClicks(dlg.owner, "Aigerim Caseworker")
    qtbot.keyClicks(dlg.passphrase, PASSPHRASE)
    qtbot.keyClicks(dlg.repeat, PASSPHRASE)
    _when_modal(RecoveryKeyDialog, written_down)
    with qtbot.waitSignal(dlg.accepted, timeout=30000):
        qtbot.mouseClick(dlg.create, Qt.MouseButton.LeftButton)
    return dlg.store, recovery[0]


def _type_case(qtbot, dlg: CaseDialog):
    qtbot.keyClicks(dlg.case_form.widget_for("reference"), "TEK-2019-001")
    qtbot.keyClicks(dlg.case_form.widget_for("title"), "Detention in Tekes county")

    people = dlg.pages["persons"]
    dlg.tabs.setCurrentWidget(people)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)  # the applicant
    names = people.form.widget_for("names")
    qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)
    names.table.item(0, 0).setText("Серікжан Білаш")
    script = names.table.cellWidget(0, 1)
    script.setCurrentIndex(script.findData("Cyrl"))
    script.activated.emit(script.currentIndex())
    people.form.widget_for("at_risk").click()

    accounts = dlg.pages["accounts"]
    dlg.tabs.setCurrentWidget(accounts)
    qtbot.mouseClick(accounts.add_button, Qt.MouseButton.LeftButton)
    editor = accounts.form.widget_for("text")
    qtbot.keyClicks(editor.text, NARRATIVE)
    cursor = editor.text.textCursor()
    start = NARRATIVE.index("Serikzhan")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Serikzhan"), QTextCursor.MoveMode.KeepAnchor)
    editor.text.setTextCursor(cursor)
    qtbot.keyClicks(editor.reason, "names the victim")
    qtbot.mouseClick(editor.mark_button, Qt.MouseButton.LeftButton)
    assert len(editor.text.extraSelections()) == 1  # shown marked

    events = dlg.pages["events"]
    dlg.tabs.setCurrentWidget(events)
    qtbot.mouseClick(events.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(events.form.widget_for("start"), "2019-03")
    qtbot.keyClicks(events.form.widget_for("place.facility"), "re-education camp")
    violations = events.form.widget_for("violations")
    torture = next(violations.item(i) for i in range(violations.count())
                   if violations.item(i).data(Qt.ItemDataRole.UserRole) == "torture")
    torture.setCheckState(Qt.CheckState.Checked)
    victims = events.form.widget_for("victims")
    victims.item(0).setCheckState(Qt.CheckState.Checked)
    assert dlg.validate() is not None, [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_create_add_find_lock_unlock(qtbot, qapp, services, tmp_path, monkeypatch):
    folder = tmp_path / "office-store"
    store, recovery_key = _create_store(qtbot, services, folder)
    assert len(recovery_key) == 39

    app = Casefile(qapp, services, idle_minutes=30)
    monkeypatch.setattr(qapp, "quit", lambda: pytest.fail("the application quit"))
    app._show(store)
    window = app.window
    settle(qtbot, window.cases)
    assert window.cases.model.rowCount() == 0

    _when_modal(CaseDialog, lambda dlg: _type_case(qtbot, dlg))
    window.new_action.trigger()  # returns once the form is saved
    settle(qtbot, window.cases)
    assert window.cases.model.rowCount() == 1

    qtbot.keyClicks(window.cases.search, "Serikzhan Bilash")  # typed in Latin, stored in Cyrillic
    qtbot.waitUntil(lambda: window.cases.model.query.text == "Serikzhan Bilash", timeout=5000)
    settle(qtbot, window.cases)
    assert window.cases.model.total == 1 and window.cases.model.summary(0).reference == "TEK-2019-001"
    case_id = window.cases.model.summary(0).id

    def unlock(dlg):
        assert dlg.folder.text() == str(folder)
        qtbot.keyClicks(dlg.secret, PASSPHRASE)
        qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Open), Qt.MouseButton.LeftButton)
    _when_modal(UnlockDialog, unlock)
    qtbot.keyClick(window.cases.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.window is not None and app.window is not window, timeout=30000)
    assert window.cases.model.rowCount() == 0  # the old window forgot its rows
    settle(qtbot, app.window.cases)
    assert app.window.cases.search.text() == "" and app.window.cases.model.rowCount() == 1

    with services.store.read() as s:
        case = get_case(s, case_id)
    [person] = case.persons
    assert person.names[0].value == "Серікжан Білаш" and person.names[0].script == "Cyrl" and person.at_risk
    [account] = case.accounts
    assert account.text == NARRATIVE
    assert [(account.text[r.start:r.end], r.reason) for r in account.redactions] == [("Serikzhan", "names the victim")]
    [event] = case.events
    assert event.start == "2019-03" and event.violations == ["torture"] and event.victims == [person.key]
    assert event.place.facility == "re-education camp"
    app.idle.stop()
    services.runner.wait()
    app.window.close()
    Store.open(folder, recovery_key=recovery_key).close()  # the key shown once opens the store
