"""Opening a store: passphrase, recovery key, passphrase change, remembered device, refusals."""
import json
import os

import pytest

from storage.device import DeviceKeyring
from storage.errors import KeyFileMissing, StoreDamaged, StoreExists, StoreNotFound, WeakPassphrase, WrongPassphrase
from storage.keys import new_recovery_key, normalize_recovery_key
from storage.store import Store
from storage import cases
from tests import factory


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_store_opens_with_passphrase_and_keeps_cases(store_path, passphrase):
    store, _ = Store.create(store_path, passphrase, owner="A")
    with store.write() as s:
        cases.save_case(s, store, factory.case("K-1"))
    store.close()
    with Store.open(store_path, passphrase=passphrase) as again, again.read() as s:
        assert cases.get_case(s, "K-1").persons[1].names[1].value == "زەينەپ تۇرسۇن"


def test_wrong_passphrase_is_refused_and_nothing_is_written(store, store_path):
    store.close()
    before = _snapshot(store_path)
    with pytest.raises(WrongPassphrase, match="passphrase is wrong"):
        Store.open(store_path, passphrase="not the passphrase at all")
    assert _snapshot(store_path) == before


def test_recovery_key_opens_the_store_however_it_is_typed(store_path, passphrase):
    store, recovery = Store.create(store_path, passphrase)
    store.close()
    typed = recovery.lower().replace("-", " ").replace("0", "o")
    Store.open(store_path, recovery_key=typed).close()
    wrong = ("Z" if recovery[0] != "Z" else "Y") + recovery[1:]
    with pytest.raises(WrongPassphrase, match="recovery key is wrong"):
        Store.open(store_path, recovery_key=wrong)


def test_recovery_key_carries_160_random_bits_in_typable_groups(store_path, passphrase, monkeypatch):
    import secrets

    asked = []

    def randbits(k):
        asked.append(k)
        return (1 << 159) | 1  # the lowest and the highest bit: both must show in the key

    monkeypatch.setattr(secrets, "randbits", randbits)
    store, recovery = Store.create(store_path, passphrase)
    store.close()
    assert asked == [160]  # one draw of 160 bits from the operating system's generator
    # Crockford base32, lowest five bits first: 1 is "1", and bit 159 is 16 ("G") in the last place.
    assert recovery == "1000-0000-0000-0000-0000-0000-0000-000G"
    Store.open(store_path, recovery_key=recovery).close()
    monkeypatch.undo()
    for n, key in ((0, "0000-0000-0000-0000-0000-0000-0000-0000"),
                   ((1 << 160) - 1, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")):
        monkeypatch.setattr(secrets, "randbits", lambda k, n=n: n)
        assert new_recovery_key() == key and normalize_recovery_key(key) == n.to_bytes(20, "big")
    monkeypatch.undo()
    keys = {new_recovery_key() for _ in range(2000)}
    assert len(keys) == 2000
    assert set("".join(keys)) == set("0123456789ABCDEFGHJKMNPQRSTVWXYZ-")  # no I, L, O, U to misread


def _pages(path) -> list[bytes]:
    data = path.read_bytes()
    return [data[i:i + 4096] for i in range(0, len(data), 4096)]  # SQLCipher 4's page size


def test_passphrase_change_rewraps_without_reencrypting(store_path, passphrase):
    store, recovery = Store.create(store_path, passphrase)
    with store.write() as s:
        for i in range(40):  # enough cases for about a hundred pages
            cases.save_case(s, store, factory.case(f"K-{i}"))
    store.close()
    before, wraps_before = _pages(store_path / "casefile.db"), json.loads((store_path / "keys.json").read_text())["wraps"]
    with Store.open(store_path, passphrase=passphrase) as st:
        st.change_passphrase(passphrase, "a whole new passphrase for the laptop")
    after = _pages(store_path / "casefile.db")
    # Re-encrypting would rewrite every page (each is written with a fresh IV). Only the pages
    # the "passphrase_changed" audit entry went into may differ; the first, with the salt, does not.
    assert len(before) > 50 and len(after) == len(before)
    changed = [i for i, (b, a) in enumerate(zip(before, after)) if b != a]
    assert 0 not in changed and len(changed) <= 4, changed
    wraps_after = json.loads((store_path / "keys.json").read_text())["wraps"]
    assert wraps_after["recovery"] == wraps_before["recovery"] and wraps_after["passphrase"] != wraps_before["passphrase"]
    with pytest.raises(WrongPassphrase):
        Store.open(store_path, passphrase=passphrase)
    with Store.open(store_path, passphrase="a whole new passphrase for the laptop") as st, st.read() as s:
        assert cases.get_case(s, "K-39").reference == "K-39"
    with Store.open(store_path, recovery_key=recovery) as st, st.read() as s:
        assert cases.get_case(s, "K-0").reference == "K-0"


def test_passphrase_change_refuses_the_wrong_old_passphrase(store, passphrase):
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not it at all, sorry", "a whole new passphrase for the laptop")


def test_weak_passphrases_are_refused(store_path):
    with pytest.raises(WeakPassphrase):
        Store.create(store_path, "password123")
    assert not store_path.exists()


def test_missing_key_file_is_a_clear_error_and_the_store_is_not_replaced(store, store_path, passphrase):
    store.close()
    os.rename(store_path / "keys.json", store_path.parent / "keys.json.away")
    before = _snapshot(store_path)
    with pytest.raises(KeyFileMissing, match="keys.json is missing"):
        Store.open(store_path, passphrase=passphrase)
    assert _snapshot(store_path) == before


def test_damaged_database_is_reported_never_replaced(store, store_path, passphrase):
    store.close()
    db = store_path / "casefile.db"
    data = bytearray(db.read_bytes())
    data[100:4096] = os.urandom(4096 - 100)  # page 1, after the salt
    db.write_bytes(bytes(data))
    before = _snapshot(store_path)
    with pytest.raises(StoreDamaged, match="cannot be decrypted"):
        Store.open(store_path, passphrase=passphrase)
    assert _snapshot(store_path) == before


def test_missing_store_is_not_created(tmp_path, passphrase):
    with pytest.raises(StoreNotFound):
        Store.open(tmp_path / "nothing", passphrase=passphrase)
    assert not (tmp_path / "nothing").exists()


def test_create_refuses_a_folder_that_has_files(tmp_path, passphrase):
    (tmp_path / "x.txt").write_text("keep me")
    with pytest.raises(StoreExists):
        Store.create(tmp_path, passphrase)
    assert (tmp_path / "x.txt").read_text() == "keep me"


def test_key_file_of_another_store_is_refused(tmp_path, passphrase):
    a, _ = Store.create(tmp_path / "a", passphrase)
    b, _ = Store.create(tmp_path / "b", passphrase)
    a.close(), b.close()
    (tmp_path / "a" / "keys.json").write_bytes((tmp_path / "b" / "keys.json").read_bytes())
    with pytest.raises(StoreDamaged):
        Store.open(tmp_path / "a", passphrase=passphrase)


def test_remember_on_device_with_a_real_keyring(store, store_path, memory_keyring):
    device = DeviceKeyring(memory_keyring)
    store.remember_on_device(device)
    store.close()
    Store.open(store_path, device=device).close()
    assert list(memory_keyring.items)  # the secret went to the keyring, not to the folder


def test_remember_on_device_is_refused_without_a_real_keyring(store):
    from keyring.backends.fail import Keyring as FailKeyring

    device = DeviceKeyring(FailKeyring())
    assert not device.available()
    with pytest.raises(StoreDamaged, match="no secure keyring"):
        store.remember_on_device(device)
    assert "device" not in store.keyfile.wraps


def test_key_file_wraps_use_argon2id_with_the_required_parameters(store_path, passphrase):
    Store.create(store_path, passphrase)[0].close()
    wrap = json.loads((store_path / "keys.json").read_text())["wraps"]["passphrase"]
    assert (wrap["kdf"], wrap["memory_cost"], wrap["iterations"], wrap["lanes"]) == ("argon2id", 65536, 3, 4)


def test_store_files_are_private_to_the_user(store, store_path):
    for p in store_path.iterdir():
        assert p.stat().st_mode & 0o077 == 0, p.name
    assert store_path.stat().st_mode & 0o077 == 0


def _opens_with(db, data_key: bytes, hmac: str) -> bool:
    from storage.db import connect

    try:
        connect(db, data_key, hmac).close()
        return True
    except StoreDamaged:
        return False


def test_new_stores_authenticate_pages_with_hmac_sha256_and_say_so_in_the_key_file(store_path, passphrase):
    store, _ = Store.create(store_path, passphrase)
    store.change_passphrase(passphrase, passphrase + " and more")  # a re-wrap keeps the setting
    store.close()
    assert json.loads((store_path / "keys.json").read_text())["hmac"] == "HMAC_SHA256"
    keyfile, data_key = Store.unlock(store_path, passphrase=passphrase + " and more")
    assert _opens_with(store_path / "casefile.db", data_key, "HMAC_SHA256")
    assert not _opens_with(store_path / "casefile.db", data_key, "HMAC_SHA512")


def test_a_key_file_naming_an_unknown_page_authentication_is_refused(store, store_path, passphrase):
    store.close()
    body = json.loads((store_path / "keys.json").read_text())
    body["hmac"] = "HMAC_SHA1"
    (store_path / "keys.json").write_text(json.dumps(body))
    with pytest.raises(StoreDamaged, match="key file"):
        Store.open(store_path, passphrase=passphrase)
