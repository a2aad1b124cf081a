"""Opening and creating a store from the window: a wrong secret says so and opens nothing; the
recovery key is shown once and must be acknowledged; "remember" opens it at the next start."""
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from storage.device import DeviceKeyring
from storage.store import Store
from ui.new_store_dialog import NewStoreDialog, RecoveryKeyDialog
from ui.services import Services
from ui.tasks import TaskRunner
from ui.unlock_dialog import UnlockDialog
from ui.unlock_widgets import OpeningStatus


@pytest.fixture
def fresh_services(tmp_path, memory_keyring):
    runner = TaskRunner()
    yield Services(runner=runner, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                   device=DeviceKeyring(memory_keyring))
    runner.wait()


@pytest.fixture
def closed_store(store_path, passphrase):
    store, recovery = Store.create(store_path, passphrase, owner="T")
    store.close()
    return store_path, recovery


def _open(qtbot, dlg, secret):
    dlg.secret.setText(secret)
    dlg.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not fresh_busy(dlg), timeout=20000)


def fresh_busy(dlg):
    return dlg.services.runner.busy()


def test_a_wrong_passphrase_is_told_and_opens_nothing(qtbot, fresh_services, closed_store):
    path, _ = closed_store
    before = {f.name: (f.stat().st_mtime_ns, f.read_bytes()) for f in path.iterdir()}
    dlg = UnlockDialog(fresh_services, str(path))
    qtbot.addWidget(dlg)
    _open(qtbot, dlg, "not the passphrase at all")
    assert dlg.store is None and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.message.text() == "The passphrase is wrong."
    assert dlg.secret.text() == ""  # not left in the field
    assert {f.name: (f.stat().st_mtime_ns, f.read_bytes()) for f in path.iterdir()} == before  # nothing written
    assert fresh_services.settings.value(Services.LAST_STORE) is None


def test_the_passphrase_opens_the_store_and_is_remembered_as_last_path(qtbot, fresh_services, closed_store, passphrase):
    path, _ = closed_store
    dlg = UnlockDialog(fresh_services, str(path))
    qtbot.addWidget(dlg)
    _open(qtbot, dlg, passphrase)
    assert dlg.store is not None and dlg.result() == QDialog.DialogCode.Accepted
    assert fresh_services.settings.value(Services.LAST_STORE) == str(path)
    dlg.store.close()


def test_the_recovery_key_opens_the_store(qtbot, fresh_services, closed_store):
    path, recovery = closed_store
    dlg = UnlockDialog(fresh_services, str(path))
    qtbot.addWidget(dlg)
    dlg.use_recovery.setChecked(True)
    _open(qtbot, dlg, recovery.lower().replace("-", " "))
    assert dlg.store is not None
    dlg.store.close()


def test_remembered_on_this_computer_opens_at_start_without_asking(qtbot, qapp, fresh_services, closed_store,
                                                                   passphrase, monkeypatch):
    from ui.app import Casefile

    path, _ = closed_store
    dlg = UnlockDialog(fresh_services, str(path))
    qtbot.addWidget(dlg)
    assert dlg.remember.isEnabled()
    dlg.remember.setChecked(True)
    _open(qtbot, dlg, passphrase)
    dlg.store.close()

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda *a, **k: pytest.fail("should not ask")))
    app = Casefile(qapp, fresh_services)
    assert app.start(str(path))
    assert fresh_services.store is not None and app.window.isVisible()
    app.window.close()
    app.shutdown()


def test_a_weak_passphrase_creates_nothing(qtbot, fresh_services, tmp_path):
    dlg = NewStoreDialog(fresh_services)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path / "new"))
    dlg.passphrase.setText("password123")
    dlg.repeat.setText("password123")
    dlg.buttons.accepted.emit()
    assert "weak" in dlg.message.text() or "at least" in dlg.message.text()
    assert not (tmp_path / "new").exists()


def test_a_new_store_shows_its_recovery_key_once(qtbot, fresh_services, tmp_path, passphrase, monkeypatch):
    shown = []
    monkeypatch.setattr(RecoveryKeyDialog, "ask", classmethod(lambda cls, parent, key: shown.append(key)))
    dlg = NewStoreDialog(fresh_services)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(tmp_path / "new"))
    dlg.passphrase.setText(passphrase)
    dlg.repeat.setText(passphrase)
    with qtbot.waitSignal(dlg.accepted, timeout=20000):
        dlg.buttons.accepted.emit()
    assert len(shown) == 1 and len(shown[0]) == 39
    dlg.store.close()
    Store.open(Path(tmp_path / "new"), recovery_key=shown[0]).close()


def test_the_recovery_key_cannot_be_dismissed_before_it_is_written_down(qtbot):
    dlg = RecoveryKeyDialog("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.reject()
    assert dlg.isVisible() and not dlg.ok.isEnabled()
    dlg.written.setChecked(True)
    assert dlg.ok.isEnabled()
    dlg.ok.click()
    assert not dlg.isVisible()


def test_a_busy_bar_moves_while_the_key_is_derived(qtbot, fresh_services, closed_store, passphrase):
    path, _ = closed_store
    dlg = UnlockDialog(fresh_services, str(path))
    qtbot.addWidget(dlg)
    dlg.secret.setText("not the passphrase at all")
    assert dlg.busy.isHidden()
    dlg.buttons.accepted.emit()
    assert not dlg.busy.isHidden() and not dlg.secret.isEnabled()  # the GUI thread is free to draw it
    qtbot.waitUntil(lambda: not fresh_services.runner.busy(), timeout=20000)
    assert dlg.busy.isHidden() and dlg.store is None and dlg.message.text()


OLD_STORE = Path(__file__).parents[1] / "fixtures" / "store-r0001"
OLD_PASSPHRASE = "fixture passphrase for casefile tests"


def _said(monkeypatch):
    """Every message the dialog shows, in order (the label keeps only the last)."""
    said = []
    original = OpeningStatus.say

    def say(self, text, error=True):
        said.append((text, error))
        original(self, text, error)

    monkeypatch.setattr(OpeningStatus, "say", say)
    return said


def test_the_first_opening_by_a_newer_version_says_it_updates_the_store_and_counts_the_cases(
        qtbot, fresh_services, tmp_path, monkeypatch):
    import shutil

    path = tmp_path / "old"
    shutil.copytree(OLD_STORE, path)
    said = _said(monkeypatch)
    dlg = UnlockDialog(fresh_services, str(path))
    qtbot.addWidget(dlg)
    _open(qtbot, dlg, OLD_PASSPHRASE)
    assert dlg.store is not None
    texts = [text for text, error in said if not error]
    assert texts[0] == "Opening…"
    assert texts[1].startswith("Updating this store for this version of Casefile.")
    assert texts[-1].startswith("Rebuilding the search index for this version: 3 of 3 cases.")
    assert not [text for text, error in said if error]
    assert dlg.busy.maximum() == 3 and dlg.busy.value() == 3
    dlg.store.close()


def test_a_remembered_store_that_needs_updating_opens_in_the_dialog_without_the_passphrase(
        qtbot, qapp, fresh_services, tmp_path, monkeypatch):
    import shutil

    from sqlalchemy import text

    from ui.app import Casefile

    path = tmp_path / "old"
    shutil.copytree(OLD_STORE, path)
    with Store.open(path, passphrase=OLD_PASSPHRASE) as store:
        store.remember_on_device(fresh_services.device)
        with store.write() as s:  # as if its index had been built by an earlier version
            s.execute(text("UPDATE meta SET value = 'an earlier version' WHERE key = 'search_index'"))
    said = _said(monkeypatch)
    asked = []

    def ask(cls, parent, services, path=None, unlocked=None):
        asked.append(unlocked is not None)
        dlg = cls(services, path, parent, unlocked)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitUntil(lambda: dlg.store is not None, timeout=20000)
        return dlg.store

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(ask))
    app = Casefile(qapp, fresh_services)
    assert app.start(str(path))
    assert asked == [True]  # the dialog, with the keyring's key: no passphrase typed
    assert [t for t, _ in said][-1].startswith("Rebuilding the search index for this version: 3 of 3 cases.")
    assert fresh_services.store is not None and app.window.isVisible()
    app.window.close()
    app.shutdown()
