"""'Remember on this device': a device secret in the OS keyring that unwraps the data key.

Only a real keyring counts. keyrings.alt keeps secrets in plain or weakly protected files, the
fail and null backends keep nothing; with any of those the option is not offered.
"""
from __future__ import annotations

import secrets

import keyring
from keyring.errors import KeyringError

SERVICE = "Casefile"
_NOT_REAL = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt", "keyring.backends.chainer")


def _real(backend) -> bool:
    module = type(backend).__module__
    if module.startswith("keyring.backends.chainer"):
        return any(_real(b) for b in getattr(backend, "backends", []))
    return not module.startswith(_NOT_REAL) and getattr(backend, "priority", 0) > 0


class DeviceKeyring:
    """The OS keyring, or a given backend (tests pass an in-memory one)."""

    def __init__(self, backend=None):
        self._backend = backend

    @property
    def backend(self):
        return self._backend or keyring.get_keyring()

    def available(self) -> bool:
        try:
            return _real(self.backend)
        except Exception:  # a broken keyring is no keyring
            return False

    def new_secret(self, store_id: str) -> bytes:
        secret = secrets.token_bytes(32)
        self.backend.set_password(SERVICE, store_id, secret.hex())
        return secret

    def secret(self, store_id: str) -> bytes | None:
        try:
            value = self.backend.get_password(SERVICE, store_id)
        except KeyringError:
            return None
        return bytes.fromhex(value) if value else None

    def forget(self, store_id: str) -> None:
        try:
            self.backend.delete_password(SERVICE, store_id)
        except KeyringError:
            pass
