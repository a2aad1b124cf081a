"""Places: the street part of an address, and protected names that are also places of the case.

A court brief keeps the city and country of an address and removes the rest (``14 Abai Avenue,
Almaty, Kazakhstan`` -> ``Almaty, Kazakhstan``). The parts removed are the ones that name a
street or a house: a part with a digit or a street word. With no such clue, everything but the
last two parts (three or more parts) or the last part (two parts) is the street.
"""
from __future__ import annotations

import re

from models.interchange import Case

MARKER = "[REDACTED]"

_STREET = re.compile(
    r"\d|\b(?:street|st|str|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|square|sq|apartment|apt|"
    r"flat|house|building|bldg|floor|room|block|mahalla|mikrorayon|microdistrict|"
    r"улица|ул|проспект|пр|пр-т|переулок|пер|дом|д|кв|квартира|мкр|микрорайон|"
    r"көшесі|көше|даңғылы|даңғ|үй|пәтер|"
    r"sokak|sokağı|caddesi|cad|mahallesi|mah|no|kocha|kochisi)\b|[路街巷号號楼樓室]",
    re.IGNORECASE)


def split_address(address: str) -> tuple[list[str], list[str]]:
    """(street parts, city-and-country parts) of an address written with commas."""
    parts = [x.strip() for x in address.split(",") if x.strip()]
    if len(parts) <= 1:
        return parts, []
    marked = [bool(_STREET.search(p)) for p in parts]
    if any(marked):
        last_street = max(i for i, m in enumerate(marked) if m)
        street, rest = parts[:last_street + 1], parts[last_street + 1:]
        return street, rest[-2:] if rest else []
    keep = 2 if len(parts) >= 3 else 1
    return parts[:-keep], parts[-keep:]


def city_country(address: str) -> str:
    """What a court brief shows of an address: city and country, or the marker."""
    _, rest = split_address(address)
    return ", ".join(rest) if rest else MARKER


def place_phrases(case: Case) -> list[str]:
    """The case's place names as recorded: event places (name, region, facility) and forums."""
    out = []
    for e in case.events:
        if e.place:
            out += [x for x in (e.place.name, e.place.admin, e.place.facility) if x]
    for pr in case.proceedings:
        if pr.forum:
            out.append(pr.forum)
    return out


def name_places(places: list[str], protected: list[str], fold) -> tuple[list[str], set[str]]:
    """(place phrases allowed as written, words that are both a protected name and a place).

    A place phrase keeps a protected name that stands in it ('Altay' in 'Altay Prefecture'; the
    place field 'Altay' itself), but not a protected name of two words or more: a facility
    'Aqan Serikuly's farm' names the person, so it is redacted like any text. Whether a one-word
    place keeps a name in running text is the name matcher's rule (it does not).
    """
    def words(text: str) -> list[str]:
        return [fold(w) for w in re.findall(r"[^\W\d_]+", text)]

    fulls = [w for w in map(words, protected) if len(w) >= 2]
    single = {w for p in protected for w in words(p)}
    allowed, both = [], set()
    for place in places:
        for phrase in dict.fromkeys([place, *[x.strip() for x in place.split(",")]]):
            ws = words(phrase)
            if not ws:
                continue
            both.update(w for w in ws if w in single)
            if any(_contains(ws, f) and len(ws) > len(f) for f in fulls):
                continue
            allowed.append(phrase)
    return allowed, both


def _contains(seq: list[str], sub: list[str]) -> bool:
    return any(seq[i:i + len(sub)] == sub for i in range(len(seq) - len(sub) + 1))
