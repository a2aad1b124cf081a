"""Reading every object of a PDF file from its bytes, referenced or not, within limits.

The file is scanned for ``N G obj`` … ``endobj`` itself, not through a PDF library's object
tree, so objects that nothing references (left behind by an editor) are read too. Streams are
decompressed here with a bound on the size of each and of all together, before any library is
let near the file: a compression bomb is refused instead of filling the memory.
"""
from __future__ import annotations

import base64
import re
import time
import zlib
from dataclasses import dataclass, field

MiB = 1024 * 1024


class PdfRefused(ValueError):
    """The file cannot be checked; the message is one sentence for the user. ``code`` and
    ``values`` name the same sentence for the window, in its language (ui/error_texts.py)."""

    def __init__(self, message: str, code: str = "", **values: object):
        super().__init__(message)
        self.code, self.values = code, values


@dataclass(frozen=True)
class Limits:
    max_file: int = 256 * MiB          # size of the file itself
    max_objects: int = 200_000
    max_stream: int = 64 * MiB         # one decompressed stream
    max_total: int = 512 * MiB         # all decompressed streams together
    seconds: float = 120.0
    max_revisions: int = 50
    max_depth: int = 2                 # PDFs embedded in PDFs


@dataclass
class Budget:
    limits: Limits
    deadline: float
    used: int = 0

    @classmethod
    def start(cls, limits: Limits) -> Budget:
        return cls(limits, time.monotonic() + limits.seconds)

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise PdfRefused(f"Checking the PDF took longer than {self.limits.seconds:g} seconds; "
                             "Casefile stopped and cannot say it is free of leaks.", code="pdf.too_slow",
                             seconds=self.limits.seconds)

    def take(self, n: int) -> None:
        self.used += n
        if self.used > self.limits.max_total:
            raise PdfRefused(f"The PDF's streams decompress to more than {self.limits.max_total // MiB} MiB in all "
                             "(it may be a compression bomb); Casefile cannot check it.", code="pdf.bomb",
                             limit_bytes=self.limits.max_total)

    def room(self) -> int:
        return max(0, min(self.limits.max_stream, self.limits.max_total - self.used))


class _Overflow(Exception):
    """A decoder produced more than it was allowed to."""


def _too_big(limits: Limits) -> _Overflow:
    return _Overflow()


# --- filters ---------------------------------------------------------------------------------

def _inflate(buf: bytes, limit: int, limits: Limits) -> bytes:
    d = zlib.decompressobj()
    out = bytearray()
    try:
        for pos in range(0, len(buf), 1 << 16):
            piece = buf[pos:pos + (1 << 16)]
            while piece and not d.eof:
                out += d.decompress(piece, limit + 1 - len(out))
                if len(out) > limit:
                    raise _too_big(limits)
                piece = d.unconsumed_tail
            if d.eof:
                break
    except zlib.error:
        pass                                  # a damaged stream: keep what came out, as viewers do
    return bytes(out)


def _lzw(buf: bytes, limit: int, limits: Limits, early: int = 1) -> bytes:
    out = bytearray()
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    width, bits, nbits, prev = 9, 0, 0, b""
    for byte in buf:
        bits = (bits << 8) | byte
        nbits += 8
        while nbits >= width:
            nbits -= width
            code = (bits >> nbits) & ((1 << width) - 1)
            if code == 256:
                table, width, prev = table[:258], 9, b""
                continue
            if code == 257:
                return bytes(out)
            entry = table[code] if code < len(table) else (prev + prev[:1] if prev else b"")
            out += entry
            if len(out) > limit:
                raise _too_big(limits)
            if prev:
                table.append(prev + entry[:1])
            prev = entry
            if len(table) + early >= (1 << width) and width < 12:
                width += 1
    return bytes(out)


def _runlength(buf: bytes, limit: int, limits: Limits) -> bytes:
    out, i = bytearray(), 0
    while i < len(buf):
        n = buf[i]
        if n == 128:
            break
        if n < 128:
            out += buf[i + 1:i + 2 + n]
            i += n + 2
        else:
            out += buf[i + 1:i + 2] * (257 - n)
            i += 2
        if len(out) > limit:
            raise _too_big(limits)
    return bytes(out)


def _a85(buf: bytes) -> bytes:
    text = re.sub(rb"\s", b"", buf)
    text = text.removeprefix(b"<~").split(b"~>")[0]
    try:
        return base64.a85decode(text)
    except ValueError:
        return b""


def _ahx(buf: bytes) -> bytes:
    text = re.sub(rb"[^0-9A-Fa-f]", b"", buf.split(b">")[0])
    return bytes.fromhex((text + b"0" * (len(text) % 2)).decode())


_FILTER_NAMES = {b"Fl": b"FlateDecode", b"LZW": b"LZWDecode", b"RL": b"RunLengthDecode",
                 b"A85": b"ASCII85Decode", b"AHx": b"ASCIIHexDecode"}
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")


def filters(head: bytes) -> list[bytes]:
    m = _FILTER.search(head)
    if not m:
        return []
    names = re.findall(rb"/([A-Za-z0-9]+)", m.group(1))
    return [_FILTER_NAMES.get(n, n) for n in names]


def decode(raw: bytes, head: bytes, budget: Budget) -> bytes | None:
    """The decompressed stream, or None when a filter is an image codec we do not decode."""
    data = raw
    for name in filters(head):
        room = budget.room()
        try:
            if name == b"FlateDecode":
                data = _inflate(data, room, budget.limits)
            elif name == b"LZWDecode":
                data = _lzw(data, room, budget.limits)
            elif name == b"RunLengthDecode":
                data = _runlength(data, room, budget.limits)
            elif name == b"ASCII85Decode":
                data = _a85(data)
            elif name == b"ASCIIHexDecode":
                data = _ahx(data)
            else:
                return None                   # DCT, JPX, JBIG2, CCITT: pictures
            if len(data) > room:
                raise _Overflow()
        except _Overflow:
            if room < budget.limits.max_stream:
                budget.take(budget.limits.max_total + 1)      # the total is what ran out
            raise PdfRefused(f"A stream in the PDF decompresses to more than {budget.limits.max_stream // MiB} MiB "
                             "(it may be a compression bomb); Casefile cannot check it.", code="pdf.bomb_stream",
                             limit_bytes=budget.limits.max_stream) from None
        budget.take(len(data))
    return data


# --- tokens: strings and names ---------------------------------------------------------------

_TOKEN = re.compile(rb"\(|(?<!<)<(?!<)|/[^\s/\[\]()<>{}%]*|%[^\r\n]*")
_PAREN = re.compile(rb"[()\\]")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


def _literal(body: bytes, start: int) -> tuple[bytes, int]:
    """The bytes of the literal string opening at ``start`` (after '('), and where it ends."""
    out, depth, pos = bytearray(), 1, start
    while True:
        m = _PAREN.search(body, pos)
        if not m:
            out += body[pos:]
            return bytes(out), len(body)
        out += body[pos:m.start()]
        ch = m.group(0)
        if ch == b"\\":
            nxt = body[m.end():m.end() + 1]
            if not nxt:
                return bytes(out), len(body)
            if nxt in b"01234567":
                digits = re.match(rb"[0-7]{1,3}", body[m.end():m.end() + 3]).group(0)
                out.append(int(digits, 8) & 0xFF)
                pos = m.end() + len(digits)
                continue
            if nxt in b"\r\n":
                pos = m.end() + (2 if body[m.end():m.end() + 2] == b"\r\n" else 1)
                continue
            out += _ESCAPES.get(nxt[0], nxt)
            pos = m.end() + 1
            continue
        depth += 1 if ch == b"(" else -1
        if depth == 0:
            return bytes(out), m.end()
        out += ch
        pos = m.end()


def text_of(raw: bytes) -> list[str]:
    """A PDF string as text: UTF-16 with a byte order mark, UTF-8, else PDFDocEncoding (~Latin-1)."""
    if raw[:2] == b"\xfe\xff":
        return [raw[2:].decode("utf-16-be", "replace")]
    if raw[:2] == b"\xff\xfe":
        return [raw[2:].decode("utf-16-le", "replace")]
    if raw[:3] == b"\xef\xbb\xbf":
        return [raw[3:].decode("utf-8", "replace")]
    out = [raw.decode("latin-1")]
    if any(b > 127 for b in raw):
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    return out


def tokens(body: bytes):
    """(key before it, kind, raw bytes) of every string, hex string, name and comment in ``body``."""
    pos, key = 0, b""
    while True:
        m = _TOKEN.search(body, pos)
        if not m:
            return
        tok = m.group(0)
        if tok == b"(":
            raw, pos = _literal(body, m.end())
            yield key, "string", raw
        elif tok == b"<":
            end = body.find(b">", m.end())
            end = len(body) if end < 0 else end
            yield key, "string", _ahx(body[m.end():end])
            pos = end + 1
        elif tok.startswith(b"%"):
            yield key, "comment", tok[1:]
            pos = m.end()
        else:
            name = re.sub(rb"#([0-9A-Fa-f]{2})", lambda x: bytes([int(x.group(1), 16)]), tok[1:])
            yield key, "name", name
            key = tok
            pos = m.end()


# --- objects ---------------------------------------------------------------------------------

_OBJ = re.compile(rb"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s*obj\b")
_STREAM = re.compile(rb"\bstream(?:\r\n|\n|\r)")
_LENGTH = re.compile(rb"/Length\s+(\d+)(\s+(\d+)\s+R)?")
_SIMPLE_INT = re.compile(rb"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s*obj\s*(\d+)\s*endobj")


@dataclass
class RawObject:
    num: int
    head: bytes                    # the object without its stream data (the dictionary)
    stream: bytes | None = None    # decompressed; None when absent or a picture codec
    has_stream: bool = False


@dataclass
class RawFile:
    objects: list[RawObject] = field(default_factory=list)
    outside: list[bytes] = field(default_factory=list)     # bytes between objects (trailers, junk)


def _stream_bounds(data: bytes, body_start: int, body_end: int, head: bytes,
                   ints: dict[int, int]) -> tuple[int, int] | None:
    m = _STREAM.search(data, body_start, body_end)
    if not m:
        return None
    start = m.end()
    lm = _LENGTH.search(head)
    if lm:
        length = ints.get(int(lm.group(1))) if lm.group(2) else int(lm.group(1))
        if length is not None and start + length <= len(data):
            after = data[start + length:start + length + 12].lstrip()
            if after.startswith(b"endstream"):
                return start, start + length
    end = data.find(b"endstream", start)
    end = len(data) if end < 0 else end
    while end > start and data[end - 1:end] in (b"\n", b"\r"):
        end -= 1
    return start, end


def read_objects(data: bytes, budget: Budget) -> RawFile:
    limits = budget.limits
    ints = {int(m.group(1)): int(m.group(3)) for m in _SIMPLE_INT.finditer(data)}
    out = RawFile()
    matches = list(_OBJ.finditer(data))
    if len(matches) > limits.max_objects:
        raise PdfRefused(f"The PDF has more than {limits.max_objects} objects; Casefile cannot check it.",
                         code="pdf.too_many_objects", count=limits.max_objects)
    last_end = 0
    for i, m in enumerate(matches):
        if m.start() < last_end:
            continue                           # inside the previous object's stream (an embedded file)
        out.outside.append(data[last_end:m.start()])
        budget.check_time()
        nxt = matches[i + 1].start() if i + 1 < len(matches) else len(data)
        end = data.find(b"endobj", m.end())
        end = nxt if end < 0 else end
        head = data[m.end():min(end, nxt)]
        sm = _STREAM.search(head)
        obj = RawObject(int(m.group(1)), head)
        if sm:
            obj.head = head[:sm.start()]
            bounds = _stream_bounds(data, m.end(), len(data), obj.head, ints)
            if bounds:
                obj.has_stream = True
                obj.stream = decode(data[bounds[0]:bounds[1]], obj.head, budget)
                end = max(end, data.find(b"endobj", bounds[1]))
        out.objects.append(obj)
        last_end = end + 6 if end >= 0 else len(data)
    out.outside.append(data[last_end:])
    return out


_ENCRYPT = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")


def is_encrypted(data: bytes, raw: RawFile | None = None) -> bool:
    if any(_ENCRYPT.search(part) for part in (raw.outside if raw else [data])):
        return True
    return bool(raw and any(b"/XRef" in o.head and _ENCRYPT.search(o.head) for o in raw.objects))


_REVISION = re.compile(rb"startxref\s+(\d+)\s*%%EOF")
_LINEARIZED = re.compile(rb"/Linearized\s+[\d.]+.*?/L\s+(\d+)", re.DOTALL)


def revisions(data: bytes) -> list[int]:
    """End offsets of each revision of the file, oldest first. A linearised file's first-page
    section is not a revision of its own (when the file still has the length it was written with)."""
    ends = [m.end() for m in _REVISION.finditer(data)]
    lin = _LINEARIZED.search(data[:2048])
    if lin and len(ends) >= 2 and abs(int(lin.group(1)) - ends[1]) <= 2:
        ends = ends[1:]
    return ends or [len(data)]
