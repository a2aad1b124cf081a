"""The people benchmark at a small scale, so that it keeps working (no timing is asserted)."""
import json

from tests.benchmarks import bench_people


def test_people_benchmark_runs_small(tmp_path):
    r = bench_people.run(150, tmp_path, samples=10)
    assert r["cases"] == 150 and r["persons"] >= 300 and r["person_name_key_rows"] > r["persons"]
    assert r["suggestions_for_ms"]["persons_sampled"] == 10 and r["suggestions_for_ms"]["median"] > 0
    assert r["planted_pairs"] > 0 and r["all_suggestions"]["seconds"] >= 0
    found, planted = map(int, r["all_suggestions"]["planted_found"].split("/"))
    assert planted == r["planted_pairs"] and found > planted // 2
    assert r["first_page"]["all"]["ratio"] > 0
    assert bench_people.main(["--cases", "60", "--samples", "3", "--out", str(tmp_path / "p.json")]) == 0
    assert json.loads((tmp_path / "p.json").read_text())["cases"] == 60
