"""Sharing between stores: round trip, consent, senders, replays, bad bundles, evidence, merging."""
from __future__ import annotations

import io
import json
import os
import tarfile
import uuid

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import select

from exports import bundle
from models.tables import AuditEntry, CaseDocument
from storage import identity, sharing
from storage.store import Store
from tests.sharing_support import (MARKER, PASSPHRASE, MemoryEvidence, files_containing, introduce,  # noqa: F401
                                   load, make_case, save, temp_files_under_tmp_path)  # an autouse fixture


@pytest.fixture
def stores(tmp_path):
    made = {}
    for name in ("alice", "bob", "carol"):
        made[name], _ = Store.create(tmp_path / name, PASSPHRASE, owner=name.title())
    yield made
    for s in made.values():
        s.close()


@pytest.fixture
def alice(stores):
    return stores["alice"]


@pytest.fixture
def bob(stores):
    return stores["bob"]


@pytest.fixture
def friends(alice, bob):
    introduce(alice, "Bob", bob)
    introduce(bob, "Alice", alice)
    return alice, bob


def documents(store):
    with store.read() as s:
        return sorted(s.exec(select(CaseDocument.document)))


def actions(store):
    with store.read() as s:
        return [(e.action, json.loads(e.detail)) for e in s.exec(select(AuditEntry).order_by(AuditEntry.seq))]


# --- identities -----------------------------------------------------------------------------

def test_identity_is_made_once_and_kept_inside_the_store(alice, tmp_path):
    first = identity.identity(alice)
    assert first.recipient.startswith("age1")
    assert len(first.fingerprint.replace("-", "")) == 20
    alice.close()
    again = Store.open(tmp_path / "alice", passphrase=PASSPHRASE)
    try:
        assert identity.identity(again) == first
    finally:
        again.close()
    assert not files_containing(tmp_path, b"AGE-SECRET-KEY")


def test_address_book_refuses_bad_keys_and_duplicates(alice, bob):
    me = identity.identity(bob)
    with pytest.raises(identity.InvalidKey):
        identity.add_contact(alice, "Bob", "age1notarecipient")
    with pytest.raises(identity.InvalidKey):
        identity.add_contact(alice, "Bob", me.recipient, "ed25519:short")
    identity.add_contact(alice, "Bob", me.recipient, me.signing_key)
    with pytest.raises(sharing.Conflict):
        identity.add_contact(alice, "Bob", me.recipient)
    [bob_contact] = identity.contacts(alice)
    assert bob_contact.fingerprint == me.fingerprint and not bob_contact.verified
    identity.set_verified(alice, "Bob")
    assert identity.contacts(alice)[0].verified


# --- round trip -----------------------------------------------------------------------------

def test_round_trip_between_two_stores(friends, tmp_path):
    alice, bob = friends
    sent = save(alice, make_case())
    out = tmp_path / "out.age"
    result = sharing.send(alice, [sent.reference], ["Bob"], out)
    assert out.read_bytes().startswith(b"age-encryption.org/v1")
    assert MARKER.encode() not in out.read_bytes()
    received = sharing.receive(bob, out)
    assert received.added == [sent.reference] and received.sender == "Alice"
    assert load(bob, sent.reference) == sent
    assert any(a == "bundle_sent" and d["cases"] == [sent.id] for a, d in actions(alice))
    assert any(a == "bundle_received" and d["added"] == 1 for a, d in actions(bob))
    assert bob.verify_audit() == [] and alice.verify_audit() == []
    assert result.bundle_id == received.bundle_id


def test_sender_can_open_their_own_outbox(friends, tmp_path):
    alice, _bob = friends
    save(alice, make_case())
    sharing.send(alice, ["ALM-2018-017"], ["Bob"], tmp_path / "out.age")
    incoming = sharing.open_bundle(alice, tmp_path / "out.age")
    assert incoming.known_sender is not None and [c.reference for c in incoming.cases] == ["ALM-2018-017"]


def test_receiving_the_same_bundle_twice_changes_nothing(friends, tmp_path):
    alice, bob = friends
    save(alice, make_case())
    sharing.send(alice, ["ALM-2018-017"], ["Bob"], tmp_path / "out.age")
    sharing.receive(bob, tmp_path / "out.age")
    # Bob edits after receiving; a replay must not undo the edit.
    edited = load(bob, "ALM-2018-017").model_copy(update={"title": "Bob's title"})
    save(bob, edited)
    before = documents(bob)
    again = sharing.receive(bob, tmp_path / "out.age")
    assert again.already_received and not again.added and not again.updated
    assert documents(bob) == before
    assert actions(bob)[-1][0] == "bundle_received_again"


# --- consent --------------------------------------------------------------------------------

def test_case_without_consent_is_refused_unless_overridden(friends, tmp_path):
    alice, _bob = friends
    case = save(alice, make_case(consent=False))
    with pytest.raises(sharing.ConsentMissing, match="ALM-2018-017"):
        sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age")
    assert not (tmp_path / "out.age").exists()
    sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age", override_consent="court order 12/2024")
    overrides = [d for a, d in actions(alice) if a == "consent_overridden"]
    assert overrides and overrides[0]["reason"] == "court order 12/2024"


# --- senders --------------------------------------------------------------------------------

def test_unknown_signer_is_refused_until_its_fingerprint_is_accepted(alice, bob, tmp_path):
    introduce(alice, "Bob", bob)  # Bob does not know Alice
    save(alice, make_case())
    sharing.send(alice, ["ALM-2018-017"], ["Bob"], tmp_path / "out.age")
    with pytest.raises(sharing.UnknownSigner) as refused:
        sharing.receive(bob, tmp_path / "out.age")
    assert refused.value.fingerprint == identity.identity(alice).fingerprint
    assert documents(bob) == []
    with pytest.raises(sharing.UnknownSigner):
        sharing.receive(bob, tmp_path / "out.age", accept_signer="AAAA-BBBB-CCCC-DDDD-EEEE")
    assert documents(bob) == []
    fp = identity.identity(alice).fingerprint.lower().replace("-", " ")  # as read out over the phone
    assert sharing.receive(bob, tmp_path / "out.age", accept_signer=fp).added == ["ALM-2018-017"]


def test_impostor_using_a_known_name_is_an_unknown_signer(stores, tmp_path):
    alice, bob, carol = stores["alice"], stores["bob"], stores["carol"]
    introduce(bob, "Alice", alice)
    introduce(carol, "Bob", bob)
    save(carol, make_case())
    carol.actor = "Alice"  # Carol's bundle calls its sender Alice
    sharing.send(carol, ["ALM-2018-017"], ["Bob"], tmp_path / "out.age")
    with pytest.raises(sharing.UnknownSigner, match="calls itself 'Alice'"):
        sharing.receive(bob, tmp_path / "out.age")
    assert documents(bob) == []


# --- bad bundles ----------------------------------------------------------------------------

def _sent(alice, tmp_path, evidence=None):
    save(alice, make_case())
    out = tmp_path / "out.age"
    sharing.send(alice, ["ALM-2018-017"], ["Bob"], out, evidence=evidence)
    return out


def _assert_untouched(bob, tmp_path, before_actions, logged=True):
    assert documents(bob) == []
    after = actions(bob)
    if not logged:  # refused before the signer was known: not even the refusal is written
        assert after == before_actions and files_containing(tmp_path, MARKER.encode()) == []
        return
    # The refusal itself is put in the audit log, and nothing else: a reason word, no content.
    assert after[:len(before_actions)] == before_actions
    [(action, detail)] = after[len(before_actions):]
    assert action == "bundle_refused" and set(detail) <= {"reason", "signer"}
    assert files_containing(tmp_path, MARKER.encode()) == []


@pytest.mark.parametrize("damage", ["truncated", "tampered", "tail_tampered", "empty", "not_age"])
def test_damaged_bundle_is_refused_and_leaves_nothing(friends, tmp_path, damage):
    alice, bob = friends
    out = _sent(alice, tmp_path)
    data = out.read_bytes()
    if damage == "truncated":
        data = data[: len(data) - 100]
    elif damage == "tampered":
        i = len(data) // 2
        data = data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]
    elif damage == "tail_tampered":
        data = data[:-5] + bytes([data[-5] ^ 0x80]) + data[-4:]
    elif damage == "empty":
        data = b""
    else:
        data = b"PK\x03\x04 this is a zip file, not a bundle" * 20
    out.write_bytes(data)
    before = actions(bob)
    with pytest.raises(sharing.BundleRefused) as refused:
        sharing.receive(bob, out)
    assert "refused" in str(refused.value).lower()
    _assert_untouched(bob, tmp_path, before, logged=False)  # every damage here is found before the manifest


def test_bundle_for_someone_else_is_refused(stores, tmp_path):
    alice, bob, carol = stores["alice"], stores["bob"], stores["carol"]
    introduce(alice, "Carol", carol)
    introduce(bob, "Alice", alice)
    save(alice, make_case())
    sharing.send(alice, ["ALM-2018-017"], ["Carol"], tmp_path / "out.age")
    with pytest.raises(sharing.BundleRefused, match="not addressed to this store"):
        sharing.receive(bob, tmp_path / "out.age")
    assert documents(bob) == []


def test_bundle_re_encrypted_by_a_recipient_is_refused_as_misaddressed(stores, tmp_path):
    alice, bob, carol = stores["alice"], stores["bob"], stores["carol"]
    introduce(alice, "Carol", carol)
    introduce(bob, "Alice", alice)
    save(alice, make_case())
    sharing.send(alice, ["ALM-2018-017"], ["Carol"], tmp_path / "out.age")
    carol_key, _signer, _me = identity.private_keys(carol)
    plain = pyrage.decrypt((tmp_path / "out.age").read_bytes(), [pyrage.x25519.Identity.from_str(carol_key)])
    forwarded = pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(identity.identity(bob).recipient)])
    (tmp_path / "fwd.age").write_bytes(forwarded)
    with pytest.raises(sharing.BundleRefused, match="not addressed to you"):
        sharing.receive(bob, tmp_path / "fwd.age")
    assert documents(bob) == []


def _forge(tmp_path, bob, alice_store, *, sign_with=None, wrong_hash=False, unsigned=False, extra_part=False):
    """A bundle made by hand, to test what the receiver checks."""
    case = make_case(id=str(uuid.uuid4()))
    from models.interchange import to_json
    cases_json = to_json([case]).encode()
    me = identity.identity(alice_store)
    part = bundle.cases_part(cases_json)
    if wrong_hash:
        part = part.model_copy(update={"sha256": "0" * 64})
    to = identity.identity(bob).recipient
    manifest = bundle.manifest_for(bundle.Sender(name="Alice", recipient=me.recipient, signing_key=me.signing_key),
                                   [to], [part], {})
    _k, alice_signer, _ = identity.private_keys(alice_store)
    signer = sign_with or alice_signer
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        members = [(bundle.MANIFEST, manifest.to_bytes())]
        if not unsigned:
            members.append((bundle.SIGNATURE, signer.sign(manifest.to_bytes())))
        members.append((bundle.CASES, cases_json))
        if extra_part:
            members.append(("evil.sh", b"rm -rf ~"))
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    out = tmp_path / "forged.age"
    out.write_bytes(pyrage.encrypt(buf.getvalue(), [pyrage.x25519.Recipient.from_str(to)]))
    return out


@pytest.mark.parametrize("forgery, message, logged", [
    ({"unsigned": True}, "not signed", False),
    ({"sign_with": Ed25519PrivateKey.generate()}, "signature does not match", False),
    ({"wrong_hash": True}, "does not match its signed manifest", True),
    ({"extra_part": True}, "does not list", True),
])
def test_forged_bundles_are_refused(friends, tmp_path, forgery, message, logged):
    alice, bob = friends
    out = _forge(tmp_path, bob, alice, **forgery)
    before = actions(bob)
    with pytest.raises(sharing.BundleRefused, match=message):
        sharing.receive(bob, out)
    _assert_untouched(bob, tmp_path, before, logged)


def test_a_correct_hand_made_bundle_is_accepted(friends, tmp_path):
    alice, bob = friends
    out = _forge(tmp_path, bob, alice)
    assert sharing.receive(bob, out).added == ["ALM-2018-017"]


# --- evidence files -------------------------------------------------------------------------

def test_evidence_files_travel_and_are_checked(friends, tmp_path):
    alice, bob = friends
    case = save(alice, make_case())
    ev_a, ev_b = MemoryEvidence(), MemoryEvidence()
    photo = os.urandom(3 * 1024 * 1024 + 17)
    ev_a.add(case.id, str(uuid.uuid4()), photo)
    ev_a.add(case.id, str(uuid.uuid4()), b"")
    out = tmp_path / "out.age"
    assert sharing.send(alice, [case.reference], ["Bob"], out, evidence=ev_a).evidence_files == 2
    result = sharing.receive(bob, out, evidence=ev_b)
    assert result.evidence_files == 2
    assert sorted(d for _i, d in ev_b.files.values()) == sorted([photo, b""])
    assert ev_b.staged == {}


def test_tampered_evidence_discards_everything_staged(friends, tmp_path):
    alice, bob = friends
    case = save(alice, make_case())
    ev_a, ev_b = MemoryEvidence(), MemoryEvidence()
    eid = str(uuid.uuid4())
    ev_a.add(case.id, eid, b"original bytes" * 1000)
    info, _data = ev_a.files[eid]
    ev_a.files[eid] = (info, b"changed! bytes" * 1000)  # same size, other content: the send must stop
    with pytest.raises(sharing.BundleRefused, match="no longer matches"):
        sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age", evidence=ev_a)
    assert list(tmp_path.glob("*.age*")) == [] and list(tmp_path.glob(".out.age*")) == []
    # A bundle whose evidence bytes differ from the signed manifest: hand-made the same way.
    ev_a.files[eid] = (info, b"original bytes" * 1000)
    out = tmp_path / "out.age"
    sharing.send(alice, [case.reference], ["Bob"], out, evidence=ev_a)
    ev_b.add(case.id, "unrelated", b"x")
    ev_b.stage = lambda info, reader: (ev_b.staged.__setitem__(info.id, (info, reader.read(10))), info.id)[1]
    sharing.receive(bob, out, evidence=ev_b)  # a sink that reads only part: the rest is still checked
    assert eid in ev_b.files


def test_a_refused_sender_leaves_no_staged_evidence(alice, bob, tmp_path):
    introduce(alice, "Bob", bob)
    case = save(alice, make_case())
    ev_a, ev_b = MemoryEvidence(), MemoryEvidence()
    ev_a.add(case.id, str(uuid.uuid4()), b"evidence" * 100)
    sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age", evidence=ev_a)
    with pytest.raises(sharing.UnknownSigner):
        sharing.receive(bob, tmp_path / "out.age", evidence=ev_b)
    assert ev_b.files == {} and ev_b.staged == {} and ev_b.discarded == 0  # never staged: signer checked first


def test_bundle_with_evidence_is_refused_where_evidence_cannot_be_kept(friends, tmp_path):
    alice, bob = friends
    case = save(alice, make_case())
    ev_a = MemoryEvidence()
    ev_a.add(case.id, str(uuid.uuid4()), b"evidence")
    sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age", evidence=ev_a)
    with pytest.raises(sharing.BundleRefused, match="evidence"):
        sharing.receive(bob, tmp_path / "out.age")
    assert documents(bob) == []


# --- merging --------------------------------------------------------------------------------

def _exchange(src, dst, tmp_path, name):
    out = tmp_path / f"{name}.age"
    sharing.send(src, ["ALM-2018-017"], [dst.actor], out)
    return sharing.receive(dst, out)


@pytest.fixture
def shared(friends, tmp_path):
    alice, bob = friends
    save(alice, make_case())
    _exchange(alice, bob, tmp_path, "first")
    return alice, bob


def _edit_person(store, key, **changes):
    case = load(store, "ALM-2018-017")
    persons = [p.model_copy(update=changes) if p.key == key else p for p in case.persons]
    return save(store, case.model_copy(update={"persons": persons}))


def test_change_only_on_senders_side_updates(shared, tmp_path):
    alice, bob = shared
    _edit_person(alice, "mother", whereabouts="Ghulja")
    r = _exchange(alice, bob, tmp_path, "second")
    assert r.updated == ["ALM-2018-017"]
    assert load(bob, "ALM-2018-017").person("mother").whereabouts == "Ghulja"


def test_change_only_on_receivers_side_is_kept(shared, tmp_path):
    alice, bob = shared
    _edit_person(bob, "mother", whereabouts="Urumqi")
    r = _exchange(alice, bob, tmp_path, "second")
    assert r.unchanged == ["ALM-2018-017"]
    assert load(bob, "ALM-2018-017").person("mother").whereabouts == "Urumqi"
    # and back: Alice takes Bob's change, since she did not change that record
    assert _exchange(bob, alice, tmp_path, "back").updated == ["ALM-2018-017"]
    assert load(alice, "ALM-2018-017").person("mother").whereabouts == "Urumqi"


def test_changes_to_different_records_both_survive(shared, tmp_path):
    alice, bob = shared
    _edit_person(alice, "mother", whereabouts="Ghulja")
    _edit_person(bob, "applicant", birth_year=1983)
    r = _exchange(alice, bob, tmp_path, "second")
    assert r.updated == ["ALM-2018-017"] and r.conflicts == []
    case = load(bob, "ALM-2018-017")
    assert case.person("mother").whereabouts == "Ghulja" and case.person("applicant").birth_year == 1983


def test_change_on_both_sides_is_a_pending_conflict_resolved_field_by_field(shared, tmp_path):
    alice, bob = shared
    _edit_person(alice, "mother", whereabouts="Ghulja", at_risk=False)
    _edit_person(bob, "mother", whereabouts="Urumqi")
    before = load(bob, "ALM-2018-017")
    r = _exchange(alice, bob, tmp_path, "second")
    assert r.conflicts == ["ALM-2018-017"]
    assert load(bob, "ALM-2018-017") == before  # nothing overwritten
    [pending] = sharing.pending_conflicts(bob)
    assert pending.conflict.kind == "person" and set(pending.conflict.fields) == {"whereabouts", "at_risk"}
    assert pending.conflict.local["whereabouts"] == "Urumqi" and pending.conflict.incoming["whereabouts"] == "Ghulja"
    sharing.resolve_conflict(bob, pending.pk, {"whereabouts": "mine", "at_risk": "theirs"})
    mother = load(bob, "ALM-2018-017").person("mother")
    assert (mother.whereabouts, mother.at_risk) == ("Urumqi", False)
    assert sharing.pending_conflicts(bob) == []
    assert any(a == "conflict_resolved" for a, _ in actions(bob))
    # Alice then receives Bob's resolution: it descends from hers, so it is an update, not a conflict.
    assert _exchange(bob, alice, tmp_path, "back").updated == ["ALM-2018-017"]
    assert load(alice, "ALM-2018-017").person("mother").whereabouts == "Urumqi"


def test_reference_clash_with_another_case_is_refused(friends, tmp_path):
    alice, bob = friends
    save(bob, make_case())  # same reference, a different case id
    save(alice, make_case())
    sharing.send(alice, ["ALM-2018-017"], ["Bob"], tmp_path / "out.age")
    before = documents(bob)
    with pytest.raises(sharing.BundleRefused, match="reference"):
        sharing.receive(bob, tmp_path / "out.age")
    assert documents(bob) == before
