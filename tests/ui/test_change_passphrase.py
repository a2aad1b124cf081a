"""Store › Change passphrase…: the old one is checked, the new one rated, the work done off the GUI thread."""
from storage.store import Store
from ui.passphrase_dialog import ChangePassphraseDialog

NEW = "lantern orchard seventeen quietly"


def _dialog(qtbot, services, old, new, again=None):
    dlg = ChangePassphraseDialog(services)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.old, old)
    qtbot.keyClicks(dlg.new, new)
    qtbot.keyClicks(dlg.repeat, new if again is None else again)
    return dlg


def test_a_wrong_current_passphrase_changes_nothing(qtbot, services, store, store_path, passphrase):
    dlg = _dialog(qtbot, services, "not the passphrase", NEW)
    dlg.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dlg.isEnabled() and not services.runner.busy(), timeout=20000)
    assert dlg.message.text() == "The passphrase is wrong." and dlg.old.text() == ""
    store.close()
    Store.open(store_path, passphrase=passphrase).close()


def test_the_new_passphrase_is_rated_then_opens_the_store(qtbot, services, store, store_path):
    dlg = _dialog(qtbot, services, "correct horse battery staple orange", NEW)
    qtbot.waitUntil(lambda: dlg.meter.value() >= 3, timeout=3000)
    assert dlg.meter.text() in ("Strong", "Very strong")
    with qtbot.waitSignal(dlg.accepted, timeout=20000):
        dlg.buttons.accepted.emit()
    assert dlg.new.text() == "" and dlg.repeat.text() == ""
    store.close()
    Store.open(store_path, passphrase=NEW).close()


def test_two_different_new_passphrases_are_refused_before_any_work(qtbot, services, store):
    dlg = _dialog(qtbot, services, "correct horse battery staple orange", NEW, again=NEW + "x")
    dlg.buttons.accepted.emit()
    assert dlg.message.text() == "The two new passphrases differ." and not services.runner.busy()
