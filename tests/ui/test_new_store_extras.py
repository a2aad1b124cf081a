"""The new-store dialog's strength meter, and printing the recovery key on paper only."""
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QMessageBox

from ui import recovery_print
from ui.new_store_dialog import NewStoreDialog, RecoveryKeyDialog

KEY = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"


def test_the_meter_rises_with_a_stronger_passphrase(qtbot, services):
    dlg = NewStoreDialog(services)
    qtbot.addWidget(dlg)
    readings = []
    for text in ("password1", "lantern orchard seventeen quietly"):
        dlg.passphrase.setText(text)
        dlg._update_strength()
        readings.append((dlg.meter.value(), dlg.meter.text()))
    (weak, weak_word), (strong, strong_word) = readings
    assert weak < 3 <= strong
    assert weak_word in ("Very weak", "Weak", "Fair") and strong_word in ("Strong", "Very strong")
    assert dlg.strength.text() == "Strong enough."


def test_the_printed_sheet_carries_the_key(qapp):
    image = QImage(600, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    recovery_print.paint_sheet(painter, QRectF(0, 0, 600, 800), KEY)
    painter.end()
    dark = sum(1 for y in range(0, 800, 4) for x in range(0, 600, 4) if QColor(image.pixel(x, y)).lightness() < 128)
    assert dark > 50


def test_a_printer_that_writes_a_file_is_refused(qtbot, monkeypatch, tmp_path):
    warned, painted = [], []

    def choose_a_pdf_printer(dialog):
        assert not dialog.testOption(QPrintDialog.PrintDialogOption.PrintToFile)
        dialog.printer().setOutputFileName(str(tmp_path / "key.pdf"))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QPrintDialog, "exec", choose_a_pdf_printer)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[1]))
    monkeypatch.setattr(recovery_print, "paint_sheet", lambda *a: painted.append(a))
    assert recovery_print.print_key(None, KEY) is False
    assert warned == ["Not printed"] and painted == [] and not (tmp_path / "key.pdf").exists()


def test_the_print_button_is_there_and_off_without_a_printer(qtbot, monkeypatch):
    monkeypatch.setattr("ui.new_store_dialog.printers_available", lambda: False)
    dlg = RecoveryKeyDialog(KEY)
    qtbot.addWidget(dlg)
    assert dlg.print_button.text() == "Print…" and not dlg.print_button.isEnabled()
    assert "No printer" in dlg.print_button.toolTip()
