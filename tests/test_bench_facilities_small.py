"""The facility benchmark at a small scale, so that it keeps working (no timing is asserted)."""
import json

from tests.benchmarks import bench_facilities


def test_facilities_benchmark_runs_small(tmp_path):
    r = bench_facilities.run(60, 20, 1, None)
    assert r["cases"] == 60 and r["facilities"] == 20
    assert r["search_cyrillic_found"] == 4  # every fifth facility is in Xinyuan
    assert r["offered_links"] > 0 and r["linked"] > 0 and r["rename_reindex_ms"] > 0
    assert r["search_vs_case_list"] > 0 and r["offered_links_vs_reading"] > 0
    assert bench_facilities.main(["--cases", "30", "--facilities", "5", "--repeat", "1"]) == 0
    assert json.loads(bench_facilities.OUT.read_text())["cases"] == 30
