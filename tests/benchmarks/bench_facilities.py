"""The facility registry at scale, against baselines measured in the same store and run.

    python -m tests.benchmarks.bench_facilities [--cases 10000] [--facilities 300] [--repeat 3] [--keep DIR]

Builds bench_agenda's store (generate.py's cases, 3-10 events each, places written as free text)
and a registry of ``--facilities`` facilities, each with a Latin, a Cyrillic and a Chinese name and
an alias; one in ten is named after a county the generated places use, so that the offers are
many. Then times, best of ``--repeat``:

- a search of the registry by a name in another script (storage.facilities.list_facilities, as
  the Facilities window's search box runs it), and the whole list; baseline: the case list's
  first page;
- the places offered for linking (storage.facilities.offered_links), which reads every case;
  baseline: reading and parsing every case's document;
- linking 200 offered events, one save of a case each (storage.facilities.link_event), per event;
- renaming a facility that 200 events point to (its cases indexed again); baseline: saving one case.

Figures also go to build/bench/facilities.json.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from storage import cases, facilities
from storage.store import DBFILE, Store
from tests.benchmarks.bench_agenda import PASSPHRASE, _read_every_document, build
from tests.benchmarks.bench_people_list import _best

OUT = Path(__file__).resolve().parents[2] / "build" / "bench" / "facilities.json"
COUNTIES = [("Xinyuan", "Синьюань", "新源"), ("Gongliu", "Гунлю", "巩留"), ("Tekes", "Текес", "特克斯"),
            ("Nilka", "Нилки", "尼勒克"), ("Zhaosu", "Чжаосу", "昭苏")]


def _facility(i: int) -> dict:
    lat, cyr, han = COUNTIES[i % len(COUNTIES)]
    if i % 10 == 0:   # named after a county the generated places write: offered for many events
        names = [f"{lat} County", f"{cyr} лагерь {i}", f"{han}县{i}号"]
    else:
        names = [f"{lat} camp {i}", f"{cyr} лагерь {i}", f"{han}县培训中心{i}"]
    return {"id": f"00000000-0000-4000-8000-{i:012d}", "type": "camp", "prefecture": "Ili",
            "names": [{"value": names[0], "script": "Latn"}, {"value": names[1], "script": "Cyrl"},
                      {"value": names[2], "script": "Hans"}, {"value": f"Camp No. {i}", "script": "Latn", "alias": True}]}


def run(n: int, n_facilities: int, repeat: int, keep: Path | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = (keep or Path(tmp)) / "store"
        built = build(path, n) if not (path / DBFILE).exists() else None
        store = Store.open(path, passphrase=PASSPHRASE)
        out: dict = {"cases": n, "facilities": n_facilities, "build_s": built and round(built, 1)}
        with store.write() as s:
            for i in range(n_facilities):
                facilities.save(s, store, facilities.validated(_facility(i)))
        with store.read() as s:
            out["case_list_first_page_ms"], _ = _best(lambda: cases.list_cases(s, cases.CaseQuery(), 0, 100), repeat)
            out["search_cyrillic_ms"], found = _best(lambda: facilities.list_facilities(s, "Синьюань"), repeat)
            out["search_cyrillic_found"] = len(found)
            out["list_all_ms"], found = _best(lambda: facilities.list_facilities(s, ""), repeat)
            out["read_every_document_ms"], _ = _best(lambda: _read_every_document(s), repeat)
            out["offered_links_ms"], offers = _best(lambda: facilities.offered_links(s), min(repeat, 2))
            out["offered_links"] = len(offers)
        chosen = [o for o in offers if o.facility_id == offers[0].facility_id][:200] if offers else []
        started = time.perf_counter()
        for o in chosen:
            with store.write() as s:
                facilities.link_event(s, store, o.case_id, o.event, o.facility_id)
        out["link_event_ms_each"] = round((time.perf_counter() - started) * 1000 / max(1, len(chosen)), 1)
        out["linked"] = len(chosen)
        if chosen:
            with store.read() as s:
                entry = facilities.get(s, chosen[0].facility_id).model_dump()
            entry["names"].append({"value": f"Renamed {time.time_ns()}", "script": "Latn", "alias": True})
            started = time.perf_counter()
            with store.write() as s:
                facilities.save(s, store, facilities.validated(entry))
            out["rename_reindex_ms"] = round((time.perf_counter() - started) * 1000, 1)
            with store.read() as s:
                one = cases.get_case(s, chosen[0].case_id)
            edited = one.model_copy(update={"summary": one.summary + " ."})
            started = time.perf_counter()
            with store.write() as s:
                cases.save_case(s, store, edited)
            out["save_one_case_ms"] = round((time.perf_counter() - started) * 1000, 1)
            out["rename_vs_save_one_case"] = round(out["rename_reindex_ms"] / out["save_one_case_ms"], 1)
        store.close()
    out["search_vs_case_list"] = round(out["search_cyrillic_ms"] / out["case_list_first_page_ms"], 1)
    out["offered_links_vs_reading"] = round(out["offered_links_ms"] / out["read_every_document_ms"], 2)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--facilities", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build the store in DIR/store and keep it (reused when there)")
    args = ap.parse_args(argv)
    figures_ = run(args.cases, args.facilities, args.repeat, args.keep)
    print(json.dumps(figures_, indent=2))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(figures_, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
