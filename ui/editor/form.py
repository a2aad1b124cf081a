"""A form bound to one record of the case (a dict in the interchange format).

Each field is a widget bound to a path in the record (``("place", "name")``). An edit writes the
value into the record at once and emits ``edited``; checking the record is left to
``models.interchange.validate_case``, so a wrong value stays visible and gets a precise error
instead of being silently corrected. ``load`` shows another record.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget)

from models import dates, vocab
from ui.error_texts import problem_message
from ui.i18n import date_text, vocab_label


def get_path(record: dict, path: tuple[str, ...]):
    value = record
    for part in path:
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def set_path(record: dict, path: tuple[str, ...], value) -> None:
    """Set a value; a nested object left with nothing in it becomes null (no empty place, no
    empty consent), as the format expects of an absent object."""
    holder = record
    for part in path[:-1]:
        if not isinstance(holder.get(part), dict):
            holder[part] = {}
        holder = holder[part]
    holder[path[-1]] = value
    if len(path) > 1 and not any(v not in (None, "", [], False) for v in holder.values()):
        parent = get_path(record, path[:-2]) if len(path) > 2 else record
        parent[path[-2]] = None


class _Binding:
    def __init__(self, path, widget, show, read):
        self.path, self.widget, self.show, self.read = path, widget, show, read
        self.error: QLabel | None = None  # the problem with this field, in red under it


class RecordForm(QWidget):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.record: dict = {}
        self._bindings: list[_Binding] = []
        self._custom: list[QWidget] = []
        self._labels: dict[str, str] = {}
        self._loading = False
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    # --- loading and writing -----------------------------------------------------------------------

    def load(self, record: dict) -> None:
        self.record = record
        self._loading = True
        try:
            for b in self._bindings:
                b.show(get_path(record, b.path))
            for w in self._custom:
                w.load(record)
        finally:
            self._loading = False

    def _commit(self, binding: _Binding) -> None:
        if self._loading:
            return
        set_path(self.record, binding.path, binding.read())
        self.edited.emit()

    def _bind(self, path, label: str, widget: QWidget, show, read, signal, row: QWidget | None = None) -> QWidget:
        path = tuple(path.split(".")) if isinstance(path, str) else path
        b = _Binding(path, widget, show, read)
        self._bindings.append(b)
        self._labels[path[0]] = self._labels.get(path[0]) or label
        self._labels[".".join(path)] = label
        signal.connect(lambda *_: self._commit(b))
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(row or widget)
        b.error = QLabel(box)
        b.error.setObjectName("field-problem")
        b.error.setWordWrap(True)
        b.error.setStyleSheet("color: #b00020")
        b.error.hide()
        lay.addWidget(b.error)
        self._layout.addRow(label, box)
        return widget

    def show_problems(self, problems: dict[str, str]) -> None:
        """Put each problem under its field. Keys are paths inside the record ('birth_year',
        'place.country', 'names.value'); a path is shown at the field that holds it."""
        shown: dict[_Binding, list[str]] = {}
        for where, message in problems.items():
            b = self._binding_at(where)
            if b is not None:
                shown.setdefault(b, []).append(message)
        for b in self._bindings:
            messages = shown.get(b)
            b.error.setText("\n".join(messages or []))
            b.error.setVisible(bool(messages))

    def _binding_at(self, where: str) -> _Binding | None:
        keys = {".".join(b.path): b for b in self._bindings}
        parts = where.split(".")
        for n in range(len(parts), 0, -1):  # the field itself, else the nearest field holding it
            if (b := keys.get(".".join(parts[:n]))) is not None:
                return b
        return next((b for b in self._bindings if b.path[0] == parts[0]), None)

    def problem_texts(self) -> list[str]:
        return [b.error.text() for b in self._bindings if not b.error.isHidden()]

    def widget_for(self, field: str | None) -> QWidget | None:
        """The widget of a field named in a problem ('birth_year', 'place'), for focusing it."""
        if field is None:
            return None
        for candidates in (lambda b: [".".join(b.path)], lambda b: [b.path[0], ".".join(b.path[1:])]):
            for b in self._bindings:
                if field in candidates(b):
                    return b.widget
        return next((w for w in self._custom if getattr(w, "field", None) == field), None)

    def label_for(self, field: str | None) -> str:
        return self._labels.get(field or "", field or "")

    # --- kinds of fields ------------------------------------------------------------------------------

    def text(self, path, label: str, empty=None, placeholder: str = "", upper: bool = False) -> QLineEdit:
        w = QLineEdit(self)
        w.setPlaceholderText(placeholder)
        read = (lambda: (w.text().strip().upper() if upper else w.text()) or empty)
        return self._bind(path, label, w, lambda v: w.setText(v or ""), read, w.textEdited)

    def multiline(self, path, label: str, empty="") -> QPlainTextEdit:
        w = QPlainTextEdit(self)
        w.setTabChangesFocus(True)
        return self._bind(path, label, w, lambda v: w.setPlainText(v or ""), lambda: w.toPlainText() or empty,
                          w.textChanged)

    def date(self, path, label: str) -> QLineEdit:
        """A date of known precision; the line under it says how it reads ('May 2018')."""
        w = QLineEdit(self)
        w.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        hint = QLabel(self)
        hint.setStyleSheet("color: palette(mid)")

        def show_hint(text: str) -> None:
            try:
                dates.human(text.strip() or None)   # raises ValueError saying what is wrong
                hint.setText(date_text(text.strip()))
            except ValueError as exc:
                hint.setText(problem_message(str(exc)))   # the format says it in English

        w.textChanged.connect(show_hint)
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(w)
        lay.addWidget(hint)
        return self._bind(path, label, w, lambda v: w.setText(v or ""), lambda: w.text().strip() or None,
                          w.textEdited, row=box)

    def integer(self, path, label: str) -> QLineEdit:
        """A whole number; anything else is kept as typed so that validation names the problem."""
        w = QLineEdit(self)

        def read():
            t = w.text().strip()
            return None if not t else int(t) if t.isdigit() else t
        return self._bind(path, label, w, lambda v: w.setText("" if v is None else str(v)), read, w.textEdited)

    def choice(self, path, label: str, vocabulary: str, optional: bool = False) -> QComboBox:
        w = QComboBox(self)
        if optional:
            w.addItem("", None)
        for code in vocab.terms(vocabulary):
            w.addItem(vocab_label(vocabulary, code), code)
        return self._bind(path, label, w, lambda v: w.setCurrentIndex(max(0, w.findData(v))),
                          w.currentData, w.activated)

    def ref(self, path, label: str, options: Callable[[], list[tuple[str, str]]]) -> QComboBox:
        """One key of another record of the case (a narrator, the person a relative is related to)."""
        w = QComboBox(self)

        def show(v):
            w.clear()
            w.addItem("", None)
            for key, text in options():
                w.addItem(text, key)
            if v is not None and w.findData(v) < 0:
                w.addItem(self.tr("(missing: {0})").format(v), v)
            w.setCurrentIndex(max(0, w.findData(v)))
        return self._bind(path, label, w, show, w.currentData, w.activated)

    def check(self, path, label: str) -> QCheckBox:
        w = QCheckBox(label, self)
        b = self._bind(path, "", w, lambda v: w.setChecked(bool(v)), w.isChecked, w.toggled)
        self._labels[path if isinstance(path, str) else path[0]] = label
        return b

    def checks(self, path, label: str, options: Callable[[], list[tuple[str, str]]]) -> QListWidget:
        """A list of codes or keys, each a check box: violations, the victims of an event."""
        w = QListWidget(self)
        w.setMaximumHeight(120)

        def show(values):
            values = list(values or [])
            w.blockSignals(True)
            w.clear()
            known = options()
            for key, text in known + [(v, self.tr("(missing: {0})").format(v)) for v in values
                                      if v not in dict(known)]:
                item = QListWidgetItem(text, w)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in values else Qt.CheckState.Unchecked)
            w.blockSignals(False)

        def read():
            return [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                    if w.item(i).checkState() == Qt.CheckState.Checked]
        return self._bind(path, label, w, show, read, w.itemChanged)

    def words(self, path, label: str, upper: bool = False, placeholder: str = "") -> QLineEdit:
        """A short list typed with commas: tags, citizenships."""
        w = QLineEdit(self)
        w.setPlaceholderText(placeholder)

        def read():
            parts = [p.strip() for p in w.text().split(",")]
            return [p.upper() if upper else p for p in parts if p]
        return self._bind(path, label, w, lambda v: w.setText(", ".join(v or [])), read, w.textEdited)

    def rows(self, path, label: str, columns, follows=None) -> QWidget:
        from ui.editor.rows import RowsEditor

        w = RowsEditor(columns, self, follows)
        return self._bind(path, label, w, w.set_rows, w.rows, w.edited)

    def custom(self, label: str, widget: QWidget, field: str) -> QWidget:
        """A widget that loads and edits the record itself (``load(record)``, signal ``edited``)."""
        widget.field = field
        self._custom.append(widget)
        self._labels[field] = label
        widget.edited.connect(lambda: None if self._loading else self.edited.emit())
        if label:
            self._layout.addRow(label, widget)
        else:
            self._layout.addRow(widget)
        return widget
