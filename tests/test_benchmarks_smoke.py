"""Each benchmark at a small scale, so that they keep working. No timing is asserted here."""
from tests.benchmarks import bench_store


def test_store_benchmark_runs_at_small_scale(tmp_path):
    result = bench_store.run(60, tmp_path, rounds=1)
    assert result["cases"] == 60
    for key in ("search_median_ratio", "search_p95_ratio", "open_and_first_page_ms_without_kdf", "import_seconds",
                "memory_security_on_median_ratio", "memory_security_on_p95_ratio"):
        assert result[key] > 0
