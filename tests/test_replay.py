"""No replay, no resurrection: a record a sender removed stays removed, whatever bundle comes later,
and the receive report says what was older and ignored."""
from __future__ import annotations

import json

import pytest

from models import interchange
from storage import history, sharing
from storage.store import Store
from tests.sharing_support import (PASSPHRASE, introduce, load, make_case, save,  # noqa: F401
                                   temp_files_under_tmp_path)  # an autouse fixture

REF = "ALM-2018-017"
WITNESS = "Gulbahar Witnessova"  # a witness taken out of the case for her safety


@pytest.fixture
def stores(tmp_path):
    made = {}
    for name in ("alice", "bob", "carol"):
        made[name], _ = Store.create(tmp_path / name, PASSPHRASE, owner=name.title())
    for a in made:
        for b in made:
            if a != b:
                introduce(made[a], b.title(), made[b])
    yield made
    for s in made.values():
        s.close()


def with_witness():
    case = make_case(REF)
    data = case.model_dump(mode="json")
    data["persons"].append({"key": "witness", "role": "witness", "names": [{"value": WITNESS, "script": "Latn"}],
                            "at_risk": True})
    return interchange.validate_case(data)


def without_witness(case, **mother):
    persons = [p.model_copy(update=mother) if p.key == "mother" else p for p in case.persons if p.key != "witness"]
    return case.model_copy(update={"persons": persons})


def send(store, to, path):
    sharing.send(store, [REF], to, path)
    return path


@pytest.fixture
def versions(stores, tmp_path):
    """Alice's v1 (with the witness) and v2 (witness removed, the mother's whereabouts corrected)."""
    alice = stores["alice"]
    save(alice, with_witness())
    v1 = send(alice, ["Bob", "Carol"], tmp_path / "v1.age")
    save(alice, without_witness(load(alice, REF), whereabouts="Ghulja"))
    v2 = send(alice, ["Bob", "Carol"], tmp_path / "v2.age")
    return v1, v2


def names_in(store):
    return [n.value for p in load(store, REF).persons for n in p.names]


def test_v2_then_v1_keeps_the_witness_removed_and_says_v1_was_older(stores, versions):
    bob = stores["bob"]
    v1, v2 = versions
    first = sharing.receive(bob, v2)
    assert first.added == [REF]
    again = sharing.receive(bob, v1)
    assert WITNESS not in names_in(bob)
    assert load(bob, REF).person("mother").whereabouts == "Ghulja"  # v1's older mother did not overwrite
    assert (again.older, again.not_restored, again.removed) == (2, 0, 0)  # the witness and the mother
    assert again.updated == [] and again.added == [] and again.unchanged == [REF]


def test_v1_then_v2_removes_the_witness_and_keeps_her_in_the_case_history(stores, versions):
    bob = stores["bob"]
    v1, v2 = versions
    sharing.receive(bob, v1)
    assert WITNESS in names_in(bob)
    r = sharing.receive(bob, v2)
    assert r.updated == [REF] and r.removed == 1 and r.older == 0
    assert WITNESS not in names_in(bob)
    with bob.read() as s:  # nothing saved is lost: the version with her is kept
        case_id = load(bob, REF).id
        kept = [history.version(s, v.seq) for v in history.versions(s, case_id)]
    assert any(p.key == "witness" for c in kept for p in c.persons)
    # and the same v1 again is known by its id and changes nothing
    assert sharing.receive(bob, v1).already_received
    assert WITNESS not in names_in(bob)


def test_the_sender_replaying_her_own_old_bundle_does_not_bring_the_witness_back(stores, versions):
    alice = stores["alice"]
    v1, _v2 = versions
    r = sharing.receive(alice, v1)  # every bundle is also encrypted to its sender
    assert WITNESS not in names_in(alice)
    assert r.older == 2 and r.updated == []


def test_the_removal_travels_on_to_a_third_store(stores, versions, tmp_path):
    bob, carol = stores["bob"], stores["carol"]
    v1, v2 = versions
    sharing.receive(carol, v1)
    sharing.receive(bob, v1)
    sharing.receive(bob, v2)
    forwarded = send(bob, ["Carol"], tmp_path / "forward.age")
    r = sharing.receive(carol, forwarded)
    assert r.removed == 1
    assert WITNESS not in names_in(carol)


def test_a_newer_version_from_a_sender_does_not_bring_back_a_record_removed_here(stores, versions, tmp_path):
    alice, bob = stores["alice"], stores["bob"]
    v1, _v2 = versions
    sharing.receive(bob, v1)
    save(bob, without_witness(load(bob, REF)))  # Bob takes her out himself
    restore_witness(alice)  # Alice brings her back and edits her, not knowing
    case = load(alice, REF)
    persons = [p.model_copy(update={"whereabouts": "Almaty"}) if p.key == "witness" else p for p in case.persons]
    save(alice, case.model_copy(update={"persons": persons}))
    r = sharing.receive(bob, send(alice, ["Bob"], tmp_path / "v3.age"))
    assert WITNESS not in names_in(bob)
    assert r.not_restored == 1


def test_the_bundle_carries_the_removal_and_a_document_without_removals_is_unchanged(stores, versions):
    alice = stores["alice"]
    with alice.read() as s:
        witness_gone = sharing.note_removals(s, alice, load(alice, REF).id)
    assert [t.kind for t in witness_gone.values()] == ["person"]
    plain = interchange.to_json([load(alice, REF)])
    assert "removed" not in json.loads(plain)
    assert interchange.loads(plain).removed == []
    [t] = witness_gone.values()
    removal = interchange.Removal(case=t.case_id, id=t.record_id, kind="person", removed_at=t.removed_at,
                                  removed_by="Alice", versions=sorted(t.versions))
    carried = json.loads(interchange.to_json([load(alice, REF)], [removal]))
    assert carried["removed"][0]["id"] == t.record_id and carried["removed"][0]["removed_by"] == "Alice"
    bad = dict(carried, removed=[dict(carried["removed"][0], versions=["not a hash"])])
    with pytest.raises(interchange.InterchangeError, match="removed\\[0\\].versions"):
        interchange.loads(json.dumps(bad))


def restore_witness(store):
    """Make the newest kept version that has the witness current again, as History's Restore does."""
    with store.read() as s:
        case_id = load(store, REF).id
        with_her = next(v for v in history.versions(s, case_id)
                        if any(p.key == "witness" for p in history.version(s, v.seq).persons))
    with store.write() as s:
        history.restore(s, store, with_her.seq)
    return case_id


def test_bringing_a_removed_record_back_here_lifts_its_tombstone(stores, versions):
    alice = stores["alice"]
    case_id = restore_witness(alice)
    with alice.write() as s:
        assert sharing.note_removals(s, alice, case_id) == {}
    assert WITNESS in names_in(alice)


def test_a_removal_that_would_leave_a_dangling_reference_is_refused_and_changes_nothing(stores, tmp_path):
    alice, bob = stores["alice"], stores["bob"]
    case = with_witness().model_dump(mode="json")
    case["events"][0]["victims"] = ["applicant"]
    save(alice, interchange.validate_case(case))
    sharing.receive(bob, send(alice, ["Bob"], tmp_path / "v1.age"))
    save(alice, without_witness(load(alice, REF)))
    # meanwhile Bob records the witness as a victim of the detention too
    mine = load(bob, REF).model_dump(mode="json")
    mine["events"][0]["victims"] = ["applicant", "witness"]
    save(bob, interchange.validate_case(mine))
    before = load(bob, REF)
    with pytest.raises(sharing.BundleRefused, match="could not be merged.*Nothing was changed"):
        sharing.receive(bob, send(alice, ["Bob"], tmp_path / "v2.age"))
    assert load(bob, REF) == before
