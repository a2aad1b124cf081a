"""Property-based fuzzing of the bundle reader (issue 14): bundles damaged as ciphertext, as the
tar inside (encrypted again, as anyone who knows the recipient can), and as a manifest signed
anew by the known sender's key. Each ends in a receive or in BundleRefused, never in another
exception; a refused bundle leaves cases and evidence as they were, and adds at most its refusal
to the audit log.

A small run is part of the test command. The campaign is larger:
    HYPOTHESIS_PROFILE=campaign QT_QPA_PLATFORM=offscreen PYTHONPATH=. python -m pytest tests/test_bundle_fuzz.py -q -s
"""
from __future__ import annotations

import io
import json
import os
import tarfile

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from exports import bundle
from storage import evidence, identity, sharing
from storage.bundle_evidence import StoreEvidence, staged_count
from tests import bundle_forge as forge
from tests.sharing_support import colleagues, make_case, save

settings.register_profile("casefile-small", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.function_scoped_fixture])
settings.register_profile("campaign", max_examples=1500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.function_scoped_fixture])
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "casefile-small"))
TALLY = {"tried": 0, "received": 0, "refused": 0}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bundle-fuzz")
    alice, bob = colleagues(folder)
    case = save(alice, make_case())
    (folder / "photo.bin").write_bytes(os.urandom(3000))
    evidence.add_file(alice, case.reference, folder / "photo.bin")
    out = folder / "genuine.age"
    sharing.send(alice, [case.reference], ["Bob"], out, evidence=StoreEvidence(alice))
    secret = identity.private_keys(bob)[0]
    plain = pyrage.decrypt(out.read_bytes(), [pyrage.x25519.Identity.from_str(secret)])
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        members = [(m.name, tar.extractfile(m).read()) for m in tar]
    yield {"alice": alice, "bob": bob, "folder": folder, "cipher": out.read_bytes(), "plain": plain,
           "members": members}
    alice.close()
    bob.close()
    print(f"\nbundle fuzzing: {TALLY['tried']} bundles tried, {TALLY['received']} received, "
          f"{TALLY['refused']} refused with one clear message, 0 other exceptions")


def _damage(draw, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, max(len(data) - 1, 0)))
        op = draw(st.sampled_from(["flip", "cut", "insert", "type"]))
        if op == "flip" and data:
            data[i] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[i:i + draw(st.integers(1, 1500))]
        elif op == "insert":
            data[i:i] = draw(st.sampled_from([b"\0" * 512, b"\xff" * 12, b"S", b"2", b"x", b"77777777777"]))
        else:  # the type byte of a header block: sparse, link, PAX, long name...
            heads = [k for k in range(0, len(data) - 512, 512) if data[k + 257:k + 262] == b"ustar"]
            if heads:
                data[draw(st.sampled_from(heads)) + 156] = draw(st.sampled_from(list(b"12345679SLKxgV")))
    return bytes(data)


manifest_values = st.one_of(st.none(), st.integers(-5, 2 ** 40), st.text(max_size=30),
                            st.sampled_from(["../../x", "/etc/passwd", "a\0b", "x" * 300, "evidence/../x",
                                             "cases.json", "\x1b[2J", "", 10 ** 30, [], {}]))


@st.composite
def mutated_bundles(draw, world) -> bytes:
    bob, alice = world["bob"], world["alice"]
    recipient = [pyrage.x25519.Recipient.from_str(identity.identity(bob).recipient)]
    how = draw(st.sampled_from(["ciphertext", "tar", "signed manifest"]))
    if how == "ciphertext":
        return _damage(draw, world["cipher"])
    if how == "tar":
        return pyrage.encrypt(_damage(draw, world["plain"]), recipient)
    manifest = json.loads(dict(world["members"])[bundle.MANIFEST])
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.sampled_from(["sender", "recipients", "parts", "top"]))
        if target == "parts":
            part = draw(st.sampled_from(manifest["parts"]))
            part[draw(st.sampled_from(sorted(part) + ["extra"]))] = draw(manifest_values)
        elif target == "sender":
            manifest["sender"][draw(st.sampled_from(["name", "recipient"]))] = draw(manifest_values)
        elif target == "recipients":
            manifest["recipients"] = draw(st.lists(manifest_values, max_size=3))
        else:
            manifest[draw(st.sampled_from(["id", "format", "version", "history", "created_at"]))] = draw(manifest_values)
    raw = json.dumps(manifest).encode()
    rest = [forge.plain(name, data) for name, data in world["members"] if name not in (bundle.MANIFEST,
                                                                                        bundle.SIGNATURE)]
    return forge.seal(alice, bob, raw, *rest)


def _state(store) -> tuple:
    with store.read() as s:
        return tuple(s.execute(text(q)).scalar() for q in (
            'SELECT count(*) FROM "case"', "SELECT count(*) FROM evidence", "SELECT count(*) FROM evidence_chunk",
            "SELECT group_concat(document, '') FROM case_document"))


def _audit(store) -> list[str]:
    with store.read() as s:
        return list(s.execute(text("SELECT action FROM audit_log ORDER BY seq")).scalars())


@settings(PROFILE)
@given(data=st.data())
def test_a_mutated_bundle_is_received_or_refused_with_one_message(world, data):
    bob = world["bob"]
    raw = data.draw(mutated_bundles(world))
    path = world["folder"] / "fuzz.age"
    path.write_bytes(raw)
    before, log = _state(bob), _audit(bob)
    TALLY["tried"] += 1
    try:
        sharing.receive(bob, path, evidence=StoreEvidence(bob))
    except sharing.BundleRefused as exc:
        TALLY["refused"] += 1
        message = str(exc)
        assert message.strip() and "unexpectedly" not in message and "Traceback" not in message
        assert _state(bob) == before and staged_count(bob) == 0
        assert _audit(bob)[:len(log)] == log and _audit(bob)[len(log):] in ([], ["bundle_refused"])
    else:
        TALLY["received"] += 1
        assert staged_count(bob) == 0
