"""Dates of known precision: "2018", "2018-05", "2018-11-12". A value is never invented to fill a full date."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Parse an ISO 8601 date of year, month or day precision; ValueError says what is wrong."""
        m = _RE.match(text.strip()) if isinstance(text, str) else None
        if not m:
            raise ValueError("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
        if month is not None and not 1 <= month <= 12:
            raise ValueError("month must be 01 to 12")
        if day is not None:
            try:
                dt.date(year, month, day)
            except ValueError:
                raise ValueError("no such day") from None
        return cls(year, month or None, day or None)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def human(self) -> str:
        """As a reader expects it: '2018', 'May 2018', '12 November 2018'."""
        if self.day:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        return self.iso()


def human(text: str | None) -> str:
    """Human form of an ISO partial date string; '' for none."""
    return PartialDate.parse(text).human() if text else ""


def sort_key(text: str | None) -> str:
    """Chronological sort key for partial dates: less precise dates sort before precise ones of the same period."""
    return text or "9999"
