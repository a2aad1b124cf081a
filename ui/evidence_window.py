"""Where a case's evidence files appear in the window: the case editor's Files tab and
Cases › Evidence files… (Ctrl+E); and what a lock does to them.

    page = files_page(services, case_id, parent)           # the panel, or for a new case a note
    EvidenceDialog.show_for(parent, services, case_id)
    shut_evidence_panels(QApplication.topLevelWidgets())  # at a lock
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from storage.cases import get_case
from ui.evidence_panel import EvidencePanel
from ui.i18n import _tr


def files_page(services, case_id: str | None, parent=None) -> QWidget:
    """The case editor's Files tab: the panel, or for a case never saved, how to get there."""
    if case_id is None:
        note = QLabel(_tr("Files can be added once the case has been saved for the first time. Save it, then "
                          "open it again and come back to this tab, or choose Cases › Evidence files… (Ctrl+E) "
                          "with the case selected."), parent)
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setMargin(40)
        return note
    panel = EvidencePanel(services, case_id, parent)
    panel.note.setText(_tr("Files are encrypted into the store as soon as they are added: Save and Cancel below "
                           "are about the other tabs. Drop files here, or click “Add files…”."))
    return panel


def shut_evidence_panels(windows) -> None:
    """At a lock: in these windows, close every evidence viewer and delete every temporary copy."""
    for w in windows:
        if not shiboken6.isValid(w):
            continue
        panels = w.findChildren(EvidencePanel)
        if isinstance(w, EvidencePanel):
            panels.append(w)
        for panel in panels:
            panel.shut()


class EvidenceDialog(QDialog):
    """A case's evidence files on their own (Cases › Evidence files…)."""

    def __init__(self, services, case_id: str, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        with services.store.read() as s:
            case = get_case(s, case_id)
        # The reference only: a title may name a person, and titles leave the window.
        self.setWindowTitle(self.tr("Evidence files — {0}").format(case.reference))
        self.panel = EvidencePanel(services, case_id, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 560)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def show_for(cls, parent, services, case_id: str) -> None:
        cls(services, case_id, parent).exec()

    def done(self, result: int) -> None:
        self.panel.shut()
        super().done(result)
