"""Shared fixtures. Qt runs offscreen; every test gets its own encrypted store and an in-memory keyring."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

PASSPHRASE = "correct horse battery staple orange"


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""
    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def _no_os_keyring(monkeypatch):
    """No test may touch the real keyring of the machine it runs on."""
    import keyring

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    return backend


@pytest.fixture
def memory_keyring(_no_os_keyring):
    return _no_os_keyring


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "store"


@pytest.fixture
def store(store_path):
    from storage.store import Store

    s, _recovery = Store.create(store_path, PASSPHRASE, owner="Test Caseworker")
    yield s
    s.close()
