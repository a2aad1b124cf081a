"""The agenda and figures benchmark at a small scale, so that it keeps working (no timing is asserted)."""
from tests.benchmarks import bench_agenda


def test_agenda_benchmark_runs_small(tmp_path):
    r = bench_agenda.run(60, 1, tmp_path)
    assert r["cases"] == 60 and r["build_s"] is not None
    # with dates over three years, 0-3 of each per case: much is overdue, and a month holds more than that
    assert r["agenda_week_overdue"] > 0 and r["agenda_month_items"] > r["agenda_week_overdue"]
    assert r["agenda_week_items"] == r["agenda_week_overdue"] + r["agenda_week_without_overdue_items"]
    assert r["figures_status_rows"] <= 3 and r["figures_year_rows"] >= 5
    assert r["agenda_week_vs_case_list"] > 0 and r["figures_violation_vs_reading"] > 0
