"""Helpers shared by the evidence tests and the evidence benchmark (no fixtures: plain functions)."""
from __future__ import annotations

import os
from pathlib import Path

from models.interchange import validate_case
from storage.cases import save_case

MARKER = b"CASEFILE-PLAINTEXT-MARKER-7f3a9c"


def add_case(store, reference: str = "ALA-2024-001"):
    case = validate_case({"reference": reference, "title": "Detention of a herder",
                          "persons": [{"key": "p1", "role": "applicant",
                                       "names": [{"value": "Test Person", "script": "Latn"}]}]})
    with store.write() as s:
        stored, _ = save_case(s, store, case, reason="test")
    return stored


def write_marked_file(path: Path, size: int) -> Path:
    """A file of ``size`` bytes: random bytes with the marker repeated through it."""
    with open(path, "wb") as f:
        left = size
        while left > 0:
            piece = (MARKER + os.urandom(4096 - len(MARKER)))[:left]
            f.write(piece)
            left -= len(piece)
    return path
