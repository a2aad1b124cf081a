"""The bundle benchmark at a small size, so that it keeps working. No timing assertions."""
import shutil

import pytest

from tests.benchmarks import bench_bundle


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_bundle_benchmark_runs_at_small_scale(tmp_path):
    figures = bench_bundle.main(["--size", "3M", "--out", str(tmp_path / "bundle.json")])
    assert figures["size_bytes"] == 3 * 1024 * 1024
    assert figures["send_ratio_to_age"] > 0 and figures["receive_ratio_to_age"] > 0
    assert (tmp_path / "bundle.json").exists()
