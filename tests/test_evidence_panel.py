"""The evidence panel: add by drag and drop with progress, view an image and a PDF page from
memory, open with another program only after a warning and through a copy deleted afterwards."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QColor, QDropEvent, QImage  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from storage import evidence as ev  # noqa: E402
from tests.evidence_helpers import add_case, write_marked_file  # noqa: E402
from ui import evidence_panel  # noqa: E402
from ui.evidence_panel import EvidencePanel  # noqa: E402


@pytest.fixture
def case(store):
    return add_case(store)


@pytest.fixture
def panel(qtbot, store, case):
    p = EvidencePanel(store, case.id)
    qtbot.addWidget(p)
    return p


def png_file(path: Path) -> Path:
    img = QImage(40, 30, QImage.Format.Format_RGB32)
    img.fill(QColor("red"))
    assert img.save(str(path), "PNG")
    return path


def pdf_file(path: Path, pages: int = 2) -> Path:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(pages):
        c.drawString(100, 700, f"Page {n + 1}")
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def drop(panel, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)


def select(qtbot, panel, row=0):
    panel.table.selectRow(row)
    assert panel.selected() is not None


def custody(store, info_id):
    with store.read() as s:
        return [e.action for e in ev.custody_history(s, info_id)]


def test_model_passes_the_model_tester(qtmodeltester, panel, store, case, tmp_path, qtbot):
    ev.add_file(store, case.id, write_marked_file(tmp_path / "a.bin", 10))
    panel.refresh()
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 1


def test_drop_files_adds_them_with_progress(qtbot, panel, store, case, tmp_path):
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
    assert panel.model.index(1, panel.model.SHA256).data() == files[1].sha256


def test_view_image_and_pdf_pages_from_memory(qtbot, panel, store, case, tmp_path):
    ev.add_file(store, case.id, png_file(tmp_path / "notice.png"))
    ev.add_file(store, case.id, pdf_file(tmp_path / "ruling.pdf", pages=2))
    panel.refresh()
    select(qtbot, panel, 0)
    panel.view_button.click()
    qtbot.waitUntil(lambda: not panel.is_busy() and not panel.viewer.pixmap().isNull(), timeout=10000)
    assert panel.viewer.pixmap().width() == 40

    select(qtbot, panel, 1)
    panel.view_button.click()
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.viewer.page_count() == 2, timeout=10000)
    assert panel.viewer.page_label.text() == "Page 1 of 2"
    panel.viewer.next_button.click()
    assert panel.viewer.page_label.text() == "Page 2 of 2" and not panel.viewer.next_button.isEnabled()
    assert panel.viewer.pixmap().width() > 500  # an A4 page at 1.5 pixels a point
    assert "evidence_viewed" in custody(store, panel.model.info(1).id)


def test_open_with_another_program_warns_and_deletes_the_copy(qtbot, panel, store, case, tmp_path, monkeypatch):
    info = ev.add_file(store, case.id, png_file(tmp_path / "notice.png"))
    panel.refresh()
    select(qtbot, panel, 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    opened = []
    monkeypatch.setattr(evidence_panel.QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())))
    panel.open_button.click()
    assert opened == [] and "evidence_opened_externally" not in custody(store, info.id)

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen_while_open = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: seen_while_open.append(opened[-1].read_bytes()))
    panel.open_button.click()
    qtbot.waitUntil(lambda: bool(seen_while_open), timeout=10000)
    assert seen_while_open[0] == (tmp_path / "notice.png").read_bytes()  # the program got the real content
    assert not opened[0].exists() and not opened[0].parent.exists()  # and the copy is gone
    assert custody(store, info.id)[-2:] == ["evidence_exported", "evidence_opened_externally"]


def test_remove_asks_first(qtbot, panel, store, case, tmp_path, monkeypatch):
    ev.add_file(store, case.id, png_file(tmp_path / "notice.png"))
    panel.refresh()
    select(qtbot, panel, 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.remove_button.click()
    assert panel.model.rowCount() == 1 and not panel.is_busy()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.files_changed, timeout=10000):
        panel.remove_button.click()
    assert panel.model.rowCount() == 0
    with store.read() as s:
        assert ev.list_files(s, case.id) == []


def test_a_failed_add_is_reported_and_changes_nothing(qtbot, panel, store, case, tmp_path):
    with qtbot.waitSignal(panel.failed, timeout=10000) as blocker:
        panel.add_paths([tmp_path / "gone.bin"])
    assert "gone.bin" in blocker.args[0]
    assert panel.model.rowCount() == 0 and panel.add_button.isEnabled()


@pytest.mark.screenshots
def test_screenshot_of_the_panel_with_a_pdf_page(qtbot, panel, store, case, tmp_path):
    ev.add_file(store, case.id, png_file(tmp_path / "notice.png"), description="Detention notice")
    ev.add_file(store, case.id, pdf_file(tmp_path / "ruling.pdf"), description="Court ruling")
    panel.refresh()
    panel.resize(1200, 700)
    panel.show()
    select(qtbot, panel, 1)
    panel.view_button.click()
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.viewer.page_count() == 2, timeout=10000)
    out = Path(__file__).resolve().parents[1] / "build" / "look"
    out.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(out / "evidence_panel.png"))
