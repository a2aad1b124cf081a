"""The brief dialog: choose the document, the profile and the paper; make the brief in the
background; look at its pages and at the verification result; save it where the user says.

Nothing reaches the disk before Save: the brief is made, verified and previewed in memory.
A brief that failed verification cannot be saved; the dialog says what leaked and where.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from models import vocab
from models.briefs import ACCOUNT_KIND, DEFAULT_PROFILE, KINDS, PAPERS, PROFILES, redacts
from models.briefs import LANGUAGES as BRIEF_LANGUAGES
from storage import briefs
from storage.briefs import BriefOptions, ConsentRefused, LeakFound, Prepared
from ui import file_dialogs
from ui import language as window_language
from ui.brief_preview import BriefPreview
from ui.errors import refusal_text, user_message
from ui.i18n import _tr   # lupdate files module-level _tr() text under the empty context, where this looks


def kinds() -> list[tuple[str, str]]:
    """(kind, name) in the order of ``models.briefs.KINDS``; the names are the window's words for them."""
    names = {"hearing_bundle": _tr("Hearing bundle"), "witness_statement": _tr("Witness statement"),
             "public_summary": _tr("Public case summary")}
    return [(k, names[k]) for k in KINDS]


def profiles() -> list[tuple[str, str, str]]:
    """(profile, name, what it promises) in the order of ``models.briefs.PROFILES``"""
    words = {
        "internal": (_tr("Internal"), _tr("For staff of the organisation only: full names and identifiers; "
                                          "spans marked by a caseworker are highlighted.")),
        "court": (_tr("Court"), _tr("For the court and the applicant's counsel: relatives at risk under stable "
                                    "pseudonyms, identifiers cut to their last four characters, contact details "
                                    "and marked spans removed. Needs consent to legal proceedings.")),
        "public": (_tr("Public"), _tr("For anyone: the applicant as initials, other people under pseudonyms "
                                      "(public figures keep their names), identifiers, contact details and marked "
                                      "spans removed. Needs consent to publish.")),
    }
    return [(p, *words[p]) for p in PROFILES]


class BriefDialog(QDialog):
    def __init__(self, services, case_id: str, parent=None):
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self.prepared: Prepared | None = None
        self.saved_path: Path | None = None
        self._task = None
        self.reference = case_id        # until the outline arrives
        self.setWindowTitle(self.tr("Brief"))

        self.kind = QComboBox(self)
        for key, name in kinds():
            self.kind.addItem(name, key)
        self.account = QComboBox(self)
        self.account.addItem(self.tr("The applicant's statement"), None)
        self.profile = QComboBox(self)
        for key, name, _promise in profiles():
            self.profile.addItem(name, key)
        self.profile.setCurrentIndex(self.profile.findData(DEFAULT_PROFILE))
        self.promise = QLabel(self)
        self.promise.setWordWrap(True)
        # A form row does not grow with a wrapped label's height: room for the longest promise, in any language.
        self.promise.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.paper = QComboBox(self)
        paper_names = {"A4": self.tr("A4"), "Letter": self.tr("US Letter")}
        for key in PAPERS:
            self.paper.addItem(paper_names[key], key)
        # The forum's language, each named in itself; the window's own language when briefs have it.
        self.language = QComboBox(self)
        for code in BRIEF_LANGUAGES:
            self.language.addItem(window_language.NATIVE[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(window_language.current())))
        self.anonymity = QCheckBox(self.tr("Anonymity order made"), self)
        self.anonymity.setToolTip(self.tr("The cover says “anonymity order made”, and a court brief names the "
                                          "applicant by initials (as a public one does) on every page: cover, "
                                          "statement of truth, headings and bookmarks included."))
        self.with_log = QCheckBox(self.tr("Also save a redaction log (internal)"), self)
        self.with_log.setToolTip(self.tr("What was replaced where, with the originals: for the lawyer, never to "
                                         "be sent with the brief. Saved next to it as …-redaction-log.pdf."))

        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.kind)
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("&Profile:"), self.profile)
        form.addRow("", self.promise)
        form.addRow(self.tr("P&aper:"), self.paper)
        form.addRow(self.tr("&Language:"), self.language)
        self.language.setToolTip(self.tr("The language of the headings, labels, dates and pseudonyms; the case is printed as recorded"))
        form.addRow("", self.anonymity)
        form.addRow("", self.with_log)

        self.make = QPushButton(self.tr("&Make brief"), self)
        self.make.setDefault(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setObjectName("brief-result")
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.make)
        left.addWidget(self.progress)
        left.addWidget(self.result)
        left.addStretch(1)
        side = QWidget(self)
        side.setLayout(left)
        side.setMaximumWidth(380)

        self.preview = BriefPreview(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save…"))
        self.save_button.setEnabled(False)
        body = QHBoxLayout()
        body.addWidget(side)
        body.addWidget(self.preview, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self.resize(1000, 760)

        self.make.clicked.connect(self._on_make_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        for combo in (self.kind, self.account, self.profile, self.paper, self.language):
            combo.currentIndexChanged.connect(self._on_options_changed)
        for box in (self.anonymity, self.with_log):
            box.toggled.connect(self._on_options_changed)
        self._on_options_changed()
        # The reference and accounts are read off the GUI thread, like everything else the store holds.
        self.make.setEnabled(False)
        store = services.store
        self._outline_task = services.runner.run(lambda _progress: briefs.outline(store, case_id),
                                                 done=self._on_outline_read, failed=self._on_task_failed)

    @Slot(object)
    def _on_outline_read(self, outline) -> None:
        self._outline_task = None
        self.reference = outline.reference
        self.setWindowTitle(self.tr("Brief of case {0}").format(self.reference))
        for key, language in outline.accounts:
            self.account.addItem(self.tr("Account {0} ({1})").format(key, language or "?"), key)
        self.make.setEnabled(True)

    @classmethod
    def ask(cls, parent, services, case_id: str) -> Path | None:
        """The path of the brief saved, or None if none was."""
        dlg = cls(services, case_id, parent)
        try:
            dlg.exec()
            return dlg.saved_path
        finally:
            dlg._detach()
            dlg.deleteLater()

    def options(self) -> BriefOptions:
        kind = self.kind.currentData()
        profile = self.profile.currentData()
        return BriefOptions(kind=kind, profile=profile, paper=self.paper.currentData(),
                            anonymity_order=self.anonymity.isChecked() and redacts(profile),
                            account=self.account.currentData() if kind == ACCOUNT_KIND else None,
                            redaction_log=self.with_log.isChecked() and redacts(profile),
                            language=self.language.currentData())

    # --- making ---------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for w in (self.kind, self.account, self.profile, self.paper, self.language, self.anonymity, self.with_log,
                  self.make):
            w.setEnabled(not busy)
        if not busy:
            self._on_options_changed(keep=True)
        self.progress.setVisible(busy)
        self.save_button.setEnabled(not busy and self.prepared is not None)

    def _on_options_changed(self, *_args, keep: bool = False) -> None:
        profile = self.profile.currentData()
        self.promise.setText(next(p for k, _n, p in profiles() if k == profile))
        self.account.setEnabled(self.kind.currentData() == ACCOUNT_KIND)
        self.anonymity.setEnabled(redacts(profile))
        self.with_log.setEnabled(redacts(profile))
        if keep or self.prepared is None:
            return
        self.prepared = None   # what was verified is no longer what is asked for
        self.save_button.setEnabled(False)
        self.preview.clear(self.tr("The options changed: make the brief again."))
        self.result.clear()

    @Slot()
    def _on_make_clicked(self) -> None:
        self.prepared = None
        self.preview.clear(self.tr("Making the brief…"))
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Redacting, laying out and verifying…"))
        self.progress.setRange(0, 0)
        self._busy(True)
        store, case_id, options = self.services.store, self.case_id, self.options()
        self._task = self.services.runner.run(lambda progress: briefs.prepare(store, case_id, options, progress),
                                              done=self._on_task_finished, failed=self._on_task_failed,
                                              progress=self._on_task_progressed)

    @Slot(int, int)
    def _on_task_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(object)
    def _on_task_finished(self, prepared: Prepared) -> None:
        self._task = None
        self.prepared = prepared
        self._busy(False)
        self.preview.show_pdf(prepared.result.pdf)
        self.result.setStyleSheet("QLabel#brief-result { color: #1b5e20; }")
        self.result.setText(verified_text(prepared))

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self._task = None
        self.prepared = None
        self._busy(False)
        self.result.setStyleSheet("QLabel#brief-result { color: #b71c1c; }")
        if isinstance(exc, ConsentRefused):
            self.preview.clear(self.tr("No brief was made."))
            self.result.setText(self.consent_refused_text(exc))
        elif isinstance(exc, briefs.PdfRefused):   # the leak check could not read the PDF: one sentence
            self.preview.clear(self.tr("The brief failed verification and cannot be saved."))
            self.result.setText(refusal_text(exc))
        elif isinstance(exc, LeakFound):
            self.preview.clear(self.tr("The brief failed verification and cannot be saved."))
            self.result.setText(leak_text(exc))
        elif type(exc) is ValueError:    # ours (no such account); a subclass may quote case data
            self.preview.clear()
            self.result.setText(str(exc))
        else:
            self.preview.clear()
            self.result.setText(user_message(exc))

    def consent_refused_text(self, exc: ConsentRefused) -> str:
        """The refusal in the window's language, from what it carries (its English message is for
        the command line and names the scopes by their codes)."""
        if window_language.current() == "en":
            return self.tr("Refused: {0} Nothing was written.").format(exc)
        name = next((n for key, n, _promise in profiles() if key == exc.profile), exc.profile)
        scopes = ", ".join(f"«{vocab.label(vocab.CONSENT_SCOPE, s, window_language.current())}»" for s in exc.scopes)
        if exc.withdrawn:
            text = self.tr("Refused: the {0} profile needs one of these consents: {1}, but the consent was withdrawn. "
                           "Record the consent or choose another profile. Nothing was written.")
        else:
            text = self.tr("Refused: the {0} profile needs one of these consents: {1}, and the case has none of "
                           "them. Record the consent or choose another profile. Nothing was written.")
        return text.format(name, scopes)

    # --- saving ---------------------------------------------------------------------------------

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.prepared is None:
            return
        path = ask_save_path(self, f"{self.reference}-{self.prepared.options.kind}-{self.prepared.options.profile}.pdf")
        if path is None:
            return
        prepared, store = self.prepared, self.services.store
        self.result.setText(self.tr("Saving…"))
        self.progress.setRange(0, 0)
        self._busy(True)
        self._task = self.services.runner.run(lambda _progress: briefs.save(store, prepared, path).path,
                                              done=self._on_save_finished, failed=self._on_save_failed)

    @Slot(object)
    def _on_save_finished(self, path: Path) -> None:
        self._task = None
        self.saved_path = path
        self._busy(False)
        self.accept()

    @Slot(object)
    def _on_save_failed(self, exc: BaseException) -> None:
        self._task = None
        self._busy(False)
        QMessageBox.warning(self, self.tr("The brief was not saved"), user_message(exc))
        self.result.setText(verified_text(self.prepared) if self.prepared else "")

    def _detach(self) -> None:
        if self._outline_task is not None:
            self._outline_task.detach()
            self._outline_task = None
        if self._task is not None:
            self._task.detach()
            self._task = None

    def done(self, result: int) -> None:
        self._detach()
        self.preview.clear()       # let go of the PDF in memory
        super().done(result)


def verified_text(prepared: Prepared) -> str:
    result = prepared.result
    if not redacts(prepared.options.profile):
        return _tr("Made: %n page(s). An internal brief redacts nothing (it holds full names and "
                   "identifiers); its file was checked for hidden earlier versions and XMP metadata.", "", result.pages)
    text = _tr("Verified: the text of all %n page(s), read back with two extractors (pdfium and pdfminer.six), "
               "and every object of the file (bookmarks, document information, annotations, form fields, "
               "embedded files) were searched for {0} of what this profile removes, in any case, script, "
               "spelling, spacing and hyphenation. None was found.", "", result.pages)
    text = text.format(_tr("%n protected form(s)", "", result.checked_forms))
    if prepared.log_pdf is not None:
        text += " " + _tr("The redaction log will be saved next to the brief, as …-redaction-log.pdf.")
    return text


def leak_text(exc: LeakFound) -> str:
    lines = [_tr("Not saved: verification found %n redacted item(s) in the brief. Nothing was written. "
                 "Report this: the redaction missed something.", "", len(exc.leaks))]
    lines += [f"• {leak}" for leak in exc.leaks[:20]]
    if len(exc.leaks) > 20:
        lines.append(_tr("… and %n more.", "", len(exc.leaks) - 20))
    return "\n".join(lines)


def ask_save_path(parent, suggested: str) -> Path | None:
    """Qt's own file dialog, leaving no record of the folder (ui.file_dialogs), starting in Documents."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    name = file_dialogs.save_file(parent, _tr("Save the brief"), str(Path(folder) / suggested),
                                  _tr("PDF documents (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
