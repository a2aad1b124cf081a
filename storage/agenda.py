"""What is due: hearings and open deadlines across every case, and overdue deadlines.

    with store.read() as s:
        items = due(s, today=date.today(), days=7)     # overdue first, then by date
    write_ics(items, Path("casefile-agenda.ics"))        # references and kinds only

Cases are found through the facets (``storage.cases._facets``: hearing dates, open deadline dates),
so the agenda reads only the documents of cases that have something in the window. Only dates to
the day are on the agenda: a hearing recorded as "2027-03" has no day to put it on.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, or_
from sqlmodel import Session, select

from models import vocab
from models.dates import PartialDate
from models.tables import CaseDocument, CaseFacet, CaseRow
from storage.files import atomic_write

MAX_DAYS = 3660  # ten years ahead is already more than any court's calendar


@dataclass(frozen=True)
class Item:
    case: str        # the case's reference
    date: str        # YYYY-MM-DD
    kind: str        # "hearing" or "deadline"
    what: str        # the proceeding and forum, or the deadline's description (case data: stays local)
    overdue: bool = False
    time: str | None = None
    uid: str = ""    # the record's id, for a calendar; says nothing about the case
    # For the window: the case to open, and a hearing's proceeding (its kind's code) and forum, so
    # that the window can name the proceeding in its own language. Not in the command line's --json.
    case_id: str = ""
    proceeding: str = ""
    forum: str = ""

    def as_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in _WINDOW_ONLY}


_WINDOW_ONLY = ("uid", "case_id", "proceeding", "forum")


def _day(text: str | None) -> dt.date | None:
    try:
        d = PartialDate.parse(text) if text else None
    except ValueError:
        return None
    return dt.date(d.year, d.month, d.day) if d and d.day else None


def _records(session: Session, pks: list[int]):
    """(id, reference, proceedings, events) of these cases, as plain data. SQLite takes the two
    lists out of each stored document, so that accounts and narratives are neither handed to
    Python nor parsed: the agenda of a large store reads thousands of documents (every case with
    an open deadline that is past)."""
    doc = CaseDocument.document
    for i in range(0, len(pks), 500):
        rows = session.execute(
            select(CaseRow.id, CaseRow.reference, func.json_extract(doc, "$.proceedings"),
                   func.json_extract(doc, "$.events"))
            .join(CaseDocument, CaseDocument.case_pk == CaseRow.pk).where(CaseRow.pk.in_(pks[i:i + 500])))
        for case_id, reference, proceedings, events in rows:
            yield case_id, reference, json.loads(proceedings or "[]"), json.loads(events or "[]")


def _items(case_id: str, reference: str, proceedings: list[dict], events: list[dict]) -> list[Item]:
    """The dated hearings and open deadlines of one case (its stored, validated document's lists)."""
    out = []
    for pr in proceedings:
        kind, forum = pr["kind"], pr.get("forum") or ""
        what = vocab.label(vocab.PROCEEDING_KIND, kind) + (f", {forum}" if forum else "")
        for h in pr.get("hearings") or []:
            if (day := _day(h.get("date"))) is not None:
                out.append(Item(reference, day.isoformat(), "hearing", what, time=h.get("time"),
                                uid=h.get("id") or "", case_id=case_id, proceeding=kind, forum=forum))
        for d in pr.get("deadlines") or []:
            if not d.get("done") and (day := _day(d.get("date"))) is not None:
                out.append(Item(reference, day.isoformat(), "deadline", d.get("description") or "",
                                uid=d.get("id") or "", case_id=case_id))
    for e in events:   # a hearing recorded as an event of the chronology
        if e.get("kind") == "hearing" and (day := _day(e.get("start"))) is not None:
            out.append(Item(reference, day.isoformat(), "hearing", e.get("description") or
                            vocab.label(vocab.EVENT_KIND, "hearing"), uid=e.get("id") or "", case_id=case_id))
    return out


def due(session: Session, today: dt.date, days: int = 7, overdue: bool = True) -> list[Item]:
    """Hearings and open deadlines from ``today`` to ``today + days`` (inclusive), and with
    ``overdue`` the open deadlines before today; overdue first, then by date, case and kind."""
    if not 0 <= days <= MAX_DAYS:
        raise ValueError(f"The agenda looks 0 to {MAX_DAYS} days ahead, not {days}.")
    start, end = today.isoformat(), (today + dt.timedelta(days=days)).isoformat()
    # Only dates to the day are on the agenda, and those facet values are ISO dates that sort as
    # text; a partial date ("2027-03") that falls in the range as text is read and left out by _items.
    in_range = (CaseFacet.value >= start) & (CaseFacet.value <= end)
    deadlines = (CaseFacet.kind == "deadline") & ((CaseFacet.value <= end) if overdue else in_range)
    wanted = or_((CaseFacet.kind == "hearing") & in_range, deadlines)
    pks = sorted(set(session.exec(select(CaseFacet.case_pk).where(wanted))))
    items = []
    for record in _records(session, pks):
        for item in _items(*record):
            late = item.kind == "deadline" and item.date < start
            if start <= item.date <= end or (overdue and late):
                items.append(Item(**{**asdict(item), "overdue": late}))
    return sorted(items, key=lambda i: (not i.overdue, i.date, i.time or "", i.case, i.kind))


def ics_text(items: list[Item], stamp: dt.datetime | None = None) -> bytes:
    """An iCalendar file of the items that holds only case references and kinds ("ALM-2018-017:
    hearing"): no names, no forums, no descriptions. A calendar on a phone is synchronised to
    servers that Casefile's encryption does not reach."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Casefile//agenda//EN")
    cal.add("version", "2.0")
    now = stamp or dt.datetime.now(dt.timezone.utc)
    for item in items:
        ev = Event()
        ev.add("uid", f"{item.uid or item.case + '-' + item.date + '-' + item.kind}@casefile")
        ev.add("dtstamp", now)
        ev.add("dtstart", dt.date.fromisoformat(item.date))
        ev.add("summary", f"{item.case}: {item.kind}")
        cal.add_component(ev)
    return cal.to_ical()


def write_ics(items: list[Item], path: Path) -> None:
    atomic_write(Path(path), ics_text(items))
