"""The case interchange format, version 1 (shared/spec/interchange-v1.md), as a strict schema.

Everything that crosses the application's border (bulk intake, export, the payload of a bundle,
test fixtures) is validated here. Unknown fields are errors, types are strict, vocabularies are
closed, and references between records of a case must resolve. Errors name the case, the record
and the field: ``cases[3].persons[1].birth_year: not a year``.

Where the application needed more than the spec gives, optional fields are accepted and written
(see ``Proceeding.hearings``/``deadlines`` and ``id`` on every record); a document without them is
still a valid v1 document.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from typing import Annotated, Any, Literal

from pydantic import (AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, StrictBool, StrictInt,
                      StrictStr, ValidationError, field_validator, model_serializer, model_validator)

from models import vocab
from models.dates import PartialDate
from models.names import name_script
from models.text_cache import text_cache

FORMAT = "casefile-interchange"
VERSION = 1


class InterchangeError(ValueError):
    """A document that does not follow the format. ``problems`` lists 'path: what is wrong'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(problems[0] + more if problems else "invalid document")


# --- field types -----------------------------------------------------------------------------

@text_cache(maxsize=65536)
def _partial_date(v: str) -> str:
    # Cached: the same months and years recur in thousands of cases of a large import.
    return PartialDate.parse(v).iso()


def _uuid(v: str) -> str:
    try:
        return str(uuid.UUID(v))
    except ValueError:
        raise ValueError("not a UUID") from None


def _in(vocabulary: str):
    def check(v: str) -> str:
        if v not in vocab.codes(vocabulary):
            allowed = ", ".join(sorted(vocab.codes(vocabulary)))
            raise ValueError(f"'{v}' is not one of: {allowed}")
        return v
    return check


def _country(v: str) -> str:
    if len(v) != 2 or not v.isascii() or not v.isalpha() or not v.isupper():
        raise ValueError("not a two-letter country code (ISO 3166-1, e.g. CN, KZ)")
    return v


def _key(v: str) -> str:
    if not v.strip():
        raise ValueError("must not be empty")
    return v


def _text(v: str) -> str:
    if not v.strip():
        raise ValueError("must not be empty")
    return v


DateStr = Annotated[StrictStr, AfterValidator(_partial_date)]
Uuid = Annotated[StrictStr, AfterValidator(_uuid)]
Key = Annotated[StrictStr, AfterValidator(_key)]
Text = Annotated[StrictStr, AfterValidator(_text)]
Country = Annotated[StrictStr, AfterValidator(_country)]


def Vocab(name: str):  # noqa: N802 - reads as a type in the models below
    return Annotated[StrictStr, AfterValidator(_in(name))]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- scripts -------------------------------------------------------------------------------------

_HAN_CODES = ("Hans", "Hant")


@text_cache(maxsize=65536)
def fitting_script(value: str, chosen: str | None) -> str | None:
    """The script to record for a name: the one its letters are written in (models.names.name_script),
    or ``chosen`` when that fits them (Hant for Chinese characters both forms write alike; anything
    for a value with no letters yet, or letters of a script the vocabulary has no code for)."""
    found = name_script(value)
    if found is None:
        return chosen
    # name_script says Hant only for characters simplified Chinese writes otherwise; the rest are both.
    if found == "Hans" and chosen in _HAN_CODES:
        return chosen
    return found


def script_corrections(data: Any) -> list[tuple[int, str]]:
    """(case index, 'persons[1].names[0].script: ...') for every name in a raw document whose
    recorded script its letters contradict (the parsed document has the script corrected)."""
    out = []
    for i, case in enumerate(_dicts(data.get("cases") if isinstance(data, dict) else None)):
        for j, person in enumerate(_dicts(case.get("persons"))):
            for k, name in enumerate(_dicts(person.get("names"))):
                value, script = name.get("value"), name.get("script")
                if not isinstance(value, str) or script not in vocab.codes(vocab.SCRIPT):
                    continue
                fits = fitting_script(value, script)
                if fits != script:
                    out.append((i, _corrected(j, k, script, fits)))
    return out


def case_corrections(raw: dict, case: "Case") -> list[str]:
    """What script_corrections says of one case, from the raw case and the Case validated from it
    (whose names have their scripts corrected already): no name is looked at twice."""
    out = []
    for j, (person, p) in enumerate(zip(raw["persons"], case.persons) if raw.get("persons") else ()):
        for k, (name, n) in enumerate(zip(person.get("names") or (), p.names)):
            if name["script"] != n.script:
                out.append(_corrected(j, k, name["script"], n.script))
    return out


def _corrected(j: int, k: int, was: str, now: str) -> str:
    was, now = vocab.label(vocab.SCRIPT, was), vocab.label(vocab.SCRIPT, now)
    return f"persons[{j}].names[{k}].script: the name is written in {now} letters, not {was}; stored as {now}"


def _dicts(value) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


# --- records ---------------------------------------------------------------------------------

class Name(_Record):
    value: Text
    script: Vocab(vocab.SCRIPT)

    @model_validator(mode="after")
    def _script_from_letters(self) -> "Name":
        # A Cyrillic name labelled Latin would lose its Latin spellings to search and redaction:
        # the letters decide, and a document is corrected rather than refused for it.
        self.script = fitting_script(self.value, self.script)
        return self


class Identifier(_Record):
    kind: Vocab(vocab.IDENTIFIER_KIND)
    value: Text


class Relation(_Record):
    to: Key
    kind: Text


class Person(_Record):
    id: Uuid | None = None
    key: Key
    role: Vocab(vocab.PERSON_ROLE)
    names: list[Name] = Field(default_factory=list)
    gender: StrictStr | None = None
    birth_year: StrictInt | None = None
    birth_date: DateStr | None = None
    ethnicity: StrictStr | None = None
    citizenship: list[Country] = Field(default_factory=list)
    identifiers: list[Identifier] = Field(default_factory=list)
    whereabouts: StrictStr | None = None
    relation: Relation | None = None
    at_risk: StrictBool = False
    public_figure: StrictBool = False

    @field_validator("birth_year", mode="before")
    @classmethod
    def _year(cls, v: Any) -> Any:
        if v is None:
            return v
        if isinstance(v, bool) or not isinstance(v, int) or not 1850 <= v <= dt.date.today().year:
            raise ValueError("not a year")
        return v

    @model_validator(mode="after")
    def _birth_consistent(self) -> "Person":
        if self.birth_date and self.birth_year and PartialDate.parse(self.birth_date).year != self.birth_year:
            raise ValueError("birth_date and birth_year disagree")
        return self

    def display_name(self) -> str:
        return self.names[0].value if self.names else self.key


class Redaction(_Record):
    start: StrictInt = Field(ge=0)
    end: StrictInt = Field(ge=0)
    reason: StrictStr = ""

    @model_validator(mode="after")
    def _order(self) -> "Redaction":
        if self.end <= self.start:
            raise ValueError("end must be after start")
        return self


class Account(_Record):
    id: Uuid | None = None
    key: Key
    narrator: StrictStr | None = None
    recorded_on: DateStr | None = None
    language: StrictStr | None = None
    interviewer: StrictStr | None = None
    text: StrictStr = ""
    translation_of: StrictStr | None = None
    redactions: list[Redaction] = Field(default_factory=list)

    @model_validator(mode="after")
    def _spans_inside(self) -> "Account":
        for i, r in enumerate(self.redactions):
            if r.end > len(self.text):
                raise ValueError(f"redactions[{i}].end: after the end of the text ({len(self.text)} characters)")
        return self


class Place(_Record):
    name: StrictStr | None = None
    admin: StrictStr | None = None
    country: Country | None = None
    facility: StrictStr | None = None
    # Extension to v1: the facility of the registry (Document.facilities) this place is.
    facility_id: Uuid | None = None

    @model_serializer(mode="wrap")
    def _without_unset_facility(self, handler):
        # Written only when set: a place without it serialises (and hashes, storage/merge.py) as before.
        data = handler(self)
        if data.get("facility_id") is None:
            data.pop("facility_id", None)
        return data


class Event(_Record):
    id: Uuid | None = None
    key: Key
    kind: Vocab(vocab.EVENT_KIND)
    victims: list[Key] = Field(default_factory=list)
    start: DateStr | None = None
    end: DateStr | None = None
    place: Place | None = None
    violations: list[Vocab(vocab.VIOLATION)] = Field(default_factory=list)
    description: StrictStr = ""
    accounts: list[Key] = Field(default_factory=list)
    sources: list[Key] = Field(default_factory=list)

    @model_validator(mode="after")
    def _dates_ordered(self) -> "Event":
        if self.start and self.end and PartialDate.parse(self.end).latest() < PartialDate.parse(self.start).earliest():
            raise ValueError("end is before start")
        return self


class Hearing(_Record):
    """Extension to v1: a hearing of a proceeding."""
    id: Uuid | None = None
    date: DateStr
    time: StrictStr | None = None
    notes: StrictStr = ""


class Deadline(_Record):
    """Extension to v1: a deadline of a proceeding (filing, appeal)."""
    id: Uuid | None = None
    date: DateStr
    description: Text
    done: StrictBool = False


class Proceeding(_Record):
    id: Uuid | None = None
    key: StrictStr | None = None
    kind: Vocab(vocab.PROCEEDING_KIND)
    forum: StrictStr | None = None
    country: Country | None = None
    date: DateStr | None = None
    status: Vocab(vocab.PROCEEDING_STATUS) | None = None
    notes: StrictStr = ""
    hearings: list[Hearing] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)


class Source(_Record):
    id: Uuid | None = None
    key: Key
    kind: StrictStr | None = None
    title: StrictStr | None = None
    publisher: StrictStr | None = None
    date: DateStr | None = None
    url: StrictStr | None = None


class Consent(_Record):
    given_on: DateStr | None = None
    scopes: list[Vocab(vocab.CONSENT_SCOPE)] = Field(default_factory=list)
    withdrawn_on: DateStr | None = None
    notes: StrictStr = ""

    def allows(self, scope: str) -> bool:
        return self.withdrawn_on is None and scope in self.scopes


class Case(_Record):
    id: Uuid | None = None
    reference: Text
    title: Text
    status: Vocab(vocab.CASE_STATUS) = "open"
    opened_on: DateStr | None = None
    tags: list[Text] = Field(default_factory=list)
    summary: StrictStr = ""
    persons: list[Person] = Field(default_factory=list)
    accounts: list[Account] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    proceedings: list[Proceeding] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    consent: Consent | None = None

    @model_validator(mode="after")
    def _references_resolve(self) -> "Case":
        problems: list[str] = []
        persons = _unique_keys(self.persons, "persons", problems)
        accounts = _unique_keys(self.accounts, "accounts", problems)
        _unique_keys(self.events, "events", problems)
        sources = _unique_keys(self.sources, "sources", problems)
        for i, p in enumerate(self.persons):
            if p.relation and p.relation.to not in persons:
                problems.append(f"persons[{i}].relation.to: no person with key '{p.relation.to}'")
        for i, a in enumerate(self.accounts):
            if a.narrator is not None and a.narrator not in persons:
                problems.append(f"accounts[{i}].narrator: no person with key '{a.narrator}'")
            if a.translation_of is not None and a.translation_of not in accounts:
                problems.append(f"accounts[{i}].translation_of: no account with key '{a.translation_of}'")
        for i, e in enumerate(self.events):
            for field, known, what in (("victims", persons, "person"), ("accounts", accounts, "account"),
                                       ("sources", sources, "source")):
                for j, k in enumerate(getattr(e, field)):
                    if k not in known:
                        problems.append(f"events[{i}].{field}[{j}]: no {what} with key '{k}'")
        ids = [r.id for r in (*self.persons, *self.accounts, *self.events, *self.proceedings, *self.sources) if r.id]
        if self.id:
            ids.append(self.id)
        if len(ids) != len(set(ids)):
            problems.append("id: the same id is used by two records")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def person(self, key: str) -> Person | None:
        return next((p for p in self.persons if p.key == key), None)

    def applicant(self) -> Person | None:
        return next((p for p in self.persons if p.role == "applicant"), None)


def _unique_keys(records, field: str, problems: list[str]) -> set[str]:
    seen: set[str] = set()
    for i, r in enumerate(records):
        if r.key in seen:
            problems.append(f"{field}[{i}].key: '{r.key}' is used twice")
        seen.add(r.key)
    return seen


def _hash(v: str) -> str:
    if len(v) != 64 or any(c not in "0123456789abcdef" for c in v):
        raise ValueError("not a version hash (64 lowercase hexadecimal digits)")
    return v


MAX_REMOVAL_VERSIONS = 1000


class Removal(_Record):
    """A tombstone: a record removed from a case, with the versions (hashes of the record, see
    storage/merge.py) its remover had known. Optional in v1; a document without it is unchanged."""
    case: Uuid
    id: Uuid
    kind: Literal["person", "account", "event", "proceeding", "source"]
    removed_at: Text
    removed_by: StrictStr = ""
    versions: list[Annotated[StrictStr, AfterValidator(_hash)]] = Field(default_factory=list,
                                                                        max_length=MAX_REMOVAL_VERSIONS)


MAX_LINKS = 100_000
MAX_LINK_PERSONS = 100  # persons in one link: one real person recorded in that many cases


def _timestamp(v: str) -> str:
    """A moment with its time zone, written in UTC (so that two compare as text)."""
    try:
        moment = dt.datetime.fromisoformat(v)
    except ValueError:
        raise ValueError("not a date and time (ISO 8601, e.g. 2026-03-01T10:00:00+00:00)") from None
    if moment.tzinfo is None:
        raise ValueError("has no time zone (e.g. +00:00)")
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


class Link(_Record):
    """Persons of several cases confirmed by a user to be one real person (storage/people.py).
    Optional in v1; a document without links is unchanged."""
    persons: list[Uuid] = Field(min_length=2, max_length=MAX_LINK_PERSONS)
    linked_at: Annotated[StrictStr, AfterValidator(_timestamp)]
    linked_by: StrictStr = Field(default="", max_length=200)

    @field_validator("persons")
    @classmethod
    def _distinct(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("names a person twice")
        return v


MAX_FACILITIES = 100_000
MAX_FACILITY_NAMES = 100


class FacilityName(_Record):
    """A facility's name in one script, or an alias (another name it is known by, in any script)."""
    value: Annotated[Text, Field(max_length=500)]
    script: Vocab(vocab.SCRIPT)
    alias: StrictBool = False

    @model_validator(mode="after")
    def _script_from_letters(self) -> "FacilityName":
        self.script = fitting_script(self.value, self.script)
        return self


def _coordinate(limit: float):
    def check(v: float | None) -> float | None:
        if v is not None and not -limit <= v <= limit:
            raise ValueError(f"not between -{limit:g} and {limit:g}")
        return v
    return check


class Facility(_Record):
    """Extension to v1: a facility of the registry (a camp, prison, detention centre, factory),
    with its names in each script and aliases. Events point to it by ``place.facility_id``."""
    id: Uuid
    type: Vocab(vocab.FACILITY_TYPE)
    names: list[FacilityName] = Field(min_length=1, max_length=MAX_FACILITY_NAMES)
    county: Annotated[StrictStr, Field(max_length=500)] | None = None
    prefecture: Annotated[StrictStr, Field(max_length=500)] | None = None
    lat: Annotated[float, AfterValidator(_coordinate(90))] | None = None
    lon: Annotated[float, AfterValidator(_coordinate(180))] | None = None
    note: Annotated[StrictStr, Field(max_length=10_000)] = ""

    @model_validator(mode="after")
    def _names_and_place(self) -> "Facility":
        problems = []
        scripts = [n.script for n in self.names if not n.alias]
        for script in sorted({s for s in scripts if scripts.count(s) > 1}):
            problems.append(f"names: two names in {vocab.label(vocab.SCRIPT, script)} (make one of them an alias)")
        values = [n.value.strip().casefold() for n in self.names]
        if len(set(values)) != len(values):
            problems.append("names: the same name is given twice")
        if (self.lat is None) != (self.lon is None):
            problems.append("lat: latitude and longitude go together")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def display_name(self) -> str:
        return next((n.value for n in self.names if not n.alias), self.names[0].value)

    def all_names(self) -> list[str]:
        return [n.value for n in self.names]


class Document(_Record):
    format: Literal["casefile-interchange"]
    version: Literal[1]
    cases: list[Case]
    removed: list[Removal] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list, max_length=MAX_LINKS)
    facilities: list[Facility] = Field(default_factory=list, max_length=MAX_FACILITIES)
    # What parse_document corrected rather than refused (a name's script), for the import report.
    _corrections: list[tuple[int, str]] = PrivateAttr(default_factory=list)

    def corrections(self, case_index: int | None = None) -> list[str]:
        """'cases[i].path: what was corrected', or the paths inside one case."""
        if case_index is None:
            return [f"cases[{i}].{what}" for i, what in self._corrections]
        return [what for i, what in self._corrections if i == case_index]


# --- reading and writing ---------------------------------------------------------------------

_MESSAGES = {
    "extra_forbidden": "unknown field",
    "missing": "required field is missing",
    "int_type": "not a whole number",
    "string_type": "not a string",
    "bool_type": "not true or false",
    "list_type": "not a list",
    "model_type": "not an object",
    "dict_type": "not an object",
    "literal_error": None,  # keep pydantic's: it lists the expected value
}


_SUBPATH = re.compile(r"^[A-Za-z_][\w.\[\]]*: ")


def _path(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.startswith("function-") or part in ("list[...]",):
            continue
        else:
            out += f".{part}" if out else part
    return out


def _message(err: dict) -> str:
    fixed = _MESSAGES.get(err["type"])
    if fixed:
        return fixed
    msg = err["msg"]
    return msg.removeprefix("Value error, ")


def problems_of(exc: ValidationError, at: tuple = ()) -> list[str]:
    """'path: message' lines, in document order, for a pydantic validation error; ``at`` is where
    the validated value is in its document (``("cases", 3)`` for one case read alone)."""
    out = []
    for err in exc.errors(include_url=False):
        path = _path(at + tuple(err["loc"]))
        msg = _message(err)
        # A model-level check reports problems with sub-paths of its own: "persons[1].key: ...; ...".
        parts = msg.split("; ")
        if err["type"] == "value_error" and all(_SUBPATH.match(p) for p in parts):
            for part in parts:
                sub, _, what = part.partition(": ")
                out.append(f"{path}.{sub}: {what}" if path else f"{sub}: {what}")
        else:
            out.append(f"{path}: {msg}" if path else msg)
    return out


def parse_document(data: Any) -> Document:
    """Validate a decoded JSON value as an interchange document. Raises InterchangeError."""
    if not isinstance(data, dict):
        raise InterchangeError(["the document is not a JSON object"])
    if data.get("format") != FORMAT:
        raise InterchangeError([f"format: not a '{FORMAT}' document"])
    if data.get("version") != VERSION:
        raise InterchangeError([f"version: version {data.get('version')!r} is not supported (this application reads {VERSION})"])
    try:
        doc = Document.model_validate(data)
    except ValidationError as exc:
        raise InterchangeError(problems_of(exc)) from None
    doc._corrections = script_corrections(data)
    return doc


# Limits on a document from outside (README, section store). The schema itself nests 6 deep;
# a testimony of a thousand pages is about 3 million characters.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024  # about 14,000 cases like the demo ones; parsing takes ~7x its size
MAX_DEPTH = 32
MAX_STRING_CHARS = 4_000_000
_SURROGATE = re.compile("[\ud800-\udfff]")
_BAD_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # in a field name, which errors quote


def check_limits(data: Any, path: str = "", depth: int = 1) -> None:
    """Depth, string sizes and lone surrogates, walked without recursion. ``path`` and ``depth``
    say where ``data`` is in its document, when it is a part read alone (a case: depth 3)."""
    stack = [(data, path, depth)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InterchangeError([f"{path or 'the document'}: nested more than {MAX_DEPTH} levels deep"])
        if isinstance(value, str):
            if len(value) > MAX_STRING_CHARS:
                raise InterchangeError([f"{path}: a text of {len(value):,} characters is longer than the limit "
                                        f"of {MAX_STRING_CHARS:,}"])
            if _SURROGATE.search(value):
                raise InterchangeError([f"{path}: contains a lone surrogate (\\u escape), which is not text"])
        elif isinstance(value, dict):
            for k, v in value.items():
                if len(k) > 200 or _BAD_NAME.search(k):
                    raise InterchangeError([f"{path or 'the document'}: has a field name that is not valid"])
                stack.append((v, f"{path}.{k}" if path else k, depth + 1))
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value))


def loads(text: str | bytes) -> Document:
    """Parse and validate a document from outside, within the limits above."""
    size = len(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    if size > MAX_DOCUMENT_BYTES:
        raise InterchangeError([f"the document is larger than the limit of {MAX_DOCUMENT_BYTES // (1024 * 1024)} MiB"])
    try:
        data = json.loads(text)
    except RecursionError:
        raise InterchangeError([f"the document: nested more than {MAX_DEPTH} levels deep"]) from None
    except (ValueError, UnicodeDecodeError) as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if hasattr(exc, "lineno") else ""
        raise InterchangeError([f"not valid UTF-8 JSON{where}"]) from None
    check_limits(data)
    return parse_document(data)


def validate_case(data: dict) -> Case:
    """Validate one case (for forms and tests); errors as InterchangeError with paths inside the case."""
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        raise InterchangeError(problems_of(exc)) from None


def to_json(cases: list[Case], removed: list[Removal] | None = None, links: list[Link] | None = None,
            facilities: list[Facility] | None = None) -> str:
    """The canonical document: every field written, in schema order, ids included. ``removed``
    (tombstones), ``links`` and ``facilities`` are written only when there are some, so other
    documents stay as they were."""
    doc = Document(format=FORMAT, version=VERSION, cases=cases, removed=removed or [], links=links or [],
                   facilities=facilities or [])
    left_out = {name for name, there in (("removed", removed), ("links", links), ("facilities", facilities))
                if not there}
    return json.dumps(doc.model_dump(mode="json", exclude=left_out or None),
                      ensure_ascii=False, indent=2) + "\n"
