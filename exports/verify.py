"""Leak check of a PDF: is anything that the profile removes from the case still in the file?

Independent of the redactor by construction: nothing here imports ``exports.redaction``,
``models.names`` or ``storage.search``. What the profile promises to remove is read from the case
and the table in spec/redaction.md (``verify_forms``); the file is read object by object and page
by page with two extractors (``pdf_scan``); the text is reduced to letters and digits and folded
with a transliteration of its own (``verify_fold``). A blind spot of the redactor is therefore not
a blind spot here.

``verify_pdf`` works on any PDF (the ``check-pdf`` command and every brief before it is saved).
Leaks say what (in the words of the case: 'name of Relative 2'), on which page and where, never
the protected text itself.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from exports.pdf_raw import Limits, PdfRefused
from exports.pdf_scan import SEAM, scan_pdf
from exports.verify_fold import Matcher
from exports.verify_forms import protected_forms
from models.interchange import Case

__all__ = ["Leak", "LeakFound", "Limits", "PdfRefused", "Report", "verify_pdf"]


@dataclass(frozen=True)
class Leak:
    page: int | None          # 1-based; None for the file as a whole
    where: str                # 'page text (pdfium)', 'form field value (object 12)', ...
    kind: str                 # 'name', 'identifier', 'date of birth', 'marked span', 'structure'
    label: str                # what leaked, without repeating it: 'name of Relative 1'

    def __str__(self) -> str:
        at = f"page {self.page}" if self.page else "document"
        return f"{at}, {self.where}: {self.label}"


@dataclass
class Report:
    leaks: list[Leak] = field(default_factory=list)
    uncheckable: list[str] = field(default_factory=list)   # warnings: what could not be read
    pages: int = 0
    revisions: int = 1            # more than one: the file has incremental updates
    has_xmp: bool = False
    forms: int = 0                # how many protected forms were looked for


class LeakFound(Exception):
    """A brief failed verification; it was not saved."""

    def __init__(self, leaks: list[Leak]):
        self.leaks = leaks
        pages = sorted({leak.page for leak in leaks if leak.page})
        where = f" on page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages))}" if pages else ""
        super().__init__(f"The brief was not saved: {len(leaks)} redacted item(s) found in it{where} "
                         f"({'; '.join(sorted({x.label for x in leaks}))}).")


def verify_pdf(data: bytes, case: Case, profile: str, *, anonymity_order: bool = False, exhibits: Iterable = (),
               pseudonyms: Mapping[str, str] | None = None, limits: Limits | None = None) -> Report:
    """Everything that ``profile`` removes from ``case`` and that is still in the PDF ``data``.

    ``exhibits``: objects with ``description`` and ``filename`` (numbers or e-mail addresses in
    them are protected too). ``pseudonyms`` (person id or key -> pseudonym) names the leaks and
    lets the pseudonyms appear. Raises ``PdfRefused`` (a ValueError with one sentence) for a file
    that cannot be checked: encrypted, too large, a compression bomb, too slow, not a PDF.
    """
    forms, allowed = protected_forms(case, profile, anonymity_order=anonymity_order, exhibits=tuple(exhibits),
                                     pseudonyms=pseudonyms)
    scan = scan_pdf(data, limits)
    report = Report(uncheckable=scan.uncheckable, pages=scan.pages, revisions=scan.revisions,
                    has_xmp=scan.has_xmp, forms=len(forms))
    if not forms:
        return report
    matcher = Matcher(forms, allowed)
    seen: dict[tuple, Leak] = {}
    cache: dict[str, set] = {}

    def find(text: str) -> set:
        if text not in cache:
            cache[text] = matcher.find(text)
        return cache[text]
    on_page = {}
    for piece in sorted(scan.pieces, key=lambda p: p.seam):
        if not piece.text.strip():
            continue
        found = find(piece.text.replace(SEAM, ""))
        if piece.seam:      # only a name split by the break: in neither line alone, nor on either page
            a, b = piece.text.split(SEAM)
            found = {f for f in found - find(a) - find(b)
                     if f.label not in on_page.get(piece.page, set()) | on_page.get(piece.page + 1, set())}
        elif piece.page:
            on_page.setdefault(piece.page, set()).update(f.label for f in found)
        for form in found:
            # one report per item and page; the first place found (page text before annotations)
            seen.setdefault((piece.page, form.label, piece.where if piece.page is None else ""),
                            Leak(piece.page, piece.where, form.kind, form.label))
    report.leaks = sorted(seen.values(), key=lambda x: (x.page or 0, x.label, x.where))
    return report


def structure_leaks(report: Report) -> list[Leak]:
    """What a brief of ours must also satisfy: one revision, no XMP."""
    out = []
    if report.revisions > 1:
        out.append(Leak(None, "file structure", "structure",
                        "the file has incremental updates: earlier versions of its content may still be inside"))
    if report.has_xmp:
        out.append(Leak(None, "file structure", "structure", "the file has XMP metadata"))
    return out
