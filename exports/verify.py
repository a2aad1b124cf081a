"""Leak check of a finished PDF: is anything that the profile redacts still in the file?

The text is extracted back out with two independent extractors (pypdf and pdfminer.six), plus the
document info, XMP, bookmarks, annotations and names of embedded files, and searched for every
forbidden string. Extracted text is compared in a normal form: NFKC (Arabic presentation forms
fold to letters), case folded, white space collapsed, hyphens at line breaks joined. Arabic-script
runs are also tried reversed, because extractors return them in visual or logical order.
Identifiers are also searched with all separators removed, long strings with all spaces removed.

``check_pdf`` works on any PDF (the ``check-pdf`` command); leaks say what and on which page.
"""
from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

from exports.redaction import Forbidden, ForbiddenString, NameMatcher, normalise

_RTL_RUN = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")
_LINE_HYPHEN = re.compile(r"(\w)[\-\u00ad\u2010\u2011]\s*\n\s*(\w)")
_SPACE_HYPHEN = re.compile(r"(\w)[\-\u2010\u2011] (\w)")
# Shaped Arabic script comes back through the font's own mapping: Uyghur ە and ھ as the
# presentation forms of ه, ى as ي, and ligatures the font has no code point for (lam-alef) as
# private-use characters or nothing. Compare on a skeleton that folds those differences.
_ARABIC_FOLD = str.maketrans({"\u06d5": "\u0647", "\u06be": "\u0647", "\u06c1": "\u0647", "\u0649": "\u064a",
                              "\u06cc": "\u064a", "\u06a9": "\u0643", "\u0640": None,
                              **{chr(c): None for c in range(0x064B, 0x0660)}, "\u0670": None})
_PRIVATE = re.compile(r"[\ue000-\uf8ff\uffff\x00]")


def fold(text: str) -> str:
    """The form both the extracted text and the forbidden strings are compared in."""
    text = normalise(text).translate(_ARABIC_FOLD)
    return _PRIVATE.sub("", text).replace("\u0644\u0627", "")


@dataclass(frozen=True)
class Leak:
    page: int | None          # 1-based; None for the document as a whole
    where: str                # 'page text (pypdf)', 'bookmarks', 'document info /Title', ...
    kind: str                 # 'name', 'identifier', 'marked span', 'structure'
    label: str                # what leaked, without repeating it: 'name of Relative 1'
    text: str = ""            # the text found (sensitive: show to staff only, never log)

    def __str__(self) -> str:
        at = f"page {self.page}" if self.page else "document"
        return f"{at}, {self.where}: {self.label}"


class LeakFound(Exception):
    """A brief failed verification; it was not saved."""

    def __init__(self, leaks: list[Leak]):
        self.leaks = leaks
        pages = sorted({leak.page for leak in leaks if leak.page})
        where = f" on page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages))}" if pages else ""
        super().__init__(f"The brief was not saved: {len(leaks)} redacted item(s) found in it{where} "
                         f"({'; '.join(sorted({x.label for x in leaks}))}).")


# --- text extraction -------------------------------------------------------------------------

def _pypdf_pages(reader) -> list[str]:
    out = []
    for page in reader.pages:
        try:
            out.append(page.extract_text() or "")
        except Exception as exc:  # an extractor that fails must not pass a file silently
            raise ValueError(f"pypdf could not read the text of a page: {type(exc).__name__}") from None
    return out


def _pdfminer_pages(data: bytes) -> list[list[str]]:
    """Per page, the text as pdfminer.six decodes it (its own parser, interpreter and font maps).

    A light device instead of pdfminer's layout analysis (which triples the time and is not
    needed to search): glyphs in content order, a line break where the text line changes. Two
    texts per page: one with a space wherever a new string or a wide gap starts (PDFs that
    position words instead of writing spaces), one without (PDFs that split words into pieces).
    """
    from pdfminer.pdfdevice import PDFDevice
    from pdfminer.pdffont import PDFUnicodeNotDefined
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    class TextDevice(PDFDevice):
        def __init__(self, rsrcmgr):
            super().__init__(rsrcmgr)
            self.spaced: list[str] = []
            self.joined: list[str] = []
            self.y = None

        def render_string(self, textstate, seq, ncs, graphicstate):
            font = textstate.font
            if font is None:
                return
            m = textstate.matrix
            y = (round(m[5] + textstate.linematrix[1], 1), m[3])
            sep = "\n" if y != self.y else " "
            self.y = y
            self.spaced.append(sep)
            if sep == "\n":
                self.joined.append(sep)
            for obj in seq:
                if isinstance(obj, (int, float)):
                    if obj < -150:
                        self.spaced.append(" ")
                    continue
                for cid in font.decode(obj):
                    try:
                        ch = font.to_unichr(cid)
                    except PDFUnicodeNotDefined:
                        continue
                    self.spaced.append(ch)
                    self.joined.append(ch)

    rsrc = PDFResourceManager(caching=True)
    out = []
    for page in PDFPage.get_pages(io.BytesIO(data)):
        device = TextDevice(rsrc)
        PDFPageInterpreter(rsrc, device).process_page(page)
        out.append(["".join(device.spaced), "".join(device.joined)])
    return out


def _outline_titles(reader) -> list[str]:
    titles: list[str] = []

    def walk(items):
        for it in items:
            if isinstance(it, list):
                walk(it)
            else:
                titles.append(str(getattr(it, "title", "") or ""))
    try:
        walk(reader.outline)
    except Exception:
        titles.append("")
    return titles


def _annotation_texts(reader) -> list[tuple[int, str]]:
    out = []
    for i, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            for key in ("/Contents", "/T", "/TU", "/RC", "/Subj"):
                if key in annot:
                    out.append((i + 1, str(annot[key])))
            action = annot.get("/A")
            if action is not None:
                action = action.get_object()
                if "/URI" in action:
                    out.append((i + 1, str(action["/URI"])))
    return out


def structure_problems(data: bytes) -> list[str]:
    """What makes a file unfit to leave the office whatever its text: incremental updates, XMP."""
    import pypdf
    problems = []
    if data.count(b"%%EOF") != 1:
        problems.append("the file has incremental updates: earlier versions of its content may still be inside")
    reader = pypdf.PdfReader(io.BytesIO(data))
    if "/Metadata" in reader.trailer["/Root"]:
        problems.append("the file has XMP metadata")
    return problems


# --- matching --------------------------------------------------------------------------------

def _reverse_rtl_runs(text: str) -> str:
    return _RTL_RUN.sub(lambda m: m.group(0)[::-1], text)


def _views(raw: str) -> list[str]:
    """Normal forms of an extracted text to search in."""
    raw = unicodedata.normalize("NFC", raw)
    joined = _LINE_HYPHEN.sub(r"\1\2", raw)
    out = []
    for variant in (joined, _reverse_rtl_runs(joined)):
        norm = fold(variant)
        out.append(norm)
        out.append(_SPACE_HYPHEN.sub(r"\1\2", norm))
    return list(dict.fromkeys(out))


_NOT_ALNUM = re.compile(r"[\W_]+")   # what str.isalnum() rejects


def _alnum(s: str) -> str:
    return "".join(c for c in fold(s) if c.isalnum())


class _Searcher:
    def __init__(self, forbidden: Forbidden):
        names = [f for f in forbidden.strings if f.kind == "name"]
        rules = {}
        for f in names:
            fulls, parts, _, _ = rules.setdefault(f.label, ([], [], "", f.label))
            (parts if f.part else fulls).append(fold(f.text))
        self.names = NameMatcher(list(rules.values()), [fold(a) for a in forbidden.allowed])
        self.by_label = {f.label: f for f in names}
        # identifiers, marked spans: how each is searched, worked out once (a brief has many pages)
        self.others = []
        for f in forbidden.strings:
            if f.kind == "name":
                continue
            needle = fold(f.text)
            if f.kind == "identifier" and len(_alnum(f.text)) >= 6:
                self.others.append((f, needle, "alnum", _alnum(f.text)))
            elif len(needle) < 6:
                self.others.append((f, needle, "word", re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")))
            else:
                self.others.append((f, needle, "text", needle.replace(" ", "")))
        self.long_names = [(f, fold(f.text).replace(" ", "")) for f in names
                           if len(fold(f.text).replace(" ", "")) >= 8]
        # With spaces removed, the applicant's 'Dina Nurdaulet' holds her mother's family name
        # 'Nurdaulet': a part of a protected name is searched only outside the phrases allowed in
        # full (names shown, places), as the word matcher does. Whole protected names everywhere.
        allowed = sorted({fold(a).replace(" ", "") for a in forbidden.allowed if len(fold(a).replace(" ", "")) >= 2},
                         key=len, reverse=True)
        self.allowed_compact = re.compile("|".join(map(re.escape, allowed))) if allowed else None

    def find(self, raw: str, glued: bool = False) -> list[tuple[ForbiddenString | None, str, str]]:
        """(forbidden, label, text found) for each distinct hit in one extracted text. ``glued``:
        a text whose separate strings were joined without spaces (pdfminer's second text)."""
        if not raw or not raw.strip():
            return []
        hits: dict[tuple[str, str], tuple] = {}
        views = _views(raw)
        for view in views:
            for h in self.names.hits(view, glued):
                hits.setdefault((h.label, view[h.start:h.end]), (self.by_label.get(h.label), h.label,
                                                                  view[h.start:h.end]))
        compact = [v.replace(" ", "") for v in views]
        outside = ([self.allowed_compact.sub("\x00", c) for c in compact] if self.allowed_compact else compact)
        for f, needle in self.long_names:
            if any(needle in c for c in (outside if f.part else compact)):
                hits.setdefault((f.label, needle), (f, f.label, f.text))
        alnum = None
        for f, needle, how, what in self.others:
            if how == "alnum":
                alnum = alnum if alnum is not None else [_NOT_ALNUM.sub("", v) for v in views]   # views are folded
                found = any(what in a for a in alnum)
            elif how == "word":
                found = any(what.search(v) for v in views)
            else:
                found = any(needle in v for v in views) or any(what in c for c in compact)
            if found:
                hits.setdefault((f.label, needle), (f, f.label, f.text))
        return list(hits.values())


def _kind(f: ForbiddenString | None) -> str:
    return f.kind if f else "name"


def check_pdf(data: bytes, forbidden: Forbidden) -> list[Leak]:
    """Every forbidden string found in the PDF, with the page and the place where it was found."""
    import pypdf
    searcher = _Searcher(forbidden)
    leaks: list[Leak] = []

    seen: set[tuple] = set()

    def search(text: str, page: int | None, where: str, glued: bool = False) -> None:
        for f, label, found in searcher.find(text, glued):
            if (page, where, label) not in seen:      # one report per item and place
                seen.add((page, where, label))
                leaks.append(Leak(page, where, _kind(f), label, found))

    reader = pypdf.PdfReader(io.BytesIO(data))
    for problem in structure_problems(data):
        if "incremental" in problem:
            leaks.append(Leak(None, "file structure", "structure", problem))
    for key, value in (reader.metadata or {}).items():
        search(str(value), None, f"document info {key}")
    root = reader.trailer["/Root"]
    if "/Metadata" in root:
        xmp = root["/Metadata"].get_object().get_data().decode("utf-8", "replace")
        search(xmp, None, "XMP metadata")
    for title in _outline_titles(reader):
        search(title, None, "bookmarks")
    for page, text in _annotation_texts(reader):
        search(text, page, "annotation")
    try:
        for name in (reader.attachments or {}):
            search(str(name), None, "embedded file name")
    except Exception:
        pass
    for i, text in enumerate(_pypdf_pages(reader)):
        search(text, i + 1, "page text (pypdf)")
    for i, texts in enumerate(_pdfminer_pages(data)):
        spaced, joined = texts
        search(spaced, i + 1, "page text (pdfminer)")
        search(joined, i + 1, "page text (pdfminer)", glued=True)
    return leaks
