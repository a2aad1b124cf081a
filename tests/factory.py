"""Small, valid interchange cases for tests, with names in several scripts."""
from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path

from models import interchange

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo-cases.json"


def case_dict(reference: str = "T-1", **over) -> dict:
    base = {
        "id": str(uuid.uuid4()),
        "reference": reference,
        "title": "Detention and forced labour after return from Kazakhstan",
        "status": "open",
        "opened_on": "2019-03",
        "tags": ["asylum"],
        "summary": "Detained on return; her mother is still in Tekes county.",
        "persons": [
            {"key": "applicant", "role": "applicant",
             "names": [{"value": "Bakhytgul Omarova", "script": "Latn"},
                       {"value": "Бақытгүл Омарова", "script": "Cyrl"}],
             "birth_year": 1983, "identifiers": [{"kind": "passport", "value": "E99887766"}]},
            {"key": "mother", "role": "relative",
             "names": [{"value": "Zeynep Tursun", "script": "Latn"},
                       {"value": "زەينەپ تۇرسۇن", "script": "Arab"},
                       {"value": "泽依奈普", "script": "Hans"}],
             "relation": {"to": "applicant", "kind": "mother"}, "at_risk": True},
        ],
        "accounts": [
            {"key": "s1", "narrator": "applicant", "recorded_on": "2019-03-02", "language": "kk",
             "text": "I was taken from Tekes to the camp in the spring of 2018.",
             "redactions": [{"start": 12, "end": 17, "reason": "home town"}]},
        ],
        "events": [
            {"key": "d1", "kind": "detention", "victims": ["applicant"], "start": "2018-04", "end": "2018-12",
             "place": {"name": "Tekes County", "country": "CN", "facility": "vocational training centre"},
             "violations": ["arbitrary_detention", "forced_labor"], "accounts": ["s1"]},
        ],
        "proceedings": [{"kind": "asylum_application", "forum": "Migration Service", "country": "KZ",
                         "status": "pending", "hearings": [{"date": "2099-05-01"}]}],
        "sources": [],
        "consent": {"given_on": "2019-03-02", "scopes": ["legal_proceedings"]},
    }
    base.update(over)
    return base


def case(reference: str = "T-1", **over) -> interchange.Case:
    return interchange.validate_case(case_dict(reference, **over))


def document(*cases: dict) -> dict:
    return {"format": "casefile-interchange", "version": 1, "cases": [copy.deepcopy(c) for c in cases]}


def demo_document() -> dict:
    return json.loads(DEMO.read_text("utf-8"))
