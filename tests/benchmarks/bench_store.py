"""The store at scale: import time, full-text search against plain SQLite FTS5, open + first page.

    python -m tests.benchmarks.bench_store [--cases 100000]

The baseline is the same SQLite build (sqlcipher3 without a key is plain SQLite) holding the same
rows and the same full-text index, queried with the same SQL (the application's own), in the same
run, interleaved, from a process of its own that never opens an encrypted database.
``--keep DIR`` keeps the generated store, so that a later run can measure it again without the
import. Targets (issue 2, then issue 18): search median and p95 at most 1.3x (1.1x) the plain
figures; open plus the first page under 300 ms, not counting the deliberate key derivation.

Before and after issue 18 in the same run: a third process searches the same encrypted store
with SQLCipher's ``cipher_memory_security`` ON, as the store ran until then (it is process-wide
and cannot be turned off again, hence a process of its own).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from models import interchange
from storage import cases
from storage.db import PRAGMAS, connect
from storage.interchange_io import import_document
from storage.store import DBFILE, Store
from tests.benchmarks.generate import documents

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "benchmark passphrase, not a secret"
QUERIES = ["Aqan", "Гүлнар", "Toqtarov", "Xinyuan camp", "steamed buns", "Қайрат Жақсылық", "police station",
           "garment factory", "Serik Ospanov", "anthem morning", "Khorgas", "sleep", "Әйгерім", "party school",
           "mother questioned", "Omarova", "Urumqi prison", "cameras", "Nurgali", "Tekes"]


def _plain_copy(store_path: Path, data_key: bytes, hmac: str, plain: Path) -> None:
    """The same rows and index in an unencrypted database (sqlcipher_export to an empty key)."""
    conn = connect(store_path / DBFILE, data_key, hmac)
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


def _memsec_connect(store_path: Path):
    """The store as it ran before issue 18: memory security turned on before its first query."""
    keyfile, data_key = Store.unlock(store_path, passphrase=PASSPHRASE)
    conn = connect(store_path / DBFILE, data_key, keyfile.hmac)
    conn.execute("PRAGMA cipher_memory_security = ON")
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
    return conn


def _time_queries(conn, rounds: int) -> list[float]:
    """The search the application runs (storage.cases.list_sql), best 50 matches of each query."""
    out = []
    statements = [cases.list_sql(cases.CaseQuery(text=q, sort="relevance"), 0, 50) for q in QUERIES]
    for sql, params in statements:  # one warm-up pass, as a person's second search would be
        conn.execute(sql, params).fetchall()
    for _ in range(rounds):
        for sql, params in statements:
            t = time.perf_counter()
            conn.execute(sql, params).fetchall()
            out.append(time.perf_counter() - t)
    return out


# What the case list asks for as a caseworker sorts, filters and searches (issue 3's window runs
# the same SQL): a page of 100 rows and the count, each the median of three.
LIST_VIEWS = {
    "all, last changed first": {},
    "all, next hearing first": {"sort": "next_hearing", "descending": False},
    "search 'camp', last changed first": {"text": "camp"},
    "search 'camp', best first (a word in nearly every case: newest first)": {"text": "camp", "sort": "relevance"},
    "search 'Aqan', best first": {"text": "Aqan", "sort": "relevance"},
    "search 'camp', by title": {"text": "camp", "sort": "title", "descending": False},
    "relatives at risk": {"at_risk_only": True},
    "violation: arbitrary detention": {"violation": "arbitrary_detention"},
}


def _time_list_views(store) -> dict:
    out = {}
    with store.read() as s:
        for name, kw in LIST_VIEWS.items():
            q = cases.CaseQuery(**kw)
            page, count = [], []
            for _ in range(3):
                t = time.perf_counter()
                cases.list_cases(s, q, 0, 100)
                page.append(time.perf_counter() - t)
                t = time.perf_counter()
                cases.count_cases(s, q)
                count.append(time.perf_counter() - t)
            out[name] = {"page_ms": round(statistics.median(page) * 1000, 1),
                         "count_ms": round(statistics.median(count) * 1000, 1)}
    return out


def _pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def build(n_cases: int, store_path: Path) -> float:
    """Import n generated cases into a new store; the seconds it took."""
    store, _ = Store.create(store_path, PASSPHRASE, check_strength=False)
    t0 = time.perf_counter()
    for doc in documents(n_cases):
        import_document(store, interchange.parse_document(doc))
    import_s = time.perf_counter() - t0
    store.close()
    return import_s


def run(n_cases: int, workdir: Path, rounds: int = 5, store_path: Path | None = None) -> dict:
    """Build a store of n cases in workdir (or reuse the one kept at store_path), then measure it."""
    import_s = None
    if store_path is None or not (store_path / DBFILE).exists():
        store_path = store_path or workdir / "store"
        import_s = build(n_cases, store_path)
    keyfile, data_key = Store.unlock(store_path, passphrase=PASSPHRASE)

    plain = workdir / "plain.db"
    _plain_copy(store_path, data_key, keyfile.hmac, plain)

    # The plain baseline runs in a process of its own that never opens an encrypted database; the
    # same plain database queried in this process as well (encryption alone, nothing else apart).
    # The old setting (memory security on, process-wide) runs in a third process.
    workers = {kind: subprocess.Popen([sys.executable, "-m", "tests.benchmarks.bench_store", f"--{kind}-worker",
                                       str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
               for kind, path in (("plain", plain), ("memsec", store_path))}

    def worker_round(kind: str) -> list[float]:
        workers[kind].stdin.write("round\n")
        workers[kind].stdin.flush()
        return json.loads(workers[kind].stdout.readline())

    enc = connect(store_path / DBFILE, data_key, keyfile.hmac)
    pl = _plain_connect(plain)
    # interleave them, so that machine noise falls on all alike
    enc_t, plain_t, same_t, memsec_t = [], [], [], []
    try:
        for _ in range(rounds):
            enc_t += _time_queries(enc, 1)
            plain_t += worker_round("plain")
            same_t += _time_queries(pl, 1)
            memsec_t += worker_round("memsec")
    finally:
        for w in workers.values():
            w.stdin.close()
            w.wait()
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
    list_views = _time_list_views(store)
    store.close()
    assert total == n_cases and len(first) == min(100, n_cases)

    result = {
        "cases": n_cases,
        "import_seconds": round(import_s, 2) if import_s else None,
        "import_cases_per_second": round(n_cases / import_s, 1) if import_s else None,
        "search_median_ms": {"encrypted": round(statistics.median(enc_t) * 1000, 3),
                             "plain": round(statistics.median(plain_t) * 1000, 3),
                             "encrypted_memory_security_on": round(statistics.median(memsec_t) * 1000, 3)},
        "search_p95_ms": {"encrypted": round(_pct(enc_t, 95) * 1000, 3), "plain": round(_pct(plain_t, 95) * 1000, 3),
                          "encrypted_memory_security_on": round(_pct(memsec_t, 95) * 1000, 3)},
        "plain_same_process_median_ms": round(statistics.median(same_t) * 1000, 3),
        "open_and_first_page_ms_without_kdf": round(open_first_page_s * 1000, 1),
        "kdf_ms": round(kdf_s * 1000, 1),
        "case_list_views": list_views,
    }
    result["search_median_ratio"] = round(statistics.median(enc_t) / statistics.median(plain_t), 3)
    result["search_p95_ratio"] = round(_pct(enc_t, 95) / _pct(plain_t, 95), 3)
    # encryption alone: the plain database queried from this same process
    result["search_median_ratio_same_process"] = round(statistics.median(enc_t) / statistics.median(same_t), 3)
    # before issue 18: memory security on, against the same plain baseline
    result["memory_security_on_median_ratio"] = round(statistics.median(memsec_t) / statistics.median(plain_t), 3)
    result["memory_security_on_p95_ratio"] = round(_pct(memsec_t, 95) / _pct(plain_t, 95), 3)
    return result


def _worker(conn) -> int:
    """A process of its own: one round of the queries for every line read."""
    for _ in sys.stdin:
        print(json.dumps(_time_queries(conn, 1)), flush=True)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plain-worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--memsec-worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path("build/bench/store.json"))
    ap.add_argument("--keep", type=Path, metavar="DIR",
                    help="keep the generated store in DIR, or measure the one already there (no import time)")
    args = ap.parse_args(argv)
    if args.plain_worker:
        return _worker(_plain_connect(args.plain_worker))
    if args.memsec_worker:
        return _worker(_memsec_connect(args.memsec_worker))
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as d:
        result = run(args.cases, Path(d), args.rounds, args.keep)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
