"""Screenshots of the window and its dialogs, for a person to look at (build/look/ui/)."""
import shutil
from pathlib import Path

import pytest


LOOK = Path(__file__).resolve().parents[2] / "build" / "look" / "ui"
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo-cases.json"
pytestmark = pytest.mark.screenshots


def _keep(qtbot, widget, name: str) -> Path:
    LOOK.mkdir(parents=True, exist_ok=True)
    widget.resize(widget.size())
    qtbot.wait(30)  # let layouts settle (a scroll bar that just appeared narrows its page)
    path = qtbot.screenshot(widget, suffix=name)
    target = LOOK / f"{name}.png"
    shutil.copy(path, target)
    assert target.stat().st_size > 5000  # a real picture, not an empty frame
    return target


def test_main_window_and_case_editor(qtbot, services, store):
    from storage.cases import CaseQuery, get_case, list_cases
    from storage.interchange_io import import_file
    from tests.ui.conftest import settle
    from ui.editor.case_dialog import CaseDialog
    from ui.history_dialog import HistoryDialog
    from ui.main_window import MainWindow

    import_file(store, DEMO)  # the demo cases, as a new user would see them
    with store.read() as s:
        summary = list_cases(s, CaseQuery(sort="reference", descending=False), 0, 1)[0]
        case = get_case(s, summary.id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1200, 640)
    window.show()
    settle(qtbot, window.cases)
    window.cases.select_case(case.id)
    _keep(qtbot, window, "main-window")
    qtbot.keyClicks(window.cases.search, "camp")
    qtbot.waitUntil(lambda: window.cases.model.query.text == "camp", timeout=3000)
    settle(qtbot, window.cases)
    _keep(qtbot, window, "main-window-search")

    dlg = CaseDialog(services, case, window)
    qtbot.addWidget(dlg)
    dlg.show()
    for i in range(dlg.tabs.count()):
        dlg.tabs.setCurrentIndex(i)
        if dlg.tabs.currentWidget() is dlg.history_page:
            qtbot.waitUntil(lambda: dlg.history_page.model.rowCount() > 0, timeout=3000)
        _keep(qtbot, dlg, f"case-{i}-{dlg.tabs.tabText(i).lower()}")
    accounts = dlg.pages["accounts"]
    dlg.tabs.setCurrentWidget(accounts)
    editor = accounts.form.widget_for("text")
    from PySide6.QtGui import QTextCursor
    for words, why in (("Қайраттың әйелі Сәуле", "names his wife"), ("+86 139 0991 2417", "her telephone")):
        start = editor.text.toPlainText().find(words)
        if start >= 0:
            cursor = editor.text.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
            editor.text.setTextCursor(cursor)
            editor.reason.setText(why)
            editor.mark_button.click()
    editor.text.moveCursor(QTextCursor.MoveOperation.Start)
    _keep(qtbot, dlg, "case-account-marked")
    people = dlg.pages["persons"]
    dlg.tabs.setCurrentWidget(people)
    people.form.widget_for("birth_year").setText("about 1980")
    people.form.widget_for("birth_year").textEdited.emit("about 1980")
    dlg.validate()
    _keep(qtbot, dlg, "case-problems")
    dlg.done(0)  # closes without asking about the unsaved change

    history = HistoryDialog(services, None, window)
    qtbot.addWidget(history)
    history.show()
    _keep(qtbot, history, "removed-cases")


def test_unlock_and_new_store_dialogs(qtbot, services, store_path):
    from ui.new_store_dialog import NewStoreDialog, RecoveryKeyDialog
    from ui.unlock_dialog import UnlockDialog

    start = UnlockDialog(services, None)  # the first start: no store yet
    qtbot.addWidget(start)
    start.show()
    _keep(qtbot, start, "start")

    unlock = UnlockDialog(services, str(store_path))
    qtbot.addWidget(unlock)
    unlock.show()
    unlock.status.say("The passphrase is wrong.")  # as a refused opening shows it
    _keep(qtbot, unlock, "unlock")
    unlock._set_busy(True)  # the first opening by a newer version of a large store
    unlock.status.progress(41500, 100000)
    _keep(qtbot, unlock, "unlock-rebuilding-index")
    unlock._set_busy(False)
    new = NewStoreDialog(services)
    qtbot.addWidget(new)
    new.show()
    new.passphrase.setText("password123")
    new._update_strength()
    _keep(qtbot, new, "new-store-weak-passphrase")
    new.passphrase.setText("lantern orchard seventeen quietly")
    new.repeat.setText("lantern orchard seventeen quietly")
    new._update_strength()
    _keep(qtbot, new, "new-store-strong-passphrase")
    key = RecoveryKeyDialog("7Q2M-K4TX-9HRA-BC3D-WN6P-ZE5F-GJ8V-1S0Y")
    qtbot.addWidget(key)
    key.show()
    _keep(qtbot, key, "recovery-key")
    from ui.restore_dialog import RestoreDialog

    restore = RestoreDialog(services)
    qtbot.addWidget(restore)
    restore.show()
    _keep(qtbot, restore, "restore-backup")
