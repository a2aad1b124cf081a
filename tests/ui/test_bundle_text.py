"""Names, references and messages from a bundle are shown as the characters they are: a sender
who calls itself ``<a href=x>click</a>`` gets no link and no formatting in the window's boxes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextDocument

from storage import identity, sharing
from storage.store import Store
from tests.conftest import PASSPHRASE
from tests.sharing_support import introduce
from ui.main_window import MainWindow
from ui.share_menu import as_plain
from ui.sharing_dialogs import ReceiveDialog

HOSTILE = "<a href=x>click</a> <b>bold</b>"
SHARE = {"given_on": "2018-11-10", "scopes": ["share_with_partners"]}


def shown(markup: str) -> str:
    """What a person reads in a box given ``markup`` (Qt takes it as rich text when it looks so)."""
    doc = QTextDocument()
    doc.setHtml(markup)
    return doc.toPlainText()


@pytest.fixture
def bob_window(qtbot, tmp_path, memory_keyring):
    from storage.device import DeviceKeyring
    from ui.services import Services
    from ui.tasks import TaskRunner

    bob, _ = Store.create(tmp_path / "bob", PASSPHRASE, owner="Bob")
    runner = TaskRunner()
    services = Services(runner=runner, settings=QSettings(str(tmp_path / "bob.ini"), QSettings.Format.IniFormat),
                        device=DeviceKeyring(memory_keyring), store=bob)
    w = MainWindow(services)
    qtbot.addWidget(w)
    yield w, bob
    runner.wait()
    bob.close()


def test_plain_markup_shows_exactly_the_text_with_controls_escaped(qapp):
    markup = as_plain(HOSTILE + "\x1b[2J")
    assert "<a href" not in markup and "<b>" not in markup
    assert shown(markup) == "<a href=x>click</a> <b>bold</b>\\x1b[2J"


def test_a_sender_named_like_a_link_is_shown_as_those_characters(qtbot, bob_window, tmp_path, make_case, monkeypatch,
                                                                 boxes):
    w, bob = bob_window
    mallory, _ = Store.create(tmp_path / "mallory", PASSPHRASE, owner=HOSTILE)
    from storage import cases
    introduce(mallory, "Bob", bob)
    with mallory.write() as s:
        cases.save_case(s, mallory, make_case(reference="ALM-7", consent=SHARE))
    sharing.send(mallory, ["ALM-7"], ["Bob"], tmp_path / "in.age")
    monkeypatch.setattr(ReceiveDialog, "ask", classmethod(lambda cls, parent, incoming: True))
    w.share.receive(str(tmp_path / "in.age"))
    qtbot.waitUntil(lambda: not w.services.runner.busy() and w.share.progress is None, timeout=30000)
    [(kind, _title, text)] = [b for b in boxes if b[0] == "question"]
    assert "<a href" not in text and HOSTILE in shown(text)
    assert identity.contacts(bob)[0].name == HOSTILE  # kept as given; only its display is plain
    mallory.close()
