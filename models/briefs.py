"""The names of briefs: profiles, kinds and paper sizes, defined once.

``exports/`` (redaction, layout), ``storage/briefs.py``, the command line's choices and the
window's lists all read them from here, so adding a profile or a kind is one edit. Labels a
person reads are the window's business (``ui/brief_dialog.py`` translates them, keyed by these names).
"""
from __future__ import annotations

PROFILES = ("internal", "court", "public")
KINDS = ("hearing_bundle", "witness_statement", "public_summary")
PAPERS = ("A4", "Letter")

DEFAULT_PROFILE = "court"
DEFAULT_KIND = "hearing_bundle"
DEFAULT_PAPER = "A4"

# The languages a brief's fixed text is made in (headings, labels, dates, pseudonyms): the forum's.
LANGUAGES = ("en", "ru", "kk")
DEFAULT_LANGUAGE = "en"

# The kind of brief that prints one chosen account rather than the whole case.
ACCOUNT_KIND = "witness_statement"


def redacts(profile: str) -> bool:
    """Whether a profile removes anything. An internal brief shows everything, so it has no
    anonymity order to print and no redaction log to explain it."""
    return profile != "internal"
