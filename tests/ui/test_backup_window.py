"""Store › Back up… and the reminder in the status bar, with the clock moved forward."""
from __future__ import annotations

import datetime as dt

from storage import backup as bk
from ui.backup_dialog import REMIND_DAYS, BackupDialog


def _later(monkeypatch, days: float) -> None:
    at = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=days)
    monkeypatch.setattr(bk, "_now", lambda: at)


def test_a_store_never_backed_up_is_reminded(window):
    assert not window.backup_reminder.isHidden()
    assert "never been backed up" in window.backup_reminder.text()


def test_reminder_follows_the_last_backup_and_the_chosen_days(window, services, store, tmp_path, monkeypatch):
    bk.write_backup(store, tmp_path / "b.cfbackup")
    window.backup_reminder.refresh()
    assert window.backup_reminder.isHidden()
    _later(monkeypatch, 6)
    window.backup_reminder.refresh()
    assert window.backup_reminder.isHidden()
    _later(monkeypatch, 8)
    window.backup_reminder.refresh()
    assert not window.backup_reminder.isHidden()
    assert "more than 7 days old" in window.backup_reminder.text()
    services.settings.setValue(REMIND_DAYS, 10)
    window.backup_reminder.refresh()
    assert window.backup_reminder.isHidden()


def test_dialog_saves_the_days_and_needs_a_file(qtbot, services):
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QDialogButtonBox

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Back up" and not ok.isEnabled()
    dialog.path.setText("/somewhere/b.cfbackup")
    assert ok.isEnabled()
    dialog.days.setValue(3)
    dialog.accept()
    assert int(services.settings.value(REMIND_DAYS)) == 3


def test_back_up_from_the_menu(window, qtbot, store, tmp_path, monkeypatch):
    out = tmp_path / "from-window.cfbackup"
    monkeypatch.setattr(BackupDialog, "ask", classmethod(lambda cls, parent, services: out))
    assert not window.backup_reminder.isHidden()
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window.backup_action.isEnabled() and out.exists(), timeout=20000)
    qtbot.waitUntil(lambda: window.backup_reminder.isHidden(), timeout=5000)
    assert "Backed up and verified" in window.statusBar().currentMessage()
    assert bk.read_manifest(out, check_hashes=True)["store_id"] == store.store_id


def test_a_refused_backup_says_so_in_one_box(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    (tmp_path / "mine.txt").write_text("mine")
    said = []
    monkeypatch.setattr(BackupDialog, "ask", classmethod(lambda cls, parent, services: tmp_path / "mine.txt"))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "not a Casefile backup" in said[0]
    assert (tmp_path / "mine.txt").read_text() == "mine"


def _restore_through_the_dialog(qtbot, services, backup, folder, secret, recovery=False):
    from ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(services)
    qtbot.addWidget(dialog)
    dialog.backup.setText(str(backup))
    dialog.folder.setText(str(folder))
    dialog.use_recovery.setChecked(recovery)
    dialog.secret.setText(secret)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: not services.runner.busy(), timeout=30000)
    return dialog


def test_a_backup_is_restored_from_the_window_and_opens(qtbot, services, store, saved, tmp_path, passphrase):
    saved(reference="ALM-RESTORE-1")
    bk.write_backup(store, tmp_path / "b.cfbackup")
    dialog = _restore_through_the_dialog(qtbot, services, tmp_path / "b.cfbackup", tmp_path / "restored", passphrase)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.store is not None
    try:
        from storage.cases import get_case

        with dialog.store.read() as s:
            assert get_case(s, "ALM-RESTORE-1").reference == "ALM-RESTORE-1"
        assert services.settings.value(services.LAST_STORE) == str(tmp_path / "restored")
    finally:
        dialog.store.close()


def test_a_wrong_passphrase_restores_nothing_and_says_so(qtbot, services, store, tmp_path):
    bk.write_backup(store, tmp_path / "b.cfbackup")
    dialog = _restore_through_the_dialog(qtbot, services, tmp_path / "b.cfbackup", tmp_path / "restored",
                                         "not the passphrase at all")
    assert dialog.store is None and dialog.isEnabled()
    assert "passphrase is wrong" in dialog.message.text()
    assert not (tmp_path / "restored").exists() or not any((tmp_path / "restored").iterdir())
    assert dialog.secret.text() == ""


def test_the_unlock_dialog_offers_restoring(qtbot, services):
    from ui.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.text() == "Restore a backup…"
