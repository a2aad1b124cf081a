"""Benchmark: attaching a large evidence file (2 GiB by default).

    python -m tests.benchmarks.bench_evidence [--size 2G | --scale small] [--dir FOLDER]

Measured in one run, on the same file, warm in the page cache for all three:
  - the baseline: ``sha256sum FILE`` plus a plain copy of the file (written and fsynced);
  - the attach: ``storage.evidence.add_file`` into a fresh encrypted store, in a child process of
    its own, so its peak resident memory is the attach's and nothing else's;
  - the verify: ``verify_store`` re-reading and re-hashing the file, with the store checks.
Reports the ratios to the baseline (attach / (sha256sum + copy), verify / sha256sum) and the
attaching process's peak resident memory (target: under 200 MB whatever the size). Figures go to
standard output and to build/bench/evidence.json.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "benchmark passphrase quite long and unguessable"
SCALES = {"small": "64M", "full": "2G"}

# Runs in a child process: the attach's peak memory is measured there, away from this process's.
CHILD = textwrap.dedent("""
    import json, resource, sys, threading, time
    from pathlib import Path
    import psutil
    from storage.store import Store
    from storage import evidence as ev
    from tests.evidence_helpers import add_case

    store_path, file, passphrase = sys.argv[1:4]
    store, _ = Store.create(Path(store_path), passphrase, owner="Benchmark", check_strength=False)
    case = add_case(store)
    me, peak, stop = psutil.Process(), [0], threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], me.memory_info().rss)
            time.sleep(0.02)

    rss_before = me.memory_info().rss
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    t0 = time.perf_counter()
    info = ev.add_file(store, case.id, Path(file))
    attach_s = time.perf_counter() - t0
    stop.set(); sampler.join()
    peak[0] = max(peak[0], me.memory_info().rss)
    t0 = time.perf_counter()
    problems = ev.verify_store(store)
    verify_s = time.perf_counter() - t0
    store.close()
    print(json.dumps({"attach_s": attach_s, "verify_s": verify_s, "sha256": info.sha256, "problems": problems,
                      "rss_before_attach": rss_before, "rss_peak_during_attach": peak[0],
                      "ru_maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
""")


def parse_size(text: str) -> int:
    m = re.fullmatch(r"(\d+)([KMG]?)i?B?", text.strip().upper())
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text} (e.g. 2G, 512M, 1000000)")
    return int(m.group(1)) * {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}[m.group(2)]


def make_file(path: Path, size: int) -> None:
    block = 4 * 1024 * 1024
    with open(path, "wb") as f:
        left = size
        while left:
            n = min(block, left)
            f.write(os.urandom(n))
            left -= n


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def plain_copy(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    with open(dst, "rb+") as f:
        os.fsync(f.fileno())  # the attach commits durably (synchronous=FULL): so does the baseline


def run(size: int, folder: Path) -> dict:
    src, copy = folder / "evidence.bin", folder / "copy.bin"
    make_file(src, size)
    sha_out = []
    sha_s = timed(lambda: sha_out.append(subprocess.run(["sha256sum", str(src)], check=True, capture_output=True,
                                                        text=True).stdout.split()[0]))
    copy_s = timed(lambda: plain_copy(src, copy))
    copy.unlink()
    child = subprocess.run([sys.executable, "-c", CHILD, str(folder / "store"), str(src), PASSPHRASE],
                           cwd=ROOT, check=True, capture_output=True, text=True)
    got = json.loads(child.stdout.strip().splitlines()[-1])
    return {
        "size_bytes": size,
        "sha256sum_s": round(sha_s, 3),
        "copy_s": round(copy_s, 3),
        "attach_s": round(got["attach_s"], 3),
        "attach_ratio_to_sha256sum_plus_copy": round(got["attach_s"] / (sha_s + copy_s), 2),
        "attach_mb_per_s": round(size / got["attach_s"] / 1e6, 1),
        "verify_s": round(got["verify_s"], 3),
        "verify_ratio_to_sha256sum": round(got["verify_s"] / sha_s, 2),
        "hash_matches_sha256sum": got["sha256"] == sha_out[0],
        "verify_problems": got["problems"],
        "rss_before_attach_mb": round(got["rss_before_attach"] / 1e6, 1),
        "peak_rss_during_attach_mb": round(got["rss_peak_during_attach"] / 1e6, 1),
        "process_peak_rss_mb": round(got["ru_maxrss"] / 1e6, 1),
    }


def main(argv: list[str] | None = None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", type=parse_size, help="file size, e.g. 2G (the default), 512M")
    p.add_argument("--scale", choices=sorted(SCALES), default="full", help="small: 64 MiB; full: 2 GiB")
    p.add_argument("--dir", type=Path, help="where to put the file and the store (default: a temporary folder)")
    p.add_argument("--out", type=Path, default=ROOT / "build" / "bench" / "evidence.json")
    args = p.parse_args(argv)
    size = args.size if args.size is not None else parse_size(SCALES[args.scale])
    with tempfile.TemporaryDirectory(prefix="bench-evidence-", dir=args.dir) as tmp:
        result = run(size, Path(tmp))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    for k, v in result.items():
        print(f"{k:40} {v}")
    return result


if __name__ == "__main__":
    main()
