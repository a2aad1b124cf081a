"""Smaller edges of opening and creating a store (issue 14, item 7)."""
from __future__ import annotations

import os
import stat

import pytest

from storage.errors import StoreDamaged
from storage.store import DBFILE, Store


def test_a_zero_byte_database_is_not_a_store_and_is_not_written(store_path, passphrase):
    s, _ = Store.create(store_path, passphrase, owner="t", check_strength=False)
    s.close()
    (store_path / DBFILE).write_bytes(b"")
    before = sorted(os.listdir(store_path))
    with pytest.raises(StoreDamaged, match=f"is not a Casefile store: {DBFILE} is empty"):
        Store.open(store_path, passphrase=passphrase)
    assert (store_path / DBFILE).stat().st_size == 0
    assert sorted(os.listdir(store_path)) == before  # no -wal or -shm left behind


def test_init_into_an_existing_world_writable_folder_makes_it_private(tmp_path, passphrase):
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o777)
    s, _ = Store.create(folder, passphrase, owner="t", check_strength=False)
    s.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_new_folder_is_private_too(tmp_path, passphrase):
    s, _ = Store.create(tmp_path / "new", passphrase, owner="t", check_strength=False)
    s.close()
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
