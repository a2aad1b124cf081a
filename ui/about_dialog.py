"""Help › About Casefile: the version, where the open store is, and the licences of the fonts and
libraries Casefile ships."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from resources import about
from ui.icon import app_icon


class AboutDialog(QDialog):
    def __init__(self, store_path: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Casefile"))
        layout = QVBoxLayout(self)
        head = QLabel(self)
        head.setPixmap(app_icon().pixmap(64, 64))
        layout.addWidget(head, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = store_path if store_path else self.tr("no store is open")
        self.summary.setText("\n".join((
            self.tr("Casefile %1").replace("%1", about.VERSION),
            self.tr("Encrypted documentation of human-rights cases. Licence: %1.").replace("%1", about.LICENCE),
            self.tr("The open store: %1").replace("%1", where))))
        layout.addWidget(self.summary)
        self.licences = QTextBrowser(self)
        self.licences.setOpenLinks(False)
        self.licences.setHtml(self._licences_html())
        layout.addWidget(self.licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _licences_html(self) -> str:
        def table(rows) -> str:
            cells = "".join(f"<tr><td style='padding-right: 16px'>{escape(a)}</td><td>{escape(b)}</td></tr>"
                            for a, b in rows)
            return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"

        libraries = [(f"{n} {about.installed_version(n)}", lic) for n, lic in about.LIBRARIES]
        return (f"<h4>{escape(self.tr('Fonts embedded in briefs'))}</h4>{table(about.FONTS)}"
                f"<h4>{escape(self.tr('Libraries'))}</h4>{table(libraries)}"
                f"<p>{escape(self.tr('The licence texts of the fonts are shipped beside them, in resources/fonts/.'))}</p>")

    @classmethod
    def show_for(cls, parent, store_path: str | None) -> None:
        dialog = cls(store_path, parent)
        dialog.exec()
