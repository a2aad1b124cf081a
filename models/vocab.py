"""Controlled vocabularies, loaded from vocabularies.json so that they stay data, not code."""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

_FILE = files(__package__) / "vocabularies.json"  # inside the package: installed and frozen alike


@cache
def _all() -> dict[str, dict[str, str]]:
    data = json.loads(_FILE.read_text(encoding="utf-8"))
    data.pop("_comment", None)
    return data


def names() -> list[str]:
    return list(_all())


def terms(vocabulary: str) -> dict[str, str]:
    """Code -> English label, in the order a form should list them."""
    return dict(_all()[vocabulary])


def codes(vocabulary: str) -> frozenset[str]:
    return frozenset(_all()[vocabulary])


def label(vocabulary: str, code: str) -> str:
    return _all()[vocabulary].get(code, code)


CASE_STATUS = "case_status"
PERSON_ROLE = "person_role"
SCRIPT = "script"
IDENTIFIER_KIND = "identifier_kind"
EVENT_KIND = "event_kind"
VIOLATION = "violation"
PROCEEDING_KIND = "proceeding_kind"
PROCEEDING_STATUS = "proceeding_status"
CONSENT_SCOPE = "consent_scope"
