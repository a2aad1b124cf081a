"""`make bench` (python -m tests.benchmarks) exits non-zero when a benchmark fails, and still runs the others."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tests.benchmarks", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_a_benchmark_that_fails_makes_the_run_fail():
    run = bench("evidence", "--size=lots")  # a size it cannot parse: argparse stops it
    assert run.returncode == 1
    assert "FAILED: evidence" in run.stderr


def test_the_others_still_run_after_one_fails(tmp_path):
    run = bench("no_such_benchmark", "evidence", "--size=1M", f"--dir={tmp_path}", f"--out={tmp_path / 'e.json'}")
    assert run.returncode == 1
    assert "FAILED: no_such_benchmark" in run.stderr and "evidence" not in run.stderr.split("FAILED:")[1]
    assert (tmp_path / "e.json").exists()


def test_benchmarks_that_run_make_the_run_succeed(tmp_path):
    run = bench("evidence", "--size=1M", f"--dir={tmp_path}", f"--out={tmp_path / 'e.json'}")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "e.json").exists()
