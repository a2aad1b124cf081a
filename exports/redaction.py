"""Redaction profiles (shared/spec/redaction.md), applied to the case data before any layout.

``redact_case(case, profile, pseudonyms)`` returns a ``Redaction``: a redacted copy of the case
(the only thing a brief is laid out from), the pseudonym map it used (to be persisted by the
store), a log of what was replaced where by which rule, and the ``Forbidden`` strings that the
verification then searches the finished PDF for. Pure: no Qt, no storage, no files.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from anyascii import anyascii

from exports.name_match import Hit, NameMatcher, name_words
from exports.redaction_dates import BirthDate, birth_date, written_forms
from exports.redaction_dates import find as find_dates
from exports.redaction_dates import year_phrase
from exports.redaction_fields import DROP, walk
from exports.redaction_marked import MarkedSpans
from exports.redaction_places import (
    city_country,
    name_places,
    place_phrases,
    split_address,
)
from exports.wording import wording
from models.dates import PartialDate
from models.briefs import PROFILES
from models.interchange import Case, Identifier, Person
from models.names import spellings

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


def treatment(p: Person, profile: str, case: Case, anonymity_order: bool = False) -> str:
    """'name', 'pseudonym' or 'initials': how this person is named under the profile.

    Under an anonymity order the applicant appears in a court brief as in a public one.
    """
    if profile == "internal":
        return "name"
    if profile == "court":
        if p.role == "applicant":
            return "initials" if anonymity_order else "name"
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


# --- the name matcher (exports/name_match.py, on models/names.py) ------------------------------

def _variant_pattern(variant: str) -> str:
    # parts of a phrase may also stand joined by hyphens, dots or underscores (file names, addresses)
    parts = [re.escape(w) for w in variant.split()]
    return r"[\s\-_.]+".join(parts)


# --- identifiers in free text ----------------------------------------------------------------

# Latin and Cyrillic local parts: Chinese written right before an address is not part of it.
_EMAIL = re.compile(r"[A-Za-z0-9\u00c0-\u024f\u0400-\u04ff._%+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# Numbers end at Latin letters and digits only: Chinese and Cyrillic are written right against them.
_PHONE = re.compile(r"(?<![A-Za-z0-9+])(?<!\d[\s\-.])(?:\+|00)\d[\d\s().\-]{5,}\d(?![A-Za-z0-9])")
# Anything with seven or more digits, letters around them allowed: Chinese resident ID numbers
# (17 digits and a check character, often typed in groups), Kazakh IIN (12), passports
# (E12345678, N1234567), A-numbers, phone numbers without a country code. Over-redacts.
_DIGITS = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{0,3}-?\d(?:[\s\-./]?\d){6,}[A-Za-z]?(?![A-Za-z0-9])")
_DATE_LIKE = re.compile(r"^(?:\d{4}(?:\s*[\-\u2013/.]\s*\d{1,4}){0,2}|\d{1,2}[./\-]\d{1,2}[./\-]\d{4}"
                        r"|(?:(?:19|20)\d\d[\s,;\-]+)+(?:19|20)\d\d)$")


# A run of digits (letters around them allowed) that may be a piece of a recorded identifier: a number
# cut short ('My passport E62931' in a truncated note) gives away as much as the whole.
_NUMBER_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{0,3}-?\d(?:[\s\-./]?\d)*[A-Za-z]?(?![A-Za-z0-9])")
PART_MIN = 5        # characters of a recorded identifier that make a piece of it


def _digits_only(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", unicodedata.normalize("NFKC", s))


# Mobile numbers without a country code: Chinese (11 digits, 13x-19x), Kazakh (8 7xx xxx xx xx).
_MOBILE = re.compile(r"^(?:1[3-9]\d{9}|87\d{9})$")


def _compact_date(value: str) -> bool:
    """A date written as eight digits, as cameras and scanners name files: 20170412 (IMG_20170412_1.jpg)."""
    m = re.fullmatch(r"((?:19|20)\d\d)(\d\d)(\d\d)", value)
    return bool(m) and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31


def find_identifiers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of e-mail addresses, phone numbers and ID-like numbers in free text."""
    found: list[tuple[int, int, str]] = []
    for kind, rx in (("email", _EMAIL), ("phone", _PHONE), ("number", _DIGITS)):
        for m in rx.finditer(text):
            value = m.group(0).strip()
            if kind == "number" and (_DATE_LIKE.match(value) or _compact_date(value)):
                continue
            if kind != "email" and sum(c.isdigit() for c in value) < 7:
                continue
            # a mobile written without a country code: removed in court, not cut to four digits
            what = "phone" if kind == "number" and _MOBILE.match(_digits_only(value)) else kind
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            found.append((start, start + len(value), what))
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
    return name_words(value)


def _variants(p: Person) -> tuple[list[str], list[str]]:
    """Every spelling of a person's names (models.names.spellings: the script is read from the
    letters, not from the recorded label) and the words of each."""
    fulls, parts = [], []
    for n in p.names:
        fulls.extend(sorted(spellings(n.value)))
    for v in fulls:
        parts.extend(_name_parts(v))
    return list(dict.fromkeys(fulls)), [x for x in dict.fromkeys(parts) if x not in fulls]


# What stands right before a numeric account id in an address: vk.com/id4188, ?id=1000..., /user/123.
_PROFILE_ID = re.compile(r"(?:\bid=?|[/=](?:user|profile|u)[/=]?)$", re.IGNORECASE)


class _Redactor:
    def __init__(self, case: Case, profile: str, pseudonyms: dict[str, str], anonymity_order: bool = False,
                 rules: frozenset[str] = frozenset(), language: str = "en"):
        self.case, self.profile, self.rules = case, profile, rules
        self.log: list[LogEntry] = []
        self.forbidden = Forbidden()
        self.label: dict[str, str] = {}          # original key -> printed name
        rules, allowed = [], []
        for p in case.persons:
            how = treatment(p, profile, case, anonymity_order)
            if how == "name":
                self.label[p.key] = p.display_name()
                allowed.extend(n.value for n in p.names)
                continue
            # the stored pseudonym is English ('Relative 1'); a Russian brief prints 'Родственник 1'
            shown = wording(language).pseudonym(pseudonyms[person_ref(p)]) if how == "pseudonym" else initials(p)
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
            if treatment(p, profile, case, anonymity_order) == "name":
                allowed.extend(w for n in p.names for w in _name_parts(n.value) if normalise(w) not in protected_parts)
        # Places of the case keep a protected name that stands in them ('Altay Prefecture').
        protected = [f.text for f in self.forbidden.strings if f.kind == "name"]
        places, self.place_names = name_places(place_phrases(case), protected, normalise)
        allowed.extend(places)
        self.forbidden.allowed = [a for a in dict.fromkeys(allowed) if a]
        self.names = NameMatcher(rules if "names" in self.rules else [], self.forbidden.allowed)
        shown = sorted({r[2] for r in rules}, key=len, reverse=True)
        alts = "(" + "|".join(map(re.escape, shown)) + ")"
        # 'X (X)', 'X / X' -> 'X'; 'X (X in her school records' -> 'X (in her school records'. A list
        # that names one person twice ('Qaisha, Qaisha') says so twice.
        again = r"\1(?:\s*[,;/]\s*\1)*(?![\w'’])"      # 'X', 'X, X', 'X; X'
        self.said_twice = (re.compile(alts + r"(?:\s*\(" + again + r"\)|\s*/\s*\1(?![\w'’]))") if shown else None)
        self.said_inside = (re.compile(alts + r"(\s*[(\[]\s*)" + again + r"(?:\s*[,;])?\s*") if shown else None)
        self.identifiers = self._known_identifiers()
        self.identifier_chars = [(_digits_only(i.value).upper(), i.kind) for p in case.persons for i in p.identifiers
                                 if profile != "internal" and i.kind not in ("email", "address")
                                 and self.on(IDENTIFIER_RULE.get(i.kind, "identifiers"))]
        # What a caseworker marked in one account must not appear anywhere else either.
        marked = sorted({unicodedata.normalize("NFKC", a.text[r.start:r.end]).strip() for a in case.accounts
                         for r in a.redactions} - {""}, key=len, reverse=True)
        self.marked = (MarkedSpans(marked) if marked and profile != "internal" and "marked_spans" in self.rules
                       else None)
        for i, a in enumerate(case.accounts if profile != "internal" else ()):
            for r in a.redactions:
                self.forbidden.add(a.text[r.start:r.end], "marked span", f"a marked span in {describe(f'accounts[{i}]', self)}")
        self.births = self._births() if profile != "internal" else []
        self.reference = (re.compile(re.escape(normalise(case.reference)).replace(r"\ ", r"\s+"), re.IGNORECASE)
                          if case.reference and case.reference.strip() else None)

    def on(self, rule: str) -> bool:
        return rule in self.rules

    def _births(self) -> list[tuple[BirthDate, str]]:
        out = []
        for p in self.case.persons:
            bd = birth_date(p.birth_date)
            if bd is None or bd.month is None:
                continue
            label = f"date of birth of {self.label[p.key]}"
            for form in written_forms(bd):
                self.forbidden.add(form, "date of birth", label)
            if self.on("dates_of_birth"):
                out.append((bd, label))
        return out

    def _known_identifiers(self) -> list[tuple[re.Pattern, str, str]]:
        out = []
        if self.profile == "internal":
            return out
        for p in self.case.persons:
            for ident in p.identifiers:
                value = ident.value.strip()
                self._forbid_identifier(ident, p)
                if not self.on(IDENTIFIER_RULE.get(ident.kind, "identifiers")):
                    continue
                if ident.kind in ("email", "address"):
                    rx = re.compile(_variant_pattern(value), re.IGNORECASE)
                else:
                    chars = _digits_only(value)
                    if len(chars) < 4:
                        continue
                    rx = re.compile(r"(?<![\w])" + r"[\s\-./]?".join(map(re.escape, chars)) + r"(?!\w)", re.IGNORECASE)
                out.append((rx, ident.kind, value))
        return out

    def _forbid_identifier(self, ident: Identifier, p: Person) -> None:
        label = f"{IDENTIFIER_WORDS.get(ident.kind, ident.kind)} of {self.label[p.key]}"
        if ident.kind == "address":
            self.forbidden.add(ident.value, "identifier", label)
            for street in split_address(ident.value)[0]:
                self.forbidden.add(street, "identifier", label)
        else:
            self.forbidden.add(ident.value, "identifier", label)

    def _identifier_replacement(self, kind: str, value: str) -> str:
        if self.profile == "court" and kind not in ("phone", "email", "address"):
            return mask_last_four(value)
        if self.profile == "court" and kind == "address":
            return city_country(value)
        return MARKER

    # -- free text --

    def text(self, value: str | None, where: str, *, identifiers: bool = True, spans=(), mode: str = "text") -> str | None:
        """``mode``: 'text', 'place' (a place field keeps a protected name that is a place of the
        case), 'url' (numbers shorter than a phone number are article numbers, not identifiers) or
        'identifiers' (a name shown in full: only identifiers, phones and e-mails are looked for)."""
        if value is None:
            return None
        pieces: list[tuple[int, int, str, str]] = []     # start, end, replacement, rule
        for r in spans if self.on("marked_spans") or self.profile == "internal" else ():
            pieces.append((r.start, r.end, None, "marked span"))
        out, pos = [], 0
        for start, end, _, rule in sorted(pieces):
            start = max(start, pos)
            if start >= end:
                continue
            out.append(self._plain(value[pos:start], where, identifiers, mode))
            marked = value[start:end]
            if self.profile == "internal":
                out.append(HIGHLIGHT_START + marked + HIGHLIGHT_END)
            else:
                out.append(MARKER)
                self.log.append(LogEntry(where, rule, marked, MARKER))
                self.forbidden.add(marked, "marked span", f"a marked span in {describe(where, self)}")
            pos = end
        out.append(self._plain(value[pos:], where, identifiers, mode))
        return "".join(out)

    def _identifier_hits(self, value: str, where: str, mode: str) -> list[Hit]:
        hits: list[Hit] = []
        for rx, kind, original in self.identifiers:
            for m in rx.finditer(value):
                hits.append(Hit(m.start(), m.end(), self._identifier_replacement(kind, original),
                                f"identifier: {kind}", ""))
        if self.identifier_chars:
            for m in _NUMBER_RUN.finditer(value):
                chars = _digits_only(m.group(0)).upper()
                whole, kind = next(((c, k) for c, k in self.identifier_chars if len(chars) >= PART_MIN and chars in c),
                                   ("", None))
                if kind and chars == whole:     # the whole number, where a letter is glued before it
                    hits.append(Hit(m.start(), m.end(), self._identifier_replacement(kind, m.group(0)),
                                    f"identifier: {kind}", ""))
                elif kind:                      # a piece of a recorded number: nothing of it is shown
                    hits.append(Hit(m.start(), m.end(), MARKER, f"identifier: {kind} (part)", ""))
        own = [m.span() for m in self.reference.finditer(value)] if self.reference else []
        for start, end, kind in find_identifiers(value):
            found = value[start:end]
            if not self.on({"email": "emails", "phone": "phones"}.get(kind, "numbers")):
                continue
            if any(a <= start and end <= b for a, b in own):
                continue            # the case's own reference is printed on every page (issue 14)
            if (mode == "url" and kind == "number" and sum(c.isdigit() for c in found) < 10
                    and not _PROFILE_ID.search(value[:start] + re.match(r"\D*", found).group(0))):
                continue            # an article number or date in an address; profile ids (vk.com/id418830071) are not
            if kind == "number" and (_MOBILE_CC.match(_digits_only(found)) or _PHONE_LINK.search(value[:start])):
                kind = "phone"      # a mobile number with its country code but no '+' (wa.me/8613...)
            hits.append(Hit(start, end, self._identifier_replacement(kind, found), f"identifier in text: {kind}", ""))
            self.forbidden.add(found, "identifier", f"{IDENTIFIER_WORDS.get(kind, kind)} in {describe(where, self)}")
        return hits

    def _plain(self, value: str, where: str, identifiers: bool, mode: str = "text") -> str:
        if not value:
            return value
        # Search a compatibility-folded copy (full-width digits, Arabic presentation forms), but
        # print what is kept as it was written (Chinese punctuation stays full-width).
        original = unicodedata.normalize("NFC", value)
        value, index = _folded(original)
        hits: list[Hit] = []
        if self.profile != "internal" and identifiers:
            hits.extend(self._identifier_hits(value, where, mode))
        if mode == "identifiers":
            return self._apply(original, index, hits, where)
        for bd, label in self.births:
            for start, end, how in find_dates(value, bd):
                if how == "full":
                    start, shown = year_phrase(value, start, end, bd.year)
                    hits.append(Hit(start, end, shown, "date of birth: year only", label))
                else:
                    hits.append(Hit(start, end, MARKER, "date of birth: day and month", label))
        if self.marked:
            hits.extend(Hit(a, b, MARKER, "marked span (elsewhere)", "") for a, b in self.marked.find(value))
        for h in self.names.hits(value):
            stem = normalise(value[h.start:h.end])
            if h.rule == "name (part)" and any(stem.startswith(w) for w in self.place_names):
                if mode == "place":
                    continue        # the case's own place field keeps its name
                h = Hit(h.start, h.end, h.replacement, "name that is also a place", h.label)
            hits.append(h)
        return self._apply(original, index, hits, where)

    def _apply(self, original: str, index: list[int] | None, hits: list[Hit], where: str) -> str:
        if not hits:
            return original
        if index is not None:        # back to offsets in the text as written
            hits = [Hit(index[h.start], index[h.end - 1] + 1, h.replacement, h.rule, h.label)
                    for h in hits if h.end > h.start]
        value = original
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out, pos, last = [], 0, None
        for h in hits:
            if h.start < pos:
                continue
            gap = value[pos:h.start]
            if last is not None and last.replacement == h.replacement and _JOINER.fullmatch(gap):
                # 'Aqan Serikuly' matched as two parts reads 'Relative 1', not 'Relative 1 Relative 1'
                self.log[-1] = LogEntry(where, last.rule, self.log[-1].original + gap + value[h.start:h.end],
                                        h.replacement)
            else:
                out.append(gap)
                out.append(h.replacement)
                self.log.append(LogEntry(where, h.rule, value[h.start:h.end], h.replacement))
            pos, last = h.end, h
        out.append(value[pos:])
        text = "".join(out)
        # 'Aqan Serikuly (Ақан Серікұлы)' would read 'Relative 1 (Relative 1)': say it once
        if self.said_twice is None:
            return text
        return self.said_inside.sub(r"\1\2", self.said_twice.sub(r"\1", text))


_JOINER = re.compile(r"[\s\-_.·]*")


def _folded(text: str) -> tuple[str, list[int] | None]:
    """The NFKC form of ``text`` and, for each of its characters, the index of the character of
    ``text`` it came from (None when nothing changes)."""
    folded = unicodedata.normalize("NFKC", text)
    if folded == text:
        return text, None
    chars, index = [], []
    for i, c in enumerate(text):
        n = unicodedata.normalize("NFKC", c)
        chars.append(n)
        index.extend([i] * len(n))
    return "".join(chars), index
# Chinese (86 1xx) and Kazakh (7 7xx) mobiles written with the country code and no '+', and
# numbers in messenger and telephone links.
_MOBILE_CC = re.compile(r"^(?:861[3-9]\d{9}|77\d{9})$")
_PHONE_LINK = re.compile(r"(?:wa\.me/|tel:|whatsapp\S*[=/]|viber\S*[=/]|t\.me/\+?|phone=)\+?$", re.IGNORECASE)

# Which rule switch covers an identifier of each kind, and how a message names it.
IDENTIFIER_RULE = {"phone": "phones", "email": "emails", "address": "addresses"}
IDENTIFIER_WORDS = {"passport": "the passport number", "national_id": "the national ID number",
                    "a_number": "the A-number", "phone": "a phone number", "email": "an e-mail address",
                    "address": "the address", "other": "an identifier", "number": "an ID-like number"}

# The rules a test may switch off one at a time (tests/test_verifier_independence.py).
RULE_NAMES = frozenset({"names", "identifiers", "phones", "emails", "addresses", "numbers", "dates_of_birth",
                        "marked_spans"})
DISABLED_RULES: frozenset[str] = frozenset()     # for tests only: never set in the application


def describe(where: str, r: _Redactor) -> str:
    """'accounts[0].text' -> 'the account of Witness A': where an item stands, in the case's words."""
    m = re.match(r"(\w+)(?:\[(\d+)\])?", where)
    head, i = m.group(1), int(m.group(2)) if m.group(2) else None
    case = r.case
    if head == "accounts" and i is not None and i < len(case.accounts):
        who = case.accounts[i].narrator
        return f"the account of {r.label.get(who, 'an unnamed narrator')}" if who else f"account {i + 1}"
    if head == "persons" and i is not None and i < len(case.persons):
        return f"the entry of {r.label[case.persons[i].key]}"
    if head == "exhibits" and i is not None:
        return f"the {'file name' if where.endswith('filename') else 'description'} of exhibit {i + 1}"
    words = {"events": "event", "sources": "source S", "proceedings": "proceeding"}
    if head in words and i is not None:
        return f"{words[head]}{'' if head == 'sources' else ' '}{i + 1}"
    return {"title": "the title", "summary": "the summary", "tags": "a tag", "reference": "the reference"}.get(
        head, head)


def redact_case(case: Case, profile: str, pseudonyms: Mapping[str, str] | None = None,
                extra: Mapping[str, str] | None = None, *, anonymity_order: bool = False,
                rules: frozenset[str] | None = None, language: str = "en") -> Redaction:
    """Apply a profile to a case. Checks nothing about consent (see ``check_consent``).

    ``extra`` are loose strings to redact under the same rules (exhibit descriptions and file
    names), returned in ``Redaction.extra`` under the same keys. ``anonymity_order``: the applicant
    appears in a court brief as in a public one. ``rules``: the rules applied (default: all of
    ``RULE_NAMES`` but ``DISABLED_RULES``; tests switch one off to prove the verifier catches it).
    ``language``: of the brief, for the pseudonyms printed ('Свидетель A'); the map returned stays English.
    Every field is redacted by its rule in ``exports.redaction_fields.FIELD_RULES``.
    """
    _check_profile(profile)
    rules = (RULE_NAMES - DISABLED_RULES) if rules is None else frozenset(rules)
    full_map = assign_pseudonyms(case, pseudonyms)
    r = _Redactor(case, profile, full_map, anonymity_order, rules, language)
    out = case.model_copy(deep=True)
    handlers = _handlers(case, profile, r, anonymity_order)
    walk(case, out, "", handlers)
    for b in out.accounts:
        b.redactions = []            # the spans are applied; their offsets mean nothing in the new text
    extra_out = {k: r.text(v, k) for k, v in (extra or {}).items()}
    # what the layout prints for each person: a name shown in full as redacted (no phone typed into it)
    display = {q.key: q.display_name() if treatment(p, profile, case, anonymity_order) == "name" else r.label[p.key]
               for p, q in zip(case.persons, out.persons)}
    return Redaction(case=out, profile=profile, pseudonyms=full_map, log=r.log, forbidden=r.forbidden,
                     display=display, extra=extra_out)


def _handlers(case: Case, profile: str, r: _Redactor, anonymity_order: bool) -> dict:
    """What each rule of FIELD_RULES does to a field under ``profile`` (see RULES there)."""
    hide = profile != "internal"
    keys = {"Person": {p.key: f"person-{i + 1}" for i, p in enumerate(case.persons)},
            "Account": {a.key: f"account-{i + 1}" for i, a in enumerate(case.accounts)},
            "Event": {e.key: f"event-{i + 1}" for i, e in enumerate(case.events)},
            "Source": {s.key: f"source-{i + 1}" for i, s in enumerate(case.sources)},
            "Proceeding": {p.key: f"proceeding-{i + 1}" for i, p in enumerate(case.proceedings) if p.key}}
    refers = {("Account", "narrator"): "Person", ("Account", "translation_of"): "Account",
              ("Relation", "to"): "Person", ("Event", "victims"): "Person", ("Event", "accounts"): "Account",
              ("Event", "sources"): "Source"}
    owner = {id(x): p for p in case.persons for x in (*p.names, *p.identifiers)}

    def each(fn):
        def apply(value, where, rec, out):
            if isinstance(value, list):
                return [fn(v, f"{where}[{i}]", rec, out) for i, v in enumerate(value)]
            return fn(value, where, rec, out)
        return apply

    def ref(value, where, rec, out):
        table = keys[refers[type(rec).__name__, where.rsplit(".", 1)[1].split("[")[0]]]
        return [table.get(v, v) for v in value] if isinstance(value, list) else table.get(value)

    def name(value, where, rec, out):
        p = owner[id(rec)]
        how = treatment(p, profile, case, anonymity_order)
        if how == "name" or not r.on("names"):
            return r.text(value, where, mode="identifiers")
        if rec is not p.names[0]:
            return DROP
        out.script = "Latn"
        r.log.append(LogEntry(where.rsplit("[", 1)[0], f"person: {how}", " / ".join(n.value for n in p.names),
                              r.label[p.key]))
        return r.label[p.key]

    def identifier(value, where, rec, out):
        if not hide or not r.on(IDENTIFIER_RULE.get(rec.kind, "identifiers")):
            return value
        shown = DROP
        if profile == "court" and rec.kind not in ("phone", "email"):
            shown = city_country(value) if rec.kind == "address" else mask_last_four(value)
        r.log.append(LogEntry(where.rsplit(".", 1)[0], f"identifier: {rec.kind}", value,
                              "(removed)" if shown is DROP else shown))
        return shown

    def date_of_birth(value, where, rec, out):
        if not hide or not r.on("dates_of_birth"):
            return value
        out.birth_year = PartialDate.parse(value).year
        r.log.append(LogEntry(where, "date of birth: year only", value, str(out.birth_year)))
        return None

    def whereabouts(value, where, rec, out):
        text = r.text(value, where)
        if profile == "public" and treatment(rec, profile, case, anonymity_order) != "name" and text:
            return text.split(",")[-1].strip()
        return text

    def account_text(value, where, rec, out):
        return r.text(value, where, spans=rec.redactions)

    same = lambda value, where, rec, out: value
    return {
        "free_text": each(lambda v, w, rec, out: r.text(v, w)),
        "account_text": account_text,
        "url": each(lambda v, w, rec, out: r.text(v, w, mode="url")),
        "place": each(lambda v, w, rec, out: r.text(v, w, mode="place")),
        "reference": each(lambda v, w, rec, out: r.text(v, w, identifiers=False)),
        "name": name, "identifier": identifier, "date_of_birth": date_of_birth, "whereabouts": whereabouts,
        "interviewer": lambda v, w, rec, out: None if profile == "public" else r.text(v, w),
        "drop": lambda v, w, rec, out: "",
        "code": same, "date": same,
        "key": lambda v, w, rec, out: keys[type(rec).__name__].get(v, v) if v else v,
        "ref": ref,
        "id": lambda v, w, rec, out: None,
    }


def forbidden_for(case: Case, profile: str, pseudonyms: Mapping[str, str] | None = None,
                  extra: Mapping[str, str] | None = None, *, anonymity_order: bool = False) -> Forbidden:
    """What a PDF made from ``case`` under ``profile`` must not contain (for checking any PDF)."""
    return redact_case(case, profile, pseudonyms, extra, anonymity_order=anonymity_order,
                       rules=RULE_NAMES).forbidden
