"""Screenshots of the sharing dialogs, for a person to look at (build/look/sharing/)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from storage import cases, identity, sharing
from storage.store import Store
from tests.conftest import PASSPHRASE

LOOK = Path(__file__).resolve().parents[2] / "build" / "look" / "sharing"
pytestmark = pytest.mark.screenshots
SHARE = {"given_on": "2018-11-10", "scopes": ["share_with_partners"]}


def _keep(qtbot, widget, name: str) -> Path:
    LOOK.mkdir(parents=True, exist_ok=True)
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    target = LOOK / f"{name}.png"
    shutil.copy(qtbot.screenshot(widget, suffix=name), target)
    assert target.stat().st_size > 3000
    return target


def test_sharing_dialogs(qtbot, store, make_case, tmp_path):
    from ui.address_book_dialog import AddressBookDialog, ContactDialog, IdentityDialog
    from ui.sharing_dialogs import ConflictDialog, ConflictListDialog, ConsentDialog, ReceiveDialog, SendDialog

    bob, _ = Store.create(tmp_path / "bob", PASSPHRASE, owner="Aigerim Bekova")
    try:
        them = identity.identity(bob)
        identity.add_contact(store, "Aigerim Bekova", them.recipient, them.signing_key, verified=True)
        identity.add_contact(store, "Lawyer in Almaty", identity.identity(store).recipient)
        me = identity.identity(store)
        with store.write() as s:
            cases.save_case(s, store, make_case(reference="ALM-2018-017", consent=SHARE))
        _keep(qtbot, SendDialog([("ALM-2018-017", "Detention in Xinyuan county camp"),
                                 ("ALM-2019-003", "Disappearance of a brother")],
                                ["Aigerim Bekova", "Lawyer in Almaty"], checked=True), "send")
        _keep(qtbot, ConsentDialog(["ALM-2019-003"]), "consent")
        _keep(qtbot, IdentityDialog(me), "identity")
        book = AddressBookDialog(store)
        _keep(qtbot, book, "address-book")
        _keep(qtbot, ContactDialog(None, identity.contacts(store)[0]), "contact")

        # A bundle from a key Bob does not know, then a conflict after both sides edited.
        sharing.send(store, ["ALM-2018-017"], [them.recipient], tmp_path / "1.age")
        incoming = sharing.open_bundle(bob, tmp_path / "1.age")
        _keep(qtbot, ReceiveDialog(incoming), "receive-unknown")
        sharing.accept(bob, incoming, accept_signer=incoming.fingerprint)
        for who, title, summary in ((store, "Detention in Xinyuan county camp, 2017–2018",
                                     "Held from October 2017; released September 2018."),
                                    (bob, "Detention in a camp in Xinyuan",
                                     "Held in a re-education camp; released after eleven months.")):
            with who.write() as s:
                case = cases.get_case(s, "ALM-2018-017")
                cases.save_case(s, who, case.model_copy(update={"title": title, "summary": summary}))
        sharing.send(store, ["ALM-2018-017"], [them.recipient], tmp_path / "2.age")
        sharing.receive(bob, tmp_path / "2.age", accept_signer=incoming.fingerprint)
        [pending] = sharing.pending_conflicts(bob)
        dlg = ConflictDialog(bob, pending)
        dlg.theirs_buttons["title"].setChecked(True)
        _keep(qtbot, dlg, "conflict")
        _keep(qtbot, ConflictListDialog(bob), "conflicts")
    finally:
        bob.close()


def test_share_menu_in_the_window(qtbot, services, saved):
    from ui.main_window import MainWindow

    saved(reference="ALM-2018-017")
    w = MainWindow(services)
    w.resize(900, 420)
    _keep(qtbot, w, "window")
    titles = [a.text() for a in w.menuBar().actions()]
    assert "S&hare" in titles
    assert [a.text() for a in w.share.menu.actions() if a.text()] == [
        "&Send selected cases…", "&Receive a bundle…", "&Address book…", "My &identity…", "&Conflicts…"]


def test_send_progress_with_its_stop_button(qtbot, services):
    import threading

    from PySide6.QtWidgets import QPushButton

    from ui.main_window import MainWindow

    w = MainWindow(services)
    qtbot.addWidget(w)
    w.share._start_progress("Encrypting cases.age…", threading.Event())
    w.share._on_task_progressed(400 << 20, 1024 << 20)
    dialog = w.share.progress
    _keep(qtbot, dialog, "send-progress")
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Stop"]
    w.share._end_progress()
