"""Briefs as a format: consent check -> redaction of the data -> layout (in memory) -> verification.

``build_brief`` returns a verified PDF in memory or raises (``ConsentRefused``, ``LeakFound``,
``ValueError``); nothing here writes a file or touches the store. Reading the case, writing the file
atomically and recording the brief is the use case in ``storage/briefs.py``.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Sequence

import pypdf

from exports.layout import PAPERS, Exhibit, Layout, render, render_log
from exports.redaction import ConsentRefused, LogEntry, check_consent, redact_case
from exports.verify import Leak, LeakFound, Report, structure_leaks, verify_pdf
from exports.wording import LANGUAGES, wording
from models.briefs import KINDS
from models.interchange import Case

__all__ = ["Exhibit", "BriefResult", "build_brief", "check_file", "redaction_log_of",
           "ConsentRefused", "LeakFound", "KINDS", "PAPERS", "LANGUAGES"]


@dataclass
class BriefResult:
    pdf: bytes
    kind: str
    profile: str
    pseudonyms: dict[str, str]        # the full map used: persist it for the next document of the case
    log: list[LogEntry]               # what was replaced where, by which rule (sensitive: internal use)
    pages: int = 0
    checked_forms: int = 0            # how many protected forms the independent verifier looked for
    language: str = "en"              # of the fixed text (exports.wording.LANGUAGES)


STEPS = 3   # redaction, layout, verification


def _check_args(kind: str, paper: str, language: str = "en") -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of brief '{kind}' (one of: {', '.join(KINDS)})")
    if paper not in PAPERS:
        raise ValueError(f"unknown paper size '{paper}' (one of: {', '.join(PAPERS)})")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language of a brief '{language}' (one of: {', '.join(LANGUAGES)})")


def build_brief(case: Case, kind: str, profile: str, *, paper: str = "A4", exhibits: Sequence[Exhibit] = (),
                pseudonyms: Mapping[str, str] | None = None, anonymity_order: bool = False,
                account: str | None = None, progress: Callable[[int, int], None] | None = None,
                language: str = "en") -> BriefResult:
    """Build and verify a brief in memory. Raises ConsentRefused, LeakFound or ValueError.

    ``exhibits`` are anything with number, description, filename, size and sha256 (``Exhibit``,
    or the store's evidence records). ``account`` (witness statement) is the key of the account
    to print; by default the applicant's statement (in translation when there is one).
    ``progress(step, STEPS)`` is called as the brief passes redaction, layout and verification.
    ``language`` ('en', 'ru', 'kk'): of the headings, labels, dates and pseudonyms; the case's own
    text is printed as recorded.
    """
    step = progress or (lambda _done, _total: None)
    _check_args(kind, paper, language)
    check_consent(case, profile)
    step(0, STEPS)
    extra = {}
    for i, x in enumerate(exhibits):
        extra[f"exhibits[{i}].description"] = x.description
        extra[f"exhibits[{i}].filename"] = x.filename
    red = redact_case(case, profile, pseudonyms, extra, anonymity_order=anonymity_order, language=language)
    step(1, STEPS)
    rows = [Exhibit(x.number, red.extra[f"exhibits[{i}].description"], red.extra[f"exhibits[{i}].filename"],
                       x.size, x.sha256) for i, x in enumerate(exhibits)]
    index = None
    if account is not None:
        index = next((i for i, a in enumerate(case.accounts) if a.key == account or a.id == account), None)
        if index is None:
            raise ValueError(f"the case has no account '{account}'")
    layout = Layout(kind=kind, profile=profile, display=red.display, paper=paper, exhibits=rows,
                    anonymity_order=anonymity_order, account_index=index, language=language)
    pdf = render(red.case, layout)
    step(2, STEPS)
    printed = {k: wording(language).pseudonym(v) for k, v in red.pseudonyms.items()}   # as the brief prints them
    report = verify_pdf(pdf, case, profile, anonymity_order=anonymity_order, exhibits=exhibits, pseudonyms=printed)
    leaks = _brief_leaks(report)
    if leaks:
        raise LeakFound(leaks)
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    step(STEPS, STEPS)
    return BriefResult(pdf=pdf, kind=kind, profile=profile, pseudonyms=red.pseudonyms, log=red.log,
                       pages=pages, checked_forms=report.forms, language=language)


def redaction_log_of(result: BriefResult, reference: str, paper: str = "A4") -> bytes:
    """The redaction log of a brief just built, from the log its own redaction kept (no second
    redaction): INTERNAL, it holds the originals."""
    _check_args(result.kind, paper)
    return render_log(reference, result.profile, result.log, paper, result.language)


def verify_brief(pdf: bytes, case: Case, profile: str, **options) -> list[Leak]:
    """The independent leak check (exports.verify) plus what a brief of ours must also satisfy:
    one revision, no XMP, no page whose text is only a picture. ``options`` as for ``verify_pdf``."""
    return _brief_leaks(verify_pdf(pdf, case, profile, **options))


def _brief_leaks(report: Report) -> list[Leak]:
    return report.leaks + structure_leaks(report) + [
        Leak(None, "page shown as a picture", "structure", what) for what in report.uncheckable]


def check_file(path: str | os.PathLike, case: Case, profile: str, pseudonyms: Mapping[str, str] | None = None,
               exhibits: Sequence[Exhibit] = (), anonymity_order: bool = False) -> Report:
    """The same leak check on any PDF file, against what ``profile`` removes from ``case`` (check-pdf).
    ``Report.leaks`` and ``Report.uncheckable``; raises ``PdfRefused`` for a file it cannot check."""
    return verify_pdf(Path(path).read_bytes(), case, profile, anonymity_order=anonymity_order, exhibits=exhibits,
                      pseudonyms=pseudonyms)
