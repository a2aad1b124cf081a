"""A store made by an older version opens in this one, and the migrated schema is what the models say."""
import shutil
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from models.tables import SQLModel
from storage import cases, migrate
from storage.store import Store

FIXTURE = Path(__file__).parent / "fixtures" / "store-r0001"
FIXTURE_PASSPHRASE = "fixture passphrase for casefile tests"


def test_a_store_from_the_first_release_opens_and_keeps_its_cases(tmp_path):
    copy = tmp_path / "old"
    shutil.copytree(FIXTURE, copy)
    with Store.open(copy, passphrase=FIXTURE_PASSPHRASE) as store:
        with store.read() as s:
            assert migrate.current_revision(s.connection()) == migrate.HEAD
            refs = [c.reference for c in cases.get_cases(s)]
            assert refs == ["DEMO-2018-003", "DEMO-2019-001", "DEMO-2021-002"]
            assert [c.reference for c in cases.search_cases(s, "Тоқтарова")] == ["DEMO-2021-002"]
        assert store.verify_audit() == []
        assert store.integrity_problems() == []


def test_migrated_schema_matches_the_models(store):
    with store.read() as s:
        diffs = compare_metadata(MigrationContext.configure(s.connection()), SQLModel.metadata)
    # The full-text indexes (virtual tables and their shadow tables) are not models.
    real = [d for d in diffs if not (d[0] == "remove_table" and d[1].name.startswith(("case_fts", "person_fts")))]
    assert real == []


def test_a_store_from_a_newer_version_is_refused_untouched(store, store_path, passphrase):
    with store.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    before = (store_path / "casefile.db").read_bytes()
    import pytest
    from storage.errors import StoreDamaged
    with pytest.raises(StoreDamaged, match="newer version"):
        Store.open(store_path, passphrase=passphrase)
    assert (store_path / "casefile.db").read_bytes() == before


def test_the_first_opening_by_a_newer_version_says_it_is_updating_and_counts_the_cases(tmp_path):
    copy = tmp_path / "old"
    shutil.copytree(FIXTURE, copy)
    keyfile, key = Store.unlock(copy, passphrase=FIXTURE_PASSPHRASE)
    assert Store.needs_update(copy, keyfile, key)
    calls = []
    with Store.open_unlocked(copy, keyfile, key, progress=lambda done, total: calls.append((done, total))):
        pass
    # first the schema (no count), then the index rebuilt case by case, to the fixture's three cases
    assert calls[0] == (0, 0)
    assert calls[1] == (0, 3) and calls[-1] == (3, 3)
    keyfile, key = Store.unlock(copy, passphrase=FIXTURE_PASSPHRASE)
    assert not Store.needs_update(copy, keyfile, key)
    again = []
    with Store.open_unlocked(copy, keyfile, key, progress=lambda done, total: again.append((done, total))):
        pass
    assert again == []  # an ordinary opening has nothing to say
