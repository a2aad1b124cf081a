"""The case list benchmark runs at small scale inside the normal tests, so that it does not rot."""
from tests.benchmarks import case_list


def test_case_list_benchmark_runs_at_small_scale(qapp):
    result = case_list.run("small")
    assert result["cases"] == 200
    assert set(result["ratio_to_baseline"]) == {"open_list", "search_cyrillic_name_in_latin", "filter_at_risk_closed",
                                                "sort_by_applicant", "save_and_refresh_row"}
    assert all(v > 0 for v in result["seconds"].values())
