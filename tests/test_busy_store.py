"""A busy store waits: a second writer waits a few seconds for another Casefile, then says so;
nothing is lost (issue 14, item 6). The other writer is a separate process, as in real use."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from storage import db
from storage.db import StoreBusy
from storage.interchange_io import import_file
from storage.store import Store

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "demo-cases.json"

HOLDER = textwrap.dedent("""
    import sys, time
    from sqlalchemy import text
    from storage.store import Store
    s = Store.open(sys.argv[1], passphrase=sys.argv[2])
    with s.write() as ses:
        ses.execute(text("INSERT INTO meta (key, value) VALUES ('held', 'by the other writer')"))
        print("holding", flush=True)
        time.sleep(float(sys.argv[3]))
    print("released", flush=True)
    s.close()
""")


def _hold(store_path, passphrase, seconds):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(store_path), passphrase, str(seconds)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "holding"
    return proc


def _case_count(store) -> int:
    from sqlalchemy import text
    with store.read() as s:
        return s.execute(text('SELECT count(*) FROM "case"')).scalar()


@pytest.fixture
def fast_wait(monkeypatch):
    monkeypatch.setattr(db, "BUSY_WAIT_SECONDS", 1.5)


def test_a_writer_that_waits_too_long_is_told_another_casefile_is_writing(store, store_path, passphrase, fast_wait):
    waits = []
    db.add_wait_listener(lambda: waits.append(time.monotonic()))
    holder = _hold(store_path, passphrase, 6)
    try:
        started = time.monotonic()
        with pytest.raises(StoreBusy, match="^Another Casefile is writing to this store. Nothing was changed"):
            import_file(store, DEMO)
        assert 1.3 < time.monotonic() - started < 4
        assert len(waits) == 1  # the window's status bar was told once
    finally:
        assert holder.wait(20) == 0
        db._listeners.clear()
    # Nothing lost on either side: the other writer's row is there, and the import works now.
    from sqlalchemy import text
    with store.read() as s:
        assert s.execute(text("SELECT value FROM meta WHERE key = 'held'")).scalar() == "by the other writer"
    assert _case_count(store) == 0
    assert [r.outcome for r in import_file(store, DEMO)] == ["added"] * 3


def test_a_writer_waits_for_a_short_write_and_then_succeeds(store, store_path, passphrase, monkeypatch):
    monkeypatch.setattr(db, "BUSY_WAIT_SECONDS", 8.0)
    holder = _hold(store_path, passphrase, 1.0)
    try:
        assert [r.outcome for r in import_file(store, DEMO)] == ["added"] * 3
    finally:
        assert holder.wait(20) == 0
    assert _case_count(store) == 3


def test_the_command_line_says_the_store_is_busy(store_path, passphrase, fast_wait, capsys, monkeypatch):
    s, _ = Store.create(store_path, passphrase, owner="t", check_strength=False)
    s.close()
    import main
    monkeypatch.setattr(main, "_passphrase", lambda confirm=False: passphrase)
    holder = _hold(store_path, passphrase, 6)
    try:
        assert main.main(["import", str(store_path), str(DEMO)]) == 1
    finally:
        assert holder.wait(20) == 0
    err = capsys.readouterr().err
    assert err.strip() == "Another Casefile is writing to this store. Nothing was changed; try again when it has finished."
    assert "unexpectedly" not in err


def test_the_window_runner_announces_the_wait():
    from PySide6.QtWidgets import QApplication
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    seen = []
    runner.store_waiting.connect(seen.append)
    try:
        for fn in list(db._listeners):
            fn()
        app.processEvents()
    finally:
        runner.close()
    assert seen and seen[0].startswith("Another Casefile is writing to this store; waiting up to 5 seconds")
    assert runner._on_store_wait not in db._listeners
