"""The receive report, on the command line and in the window: what was older and ignored."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

import main
from storage import sharing
from storage.store import Store
from tests.sharing_support import PASSPHRASE, introduce, load, save
from tests.test_replay import REF, WITNESS, with_witness, without_witness


@pytest.fixture
def replay(tmp_path):
    """Alice's v1 (with the witness) and v2 (without her, the mother moved), both for Bob."""
    alice, _ = Store.create(tmp_path / "alice", PASSPHRASE, owner="Alice")
    bob, _ = Store.create(tmp_path / "bob", PASSPHRASE, owner="Bob")
    introduce(alice, "Bob", bob)
    introduce(bob, "Alice", alice)
    save(alice, with_witness())
    sharing.send(alice, [REF], ["Bob"], tmp_path / "v1.age")
    save(alice, without_witness(load(alice, REF), whereabouts="Ghulja"))
    sharing.send(alice, [REF], ["Bob"], tmp_path / "v2.age")
    alice.close()
    bob.close()
    return tmp_path


def test_the_command_line_says_what_was_older_and_ignored(replay, capsys, monkeypatch):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    bob = replay / "bob"
    assert main.main(["receive", str(bob), str(replay / "v2.age")]) == 0
    capsys.readouterr()
    assert main.main(["receive", str(bob), str(replay / "v1.age")]) == 0
    out = capsys.readouterr().out
    assert "2 records older than this store's, ignored." in out
    assert "0 added, 0 updated, 1 unchanged" in out
    assert main.main(["receive", str(bob), str(replay / "v1.age"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["already_received"] is True
    with Store.open(bob, passphrase=PASSPHRASE) as store:
        assert all(p.key != "witness" for p in load(store, REF).persons)


def test_the_command_line_says_what_the_sender_removed(replay, capsys, monkeypatch):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    bob = replay / "bob"
    assert main.main(["receive", str(bob), str(replay / "v1.age")]) == 0
    capsys.readouterr()
    assert main.main(["receive", str(bob), str(replay / "v2.age"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["removed"], report["older_ignored"], report["updated"]) == (1, 0, [REF])


def test_the_window_says_what_was_older_and_ignored(replay, qtbot, memory_keyring, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from storage.device import DeviceKeyring
    from ui.main_window import MainWindow
    from ui.services import Services
    from ui.tasks import TaskRunner

    boxes = []  # any message box (a reminder, say) is answered at once instead of waiting for a person
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, **k: boxes.append(text)
                            or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self.text()) or 0)
    from ui.sharing_dialogs import ReceiveDialog
    monkeypatch.setattr(ReceiveDialog, "ask", classmethod(lambda cls, parent, incoming: True))  # "Receive" clicked
    bob = Store.open(replay / "bob", passphrase=PASSPHRASE)
    runner = TaskRunner()
    services = Services(runner=runner, settings=QSettings(str(replay / "bob.ini"), QSettings.Format.IniFormat),
                        device=DeviceKeyring(memory_keyring), store=bob)
    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        for name in ("v2.age", "v1.age"):
            window.share.receive(str(replay / name))
            qtbot.waitUntil(lambda: not runner.busy() and window.share.progress is None, timeout=30000)
        message = window.statusBar().currentMessage()
        assert "2 record(s) older than this store's, ignored." in message
        assert "From Alice: 0 added, 0 updated, 1 unchanged" in message
        assert WITNESS not in json.dumps(load(bob, REF).model_dump(mode="json"))
    finally:
        runner.wait()
        bob.close()
