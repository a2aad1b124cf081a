"""Sharing dialogs with pytest-qt: a conflict resolved field by field reaches the store."""
from __future__ import annotations

import pytest

from storage import identity, sharing
from storage.store import Store
from tests.sharing_support import PASSPHRASE, colleagues, load, make_case, save

pytest.importorskip("pytestqt")


@pytest.fixture
def conflict(tmp_path):
    alice, bob = colleagues(tmp_path)
    save(alice, make_case())
    sharing.send(alice, ["ALM-2018-017"], ["Bob"], tmp_path / "1.age")
    sharing.receive(bob, tmp_path / "1.age")
    for store, where, title in ((alice, "Ghulja", "Alice's title"), (bob, "Urumqi", "Bob's title")):
        case = load(store, "ALM-2018-017")
        persons = [p.model_copy(update={"whereabouts": where}) if p.key == "mother" else p for p in case.persons]
        save(store, case.model_copy(update={"persons": persons, "title": title}))
    sharing.send(alice, ["ALM-2018-017"], ["Bob"], tmp_path / "2.age")
    assert sharing.receive(bob, tmp_path / "2.age").conflicts == ["ALM-2018-017"]
    yield bob
    alice.close()
    bob.close()


def test_conflict_resolved_field_by_field_in_the_window(qtbot, conflict):
    from ui.sharing_dialogs import ConflictDialog

    bob = conflict
    pending = {p.conflict.kind: p for p in sharing.pending_conflicts(bob)}
    assert set(pending) == {"case", "person"}
    dlg = ConflictDialog(bob, pending["person"])
    qtbot.addWidget(dlg)
    assert set(dlg.theirs_buttons) == {"whereabouts"}
    assert dlg.mine_buttons["whereabouts"].text() == "Urumqi" and dlg.theirs_buttons["whereabouts"].text() == "Ghulja"
    dlg.theirs_buttons["whereabouts"].click()
    with qtbot.waitSignal(dlg.conflict_resolved):
        dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
    assert load(bob, "ALM-2018-017").person("mother").whereabouts == "Ghulja"

    dlg = ConflictDialog(bob, pending["case"])
    qtbot.addWidget(dlg)
    assert "title" in dlg.mine_buttons
    with qtbot.waitSignal(dlg.conflict_resolved):
        dlg.buttons.button(dlg.buttons.StandardButton.Save).click()  # keep mine for every field
    assert load(bob, "ALM-2018-017").title == "Bob's title"
    assert sharing.pending_conflicts(bob) == []


def test_receive_dialog_warns_about_an_unknown_sender(qtbot, tmp_path):
    from ui.sharing_dialogs import ReceiveDialog

    alice, _ = Store.create(tmp_path / "alice", PASSPHRASE, owner="Alice")
    bob, _ = Store.create(tmp_path / "bob", PASSPHRASE, owner="Bob")
    try:
        save(alice, make_case())
        sharing.send(alice, ["ALM-2018-017"], [identity.identity(bob).recipient], tmp_path / "1.age")
        incoming = sharing.open_bundle(bob, tmp_path / "1.age")
        dlg = ReceiveDialog(incoming)
        qtbot.addWidget(dlg)
        assert "UNKNOWN" in dlg.sender_label.text()
        assert identity.identity(alice).fingerprint in dlg.fingerprint_label.text()
        incoming.discard()
    finally:
        alice.close()
        bob.close()
