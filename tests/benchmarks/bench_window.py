"""The window with a large store: from unlock to the first rows, memory, search as you type.

    python -m tests.benchmarks.bench_window --cases 100000 --baseline-cases 1000 --repeat 5 [--keep DIR]

Builds (or, with ``--keep DIR``, reuses) two stores of generated cases, DIR/store-<n>, with the
store benchmark's generator. Each measurement runs in a fresh process: the key derivation is
timed on its own and left out; then the store is opened, the main window shown (offscreen) and
the clock stops when the first rows are in the view; the resident memory is read after the
count has arrived. Then "camp" is typed into the search box, a key every 80 ms: the time from the
last key to the first rows and to the count (this includes the list's 250 ms pause after typing). A 5 ms heartbeat timer records the longest stretch
the GUI thread did not answer, from showing the window to the end. Figures: the median of the
repeats, the 100k figures as ratios to the baseline measured in the same run, and the memory
growth between the two. Targets (issue 3): first rows within 300 ms after key derivation, memory
growth under 100 MB. Then, warm: the case list read again, against the People view (Cases ›
People…) opened until its first rows are painted and its people counted (issue 17: the People
view's first rows as fast as the case list's). Output: build/bench/window.json.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEEP = ROOT / "build" / "bench"
TYPED = "camp"
KEY_INTERVAL_MS = 80  # a quick typist
TARGET_FIRST_ROWS_MS = 300
TARGET_GROWTH_MB = 100


def store_for(n: int, keep: Path) -> Path:
    from storage.store import DBFILE
    from tests.benchmarks.bench_store import build

    path = keep / f"store-{n}"
    if not (path / DBFILE).exists():
        print(f"building a store of {n} cases in {path} …", file=sys.stderr, flush=True)
        build(n, path)
    return path


def measure(path: Path) -> dict:
    """One measurement, in this process (run it in a fresh one)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import psutil
    from keyring.backends.null import Keyring as NoKeyring
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from storage.device import DeviceKeyring
    from storage.store import Store
    from tests.benchmarks.bench_store import PASSPHRASE
    from ui.main_window import MainWindow
    from ui.services import Services
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    proc = psutil.Process()
    rss_start = proc.memory_info().rss
    t = time.perf_counter()
    keyfile, key = Store.unlock(path, passphrase=PASSPHRASE)
    kdf_ms = (time.perf_counter() - t) * 1000

    def wait(condition, timeout_s=60.0):
        end = time.perf_counter() + timeout_s
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError("the window did not answer in time")
            app.processEvents()
            time.sleep(0.0005)

    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        t0 = time.perf_counter()
        store = Store.open_unlocked(path, keyfile, key)
        services = Services(TaskRunner(), settings, DeviceKeyring(NoKeyring()), store)
        window = MainWindow(services)
        window.show()
        beat, longest = QElapsedTimer(), [0]

        def on_beat():
            longest[0] = max(longest[0], beat.restart())
        heart = QTimer(interval=5)
        heart.timeout.connect(on_beat)
        beat.start()
        heart.start()
        model, view = window.cases.model, window.cases.table
        wait(lambda: model.rowCount() > 0 and view.isVisible())
        app.processEvents()  # the rows painted
        first_rows_ms = (time.perf_counter() - t0) * 1000
        wait(lambda: model.total is not None)
        counted_ms = (time.perf_counter() - t0) * 1000
        total = model.total
        rss = proc.memory_info().rss

        for i, ch in enumerate(TYPED):
            if i:
                wait(lambda: time.perf_counter() - last_key >= KEY_INTERVAL_MS / 1000)
            QTest.keyClicks(window.cases.search, ch)
            last_key = time.perf_counter()
        wait(lambda: model.query.text == TYPED and not model.loading)
        search_rows_ms = (time.perf_counter() - last_key) * 1000
        wait(lambda: model.total is not None)
        search_count_ms = (time.perf_counter() - last_key) * 1000
        matches = model.total

        # Warm, in the same process: the case list read again, against the People view opened
        # (Cases › People…) until its first rows are painted and its people counted.
        t = time.perf_counter()
        model.reload()
        wait(lambda: not model.loading)
        app.processEvents()
        reload_rows_ms = (time.perf_counter() - t) * 1000
        from ui.people_window import PeopleWindow
        t = time.perf_counter()
        people = PeopleWindow(services, window)
        people.show()
        wait(lambda: people.model.rowCount() > 0 and people.table.isVisible())
        app.processEvents()
        people_rows_ms = (time.perf_counter() - t) * 1000
        wait(lambda: people.model.total is not None)
        people_count_ms = (time.perf_counter() - t) * 1000
        persons = people.model.total
        heart.stop()
        services.runner.wait()
        window.close()
        store.close()
    return {"cases": total, "kdf_ms": round(kdf_ms, 1), "first_rows_ms": round(first_rows_ms, 1),
            "count_ms": round(counted_ms, 1), "rss_mb": round(rss / 2**20, 1),
            "rss_before_unlock_mb": round(rss_start / 2**20, 1),
            "search_first_rows_ms": round(search_rows_ms, 1), "search_count_ms": round(search_count_ms, 1),
            "search_matches": matches, "longest_gui_freeze_ms": longest[0],
            "case_list_reload_ms": round(reload_rows_ms, 1), "people_first_rows_ms": round(people_rows_ms, 1),
            "people_count_ms": round(people_count_ms, 1), "people": persons,
            "people_to_case_list": round(people_rows_ms / reload_rows_ms, 2) if reload_rows_ms else None}


def _measure_in_fresh_process(path: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_window", "--measure", str(path)],
                         cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def _median(runs: list[dict]) -> dict:
    return {k: (statistics.median(r[k] for r in runs) if isinstance(runs[0][k], (int, float)) else runs[0][k])
            for k in runs[0]}


def run(cases: int, baseline_cases: int, repeat: int, keep: Path) -> dict:
    keep.mkdir(parents=True, exist_ok=True)
    paths = {"baseline": store_for(baseline_cases, keep), "large": store_for(cases, keep)}
    runs: dict[str, list[dict]] = {"baseline": [], "large": []}
    for _ in range(repeat):  # interleaved, so that machine noise falls on both alike
        for name, path in paths.items():
            runs[name].append(_measure_in_fresh_process(path))
    base, large = _median(runs["baseline"]), _median(runs["large"])
    growth = round(large["rss_mb"] - base["rss_mb"], 1)
    return {
        "cases": cases, "baseline_cases": baseline_cases, "repeat": repeat,
        "median": {"baseline": base, "large": large},
        "ratio_to_baseline": {k: round(large[k] / base[k], 3) for k in
                              ("first_rows_ms", "count_ms", "rss_mb", "search_first_rows_ms", "search_count_ms",
                               "people_first_rows_ms", "people_count_ms")
                              if base[k]},
        "rss_growth_mb": growth,
        "targets": {"first_rows_ms_at_most": TARGET_FIRST_ROWS_MS, "first_rows_met": large["first_rows_ms"] <= TARGET_FIRST_ROWS_MS,
                    "rss_growth_mb_under": TARGET_GROWTH_MB, "rss_growth_met": growth < TARGET_GROWTH_MB},
        "runs": runs,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--baseline-cases", type=int, default=1_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", type=Path, default=KEEP, metavar="DIR",
                    help="where the stores are kept (store-<n>) and reused by later runs")
    ap.add_argument("--out", type=Path, default=KEEP / "window.json")
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    result = run(args.cases, args.baseline_cases, args.repeat, args.keep)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    json.dump({k: v for k, v in result.items() if k != "runs"}, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
