"""The brief use case, the one path for the command line (``casefile brief``, ``check-pdf``) and
the window's brief dialog.

``prepare`` reads the case once, redacts once, lays out and verifies in memory: nothing reaches
the disk. ``save`` writes what was verified with the one atomic writer (``storage.files``) and
records it, audit entry, custody entries and pseudonyms, in one transaction. ``check_pdf`` runs
the leak check of a profile on any PDF. The window adds threads and dialogs to these, the command
line parsing and printing; neither imports ``exports/``, so the exceptions they catch are here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from exports.brief import STEPS, BriefResult, build_brief, check_file, redaction_log_of
from exports.redaction import ConsentRefused
from exports.verify import Leak, LeakFound, PdfRefused, Report
from models.briefs import DEFAULT_KIND, DEFAULT_PAPER, DEFAULT_PROFILE, redacts
from models.interchange import Case
from storage import cases, people
from models.evidence import EvidenceRecord
from storage.evidence import list_files, log_custody
from storage.files import atomic_write

__all__ = ["BriefOptions", "BriefMaterial", "Prepared", "Saved", "Outline", "TOTAL", "prepare", "save",
           "material", "outline", "check_pdf", "log_path_for", "ConsentRefused", "LeakFound", "Leak", "PdfRefused"]

Progress = Callable[[int, int], None]

TOTAL = STEPS + 2      # reading the case, the brief's own steps, the redaction log


@dataclass(frozen=True)
class BriefOptions:
    kind: str = DEFAULT_KIND
    profile: str = DEFAULT_PROFILE
    paper: str = DEFAULT_PAPER
    anonymity_order: bool = False
    account: str | None = None          # witness statement: which account (None: the applicant's)
    redaction_log: bool = False         # court/public: also make the internal log of what was replaced
    language: str = "en"                # of the brief's fixed text: models.briefs.LANGUAGES


@dataclass(frozen=True)
class BriefMaterial:
    """One case as a brief is made from it. ``exhibits`` have the number, description, file name,
    size and SHA-256 that the exhibit index prints (``exports.brief`` reads those attributes)."""
    case: Case
    exhibits: list[EvidenceRecord] = field(default_factory=list)
    pseudonyms: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Prepared:
    """A brief that passed verification, held in memory until it is saved."""
    options: BriefOptions
    material: BriefMaterial
    result: BriefResult
    log_pdf: bytes | None = None


@dataclass(frozen=True)
class Saved:
    path: Path
    log_path: Path | None
    pages: int


@dataclass(frozen=True)
class Outline:
    """What the brief dialog offers before any brief is made: the reference and the accounts."""
    case_id: str
    reference: str
    accounts: list[tuple[str, str]]     # (key, language)


def material(store, ref_or_id: str) -> BriefMaterial:
    """The case, its evidence files (numbered, for the exhibit index) and the pseudonyms earlier
    documents of the case gave, read in one session. Persons linked to a person at risk in another
    case are at risk in the case returned (storage.people.protected_elsewhere)."""
    with store.read() as s:
        case = cases.get_case(s, ref_or_id)
        files = list_files(s, case.id)
        known = cases.pseudonyms(s, case.id)
        elsewhere = people.protected_elsewhere(s, case.id)
    # At risk once, protected everywhere: a person linked to one at risk in another case is at
    # risk here too, for the redactor and the verifier alike (a copy; the stored case is unchanged).
    return BriefMaterial(case=people.with_protection(case, elsewhere), exhibits=list(files), pseudonyms=known)


def outline(store, ref_or_id: str) -> Outline:
    with store.read() as s:
        case = cases.get_case(s, ref_or_id)
    return Outline(case.id, case.reference, [(a.key, a.language or "") for a in case.accounts])


def prepare(store, case_ref: str, options: BriefOptions, progress: Progress | None = None) -> Prepared:
    """Read, redact, lay out and verify in memory. Raises ConsentRefused, LeakFound, NotFound, or
    ValueError (no such account; a redaction log asked of an internal brief)."""
    step = progress or (lambda _done, _total: None)
    if options.redaction_log and not redacts(options.profile):
        raise ValueError(f"An {options.profile} brief redacts nothing, so it has no redaction log")
    step(0, TOTAL)
    found = material(store, case_ref)
    step(1, TOTAL)
    result = build_brief(found.case, options.kind, options.profile, paper=options.paper,
                         exhibits=found.exhibits, pseudonyms=found.pseudonyms,
                         anonymity_order=options.anonymity_order, account=options.account,
                         language=options.language, progress=lambda done, _total: step(1 + done, TOTAL))
    # The log comes from the brief's own redaction: the same pseudonyms, so it explains this very brief.
    log_pdf = redaction_log_of(result, found.case.reference, options.paper) if options.redaction_log else None
    step(TOTAL, TOTAL)
    return Prepared(options=options, material=found, result=result, log_pdf=log_pdf)


def log_path_for(path: Path) -> Path:
    """Where the window puts a brief's redaction log: next to it, as NAME-redaction-log.pdf."""
    return path.with_name(f"{path.stem}-redaction-log.pdf")


def save(store, prepared: Prepared, path: Path, log_path: Path | None = None) -> Saved:
    """Write the verified brief (and its redaction log, at ``log_path`` or next to the brief) and
    record it. The record is made first, in one transaction that the writing of the files is part
    of: a record that cannot be made (an exhibit removed meanwhile) writes no file, and a file that
    cannot be written leaves no record."""
    path = Path(path)
    if prepared.log_pdf is not None:
        log_path = Path(log_path) if log_path is not None else log_path_for(path)
    else:
        log_path = None
    with store.write() as s:
        _record(s, store, prepared)
        atomic_write(path, prepared.result.pdf)
        if log_path is not None:
            atomic_write(log_path, prepared.log_pdf)
    return Saved(path=path, log_path=log_path, pages=prepared.result.pages)


def _record(session, store, prepared: Prepared) -> None:
    """Keep the brief's pseudonyms for the next document of the case, put the brief in the audit
    log and "included in a brief" on each exhibit's chain of custody. Only the kind, profile and
    page count are logged, never a name or a path."""
    o, found = prepared.options, prepared.material
    cases.set_pseudonyms(session, store, found.case.id, dict(prepared.result.pseudonyms))
    store.log(session, "brief_written", "case", found.case.id, kind=o.kind, profile=o.profile,
              pages=prepared.result.pages)
    for f in found.exhibits:
        log_custody(session, store, f.id, "included_in_brief", profile=o.profile, kind=o.kind)


def check_pdf(store, case_ref: str, pdf: Path, profile: str, *, anonymity_order: bool = False) -> tuple[Case, Report]:
    """The leak check of ``profile`` on any PDF, against the case as the store holds it (with its
    pseudonyms and exhibits): the case checked and the report (``leaks`` by kind and page, and
    ``uncheckable``: what could not be read). ``anonymity_order``: the applicant's name is redacted in
    court too. Raises ``PdfRefused`` for a file it cannot check."""
    found = material(store, case_ref)
    report = check_file(Path(pdf), found.case, profile, pseudonyms=found.pseudonyms, exhibits=found.exhibits,
                        anonymity_order=anonymity_order)
    return found.case, report
