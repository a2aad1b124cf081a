"""What the evidence tests of the window share: small files (a PNG, a PDF of some pages, a WAV
recording, optionally carrying a marker to look for on disk), a drop, the custody of a file, and
fixtures answering the intake dialog and holding an attach half-way."""
from __future__ import annotations

import io
import struct
import threading
import wave
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QPainter

from storage import evidence as ev
from ui.evidence_dialogs import IntakeDialog

MARKER = "CASEFILE-VIEWER-PLAINTEXT-4d1e"


def png_file(path: Path, width: int = 40, height: int = 30, color: str = "red", marker: bool = False) -> Path:
    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.fill(QColor(color))
    if width > 200:  # something to look at in screenshots
        p = QPainter(img)
        p.setPen(QColor("white"))
        font = p.font()
        font.setPointSize(28)
        p.setFont(font)
        p.drawText(img.rect(), 0x84, "Уведомление о задержании\n(scan)")  # AlignCenter
        p.end()
    if marker:
        img.setText("Comment", MARKER)
    assert img.save(str(path), "PNG")
    return path


def pdf_file(path: Path, pages: int = 2, marker: bool = False) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in range(pages):
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 760, "Decision of the Migration Service, Almaty")
        c.setFont("Helvetica", 12)
        for i, line in enumerate(("The application for refugee status is considered.",
                                  "The applicant was held in a re-education camp from 2017 to 2018.",
                                  f"Page {n + 1} of {pages}")):
            c.drawString(72, 720 - 20 * i, line)
        c.showPage()
    c.save()
    data = buf.getvalue()
    if marker:
        data += f"\n%{MARKER}\n".encode()  # a comment after the end: PDF readers ignore it
    path.write_bytes(data)
    return path


def wav_file(path: Path, seconds: float = 0.5) -> Path:
    rate = 8000
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<h", (i * 37) % 2000 - 1000) for i in range(int(rate * seconds))))
    return path


def custody(store, info_id):
    with store.read() as s:
        return [e.action for e in ev.custody_history(s, info_id)]


@pytest.fixture
def intake(monkeypatch):
    """The intake dialog, answered through its own widgets with what the test puts here."""
    answer = SimpleNamespace(record=None, source="", received_on=None, descriptions=[], dialogs=[], cancel=False)

    def exec_(dlg):
        answer.dialogs.append(dlg)
        if answer.cancel:
            dlg.reject()
            return dlg.result()
        dlg.select_record(answer.record)
        dlg.source_edit.setText(answer.source)
        if answer.received_on is not None:
            dlg.received_edit.setText(answer.received_on)
        for edit, text in zip(dlg.description_edits, answer.descriptions):
            edit.setText(text)
        dlg.add_button.click()
        return dlg.result()
    monkeypatch.setattr(IntakeDialog, "exec", exec_)
    return answer


def drop(panel, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)


@pytest.fixture
def gate(monkeypatch):
    """Holds an attach after its first piece until the test opens the gate."""
    opened, real = threading.Event(), ev._write_chunks

    def held(session, pk, source, total, progress):
        def step(done, all_):
            progress(done, all_)
            opened.wait(10)
        return real(session, pk, source, total, step if progress else None)  # only the window's attaches
    monkeypatch.setattr(ev, "_write_chunks", held)
    return opened
