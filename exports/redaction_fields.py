"""Every text field of the case model and the rule it is redacted by (shared/spec/redaction.md).

``FIELD_RULES`` is the one table: model class -> field -> rule. ``RULES`` says what each rule does
under each profile (the README repeats it). ``walk`` applies the table to a copy of a case: a text
field without a rule is an error, so a field added to models/interchange.py later cannot reach a
brief unredacted (tests/test_redaction_fields.py walks the model and fails first).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, get_args

from pydantic import BaseModel

# rule -> (internal, court, public)
RULES: dict[str, tuple[str, str, str]] = {
    "free_text": ("as written", "names, identifiers, phones, e-mails, dates of birth and marked spans replaced",
                  "the same, every identifier removed"),
    "account_text": ("marked spans highlighted", "as free_text, marked spans [REDACTED]", "as court"),
    "url": ("as written", "as free_text; numbers under ten digits (article numbers, dates) kept unless they follow 'id'",
            "as court"),
    "place": ("as written", "as free_text, but a protected name that is a place of the case is kept here",
              "as court"),
    "reference": ("as written", "the case's own reference, names and marked spans replaced", "as court"),
    "name": ("as written", "pseudonym for persons at risk (initials for the applicant under an anonymity order)",
             "initials for the applicant, pseudonyms for everyone but public figures"),
    "identifier": ("as written", "last four characters; phone and e-mail removed; address to city and country",
                   "removed"),
    "date_of_birth": ("as written", "year only", "year only"),
    "whereabouts": ("as written", "as free_text", "as free_text; of a protected person only the last part (country)"),
    "interviewer": ("as written", "as free_text", "removed"),
    "drop": ("removed", "removed", "removed"),
    "code": ("as written", "as written (vocabulary codes, countries, languages)", "as written"),
    "date": ("as written", "as written (dates of events, hearings, sources)", "as written"),
    "key": ("neutral key", "neutral key", "neutral key"),
    "ref": ("neutral key of the record referred to", "the same", "the same"),
    "id": ("removed", "removed", "removed"),
}

FIELD_RULES: dict[str, dict[str, str]] = {
    "Case": {"id": "id", "reference": "reference", "title": "free_text", "status": "code", "opened_on": "date",
             "tags": "free_text", "summary": "free_text"},
    "Person": {"id": "id", "key": "key", "role": "code", "gender": "free_text", "birth_date": "date_of_birth",
               "ethnicity": "free_text", "citizenship": "code", "whereabouts": "whereabouts"},
    "Name": {"value": "name", "script": "code"},
    "Identifier": {"kind": "code", "value": "identifier"},
    "Relation": {"to": "ref", "kind": "free_text"},
    "Account": {"id": "id", "key": "key", "narrator": "ref", "recorded_on": "date", "language": "code",
                "interviewer": "interviewer", "text": "account_text", "translation_of": "ref"},
    "Redaction": {"reason": "drop"},
    "Event": {"id": "id", "key": "key", "kind": "code", "victims": "ref", "start": "date", "end": "date",
              "violations": "code", "description": "free_text", "accounts": "ref", "sources": "ref"},
    "Place": {"name": "place", "admin": "place", "country": "code", "facility": "place", "facility_id": "id"},
    "Hearing": {"id": "id", "date": "date", "time": "free_text", "notes": "free_text"},
    "Deadline": {"id": "id", "date": "date", "description": "free_text"},
    "Proceeding": {"id": "id", "key": "key", "kind": "code", "forum": "place", "country": "code", "date": "date",
                   "status": "code", "notes": "free_text"},
    "Source": {"id": "id", "key": "key", "kind": "free_text", "title": "free_text", "publisher": "free_text",
               "date": "date", "url": "url"},
    "Consent": {"given_on": "date", "scopes": "code", "withdrawn_on": "date", "notes": "drop"},
}

DROP = object()   # a handler's answer: remove the record holding this field from its list


class MissingRule(LookupError):
    """A text field of the case model has no redaction rule (a defect: see FIELD_RULES)."""


def rule_of(record: BaseModel, name: str) -> str:
    try:
        return FIELD_RULES[type(record).__name__][name]
    except KeyError:
        raise MissingRule(f"The field {type(record).__name__}.{name} has no redaction rule, "
                          "so no brief can be made until one is added.") from None


def _is_text(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, list) and any(isinstance(v, str) for v in value))


# handler(value, where, original record, output record) -> new value, or DROP
Handler = Callable[[Any, str, BaseModel, BaseModel], Any]


def walk(original: BaseModel, out: BaseModel, where: str, handlers: dict[str, Handler]) -> bool:
    """Apply the table to ``out`` (a deep copy of ``original``) in place; False: drop this record.

    Nested records and lists of them are walked; a text field (or list of text) is passed to the
    handler of its rule, which gets the original record too (an account's marked spans, an
    identifier's kind). A field that is None or empty is left as it is.
    """
    keep = True
    for name in type(original).model_fields:
        value = getattr(original, name)
        path = f"{where}.{name}" if where else name
        if isinstance(value, BaseModel):
            if not walk(value, getattr(out, name), path, handlers):
                setattr(out, name, None)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            kept = [o for i, (v, o) in enumerate(zip(value, getattr(out, name)))
                    if walk(v, o, f"{path}[{i}]", handlers)]
            setattr(out, name, kept)
        elif _is_text(value) or (value is None and _declared_text(original, name)):
            rule = rule_of(original, name)
            if value is None or value == "" or value == []:
                continue
            result = handlers[rule](value, path, original, out)
            if result is DROP:
                keep = False
            else:
                setattr(out, name, result)
    return keep


def _declared_text(record: BaseModel, name: str) -> bool:
    return holds_text(type(record).model_fields[name].annotation)


def holds_text(annotation: Any) -> bool:
    """True for str, and for Optional/list/Annotated forms around it."""
    if annotation is str:
        return True
    return any(holds_text(a) for a in get_args(annotation))
