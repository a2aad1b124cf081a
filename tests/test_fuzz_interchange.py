"""Property-based fuzzing of the interchange reader (issue 14): mutated documents, as a file a
person imports, end either in an import or in the one refusal type (InterchangeError), never in
another exception, and a refused document leaves the store as it was.

A small run is part of the test command. The campaign is larger:
    HYPOTHESIS_PROFILE=campaign QT_QPA_PLATFORM=offscreen PYTHONPATH=. python -m pytest tests/test_fuzz_interchange.py -q -s
"""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from models.interchange import InterchangeError
from storage.interchange_io import import_file
from storage.store import Store
from tests.conftest import PASSPHRASE

settings.register_profile("casefile-small", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("campaign", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "casefile-small"))

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo-cases.json"
SEED = json.loads(DEMO.read_text("utf-8"))
TALLY = {"tried": 0, "imported": 0, "refused": 0}

# Hostile leaves: lone surrogates, controls, huge and odd numbers, wrong types.
leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                   st.text(alphabet=st.characters(codec=None), max_size=40),
                   st.sampled_from(["\ud800", "\udfff x", "\x1b[2J", "", " ", "0000-00-00", "2019-13",
                                    "applicant", "not-a-uuid", "3b0e1f1e-6a57-4d43-9f7e-2f1a9b6c0a01", 10**30]))
values = st.recursive(leaves, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(st.text(max_size=12), inner, max_size=4)),
                      max_leaves=20)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


ALL_PATHS = [p for p in _paths(SEED) if p]


@st.composite
def mutated_documents(draw) -> bytes:
    doc = copy.deepcopy(SEED)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent = doc
        try:
            for part in path[:-1]:
                parent = parent[part]
            action = draw(st.sampled_from(["replace", "delete", "duplicate"]))
            if action == "replace":
                parent[path[-1]] = draw(values)
            elif action == "delete":
                del parent[path[-1]]
            elif isinstance(parent, list):
                parent.append(copy.deepcopy(parent[path[-1]]))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation took that path away
    raw = json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):  # and then damage the bytes themselves
        data = bytearray(raw)
        for _ in range(draw(st.integers(1, 3))):
            i = draw(st.integers(0, len(data) - 1))
            op = draw(st.sampled_from(["flip", "cut", "insert"]))
            if op == "flip":
                data[i] ^= draw(st.integers(1, 255))
            elif op == "cut":
                del data[i:i + draw(st.integers(1, 200))]
            else:
                data[i:i] = draw(st.sampled_from([b"[" * 2000, b"\\ud800", b"\xff\xfe", b"{", b"1e999999",
                                                  b'"' + b"9" * 5000 + b'"']))
        raw = bytes(data)
    return raw


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    store, _ = Store.create(tmp_path_factory.mktemp("fuzz") / "store", PASSPHRASE, owner="t", check_strength=False)
    yield store
    store.close()
    print(f"\ninterchange fuzzing: {TALLY['tried']} documents tried, {TALLY['imported']} imported, "
          f"{TALLY['refused']} refused with one clear message, 0 other exceptions")


def _state(store) -> tuple:
    with store.read() as s:
        return tuple(s.execute(text(q)).scalar() for q in (
            'SELECT count(*) FROM "case"', "SELECT count(*) FROM case_revision", "SELECT count(*) FROM audit_log",
            "SELECT group_concat(document, '') FROM case_document"))


@settings(PROFILE)
@given(raw=mutated_documents())
def test_a_mutated_document_is_imported_or_refused_with_one_message(fuzz_store, tmp_path_factory, raw):
    path = tmp_path_factory.getbasetemp() / "fuzz.json"
    path.write_bytes(raw)
    before = _state(fuzz_store)
    TALLY["tried"] += 1
    try:
        import_file(fuzz_store, path)
    except InterchangeError as exc:
        TALLY["refused"] += 1
        assert str(exc).strip() and exc.problems and all(isinstance(p, str) for p in exc.problems)
        assert _state(fuzz_store) == before
    else:
        TALLY["imported"] += 1
