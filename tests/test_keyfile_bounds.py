"""keys.json from disk is bounded: Argon2id settings within bounds, a regular file of bounded size."""
from __future__ import annotations

import json
import os
import time

import pytest

from storage.errors import StoreDamaged, WrongPassphrase
from storage.keys import KEYFILE
from storage.store import Store

DAMAGED = "is damaged or has been tampered with"


@pytest.fixture
def made(store_path, passphrase):
    store, _ = Store.create(store_path, passphrase, owner="t", check_strength=False)
    store.close()
    return store_path


def _edit_wrap(folder, **changes):
    path = folder / KEYFILE
    data = json.loads(path.read_text())
    data["wraps"]["passphrase"].update(changes)
    path.write_text(json.dumps(data))


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("changes", [
    {"memory_cost": 16 * 1024 * 1024},  # 16 GiB: would exhaust memory
    {"iterations": 1_000_000},          # would hang
    {"lanes": 100_000},
    {"memory_cost": 8},                 # weakened: cheap to guess
    {"iterations": 1},
    {"memory_cost": "65536"},           # wrong type
    {"salt": "AAAA"},                   # 3-byte salt
])
def test_out_of_bounds_or_weakened_settings_are_a_damaged_key_file_not_a_wrong_passphrase(made, passphrase, changes):
    _edit_wrap(made, **changes)
    before = _files(made)
    started = time.monotonic()
    with pytest.raises(StoreDamaged, match=DAMAGED):
        Store.open(made, passphrase=passphrase)
    assert time.monotonic() - started < 5
    assert _files(made) == before


def test_within_bounds_a_wrong_passphrase_is_still_named_as_such(made):
    with pytest.raises(WrongPassphrase, match="The passphrase is wrong."):
        Store.open(made, passphrase="not the passphrase at all")


def test_a_key_file_linked_to_an_endless_device_is_refused_at_once(made, passphrase):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    (made / KEYFILE).unlink()
    os.symlink("/dev/zero", made / KEYFILE)
    with pytest.raises(StoreDamaged, match=DAMAGED):
        Store.open(made, passphrase=passphrase)


def test_a_key_file_that_is_a_fifo_does_not_block(made, passphrase):
    (made / KEYFILE).unlink()
    os.mkfifo(made / KEYFILE)
    with pytest.raises(StoreDamaged, match=DAMAGED):
        Store.open(made, passphrase=passphrase)


def test_a_huge_key_file_is_refused_without_reading_it(made, passphrase):
    path = made / KEYFILE
    with open(path, "r+b") as f:
        f.truncate(2 * 1024 ** 3)  # sparse: 2 GiB on paper
    with pytest.raises(StoreDamaged, match=DAMAGED):
        Store.open(made, passphrase=passphrase)


def test_deeply_nested_key_file_is_damaged(made, passphrase):
    (made / KEYFILE).write_text("[" * 50_000 + "]" * 50_000)
    with pytest.raises(StoreDamaged, match=DAMAGED):
        Store.open(made, passphrase=passphrase)
