"""The bundle format: one file in the standard age format, holding a tar stream.

    age -d -i key.txt bundle.age | tar x      # what a partner without Casefile does

The tar stream holds, in this order: ``manifest.json`` (who made it, when, for whom, and the
size and SHA-256 of every other part), ``manifest.sig`` (Ed25519 signature of the manifest's
exact bytes), ``cases.json`` (interchange format), then ``evidence/<id>`` files.

Both directions stream, so memory stays bounded whatever the size of the evidence, and no
decrypted byte is ever written to a file. Writing, age pulls the tar stream from a generator
(evidence hashed on a thread beside it); reading, age runs on a worker thread and hands the
plaintext to this thread through a small bounded queue. age authenticates each
64 KiB chunk but notices a cut-off file only at its end, so a reader must not keep anything it
was handed before ``read_bundle`` has returned.

Pure format code: no store. Keys, address book and merging are in storage/sharing.py; the byte
plumbing (the pipe between age's thread and ours, the forward-only tar stream) is in
exports/bundle_streams.py.
"""
from __future__ import annotations

import base64
import datetime as dt
import enum
import hashlib
import io
import json
import queue
import re
import tarfile
import threading
import uuid
from typing import BinaryIO, Callable, Iterable

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError

from exports.bundle_streams import CHUNK, Channel, Content, Counting, Forward, Pull, produce
from models.evidence import INTAKE_FIELDS, EvidenceRecord
from models.interchange import MAX_DOCUMENT_BYTES

FORMAT = "casefile-bundle"
VERSION = 1
MANIFEST, SIGNATURE, CASES, EVIDENCE_DIR = "manifest.json", "manifest.sig", "cases.json", "evidence/"
GIB = 1024 * CHUNK
# Limits on what a bundle may declare, checked on the signed manifest before anything else is read.
MAX_MANIFEST = 32 * CHUNK
MAX_CASES = MAX_DOCUMENT_BYTES  # cases.json is read whole: no larger than an interchange document may be
MAX_PARTS = 10_000            # evidence files in one bundle
MAX_PART = 16 * GIB           # one evidence file
MAX_TOTAL = 64 * GIB          # every part together
MAX_ID = 128                  # characters of an evidence or case id
MAX_NAME = 200                # characters of the sender's name
MAX_RECIPIENTS = 1000
# An evidence or case id is a file name in the tar stream: letters, digits, '-', '_' and inner dots.
ID_PATTERN = re.compile(r"[A-Za-z0-9_-](?:[A-Za-z0-9._-]*[A-Za-z0-9_-])?")
HEADER_ALLOWANCE = 4 * CHUNK  # plaintext tar may read for one member's headers (PAX records included)
MAX_TAIL = CHUNK              # plaintext allowed after the end of the archive (its zero blocks)
KEY_PREFIX = "ed25519:"

Progress = Callable[[int, int], None]


class Refusal(enum.Enum):
    """Why a bundle was refused (or could not be made), as a code for the audit log. The code is
    set where the refusal is raised, so rewording a message never changes what the log says."""
    MISADDRESSED = "misaddressed"        # encrypted for, or signed for, someone else
    UNSIGNED = "unsigned"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_SIGNER = "unknown_signer"
    REFUSED_BY_USER = "refused_by_user"
    INVALID_CASES = "invalid_cases"      # the cases do not pass the interchange schema or cannot be merged
    REFERENCE_TAKEN = "reference_taken"  # a case's reference belongs to another case here
    DAMAGED = "damaged"                  # cut off, altered, or unreadable
    NOT_A_BUNDLE = "not_a_bundle"
    INVALID = "invalid"                  # well-formed and signed, but not what a bundle may hold
    # Making a bundle (never in the log of a receiving store).
    BAD_KEY = "bad_key"
    NO_RECIPIENT = "no_recipient"
    EVIDENCE_CHANGED = "evidence_changed"
    NOT_WRITTEN = "not_written"


class BundleError(Exception):
    """A bundle that cannot be made or must be refused; the message is for the user, ``reason``
    for the audit log. ``code`` and ``values``, when given, name a window text of its own
    (ui/error_texts.py); without them the window names the refusal by its reason."""

    def __init__(self, message: str, reason: Refusal, code: str = "", **values: object):
        super().__init__(message)
        self.reason, self.code, self.values = reason, code, values


# --- signing keys and fingerprints ----------------------------------------------------------

def fingerprint(public_key: bytes) -> str:
    """A short, spellable fingerprint of a signing key (100 bits), to compare over the phone."""
    digest = hashlib.sha256(b"casefile signing key\n" + public_key).digest()
    letters = base64.b32encode(digest).decode()[:20]
    return "-".join(letters[i:i + 4] for i in range(0, 20, 4))


def normalize_fingerprint(text: str) -> str:
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


def signing_key_text(public_key: bytes) -> str:
    return KEY_PREFIX + base64.b64encode(public_key).decode()


def parse_signing_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip().removeprefix(KEY_PREFIX), validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError):
        raise BundleError("That is not a signing key. It looks like ed25519:… (44 characters after the colon).",
                          Refusal.BAD_KEY) from None
    return raw


def parse_recipient(text: str) -> pyrage.x25519.Recipient:
    try:
        return pyrage.x25519.Recipient.from_str(text.strip())
    except Exception:
        raise BundleError(f"'{text[:80]}' is not an age recipient (they start with age1).", Refusal.BAD_KEY) from None


# --- the manifest ---------------------------------------------------------------------------

class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Part(_Strict):
    name: StrictStr
    size: StrictInt = Field(ge=0)
    sha256: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")
    evidence_id: StrictStr | None = None
    case_id: StrictStr | None = None
    filename: StrictStr | None = None
    # What the sender's store recorded at intake, so the exhibit arrives with its description.
    record_id: StrictStr | None = None
    number: StrictInt | None = None
    media_type: StrictStr | None = None
    description: StrictStr | None = None
    source: StrictStr | None = None
    received_on: StrictStr | None = None
    added_at: StrictStr | None = None
    added_by: StrictStr | None = None


class Sender(_Strict):
    name: StrictStr
    recipient: StrictStr
    signing_key: StrictStr


class Manifest(_Strict):
    format: StrictStr = FORMAT
    version: StrictInt = VERSION
    id: StrictStr = Field(default_factory=lambda: str(uuid.uuid4()))
    created_at: StrictStr = Field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    sender: Sender
    recipients: list[StrictStr]
    parts: list[Part]
    # case id -> record id -> hashes of the versions the sender's store has known (see storage/merge.py)
    history: dict[StrictStr, dict[StrictStr, list[StrictStr]]] = Field(default_factory=dict)

    def to_bytes(self) -> bytes:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=1).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> "Manifest":
        try:
            m = cls.model_validate_json(data)
        except ValidationError:
            raise BundleError("The bundle's manifest is malformed. It was not made by Casefile, or it is damaged.",
                              Refusal.DAMAGED) from None
        if m.format != FORMAT or m.version != VERSION:
            raise BundleError(f"This is not a Casefile bundle of version {VERSION}. Update Casefile, or ask the sender.",
                              Refusal.NOT_A_BUNDLE, code="bundle.other_version" if m.format == FORMAT else "")
        names = [p.name for p in m.parts]
        if len(set(names)) != len(names) or CASES not in names or any(
                n != CASES and not (n.startswith(EVIDENCE_DIR) and p.evidence_id and n == EVIDENCE_DIR + p.evidence_id)
                for n, p in zip(names, m.parts)):
            raise BundleError("The bundle's manifest lists parts that do not belong in a bundle. It was refused.",
                              Refusal.INVALID)
        check_limits(m)
        return m

    @property
    def signing_key_bytes(self) -> bytes:
        try:
            return parse_signing_key(self.sender.signing_key)
        except BundleError as exc:  # the sender's key, not one typed here: the bundle is what is wrong
            raise BundleError(str(exc), Refusal.INVALID) from None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key_bytes)


def valid_id(text: str | None) -> bool:
    """An evidence or case id that is safe as a file name: no path, no NUL, not too long."""
    return bool(text) and len(text) <= MAX_ID and ID_PATTERN.fullmatch(text) is not None


def check_limits(m: Manifest) -> None:
    """Refuse (BundleError) a manifest whose ids are not plain names or whose declared sizes are
    beyond the limits above; the declared sizes are what the reader later holds each part to."""
    evidence = [p for p in m.parts if p.name != CASES]
    for p in evidence:
        if not (valid_id(p.evidence_id) and valid_id(p.case_id)):
            raise BundleError("This bundle names an evidence file with an id that is not a plain name (a path, a "
                              "control character, or too long). It was refused; nothing was changed.", Refusal.INVALID)
    if next(p.size for p in m.parts if p.name == CASES) > MAX_CASES:
        raise BundleError(f"This bundle's cases are larger than {MAX_CASES // CHUNK} MiB, the limit of an interchange "
                          "document. It was refused; nothing was changed.", Refusal.INVALID)
    total = sum(p.size for p in m.parts)
    if len(evidence) > MAX_PARTS or any(p.size > MAX_PART for p in evidence) or total > MAX_TOTAL:
        raise BundleError(f"This bundle declares more than Casefile takes in one bundle (at most {MAX_PARTS:,} "
                          f"evidence files of {MAX_PART // GIB} GiB each, {MAX_TOTAL // GIB} GiB in all). "
                          "It was refused; nothing was changed.", Refusal.INVALID)
    if len(m.sender.name) > MAX_NAME or len(m.recipients) > MAX_RECIPIENTS:
        raise BundleError("This bundle's sender name or list of recipients is too long to be genuine. "
                          "It was refused; nothing was changed.", Refusal.INVALID)


def evidence_size(m: Manifest) -> tuple[int, int]:
    """The declared evidence of a bundle: its total size and its largest file, in bytes."""
    sizes = [p.size for p in m.parts if p.name != CASES]
    return sum(sizes), max(sizes, default=0)


# --- writing --------------------------------------------------------------------------------

def _header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, mtime, 0o600
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "strict")


def _padding(size: int) -> bytes:
    return b"\0" * (-size % tarfile.BLOCKSIZE)


class _Hasher:
    """SHA-256 on a thread of its own (hashlib lets go of the GIL), so that it overlaps age's
    encryption; at most ``depth`` chunks wait for it."""

    def __init__(self, depth: int = 8):
        self._digest, self._q = hashlib.sha256(), queue.Queue(maxsize=depth)
        self._thread = threading.Thread(target=self._run, name="bundle-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._q.get()) is not None:
            self._digest.update(chunk)

    def update(self, chunk: bytes) -> None:
        self._q.put(chunk)

    def hexdigest(self) -> str:
        self.stop()
        return self._digest.hexdigest()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._q.put(None)
            self._thread.join()


def _pieces(manifest: Manifest, manifest_bytes: bytes, signature: bytes, cases_json: bytes,
            open_part: Callable[[Part], BinaryIO], progress: Progress | None):
    """The tar stream of a bundle, piece by piece; each evidence part is hashed again on the way."""
    mtime = int(dt.datetime.fromisoformat(manifest.created_at).timestamp())
    total = sum(p.size for p in manifest.parts)
    for name, data in ((MANIFEST, manifest_bytes), (SIGNATURE, signature), (CASES, cases_json)):
        yield _header(name, len(data), mtime) + data + _padding(len(data))
    done = len(cases_json)
    for part in manifest.parts:
        if part.name == CASES:
            continue
        yield _header(part.name, part.size, mtime)
        digest, size = _Hasher(), 0
        try:
            with open_part(part) as src:
                while chunk := src.read(CHUNK):
                    size += len(chunk)
                    if size > part.size:
                        break
                    digest.update(chunk)
                    yield chunk
                    done += len(chunk)
                    if progress:
                        progress(done, total)
            matches = size == part.size and digest.hexdigest() == part.sha256
        finally:
            digest.stop()
        if not matches:
            raise BundleError(f"The evidence file {part.evidence_id} no longer matches its recorded size and "
                              "SHA-256. Run `verify` on the store; the bundle was not written.", Refusal.EVIDENCE_CHANGED)
        yield _padding(part.size)
    yield b"\0" * (2 * tarfile.BLOCKSIZE)
    if progress:
        progress(total, total)


def write_bundle(out: BinaryIO, recipients: list[str], manifest: Manifest, sign: Callable[[bytes], bytes],
                 cases_json: bytes, open_part: Callable[[Part], BinaryIO], progress: Progress | None = None) -> None:
    """Write a bundle to ``out``: encrypted to every recipient, the manifest signed with ``sign``.
    ``open_part`` opens each evidence part's bytes; they are hashed again on the way, and a file
    whose bytes no longer match the manifest stops the bundle (BundleError). age pulls the
    plaintext as it encrypts, on this thread: no copy through a queue."""
    keys = [parse_recipient(r) for r in recipients]
    if not keys:
        raise BundleError("Name at least one recipient.", Refusal.NO_RECIPIENT)
    manifest_bytes = manifest.to_bytes()
    source = Pull(_pieces(manifest, manifest_bytes, sign(manifest_bytes), cases_json, open_part, progress))
    try:
        pyrage.encrypt_io(source, out, keys)
    except BaseException as exc:
        if source.error is not None:
            raise source.error from None
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise BundleError(f"The bundle could not be written ({type(exc).__name__}). "
                          "Check that the disk has room.", Refusal.NOT_WRITTEN) from None
    finally:
        source.close()


# --- reading --------------------------------------------------------------------------------

def _decrypt_error(exc: BaseException) -> BundleError:
    if isinstance(exc, BundleError):
        return exc
    text = str(exc)
    if "No matching keys" in text:
        return BundleError("This bundle is not addressed to this store: it was encrypted for someone else. "
                           "Ask the sender to make it for your recipient (see `identity`).", Refusal.MISADDRESSED)
    if isinstance(exc, pyrage.DecryptError):
        return BundleError("This file is not a Casefile bundle, or its beginning is damaged. It was refused.",
                           Refusal.DAMAGED)
    return BundleError("This bundle is damaged: it was cut off or altered after it was made. It was refused; "
                       "nothing was changed. Ask the sender for a new copy.", Refusal.DAMAGED)


class _Budget(io.RawIOBase):
    """The plaintext tar may read, and no more: before each header a small allowance, before a
    part's content its declared size. A hostile header (a PAX record of a GiB, say) is refused
    when it passes its allowance, not after it was read into memory."""

    def __init__(self, src: BinaryIO):
        self._src, self.done, self.limit = src, 0, 0

    def readable(self) -> bool:
        return True

    def allow(self, n: int) -> None:
        self.limit = self.done + n

    def _room(self) -> int:
        if self.done >= self.limit:
            raise BundleError("This bundle's archive holds more than its signed manifest declares. It was refused; "
                              "nothing was changed.", Refusal.INVALID)
        return self.limit - self.done

    def read(self, n: int = -1) -> bytes:  # what tar calls: one copy, not RawIOBase's two
        data = self._src.read(self._room() if n is None or n < 0 else min(n, self._room()))
        self.done += len(data)
        return data

    def readinto(self, b) -> int:
        n = self._src.readinto(memoryview(b)[:self._room()])
        self.done += n or 0
        return n


class _Verifying(io.RawIOBase):
    """Reads one part and refuses it as soon as it is longer than the manifest says, and at its
    end unless its size and SHA-256 match."""

    def __init__(self, src: BinaryIO, part: Part):
        self._src, self._part, self._digest, self._size = src, part, hashlib.sha256(), 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self._src.readinto(b)
        if n:
            self._size += n
            if self._size > self._part.size:
                self._refuse()
            self._digest.update(memoryview(b)[:n])
        else:
            self.check()
        return n

    def readall(self) -> bytes:
        data = self._src.readall()
        self._size += len(data)
        self._digest.update(data)
        self.check()
        return data

    def check(self) -> None:
        if self._size != self._part.size or self._digest.hexdigest() != self._part.sha256:
            self._refuse()

    def _refuse(self):
        raise BundleError(f"The part {self._part.name} of this bundle does not match its signed manifest: "
                          "it was altered. The bundle was refused; nothing was changed.", Refusal.DAMAGED)

    def drain(self) -> None:
        while self.read(CHUNK):
            pass


_PLAIN = (tarfile.REGTYPE, tarfile.AREGTYPE)
_PAX_KEYS = {"path", "size", "mtime", "atime", "ctime", "uid", "gid", "uname", "gname", "charset", "comment"}


def _plain_file(member: tarfile.TarInfo) -> bool:
    """A regular file, and nothing tar would expand or interpret: no sparse map (old GNU or PAX),
    no link, device or directory, no PAX record beyond the plain ones."""
    return (member.type in _PLAIN and member.sparse is None
            and set(member.pax_headers) <= _PAX_KEYS)


def _read_small(tar: tarfile.TarFile, budget: _Budget, expected: str, limit: int) -> tuple[tarfile.TarInfo, bytes]:
    budget.allow(HEADER_ALLOWANCE)
    member = tar.next()
    if member is None or member.name != expected or not _plain_file(member):
        if expected == SIGNATURE:
            raise BundleError("This bundle is not signed. It was refused: its sender cannot be known.", Refusal.UNSIGNED)
        raise BundleError("This file is not a Casefile bundle (its manifest is missing). It was refused.",
                          Refusal.NOT_A_BUNDLE)
    if member.size > limit:
        raise BundleError("This bundle's manifest is too large to be genuine. It was refused.", Refusal.INVALID)
    budget.allow(member.size + HEADER_ALLOWANCE)
    return member, Content(tar.fileobj, member).readall()


def _next_part(tar: tarfile.TarFile, budget: _Budget, parts: dict[str, Part], seen: set[str]):
    """The next member and its part in the manifest, or (None, None) at the end. Only a plain file
    the manifest lists, once, of exactly its declared size, is taken; its content is then allowed
    to be read, and no more."""
    budget.allow(HEADER_ALLOWANCE)
    member = tar.next()
    if member is None:
        return None, None
    if not _plain_file(member):
        raise BundleError("This bundle holds an entry that is not a plain file (a sparse file, a link or a device). "
                          "It was refused; nothing was changed.", Refusal.INVALID)
    part = parts.get(member.name)
    if part is None or member.name in seen:
        raise BundleError("This bundle holds a part its signed manifest does not list. It was refused.",
                          Refusal.INVALID)
    if member.size != part.size:
        raise BundleError(f"The part {part.name} of this bundle does not have the size its signed manifest "
                          "declares. It was refused; nothing was changed.", Refusal.DAMAGED)
    seen.add(member.name)
    budget.allow(part.size + HEADER_ALLOWANCE)
    return member, part


def read_bundle(src: BinaryIO, identity: str, check_manifest: Callable[[Manifest], bool | None],
                take_evidence: Callable[[Part, BinaryIO], None], progress: Progress | None = None,
                total: int = 0) -> tuple[Manifest, bytes]:
    """Decrypt and verify a bundle. ``check_manifest`` is called once the signature is verified,
    before any other part is read (it may raise to refuse the bundle); when it returns False the
    reading stops after cases.json, with no evidence read. ``take_evidence`` is given each
    evidence part as a stream that raises BundleError as soon as it does not match. Returns the
    manifest and the bytes of cases.json. Anything ``take_evidence`` kept must be discarded if
    this raises."""
    try:
        ident = pyrage.x25519.Identity.from_str(identity)
    except Exception:
        raise BundleError("This store's identity key is damaged.", Refusal.DAMAGED, code="bundle.identity_damaged") from None
    channel = Channel(failed=_decrypt_error)
    counted = Counting(src)
    if progress:
        channel.reader.on_chunk = lambda: progress(counted.done, total)
    worker = produce(lambda: pyrage.decrypt_io(counted, channel.writer, [ident]), channel)
    stopped_early = False
    try:
        stream = io.BufferedReader(channel.reader, buffer_size=CHUNK)
        budget = _Budget(stream)
        budget.allow(HEADER_ALLOWANCE)
        try:
            tar = tarfile.open(fileobj=Forward(budget), mode="r:")
        except tarfile.TarError:
            raise BundleError("This file is not a Casefile bundle (no archive inside). It was refused.",
                              Refusal.NOT_A_BUNDLE) from None
        _, manifest_bytes = _read_small(tar, budget, MANIFEST, MAX_MANIFEST)
        manifest = Manifest.from_bytes(manifest_bytes)
        _, signature = _read_small(tar, budget, SIGNATURE, 1024)
        try:
            Ed25519PublicKey.from_public_bytes(manifest.signing_key_bytes).verify(signature, manifest_bytes)
        except InvalidSignature:
            raise BundleError("This bundle's signature does not match its content: it was altered or forged. "
                              "It was refused; nothing was changed.", Refusal.BAD_SIGNATURE) from None
        want_evidence = check_manifest(manifest) is not False
        parts = {p.name: p for p in manifest.parts}
        seen: set[str] = set()
        cases_json = b""
        while True:
            member, part = _next_part(tar, budget, parts, seen)
            if member is None:
                break
            reader = _Verifying(Content(tar.fileobj, member), part)
            if member.name == CASES:
                cases_json = reader.read()
                reader.check()
            elif not want_evidence:
                if CASES not in seen:
                    raise BundleError("This bundle's parts are out of order. It was refused.", Refusal.INVALID)
                stopped_early = True
                break
            else:
                take_evidence(part, reader)
                reader.drain()
        if not stopped_early:
            if seen != set(parts):
                raise BundleError("This bundle is incomplete: parts listed in its manifest are missing. "
                                  "It was cut off or altered; it was refused.", Refusal.DAMAGED)
            budget.allow(MAX_TAIL)
            while budget.read(CHUNK):  # age authenticates the end of the file last
                pass
            if progress:
                progress(total, total)
    except tarfile.TarError:
        channel.abort()
        worker.join()
        if channel.error is not None:
            raise _decrypt_error(channel.error) from None
        raise BundleError("This bundle is damaged: its archive is broken. It was refused.", Refusal.DAMAGED) from None
    except BaseException:
        channel.abort()
        worker.join()
        if channel.error is not None and not isinstance(channel.error, BrokenPipeError):
            raise _decrypt_error(channel.error) from None
        raise
    if stopped_early:  # the rest is not wanted: age stops at its next write
        channel.abort()
        worker.join()
        return manifest, cases_json
    worker.join()
    if channel.error is not None:
        raise _decrypt_error(channel.error)
    return manifest, cases_json


def evidence_part(record: EvidenceRecord) -> Part:
    """The manifest part of an evidence file: its identity, name and the intake details that have a value."""
    return Part(name=EVIDENCE_DIR + record.id, size=record.size, sha256=record.sha256, evidence_id=record.id,
                case_id=record.case_id, filename=record.filename or None, **record.intake())


def evidence_record(part: Part) -> EvidenceRecord:
    """The record an evidence part carries (what it leaves out keeps the record's default)."""
    given = {name: getattr(part, name) for name in ("filename", *INTAKE_FIELDS) if getattr(part, name) is not None}
    return EvidenceRecord(id=part.evidence_id, case_id=part.case_id, size=part.size, sha256=part.sha256, **given)


def cases_part(cases_json: bytes) -> Part:
    return Part(name=CASES, size=len(cases_json), sha256=hashlib.sha256(cases_json).hexdigest())


def manifest_for(sender: Sender, recipients: Iterable[str], parts: list[Part],
                 history: dict[str, dict[str, list[str]]]) -> Manifest:
    return Manifest(sender=sender, recipients=list(recipients), parts=parts, history=history)
