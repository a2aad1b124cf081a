"""Helpers for the sharing tests: stores, cases, and a stand-in for the store's evidence files."""
from __future__ import annotations

import hashlib
import io
import os
import tempfile

import pytest

from models.evidence import EvidenceRecord
from models.interchange import validate_case
from storage import cases, identity

PASSPHRASE = "correct horse battery staple orange"
MARKER = "Zhanargul-Unique-Marker-7731"  # a name that must never reach the disk in plaintext


def introduce(store, name: str, other, verified: bool = True) -> None:
    """Put ``other``'s public keys in ``store``'s address book under ``name``."""
    them = identity.identity(other)
    identity.add_contact(store, name, them.recipient, them.signing_key, verified=verified)


def colleagues(folder):
    """Alice's and Bob's stores under ``folder``, each in the other's address book (checked)."""
    from storage.store import Store

    alice, _ = Store.create(folder / "alice", PASSPHRASE, owner="Alice")
    bob, _ = Store.create(folder / "bob", PASSPHRASE, owner="Bob")
    introduce(alice, "Bob", bob)
    introduce(bob, "Alice", alice)
    return alice, bob


@pytest.fixture(autouse=True)
def temp_files_under_tmp_path(tmp_path, monkeypatch):
    """Temporary files go under tmp_path, so the test can look at every file written. Every test
    of a module that imports this fixture gets it."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))


def files_containing(root, *needles: bytes) -> list[str]:
    """Every file under ``root`` that holds any of ``needles``."""
    hits = []
    for dirpath, _dirs, names in os.walk(root):
        for n in names:
            path = os.path.join(dirpath, n)
            try:
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:
                continue
            if any(needle in data for needle in needles):
                hits.append(path)
    return hits


def make_case(ref: str = "ALM-2018-017", consent: bool = True, **extra):
    data = {
        "reference": ref, "title": "Detention after return", "summary": f"Account of {MARKER}.",
        "persons": [{"key": "applicant", "role": "applicant", "names": [{"value": MARKER, "script": "Latn"}],
                     "birth_year": 1982},
                    {"key": "mother", "role": "relative", "names": [{"value": "Another Name", "script": "Latn"}],
                     "relation": {"to": "applicant", "kind": "mother"}, "at_risk": True}],
        "events": [{"key": "detention-1", "kind": "detention", "victims": ["applicant"], "start": "2017-10"}],
        "consent": {"given_on": "2018-11-10", "scopes": ["share_with_partners"] if consent else ["legal_proceedings"]},
    }
    data.update(extra)
    return validate_case(data)


def save(store, case, reason="edited"):
    with store.write() as s:
        return cases.save_case(s, store, case, reason)[0]


def load(store, ref):
    with store.read() as s:
        return cases.get_case(s, ref)


class MemoryEvidence:
    """The Evidence interface over dictionaries: files (committed), staged (not yet visible)."""

    def __init__(self):
        self.files: dict[str, tuple[EvidenceRecord, bytes]] = {}
        self.staged: dict[str, tuple[EvidenceRecord, bytes]] = {}
        self.discarded = 0

    def add(self, case_id: str, evidence_id: str, data: bytes, filename: str = "photo.jpg") -> None:
        info = EvidenceRecord(id=evidence_id, case_id=case_id, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                              filename=filename)
        self.files[evidence_id] = (info, data)

    def list(self, session, case_id):
        return [info for info, _ in self.files.values() if info.case_id == case_id]

    def open(self, evidence_id):
        return io.BytesIO(self.files[evidence_id][1])

    def has(self, session, evidence_id):
        return evidence_id in self.files

    def stage(self, info, reader):
        self.staged[info.id] = (info, reader.read())
        return info.id

    def sent(self, session, files, manifest):
        pass

    def commit(self, session, staged, manifest):
        for key in staged:
            self.files[key] = self.staged.pop(key)

    def discard(self, staged):
        for key in staged:
            self.staged.pop(key, None)
            self.discarded += 1
