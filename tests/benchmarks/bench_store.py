"""The store at scale: import time, full-text search against plain SQLite FTS5, open + first page.

    python -m tests.benchmarks.bench_store [--cases 100000]

The baseline is the same SQLite build (sqlcipher3 without a key is plain SQLite) holding the same
rows and the same full-text index, queried with the same SQL, in the same run. Targets (issue 2):
search median and p95 at most 1.3x the plain figures; open plus the first page under 300 ms,
not counting the deliberate key derivation.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from models import interchange
from storage import cases, search
from storage.db import PRAGMAS, connect
from storage.interchange_io import import_document
from storage.store import DBFILE, Store
from tests.benchmarks.generate import documents

PASSPHRASE = "benchmark passphrase, not a secret"
QUERIES = ["Aqan", "Гүлнар", "Toqtarov", "Xinyuan camp", "steamed buns", "Қайрат Жақсылық", "police station",
           "garment factory", "Serik Ospanov", "anthem morning", "Khorgas", "sleep", "Әйгерім", "party school",
           "mother questioned", "Omarova", "Urumqi prison", "cameras", "Nurgali", "Tekes"]


def _plain_copy(store_path: Path, data_key: bytes, plain: Path) -> None:
    """The same rows and index in an unencrypted database (sqlcipher_export to an empty key)."""
    conn = connect(store_path / DBFILE, data_key)
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def _plain_connect(path: Path):
    conn = sqlcipher.connect(str(path), isolation_level=None)
    for p in PRAGMAS:
        if "cipher" not in p:
            conn.execute(p)
    return conn


def _search_sql() -> str:
    w = ", ".join(str(x) for x in search.WEIGHTS)
    return ('SELECT c.id, c.reference, c.title, c.applicant, c.status, c.updated_at FROM "case" c '
            f"JOIN case_fts f ON f.rowid = c.pk WHERE case_fts MATCH ? ORDER BY bm25(case_fts, {w}) LIMIT 50")


def _time_queries(conn, rounds: int) -> list[float]:
    sql, out = _search_sql(), []
    for q in QUERIES:  # one warm-up pass, as a person's second search would be
        conn.execute(sql, (search.match_expression(q),)).fetchall()
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            conn.execute(sql, (search.match_expression(q),)).fetchall()
            out.append(time.perf_counter() - t)
    return out


def _pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def run(n_cases: int, workdir: Path, rounds: int = 5) -> dict:
    store_path = workdir / "store"
    store, _ = Store.create(store_path, PASSPHRASE, check_strength=False)
    t0 = time.perf_counter()
    for doc in documents(n_cases):
        import_document(store, interchange.parse_document(doc))
    import_s = time.perf_counter() - t0
    data_key = store._data_key
    store.close()

    plain = workdir / "plain.db"
    _plain_copy(store_path, data_key, plain)

    enc = connect(store_path / DBFILE, data_key)
    pl = _plain_connect(plain)
    # interleave the two, so that machine noise falls on both alike
    enc_t, plain_t = [], []
    for _ in range(rounds):
        enc_t += _time_queries(enc, 1)
        plain_t += _time_queries(pl, 1)
    enc.close(), pl.close()

    # open + first page, not counting the key derivation
    t = time.perf_counter()
    keyfile, key = Store.unlock(store_path, passphrase=PASSPHRASE)
    kdf_s = time.perf_counter() - t
    t = time.perf_counter()
    store = Store.open_unlocked(store_path, keyfile, key)
    with store.read() as s:
        q = cases.CaseQuery()
        total = cases.count_cases(s, q)
        first = cases.list_cases(s, q, 0, 100)
    open_first_page_s = time.perf_counter() - t
    store.close()
    assert total == n_cases and len(first) == min(100, n_cases)

    result = {
        "cases": n_cases,
        "import_seconds": round(import_s, 2),
        "import_cases_per_second": round(n_cases / import_s, 1),
        "search_median_ms": {"encrypted": round(statistics.median(enc_t) * 1000, 3),
                             "plain": round(statistics.median(plain_t) * 1000, 3)},
        "search_p95_ms": {"encrypted": round(_pct(enc_t, 95) * 1000, 3), "plain": round(_pct(plain_t, 95) * 1000, 3)},
        "open_and_first_page_ms_without_kdf": round(open_first_page_s * 1000, 1),
        "kdf_ms": round(kdf_s * 1000, 1),
    }
    result["search_median_ratio"] = round(statistics.median(enc_t) / statistics.median(plain_t), 3)
    result["search_p95_ratio"] = round(_pct(enc_t, 95) / _pct(plain_t, 95), 3)
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path("build/bench/store.json"))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as d:
        result = run(args.cases, Path(d), args.rounds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
