"""Every way a bundle is refused puts its own code in the audit log, whatever its message says."""
from __future__ import annotations

import hashlib
import io
import json
import tarfile
import uuid

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import select

from exports import bundle
from exports.bundle import Refusal
from models.evidence import EvidenceRecord
from models.interchange import InterchangeError, to_json
from models.tables import AuditEntry
from storage import identity, sharing
from storage.store import Store
from tests.sharing_support import (PASSPHRASE, MemoryEvidence, introduce, make_case, save,  # noqa: F401
                                   temp_files_under_tmp_path)  # an autouse fixture

# A message that holds the words the audit log once looked for, each naming another reason.
REWORDED = "Refused. (Not addressed, not signed, signature, unknown signer, by the user, invalid cases, cut off.)"


@pytest.fixture(params=["as written", "reworded"])
def wording(request, monkeypatch):
    """Run each refusal as written, and with every message replaced by ``REWORDED``."""
    if request.param == "reworded":
        for cls in (bundle.BundleError, sharing.BundleRefused):
            original = cls.__init__
            monkeypatch.setattr(cls, "__init__", lambda self, message, reason, _o=original, **kw: _o(self, REWORDED, reason, **kw))
    return request.param


@pytest.fixture
def pair(tmp_path):
    alice, _ = Store.create(tmp_path / "alice", PASSPHRASE, owner="Alice")
    bob, _ = Store.create(tmp_path / "bob", PASSPHRASE, owner="Bob")
    carol, _ = Store.create(tmp_path / "carol", PASSPHRASE, owner="Carol")
    introduce(alice, "Bob", bob)
    introduce(bob, "Alice", alice)
    yield alice, bob, carol
    for s in (alice, bob, carol):
        s.close()


def _audit(store) -> list[tuple[str, dict]]:
    with store.read() as s:
        return [(e.action, json.loads(e.detail)) for e in s.exec(select(AuditEntry).order_by(AuditEntry.seq))]


def _tar(members) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _forge(alice, bob, *, cases_json=None, evidence=(), listed=None, carried=None, version=bundle.VERSION,
           manifest_bytes=None, signer=None, members=None, plaintext=None) -> bytes:
    """A bundle from Alice to Bob made by hand. ``evidence``: (record, bytes) pairs; ``listed`` /
    ``carried``: which of them the manifest lists / the archive holds (all by default)."""
    if plaintext is None:
        cases_json = to_json([make_case(id=str(uuid.uuid4()))]).encode() if cases_json is None else cases_json
        parts = [bundle.cases_part(cases_json)]
        parts += [bundle.evidence_part(r) for i, (r, _d) in enumerate(evidence) if listed is None or i in listed]
        me = identity.identity(alice)
        manifest = bundle.Manifest(version=version, sender=bundle.Sender(name="Alice", recipient=me.recipient,
                                                                         signing_key=me.signing_key),
                                   recipients=[identity.identity(bob).recipient], parts=parts)
        manifest_bytes = manifest.to_bytes() if manifest_bytes is None else manifest_bytes
        sign = (signer or identity.private_keys(alice)[1]).sign
        if members is None:
            members = [(bundle.MANIFEST, manifest_bytes), (bundle.SIGNATURE, sign(manifest_bytes)),
                       (bundle.CASES, cases_json)]
            members += [(bundle.EVIDENCE_DIR + r.id, d) for i, (r, d) in enumerate(evidence)
                        if carried is None or i in carried]
        plaintext = _tar(members)
    return pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(identity.identity(bob).recipient)])


def _record(case_id: str, data: bytes) -> EvidenceRecord:
    return EvidenceRecord(id=str(uuid.uuid4()), case_id=case_id, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                          filename="photo.jpg", number=1, description="Detention notice")


def _sent(alice, tmp_path, to="Bob") -> bytes:
    save(alice, make_case())
    sharing.send(alice, ["ALM-2018-017"], [to], tmp_path / "sent.age")
    return (tmp_path / "sent.age").read_bytes()


# Each way in: (how the bundle is made, the code the log must keep). The codes are written out by hand.
def _truncated(alice, bob, carol, tmp_path):
    data = _sent(alice, tmp_path)
    return data[:-100]


def _flipped(alice, bob, carol, tmp_path):
    data = bytearray(_sent(alice, tmp_path))
    data[len(data) // 2] ^= 1
    return bytes(data)


def _not_age(alice, bob, carol, tmp_path):
    return b"PK\x03\x04 this is a zip file, not a bundle" * 20


def _for_carol(alice, bob, carol, tmp_path):
    introduce(alice, "Carol", carol)
    return _sent(alice, tmp_path, to="Carol")


def _forwarded(alice, bob, carol, tmp_path):
    """Carol decrypts what Alice made for her and encrypts it again for Bob: the signed list of
    recipients does not name Bob."""
    introduce(alice, "Carol", carol)
    data = _sent(alice, tmp_path, to="Carol")
    plain = pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(identity.private_keys(carol)[0])])
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(identity.identity(bob).recipient)])


def _unsigned(alice, bob, carol, tmp_path):
    cases_json = to_json([make_case()]).encode()
    me = identity.identity(alice)
    m = bundle.Manifest(sender=bundle.Sender(name="Alice", recipient=me.recipient, signing_key=me.signing_key),
                        recipients=[identity.identity(bob).recipient], parts=[bundle.cases_part(cases_json)])
    return _forge(alice, bob, members=[(bundle.MANIFEST, m.to_bytes()), (bundle.CASES, cases_json)])


def _case(alice):
    return save(alice, make_case())


PATHS = {
    "cut off": (_truncated, "damaged"),
    "a flipped bit": (_flipped, "damaged"),
    "not an age file": (_not_age, "damaged"),
    "encrypted for someone else": (_for_carol, "misaddressed"),
    "re-encrypted by a recipient": (_forwarded, "misaddressed"),
    "no archive inside": (lambda a, b, c, t: _forge(a, b, plaintext=b"plain words, not a tar archive\n" * 100),
                          "not_a_bundle"),
    "no manifest first": (lambda a, b, c, t: _forge(a, b, members=[(bundle.CASES, b"[]")]), "not_a_bundle"),
    "another version": (lambda a, b, c, t: _forge(a, b, version=bundle.VERSION + 1), "not_a_bundle"),
    "a malformed manifest": (lambda a, b, c, t: _forge(a, b, manifest_bytes=b"{not json"), "damaged"),
    "unsigned": (_unsigned, "unsigned"),
    "signed by another key": (lambda a, b, c, t: _forge(a, b, signer=Ed25519PrivateKey.generate()), "bad_signature"),
    "cases that fail the schema": (lambda a, b, c, t: _forge(a, b, cases_json=b'{"cases": "none"}'),
                                   "invalid_cases"),
    "a part the manifest does not list": (
        lambda a, b, c, t: _forge(a, b, evidence=[(_record("c", b"x"), b"x")], listed=()), "invalid"),
    "a listed part missing": (
        lambda a, b, c, t: _forge(a, b, evidence=[(_record("c", b"x"), b"x")], carried=()), "damaged"),
    "evidence of a case it does not carry": (
        lambda a, b, c, t: _forge(a, b, evidence=[(_record("no-such-case", b"x"), b"x")]), "invalid"),
}


# Refused before a signature by an accepted signer was checked: nothing, not even the refusal, is
# written into the store (a stranger's file must not be able to write a byte there).
UNAUTHENTICATED = {"cut off", "a flipped bit", "not an age file", "encrypted for someone else", "no archive inside",
                   "no manifest first", "another version", "a malformed manifest", "unsigned", "signed by another key"}


@pytest.mark.parametrize("name", PATHS)
def test_each_refusal_of_a_bundle_puts_its_code_in_the_audit_log(pair, tmp_path, wording, name):
    alice, bob, carol = pair
    make, code = PATHS[name]
    (tmp_path / "in.age").write_bytes(make(alice, bob, carol, tmp_path))
    before = _audit(bob)
    with pytest.raises(sharing.BundleRefused) as refused:
        sharing.receive(bob, tmp_path / "in.age", evidence=MemoryEvidence())
    assert refused.value.reason.value == code
    assert (str(refused.value) == REWORDED) == (wording == "reworded")
    if name in UNAUTHENTICATED:
        assert _audit(bob) == before
        return
    [(action, detail)] = _audit(bob)[len(before):]
    assert action == "bundle_refused" and detail["reason"] == code
    assert set(detail) <= {"reason", "signer"}  # never the bundle's content or the message


def test_evidence_where_it_cannot_be_kept_is_refused_as_invalid(pair, tmp_path, wording):
    alice, bob, _ = pair
    case = _case(alice)
    ev_a = MemoryEvidence()
    ev_a.add(case.id, str(uuid.uuid4()), b"evidence")
    sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age", evidence=ev_a)
    with pytest.raises(sharing.BundleRefused):
        sharing.receive(bob, tmp_path / "out.age")  # no evidence store
    assert _audit(bob)[-1] == ("bundle_refused", {"reason": "invalid", "signer": identity.identity(alice).fingerprint})


def test_unknown_signer_and_the_persons_refusal_have_their_codes(pair, tmp_path, wording):
    alice, bob, carol = pair
    introduce(carol, "Bob", bob)
    save(carol, make_case())
    sharing.send(carol, ["ALM-2018-017"], ["Bob"], tmp_path / "out.age")
    with pytest.raises(sharing.UnknownSigner) as refused:
        sharing.receive(bob, tmp_path / "out.age")
    assert refused.value.reason is Refusal.UNKNOWN_SIGNER
    carol_fp = identity.identity(carol).fingerprint
    assert _audit(bob)[-1][0] != "bundle_refused"  # a stranger's bundle writes nothing, not even its refusal
    incoming = sharing.open_bundle(bob, tmp_path / "out.age")
    sharing.refuse(bob, incoming)
    assert _audit(bob)[-1] == ("bundle_refused", {"reason": "refused_by_user", "signer": carol_fp})


def test_refusals_at_the_merge_have_their_codes(pair, tmp_path, wording, monkeypatch):
    alice, bob, _ = pair
    save(bob, make_case())  # the same reference for another case
    data = _sent(alice, tmp_path)
    with pytest.raises(sharing.BundleRefused) as refused:
        sharing.receive(bob, tmp_path / "sent.age")
    assert refused.value.reason is Refusal.REFERENCE_TAKEN
    assert _audit(bob)[-1][1]["reason"] == "reference_taken"

    def broken(*args, **kwargs):
        raise InterchangeError("a merged case that does not validate")

    monkeypatch.setattr(sharing.merge, "merge_case", broken)
    (tmp_path / "again.age").write_bytes(data)
    with pytest.raises(sharing.BundleRefused):
        sharing.receive(bob, tmp_path / "again.age")
    assert _audit(bob)[-1][1]["reason"] == "invalid_cases"


def test_every_receiving_code_is_tested():
    tested = {code for _make, code in PATHS.values()} | {"unknown_signer", "refused_by_user", "reference_taken"}
    making = {Refusal.BAD_KEY, Refusal.NO_RECIPIENT, Refusal.EVIDENCE_CHANGED, Refusal.NOT_WRITTEN}
    assert tested == {r.value for r in Refusal if r not in making}


def test_a_bundle_that_cannot_be_made_says_why_and_logs_no_refusal(pair, tmp_path):
    alice, _bob, _ = pair
    case = _case(alice)
    ev_a = MemoryEvidence()
    eid = str(uuid.uuid4())
    ev_a.add(case.id, eid, b"original")
    info, _ = ev_a.files[eid]
    ev_a.files[eid] = (info, b"changed!")
    before = _audit(alice)
    with pytest.raises(sharing.BundleRefused) as refused:
        sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age", evidence=ev_a)
    assert refused.value.reason is Refusal.EVIDENCE_CHANGED
    assert _audit(alice) == before and list(tmp_path.glob("*out.age*")) == []
