"""Benchmark: a hearing bundle of about 40 pages (200 events, 20 accounts), redacted and verified,
as a ratio to ReportLab laying out the same document without redaction or verification.

    python -m tests.benchmarks.bench_brief [--scale 1.0] [--repeat 3]

Both sides are timed in the same run, alternately, and the medians compared. Target: ratio at
most 2.0 at full scale. Figures also go to build/bench/brief.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from exports.brief import build_brief
from exports.layout import Layout, render
from tests.case_factory import scaled_case


def run(scale: float = 1.0, repeat: int = 3, profile: str = "court") -> dict:
    case = scaled_case(events=max(4, round(200 * scale)), accounts=max(3, round(20 * scale)))
    plain = Layout(kind="hearing_bundle", profile="internal", display={p.key: p.display_name() for p in case.persons})
    render(case, plain)                      # warm up: fonts, caches
    base, full, pages = [], [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        render(case, plain)
        base.append(time.perf_counter() - t)
        t = time.perf_counter()
        result = build_brief(case, "hearing_bundle", profile)
        full.append(time.perf_counter() - t)
        pages = result.pages
    b, f = statistics.median(base), statistics.median(full)
    return {"scale": scale, "events": len(case.events), "accounts": len(case.accounts), "pages": pages,
            "reportlab_s": round(b, 3), "brief_s": round(f, 3), "ratio": round(f / b, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="1.0 = 200 events, 20 accounts (about 40 pages)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", default="court", choices=["internal", "court", "public"])
    args = ap.parse_args(argv)
    r = run(args.scale, args.repeat, args.profile)
    out = Path(__file__).resolve().parents[2] / "build" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "brief.json").write_text(json.dumps({**r, "profile": args.profile, "repeat": args.repeat}, indent=2))
    print(f"hearing bundle, {r['events']} events, {r['accounts']} accounts, {r['pages']} pages ({args.profile}): "
          f"ReportLab alone {r['reportlab_s']:.2f} s, redaction + layout + verification {r['brief_s']:.2f} s, "
          f"ratio {r['ratio']:.2f} (target <= 2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
