"""Bundles made by hand, byte by byte, to test what the receiving side refuses: sparse and other
non-plain tar entries, sizes and ids a genuine Casefile never writes. Independent of the bundle
writer: tar headers are built here (tarfile.TarInfo plus hand-set fields), and age and Ed25519 are
called directly."""
from __future__ import annotations

import hashlib
import json
import os
import uuid
import tarfile

import pyrage

from exports import bundle
from models.interchange import to_json
from storage import identity

BLOCK = 512


def header(name: str, size: int, kind: bytes = tarfile.REGTYPE) -> bytes:
    info = tarfile.TarInfo(name)
    info.size, info.type, info.mode = size, kind, 0o600
    return info.tobuf(tarfile.GNU_FORMAT, "utf-8", "strict")


def pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % BLOCK)


def plain(name: str, data: bytes) -> bytes:
    return header(name, len(data)) + pad(data)


def sparse(name: str, stored: bytes, realsize: int) -> bytes:
    """An old-GNU sparse member ('S'): ``stored`` bytes at the end of a file of ``realsize``
    bytes, the rest holes that tar expands to zeros when the member is read."""
    block = bytearray(header(name, len(stored), tarfile.GNUTYPE_SPARSE))
    block[386:398] = tarfile.itn(realsize - len(stored), 12, tarfile.GNU_FORMAT)  # first (only) entry: offset
    block[398:410] = tarfile.itn(len(stored), 12, tarfile.GNU_FORMAT)             # and its number of bytes
    block[482] = 0                                                                 # no extension headers
    block[483:495] = tarfile.itn(realsize, 12, tarfile.GNU_FORMAT)
    block[148:156] = b" " * 8
    block[148:155] = b"%06o\0" % sum(block)
    return bytes(block) + pad(stored)


def part(name: str, size: int, sha256: str, evidence_id: str | None = None, case_id: str | None = None) -> dict:
    out = {"name": name, "size": size, "sha256": sha256}
    if evidence_id is not None:
        out.update(evidence_id=evidence_id, case_id=case_id, filename="photo.jpg")
    return out


def cases_json(case) -> bytes:
    return to_json([case]).encode()


def manifest_bytes(sender_store, recipient_store, parts: list[dict], name: str | None = None) -> bytes:
    """A manifest as JSON, written here (not with bundle.Manifest), so that a test can declare
    what the model would refuse to build."""
    me = identity.identity(sender_store)
    return json.dumps({
        "format": bundle.FORMAT, "version": bundle.VERSION, "id": str(uuid.uuid4()),
        "created_at": "2026-12-01T10:00:00+00:00",
        "sender": {"name": name if name is not None else sender_store.actor, "recipient": me.recipient,
                   "signing_key": me.signing_key},
        "recipients": [identity.identity(recipient_store).recipient], "parts": parts, "history": {},
    }).encode()


def seal(sender_store, recipient_store, manifest: bytes, *members: bytes, tail: bytes = b"\0" * (2 * BLOCK)) -> bytes:
    """manifest.json, its signature by ``sender_store``'s key, then ``members``, encrypted to
    ``recipient_store``."""
    _age, signer, _me = identity.private_keys(sender_store)
    tar = plain(bundle.MANIFEST, manifest) + plain(bundle.SIGNATURE, signer.sign(manifest)) + b"".join(members) + tail
    return pyrage.encrypt(tar, [pyrage.x25519.Recipient.from_str(identity.identity(recipient_store).recipient)])


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def snapshot(folder) -> dict[str, tuple[int, str]]:
    """Every file under a store's folder: its size and SHA-256."""
    out = {}
    for root, _dirs, names in os.walk(folder):
        for n in names:
            path = os.path.join(root, n)
            with open(path, "rb") as f:
                data = f.read()
            out[os.path.relpath(path, folder)] = (len(data), hashlib.sha256(data).hexdigest())
    return out
