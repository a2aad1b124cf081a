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
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import or_
from sqlmodel import Session, select

from models import vocab
from models.dates import PartialDate
from models.interchange import Case
from models.tables import CaseFacet
from storage.cases import get_cases_by_pk
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


def _items(case: Case) -> list[Item]:
    out = []
    case_id = str(case.id or "")
    for pr in case.proceedings:
        what = vocab.label(vocab.PROCEEDING_KIND, pr.kind) + (f", {pr.forum}" if pr.forum else "")
        for h in pr.hearings:
            if (day := _day(h.date)) is not None:
                out.append(Item(case.reference, day.isoformat(), "hearing", what, time=h.time, uid=h.id or "",
                                case_id=case_id, proceeding=pr.kind, forum=pr.forum or ""))
        for d in pr.deadlines:
            if not d.done and (day := _day(d.date)) is not None:
                out.append(Item(case.reference, day.isoformat(), "deadline", d.description, uid=d.id or "",
                                case_id=case_id))
    for e in case.events:   # a hearing recorded as an event of the chronology
        if e.kind == "hearing" and (day := _day(e.start)) is not None:
            out.append(Item(case.reference, day.isoformat(), "hearing", e.description or
                            vocab.label(vocab.EVENT_KIND, "hearing"), uid=e.id or "", case_id=case_id))
    return out


def due(session: Session, today: dt.date, days: int = 7, overdue: bool = True) -> list[Item]:
    """Hearings and open deadlines from ``today`` to ``today + days`` (inclusive), and with
    ``overdue`` the open deadlines before today; overdue first, then by date, case and kind."""
    if not 0 <= days <= MAX_DAYS:
        raise ValueError(f"The agenda looks 0 to {MAX_DAYS} days ahead, not {days}.")
    start, end = today.isoformat(), (today + dt.timedelta(days=days)).isoformat()
    # A facet value may be a partial date ("2027-03"), which sorts before its days: the filter is
    # wide enough and _items decides precisely.
    deadlines = (CaseFacet.kind == "deadline") & (CaseFacet.value <= end)
    if not overdue:
        deadlines = deadlines & (CaseFacet.value >= start[:4])
    wanted = or_((CaseFacet.kind == "hearing") & (CaseFacet.value >= start[:4]) & (CaseFacet.value <= end),
                 deadlines)
    pks = sorted(set(session.exec(select(CaseFacet.case_pk).where(wanted))))
    items = []
    for case in get_cases_by_pk(session, pks):
        for item in _items(case):
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
