"""How the window's case list keeps up with a large store.

    python -m tests.benchmarks.case_list [--scale small|full]

Fills a fresh encrypted store with cases (20,000 at full scale, 200 at small), then times what a
caseworker waits for: opening the list, a search typed in the search box, a filter, and the row
update after a save. Each figure is reported as a ratio to a baseline measured in the same run:
reading every case summary at once, which is what a list without paging would do. Figures go to
standard output and to build/bench/case_list.json.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCALES = {"small": 200, "full": 20_000}
OUT = Path(__file__).resolve().parents[2] / "build" / "bench" / "case_list.json"
PASSPHRASE = "benchmark passphrase with several words"


def _case(i: int) -> dict:
    from tests.ui.conftest import case_dict

    names = ("Dina Nurdaulet", "Serik Amanov", "Aisha Tursun", "Murat Kadyr", "Zhanar Ospan")
    return case_dict(reference=f"ALM-{2017 + i % 8}-{i:05d}", applicant=f"{names[i % 5]} {i}",
                     relative=("Гүлнар" if i % 50 == 0 else "Айгүл") + f" Нұрдәулет {i}",
                     status=("open", "closed", "archived")[i % 3])


def _best(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def run(scale: str = "full") -> dict:
    from PySide6.QtWidgets import QApplication

    from models.interchange import validate_case
    from storage.cases import CaseQuery, list_cases, save_case
    from storage.store import Store
    from ui.case_table_model import CaseTableModel

    app = QApplication.instance() or QApplication([])  # the model's icons need one
    n = SCALES[scale]
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = Store.create(Path(tmp) / "store", PASSPHRASE, owner="bench")
        t = time.perf_counter()
        with store.write() as s:
            for i in range(n):
                save_case(s, store, validate_case(_case(i)), reason="bench")
        fill = time.perf_counter() - t
        edited = validate_case({**_case(n // 2), "title": "edited"})
        with store.read() as s:
            edited_id = next(c.id for c in list_cases(s, CaseQuery(text=edited.reference), 0, 1))

        def everything():
            with store.read() as s:
                list_cases(s, CaseQuery(), 0, n)
        model = CaseTableModel(store)
        figures = {
            "baseline_read_every_summary_s": _best(everything),
            "open_list_s": _best(lambda: model.set_query(CaseQuery())),
            "search_cyrillic_name_in_latin_s": _best(lambda: model.set_query(CaseQuery(text="Gulnar", sort="relevance"))),
            "filter_at_risk_closed_s": _best(lambda: model.set_query(CaseQuery(status="closed", at_risk_only=True))),
            "sort_by_applicant_s": _best(lambda: model.set_query(CaseQuery(sort="applicant", descending=False))),
        }
        model.set_query(CaseQuery(sort="reference", descending=False))

        def save_and_refresh():
            with store.write() as s:
                save_case(s, store, edited.model_copy(update={"id": edited_id, "title": f"edited {time.time()}"}),
                          reason="bench")
            model.refresh_case(edited_id)
        figures["save_and_refresh_row_s"] = statistics.median(
            [_timed(save_and_refresh) for _ in range(5)])
        store.close()
    app.processEvents()
    base = figures["baseline_read_every_summary_s"]
    result = {"scale": scale, "cases": n, "fill_s": round(fill, 3),
              "seconds": {k: round(v, 5) for k, v in figures.items()},
              "ratio_to_baseline": {k.removesuffix("_s"): round(v / base, 3) for k, v in figures.items()
                                    if k != "baseline_read_every_summary_s"}}
    return result


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.benchmarks.case_list")
    p.add_argument("--scale", choices=sorted(SCALES), default="full")
    result = run(p.parse_args(argv).scale)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
