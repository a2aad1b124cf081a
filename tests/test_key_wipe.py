"""The store's keys are overwritten when it closes: after a lock, what was in their buffers is gone."""
from __future__ import annotations

import pytest

from storage import keys
from storage.errors import StoreDamaged, WrongPassphrase
from storage.store import Store


def _held_keys(store) -> list[bytearray]:
    return [store._data_key, store._audit_key]


def test_closing_the_store_overwrites_its_keys(store_path, passphrase):
    store = Store.open(_made(store_path, passphrase), passphrase=passphrase)
    held = _held_keys(store)
    assert all(len(b) == 32 and any(b) for b in held)
    store.close()
    assert all(b == bytearray(32) for b in held)
    store.close()  # closing twice is harmless


def test_a_closed_store_cannot_open_another_connection(store_path, passphrase):
    store = Store.open(_made(store_path, passphrase), passphrase=passphrase)
    store.close()
    with pytest.raises(StoreDamaged):
        with store.read() as s:
            s.connection().exec_driver_sql("SELECT 1")


def test_the_keys_that_unwrap_the_data_key_are_overwritten(monkeypatch, store_path, passphrase):
    """The passphrase's Argon2id output and its UTF-8 bytes live no longer than the unwrap."""
    _made(store_path, passphrase)
    made = []
    real_argon2 = keys._argon2
    real_wipe = keys.wipe

    def recording_argon2(*a):
        out = real_argon2(*a)
        made.append(out)
        return out

    wiped = []
    monkeypatch.setattr(keys, "_argon2", recording_argon2)
    monkeypatch.setattr(keys, "wipe", lambda buf: wiped.append(bytes(buf)) or real_wipe(buf))
    data_key = keys.KeyFile.load(store_path).unwrap_passphrase(passphrase)
    assert made and all(b == bytearray(32) for b in made)
    assert passphrase.encode() in wiped  # its UTF-8 bytes, before they were overwritten
    with pytest.raises(WrongPassphrase):
        keys.KeyFile.load(store_path).unwrap_passphrase(passphrase + " not")
    assert all(b == bytearray(32) for b in made)
    assert any(data_key)


def test_a_store_that_fails_to_open_overwrites_the_key(store_path, passphrase, tmp_path):
    _made(store_path, passphrase)
    keyfile, data_key = Store.unlock(store_path, passphrase=passphrase)
    (store_path / "casefile.db").write_bytes(b"")  # emptied: refused before the key is used
    with pytest.raises(StoreDamaged):
        Store.open_unlocked(store_path, keyfile, data_key)
    assert data_key == bytearray(32)


def _made(store_path, passphrase):
    """A store at store_path, created once, closed."""
    if not (store_path / "casefile.db").exists():
        Store.create(store_path, passphrase, check_strength=False)[0].close()
    return store_path


def test_closing_the_store_empties_the_caches_of_names_and_words(store_path, passphrase):
    from models import text_cache
    from storage import cases
    from tests import factory

    store = Store.open(_made(store_path, passphrase), passphrase=passphrase)
    with store.write() as s:
        cases.save_case(s, store, factory.case("CACHE-1"))  # its persons' names go through the matchers
    with store.read() as s:
        cases.search_cases(s, "Nurlan")
    assert text_cache.held() > 0
    store.close()
    assert text_cache.held() == 0


def test_every_cache_in_models_that_can_hold_case_text_is_one_that_closing_empties():
    """A new functools cache of names in models/ would keep them after a lock: only the one that
    loads a converter (no case text) may stay a plain lru_cache."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "models"
    plain = []
    for path in sorted(root.glob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if re.match(r"\s*@(functools\.)?(lru_cache|cache)\b", line):
                name = re.search(r"def (\w+)", "\n".join(lines[i + 1:i + 4])).group(1)
                plain.append(f"{path.name}:{name}")
    assert sorted(plain) == ["names.py:_opencc", "vocab.py:_all", "vocab.py:_translated", "vocab.py:codes"]  # no case text
