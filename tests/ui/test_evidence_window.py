"""Evidence files as a caseworker reaches them: Cases › Evidence files… (Ctrl+E) in the main window
and the Files tab of the case editor; and what a lock does to a viewer, a copy and an attach."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from storage import evidence as ev
from tests.evidence_helpers import write_marked_file
from tests.ui.evidence_support import custody, drop, gate, intake, pdf_file, png_file  # noqa: F401
from ui import evidence_panel
from ui.app import Casefile
from ui.editor.case_dialog import CaseDialog
from ui.evidence_dialogs import RemoveDialog
from ui.evidence_panel import EvidencePanel
from ui.evidence_window import EvidenceDialog
from ui.unlock_dialog import UnlockDialog
from tests.ui.conftest import settle


@pytest.fixture
def opened(monkeypatch):
    """Evidence dialogs the window opens, shown without their own event loop so the test can drive them."""
    dialogs = []

    def show(dlg):
        dlg.show()
        dialogs.append(dlg)
        return 0
    monkeypatch.setattr(EvidenceDialog, "exec", show)
    return dialogs


def test_ctrl_e_opens_the_selected_cases_files_attach_view_remove(qtbot, window, services, store, saved, tmp_path,
                                                                   monkeypatch, intake, opened):
    saved(reference="ALM-1")
    case = saved(reference="ALM-2")
    window.cases.reload()
    settle(qtbot, window.cases)
    assert not window.evidence_action.isEnabled()  # no case selected
    window.cases.select_case(case.id)
    settle(qtbot, window.cases)
    assert window.evidence_action.isEnabled()
    assert window.evidence_action.shortcut() == QKeySequence("Ctrl+E")
    window.evidence_action.trigger()
    [dlg] = opened
    assert "ALM-2" in dlg.windowTitle()
    panel = dlg.panel

    original = pdf_file(tmp_path / "ruling.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(original)], ""))
    intake.source, intake.descriptions = "lawyer Aiman K.", ["Decision of the Migration Service"]
    with qtbot.waitSignal(panel.files_changed, timeout=20000):
        panel.add_button.click()
    m = panel.model
    assert m.rowCount() == 1
    assert m.index(0, m.SHA256).data(m.InfoRole).sha256 == hashlib.sha256(original.read_bytes()).hexdigest()
    assert m.index(0, m.NAME).data() == "ruling.pdf" and m.index(0, m.SOURCE).data() == "lawyer Aiman K."

    panel.table.selectRow(0)
    panel.view_button.click()
    [viewer] = panel.viewers()
    qtbot.waitUntil(lambda: viewer.page_count() == 2, timeout=10000)
    info = m.info(0)
    assert custody(store, info.id) == ["evidence_attached", "evidence_viewed"]

    def confirm(rd):
        rd.reason_edit.setText("a better scan was received")
        rd.remove_button.click()
        return rd.result()
    monkeypatch.setattr(RemoveDialog, "exec", confirm)
    with qtbot.waitSignal(panel.files_changed, timeout=10000):
        panel.remove_button.click()
    assert m.rowCount() == 0
    assert not shiboken6.isValid(viewer) or not viewer.isVisible()  # its file is gone, so is its window
    assert custody(store, info.id)[-1] == "evidence_removed"
    dlg.buttons.rejected.emit()  # Close
    assert not dlg.isVisible()


def test_the_case_editor_has_a_files_tab(qtbot, services, store, saved, tmp_path):
    case = saved()
    ev.add_file(store, case.id, png_file(tmp_path / "notice.png"), description="Detention notice",
                record_id=case.events[0].id)
    dlg = CaseDialog(services, case)
    qtbot.addWidget(dlg)
    titles = [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())]
    assert titles[-3:] == ["Files", "Consent", "History"]  # files before consent; the history last
    panel = dlg.files_page
    assert isinstance(panel, EvidencePanel)
    dlg.tabs.setCurrentWidget(panel)
    assert panel.model.index(0, panel.model.DESCRIPTION).data() == "Detention notice"
    assert panel.model.index(0, panel.model.ABOUT).data() == "Event: Detention, October 2017 – September 2018"
    assert not dlg.has_changes()  # files are not part of the form's Save and Cancel


def test_a_new_case_says_files_come_after_the_first_save(qtbot, services):
    dlg = CaseDialog(services, None)
    qtbot.addWidget(dlg)
    assert isinstance(dlg.files_page, QLabel) and "saved for the first time" in dlg.files_page.text()


@pytest.fixture
def locking_app(qapp, services, monkeypatch):
    asked = []
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, parent, svc, path=None: asked.append(path)))
    monkeypatch.setattr(qapp, "quit", lambda: asked.append("quit"))
    app = Casefile(qapp, services, idle_minutes=60)
    app._show(services.store)
    app.idle.stop()
    return app, asked


def test_a_lock_closes_the_viewer_and_deletes_the_copy(qtbot, services, store, saved, tmp_path, monkeypatch,
                                                        locking_app):
    case = saved()
    original = png_file(tmp_path / "notice.png")
    ev.add_file(store, case.id, original)
    app, asked = locking_app
    dlg = CaseDialog(services, case, app.window)
    dlg.show()
    dlg.tabs.setCurrentWidget(dlg.files_page)
    panel = dlg.files_page
    panel.table.selectRow(0)
    panel.view_button.click()
    [viewer] = panel.viewers()
    qtbot.waitUntil(viewer.has_content, timeout=10000)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    copies = []
    monkeypatch.setattr(evidence_panel.QDesktopServices, "openUrl",
                        lambda url: copies.append(Path(url.toLocalFile())) or True)
    panel.open_button.click()
    qtbot.waitUntil(lambda: bool(copies), timeout=10000)
    assert copies[0].read_bytes() == original.read_bytes()

    app.lock()
    qtbot.waitUntil(lambda: "quit" in asked, timeout=10000)
    assert not shiboken6.isValid(viewer) or (not viewer.isVisible() and not viewer.has_content())
    assert not copies[0].exists() and not copies[0].parent.exists()
    assert services.store is None


def test_a_lock_stops_an_attach_and_leaves_nothing_half_added(qtbot, services, store, store_path, passphrase, saved,
                                                              tmp_path, intake, gate, opened, locking_app):
    case = saved()
    app, asked = locking_app
    app.window.cases.reload()
    settle(qtbot, app.window.cases)
    app.window.cases.select_case(case.id)
    settle(qtbot, app.window.cases)
    app.window.evidence_action.trigger()
    panel = opened[0].panel
    drop(panel, [write_marked_file(tmp_path / "interview.mp4", 4 * 1024 * 1024)])
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=10000)
    app.lock()
    gate.set()
    qtbot.waitUntil(lambda: "quit" in asked, timeout=20000)
    from storage.store import Store

    with Store.open(store_path, passphrase=passphrase) as reopened:
        with reopened.read() as s:
            assert ev.list_files(s, case.id) == []
        assert ev.verify_store(reopened) == []

