"""Redaction profiles (shared/spec/redaction.md), applied to the case data before any layout.

``redact_case(case, profile, pseudonyms)`` returns a ``Redaction``: a redacted copy of the case
(the only thing a brief is laid out from), the pseudonym map it used (to be persisted by the
store), a log of what was replaced where by which rule, and the ``Forbidden`` strings that the
verification then searches the finished PDF for. Pure: no Qt, no storage, no files.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from anyascii import anyascii

from models.dates import PartialDate
from models.briefs import PROFILES
from models.interchange import Case, Identifier, Name, Person

# Marked spans in the internal profile are wrapped in these (private use, never drawn).
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"

MARKER = "[REDACTED]"
MASK = "\u2022" * 5          # fixed width: '•••••5678' does not tell how long the number was


class ConsentRefused(Exception):
    """The case lacks the consent scope the profile needs; nothing may be written."""

    def __init__(self, profile: str, scopes: tuple[str, ...], withdrawn: bool):
        self.profile, self.scopes, self.withdrawn = profile, scopes, withdrawn
        wanted = " or ".join(f"'{s}'" for s in scopes)
        why = "consent was withdrawn" if withdrawn else f"the case has no consent {wanted}"
        super().__init__(f"The {profile} profile needs consent {wanted}, but {why}. "
                         "Record the consent or choose another profile.")


def required_consent(profile: str) -> tuple[str, ...]:
    """The consent scopes of which one is needed (none for internal)."""
    return {"internal": (), "court": ("legal_proceedings",),
            "public": ("publish_anonymized", "publish_named")}[_check_profile(profile)]


def check_consent(case: Case, profile: str) -> None:
    scopes = required_consent(profile)
    if not scopes:
        return
    consent = case.consent
    if consent is None or not any(consent.allows(s) for s in scopes):
        raise ConsentRefused(profile, scopes, withdrawn=bool(consent and consent.withdrawn_on))


def _check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise ValueError(f"unknown profile '{profile}' (one of: {', '.join(PROFILES)})")
    return profile


# --- pseudonyms ------------------------------------------------------------------------------

_PREFIX = {"relative": "Relative", "witness": "Witness", "victim": "Victim", "perpetrator": "Perpetrator",
           "official": "Official", "advocate": "Advocate", "other": "Person"}
_LETTERED = {"Witness"}


def person_ref(p: Person) -> str:
    """The key of a person in a pseudonym map: its id when it has one, else its case key."""
    return p.id or p.key


def initials(p: Person) -> str:
    """Initials styled as in US decisions: 'Q-A-'."""
    latin = next((n.value for n in p.names if n.script == "Latn"), None)
    source = latin or anyascii(p.names[0].value if p.names else "")
    letters = [w[0].upper() for w in re.split(r"[\s\-]+", source) if w and w[0].isalpha()]
    return "".join(f"{ch}-" for ch in letters) or "A-"


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _number_of(label: str, prefix: str) -> int:
    rest = label[len(prefix) + 1:] if label.startswith(prefix + " ") else ""
    if prefix in _LETTERED and rest.isalpha() and rest.isupper():
        n = 0
        for ch in rest:
            n = n * 26 + ord(ch) - 64
        return n
    return int(rest) if rest.isdigit() else 0


def assign_pseudonyms(case: Case, existing: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every person's pseudonym: the ones already assigned are kept, new people get the next free one.

    ``existing`` may be keyed by person id or by case key. The result is keyed by id where a
    person has one, else by key; persist it and pass it back for the next document of the case.
    """
    existing = dict(existing or {})
    out: dict[str, str] = {}
    for p in case.persons:
        old = existing.get(p.id) if p.id else None
        old = old or existing.get(p.key)
        if old:
            out[person_ref(p)] = old
    used = set(out.values()) | set(existing.values())
    for p in case.persons:
        if person_ref(p) in out:
            continue
        if p.role == "applicant":
            label = initials(p)
        else:
            prefix = _PREFIX.get(p.role, "Person")
            n = max((_number_of(v, prefix) for v in used), default=0) + 1
            label = f"{prefix} {_letters(n) if prefix in _LETTERED else n}"
        out[person_ref(p)] = label
        used.add(label)
    return out


def treatment(p: Person, profile: str, case: Case) -> str:
    """'name', 'pseudonym' or 'initials': how this person is named under the profile."""
    if profile == "internal":
        return "name"
    if profile == "court":
        if p.role == "applicant":
            return "name"
        return "pseudonym" if p.at_risk else "name"
    # public
    named = bool(case.consent and case.consent.allows("publish_named"))
    if p.role == "applicant":
        return "name" if p.public_figure and named and not p.at_risk else "initials"
    return "name" if p.public_figure and not p.at_risk else "pseudonym"


# --- normalisation ---------------------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c"), None)


def normalise(text: str) -> str:
    """Compare form: NFKC (folds Arabic presentation forms), case folded, white space collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).casefold()
    return re.sub(r"\s+", " ", text).strip()


def _has(text: str, ranges) -> bool:
    return any(lo <= ord(c) <= hi for c in text for lo, hi in ranges)


_RTL = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_CJK = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF))


def is_unspaced_script(text: str) -> bool:
    """Arabic script (extractors may reverse it) or Chinese (no spaces between words): match anywhere."""
    return _has(text, _RTL) or _has(text, _CJK)


# --- the name matcher ------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    replacement: str
    rule: str
    label: str


def _variant_pattern(variant: str) -> str:
    # parts of a name may also stand joined by hyphens, dots or underscores (file names, addresses)
    parts = [re.escape(w) for w in variant.split()]
    return r"[\s\-_.]+".join(parts)


def _lookup_key(text: str) -> str:
    return re.sub(r"[\s\-_.]+", " ", normalise(text)).strip()


class NameMatcher:
    """Finds protected names (whole, or any part alone) with their inflected or possessive forms.

    A part of a protected name is not matched inside an occurrence of an allowed phrase (a name
    shown in full in this profile, a place name): relatives share family names with the applicant.
    A protected full name is matched everywhere.
    """

    def __init__(self, rules: list[tuple[list[str], list[str], str, str]], allowed: Iterable[str]):
        # rules: (full variants, part variants, replacement, label)
        self._lookup: dict[str, tuple[bool, str, str]] = {}
        for fulls, parts, replacement, label in rules:
            for v in parts:
                self._lookup.setdefault(_lookup_key(v), (False, replacement, label))
            for v in fulls:
                self._lookup[_lookup_key(v)] = (True, replacement, label)
        spaced = sorted((v for v in self._lookup if not is_unspaced_script(v)), key=len, reverse=True)
        unspaced = sorted((v for v in self._lookup if is_unspaced_script(v)), key=len, reverse=True)
        alts = []
        if spaced:
            alts.append(r"(?<!\w)(?P<w>" + "|".join(map(_variant_pattern, spaced)) + r")\w*")
        if unspaced:
            alts.append(r"(?P<u>" + "|".join(map(_variant_pattern, unspaced)) + r")\w*")
        self._re = re.compile("|".join(alts), re.IGNORECASE) if alts else None
        allowed = sorted({normalise(a) for a in allowed if a and len(normalise(a)) >= 2}, key=len, reverse=True)
        self._allowed = (re.compile(r"(?<!\w)(?:" + "|".join(map(_variant_pattern, allowed)) + r")",
                                    re.IGNORECASE) if allowed else None)
        self._allowed_glued = (re.compile("|".join(map(_variant_pattern, allowed)), re.IGNORECASE)
                               if allowed else None)

    def __bool__(self) -> bool:
        return self._re is not None

    def hits(self, text: str, glued: bool = False) -> list[Hit]:
        """``glued``: text read back with words of neighbouring cells run together ('CNDina
        Nurdaulet'), where an allowed phrase may follow another word without a space."""
        if self._re is None:
            return []
        pattern = self._allowed_glued if glued else self._allowed
        allowed = [m.span() for m in pattern.finditer(text)] if pattern else []
        out = []
        for m in self._re.finditer(text):
            group = "w" if m.groupdict().get("w") else "u"
            full, replacement, label = self._lookup.get(_lookup_key(m.group(group)), (True, MARKER, "name"))
            # a part of a name that stands inside an allowed phrase ('Aqan' in 'Aqanqyzy') is that phrase
            if not full and any(a <= m.start() and m.end(group) <= b for a, b in allowed):
                continue
            out.append(Hit(m.start(), m.end(), replacement, "name (full)" if full else "name (part)", label))
        return out


# --- identifiers in free text ----------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?<!\d[\s\-.])(?:\+|00)\d[\d\s().\-]{5,}\d(?!\w)")
# Anything with seven or more digits, letters around them allowed: Chinese resident ID numbers
# (17 digits and a check character, often typed in groups), Kazakh IIN (12), passports
# (E12345678, N1234567), A-numbers, phone numbers without a country code. Over-redacts.
_DIGITS = re.compile(r"(?<![\w])[A-Za-z]{0,3}-?\d(?:[\s\-./]?\d){6,}[A-Za-z]?(?!\w)")
_DATE_LIKE = re.compile(r"^(?:\d{4}(?:\s*[\-\u2013/.]\s*\d{1,4}){0,2}|\d{1,2}[./\-]\d{1,2}[./\-]\d{4}"
                        r"|(?:(?:19|20)\d\d[\s,;\-]+)+(?:19|20)\d\d)$")


def _digits_only(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", s)


# Mobile numbers without a country code: Chinese (11 digits, 13x-19x), Kazakh (8 7xx xxx xx xx).
_MOBILE = re.compile(r"^(?:1[3-9]\d{9}|87\d{9})$")


def find_identifiers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of e-mail addresses, phone numbers and ID-like numbers in free text."""
    found: list[tuple[int, int, str]] = []
    for kind, rx in (("email", _EMAIL), ("phone", _PHONE), ("number", _DIGITS)):
        for m in rx.finditer(text):
            value = m.group(0).strip()
            if kind == "number" and _DATE_LIKE.match(value):
                continue
            if kind != "email" and sum(c.isdigit() for c in value) < 7:
                continue
            if kind == "number" and _MOBILE.match(_digits_only(value)):
                kind = "phone"      # written without a country code: removed in court, not cut to four digits
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            found.append((start, start + len(value), kind))
    return found


def mask_last_four(value: str) -> str:
    tail = _digits_only(value)[-4:]
    return MASK + tail


# --- the result ------------------------------------------------------------------------------

@dataclass(frozen=True)
class LogEntry:
    where: str           # 'accounts[0].text', 'persons[2].names', ...
    rule: str            # 'name (full)', 'identifier: phone', 'marked span', ...
    original: str
    replacement: str


@dataclass(frozen=True)
class ForbiddenString:
    text: str            # as in the case data
    kind: str            # 'name', 'identifier', 'marked span'
    label: str           # what it is, without saying it: 'name of Relative 1'
    part: bool = False   # one part of a multi-part name (may stand inside an allowed phrase)


@dataclass
class Forbidden:
    """What a PDF made under a profile must not contain, and the phrases it may contain."""
    strings: list[ForbiddenString] = field(default_factory=list)
    allowed: list[str] = field(default_factory=list)

    def add(self, text: str, kind: str, label: str, part: bool = False) -> None:
        text = text.strip()
        if len(normalise(text)) >= 2 and not any(f.text == text and f.kind == kind for f in self.strings):
            self.strings.append(ForbiddenString(text, kind, label, part))


@dataclass
class Redaction:
    case: Case                       # redacted copy; keys replaced by neutral ones
    profile: str
    pseudonyms: dict[str, str]       # the full map used: persist it
    log: list[LogEntry]
    forbidden: Forbidden
    display: dict[str, str]          # redacted person key -> the name to print
    extra: dict[str, str] = field(default_factory=dict)


# --- applying a profile ----------------------------------------------------------------------

def _name_parts(value: str) -> list[str]:
    if is_unspaced_script(value) and not _has(value, _RTL):
        # Chinese: a transcribed foreign name is split by a middle dot; a Han name is not split
        return [p for p in re.split(r"[·・•\s]+", value) if len(p) >= 2] if re.search(r"[·・•]", value) else []
    return [p for p in re.split(r"[\s\-·]+", value) if len(p) >= 2 and any(c.isalpha() for c in p)]


def _variants(p: Person) -> tuple[list[str], list[str]]:
    fulls, parts = [], []
    for n in p.names:
        for v in {n.value.strip(), unicodedata.normalize("NFKC", n.value).strip()}:
            fulls.append(v)
            translit = anyascii(v).strip()
            if n.script == "Cyrl" and translit and translit.lower() != v.lower():
                fulls.append(translit)   # an unrecorded Latin spelling, over-redacting
        for v in list(fulls):
            parts.extend(_name_parts(v))
    return list(dict.fromkeys(fulls)), [x for x in dict.fromkeys(parts) if x not in fulls]


class _Redactor:
    def __init__(self, case: Case, profile: str, pseudonyms: dict[str, str]):
        self.case, self.profile = case, profile
        self.log: list[LogEntry] = []
        self.forbidden = Forbidden()
        self.label: dict[str, str] = {}          # original key -> printed name
        rules, allowed = [], []
        for p in case.persons:
            how = treatment(p, profile, case)
            if how == "name":
                self.label[p.key] = p.display_name()
                allowed.extend(n.value for n in p.names)
                continue
            shown = pseudonyms[person_ref(p)] if how == "pseudonym" else initials(p)
            self.label[p.key] = shown
            fulls, parts = _variants(p)
            rules.append((fulls, parts, shown, f"name of {shown}"))
            for v in fulls:
                self.forbidden.add(v, "name", f"name of {shown}")
            for v in parts:
                self.forbidden.add(v, "name", f"name of {shown}", part=True)
        # Words of names shown in full are allowed alone too ('Aqanqyzy', the applicant's patronymic,
        # holds her father's name), unless a protected name has the same word (a shared family name).
        protected_parts = {normalise(f.text) for f in self.forbidden.strings}
        for p in case.persons:
            if treatment(p, profile, case) == "name":
                allowed.extend(w for n in p.names for w in _name_parts(n.value) if normalise(w) not in protected_parts)
        for place in _places(case):
            allowed.append(place)
            allowed.extend(x.strip() for x in place.split(","))
        self.forbidden.allowed = [a for a in dict.fromkeys(allowed) if a]
        self.names = NameMatcher(rules, self.forbidden.allowed)
        shown = sorted({r[2] for r in rules}, key=len, reverse=True)
        self.said_twice = (re.compile("(" + "|".join(map(re.escape, shown)) + r")(?:\s*\(\1\)|\s*/\s*\1)(?!\w)")
                           if shown else None)
        self.identifiers = self._known_identifiers()
        # What a caseworker marked in one account must not appear anywhere else either.
        marked = sorted({unicodedata.normalize("NFKC", a.text[r.start:r.end]).strip() for a in case.accounts
                         for r in a.redactions} - {""}, key=len, reverse=True)
        self.marked = (re.compile("|".join(r"(?<!\w)" + _variant_pattern(m) + r"(?!\w)" for m in marked),
                                  re.IGNORECASE) if marked and profile != "internal" else None)

    def _known_identifiers(self) -> list[tuple[re.Pattern, str, str]]:
        out = []
        if self.profile == "internal":
            return out
        for p in self.case.persons:
            for ident in p.identifiers:
                value = ident.value.strip()
                if ident.kind in ("email", "address"):
                    rx = re.compile(_variant_pattern(value), re.IGNORECASE)
                else:
                    chars = _digits_only(value)
                    if len(chars) < 4:
                        continue
                    rx = re.compile(r"(?<![\w])" + r"[\s\-./]?".join(map(re.escape, chars)) + r"(?!\w)", re.IGNORECASE)
                out.append((rx, ident.kind, value))
                self._forbid_identifier(ident)
        return out

    def _forbid_identifier(self, ident: Identifier) -> None:
        label = f"identifier ({ident.kind})"
        if ident.kind == "address":
            parts = [x.strip() for x in ident.value.split(",")]
            self.forbidden.add(ident.value, "identifier", label)
            for street in parts[:-2] if len(parts) > 2 else parts[:1]:
                self.forbidden.add(street, "identifier", label)
        else:
            self.forbidden.add(ident.value, "identifier", label)

    def _identifier_replacement(self, kind: str, value: str) -> str:
        if self.profile == "court" and kind not in ("phone", "email", "address"):
            return mask_last_four(value)
        if self.profile == "court" and kind == "address":
            return _city_country(value)
        return MARKER

    # -- free text --

    def text(self, value: str | None, where: str, *, identifiers: bool = True, spans=()) -> str | None:
        if value is None:
            return None
        pieces: list[tuple[int, int, str, str]] = []     # start, end, replacement, rule
        for r in spans:
            pieces.append((r.start, r.end, None, "marked span"))
        out, pos = [], 0
        for start, end, _, rule in sorted(pieces):
            start = max(start, pos)
            if start >= end:
                continue
            out.append(self._plain(value[pos:start], where, identifiers))
            marked = value[start:end]
            if self.profile == "internal":
                out.append(HIGHLIGHT_START + marked + HIGHLIGHT_END)
            else:
                out.append(MARKER)
                self.log.append(LogEntry(where, rule, marked, MARKER))
                self.forbidden.add(marked, "marked span", f"marked span in {where}")
            pos = end
        out.append(self._plain(value[pos:], where, identifiers))
        return "".join(out)

    def _plain(self, value: str, where: str, identifiers: bool) -> str:
        if not value:
            return value
        value = unicodedata.normalize("NFKC", value)
        hits: list[Hit] = []
        if self.profile != "internal" and identifiers:
            for rx, kind, original in self.identifiers:
                for m in rx.finditer(value):
                    hits.append(Hit(m.start(), m.end(), self._identifier_replacement(kind, original),
                                    f"identifier: {kind}", ""))
            for start, end, kind in find_identifiers(value):
                found = value[start:end]
                hits.append(Hit(start, end, self._identifier_replacement(kind, found), f"identifier in text: {kind}", ""))
                self.forbidden.add(found, "identifier", f"identifier in text ({kind}) in {where}")
        if self.marked:
            hits.extend(Hit(m.start(), m.end(), MARKER, "marked span (elsewhere)", "") for m in self.marked.finditer(value))
        hits.extend(self.names.hits(value))
        if not hits:
            return value
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out, pos = [], 0
        for h in hits:
            if h.start < pos:
                continue
            out.append(value[pos:h.start])
            out.append(h.replacement)
            self.log.append(LogEntry(where, h.rule, value[h.start:h.end], h.replacement))
            pos = h.end
        out.append(value[pos:])
        text = "".join(out)
        # 'Aqan Serikuly (Ақан Серікұлы)' would read 'Relative 1 (Relative 1)': say it once
        return self.said_twice.sub(r"\1", text) if self.said_twice else text


def _places(case: Case) -> list[str]:
    out = []
    for e in case.events:
        if e.place:
            out += [x for x in (e.place.name, e.place.admin, e.place.facility) if x]
    for pr in case.proceedings:
        if pr.forum:
            out.append(pr.forum)
    return out


def _city_country(address: str) -> str:
    parts = [x.strip() for x in address.split(",") if x.strip()]
    return ", ".join(parts[-2:]) if len(parts) >= 2 else MARKER


def redact_case(case: Case, profile: str, pseudonyms: Mapping[str, str] | None = None,
                extra: Mapping[str, str] | None = None) -> Redaction:
    """Apply a profile to a case. Checks nothing about consent (see ``check_consent``).

    ``extra`` are loose strings to redact under the same rules (exhibit descriptions and file
    names), returned in ``Redaction.extra`` under the same keys.
    """
    _check_profile(profile)
    full_map = assign_pseudonyms(case, pseudonyms)
    r = _Redactor(case, profile, full_map)
    out = case.model_copy(deep=True)
    keys = {p.key: f"person-{i + 1}" for i, p in enumerate(case.persons)}
    akeys = {a.key: f"account-{i + 1}" for i, a in enumerate(case.accounts)}
    skeys = {s.key: f"source-{i + 1}" for i, s in enumerate(case.sources)}
    hide = profile != "internal"

    out.title = r.text(case.title, "title")
    out.summary = r.text(case.summary, "summary")
    out.tags = [r.text(t, f"tags[{i}]") for i, t in enumerate(case.tags)]
    out.reference = r.text(case.reference, "reference", identifiers=False)
    for i, (p, q) in enumerate(zip(case.persons, out.persons)):
        where = f"persons[{i}]"
        q.key = keys[p.key]
        q.id = None
        shown = r.label[p.key]
        if treatment(p, profile, case) != "name":
            q.names = [Name(value=shown, script="Latn")]
            r.log.append(LogEntry(f"{where}.names", f"person: {treatment(p, profile, case)}",
                                  " / ".join(n.value for n in p.names), shown))
        if p.relation:
            q.relation.to = keys[p.relation.to]
        if hide and p.birth_date:
            q.birth_date = None
            q.birth_year = PartialDate.parse(p.birth_date).year
            r.log.append(LogEntry(f"{where}.birth_date", "date of birth: year only", p.birth_date, str(q.birth_year)))
        q.identifiers = []
        for j, ident in enumerate(p.identifiers):
            if not hide:
                q.identifiers.append(ident.model_copy())
                continue
            if profile == "court" and ident.kind not in ("phone", "email"):
                value = _city_country(ident.value) if ident.kind == "address" else mask_last_four(ident.value)
                q.identifiers.append(Identifier(kind=ident.kind, value=value))
            else:
                value = "(removed)"
            r.log.append(LogEntry(f"{where}.identifiers[{j}]", f"identifier: {ident.kind}", ident.value, value))
        q.whereabouts = r.text(p.whereabouts, f"{where}.whereabouts")
        if profile == "public" and treatment(p, profile, case) != "name" and q.whereabouts:
            q.whereabouts = q.whereabouts.split(",")[-1].strip()
    for i, (a, b) in enumerate(zip(case.accounts, out.accounts)):
        b.key, b.id = akeys[a.key], None
        b.narrator = keys.get(a.narrator) if a.narrator else None
        b.translation_of = akeys.get(a.translation_of) if a.translation_of else None
        b.text = r.text(a.text, f"accounts[{i}].text", spans=a.redactions)
        b.redactions = []
        b.interviewer = None if profile == "public" else r.text(a.interviewer, f"accounts[{i}].interviewer")
    for i, (e, f) in enumerate(zip(case.events, out.events)):
        f.key, f.id = f"event-{i + 1}", None
        f.victims = [keys[v] for v in e.victims]
        f.accounts = [akeys[k] for k in e.accounts]
        f.sources = [skeys[k] for k in e.sources]
        f.description = r.text(e.description, f"events[{i}].description")
        if e.place:
            for attr in ("name", "admin", "facility"):
                setattr(f.place, attr, r.text(getattr(e.place, attr), f"events[{i}].place.{attr}", identifiers=False))
    for i, (pr, qr) in enumerate(zip(case.proceedings, out.proceedings)):
        qr.forum = r.text(pr.forum, f"proceedings[{i}].forum", identifiers=False)
        qr.notes = r.text(pr.notes, f"proceedings[{i}].notes")
        for j, h in enumerate(qr.hearings):
            h.notes = r.text(h.notes, f"proceedings[{i}].hearings[{j}].notes")
        for j, d in enumerate(qr.deadlines):
            d.description = r.text(d.description, f"proceedings[{i}].deadlines[{j}].description")
    for i, (s, t) in enumerate(zip(case.sources, out.sources)):
        t.key, t.id = skeys[s.key], None
        for attr in ("title", "publisher", "url"):
            # article numbers in addresses are not personal identifiers; names in them are redacted
            setattr(t, attr, r.text(getattr(s, attr), f"sources[{i}].{attr}", identifiers=attr != "url"))
    if out.consent:
        out.consent.notes = ""
    extra_out = {k: r.text(v, k) for k, v in (extra or {}).items()}
    display = {keys[k]: v for k, v in r.label.items()}
    return Redaction(case=out, profile=profile, pseudonyms=full_map, log=r.log, forbidden=r.forbidden,
                     display=display, extra=extra_out)


def forbidden_for(case: Case, profile: str, pseudonyms: Mapping[str, str] | None = None,
                  extra: Mapping[str, str] | None = None) -> Forbidden:
    """What a PDF made from ``case`` under ``profile`` must not contain (for checking any PDF)."""
    return redact_case(case, profile, pseudonyms, extra).forbidden
