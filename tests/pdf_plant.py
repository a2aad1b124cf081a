"""Hand-made PDFs for the verifier tests: a clean page, then one leak planted in one place.

Built with ReportLab (page text), pypdf (annotations, fields, attachments, outlines, names,
JavaScript, page labels, info, revisions) or written byte by byte (objects nothing references,
compression bombs, encryption markers), the way a careless tool or a hand edit would.
"""
from __future__ import annotations

import io
import zlib

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from exports import fonts
from exports.typeset import markup


def pages(*texts: list[str] | str) -> bytes:
    """One page per argument, one line per string, in the briefs' embedded fonts (Latin, Arabic
    script and Chinese runs each in their own)."""
    fonts.register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    style = ParagraphStyle("line", fontName=fonts.SERIF, fontSize=11, leading=14)
    for lines in texts:
        for i, line in enumerate([lines] if isinstance(lines, str) else lines):
            if line.isascii():
                c.setFont(fonts.SERIF, 11)
                c.drawString(60, 780 - 16 * i, line)
            else:
                p = Paragraph(markup(line), style)
                p.wrapOn(c, 480, 100)
                p.drawOn(c, 60, 780 - 16 * i)
        c.showPage()
    c.save()
    return buf.getvalue()


def scrambled(word: str, before: str = "Witness statement of") -> bytes:
    """``word`` drawn one glyph at a time, in reverse order, each at its place on the line."""
    fonts.register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(fonts.SERIF, 11)
    c.drawString(60, 780, before)
    x0 = 60 + c.stringWidth(before + " ", fonts.SERIF, 11)
    xs = [x0 + c.stringWidth(word[:i], fonts.SERIF, 11) for i in range(len(word))]
    for i in reversed(range(len(word))):
        c.drawString(xs[i], 780, word[i])
    c.showPage()
    c.save()
    return buf.getvalue()


def image_only() -> bytes:
    """A page that is a picture of text (a scan): an image and no text at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    img = Image.new("RGB", (400, 60), "white")
    ImageDraw.Draw(img).text((10, 20), "scanned page", fill="black")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(img), 60, 700, 400, 60)
    c.showPage()
    c.save()
    return buf.getvalue()


def edited(data: bytes, change, incremental: bool = False) -> bytes:
    """``data`` passed through pypdf with ``change(writer)`` applied."""
    writer = PdfWriter(io.BytesIO(data), incremental=incremental) if incremental else PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _stream(writer: PdfWriter, data: bytes, **entries) -> object:
    s = DecodedStreamObject()
    s.set_data(data)
    for k, v in entries.items():
        s[NameObject("/" + k)] = v
    return writer._add_object(s)


def add_annotation_text(text: str):
    """A text annotation (a sticky note) whose /Contents holds ``text``."""
    def change(w: PdfWriter):
        annot = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
                                  NameObject("/Rect"): ArrayObject([FloatObject(x) for x in (50, 50, 70, 70)]),
                                  NameObject("/Contents"): TextStringObject(text)})
        w.pages[0][NameObject("/Annots")] = ArrayObject([w._add_object(annot)])
    return change


def add_annotation_appearance(text: str):
    """A stamp annotation whose text is shown only by its appearance stream (no /Contents)."""
    def change(w: PdfWriter):
        font = w._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                               NameObject("/Subtype"): NameObject("/Type1"),
                                               NameObject("/BaseFont"): NameObject("/Helvetica")}))
        ap = _stream(w, f"BT /Helv 12 Tf 2 6 Td ({text}) Tj ET".encode("latin-1"),
                     Type=NameObject("/XObject"), Subtype=NameObject("/Form"),
                     BBox=ArrayObject([FloatObject(x) for x in (0, 0, 300, 24)]),
                     Resources=DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font})}))
        annot = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Stamp"),
                                  NameObject("/Rect"): ArrayObject([FloatObject(x) for x in (60, 500, 360, 524)]),
                                  NameObject("/F"): NumberObject(4),
                                  NameObject("/AP"): DictionaryObject({NameObject("/N"): ap})})
        w.pages[0][NameObject("/Annots")] = ArrayObject([w._add_object(annot)])
    return change


def add_form_field(value: str, hex_utf16: bool = False):
    """A text form field whose value (/V) is ``value``; no appearance, as a quick edit leaves it."""
    def change(w: PdfWriter):
        v = TextStringObject(value)
        if hex_utf16:
            v.autodetect_utf16 = True
            v.utf16_bom = b"\xfe\xff"
        field = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                                  NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("name"),
                                  NameObject("/V"): v,
                                  NameObject("/Rect"): ArrayObject([FloatObject(x) for x in (60, 400, 300, 420)])})
        ref = w._add_object(field)
        w.pages[0][NameObject("/Annots")] = ArrayObject([ref])
        w._root_object[NameObject("/AcroForm")] = w._add_object(DictionaryObject({NameObject("/Fields"): ArrayObject([ref])}))
    return change


def add_xmp(text: str):
    def change(w: PdfWriter):
        xmp = (f'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
               f'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
               f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{text}</dc:creator></rdf:Description>'
               f'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode()
        w._root_object[NameObject("/Metadata")] = _stream(w, xmp, Type=NameObject("/Metadata"), Subtype=NameObject("/XML"))
    return change


# --- written byte by byte ------------------------------------------------------------------------

def raw_pdf(extra: list[bytes], page_text: str = "Clean page", trailer_extra: bytes = b"") -> bytes:
    """A one-page PDF in Helvetica with ``extra`` objects (numbered from 5) that nothing references."""
    content = f"BT /F1 12 Tf 60 780 Td ({page_text}) Tj ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"),
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"] + extra
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def flate_stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"


def bomb(size: int, streams: int = 1) -> bytes:
    """A small file whose streams inflate to ``size`` bytes each."""
    packed = zlib.compress(b"\0" * size, 9)
    body = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    return raw_pdf([body] * streams)


def add_javascript(code: str):
    """Document-level JavaScript, run when the file opens (the /Names /JavaScript tree)."""
    def change(w: PdfWriter):
        action = w._add_object(DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                                                 NameObject("/JS"): TextStringObject(code)}))
        tree = DictionaryObject({NameObject("/Names"): ArrayObject([TextStringObject("open"), action])})
        w._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): w._add_object(tree)})
    return change
