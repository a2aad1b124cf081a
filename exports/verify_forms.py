"""What a profile promises to remove from a case, read from the table in spec/redaction.md.

Built from the case itself, not from the redactor's output, so that a form the redactor forgets
is still looked for. ``protected_forms`` returns the folded forms to look for and the phrases that
may contain them (names shown in full, places of the case, an address's city and country,
pseudonyms).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from exports.verify_fold import Form, fine, han, name_form
from models.interchange import Case, Person

PROFILES = ("internal", "court", "public")

_MONTHS = {  # English, Russian (nominative and genitive), Kazakh
    1: ("January", "Jan", "январь", "января", "қаңтар"), 2: ("February", "Feb", "февраль", "февраля", "ақпан"),
    3: ("March", "Mar", "март", "марта", "наурыз"), 4: ("April", "Apr", "апрель", "апреля", "сәуір"),
    5: ("May", "май", "мая", "мамыр"), 6: ("June", "Jun", "июнь", "июня", "маусым"),
    7: ("July", "Jul", "июль", "июля", "шілде"), 8: ("August", "Aug", "август", "августа", "тамыз"),
    9: ("September", "Sep", "Sept", "сентябрь", "сентября", "қыркүйек"),
    10: ("October", "Oct", "октябрь", "октября", "қазан"), 11: ("November", "Nov", "ноябрь", "ноября", "қараша"),
    12: ("December", "Dec", "декабрь", "декабря", "желтоқсан"),
}
_NAME_SPLIT = re.compile(r"[\s\-‐‑·・•,.]+")
_EMAIL = re.compile(r"[^\s@<>()\[\]{},;:\"'/]+@[^\s@<>()\[\]{},;:\"'/]+\.[^\s@<>()\[\]{},;:\"'/]+")
_NUMBER = re.compile(r"\d(?:[\s\-./()]{0,2}\d){6,}")


def treatment(p: Person, profile: str, case: Case, anonymity_order: bool) -> str:
    """'name', 'pseudonym' or 'initials', straight from the profile table."""
    if profile == "internal":
        return "name"
    if p.role == "applicant":
        if profile == "court":
            return "initials" if anonymity_order else "name"
        named = bool(case.consent and case.consent.withdrawn_on is None and "publish_named" in case.consent.scopes)
        return "name" if p.public_figure and named and not p.at_risk else "initials"
    if p.at_risk:
        return "pseudonym"
    if profile == "court":
        return "name"
    return "name" if p.public_figure else "pseudonym"


def _who(case: Case, pseudonyms: Mapping[str, str]) -> dict[str, str]:
    """How each person is called in messages: the pseudonym when known, else role and number."""
    out, counts = {}, {}
    for p in case.persons:
        counts[p.role] = counts.get(p.role, 0) + 1
        shown = pseudonyms.get(p.id or "") or pseudonyms.get(p.key)
        if p.role == "applicant":
            out[p.key] = "the applicant"
        else:
            out[p.key] = shown or f"{p.role} {counts[p.role]}"
    return out


def _name_forms(label: str, value: str) -> list[Form]:
    forms = []
    pieces = [value] + [w for w in _NAME_SPLIT.split(value) if w]
    for piece in dict.fromkeys(pieces):
        forms.extend(_text_forms(label, "name", piece))
    return forms


def _text_forms(label: str, kind: str, text: str) -> list[Form]:
    """A text's Chinese characters as one form, and the rest of it as a folded form."""
    forms = []
    h = han(text)
    if len(h) >= 2:
        forms.append(Form(label, kind, h, "han", "any"))
    f = name_form(label, kind, re.sub(r"[\u3400-\u9fff\uf900-\ufaff]", " ", text))
    if f:
        forms.append(f)
    return forms


def _number_key(value: str, keep_last: int) -> str | None:
    """Folded identifier without its last ``keep_last`` characters; the whole when that is short."""
    chars = fine(value)
    head = chars[:-keep_last] if keep_last else chars
    if len(head) >= 5:
        return head
    return chars if len(chars) >= 5 else None


def _date_like(text: str) -> bool:
    groups = re.findall(r"\d+", text)
    if all(len(g) == 4 and g[:2] in ("19", "20") for g in groups):
        return True                       # years: '2017 2018', '2017-2018'
    digits = "".join(groups)
    if len(digits) == 8:
        for d, m, y in ((digits[:2], digits[2:4], digits[4:]), (digits[2:4], digits[:2], digits[4:]),
                        (digits[6:], digits[4:6], digits[:4])):
            if 1 <= int(d) <= 31 and 1 <= int(m) <= 12 and y[:2] in ("19", "20"):
                return True
    return bool(re.fullmatch(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}", text.strip()))


def _free_text_forms(label: str, text: str) -> list[Form]:
    forms = []
    for m in _EMAIL.finditer(text):
        key = fine(m.group(0))
        if len(key) >= 6:
            forms.append(Form(f"e-mail address in {label}", "identifier", key, "fine", "any"))
    for m in _NUMBER.finditer(text):
        if _date_like(m.group(0)):
            continue
        key = _number_key(m.group(0), 4)
        digits = re.sub(r"\D", "", m.group(0))
        phone = text[max(0, m.start() - 1):m.start()] == "+" or digits.startswith("00") or \
            re.fullmatch(r"1[3-9]\d{9}|87\d{9}", digits)
        if key:
            forms.append(Form(f"{'phone number' if phone else 'number'} in {label}", "identifier", key, "fine", "any"))
    return forms


def _dob_forms(label: str, iso: str | None) -> list[Form]:
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", iso or "")
    if not m:
        return []
    if m.group(3) is None:        # known to the month: the month must not stand with the year
        y, mm = m.group(1), m.group(2)
        texts = {f"{y}年{int(mm)}月", f"{y}年{mm}月"}
        for month in _MONTHS[int(mm)]:
            texts |= {f"{month} {y}", f"{y} {month}", f"{y} жылы {month}", f"{y} жылғы {month}"}
        return [Form(label, "date of birth", fine(t), "fine", "start") for t in sorted(texts)]
    y, mm, dd = m.groups()
    m1, d1 = str(int(mm)), str(int(dd))
    keys = set()
    for d in {dd, d1}:
        for mo in {mm, m1}:
            keys |= {d + mo + y, y + mo + d, mo + d + y}
    forms = [Form(label, "date of birth", k, "fine", "word") for k in sorted(keys)]
    texts = {f"{y}年{m1}月{d1}日", f"{y}年{mm}月{dd}日"}
    for month in _MONTHS[int(mm)]:
        for d in {dd, d1}:
            texts |= {f"{d} {month} {y}", f"{month} {d} {y}", f"{y} {d} {month}", f"{y} {month} {d}",
                      f"{y} жылы {d} {month}", f"{y} жылғы {d} {month}", f"{y} ж {d} {month}"}
    forms += [Form(label, "date of birth", fine(t), "fine", "start") for t in sorted(texts)]
    # the day and month alone are the birthday too (the year is printed elsewhere), unless they
    # stand next to another year: '15 March 2018' is another date
    days = {f"{m1}月{d1}日", f"{mm}月{dd}日"}
    for month in _MONTHS[int(mm)]:
        for d in {dd, d1}:
            days |= {f"{d} {month}", f"{month} {d}"}
    forms += [Form(label, "date of birth", fine(t), "fine", "birthday", y) for t in sorted(days)]
    return forms


def _identifier_forms(label: str, kind: str, value: str, profile: str) -> list[Form]:
    what = {"phone": "phone number", "email": "e-mail address", "address": "street address"}.get(kind, kind)
    label = f"identifier: {what.replace('_', ' ')} of {label}"
    if kind == "phone":
        digits = re.sub(r"\D", "", value)
        key = digits[-9:]
        return [Form(label, "identifier", key, "fine", "any")] if len(key) >= 6 else []
    if kind == "email":
        key = fine(value)
        return [Form(label, "identifier", key, "fine", "any")] if len(key) >= 5 else []
    if kind == "address":
        parts = [x.strip() for x in value.split(",") if x.strip()]
        street = parts[:-2] if len(parts) > 2 else parts[:1]
        keys = {fine(" ".join(street))} | {fine(s) for s in street}
        return [Form(label, "identifier", k, "fine", "any") for k in sorted(keys) if len(k) >= 5]
    key = _number_key(value, 4 if profile == "court" else 0)
    return [Form(label, "identifier", key, "fine", "any")] if key else []


def _places(case: Case) -> list[str]:
    import pycountry

    out = []
    for e in case.events:
        p = e.place
        if not p:
            continue
        country = pycountry.countries.get(alpha_2=p.country) if p.country else None
        bits = [b for b in (p.facility, p.name, p.admin,
                            country and (getattr(country, "common_name", None) or country.name), p.country) if b]
        out += [" ".join(bits[i:j]) for i in range(len(bits)) for j in range(i + 1, len(bits) + 1)]
    out += [pr.forum for pr in case.proceedings if pr.forum]
    return out


def text_fields(case: Case, exhibits: Iterable = ()) -> list[tuple[str, str]]:
    """(label, text) of the free text a brief prints, where identifiers may be written."""
    out = [("the title", case.title), ("the summary", case.summary)]
    out += [("a tag", t) for t in case.tags]
    for i, p in enumerate(case.persons):
        out += [(f"person {i + 1}'s whereabouts", p.whereabouts or ""),
                (f"person {i + 1}'s relation", p.relation.kind if p.relation else "")]
    for i, a in enumerate(case.accounts):
        out += [(f"account {i + 1}", a.text), (f"account {i + 1}", a.interviewer or "")]
    for i, e in enumerate(case.events):
        out.append((f"event {i + 1}", e.description))
    for i, pr in enumerate(case.proceedings):
        out.append((f"proceeding {i + 1}", pr.notes))
        out += [(f"proceeding {i + 1}", h.notes) for h in pr.hearings]
        out += [(f"proceeding {i + 1}", d.description) for d in pr.deadlines]
    for i, s in enumerate(case.sources):
        out += [(f"source {i + 1}", x or "") for x in (s.title, s.publisher, s.url)]
    for i, x in enumerate(exhibits):
        out += [(f"exhibit {i + 1}", str(getattr(x, "description", "") or "")),
                (f"exhibit {i + 1}", str(getattr(x, "filename", "") or ""))]
    return [(label, text) for label, text in out if text]


def protected_forms(case: Case, profile: str, *, anonymity_order: bool = False, exhibits: Iterable = (),
                    pseudonyms: Mapping[str, str] | None = None) -> tuple[list[Form], list[str]]:
    """(forms that must not appear, phrases they may stand inside) for ``case`` under ``profile``."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile '{profile}' (one of: {', '.join(PROFILES)})")
    if profile == "internal":
        return [], []
    pseudonyms = dict(pseudonyms or {})
    who = _who(case, pseudonyms)
    forms: list[Form] = []
    allowed: list[str] = list(pseudonyms.values()) + _places(case)
    for p in case.persons:
        if treatment(p, profile, case, anonymity_order) == "name":
            allowed += [n.value for n in p.names] + [w for n in p.names for w in _NAME_SPLIT.split(n.value) if w]
        else:
            for n in p.names:
                forms += _name_forms(f"name of {who[p.key]}", n.value)
        forms += _dob_forms(f"date of birth of {who[p.key]}", p.birth_date)
        for ident in p.identifiers:
            forms += _identifier_forms(who[p.key], ident.kind, ident.value, profile)
            if ident.kind == "address":
                allowed.append(" ".join(ident.value.split(",")[-2:]))
    for i, a in enumerate(case.accounts):
        for j, r in enumerate(a.redactions):
            span, label = a.text[r.start:r.end], f"marked span {j + 1} of account {i + 1}"
            forms.extend(_text_forms(label, "marked span", span))
    for label, text in text_fields(case, exhibits):
        # the case's own reference ('ALM-2018-017') is printed on every page and is not an identifier
        forms += _free_text_forms(label, text.replace(case.reference, " "))
    # one form per key and way of matching: the first label (the most specific) names it
    unique: dict[tuple[str, str, str], Form] = {}
    for f in forms:
        unique.setdefault((f.key, f.stream, f.how), f)
    return list(unique.values()), [a for a in dict.fromkeys(allowed) if a and a.strip()]
