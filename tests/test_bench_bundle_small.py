"""The bundle benchmark at a small size, so that it keeps working. No timing assertions."""
import json
import shutil

import pytest

from tests.benchmarks import bench_bundle


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_bundle_benchmark_runs_at_small_scale(tmp_path):
    assert bench_bundle.main(["--size", "3M", "--out", str(tmp_path / "bundle.json")]) == 0
    figures = json.loads((tmp_path / "bundle.json").read_text())
    assert figures["size_bytes"] == 3 * 1024 * 1024
    for path in ("send_file", "send_store", "receive_file", "receive_store",
                 "age_decrypt_durable", "pyrage_decrypt_alone", "store_write_alone"):
        assert figures[f"{path}_s"] > 0 and figures[f"{path}_MiB_per_s"] > 0
    # the floor receiving is measured against is in the same run
    assert figures["receive_store_ratio_to_store_write_alone"] > 0
