"""The People list at scale, against the case list in the same store and run.

    python -m tests.benchmarks.bench_people_list [--cases 100000] [--links 5000] [--repeat 5] [--keep DIR]

Builds a store of short cases (an applicant and one to three relatives each: about three persons a
case, names drawn from generate.py's 15 given names and 8 family names in Latin and Cyrillic, so a
full name is shared by about 2,500 persons at 100,000 cases), in bulk: case rows and documents
inserted 1,000 at a time and every derived row written by storage.cases.write_derived. ``--links``
groups of two persons of different cases are linked. Then times, best of ``--repeat``: the case
list's first page (storage.cases.list_cases, the window's default sort), the People list's first
page, a page deep in the list, a search for a common full name and for a rare one in another
script, the counts, and one person's entry. Figures also go to build/bench/people_list.json.
"""
from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import insert

from models.interchange import validate_case
from models.tables import CaseDocument, CaseRow, PersonLink
from storage import cases, people
from storage.store import DBFILE, Store
from tests.benchmarks.generate import _name

PASSPHRASE = "benchmark passphrase, not a secret"
OUT = Path(__file__).resolve().parents[2] / "build" / "bench" / "people_list.json"
RARE = [{"value": "Qurmanbek Zhandarbekov", "script": "Latn"}, {"value": "Құрманбек Жандарбеков", "script": "Cyrl"}]


def _case(i: int, rng: random.Random) -> dict:
    persons = [{"key": "applicant", "role": "applicant", "names": RARE if i == 77 else _name(rng),
                "birth_year": rng.randint(1950, 2000)}]
    for k in range(rng.randint(1, 3)):
        persons.append({"key": f"relative-{k}", "role": "relative", "names": _name(rng), "at_risk": rng.random() < 0.5,
                        "relation": {"to": "applicant", "kind": rng.choice(["mother", "father", "brother", "sister"])}})
    for p in persons:
        p["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "reference": f"PPL-{i:06d}",
            "title": "Detention in Tekes County", "status": "open", "persons": persons,
            "accounts": [], "events": [], "proceedings": [], "sources": []}


def insert_cases(s, batch: list, now: str) -> None:
    """Case rows, documents and every derived row of validated cases (with their persons' ids), in bulk."""
    s.execute(insert(CaseRow), [{"id": c.id, "reference": c.reference, "title": c.title, "status": c.status,
                                 "applicant": c.persons[0].names[0].value, "created_at": now,
                                 "updated_at": now, "has_at_risk": any(p.at_risk for p in c.persons),
                                 "pseudonyms": "{}"} for c in batch])
    pks = dict(s.execute(CaseRow.__table__.select().with_only_columns(CaseRow.id, CaseRow.pk)
                         .where(CaseRow.id.in_([c.id for c in batch]))).all())
    s.execute(insert(CaseDocument), [{"case_pk": pks[c.id], "document": c.model_dump_json()} for c in batch])
    cases.write_derived(s, [(pks[c.id], c) for c in batch])


def build(path: Path, n: int, n_links: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    now = "2026-12-05T12:00:00+00:00"
    store, _ = Store.create(path, PASSPHRASE, check_strength=False)
    started = time.perf_counter()
    for start in range(0, n, 1000):
        batch = [validate_case(_case(i, rng)) for i in range(start, min(n, start + 1000))]
        with store.write() as s:
            insert_cases(s, batch, now)
    with store.write() as s:  # links: persons of two different cases, the first two of each pair of cases
        rows, used = [], set()
        for _ in range(n_links):
            a, b = rng.sample(range(n), 2)
            if a in used or b in used:
                continue
            used |= {a, b}
            ids = [people.resolve(s, f"PPL-{x:06d}/applicant") for x in (a, b)]
            gid = str(uuid.uuid4())
            rows += [{"person_id": p, "group_id": gid, "linked_at": now, "linked_by": "bench"} for p in ids]
        s.execute(insert(PersonLink), rows)
    store.close()
    return time.perf_counter() - started


def _best(fn, repeat: int) -> tuple[float, object]:
    """The best of ``repeat`` runs of ``fn``, in milliseconds to 0.1, and what its last run returned."""
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return round(best * 1000, 1), out


def run(n: int, n_links: int, repeat: int, keep: Path | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = (keep or Path(tmp)) / "store"
        built = build(path, n, n_links) if not (path / DBFILE).exists() else None
        store = Store.open(path, passphrase=PASSPHRASE)
        figures: dict = {"cases": n, "build_s": built and round(built, 1)}
        with store.read() as s:
            figures["persons"] = s.connection().exec_driver_sql("SELECT count(*) FROM person_index").scalar()
            timings = {
                "case_list_first_page": lambda: cases.list_cases(s, cases.CaseQuery(), 0, 100),
                "people_first_page": lambda: people.list_people(s, "", 0, 100),
                "people_page_at_100000": lambda: people.list_people(s, "", 100_000, 100),
                "people_search_common_full_name": lambda: people.list_people(s, "Nurlan Qasymov", 0, 100),
                "people_search_rare_name_other_script": lambda: people.list_people(s, "Құрманбек", 0, 100),
                "count_people": lambda: people.count_people(s),
                "count_people_common_name": lambda: people.count_people(s, "Nurlan Qasymov"),
                "count_cases": lambda: cases.count_cases(s, cases.CaseQuery()),
            }
            for name, fn in timings.items():
                ms, out = _best(fn, repeat)
                figures[name + "_ms"] = round(ms, 1)
                if name == "people_search_rare_name_other_script":
                    figures["rare_found"] = [a.case for e in out for a in e.cases]
                if name == "count_people_common_name":
                    figures["common_name_people"] = out
            linked = s.connection().exec_driver_sql("SELECT person_id FROM person_link LIMIT 1").scalar()
            if linked:
                figures["person_entry_ms"] = round(_best(lambda: people.person_entry(s, linked), repeat)[0], 1)
        store.close()
    figures["people_vs_case_list"] = round(figures["people_first_page_ms"] / figures["case_list_first_page_ms"], 2)
    return figures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--links", type=int, default=5_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="build the store in DIR/store and keep it (reused when there)")
    args = ap.parse_args(argv)
    figures = run(args.cases, args.links, args.repeat, args.keep)
    print(json.dumps(figures, indent=2))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
