"""The kill loop's store-changing operations, a few rounds in the test command: SIGKILL at random
moments of imports, attaches and receives (the campaign's run is documented in README, development)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_kill_loop_small_run_of_imports_attaches_and_receives():
    r = subprocess.run([sys.executable, "scripts/kill_loop.py", "--rounds", "2", "--ops", "import,attach,receive",
                        "--evidence-mib", "2", "--json"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    figures = json.loads(r.stdout)
    assert r.returncode == 0 and figures["problems"] == [], figures
    assert figures["rounds"] == 6 and figures["killed"] + figures["completed"] == 6


def test_a_half_applied_change_is_reported():
    """The check itself: a store copy that holds neither the old nor the new content is a problem."""
    sys.path.insert(0, str(ROOT))
    from scripts.kill_loop import Import

    class Fake:
        expected = ("before",)

        def contents(self, path):
            return self.now

    op, fixture = Import(), Fake()
    fixture.now = ("after",)
    assert op.check(fixture, Path("/nonexistent"), 0) == []  # the probe sets what a whole run leaves
    fixture.now = ("half",)
    assert op.check(fixture, Path("/nonexistent"), None) == ["import: the store holds part of a change"]
    fixture.now = ("before",)
    assert op.check(fixture, Path("/nonexistent"), None) == []
    assert op.check(fixture, Path("/nonexistent"), 0) == ["import: acknowledged, but the store does not hold the change"]
