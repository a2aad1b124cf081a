"""Add or edit a facility of the registry: type, names (one per script; the script is read from the
letters), aliases, county, prefecture, coordinates and a note.

    entry = FacilityDialog.ask(parent, existing_or_None)   # a validated interchange.Facility, or None
"""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from models import vocab
from models.names import name_script
from storage import facilities
from storage.errors import StoreError
from ui.errors import user_message
from ui.i18n import vocab_label


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _number(text: str) -> float | None | str:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text  # refused by the validation with its field named


class FacilityDialog(QDialog):
    def __init__(self, existing=None, parent=None):
        super().__init__(parent)
        self._id = existing.id if existing else facilities.new_id()
        self.setWindowTitle(self.tr("Edit facility") if existing else self.tr("New facility"))
        self.type = QComboBox(self)
        for code in vocab.terms(vocab.FACILITY_TYPE):
            self.type.addItem(vocab_label(vocab.FACILITY_TYPE, code), code)
        self.names = QPlainTextEdit(self)
        self.names.setPlaceholderText(self.tr("One name per line, at most one in each script:\n"
                                              "Xinyuan re-education camp\n新源县职业技能教育培训中心"))
        self.aliases = QPlainTextEdit(self)
        self.aliases.setPlaceholderText(self.tr("Other names it is known by, one per line, any script"))
        self.county, self.prefecture, self.lat, self.lon = (QLineEdit(self) for _ in range(4))
        self.lat.setPlaceholderText(self.tr("e.g. 43.43"))
        self.lon.setPlaceholderText(self.tr("e.g. 83.26"))
        self.note = QPlainTextEdit(self)
        self.note.setMaximumHeight(70)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("&Names:"), self.names)
        hint = QLabel(self.tr("One name per script; the script is read from the letters. Other spellings and "
                              "names go under Aliases."), self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("&Aliases:"), self.aliases)
        form.addRow(self.tr("&County:"), self.county)
        form.addRow(self.tr("&Prefecture:"), self.prefecture)
        form.addRow(self.tr("&Latitude:"), self.lat)
        form.addRow(self.tr("L&ongitude:"), self.lon)
        form.addRow(self.tr("N&ote:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.result_entry = None
        if existing:
            self.type.setCurrentIndex(max(0, self.type.findData(existing.type)))
            self.names.setPlainText("\n".join(n.value for n in existing.names if not n.alias))
            self.aliases.setPlainText("\n".join(n.value for n in existing.names if n.alias))
            self.county.setText(existing.county or "")
            self.prefecture.setText(existing.prefecture or "")
            self.lat.setText("" if existing.lat is None else f"{existing.lat:g}")
            self.lon.setText("" if existing.lon is None else f"{existing.lon:g}")
            self.note.setPlainText(existing.note)
        self.resize(560, 520)

    def entry_data(self) -> dict:
        def name(value: str, alias: bool) -> dict:
            return {"value": value, "script": name_script(value) or "Latn", "alias": alias}
        return {"id": self._id, "type": self.type.currentData(),
                "names": [name(v, False) for v in _lines(self.names.toPlainText())]
                + [name(v, True) for v in _lines(self.aliases.toPlainText())],
                "county": self.county.text().strip() or None, "prefecture": self.prefecture.text().strip() or None,
                "lat": _number(self.lat.text()), "lon": _number(self.lon.text()),
                "note": self.note.toPlainText().strip()}

    def _on_buttons_accepted(self) -> None:
        try:
            self.result_entry = facilities.validated(self.entry_data())
        except StoreError as exc:
            self.problem.setText(user_message(exc))  # in the window's language
            return
        self.accept()

    @classmethod
    def ask(cls, parent, existing=None):
        dlg = cls(existing, parent)
        return dlg.result_entry if dlg.exec() == QDialog.DialogCode.Accepted else None
