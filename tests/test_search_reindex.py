"""A store whose full-text index was built with older search keys is re-indexed when opened, once:
a name is then found in every spelling, in stores made before as in new ones."""
import shutil
from pathlib import Path

from sqlalchemy import text

from models import interchange
from storage import cases, migrate
from storage.interchange_io import import_document
from storage.store import Store
from tests import factory

FIXTURE = Path(__file__).parent / "fixtures" / "store-r0001"
FIXTURE_PASSPHRASE = "fixture passphrase for casefile tests"


def _refs(store, query):
    with store.read() as s:
        return [c.reference for c in cases.search_cases(s, query)]


def _reindexed(store):
    with store.read() as s:
        return s.execute(text("SELECT count(*) FROM audit_log WHERE action = 'reindexed'")).scalar()


def test_a_first_release_store_finds_tursunay_by_her_kazakh_spelling_once_opened(tmp_path):
    copy = tmp_path / "old"
    shutil.copytree(FIXTURE, copy)
    with Store.open(copy, passphrase=FIXTURE_PASSPHRASE) as store:
        with store.read() as s:
            assert migrate.current_revision(s.connection()) == migrate.HEAD
        assert _refs(store, "Тұрсынай") == ["DEMO-2021-002"]    # recorded as Tursunay, تۇرسۇناي
        assert _refs(store, "Сейткали") == ["DEMO-2019-001"]    # recorded as Сейітқали
        assert _refs(store, "Xinyuan") == ["DEMO-2021-002"]     # the rest of the index is back too
        assert _refs(store, "steamed buns") == ["DEMO-2018-003"]
        assert _reindexed(store) == 1
        assert store.verify_audit() == []
    with Store.open(copy, passphrase=FIXTURE_PASSPHRASE) as store:   # the second open does no work
        assert _reindexed(store) == 1
        assert _refs(store, "Тұрсынай") == ["DEMO-2021-002"]


def test_an_index_built_with_other_keys_is_rebuilt_and_keeps_every_case(store, store_path, passphrase):
    import_document(store, interchange.parse_document(factory.demo_document()))
    with store.write() as s:  # what an older version left: another key version, a stale index
        s.execute(text("UPDATE meta SET value = 'names-1' WHERE key = 'search_index'"))
        s.execute(text("INSERT INTO case_fts (case_fts) VALUES ('delete-all')"))
    assert _refs(store, "Xinyuan") == []
    store.close()
    with Store.open(store_path, passphrase=passphrase) as again:
        assert _refs(again, "Xinyuan") == ["DEMO-2021-002"]
        assert _refs(again, "Тұрсынай") == ["DEMO-2021-002"]
        with again.read() as s:
            assert cases.count_cases(s, cases.CaseQuery(text="camp")) == len(
                [c for c in cases.get_cases(s) if "camp" in c.model_dump_json().lower()])


def test_a_new_store_is_not_reindexed(store, store_path, passphrase):
    store.close()
    with Store.open(store_path, passphrase=passphrase) as again:
        assert _reindexed(again) == 0
