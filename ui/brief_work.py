"""The brief dialog's work, run on a worker thread through ``services.runner``: no widgets here.

``prepare`` reads the case, redacts, lays out and verifies in memory; nothing reaches the disk.
``save`` writes what was verified, atomically, then records it in the store (the same two
``storage.briefs`` calls as ``casefile brief``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from exports.brief import STEPS, BriefResult, build_brief, build_redaction_log, write_atomically
from storage import briefs


@dataclass(frozen=True)
class BriefOptions:
    kind: str = "hearing_bundle"
    profile: str = "court"
    paper: str = "A4"
    anonymity_order: bool = False
    account: str | None = None          # witness statement: which account (None: the applicant's)
    redaction_log: bool = False         # court/public: also make the internal log of what was replaced


@dataclass(frozen=True)
class Prepared:
    """A brief that passed verification, held in memory until the user saves it."""
    options: BriefOptions
    found: briefs.BriefMaterial
    result: BriefResult
    log_pdf: bytes | None = None


TOTAL = STEPS + 2      # reading the case, the brief's own steps, the redaction log


def prepare(store, case_id: str, options: BriefOptions, progress) -> Prepared:
    """Raises ConsentRefused, LeakFound or ValueError, as ``build_brief`` does."""
    progress(0, TOTAL)
    found = briefs.material(store, case_id)
    progress(1, TOTAL)
    result = build_brief(found.case, options.kind, options.profile, paper=options.paper,
                         exhibits=found.exhibits, pseudonyms=found.pseudonyms,
                         anonymity_order=options.anonymity_order, account=options.account,
                         progress=lambda done, _total: progress(1 + done, TOTAL))
    log_pdf = None
    if options.redaction_log and options.profile != "internal":
        # The same pseudonyms as the brief, so the log explains this very brief.
        log_pdf = build_redaction_log(found.case, options.profile, pseudonyms=result.pseudonyms,
                                      exhibits=found.exhibits, paper=options.paper)
    progress(TOTAL, TOTAL)
    return Prepared(options=options, found=found, result=result, log_pdf=log_pdf)


def log_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-redaction-log.pdf")


def save(store, prepared: Prepared, path: Path, _progress=None) -> Path:
    """Write the verified brief (and its redaction log) and record them; returns the brief's path."""
    write_atomically(path, prepared.result.pdf)
    if prepared.log_pdf is not None:
        write_atomically(log_path(path), prepared.log_pdf)
    o = prepared.options
    briefs.record(store, prepared.found, kind=o.kind, profile=o.profile, pages=prepared.result.pages,
                  pseudonyms=prepared.result.pseudonyms)
    return path
