"""Everything a PDF could show or hold, as pieces of text with where they were found.

- every object of the file, referenced or not (``pdf_raw``): strings of dictionaries (form field
  values, annotation contents, bookmarks, document info, named destinations, JavaScript, page
  labels, file names), XMP, embedded files (a PDF inside is scanned in turn), text streams;
- the text of every page of every revision, from two extractors with their own parsers and font
  maps: pdfminer.six (glyphs in the order they are drawn, and sorted into lines by position) and
  pdfium (its own reading order; again with annotations and form fields flattened into the page,
  so text shown only through an appearance stream is read);
- drawings that no page uses, decoded with every ToUnicode map of the file and as Latin-1.

A page that shows pictures but no text is not checkable: ``Scan.uncheckable`` says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from exports.pdf_raw import (
    Budget,
    Limits,
    PdfRefused,
    RawObject,
    is_encrypted,
    read_objects,
    revisions,
    text_of,
    tokens,
)

SEAM = "\x1f"     # where two pages' lines meet in a seam piece


@dataclass(frozen=True)
class Piece:
    page: int | None          # 1-based; None for the file as a whole
    where: str
    text: str
    seam: bool = False        # a last line of one page, SEAM, a first line of the next


@dataclass
class Scan:
    pieces: list[Piece] = field(default_factory=list)
    uncheckable: list[str] = field(default_factory=list)
    revisions: int = 1
    has_xmp: bool = False
    pages: int = 0


_PLACES = {
    b"/V": "form field value", b"/DV": "form field default value", b"/T": "form field name or annotation author",
    b"/TU": "form field", b"/TM": "form field", b"/Opt": "form field choices", b"/Contents": "annotation",
    b"/RC": "annotation", b"/Subj": "annotation", b"/JS": "JavaScript", b"/Title": "bookmark",
    b"/Author": "document info", b"/Subject": "document info", b"/Keywords": "document info",
    b"/Creator": "document info", b"/Producer": "document info", b"/F": "embedded file name",
    b"/UF": "embedded file name", b"/Desc": "embedded file description", b"/Names": "named destination or name tree",
    b"/Dests": "named destination", b"/D": "named destination", b"/P": "page label", b"/URI": "link",
    b"/CA": "form field caption", b"/Lang": "document info",
}
_INFO = re.compile(rb"/(?:Producer|Creator|CreationDate|ModDate|Author)\b")


def _place(key: bytes, head: bytes) -> str:
    place = _PLACES.get(key, "PDF object")
    if key == b"/Title" and _INFO.search(head):
        return "document info"
    return place


def _head_pieces(head: bytes, label: str) -> list[tuple[str, str]]:
    """(place, text) for the strings, names and comments of an object's dictionary."""
    grouped: dict[str, list[str]] = {}
    for key, kind, raw in tokens(head):
        if kind == "string":
            place = _place(key, head)
        elif kind == "name":
            place = "named destination or PDF name"
        else:
            place = "comment in the file"
        grouped.setdefault(place, []).extend(text_of(raw))
    return [(f"{place} ({label})", "\n".join(texts)) for place, texts in grouped.items()]


def _textual(data: bytes) -> str | None:
    """The stream as text when it is text (UTF-8, UTF-16 or Latin-1 letters), else None."""
    sample = data[:8192]
    if not sample:
        return None
    encodings = ["utf-16"] if sample[:2] in (b"\xfe\xff", b"\xff\xfe") else ["utf-8", "latin-1"]
    for enc in encodings:
        s = sample.decode(enc, "replace")
        good = sum(ch.isprintable() or ch in "\n\r\t" for ch in s) - s.count("\ufffd")
        if good >= 0.9 * len(s):
            return data.decode(enc, "replace")
    return None


_SKIP = re.compile(rb"/Type\s*/XRef|/Subtype\s*/Image|/Length[123]\b|/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType)"
                   rb"|/Type\s*/(?:Pattern|Shading)|/FunctionType")
_CONTENT = re.compile(rb"\bBT\b.*?(?:Tj|TJ|'|\")", re.DOTALL)


# --- ToUnicode maps, for drawings no page uses -------------------------------------------------

def _cmap(data: bytes) -> dict[bytes, str]:
    out: dict[bytes, str] = {}

    def uni(h: bytes) -> str:
        return bytes.fromhex(h.decode()).decode("utf-16-be", "ignore")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.DOTALL):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[bytes.fromhex(src.decode())] = uni(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.DOTALL):
        for lo, hi, rest in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            a, b, width = int(lo, 16), int(hi, 16), len(lo) // 2
            if b - a > 65535:
                continue
            if rest.startswith(b"["):
                dsts = [uni(x) for x in re.findall(rb"<([0-9A-Fa-f]*)>", rest)]
                for i, d in enumerate(dsts[:b - a + 1]):
                    out[(a + i).to_bytes(width, "big")] = d
            else:
                start = int(rest[1:-1] or b"0", 16)
                for i in range(b - a + 1):
                    out[(a + i).to_bytes(width, "big")] = chr(min(start + i, 0x10FFFF)) if start + i < 0xD800 or start + i > 0xDFFF else ""
    return out


def _with_cmap(strings: list[bytes], cmap: dict[bytes, str]) -> str:
    width = len(next(iter(cmap))) if cmap else 1
    out = []
    for s in strings:
        out.append("".join(cmap.get(s[i:i + width], "") for i in range(0, len(s) - width + 1, width)))
    return " ".join(out)


# --- page text ---------------------------------------------------------------------------------

def _by_position(glyphs: list) -> list:
    """Glyphs drawn one after another on one baseline, sorted left to right: a word drawn glyph by
    glyph out of order reads right again. Lines are not reordered, so a table cell wrapped over two
    lines ('Dina / Nurdaulet') keeps its lines together, as it was drawn."""
    out, run = [], []
    for g in glyphs:
        if run and abs(g[2] - run[-1][2]) > run[-1][4] * 0.3:
            out += sorted(run, key=lambda c: c[1])
            run = []
        run.append(g)
    return out + sorted(run, key=lambda c: c[1])


def _pdfminer_pages(data: bytes, budget: Budget) -> tuple[list[tuple[str, str]], set[int]]:
    """Per page: (glyphs in drawing order, glyphs sorted into lines); and the object numbers of
    the content streams and forms the pages draw (the rest are read raw)."""
    import io

    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.pdffont import PDFUnicodeNotDefined
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    class Glyphs(PDFLayoutAnalyzer):
        def __init__(self, rsrc):
            super().__init__(rsrc, laparams=None)
            self.glyphs: list[tuple[str, float, float, float, float]] = []

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = ""
            adv = font.char_width(cid) * fontsize * scaling
            size = fontsize * (abs(matrix[3]) or abs(matrix[1]) or 1)
            self.glyphs.append((text, matrix[4], matrix[5], matrix[4] + adv * matrix[0], size))
            if len(self.glyphs) % 4096 == 0:
                budget.check_time()
            return adv

        def paint_path(self, *args, **kwargs):
            pass

        def render_image(self, *args, **kwargs):
            pass

    def spaced(glyphs) -> str:
        out, prev = [], None
        for text, x, y, x1, size in glyphs:
            if prev is not None:
                if abs(y - prev[2]) > prev[4] * 0.5:
                    out.append("\n")
                elif x - prev[3] > prev[4] * 0.15 or x < prev[1] - prev[4]:
                    out.append(" ")
            out.append(text)
            prev = (text, x, y, x1, size)
        return "".join(out)

    covered: set[int] = set()

    def walk_resources(res, depth=0):
        xobjects = resolve1(resolve1(res or {}).get("XObject")) if isinstance(resolve1(res), dict) else None
        for ref in (xobjects or {}).values():
            if getattr(ref, "objid", None) is not None and ref.objid not in covered:
                covered.add(ref.objid)
                if depth < 8:
                    stream = resolve1(ref)
                    walk_resources(getattr(stream, "attrs", {}).get("Resources"), depth + 1)

    rsrc = PDFResourceManager(caching=True)
    out = []
    for page in PDFPage.get_pages(io.BytesIO(data), check_extractable=False):
        budget.check_time()
        for stream in page.contents:
            if getattr(stream, "objid", None) is not None:
                covered.add(stream.objid)
        walk_resources(page.resources)
        device = Glyphs(rsrc)
        PDFPageInterpreter(rsrc, device).process_page(page)
        g = device.glyphs
        out.append((spaced(g), spaced(_by_position(g))))
    return out, covered


def _pdfium_pages(data: bytes, budget: Budget, scan: Scan | None) -> list[tuple[str, str | None]]:
    """Per page: (pdfium's text, its text with annotations and form fields flattened in or None).
    With ``scan``, pages that show pictures but no text are listed as not checkable."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as c

    doc = pdfium.PdfDocument(data)
    try:
        out = []
        for i in range(len(doc)):
            budget.check_time()
            page = doc[i]
            tp = page.get_textpage()
            text = tp.get_text_range()
            annots = c.FPDFPage_GetAnnotCount(page.raw)
            if scan is not None and not any(ch.isalnum() for ch in text) and any(
                    o.type == c.FPDF_PAGEOBJ_IMAGE for o in page.get_objects(max_depth=4)):
                scan.uncheckable.append(f"page {i + 1} shows pictures but no text: text in a picture "
                                            "could not be checked")
            flat = None
            if annots and c.FPDFPage_Flatten(page.raw, c.FLAT_PRINT) == c.FLATTEN_SUCCESS:
                tp.close()
                page.close()
                page = doc[i]
                tp = page.get_textpage()
                flat = tp.get_text_range()
            tp.close()
            page.close()
            out.append((text, flat))
        return out
    finally:
        doc.close()


def _page_pieces(data: bytes, budget: Budget, scan: Scan, revision: str) -> set[int]:
    try:
        miner, covered = _pdfminer_pages(data, budget)
        pdfium = _pdfium_pages(data, budget, scan if not revision else None)
    except (PdfRefused, ImportError):  # a build missing an extractor says so; the PDF is not blamed
        raise
    except Exception as exc:  # noqa: BLE001 - whatever breaks an extractor, the file is not passed as clean
        if revision:
            scan.uncheckable.append(f"{revision.strip(', ')} could not be read as a PDF of its own "
                                    f"({type(exc).__name__}); its objects were still read one by one")
            return set()
        raise PdfRefused("The PDF is damaged or uses features the text extractors cannot read; "
                         "Casefile cannot check it.", code="pdf.unreadable") from None
    if not revision:
        scan.pages = len(pdfium)
    for n, (drawn, sorted_) in enumerate(miner, 1):
        scan.pieces.append(Piece(n, f"page text{revision} (pdfminer, drawing order)", drawn))
        scan.pieces.append(Piece(n, f"page text{revision} (pdfminer, reading order)", sorted_))
    for n, (text, flat) in enumerate(pdfium, 1):
        scan.pieces.append(Piece(n, f"page text{revision} (pdfium)", text))
        if flat is not None:
            scan.pieces.append(Piece(n, f"annotation or form field shown on the page{revision} (pdfium)", flat))
    # a name hyphenated or split across a page break: the last lines of one page with the first of the next
    for texts in ([d for d, _ in miner], [t for t, _ in pdfium]):
        for n in range(1, len(texts)):
            tail = [x for x in texts[n - 1].splitlines() if x.strip()][-5:]
            head = [x for x in texts[n].splitlines() if x.strip()][:5]
            for a in tail:
                for b in head:
                    scan.pieces.append(Piece(n, f"page break between pages {n} and {n + 1}{revision}",
                                             f"{a}{SEAM}{b}", seam=True))
    return covered


# --- the whole file ----------------------------------------------------------------------------

def _object_pieces(obj: RawObject, scan: Scan, budget: Budget, depth: int, content: dict[int, bytes],
                   cmaps: list[dict[bytes, str]]) -> None:
    label = f"object {obj.num}"
    for where, text in _head_pieces(obj.head, label):
        scan.pieces.append(Piece(None, where, text))
    data = obj.stream
    if not obj.has_stream:
        return
    head = obj.head
    if data is None:
        if re.search(rb"/Type\s*/EmbeddedFile", head):
            scan.uncheckable.append(f"an embedded file ({label}) is compressed in a way Casefile cannot read")
        return
    if re.search(rb"/Type\s*/ObjStm", head):
        for where, text in _head_pieces(data, f"object stream {obj.num}"):
            scan.pieces.append(Piece(None, where, text))
        return
    if re.search(rb"/Type\s*/Metadata|/Subtype\s*/XML", head):
        scan.has_xmp = True
        scan.pieces.append(Piece(None, f"XMP metadata ({label})", _textual(data) or data.decode("utf-8", "replace")))
        return
    if re.search(rb"/Type\s*/EmbeddedFile", head):
        _embedded(data, label, scan, budget, depth)
        return
    if _SKIP.search(head):
        return
    if b"begincmap" in data:
        cmaps.append(_cmap(data))
        return
    if _CONTENT.search(data):
        content[obj.num] = data
        return
    text = _textual(data)
    if text:
        scan.pieces.append(Piece(None, f"stream ({label})", text))


def _embedded(data: bytes, label: str, scan: Scan, budget: Budget, depth: int) -> None:
    if b"%PDF-" in data[:1024]:
        if depth >= budget.limits.max_depth:
            scan.uncheckable.append(f"a PDF embedded {depth + 1} levels deep ({label}) was not checked")
            return
        inner = _scan(data, budget, depth + 1)
        for p in inner.pieces:
            page = f", page {p.page}" if p.page else ""
            scan.pieces.append(Piece(None, f"embedded PDF ({label}){page}, {p.where}", p.text))
        scan.uncheckable += [f"embedded PDF ({label}): {u}" for u in inner.uncheckable]
        return
    text = _textual(data)
    if text is None:
        scan.uncheckable.append(f"an embedded file ({label}) is neither text nor PDF: its contents were not checked")
        return
    scan.pieces.append(Piece(None, f"embedded file contents ({label})", text))


def _scan(data: bytes, budget: Budget, depth: int) -> Scan:
    if len(data) > budget.limits.max_file:
        raise PdfRefused(f"The PDF is larger than {budget.limits.max_file // (1024 * 1024)} MiB; "
                         "Casefile cannot check it.", code="pdf.too_large", limit_bytes=budget.limits.max_file)
    if b"%PDF-" not in data[:1024]:
        raise PdfRefused("The file is not a PDF; Casefile cannot check it.", code="pdf.not_a_pdf")
    if is_encrypted(data):
        raise PdfRefused("The PDF is password-protected (encrypted); Casefile cannot check it.", code="pdf.encrypted")
    raw = read_objects(data, budget)
    if is_encrypted(data, raw):
        raise PdfRefused("The PDF is password-protected (encrypted); Casefile cannot check it.", code="pdf.encrypted")
    scan = Scan()
    content: dict[int, bytes] = {}
    cmaps: list[dict[bytes, str]] = []
    for obj in raw.objects:
        budget.check_time()
        _object_pieces(obj, scan, budget, depth, content, cmaps)
    for i, gap in enumerate(raw.outside):
        if gap.strip():
            for where, text in _head_pieces(gap, "outside any object"):
                scan.pieces.append(Piece(None, where.replace("PDF object", "file trailer"), text))
    ends = revisions(data)
    if len(ends) > budget.limits.max_revisions:
        raise PdfRefused(f"The PDF has more than {budget.limits.max_revisions} revisions; Casefile cannot check it.",
                         code="pdf.too_many_revisions", count=budget.limits.max_revisions)
    scan.revisions = len(ends)
    covered = _page_pieces(data, budget, scan, "")
    for k, end in enumerate(ends[:-1], 1):
        covered |= _page_pieces(data[:end], budget, scan, f", earlier version {k} of the file")
    for num, stream in content.items():
        if num in covered:
            continue
        budget.check_time()
        strings = [raw_s for _, kind, raw_s in tokens(stream) if kind == "string"]
        texts = [" ".join(t for s in strings for t in text_of(s)[:1])]
        texts += [_with_cmap(strings, m) for m in cmaps[:64] if m]
        scan.pieces.append(Piece(None, f"drawing that no page shows (object {num})", "\n".join(texts)))
    return scan


def scan_pdf(data: bytes, limits: Limits | None = None) -> Scan:
    """Read everything in the PDF. Raises PdfRefused (one sentence) when it cannot be checked."""
    return _scan(bytes(data), Budget.start(limits or Limits()), 0)
