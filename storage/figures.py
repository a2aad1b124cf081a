"""Figures for reports: counts of cases, persons and events by violation, facility, prefecture, year
or case status. Nothing personal is in them: the keys are vocabulary codes, places and years.

    with store.read() as s:
        rows = figures(s, "violation")      # [Row(key="arbitrary_detention", cases=41, persons=57, events=63), ...]
    write_csv(rows, "violation", Path("figures.csv"))

An event that points to a facility of the registry is counted under that facility's first name,
whatever its place text says; other events under their place text.

What is counted, for a key of an event (violation, facility, prefecture, year): the events that have
it, the cases those events are in, and the people those events name as victims (a person counts
once per case). For a case's status: the cases with it, every person and every event in them.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from models import vocab
from models.tables import CaseDocument
from storage.facilities import all_facilities
from storage.files import atomic_write

BY = ("violation", "facility", "prefecture", "year", "status")
NOT_RECORDED = ""   # the key of events that do not say (no facility, no date...)


@dataclass
class Row:
    key: str
    label: str
    cases: int
    persons: int
    events: int

    def as_dict(self) -> dict:
        return {"key": self.key, "label": self.label, "cases": self.cases, "persons": self.persons,
                "events": self.events}


def _event_keys(event: dict, by: str, registry: dict[str, str]) -> list[str]:
    place = event.get("place") or {}
    if by == "violation":
        return list(dict.fromkeys(event.get("violations") or [])) or [NOT_RECORDED]
    if by == "facility":  # the registry facility the event points to, else the place as written
        return [registry.get(place.get("facility_id") or "") or (place.get("facility") or "").strip()]
    if by == "prefecture":
        return [(place.get("admin") or "").strip()]
    return [(event.get("start") or "")[:4]]   # year


def figures(session: Session, by: str) -> list[Row]:
    """One row per key, most cases first. Facilities and prefectures are grouped without regard to
    case ("Aqsu" and "AQSU"), shown as first written."""
    if by not in BY:
        raise ValueError(f"Figures are counted by {', '.join(BY)}; not by '{by}'.")
    shown: dict[str, str] = {}
    cases: dict[str, set] = {}
    persons: dict[str, set] = {}
    events: dict[str, int] = {}
    registry = {f.id: f.display_name() for f in all_facilities(session)} if by == "facility" else {}
    for (document,) in session.execute(select(CaseDocument.document)):
        case = json.loads(document)
        ref = case["reference"]
        if by == "status":
            key = case.get("status") or NOT_RECORDED
            shown.setdefault(key, key)
            cases.setdefault(key, set()).add(ref)
            persons.setdefault(key, set()).update((ref, p["key"]) for p in case.get("persons", []))
            events[key] = events.get(key, 0) + len(case.get("events", []))
            continue
        for event in case.get("events", []):
            for written in _event_keys(event, by, registry):
                key = written.casefold()
                shown.setdefault(key, written)
                cases.setdefault(key, set()).add(ref)
                persons.setdefault(key, set()).update((ref, v) for v in event.get("victims", []))
                events[key] = events.get(key, 0) + 1
    labels = {"violation": vocab.VIOLATION, "status": vocab.CASE_STATUS}
    rows = [Row(shown[k], vocab.label(labels[by], shown[k]) if by in labels and k else shown[k],
                len(cases[k]), len(persons[k]), events[k]) for k in cases]
    # The events that do not say come last, whatever their count.
    return sorted(rows, key=lambda r: (r.key == NOT_RECORDED, -r.cases, -r.events, r.key))


def csv_text(rows: list[Row], by: str) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([by, "label", "cases", "persons", "events"])
    for r in rows:
        w.writerow([r.key or "(not recorded)", r.label or "(not recorded)", r.cases, r.persons, r.events])
    return out.getvalue().encode("utf-8")


def write_csv(rows: list[Row], by: str, path: Path) -> None:
    atomic_write(Path(path), csv_text(rows, by))
