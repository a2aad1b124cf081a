"""The evidence panel: add by dialog or drag and drop with progress (and Stop), view images and PDF
pages from memory in a viewer window, export, open with another program only after a warning and
through a copy deleted afterwards, remove with a reason, and each file's custody history."""
from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from models.evidence import EvidenceRecord
from storage import evidence as ev
from tests.evidence_helpers import write_marked_file
from tests.ui.evidence_support import MARKER, custody, drop, gate, intake, pdf_file, png_file, wav_file  # noqa: F401
from ui import evidence_panel, evidence_viewer
from ui.evidence_dialogs import CustodyDialog, IntakeDialog, RemoveDialog
from ui.evidence_panel import EvidencePanel
from ui.evidence_table_model import EvidenceTableModel


@pytest.fixture
def case(saved):
    return saved()


@pytest.fixture
def panel(qtbot, services, case):
    p = EvidencePanel(services, case.id)
    qtbot.addWidget(p)
    yield p
    p.shut()


def select(panel, row=0):
    panel.table.selectRow(row)
    assert panel.selected() is not None


def wait_idle(qtbot, panel):
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=20000)


def test_the_models_pass_the_model_tester(qtmodeltester, panel, store, case, tmp_path, qtbot):
    kept = ev.add_file(store, case.id, write_marked_file(tmp_path / "a.bin", 10), description="kept")
    gone = ev.add_file(store, case.id, png_file(tmp_path / "b.png"), record_id=case.persons[0].id)
    ev.record_custody(store, kept.id, "viewed")
    ev.remove_file(store, gone.id, reason="duplicate")
    panel.removed_check.setChecked(True)
    assert panel.model.rowCount() == 2
    qtmodeltester.check(panel.model)
    dlg = CustodyDialog(panel.services, kept)
    qtbot.addWidget(dlg)
    assert dlg.model.rowCount() == 2
    qtmodeltester.check(dlg.model)


def test_the_custody_dialog_says_whether_the_audit_chain_holds(qtbot, panel, store, case, tmp_path):
    kept = ev.add_file(store, case.id, write_marked_file(tmp_path / "a.bin", 10), description="kept")
    ev.record_custody(store, kept.id, "exported", reason="hand-over to the court")
    dlg = CustodyDialog(panel.services, kept)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "unbroken" in dlg.chain_label.text(), timeout=10000)
    with store.write() as s:  # someone with the key rewrites what the export was for
        s.connection().exec_driver_sql("UPDATE audit_log SET detail = '{}' WHERE seq = (SELECT max(seq) FROM audit_log)")
    again = CustodyDialog(panel.services, kept)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: "damaged" in again.chain_label.text(), timeout=10000)
    assert "was altered" in again.chain_label.text() and "unbroken" not in again.chain_label.text()


def test_attach_asks_what_the_files_are_and_records_it(qtbot, panel, store, case, tmp_path, monkeypatch, intake):
    photo, ruling = png_file(tmp_path / "photo.png"), pdf_file(tmp_path / "ruling.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo), str(ruling)], ""))
    mother = case.persons[1]
    intake.record, intake.source, intake.received_on = mother.id, "the applicant's sister", "2024-05"
    intake.descriptions = ["Photo of the camp gate", "Decision of the Migration Service"]
    with qtbot.waitSignal(panel.files_changed, timeout=20000):
        panel.add_button.click()
    labels = [intake.dialogs[0].about_combo.itemText(i) for i in range(intake.dialogs[0].about_combo.count())]
    assert labels[:3] == ["The case as a whole", "Person: Dina Nurdaulet (Applicant)",
                          "Person: Гүлнар Нұрдәулет (Relative)"]
    assert any(label.startswith("Account: Dina Nurdaulet") for label in labels)
    assert any(label.startswith("Event: Detention") for label in labels)

    m = panel.model
    assert m.rowCount() == 2
    assert [m.index(r, m.DESCRIPTION).data() for r in range(2)] == intake.descriptions
    assert m.index(0, m.ABOUT).data() == "Person: Гүлнар Нұрдәулет (Relative)"
    assert m.index(0, m.SOURCE).data() == "the applicant's sister"
    assert m.index(1, m.TYPE).data() == "PDF document"
    digest = hashlib.sha256(ruling.read_bytes()).hexdigest()
    assert m.index(1, m.SHA256).data(Qt.ItemDataRole.ToolTipRole) == digest
    assert m.index(1, m.SHA256).data() == digest[:12] + "…"
    with store.read() as s:
        stored = ev.list_files(s, case.id)
    assert [(f.record_id, f.received_on, f.filename) for f in stored] == [
        (mother.id, "2024-05", "photo.png"), (mother.id, "2024-05", "ruling.pdf")]
    select(panel, 1)
    panel.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == digest


def test_a_bad_date_at_intake_cannot_be_confirmed(qtbot, tmp_path):
    dlg = IntakeDialog([png_file(tmp_path / "a.png")], [(None, "The case as a whole")])
    qtbot.addWidget(dlg)
    dlg.received_edit.setText("last spring")
    assert not dlg.add_button.isEnabled() and "YYYY-MM-DD" in dlg.message.text()
    dlg.received_edit.setText("2024-05-02")
    assert dlg.add_button.isEnabled()


def test_cancelling_the_intake_adds_nothing(qtbot, panel, store, case, tmp_path, intake):
    intake.cancel = True
    drop(panel, [png_file(tmp_path / "a.png")])
    assert not panel.is_busy() and panel.model.rowCount() == 0


def test_drop_files_adds_them_with_progress(qtbot, panel, store, case, tmp_path, intake):
    big = write_marked_file(tmp_path / "recording.wav", 3 * 1024 * 1024)
    small = png_file(tmp_path / "photo.png")
    seen = []
    panel.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(panel.files_changed, timeout=30000):
        drop(panel, [big, small])
        assert panel.is_busy() and not panel.progress.isHidden() and not panel.add_button.isEnabled()
    assert panel.model.rowCount() == 2
    assert panel.progress.isHidden() and panel.add_button.isEnabled()
    assert seen[-1] == 1000 and len([v for v in seen if 0 < v < 1000]) >= 2  # progress along the way
    with store.read() as s:
        files = ev.list_files(s, case.id)
    assert [(f.number, f.filename) for f in files] == [(1, "recording.wav"), (2, "photo.png")]


def test_stop_abandons_the_file_being_added(qtbot, panel, store, case, tmp_path, intake, gate):
    big = write_marked_file(tmp_path / "interview.mp4", 4 * 1024 * 1024)
    drop(panel, [big])
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=10000)
    panel.stop_button.click()
    gate.set()
    wait_idle(qtbot, panel)
    assert "was not added" in panel.status.text()
    assert panel.model.rowCount() == 0 and panel.add_button.isEnabled()
    with store.read() as s:
        assert ev.list_files(s, case.id) == []
    assert ev.verify_store(store) == []


def test_view_image_and_pdf_pages_in_a_viewer_window(qtbot, panel, store, case, tmp_path):
    ev.add_file(store, case.id, png_file(tmp_path / "notice.png"))
    ev.add_file(store, case.id, pdf_file(tmp_path / "ruling.pdf", pages=2))
    panel.refresh()
    select(panel, 0)
    panel.view_button.click()
    [image_viewer] = panel.viewers()
    qtbot.waitUntil(image_viewer.has_content, timeout=10000)
    assert image_viewer.shown_image().width() == 40

    select(panel, 1)
    panel.table.doubleClicked.emit(panel.model.index(1, 0))
    pdf_viewer = panel.viewers()[-1]
    qtbot.waitUntil(lambda: pdf_viewer.page_count() == 2, timeout=10000)
    assert pdf_viewer.page_label.text() == "Page 1 of 2"
    pdf_viewer.next_button.click()
    assert pdf_viewer.page_label.text() == "Page 2 of 2" and not pdf_viewer.next_button.isEnabled()
    assert pdf_viewer.shown_image().width() > 800  # an A4 page at 1.5 pixels a point
    assert custody(store, panel.model.info(1).id)[-1] == "evidence_viewed"

    panel.view_button.click()  # the same file again: its window comes forward, no second one
    assert len(panel.viewers()) == 2
    pdf_viewer.close_button.click()
    assert panel.viewers() == [image_viewer]


def test_audio_and_large_files_are_not_read_to_be_shown(qtbot, panel, store, case, tmp_path, monkeypatch):
    ev.add_file(store, case.id, wav_file(tmp_path / "interview.wav"))
    ev.add_file(store, case.id, png_file(tmp_path / "scan.png"))
    monkeypatch.setattr(evidence_viewer, "PREVIEW_LIMIT", 10)  # every file is "too large" now
    read = []
    monkeypatch.setattr(ev, "read_bytes", lambda *a, **k: read.append(a) or b"")
    panel.refresh()
    for row, expected in ((0, "does not play recordings"), (1, "too large to preview")):
        select(panel, row)
        panel.view_button.click()
        viewer = panel.viewers()[-1]
        assert expected in viewer.image_label.text()
        assert viewer.export_button.isVisible() and viewer.open_button.isVisible()
        assert "WAV audio" in viewer.details.text() or row == 1
    assert read == [] and not panel.is_busy()
    assert "evidence_viewed" not in custody(store, panel.model.info(0).id)


def _new_files_with(marker: str, since: float) -> list[str]:
    found = []
    for base in {tempfile.gettempdir(), "/dev/shm", str(Path.home() / ".cache")}:
        for root, _dirs, names in os.walk(base):
            for name in names:
                p = os.path.join(root, name)
                try:
                    st = os.stat(p)
                    if st.st_mtime >= since and st.st_size < 64 * 1024 * 1024 and marker.encode() in open(p, "rb").read():
                        found.append(p)
                except OSError:
                    pass
    return found


def test_viewing_writes_no_plaintext_to_disk(qtbot, panel, store, case, tmp_path):
    originals = tmp_path / "originals"
    originals.mkdir()
    ev.add_file(store, case.id, pdf_file(originals / "ruling.pdf", marker=True))
    ev.add_file(store, case.id, png_file(originals / "notice.png", marker=True))
    for p in originals.iterdir():
        p.unlink()
    panel.refresh()
    since = time.time() - 1
    for row in (0, 1):
        select(panel, row)
        panel.view_button.click()
    qtbot.waitUntil(lambda: all(v.has_content() for v in panel.viewers()) and len(panel.viewers()) == 2,
                    timeout=10000)
    assert _new_files_with(MARKER, since) == []


def test_export_a_copy_after_a_warning(qtbot, panel, store, case, tmp_path, monkeypatch):
    original = pdf_file(tmp_path / "ruling.pdf")
    info = ev.add_file(store, case.id, original)
    panel.refresh()
    select(panel, 0)
    out = tmp_path / "out" / "exhibit-1.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    panel.export_button.click()
    assert not out.exists() and not panel.is_busy()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    panel.export_button.click()
    wait_idle(qtbot, panel)
    assert out.read_bytes() == original.read_bytes()
    assert "SHA-256 was checked" in panel.status.text()
    assert custody(store, info.id)[-1] == "evidence_exported"


def test_open_with_another_program_warns_and_deletes_the_copy(qtbot, panel, store, case, tmp_path, monkeypatch):
    info = ev.add_file(store, case.id, png_file(tmp_path / "notice.png"))
    panel.refresh()
    select(panel, 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    opened = []
    monkeypatch.setattr(evidence_panel.QDesktopServices, "openUrl",
                        lambda url: opened.append(Path(url.toLocalFile())) or True)
    panel.open_button.click()
    assert opened == [] and "evidence_opened_externally" not in custody(store, info.id)

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.open_button.click()
    wait_idle(qtbot, panel)
    [copy] = opened
    assert copy.read_bytes() == (tmp_path / "notice.png").read_bytes()  # the program got the real content
    assert panel.copies_bar.isVisibleTo(panel) and "notice.png" in panel.copies_label.text()
    panel.delete_copies_button.click()
    assert not copy.exists() and not copy.parent.exists()  # and the copy is gone
    assert panel.copies_bar.isHidden()
    assert custody(store, info.id)[-2:] == ["evidence_exported", "evidence_opened_externally"]


def test_remove_asks_for_a_reason_and_keeps_the_custody(qtbot, panel, store, case, tmp_path, monkeypatch):
    info = ev.add_file(store, case.id, png_file(tmp_path / "notice.png"), description="Detention notice")
    panel.refresh()
    select(panel, 0)
    monkeypatch.setattr(RemoveDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    panel.remove_button.click()
    assert panel.model.rowCount() == 1 and not panel.is_busy()

    def confirm(dlg):
        assert not dlg.remove_button.isEnabled()  # not without a reason
        dlg.reason_edit.setText("attached to the wrong case")
        dlg.remove_button.click()
        return dlg.result()
    monkeypatch.setattr(RemoveDialog, "exec", confirm)
    with qtbot.waitSignal(panel.files_changed, timeout=10000):
        panel.remove_button.click()
    assert panel.model.rowCount() == 0
    with store.read() as s:
        assert ev.list_files(s, case.id) == []
        last = ev.custody_history(s, info.id)[-1]
    assert last.action == "evidence_removed" and "attached to the wrong case" in last.detail

    panel.removed_check.setChecked(True)  # a removed exhibit's history can still be shown
    assert panel.model.rowCount() == 1 and panel.model.index(0, EvidenceTableModel.DESCRIPTION).data().startswith(
        "(removed ")
    select(panel, 0)
    assert not panel.view_button.isEnabled() and panel.history_button.isEnabled()
    shown = []
    monkeypatch.setattr(CustodyDialog, "exec", lambda dlg: shown.append(dlg) or 0)
    panel.history_button.click()
    m = shown[0].model
    assert [m.index(r, m.WHAT).data() for r in range(m.rowCount())] == ["Attached", "Removed"]
    assert m.index(1, m.DETAILS).data() == "reason: attached to the wrong case"
    assert m.index(1, m.WHO).data() == "Test Caseworker"


def test_a_failed_add_is_reported_and_changes_nothing(qtbot, panel, store, case, tmp_path, intake):
    with qtbot.waitSignal(panel.failed, timeout=10000) as blocker:
        panel.add_paths([tmp_path / "gone.bin"])
    assert "gone.bin" in blocker.args[0]
    assert panel.model.rowCount() == 0 and panel.add_button.isEnabled()


def test_a_file_that_cannot_be_read_says_so_in_its_viewer(qtbot, panel, store, case, tmp_path, monkeypatch):
    info = ev.add_file(store, case.id, png_file(tmp_path / "notice.png"))
    panel.refresh()
    select(panel, 0)

    def damaged(*_a, **_k):
        raise ev.EvidenceMismatch("Part 1 of this file is missing from the store.")
    monkeypatch.setattr(ev, "read_bytes", damaged)
    panel.view_button.click()
    [viewer] = panel.viewers()
    qtbot.waitUntil(lambda: "missing from the store" in viewer.image_label.text(), timeout=10000)
    assert not viewer.has_content() and "missing from the store" in panel.status.text()
    assert custody(store, info.id) == ["evidence_attached"]


def test_nothing_else_is_done_to_files_while_some_are_being_added(qtbot, panel, store, case, tmp_path, monkeypatch,
                                                                    intake, gate):
    info = ev.add_file(store, case.id, png_file(tmp_path / "notice.png"))
    panel.refresh()
    drop(panel, [write_marked_file(tmp_path / "interview.mp4", 3 * 1024 * 1024)])
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=10000)
    select(panel, 0)
    assert not panel.view_button.isEnabled() and not panel.remove_button.isEnabled()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    panel.export_copy(info)  # as from a viewer opened before
    assert told and "Wait until the files being added" in told[0]
    gate.set()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=20000)
    assert custody(store, info.id) == ["evidence_attached"]
    assert panel.view_button.isEnabled()


def test_a_copy_for_another_program_stays_in_its_private_folder():
    from ui.evidence_copies import TemporaryCopies, copy_name

    def named(filename):
        return EvidenceRecord(id="x", case_id="c", record_id=None, number=7, filename=filename,
                               media_type="image/png", size=1, sha256="0" * 64)
    # A name that came in a colleague's bundle is theirs to choose: no folder part is followed.
    assert copy_name(named("../../.bashrc")) == ".bashrc"
    assert copy_name(named("..\\..\\notice.png")) == "notice.png"
    assert copy_name(named("..")) == copy_name(named("")) == "exhibit-7"
    copies = TemporaryCopies()
    path = copies.new(named("../escape.png"))
    assert path.parent.name.startswith("casefile-open-") and path.name == "escape.png"
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"
    path.write_bytes(b"plaintext")
    copies.delete()
    assert not path.parent.exists() and not copies


def test_photos_are_turned_as_taken_and_huge_ones_decoded_smaller(qtbot):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QImageWriter

    from ui.evidence_viewer import decode_image

    def jpeg(width, height, transformation=None):
        img = QImage(width, height, QImage.Format.Format_RGB32)
        img.fill(QColor("white"))
        buf = QBuffer()
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buf, QByteArray(b"jpeg"))
        if transformation is not None:
            writer.setTransformation(transformation)
        assert writer.write(img)
        return bytes(buf.data())
    from PySide6.QtGui import QImageIOHandler

    turned = decode_image(jpeg(300, 200, QImageIOHandler.Transformation.TransformationRotate90))
    assert (turned.width(), turned.height()) == (200, 300)  # as the camera held it
    big = decode_image(jpeg(3000, 1000), largest_side=1500)
    assert (big.width(), big.height()) == (1500, 500)
