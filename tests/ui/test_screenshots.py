"""Screenshots of the window and its dialogs, for a person to look at (build/look/ui/)."""
import shutil
from pathlib import Path

import pytest


LOOK = Path(__file__).resolve().parents[2] / "build" / "look" / "ui"
pytestmark = pytest.mark.screenshots


def _keep(qtbot, widget, name: str) -> Path:
    LOOK.mkdir(parents=True, exist_ok=True)
    widget.resize(widget.size())
    path = qtbot.screenshot(widget, suffix=name)
    target = LOOK / f"{name}.png"
    shutil.copy(path, target)
    assert target.stat().st_size > 5000  # a real picture, not an empty frame
    return target


def test_main_window_and_case_editor(qtbot, services, saved):
    from ui.editor.case_dialog import CaseDialog
    from ui.history_dialog import HistoryDialog
    from ui.main_window import MainWindow

    saved(reference="ALM-2018-017")
    saved(reference="ALM-2019-004", applicant="Serikzhan Bilash", relative="Айгүл Серікова",
          title="Surveillance of a relative in Almaty", status="closed")
    case = saved(reference="URM-2020-112", applicant="Aisha Tursun", relative="ئايشە تۇرسۇن",
                 title="Extradition request after illegal border crossing", tags=["extradition", "border-crossing"])
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.cases.select_case(case.id)
    _keep(qtbot, window, "main-window")
    qtbot.keyClicks(window.cases.search, "Serik")
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1, timeout=3000)
    _keep(qtbot, window, "main-window-search")

    dlg = CaseDialog(services, case, window)
    qtbot.addWidget(dlg)
    dlg.show()
    for i in range(dlg.tabs.count()):
        dlg.tabs.setCurrentIndex(i)
        _keep(qtbot, dlg, f"case-{i}-{dlg.tabs.tabText(i).lower()}")
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

    unlock = UnlockDialog(services, str(store_path))
    qtbot.addWidget(unlock)
    unlock.show()
    unlock.message.setText("The passphrase is wrong.")
    _keep(qtbot, unlock, "unlock")
    new = NewStoreDialog(services)
    qtbot.addWidget(new)
    new.show()
    new.passphrase.setText("password123")
    new._update_strength()
    _keep(qtbot, new, "new-store-weak-passphrase")
    key = RecoveryKeyDialog("7Q2M-K4TX-9HRA-BC3D-WN6P-ZE5F-GJ8V-1S0Y")
    qtbot.addWidget(key)
    key.show()
    _keep(qtbot, key, "recovery-key")
