"""What a brief needs from the store, and what the store keeps once a brief is saved.

The command line (``casefile brief``, ``casefile check-pdf``) and the window's brief dialog both
go through these two functions, so the two cannot drift apart: the same case document, the same
exhibit index, the same pseudonyms, the same audit and custody entries.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from models.interchange import Case
from storage import cases
from storage.evidence import EvidenceInfo, list_files, record_custody


@dataclass(frozen=True)
class BriefMaterial:
    """One case as a brief is made from it. ``exhibits`` have the number, description, file name,
    size and SHA-256 that the exhibit index prints (``exports.brief`` reads those attributes)."""
    case: Case
    exhibits: list[EvidenceInfo] = field(default_factory=list)
    pseudonyms: dict[str, str] = field(default_factory=dict)


def material(store, ref_or_id: str) -> BriefMaterial:
    """The case, its evidence files (numbered, for the exhibit index) and the pseudonyms earlier
    documents of the case gave, read in one session."""
    with store.read() as s:
        case = cases.get_case(s, ref_or_id)
        files = list_files(s, case.id)
        known = cases.pseudonyms(s, case.id)
    return BriefMaterial(case=case, exhibits=list(files), pseudonyms=known)


def record(store, found: BriefMaterial, *, kind: str, profile: str, pages: int,
           pseudonyms: Mapping[str, str]) -> None:
    """After a brief was saved: keep its pseudonyms for the next document of the case, put the
    brief in the audit log, and put "included in a brief" on each exhibit's chain of custody.
    Only the kind, profile and page count are logged, never a name or a path."""
    with store.write() as s:
        cases.set_pseudonyms(s, store, found.case.id, dict(pseudonyms))
        store.log(s, "brief_written", "case", found.case.id, kind=kind, profile=profile, pages=pages)
    for f in found.exhibits:
        record_custody(store, f.id, "included_in_brief", profile=profile, kind=kind)
