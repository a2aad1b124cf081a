"""The store's data key and the wraps that protect it (keys.json beside the database).

The database is encrypted by SQLCipher under a random 256-bit data key. That key is never
derived from the passphrase; it is wrapped (AES-256-GCM) by keys that are:
- derived from the passphrase with Argon2id (64 MiB, t=3, p=4; parameters stored with the wrap),
- derived from the recovery key (160 random bits, so HKDF suffices),
- optionally held by the OS keyring ("remember on this device").
Changing the passphrase re-wraps the data key; the data is never re-encrypted. The associated
data of each wrap binds it to its store and its kind, so wraps cannot be swapped between stores.

Key material this module makes (the data key, its subkeys, the keys that wrap it, the passphrase's
UTF-8 bytes) is returned in ``bytearray``s, written in place by the cryptography library
(``derive_into``, ``decrypt_into``), so that its owner can overwrite it with ``wipe`` when done:
the store wipes its keys when it closes or locks. What cannot be wiped is listed in README,
section protection (the passphrase's Python str, the hex text SQLCipher is keyed with, ...).
"""
from __future__ import annotations

import base64
import json
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import KeyFileMissing, StoreDamaged, WrongPassphrase
from storage.files import atomic_write

KEYFILE = "keys.json"
DATA_KEY_BYTES = 32
ARGON2 = {"memory_cost": 64 * 1024, "iterations": 3, "lanes": 4}  # KiB, passes, lanes
RECOVERY_BITS = 160
# SQLCipher's page authentication. Stores made before this setting existed have no "hmac" in
# keys.json and keep SQLCipher 4's default, HMAC-SHA512; new stores use HMAC-SHA256, which the
# SHA extensions of current processors compute in hardware: evidence files read about 1.8 times
# as fast (measured by tests/benchmarks/bench_bundle.py), with the same 256-bit page MAC keys.
HMAC_DEFAULT, HMAC_NEW = "HMAC_SHA512", "HMAC_SHA256"
HMAC_ALGORITHMS = frozenset({HMAC_DEFAULT, HMAC_NEW})
# Bounds on what keys.json may ask for (README, section store). Below the floor is a weakened wrap
# (someone lowered the cost to guess faster); above the ceiling a tampered file would hang or
# exhaust memory before the passphrase is even checked. keys.json itself is a few hundred bytes.
ARGON2_BOUNDS = {"memory_cost": (ARGON2["memory_cost"], 1024 * 1024), "iterations": (ARGON2["iterations"], 16),
                 "lanes": (1, 16)}
MAX_KEYFILE_BYTES = 64 * 1024
_FIELD_BYTES = {"salt": (16, 64), "nonce": (12, 12), "ciphertext": (DATA_KEY_BYTES + 16, DATA_KEY_BYTES + 16)}
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def wipe(buf: bytearray) -> None:
    """Overwrite key material in place with zeros (a same-length slice assignment never moves it)."""
    buf[:] = bytes(len(buf))


def new_data_key() -> bytearray:
    """A random data key, read straight into its buffer where the system offers /dev/urandom."""
    key = bytearray(DATA_KEY_BYTES)
    try:
        with open("/dev/urandom", "rb", buffering=0) as f:
            if f.readinto(key) == DATA_KEY_BYTES:
                return key
    except OSError:
        pass
    key[:] = os.urandom(DATA_KEY_BYTES)  # Windows: a short-lived bytes copy, unavoidable here
    return key


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


# --- recovery keys ---------------------------------------------------------------------------

def new_recovery_key() -> str:
    """160 random bits as 32 Crockford base32 characters in eight groups of four."""
    n = secrets.randbits(RECOVERY_BITS)
    chars = "".join(_ALPHABET[(n >> (5 * i)) & 31] for i in range(RECOVERY_BITS // 5))
    return "-".join(chars[i:i + 4] for i in range(0, len(chars), 4))


def normalize_recovery_key(text: str) -> bytes:
    """Bytes of a recovery key as typed: case, spaces and dashes do not matter; O/I/L read as 0/1."""
    chars = "".join(c for c in text.upper() if c not in " -\t\n").translate(_ALIASES)
    if len(chars) != RECOVERY_BITS // 5 or any(c not in _ALPHABET for c in chars):
        raise WrongPassphrase("That is not a recovery key: it has 32 letters and digits in eight groups of four.", code="recovery_key.malformed")
    n = 0
    for i, c in enumerate(chars):
        n |= _ALPHABET.index(c) << (5 * i)
    return n.to_bytes(RECOVERY_BITS // 8, "big")


# --- reading keys.json safely ----------------------------------------------------------------

def _read_bounded(path: Path) -> bytes:
    """keys.json only if it is a regular file of bounded size (never a device, FIFO or huge file)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_KEYFILE_BYTES:
            raise ValueError("not a regular file of bounded size")
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(MAX_KEYFILE_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_KEYFILE_BYTES:
        raise ValueError("too large")
    return data


def _check_wrap(kind: str, wrap) -> None:
    """A wrap's fields have the right types and sizes; the passphrase's Argon2id settings lie within
    ARGON2_BOUNDS. Raises ValueError (read as a damaged or tampered key file)."""
    if not isinstance(wrap, dict):
        raise ValueError(kind)
    for name, (low, high) in _FIELD_BYTES.items():
        if name in wrap and not low <= len(_unb64(wrap[name])) <= high:
            raise ValueError(name)
    if kind == "passphrase" and wrap.get("kdf") == "argon2id":
        for name, (low, high) in ARGON2_BOUNDS.items():
            value = wrap[name]
            if type(value) is not int or not low <= value <= high:
                raise ValueError(name)


# --- key derivation --------------------------------------------------------------------------

def _argon2(passphrase: str, salt: bytes, params: dict) -> bytearray:
    secret, out = bytearray(passphrase, "utf-8"), bytearray(32)
    try:
        Argon2id(salt=salt, length=32, iterations=params["iterations"], lanes=params["lanes"],
                 memory_cost=params["memory_cost"]).derive_into(secret, out)
    finally:
        wipe(secret)
    return out


def _hkdf(secret: bytes | bytearray, salt: bytes, info: bytes) -> bytearray:
    out = bytearray(32)
    HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive_into(secret, out)
    return out


def derive_subkey(data_key: bytes | bytearray, purpose: str) -> bytearray:
    """A key for one purpose inside the store (the audit chain's MAC), derived from the data key."""
    return _hkdf(data_key, b"", f"casefile/{purpose}".encode())


@dataclass
class KeyFile:
    store_id: str
    wraps: dict[str, dict] = field(default_factory=dict)
    hmac: str = HMAC_DEFAULT  # SQLCipher's cipher_hmac_algorithm for this store's database

    # --- persistence -------------------------------------------------------------------------

    @classmethod
    def load(cls, folder: Path) -> "KeyFile":
        path = Path(folder) / KEYFILE
        if not os.path.lexists(path):
            raise KeyFileMissing(
                f"The key file {KEYFILE} is missing from {folder}. Restore it from your backup of the "
                "store; without it the store cannot be opened.", code="key_file.missing", file=KEYFILE, folder=folder)
        damaged = StoreDamaged(f"The key file {KEYFILE} in {folder} is damaged or has been tampered with. "
                               "Restore it from your backup.", code="key_file.damaged", file=KEYFILE, folder=folder)
        try:
            data = json.loads(_read_bounded(path))
            if not isinstance(data, dict) or data.get("format") != "casefile-keys" or data.get("version") != 1:
                raise ValueError
            hmac = data.get("hmac", HMAC_DEFAULT)
            if hmac not in HMAC_ALGORITHMS:
                raise ValueError
            keyfile = cls(store_id=str(data["store_id"]), wraps=dict(data["wraps"]), hmac=hmac)
            for kind, wrap in keyfile.wraps.items():
                _check_wrap(kind, wrap)
            return keyfile
        except (ValueError, KeyError, TypeError, OSError, RecursionError):
            raise damaged from None

    def save(self, folder: Path) -> None:
        body = {"format": "casefile-keys", "version": 1, "store_id": self.store_id, "wraps": self.wraps}
        if self.hmac != HMAC_DEFAULT:
            body["hmac"] = self.hmac
        atomic_write(Path(folder) / KEYFILE, (json.dumps(body, indent=2) + "\n").encode())

    # --- wrapping ----------------------------------------------------------------------------

    def _aad(self, kind: str) -> bytes:
        return f"casefile-keys/v1/{self.store_id}/{kind}".encode()

    def _seal(self, kind: str, kek: bytearray, data_key: bytes | bytearray, **kdf) -> None:
        """Wrap the data key under ``kek``, which is wiped afterwards."""
        nonce = os.urandom(12)
        try:
            ct = AESGCM(kek).encrypt(nonce, data_key, self._aad(kind))
        finally:
            wipe(kek)
        self.wraps[kind] = {**kdf, "nonce": _b64(nonce), "ciphertext": _b64(ct)}

    def _open(self, kind: str, kek: bytearray) -> bytearray:
        """The data key unwrapped by ``kek`` (which is wiped afterwards), in a buffer of its own."""
        w = self.wraps[kind]
        data_key = bytearray(DATA_KEY_BYTES)
        try:
            AESGCM(kek).decrypt_into(_unb64(w["nonce"]), _unb64(w["ciphertext"]), self._aad(kind), data_key)
            return data_key
        except InvalidTag:
            wipe(data_key)  # whatever was decrypted before the tag was found wrong
            if kind == "passphrase":
                raise WrongPassphrase("The passphrase is wrong.", code="passphrase.wrong") from None
            if kind == "recovery":
                raise WrongPassphrase("The recovery key is wrong.", code="recovery_key.wrong") from None
            raise WrongPassphrase("The key remembered on this device does not open this store.",
                                  code="device_key.wrong") from None
        finally:
            wipe(kek)

    def wrap_passphrase(self, data_key: bytes, passphrase: str) -> None:
        salt = os.urandom(16)
        self._seal("passphrase", _argon2(passphrase, salt, ARGON2), data_key,
                   kdf="argon2id", salt=_b64(salt), **ARGON2)

    def unwrap_passphrase(self, passphrase: str) -> bytearray:
        w = self.wraps.get("passphrase")
        if not w or w.get("kdf") != "argon2id":
            raise StoreDamaged("The key file has no passphrase entry. Use the recovery key.", code="key_file.no_passphrase")
        try:
            _check_wrap("passphrase", w)  # also when the KeyFile was not read by load()
        except (ValueError, KeyError, TypeError):
            raise StoreDamaged(f"The key file {KEYFILE} is damaged or has been tampered with: its passphrase "
                               "settings are outside the bounds Casefile accepts. Restore it from your backup.", code="key_file.out_of_bounds", file=KEYFILE) from None
        params = {k: int(w[k]) for k in ("memory_cost", "iterations", "lanes")}
        return self._open("passphrase", _argon2(passphrase, _unb64(w["salt"]), params))

    def wrap_recovery(self, data_key: bytes, recovery_key: str) -> None:
        salt = os.urandom(16)
        kek = _hkdf(normalize_recovery_key(recovery_key), salt, b"casefile recovery key wrap")
        self._seal("recovery", kek, data_key, kdf="hkdf-sha256", salt=_b64(salt))

    def unwrap_recovery(self, recovery_key: str) -> bytearray:
        w = self.wraps.get("recovery")
        if not w:
            raise StoreDamaged("The key file has no recovery entry.", code="key_file.no_recovery")
        return self._open("recovery", _hkdf(normalize_recovery_key(recovery_key), _unb64(w["salt"]),
                                            b"casefile recovery key wrap"))

    def wrap_device(self, data_key: bytes, device_secret: bytes) -> None:
        self._seal("device", _hkdf(device_secret, b"", b"casefile device wrap"), data_key, kdf="keyring")

    def unwrap_device(self, device_secret: bytes) -> bytearray:
        return self._open("device", _hkdf(device_secret, b"", b"casefile device wrap"))

    def has(self, kind: str) -> bool:
        return kind in self.wraps
