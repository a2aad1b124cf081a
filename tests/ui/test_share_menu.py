"""The Share menu in the window: send, consent, receive from a known or unknown colleague,
conflicts resolved field by field, a damaged bundle refused, the address book."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from sqlmodel import select

from models.tables import AuditEntry, Evidence
from storage import cases, evidence, identity, sharing
from storage.bundle_evidence import StoreEvidence, staged_count
from storage.store import Store
from tests.conftest import PASSPHRASE
from tests.sharing_support import introduce
from ui.address_book_dialog import AddressBookDialog, ContactDialog, ContactInput, IdentityDialog
from ui.main_window import MainWindow
from ui.sharing_dialogs import ConflictDialog, ConsentDialog, ReceiveDialog, SendDialog

SHARE = {"given_on": "2018-11-10", "scopes": ["share_with_partners"]}


@pytest.fixture
def bob(tmp_path):
    s, _ = Store.create(tmp_path / "bob", PASSPHRASE, owner="Bob")
    yield s
    s.close()


@pytest.fixture
def bob_window(qtbot, bob, tmp_path, memory_keyring):
    from storage.device import DeviceKeyring
    from ui.services import Services
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    services = Services(runner=runner, settings=QSettings(str(tmp_path / "bob.ini"), QSettings.Format.IniFormat),
                        device=DeviceKeyring(memory_keyring), store=bob)
    w = MainWindow(services)
    qtbot.addWidget(w)
    yield w
    runner.wait()


def idle(qtbot, w):
    qtbot.waitUntil(lambda: not w.services.runner.busy() and w.share.progress is None, timeout=30000)


def actions(store):
    with store.read() as s:
        return [(e.action, json.loads(e.detail)) for e in s.exec(select(AuditEntry).order_by(AuditEntry.seq))]


def references(store):
    with store.read() as s:
        return sorted(c.reference for c in cases.get_cases(s))


def save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def send_to(monkeypatch, *names):
    """The send dialog as a person fills it: the named contacts ticked, then OK."""
    def run(dlg):
        for i in range(dlg.contact_list.count()):
            item = dlg.contact_list.item(i)
            if item.text() in names:
                item.setCheckState(item.checkState().Checked)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(SendDialog, "exec", run)


def select_case(qtbot, window, case_id):
    """The case saved after the window opened: the list reads it again (on a worker thread)."""
    window.cases.reload()
    window.cases.select_case(case_id)
    qtbot.waitUntil(lambda: window.cases.selected_ids() == [case_id], timeout=5000)


def test_send_from_the_window_makes_a_bundle_the_other_store_receives(qtbot, window, store, bob, saved, tmp_path,
                                                                      monkeypatch, boxes):
    introduce(store, "Bob", bob)
    introduce(bob, "Caseworker", store)
    case = saved(reference="ALM-1", consent=SHARE)
    scan = tmp_path / "scan.bin"
    scan.write_bytes(b"scanned notice " * 50000)
    info = evidence.add_file(store, case.id, scan, description="Notice")
    window.cases.reload()
    select_case(qtbot, window, case.id)
    send_to(monkeypatch, "Bob")
    save_to(monkeypatch, tmp_path / "to-bob.age")
    window.share.send_action.trigger()
    idle(qtbot, window)
    assert boxes == []
    assert "Wrote to-bob.age: 1 case and 1 evidence file" in window.statusBar().currentMessage()
    result = sharing.receive(bob, tmp_path / "to-bob.age", evidence=StoreEvidence(bob))
    assert result.added == ["ALM-1"] and result.evidence_files == 1
    assert evidence.read_bytes(bob, info.id) == scan.read_bytes()
    assert [a for a, _ in actions(store)][-2:] == ["bundle_sent", "evidence_included_in_bundle"]


def test_stop_during_a_send_writes_no_bundle_and_says_so(qtbot, window, store, bob, saved, tmp_path, monkeypatch,
                                                         boxes):
    import time

    from PySide6.QtWidgets import QPushButton

    from ui import share_menu

    introduce(store, "Bob", bob)
    case = saved(reference="ALM-2", consent=SHARE)
    video = tmp_path / "video.bin"
    video.write_bytes(b"recorded testimony " * 1_000_000)  # 18 MiB: 19 chunks
    evidence.add_file(store, case.id, video)

    class SlowEvidence(StoreEvidence):  # a slow disk, so that the person has time to press Stop
        def open(self, evidence_id):
            inner = super().open(evidence_id)
            read = inner.read
            inner.read = lambda n=-1: (time.sleep(0.05), read(n))[1]
            return inner
    monkeypatch.setattr(share_menu, "StoreEvidence", SlowEvidence)
    select_case(qtbot, window, case.id)
    send_to(monkeypatch, "Bob")
    out = tmp_path / "outbox" / "to-bob.age"
    out.parent.mkdir()
    save_to(monkeypatch, out)
    window.share.send_action.trigger()
    qtbot.waitUntil(lambda: window.share.progress is not None and window.share.progress.value() > 0, timeout=10000)
    [stop] = window.share.progress.findChildren(QPushButton)
    assert stop.text() == "Stop"
    stop.click()
    dialog = window.share.progress
    qtbot.waitUntil(lambda: window.share.progress is None or not dialog.isVisible(), timeout=5000)
    idle(qtbot, window)
    assert boxes == []  # stopping is not an error
    assert window.statusBar().currentMessage() == "Stopped: no bundle was written."
    assert list(out.parent.iterdir()) == []
    assert "bundle_sent" not in [a for a, _ in actions(store)]
    assert window.share.send_action.isEnabled()


def test_a_case_without_consent_is_sent_only_with_a_reason_that_is_audited(qtbot, window, store, bob, saved,
                                                                          tmp_path, monkeypatch, boxes):
    introduce(store, "Bob", bob)
    case = saved(reference="ALM-1")  # consent covers legal proceedings only
    window.cases.reload()
    select_case(qtbot, window, case.id)
    send_to(monkeypatch, "Bob")
    out = tmp_path / "out.age"
    save_to(monkeypatch, out)
    asked = []
    monkeypatch.setattr(ConsentDialog, "ask", classmethod(lambda cls, parent, refs, reason="": asked.append(refs)))
    window.share.send_action.trigger()
    idle(qtbot, window)
    assert asked == [["ALM-1"]] and not out.exists()
    assert "bundle_sent" not in [a for a, _ in actions(store)]

    monkeypatch.setattr(ConsentDialog, "ask", classmethod(lambda cls, parent, refs, reason="": "the court asked"))
    window.share.send_action.trigger()
    idle(qtbot, window)
    assert out.exists()
    overridden = [d for a, d in actions(store) if a == "consent_overridden"]
    assert overridden and overridden[0]["reason"] == "the court asked"


def test_consent_dialog_sends_only_with_a_reason(qtbot):
    dlg = ConsentDialog(["ALM-1"])
    qtbot.addWidget(dlg)
    assert not dlg.send_button.isEnabled()
    dlg.reason.setText("  ")
    assert not dlg.send_button.isEnabled()
    dlg.reason.setText("asked by the applicant's lawyer")
    assert dlg.send_button.isEnabled()


@pytest.fixture
def from_unknown(store, bob, make_case, tmp_path):
    """A bundle to Bob from the test store, whose key Bob does not know yet."""
    introduce(store, "Bob", bob)
    with store.write() as s:
        cases.save_case(s, store, make_case(reference="ALM-7", consent=SHARE))
    sharing.send(store, ["ALM-7"], ["Bob"], tmp_path / "in.age")
    return tmp_path / "in.age"


def test_unknown_sender_accepted_is_merged_and_added_to_the_address_book(qtbot, bob_window, bob, store,
                                                                        from_unknown, monkeypatch, boxes):
    shown = []

    def ask(cls, parent, incoming):
        shown.append((incoming.known_sender, incoming.fingerprint))
        return True
    monkeypatch.setattr(ReceiveDialog, "ask", classmethod(ask))
    bob_window.share.receive(str(from_unknown))
    idle(qtbot, bob_window)
    assert shown == [(None, identity.identity(store).fingerprint)]
    assert references(bob) == ["ALM-7"]
    qtbot.waitUntil(lambda: bob_window.cases.model.rowCount() == 1, timeout=5000)
    [contact] = identity.contacts(bob)
    assert contact.name == "Test Caseworker" and contact.fingerprint == shown[0][1] and not contact.verified
    assert any(k == "question" and "address book" in text for k, _t, text in boxes)
    assert "1 added" in bob_window.statusBar().currentMessage()


def test_unknown_sender_refused_leaves_nothing_but_the_audit_entry(qtbot, bob_window, bob, from_unknown, monkeypatch,
                                                                  boxes):
    monkeypatch.setattr(ReceiveDialog, "ask", classmethod(lambda cls, parent, incoming: False))
    bob_window.share.receive(str(from_unknown))
    idle(qtbot, bob_window)
    assert references(bob) == [] and identity.contacts(bob) == [] and staged_count(bob) == 0
    assert actions(bob)[-1][0] == "bundle_refused" and actions(bob)[-1][1]["reason"] == "refused_by_user"
    assert "refused" in bob_window.statusBar().currentMessage()


def test_a_tampered_bundle_is_refused_with_a_clear_message(qtbot, bob_window, bob, from_unknown, boxes):
    data = bytearray(from_unknown.read_bytes())
    data[len(data) // 2] ^= 0x10
    from_unknown.write_bytes(bytes(data))
    bob_window.share.receive(str(from_unknown))
    idle(qtbot, bob_window)
    [(kind, title, text)] = boxes
    assert kind == "warning" and title == "Refused"
    assert "damaged" in text and "refused" in text
    assert references(bob) == [] and staged_count(bob) == 0


def test_conflict_resolved_in_the_window_theirs_for_one_field_mine_for_another(qtbot, bob_window, bob, store,
                                                                               make_case, tmp_path, monkeypatch,
                                                                               boxes):
    introduce(store, "Bob", bob)
    introduce(bob, "Caseworker", store)
    with store.write() as s:
        cases.save_case(s, store, make_case(reference="ALM-9", consent=SHARE))
    sharing.send(store, ["ALM-9"], ["Bob"], tmp_path / "1.age")
    sharing.receive(bob, tmp_path / "1.age")
    for who, title, summary in ((store, "Title from the caseworker", "Summary from the caseworker"),
                                (bob, "Title from Bob", "Summary from Bob")):
        with who.write() as s:
            case = cases.get_case(s, "ALM-9")
            cases.save_case(s, who, case.model_copy(update={"title": title, "summary": summary}))
    sharing.send(store, ["ALM-9"], ["Bob"], tmp_path / "2.age")

    def choose(dlg):
        assert set(dlg.mine_buttons) == {"title", "summary"}
        dlg.theirs_buttons["title"].click()
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dlg.result()
    monkeypatch.setattr(ConflictDialog, "exec", choose)
    monkeypatch.setattr(ReceiveDialog, "ask", classmethod(lambda cls, parent, incoming: incoming.known_sender.name
                                                          == "Caseworker"))
    bob_window.share.receive(str(tmp_path / "2.age"))
    idle(qtbot, bob_window)
    with bob.read() as s:
        merged = cases.get_case(s, "ALM-9")
    assert (merged.title, merged.summary) == ("Title from the caseworker", "Summary from Bob")
    assert sharing.pending_conflicts(bob) == []
    assert any(k == "information" and "field by field" in text for k, _t, text in boxes)


def test_address_book_adds_edits_and_marks_a_contact_checked(qtbot, store, bob, monkeypatch, boxes):
    them = identity.identity(bob)
    dlg = AddressBookDialog(store)
    qtbot.addWidget(dlg)
    monkeypatch.setattr(ContactDialog, "ask", classmethod(
        lambda cls, parent, contact=None: ContactInput("Aigerim", them.recipient, them.signing_key, False)))
    dlg.add_button.click()
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 1).text() == them.fingerprint
    dlg.table.selectRow(0)
    assert dlg.checked_button.isEnabled()
    dlg.checked_button.click()
    assert identity.contacts(store)[0].verified and dlg.table.item(0, 2).text() == "yes"
    monkeypatch.setattr(ContactDialog, "ask", classmethod(
        lambda cls, parent, contact=None: ContactInput("Aigerim K.", contact.recipient, contact.signing_key, True)))
    dlg.table.selectRow(0)
    dlg.edit_button.click()
    assert [c.name for c in identity.contacts(store)] == ["Aigerim K."]
    monkeypatch.setattr(ContactDialog, "ask", classmethod(
        lambda cls, parent, contact=None: ContactInput("Other", "not-a-key", None, False)))
    dlg.add_button.click()
    assert boxes[-1][0] == "warning" and "age recipient" in boxes[-1][2]
    dlg.table.selectRow(0)
    dlg.remove_button.click()
    assert identity.contacts(store) == [] and dlg.table.rowCount() == 0


def test_my_identity_shows_the_fingerprint_and_copies_the_public_keys(qtbot, store):
    from PySide6.QtGui import QGuiApplication

    me = identity.identity(store)
    dlg = IdentityDialog(me)
    qtbot.addWidget(dlg)
    assert me.fingerprint in dlg.fingerprint.text()
    dlg.copy_button.click()
    assert QGuiApplication.clipboard().text() == f"{me.recipient}\n{me.signing_key}"
    QGuiApplication.clipboard().clear()


def test_received_evidence_is_listed_only_once_the_merge_is_committed(qtbot, bob_window, bob, store, make_case,
                                                                     tmp_path, monkeypatch, boxes):
    introduce(store, "Bob", bob)
    introduce(bob, "Caseworker", store)
    with store.write() as s:
        case, _ = cases.save_case(s, store, make_case(reference="ALM-5", consent=SHARE))
    (tmp_path / "a.bin").write_bytes(b"a" * 3000)
    evidence.add_file(store, case.id, tmp_path / "a.bin")
    sharing.send(store, ["ALM-5"], ["Bob"], tmp_path / "in.age", evidence=StoreEvidence(store))
    seen_while_asked = []

    def ask(cls, parent, incoming):
        with bob.read() as s:
            seen_while_asked.append(len(s.exec(select(Evidence).where(Evidence.case_id == case.id)).all()))
        return True
    monkeypatch.setattr(ReceiveDialog, "ask", classmethod(ask))
    bob_window.share.receive(str(tmp_path / "in.age"))
    idle(qtbot, bob_window)
    assert seen_while_asked == [0]
    with bob.read() as s:
        assert [f.size for f in evidence.list_files(s, case.id)] == [3000]


def test_the_bundle_file_dialog_remembers_no_folder(qtbot, tmp_path, monkeypatch, request):
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.share_menu import ask_bundle_path

    import os
    from pathlib import Path

    default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
    request.addfinalizer(lambda: [QSettings.setPath(f, QSettings.Scope.UserScope, default) for f in formats])
    folder = tmp_path / "Dina-Nurdaulet-bundles"
    folder.mkdir()
    monkeypatch.chdir(folder)  # the dialog starts here: "cases.age" is relative

    def choose():
        [dlg] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        dlg.selectFile(str(folder / "to-bob.age"))
        dlg.accept()
    QTimer.singleShot(0, choose)
    assert ask_bundle_path(None, "Save the bundle", save=True) == str(folder / "to-bob.age")
    written = "".join(p.read_text(errors="replace") for p in (tmp_path / "config").rglob("*") if p.is_file())
    assert "Dina-Nurdaulet" not in written
    assert QSettings(QSettings.Scope.UserScope, "QtProject").value("FileDialog/lastVisited") is None


def test_the_share_menu_sits_in_the_menu_bar_with_its_five_actions(qtbot, window):
    assert "S&hare" in [a.text() for a in window.menuBar().actions()]
    assert [a.text() for a in window.share.menu.actions() if a.text()] == [
        "&Send selected cases…", "&Receive a bundle…", "&Address book…", "My &identity…", "&Conflicts…"]
