"""The window benchmark runs at small scale inside the normal tests, so that it does not rot."""
from tests.benchmarks import bench_window


def test_window_benchmark_runs_at_small_scale(tmp_path):
    result = bench_window.run(cases=120, baseline_cases=30, repeat=1, keep=tmp_path)
    base, large = result["median"]["baseline"], result["median"]["large"]
    assert (base["cases"], large["cases"]) == (30, 120)
    assert large["search_matches"] > 0  # "camp" is in every generated narrative's vocabulary
    assert 0 < large["first_rows_ms"] and 0 < large["rss_mb"]
    assert large["people"] > large["cases"] and 0 < large["people_first_rows_ms"]  # the People view opened too
    assert set(result["ratio_to_baseline"]) >= {"first_rows_ms", "rss_mb", "search_first_rows_ms"}
    assert (tmp_path / "store-120").is_dir()  # kept for the next run
