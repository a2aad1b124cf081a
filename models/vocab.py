"""Controlled vocabularies, loaded from vocabularies.json so that they stay data, not code."""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

import resources

_FILE = files(__package__) / "vocabularies.json"  # inside the package: installed and frozen alike
# Labels in other languages, {"vocabulary": {"code": "label"}}; the codes stored stay English words.
_I18N = resources.files(resources.I18N)   # the one accessor of shipped files


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


@cache
def codes(vocabulary: str) -> frozenset[str]:
    return frozenset(_all()[vocabulary])


@cache
def _translated(language: str) -> dict[str, dict[str, str]]:
    """vocabulary_LANG.json, or nothing when it is missing or unreadable (English is shown then)."""
    if not language.isalpha() or len(language) > 3:
        return {}
    try:
        data = json.loads((_I18N / f"vocabulary_{language}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def label(vocabulary: str, code: str, language: str = "en") -> str:
    """The label of a code in ``language``; the English label when that language lacks it, the code
    itself when the vocabulary does."""
    if language != "en":
        found = (_translated(language).get(vocabulary) or {}).get(code)
        if isinstance(found, str) and found.strip():
            return found
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
FACILITY_TYPE = "facility_type"
