"""Receiving the same bundles in any order gives the same store: edits and removals from two
senders, every permutation (hypothesis draws them; a few fixed orders always run)."""
from __future__ import annotations

import itertools
import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from models import interchange
from models.tables import RecordRemoved
from storage import merge, sharing
from storage.keys import KeyFile
from storage.store import Store
from tests.sharing_support import PASSPHRASE, introduce, load, make_case, save

REF = "ALM-2018-017"


def _edit(store, **how):
    case = load(store, REF)
    data = case.model_dump(mode="json")
    for key, changes in how.get("persons", {}).items():
        for p in data["persons"]:
            if p["key"] == key:
                p.update(changes)
    data["persons"] = [p for p in data["persons"] if p["key"] not in how.get("drop", ())]
    for e in data["events"]:
        e.update(how.get("event", {}))
    save(store, interchange.validate_case(data))


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    """Alice's three bundles (the case; the mother's whereabouts corrected; witness W removed) and
    Bob's two (made from Alice's first: the event described; witness Z removed), and Carol's empty
    store to receive them, with its unlocked key."""
    tmp = tmp_path_factory.mktemp("order")
    alice, _ = Store.create(tmp / "alice", PASSPHRASE, owner="Alice")
    bob, _ = Store.create(tmp / "bob", PASSPHRASE, owner="Bob")
    carol, _ = Store.create(tmp / "carol", PASSPHRASE, owner="Carol")
    for a, b in itertools.permutations((alice, bob, carol), 2):
        introduce(a, b.actor, b)
    case = make_case(REF).model_dump(mode="json")
    case["persons"] += [{"key": k, "role": "witness", "names": [{"value": f"Witness {k}", "script": "Latn"}]}
                        for k in ("W", "Z")]
    save(alice, interchange.validate_case(case))
    out = {}

    def send(store, name):
        out[name] = tmp / f"{name}.age"
        sharing.send(store, [REF], ["Bob", "Carol"] if store is alice else ["Carol"], out[name])

    send(alice, "a1")
    sharing.receive(bob, out["a1"])
    _edit(alice, persons={"mother": {"whereabouts": "Ghulja"}})
    send(alice, "a2")
    _edit(alice, drop=("W",))
    send(alice, "a3")
    _edit(bob, event={"description": "Held for eleven months."})
    send(bob, "b1")
    _edit(bob, drop=("Z",))
    send(bob, "b2")
    for s in (alice, bob, carol):
        s.close()
    _keyfile, data_key = Store.unlock(tmp / "carol", passphrase=PASSPHRASE)
    return tmp, out, data_key


def content(store) -> tuple:
    """What a user would see: each record of the case by id, and the ids of removed records."""
    doc = load(store, REF).model_dump(mode="json")
    recs = json.dumps(sorted((rid, kind, rec) for rid, (kind, rec) in merge.records(doc).items()), sort_keys=True)
    with store.read() as s:
        gone = tuple(sorted(s.exec(select(RecordRemoved.record_id))))
    return recs, gone


def receive_in(scene, order: list[str], folder) -> tuple:
    tmp, bundles, data_key = scene
    folder = folder / "carol"
    shutil.copytree(tmp / "carol", folder)
    store = Store.open_unlocked(folder, KeyFile.load(folder), bytearray(data_key))  # the store wipes its copy
    try:
        for name in order:
            r = sharing.receive(store, bundles[name])
            assert not r.conflicts, f"{name} in {order} ended in a conflict"
        case = load(store, REF)
        keys = sorted(p.key for p in case.persons)
        assert keys == ["applicant", "mother"], order  # W (Alice) and Z (Bob) removed
        assert case.person("mother").whereabouts == "Ghulja"
        assert case.events[0].description == "Held for eleven months."
        return content(store)
    finally:
        store.close()


ALL = ["a1", "a2", "a3", "b1", "b2"]


def test_fixed_orders_give_the_same_store(scene, tmp_path):
    def folder(o):
        (tmp_path / "-".join(o)).mkdir()
        return tmp_path / "-".join(o)

    results = {tuple(o): receive_in(scene, o, folder(o))
               for o in (ALL, ALL[::-1], ["b2", "a1", "b1", "a3", "a2"], ["a3", "b2", "a2", "b1", "a1"])}
    assert len(set(results.values())) == 1
    _recs, gone = next(iter(results.values()))
    assert len(gone) == 2  # the two witnesses' tombstones


@pytest.fixture(scope="module")
def reference(scene, tmp_path_factory):
    return receive_in(scene, ALL, tmp_path_factory.mktemp("ref"))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(ALL))
def test_any_order_gives_the_same_store(scene, reference, tmp_path_factory, order):
    assert receive_in(scene, list(order), tmp_path_factory.mktemp("perm")) == reference


@pytest.mark.slow
def test_every_one_of_the_120_orders_gives_the_same_store(scene, reference, tmp_path_factory):
    for order in itertools.permutations(ALL):
        assert receive_in(scene, list(order), tmp_path_factory.mktemp("perm")) == reference, order
