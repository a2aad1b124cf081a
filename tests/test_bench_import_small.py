"""The import benchmark at a small scale, so that it keeps running (no timing assertions): the
plain baseline holds the same rows as the store the bulk import made."""
import sqlcipher3.dbapi2 as sqlcipher

from storage.db import connect
from storage.store import DBFILE, Store
from tests.benchmarks.bench_import import PASSPHRASE, TABLES, run


def test_import_benchmark_runs_small_and_its_baseline_holds_the_same_rows(tmp_path):
    r = run(30, tmp_path)
    assert r["cases"] == 30 and r["ratio"] > 0 and r["peak_rss_mib"] > 0
    assert r["import_cache_mib"] == r["plain_cache_mib"] == 256  # the same room for pages on both sides, reported
    keyfile, key = Store.unlock(tmp_path / "store", passphrase=PASSPHRASE)
    enc, plain = connect(tmp_path / "store" / DBFILE, key, keyfile.hmac), sqlcipher.connect(str(tmp_path / "plain.db"))
    for table in [t for t in TABLES if t != "audit_log"]:
        sql = f'SELECT count(*) FROM "{table}"'
        assert plain.execute(sql).fetchone() == enc.execute(sql).fetchone() != (0,), table
    match = "SELECT count(*) FROM case_fts WHERE case_fts MATCH 'camp'"
    assert plain.execute(match).fetchone() == enc.execute(match).fetchone() != (0,)
    enc.close(), plain.close()
