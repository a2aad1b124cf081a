"""The bulk import of a large interchange document against a plain SQLite build of the same rows.

    python -m tests.benchmarks.bench_import [--cases 100000]

A document of N generated cases (tests/benchmarks/generate.py) is written to a file, then:
- bulk: a new encrypted store imports it (storage.bulk_import.import_cases: read as a stream,
  validated, written, indexed, audited) and is closed, in a process of its own, whose peak
  resident memory is reported;
- plain: the very rows the import wrote (the case rows, documents, facets, persons, name keys
  and audit entries, read back from the store, and the full-text rows made from the documents
  by storage.search, as the import makes them) are inserted into a new unencrypted database of
  the same schema, in one transaction, with the same pragmas but no key, and the page cache the
  import's writer has for its transaction (256 MiB, storage.db.BULK_CACHE; both are reported),
  and it is closed. Only the inserts, the commit and the close are timed. The same SQLite build (sqlcipher3 without a
  key is plain SQLite): the standard library's is older than the schema (contentless_delete).

Target (issue 18): the bulk import at most 3x the plain build.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from models.interchange import validate_case
from storage import search
from storage.bulk_import import import_cases
from storage.db import BULK_CACHE, PRAGMAS, connect
from storage.store import DBFILE, Store
from tests.benchmarks.generate import documents

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "benchmark passphrase, not a secret"
# The tables the import fills (besides the full-text ones, made again from the documents).
TABLES = ("case", "case_document", "case_facet", "person_index", "person_name_key", "audit_log")


def write_document(n_cases: int, path: Path) -> int:
    """The generated cases as one interchange document, written piece by piece; its size in bytes."""
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"format": "casefile-interchange", "version": 1, "cases": [\n')
        first = True
        for doc in documents(n_cases):
            for case in doc["cases"]:
                f.write(("" if first else ",\n") + json.dumps(case, ensure_ascii=False))
                first = False
        f.write("\n]}\n")
    return path.stat().st_size


def bulk(document: Path, store_path: Path) -> dict:
    """Import the document into a new store (run in a process of its own, for its peak memory)."""
    store, _ = Store.create(store_path, PASSPHRASE, check_strength=False)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t, cpu = time.perf_counter(), time.process_time()
    results = import_cases(store, document)
    imported = time.perf_counter() - t
    store.close()
    total = time.perf_counter() - t
    return {"cases": len(results), "import_seconds": round(imported, 2), "import_and_close_seconds": round(total, 2),
            "import_cpu_seconds": round(time.process_time() - cpu, 2),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "rss_before_import_mib": round(rss_before / 1024, 1)}


def _schema(conn) -> list[str]:
    """The store's own tables, indexes and full-text tables (not their shadow tables)."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    fts = [name for type_, name, sql in rows if type_ == "table" and "VIRTUAL TABLE" in sql.upper()]
    shadow = tuple(f"{name}_" for name in fts)
    return [sql for _type, name, sql in rows if not name.startswith(shadow)]


def _rows(enc, table: str, lo: int, hi: int) -> tuple[list[str], list[tuple]]:
    """The rows of cases lo..hi-1 (their pks) of one table of the store (audit entries: by seq)."""
    where = {"case": "pk", "case_document": "case_pk", "case_facet": "case_pk", "person_index": "case_pk",
             "audit_log": "seq"}.get(table)
    if table == "person_name_key":
        sql = ('SELECT k.* FROM person_name_key k JOIN person_index p ON p.person_id = k.person_id '
               "WHERE p.case_pk >= ? AND p.case_pk < ?")
    else:
        sql = f'SELECT * FROM "{table}" WHERE {where} >= ? AND {where} < ?'
    cur = enc.execute(sql, (lo, hi))
    return [d[0] for d in cur.description], cur.fetchall()


def plain(store_path: Path, plain_path: Path, chunk: int = 2000) -> dict:
    """Build the same rows and indexes into an unencrypted database; the seconds of the inserts."""
    keyfile, key = Store.unlock(store_path, passphrase=PASSPHRASE)
    enc = connect(store_path / DBFILE, key, keyfile.hmac)
    conn = sqlcipher.connect(str(plain_path), isolation_level=None)
    for p in PRAGMAS:
        if "cipher" not in p:
            conn.execute(p)
    conn.execute(BULK_CACHE)  # the page cache the import's writer has: the same room on both sides
    for sql in _schema(enc):
        conn.execute(sql)
    n_cases = enc.execute('SELECT max(pk) FROM "case"').fetchone()[0] or 0
    first_seq = enc.execute("SELECT min(seq) FROM audit_log WHERE action = 'case_added'").fetchone()[0] or 0
    timed, timed_cpu, rows_written = 0.0, 0.0, 0
    conn.execute("BEGIN")
    for lo in range(1, n_cases + 1, chunk):
        hi = min(lo + chunk, n_cases + 1)
        batch = {}
        for table in TABLES:
            span = (first_seq + lo - 1, first_seq + hi - 1) if table == "audit_log" else (lo, hi)
            batch[table] = _rows(enc, table, *span)
        docs = batch["case_document"][1]
        fts = [(pk, *search.index_columns(validate_case(json.loads(d)))) for pk, d in docs]
        people_cols, people = batch["person_index"]
        pk_at, names_at, key_at = (people_cols.index(c) for c in ("pk", "names", "key"))
        person_fts = [(row[pk_at], search.names_column(json.loads(row[names_at]) or [row[key_at]]),
                       search.translit_tokens(json.loads(row[names_at]))) for row in people]
        t, cpu = time.perf_counter(), time.process_time()
        for table in TABLES:
            cols, rows = batch[table]
            marks = ", ".join("?" * len(cols))
            conn.executemany(f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({marks})', rows)
            rows_written += len(rows)
        rows_written += len(fts) + len(person_fts)
        conn.executemany("INSERT INTO case_fts (rowid, reference, title, names, body, translit) "
                         "VALUES (?, ?, ?, ?, ?, ?)", fts)
        conn.executemany("INSERT INTO person_fts (rowid, names, translit) VALUES (?, ?, ?)", person_fts)
        timed, timed_cpu = timed + time.perf_counter() - t, timed_cpu + time.process_time() - cpu
    t, cpu = time.perf_counter(), time.process_time()
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    timed, timed_cpu = timed + time.perf_counter() - t, timed_cpu + time.process_time() - cpu
    enc.close()
    return {"plain_seconds": round(timed, 2), "plain_cpu_seconds": round(timed_cpu, 2), "plain_rows": rows_written}


def run(n_cases: int, workdir: Path) -> dict:
    document = workdir / "cases.json"
    size = write_document(n_cases, document)
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_import", "--bulk-worker", str(document),
                          str(workdir / "store")], capture_output=True, text=True, cwd=ROOT, check=True)
    result = {"cases": n_cases, "document_mib": round(size / 2 ** 20, 1), **json.loads(out.stdout.splitlines()[-1])}
    result.update(plain(workdir / "store", workdir / "plain.db"))
    result["ratio"] = round(result["import_and_close_seconds"] / result["plain_seconds"], 2)
    # Processor time of the two alone: less moved by other work on a shared machine than the wall clock.
    result["cpu_ratio"] = round(result["import_cpu_seconds"] / max(result["plain_cpu_seconds"], 0.01), 2)
    result["cases_per_second"] = round(n_cases / result["import_and_close_seconds"], 1)
    result["memory_security"] = next((p.split("=")[1].strip() for p in PRAGMAS if "cipher_memory_security" in p), "?")
    # The page cache of each: the import's writer raises its own for the import (storage.db.BULK_CACHE).
    result["import_cache_mib"] = -int(BULK_CACHE.split("=")[1]) // 1024
    result["plain_cache_mib"] = -int(BULK_CACHE.split("=")[1]) // 1024
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bulk-worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=Path("build/bench/import.json"))
    args = ap.parse_args(argv)
    if args.bulk_worker:
        print(json.dumps(bulk(*args.bulk_worker)))
        return 0
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as d:
        result = run(args.cases, Path(d))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
