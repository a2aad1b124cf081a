"""A document too large to read whole is imported from the window as a stream: the progress
dialog follows the file as it is read, and the outcome is reported as for any import."""
from __future__ import annotations

import json
import random
import shutil

import pytest

from models import interchange
from storage import bulk_import
from storage.cases import CaseQuery, count_cases
from tests.benchmarks.generate import case_dict


@pytest.fixture
def large(tmp_path, monkeypatch):
    """A document of 120 cases, over the (lowered) limit of a document read whole."""
    rng = random.Random(3)
    path = tmp_path / "intake.json"
    path.write_text(json.dumps({"format": "casefile-interchange", "version": 1,
                                "cases": [case_dict(i, rng) for i in range(120)]}), "utf-8")
    monkeypatch.setattr(interchange, "MAX_DOCUMENT_BYTES", 100_000)
    monkeypatch.setattr(bulk_import, "BATCH", 10)
    return path


def _import(qtbot, window, services, path) -> list[tuple[int, int]]:
    seen = []
    flow = window.import_flow
    real = flow._on_task_progressed
    flow._on_task_progressed = lambda done, total: seen.append((done, total)) or real(done, total)
    flow.start(str(path))
    return seen


def test_a_large_document_is_imported_with_progress_over_the_file(qtbot, window, services, store, large, boxes):
    streamed = []
    real = bulk_import.import_cases
    bulk_import.import_cases = lambda *a, **k: streamed.append(1) or real(*a, **k)
    try:
        seen = _import(qtbot, window, services, large)
        qtbot.waitUntil(lambda: not services.runner.busy(), timeout=60000)
    finally:
        bulk_import.import_cases = real
    assert streamed == [1]
    assert boxes[-1][2] == "Imported 120 cases: 120 added, 0 updated, 0 unchanged."
    kib = large.stat().st_size // 1024
    assert len(seen) >= 10 and seen[-1] == (kib, kib) and all(t == kib for _, t in seen)
    with store.read() as s:
        assert count_cases(s, CaseQuery()) == 120


@pytest.mark.screenshots
def test_the_progress_dialog_of_a_large_import(qtbot, window, services, large, monkeypatch):
    """The dialog as it stands half-way (the work itself is held back, so that it stays there)."""
    from tests.ui.test_screenshots import LOOK

    window.resize(1000, 600)
    window.show()
    monkeypatch.setattr(services.runner, "run", lambda *a, **k: None)
    flow = window.import_flow
    flow.start(str(large))
    kib = large.stat().st_size // 1024
    flow._on_task_progressed(kib * 2 // 5, kib)
    flow.progress.show()
    qtbot.waitUntil(flow.progress.isVisible, timeout=5000)
    flow.progress.resize(460, flow.progress.height())
    qtbot.wait(30)
    target = LOOK / "import-progress.png"
    shutil.copy(qtbot.screenshot(flow.progress, suffix="import-progress"), target)
    assert target.stat().st_size > 1500  # a small dialog, but a real picture
    flow._close_progress()
