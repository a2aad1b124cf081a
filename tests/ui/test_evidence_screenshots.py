"""Screenshots of evidence files in the window, for a person to look at (build/look/evidence/)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from storage import evidence as ev
from tests.ui.evidence_support import pdf_file, png_file, wav_file
from tests.ui.conftest import settle

LOOK = Path(__file__).resolve().parents[2] / "build" / "look" / "evidence"
pytestmark = pytest.mark.screenshots


def _keep(qtbot, widget, name: str) -> Path:
    LOOK.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # let a layout that just changed settle before the picture
    path = qtbot.screenshot(widget, suffix=name)
    target = LOOK / f"{name}.png"
    shutil.copy(path, target)
    assert target.stat().st_size > 5000  # a real picture, not an empty frame
    return target


@pytest.fixture
def case_with_files(store, saved, tmp_path):
    case = saved(reference="ALM-2018-017")
    ev.add_file(store, case.id, png_file(tmp_path / "IMG_2041.png", 900, 620, "#4a5a6a"),
                description="Detention notice, photographed by the applicant", source="the applicant",
                received_on="2018-11-10", record_id=case.persons[0].id)
    ruling = ev.add_file(store, case.id, pdf_file(tmp_path / "decision-2019-03.pdf", pages=3),
                         description="Decision of the Migration Service", source="lawyer Aiman K.",
                         received_on="2019-03-14")
    ev.add_file(store, case.id, wav_file(tmp_path / "interview-2018-11-10.wav"),
                description="Recorded account of the applicant", source="recorded by us",
                received_on="2018-11-10", record_id=case.accounts[0].id)
    for action, detail in (("viewed", {}), ("exported", {"reason": "hand-over to the court"}),
                           ("included_in_brief", {"profile": "court", "kind": "hearing_bundle"})):
        ev.record_custody(store, ruling.id, action, **detail)
    return case, ruling


def test_evidence_dialog_viewer_and_history(qtbot, services, case_with_files, tmp_path):
    from ui.evidence_dialogs import CustodyDialog, IntakeDialog, RemoveDialog
    from ui.evidence_window import EvidenceDialog

    case, ruling = case_with_files
    dlg = EvidenceDialog(services, case.id)
    qtbot.addWidget(dlg)
    dlg.resize(1000, 480)
    dlg.show()
    panel = dlg.panel
    panel.table.selectRow(1)
    _keep(qtbot, dlg, "evidence-files")
    dlg.resize(900, 360)  # the README's picture (docs/screenshots/evidence-files.png)
    _keep(qtbot, dlg, "evidence-files-900")
    dlg.resize(1000, 480)

    for row, name in ((0, "viewer-image"), (1, "viewer-pdf"), (2, "viewer-audio")):
        panel.table.selectRow(row)
        viewer = panel.view(panel.model.info(row))
        if row < 2:
            qtbot.waitUntil(viewer.has_content, timeout=10000)
        _keep(qtbot, viewer, name)
        viewer.close()

    history = CustodyDialog(services, ruling, parent=dlg)
    qtbot.addWidget(history)
    history.show()
    qtbot.waitUntil(lambda: "unbroken" in history.chain_label.text(), timeout=10000)
    _keep(qtbot, history, "custody-history")

    intake = IntakeDialog([png_file(tmp_path / "passport-page.png"), pdf_file(tmp_path / "letter.pdf")],
                          panel.choices, dlg)
    qtbot.addWidget(intake)
    intake.show()
    intake.source_edit.setText("the applicant's sister")
    intake.description_edits[0].setText("Passport, page with the exit stamp")
    _keep(qtbot, intake, "intake")
    intake.about_combo.showPopup()
    _keep(qtbot, intake.about_combo.view().window(), "intake-about-choices")
    intake.about_combo.hidePopup()

    remove = RemoveDialog(ruling, dlg)
    qtbot.addWidget(remove)
    remove.show()
    remove.reason_edit.setText("a duplicate of exhibit 4")
    _keep(qtbot, remove, "remove")

    copy = panel.copies.new(ruling)  # as after Open with another program
    copy.write_bytes(b"")
    panel._show_copies()
    panel.status.setText("Exhibit 2 exported to /media/encrypted/decision-2019-03.pdf; the copy's SHA-256 was checked.")
    _keep(qtbot, dlg, "evidence-files-with-copy")
    panel.delete_temporary_copies()
    dlg.done(0)


def test_case_editor_files_tab(qtbot, services, case_with_files):
    from ui.editor.case_dialog import CaseDialog

    case, _ruling = case_with_files
    dlg = CaseDialog(services, case)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.tabs.setCurrentWidget(dlg.files_page)
    _keep(qtbot, dlg, "case-files-tab")
    dlg.done(0)
    new = CaseDialog(services, None)
    qtbot.addWidget(new)
    new.show()
    new.tabs.setCurrentWidget(new.files_page)
    _keep(qtbot, new, "case-files-tab-new-case")
    new.done(0)


def test_cases_menu(qtbot, services, case_with_files):
    from ui.main_window import MainWindow

    case, _ruling = case_with_files
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.cases.select_case(case.id)
    settle(qtbot, window.cases)
    menu = window.evidence_action.associatedObjects()[-1]
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitExposed(menu)
    _keep(qtbot, menu, "cases-menu")
    menu.hide()
