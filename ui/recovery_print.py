"""Printing the recovery key on paper, and only on paper.

Qt's print dialog is told not to offer printing to a file, and a printer that turns out to write
a file (a PDF "printer") is refused: the key would then sit unencrypted on the disk next to the
store it opens. The job still passes through the print queue; the dialog says so.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox


def _t(text: str) -> str:
    return QCoreApplication.translate("RecoveryKeyDialog", text)


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def paint_sheet(painter: QPainter, page: QRectF, key: str) -> None:
    """The sheet: what it is, the key in large fixed-width type, where to keep it."""
    margin = page.width() * 0.08
    area = page.adjusted(margin, margin, -margin, -margin)
    body = QFont(painter.font())
    body.setPointSize(12)
    painter.setFont(body)
    line = painter.fontMetrics().lineSpacing()
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line * 6), Qt.TextFlag.TextWordWrap,
                     _t("Casefile recovery key, printed on {0}. It opens the store if the passphrase is "
                        "forgotten. Keep this sheet locked away, apart from the computer.")
                     .format(dt.date.today().isoformat()))
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    fixed.setPointSize(20)
    fixed.setWeight(QFont.Weight.Bold)
    painter.setFont(fixed)
    painter.drawText(QRectF(area.left(), area.top() + line * 7, area.width(), line * 6),
                     Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, key)


def print_key(parent, key: str) -> bool:
    """Ask for a printer and print the key; True once sent to a printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName():
        QMessageBox.warning(parent, _t("Not printed"),
                            _t("That printer writes a file. The key is printed only on paper, so that it is "
                               "never stored unencrypted on a disk."))
        return False
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, _t("Not printed"), _t("The printer could not be started."))
        return False
    try:
        paint_sheet(painter, QRectF(printer.pageRect(QPrinter.Unit.DevicePixel)), key)
    finally:
        painter.end()
    return True
