"""An evidence file's record, in the one shape every layer uses, and how file sizes are written.

The store's ``Evidence`` table, the exhibit index of a brief, a bundle's manifest part and the
window all read and write an ``EvidenceRecord``: the same names for the same facts, so a detail
recorded at intake cannot be dropped by one of several hand-written copies on its way.

    record = EvidenceRecord(id=..., case_id=..., size=1234, sha256="ab…", filename="notice.jpg")
    record.intake()          # the intake details that have a value, as a bundle part carries them
    format_size(1536)        # "1.5 KiB"
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

# What a store recorded when a file was taken in, beyond its identity (id, case, size, hash) and
# name: sent along in a bundle so that an exhibit arrives with its number and description.
INTAKE_FIELDS = ("record_id", "number", "media_type", "description", "source", "received_on", "added_at",
                 "added_by")


@dataclass(frozen=True, kw_only=True)
class EvidenceRecord:
    """One evidence file as recorded: never its content. ``number`` 0 means "not numbered yet"
    (a file that arrives without one gets the case's next number)."""
    id: str
    case_id: str
    record_id: str | None = None  # a person, account or event of the case
    number: int = 0
    filename: str = ""
    media_type: str = ""
    size: int
    sha256: str
    description: str = ""
    source: str = ""
    received_on: str | None = None
    added_at: str = ""
    added_by: str = ""

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)

    def intake(self) -> dict:
        """The intake details that have a value (no None, no empty text, no number 0)."""
        return {name: getattr(self, name) for name in INTAKE_FIELDS if getattr(self, name) not in (None, "", 0)}

    @classmethod
    def of(cls, row) -> "EvidenceRecord":
        """The record of anything with these attributes: a row of the ``Evidence`` table."""
        return cls(**{f.name: getattr(row, f.name) for f in dataclasses.fields(cls)})


FIELDS = tuple(f.name for f in dataclasses.fields(EvidenceRecord))

# Binary units, named as such: 1 KiB is 1,024 bytes. The store streams files in 1 MiB chunks and
# disk space is counted in powers of two, so the exhibit index, the window and the command line
# all say KiB/MiB/GiB (never "MB" for 1,048,576 bytes, which a reader could take for 1,000,000).
def format_size(n: int) -> str:
    """A size for people: "512 bytes", "1.5 KiB", "2.0 GiB" (one decimal from 1 KiB; GiB is the largest unit)."""
    if n < 1024:
        return f"{n} bytes"
    value, unit = n / 1024, "KiB"
    for larger in ("MiB", "GiB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return f"{value:.1f} {unit}"
