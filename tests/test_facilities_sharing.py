"""A bundle carries the facilities its cases' events point to, and the receiver's case search and
facility page use them."""
from __future__ import annotations

import pytest

from storage import cases, facilities, sharing
from storage.store import Store
from tests.sharing_support import (PASSPHRASE, introduce, load, make_case, save,  # noqa: F401
                                   temp_files_under_tmp_path)  # an autouse fixture

CAMP = "0b7f8c2e-3d4a-4f5b-9c6d-7e8f9a0b1c2d"


@pytest.fixture
def friends(tmp_path):
    alice, _ = Store.create(tmp_path / "alice", PASSPHRASE, owner="Alice")
    bob, _ = Store.create(tmp_path / "bob", PASSPHRASE, owner="Bob")
    introduce(alice, "Bob", bob)
    introduce(bob, "Alice", alice)
    yield alice, bob
    alice.close()
    bob.close()


def test_a_bundle_carries_the_facility_and_the_link(friends, tmp_path):
    alice, bob = friends
    with alice.write() as s:
        facilities.save(s, alice, facilities.validated(
            {"id": CAMP, "type": "camp", "prefecture": "Ili",
             "names": [{"value": "Xinyuan re-education camp", "script": "Latn"},
                       {"value": "新源县职业技能教育培训中心", "script": "Hans"}]}))
    sent = save(alice, make_case(events=[{"key": "d1", "kind": "detention", "start": "2018-04",
                                          "place": {"facility": "the camp", "facility_id": CAMP}}]))
    out = tmp_path / "out.age"
    sharing.send(alice, [sent.reference], ["Bob"], out)
    received = sharing.receive(bob, out)
    assert received.added == [sent.reference]
    assert load(bob, sent.reference) == sent
    with bob.read() as s:
        assert facilities.get(s, CAMP).all_names() == ["Xinyuan re-education camp", "新源县职业技能教育培训中心"]
        assert [(a.case, a.event, a.start) for a in facilities.appearances(s, CAMP)] == [(sent.reference, "d1", "2018-04")]
        assert [c.reference for c in cases.search_cases(s, "新源")] == [sent.reference]
    assert bob.verify_audit() == []
