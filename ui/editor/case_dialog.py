"""The case editor: ``CaseDialog.ask(parent, services, case_id=None) -> Case | None``.

The dialog edits a copy of the case as its interchange dict. Problems are found by the same
validation an import uses and listed under the tabs as they arise; clicking one goes to the
field. Saving is one call into storage (the old version is kept as a revision). Closing with
unsaved changes asks first.
"""
from __future__ import annotations

import copy
import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QScrollArea, QTabWidget, QVBoxLayout)

from models.editing import problem_location
from models.interchange import Case, InterchangeError, validate_case
from storage import drafts, people
from storage.cases import get_case, save_case
from storage.errors import StoreError
from ui.editor import pages
from ui.editor.history_page import HistoryPage
from ui.evidence_window import files_page, shut_evidence_panels
from ui.error_texts import problem_message

VALIDATE_DELAY_MS = 400
_RECORD_PATH = re.compile(r"^(?P<list>[a-z_]+)\[(?P<index>\d+)\]\.?(?P<rest>.*)$")


def _protected_elsewhere(services, case: Case | None) -> dict[str, list[str]]:
    if case is None or case.id is None:
        return {}
    with services.store.read() as s:
        return people.protected_elsewhere(s, case.id)


def blank_case() -> dict:
    return {"id": None, "reference": "", "title": "", "status": "open", "opened_on": dt.date.today().isoformat(),
            "tags": [], "summary": "", "persons": [], "accounts": [], "events": [], "proceedings": [],
            "sources": [], "consent": None}


class CaseDialog(QDialog):
    def __init__(self, services, case: Case | None = None, parent=None, draft: dict | None = None):
        super().__init__(parent)
        self.services = services
        self.saved_case: Case | None = None
        self.data = case.model_dump(mode="json") if case else blank_case()
        self._clean = copy.deepcopy(self.data)
        if draft is not None:  # changes rescued at a lock: shown as unsaved
            self.data = draft
        self.setWindowTitle(self.tr("Case {0}").format(case.reference) if case else self.tr("New case"))

        self.tabs = QTabWidget(self)
        self.case_form = pages.case_form(self.data)
        self.consent_form = pages.consent_form(self.data)
        self.pages = {
            "persons": pages.persons_page(self.data, _protected_elsewhere(services, case)), "accounts": pages.accounts_page(self.data),
            "events": pages.events_page(self.data), "proceedings": pages.proceedings_page(self.data),
            "sources": pages.sources_page(self.data),
        }
        self.tabs.addTab(_scrolled(self.case_form, self), self.tr("Case"))
        for name, title in (("persons", self.tr("People")), ("accounts", self.tr("Accounts")),
                            ("events", self.tr("Events")), ("proceedings", self.tr("Proceedings")),
                            ("sources", self.tr("Sources"))):
            self.tabs.addTab(self.pages[name], title)
        self.files_page = files_page(services, case.id if case else None, self)
        self.tabs.addTab(self.files_page, self.tr("Files"))
        self.consent_tab = _scrolled(self.consent_form, self)
        self.tabs.addTab(self.consent_tab, self.tr("Consent"))
        self.history_page = HistoryPage(services, case.id if case else None, _field_labels(self), self)
        self.tabs.addTab(self.history_page, self.tr("History"))

        self.problems_title = QLabel(self)
        self.problems = QListWidget(self)
        self.problems.setMaximumHeight(110)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(960, 720)

        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.validate)
        for part in (self.case_form, self.consent_form, *self.pages.values()):
            part.edited.connect(self._validate_timer.start)
        for page in self.pages.values():
            page.list.currentRowChanged.connect(self._show_inline)
        self.tabs.currentChanged.connect(self._on_tabs_currentChanged)
        self.problems.itemActivated.connect(self._on_problems_itemActivated)
        self.problems.itemClicked.connect(self._on_problems_itemActivated)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.validate()

    @classmethod
    def ask(cls, parent, services, case_id: str | None = None) -> Case | None:
        store = services.store
        with store.read() as s:
            case = get_case(s, case_id) if case_id is not None else None
            kept = drafts.peek(s, store, case_id)
        draft = None
        if kept is not None:
            answer = QMessageBox.question(
                parent, QCoreApplication.translate("CaseDialog", "Unsaved changes"),
                QCoreApplication.translate("CaseDialog", "When the store locked on {0}, this case had changes "
                                           "that could not be saved yet. Take them up again?").format(kept[0]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes)
            draft = kept[1] if answer == QMessageBox.StandardButton.Yes else None
            with store.write() as s:
                drafts.discard(s, case_id)
        dlg = cls(services, case, parent, draft)
        return dlg.saved_case if dlg.exec() == QDialog.DialogCode.Accepted else None

    def rescue(self) -> None:
        """The store is about to lock: save the changes if they are valid, else keep them as a draft
        inside the store, to be offered when this case is opened again."""
        if not self.has_changes():
            return
        store = self.services.store
        case = self.validate()
        with store.write() as s:
            if case is not None:
                self.saved_case, _ = save_case(s, store, case, reason="saved when the store locked")
            else:
                drafts.keep(s, store, self.data.get("id"), self.data,
                            dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"))
        self._clean = copy.deepcopy(self.data)

    # --- state -----------------------------------------------------------------------------------

    def has_changes(self) -> bool:
        return self.data != self._clean

    @Slot()
    def validate(self) -> Case | None:
        """The case as the format reads it, or None with the problems listed."""
        self._validate_timer.stop()
        try:
            case = validate_case(self.data)
        except InterchangeError as exc:
            self._show_problems(exc.problems)
            return None
        self._show_problems([])
        return case

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.clear()
        for p in problems:
            item = QListWidgetItem(self._describe(p), self.problems)
            item.setData(Qt.ItemDataRole.UserRole, p)
        self.problems_title.setText(self.tr("%n problem(s) to fix before the case can be saved", "", len(problems))
                                    if problems else self.tr("No problems found."))
        self.problems.setVisible(bool(problems))
        self._problems = list(problems)
        self._show_inline()

    def _show_inline(self) -> None:
        """The problems of the case and of the records shown, under their fields."""
        per_form: dict = {}
        for problem in getattr(self, "_problems", []):
            path, _, message = problem.partition(": ")
            record = _RECORD_PATH.match(path)
            if record:
                page = self.pages.get(record["list"])
                if page is None or page.list.currentRow() != int(record["index"]):
                    continue
                form, where = page.form, record["rest"]
            else:
                form, where = (self.consent_form if path.startswith("consent") else self.case_form), path
            where = re.sub(r"\[\d+\]", "", where)
            if where:
                per_form.setdefault(form, {}).setdefault(where, problem_message(message or problem))
        for form in (self.case_form, self.consent_form, *(p.form for p in self.pages.values())):
            form.show_problems(per_form.get(form, {}))

    def _place(self, problem: str):
        """(tab index, page or None, record index, form) where a problem is."""
        where, index, field = problem_location(problem)
        if where in self.pages:
            page = self.pages[where]
            return self.tabs.indexOf(page), page, index, page.form, field
        if where == "consent":
            return self.tabs.indexOf(self.consent_tab), None, None, self.consent_form, field
        return 0, None, None, self.case_form, where or None

    def _describe(self, problem: str) -> str:
        tab, page, index, form, field = self._place(problem)
        message = problem_message(problem.split(": ", 1)[1] if ": " in problem else problem)
        parts = [self.tabs.tabText(tab)]
        if page is not None and index is not None:
            parts.append(page.record_label(index))
        if field:
            parts.append(form.label_for(field) or field)
        return " › ".join(parts) + ": " + message

    # --- slots -----------------------------------------------------------------------------------

    @Slot(int)
    def _on_tabs_currentChanged(self, _index: int) -> None:  # noqa: N802
        # Names typed on one tab appear in the lists of the others.
        for page in self.pages.values():
            page.refresh()
        self.consent_form.load(self.data)
        if self.tabs.currentWidget() is self.history_page:
            self.history_page.load()

    @Slot(QListWidgetItem)
    def _on_problems_itemActivated(self, item: QListWidgetItem) -> None:  # noqa: N802
        tab, page, index, form, field = self._place(item.data(Qt.ItemDataRole.UserRole))
        self.tabs.setCurrentIndex(tab)
        if page is not None and index is not None and index < len(page.records):
            page.select(index)
        widget = form.widget_for(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        case = self.validate()
        if case is None:
            self.problems.setCurrentRow(0)
            return False
        store = self.services.store
        reason = "added in the window" if not self.data.get("id") else "edited in the window"
        try:
            with store.write() as s:
                self.saved_case, _outcome = save_case(s, store, case, reason=reason)
        except StoreError as exc:  # a reference used by another case: the dialog stays open
            self._show_problems([f"reference: {exc}"])
            return False
        self.data = self.saved_case.model_dump(mode="json")
        self._clean = copy.deepcopy(self.data)
        self.accept()
        return True

    def done(self, result: int) -> None:
        shut_evidence_panels([self])  # no viewer or unencrypted copy outlives the form
        super().done(result)

    def reject(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("This case has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()


def _field_labels(dlg: CaseDialog):
    """A field of a kind of record as its form labels it (for the History tab). Holds the forms,
    not the dialog: a reference back to the dialog would keep it alive after it is closed."""
    forms = {"case": dlg.case_form, **{name[:-1]: page.form for name, page in dlg.pages.items()}}
    return lambda kind, field: forms[kind].label_for(field) if kind in forms else field


def _scrolled(widget, parent) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
