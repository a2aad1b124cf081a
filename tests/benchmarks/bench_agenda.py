"""What is due and figures for reports at scale, against baselines measured in the same store and run.

    python -m tests.benchmarks.bench_agenda [--cases 10000] [--repeat 3] [--keep DIR]

Builds a store of generate.py's cases (one to three pages of narrative, 3-10 events each) in bulk,
each with one proceeding: hearings and deadlines spread over two years before and one after a
fixed day, one deadline in five marked done, so that most cases hold an open deadline that is
already past (as a store does where deadlines are not ticked off). Then times, best of
``--repeat``:

- the agenda's week (storage.agenda.due, 7 days and overdue), as the window's notice reads it when
  the store opens, and the agenda window's month; baselines: the case list's first page, and
  reading and parsing every case's document (what the agenda would cost if it read every case);
- the agenda's week without overdue deadlines (only cases with something in the week are read);
- figures by each key (storage.figures.figures); baseline: reading and parsing every case's
  document, which counting by every key has to do.

Figures also go to build/bench/agenda.json.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import select

from models.interchange import validate_case
from models.tables import CaseDocument
from storage import cases
from storage.agenda import due
from storage.figures import BY, figures
from storage.store import DBFILE, Store
from tests.benchmarks.bench_people_list import _best, insert_cases
from tests.benchmarks.generate import case_dict

PASSPHRASE = "benchmark passphrase, not a secret"
OUT = Path(__file__).resolve().parents[2] / "build" / "bench" / "agenda.json"
TODAY = dt.date(2027, 2, 10)


def _day(rng: random.Random) -> str:
    return (TODAY + dt.timedelta(days=rng.randint(-730, 365))).isoformat()


def _case(i: int, rng: random.Random) -> dict:
    data = case_dict(i, rng)
    for person in data["persons"]:   # as save_case would give them (person_index is keyed by them)
        person["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    data["proceedings"] = [{
        "kind": rng.choice(["asylum_application", "asylum_appeal", "deportation"]), "forum": "Migration Service",
        "country": "KZ", "status": "pending",
        "hearings": [{"date": _day(rng)} for _ in range(rng.randint(0, 3))],
        "deadlines": [{"date": _day(rng), "description": "File the documents", "done": rng.random() < 0.2}
                      for _ in range(rng.randint(0, 3))]}]
    return data


def build(path: Path, n: int, seed: int = 11) -> float:
    rng = random.Random(seed)
    now = "2027-02-10T12:00:00+00:00"
    store, _ = Store.create(path, PASSPHRASE, check_strength=False)
    started = time.perf_counter()
    for start in range(0, n, 500):
        batch = [validate_case(_case(i, rng)) for i in range(start, min(n, start + 500))]
        with store.write() as s:
            insert_cases(s, batch, now)
    store.close()
    return time.perf_counter() - started


def _read_every_document(s) -> int:
    return sum(len(json.loads(d)["events"]) for (d,) in s.execute(select(CaseDocument.document)))


def run(n: int, repeat: int, keep: Path | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = (keep or Path(tmp)) / "store"
        built = build(path, n) if not (path / DBFILE).exists() else None
        store = Store.open(path, passphrase=PASSPHRASE)
        out: dict = {"cases": n, "build_s": built and round(built, 1)}
        with store.read() as s:
            out["case_list_first_page_ms"], _ = _best(lambda: cases.list_cases(s, cases.CaseQuery(), 0, 100), repeat)
            out["agenda_week_ms"], items = _best(lambda: due(s, TODAY, 7), repeat)
            out["agenda_week_items"] = len(items)
            out["agenda_week_overdue"] = sum(i.overdue for i in items)
            out["agenda_month_ms"], items = _best(lambda: due(s, TODAY, 30), repeat)
            out["agenda_month_items"] = len(items)
            out["agenda_week_without_overdue_ms"], items = _best(lambda: due(s, TODAY, 7, overdue=False), repeat)
            out["agenda_week_without_overdue_items"] = len(items)
            out["read_every_document_ms"], _ = _best(lambda: _read_every_document(s), repeat)
            for by in BY:
                out[f"figures_{by}_ms"], rows = _best(lambda: figures(s, by), repeat)
                out[f"figures_{by}_rows"] = len(rows)
        store.close()
    out["agenda_week_vs_case_list"] = round(out["agenda_week_ms"] / out["case_list_first_page_ms"], 1)
    out["agenda_week_vs_reading"] = round(out["agenda_week_ms"] / out["read_every_document_ms"], 2)
    out["figures_violation_vs_reading"] = round(out["figures_violation_ms"] / out["read_every_document_ms"], 2)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build the store in DIR/store and keep it (reused when there)")
    args = ap.parse_args(argv)
    figures_ = run(args.cases, args.repeat, args.keep)
    print(json.dumps(figures_, indent=2))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(figures_, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
