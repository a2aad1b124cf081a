"""An interchange document read one case at a time, for documents too large to hold whole.

    stream = CaseStream(path)
    for i, case, corrected in stream:    # each case validated as models.interchange.Case
        ...
    doc = stream.sections()               # format, version, removed, links: a Document without cases

Only the case being read is in memory (and the small sections beside ``cases``), whatever the
size of the document. Each case is decoded by the standard library's JSON decoder (the one the
normal import uses for the whole document, so values come out the same) and validated by the
same schema, within the same limits (models.interchange), plus limits of its own: the size of
the document, the number of cases and the bytes of one case. Every refusal is an
InterchangeError whose first problem names the case and the field.

Why not a push parser such as ijson: the top-level fields other than ``cases`` must be read and
checked too (an unknown one is an error), and ijson sees them only through a second full parse
of the document or an event loop in Python, each as slow as the whole read (README, bulk-import).
"""
from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from models import interchange
from models.interchange import Case, InterchangeError

MAX_DOCUMENT_BYTES = 8 * 1024 ** 3  # about 800,000 cases of the benchmark's kind (10 KB each)
MAX_CASES = 1_000_000
MAX_CASE_BYTES = 32 * 1024 * 1024  # a thousand-page testimony is about 3 million characters
# The fields beside "cases" (links, tombstones) together: the normal import's document limit.
MAX_SECTION_BYTES = interchange.MAX_DOCUMENT_BYTES
MAX_PROBLEMS = 100  # a refused document lists at most this many problems (it is read to its end only so far)

_CHUNK = 1024 * 1024
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_DECODER = json.JSONDecoder()


def _size(n: int) -> str:
    return f"{n // (1024 * 1024):,} MiB" if n >= 1024 * 1024 else f"{n:,} bytes"


class _NeedMore(Exception):
    """The text read so far ends inside the value being decoded."""


class CaseStream:
    """Iterate to get ``(index, case, corrections)`` for every case, in document order; then
    ``sections()`` for the rest of the document. Iterating a second time is an error."""

    def __init__(self, path: Path, *, max_document_bytes: int = MAX_DOCUMENT_BYTES, max_cases: int = MAX_CASES,
                 max_case_bytes: int = MAX_CASE_BYTES):
        self.path = Path(path)
        self.max_document_bytes, self.max_cases, self.max_case_bytes = max_document_bytes, max_cases, max_case_bytes
        self.bytes_read = 0
        self.problems: list[str] = []
        self._other: dict = {}
        self._other_chars = 0
        self._done = False
        self._started = False

    # --- the text, read in pieces ------------------------------------------------------------

    def _open(self) -> None:
        self._file = open(self.path, "rb")
        self._utf8 = codecs.getincrementaldecoder("utf-8")("strict")
        self._buf, self._pos, self._eof = "", 0, False
        self._lines_before, self._column_before = 0, 0  # of the text already let go of (for line, column)
        first = self._file.read(3)
        self.bytes_read = len(first)
        self._append(first.removeprefix(codecs.BOM_UTF8))

    def _append(self, data: bytes) -> None:
        try:
            self._buf += self._utf8.decode(data, final=not data)
        except UnicodeDecodeError:
            raise InterchangeError([f"{self.path.name}: not valid UTF-8 JSON (near byte {self.bytes_read:,})"]) from None

    def _read_more(self, at_least: int = _CHUNK) -> None:
        if self._eof:
            raise _NeedMore
        # Let go of what was read already; keep line counts for messages.
        cut = self._pos
        if cut:
            last = self._buf.rfind("\n", 0, cut)
            self._lines_before += self._buf.count("\n", 0, cut)
            self._column_before = cut - last - 1 if last >= 0 else self._column_before + cut
            self._buf, self._pos = self._buf[cut:], 0
        data = self._file.read(max(at_least, _CHUNK))
        self.bytes_read += len(data)
        if self.bytes_read > self.max_document_bytes:
            raise InterchangeError([f"{self.path.name} is larger than the limit of {_size(self.max_document_bytes)} "
                                    "for a document"])
        if not data:
            self._eof = True
        self._append(data)

    def _where(self, pos: int) -> str:
        line = self._lines_before + self._buf.count("\n", 0, pos) + 1
        last = self._buf.rfind("\n", 0, pos)
        column = pos - last if last >= 0 else self._column_before + pos + 1
        return f"line {line}, column {column}"

    def _syntax(self, pos: int) -> InterchangeError:
        return InterchangeError([f"not valid UTF-8 JSON ({self._where(pos)})"])

    def _char(self) -> str:
        """The next character that is not white space ('' at the end), not consumed."""
        while True:
            self._pos = _WHITESPACE.match(self._buf, self._pos).end()
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            try:
                self._read_more()
            except _NeedMore:
                return ""

    def _expect(self, c: str) -> None:
        if self._char() != c:
            raise self._syntax(self._pos)
        self._pos += 1

    def _value(self, limit: int, where: str, too_large: str):
        """Decode the JSON value at the current position (``where`` in the document), reading on
        until it is whole."""
        self._char()
        start = self._pos
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buf, start)
            except json.JSONDecodeError as exc:
                # Where the text read so far ends, the value may go on: read more and try again.
                cut_short = exc.pos >= len(self._buf) - 6 or exc.msg.startswith("Unterminated string")
                if not cut_short:
                    raise self._syntax(exc.pos) from None
                if len(self._buf) - start > limit:
                    raise InterchangeError([too_large]) from None
                try:
                    self._read_more(len(self._buf) - start)
                except _NeedMore:
                    raise self._syntax(exc.pos) from None
                start = self._pos
                continue
            except RecursionError:
                raise InterchangeError([f"{where}: nested more than "
                                        f"{interchange.MAX_DEPTH} levels deep"]) from None
            if end - start > limit:  # the text itself was read whole: a value just past the limit
                raise InterchangeError([too_large])
            self._pos = end
            return value, start, end

    # --- the document ----------------------------------------------------------------------

    def __iter__(self) -> Iterator[tuple[int, Case, list[str]]]:
        if self._started:
            raise RuntimeError("a CaseStream is read once")
        self._started = True
        self._open()
        try:
            yield from self._document()
        finally:
            self._file.close()

    def _document(self):
        if self._char() != "{":
            raise InterchangeError(["the document is not a JSON object"])
        self._pos += 1
        seen_cases = False
        if self._char() == "}":
            self._pos += 1
        else:
            while True:
                key, start, _ = self._value(200, "the document", "the document: has a field name that is not valid")
                if not isinstance(key, str):
                    raise self._syntax(start)
                self._expect(":")
                if key == "cases":
                    if seen_cases:
                        raise InterchangeError(["cases: given twice in the document"])
                    seen_cases = True
                    self._check_header()
                    yield from self._cases()
                else:
                    value, start, end = self._value(MAX_SECTION_BYTES - self._other_chars, "the document",
                                                    self._sections_too_large())
                    self._other_chars += end - start
                    self._other[key] = value
                c = self._char()
                self._pos += 1
                if c == "}":
                    break
                if c != ",":
                    raise self._syntax(self._pos - 1)
        if self._char() != "":
            raise self._syntax(self._pos)
        if not seen_cases:
            raise InterchangeError(["cases: required field is missing"])
        if self.problems:
            raise InterchangeError(self.problems)
        self._done = True

    def _sections_too_large(self) -> str:
        return f"the fields of the document other than cases are larger than the limit of {_size(MAX_SECTION_BYTES)}"

    def _check_header(self) -> None:
        """Refuse a document of another format or version as soon as it says so (before its cases)."""
        for field in ("format", "version"):
            if field in self._other:
                interchange.parse_document({"format": interchange.FORMAT, "version": interchange.VERSION,
                                            field: self._other[field], "cases": []})

    def _cases(self):
        if self._char() != "[":
            raise InterchangeError(["cases: not a list"])
        self._pos += 1
        if self._char() == "]":
            self._pos += 1
            return
        i = 0
        while True:
            if i >= self.max_cases:
                raise InterchangeError([f"cases: more than the limit of {self.max_cases:,} cases in one document"])
            too_large = f"cases[{i}]: larger than the limit of {_size(self.max_case_bytes)} for one case"
            raw, start, end = self._value(self.max_case_bytes, f"cases[{i}]", too_large)
            if (end - start) * 4 > self.max_case_bytes and \
                    len(self._buf[start:end].encode("utf-8", "surrogatepass")) > self.max_case_bytes:
                raise InterchangeError([too_large])
            checked = self._case(i, raw, start, end)
            if checked is not None and not self.problems:
                yield i, checked, interchange.case_corrections(raw, checked)
            i += 1
            c = self._char()
            self._pos += 1
            if c == "]":
                return
            if c != ",":
                raise self._syntax(self._pos - 1)

    def _case(self, i: int, raw, start: int, end: int) -> Case | None:
        """The case validated, or None with its problems noted (the rest is still read, for the
        list of problems, up to MAX_PROBLEMS)."""
        try:
            case = Case.model_validate(raw)
        except ValidationError as exc:
            self._limits(i, raw)
            self.problems += interchange.problems_of(exc, ("cases", i))
            if len(self.problems) >= MAX_PROBLEMS:
                raise InterchangeError(self.problems) from None
            return None
        # A valid case has the schema's depth and field names; what is left of the limits are long
        # texts and lone surrogates, which can only be there if its text shows them.
        if end - start > interchange.MAX_STRING_CHARS or _ESCAPED_SURROGATE.search(self._buf, start, end):
            self._limits(i, raw)
        return case

    @staticmethod
    def _limits(i: int, raw) -> None:
        try:
            interchange.check_limits(raw, f"cases[{i}]", depth=3)
        except InterchangeError as exc:
            raise InterchangeError(exc.problems) from None

    def sections(self) -> interchange.Document:
        """The fields beside the cases (format, version, removed, links…) as a validated Document
        with no cases, once the cases have all been read."""
        if not self._done:
            raise RuntimeError("the cases have not all been read")
        interchange.check_limits(self._other, "")
        return interchange.parse_document({**self._other, "cases": []})
