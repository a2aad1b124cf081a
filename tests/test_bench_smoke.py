"""The brief benchmark at a small scale, so that it keeps running (no timing assertions)."""
from tests.benchmarks.bench_brief import main, run


def test_brief_benchmark_runs_small(capsys):
    r = run(scale=0.05, repeat=1)
    assert r["pages"] >= 3 and r["ratio"] > 0
    assert main(["--scale", "0.05", "--repeat", "1"]) == 0
    assert "ratio" in capsys.readouterr().out
