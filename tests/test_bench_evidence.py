"""The evidence benchmark at a small size, so that it keeps working between full runs."""
from tests.benchmarks import bench_evidence


def test_evidence_benchmark_runs_at_small_size(tmp_path):
    result = bench_evidence.main(["--size", "3M", "--dir", str(tmp_path), "--out", str(tmp_path / "e.json")])
    assert result["hash_matches_sha256sum"] is True
    assert result["verify_problems"] == []
    assert result["attach_ratio_to_sha256sum_plus_copy"] > 0 and result["peak_rss_during_attach_mb"] > 0
    assert (tmp_path / "e.json").exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "e.json"]  # the file, the copy and the store are gone
