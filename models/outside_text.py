"""Text that came from outside (a document, a bundle, a file name), made safe to show.

A terminal acts on C0 and C1 controls (ESC starts an escape sequence that can rewrite the screen,
set the window title or the clipboard; U+009B is CSI on its own); bidi overrides and isolates
reorder what is seen (``exe.pdf`` shown for ``fdp.exe``). Each is written as a visible escape;
letters of every script are left as they are.
"""
from __future__ import annotations

import re

_BIDI_AND_SEPARATORS = "\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_AND_SEPARATORS}]")
# Inside JSON output: json escapes C0 itself, and the C0 left (newlines of the layout) are its own.
UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_BIDI_AND_SEPARATORS}]")


def _escape(m: re.Match) -> str:
    n = ord(m[0])
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def escape_controls(text) -> str:
    """``text`` with every unsafe character written as ``\\x1b`` or ``\\u202e``."""
    return UNSAFE.sub(_escape, str(text))


def escape_json_output(text: str) -> str:
    """Serialized JSON with C1 controls and bidi characters as ``\\u`` escapes (still valid JSON)."""
    return UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
