"""Long work off the GUI thread: run a function on QThreadPool, get its result, error or progress
back on the GUI thread through signals.

    runner.run(lambda progress: import_file(store, path, progress),
               done=self._on_import_done, failed=self._on_import_failed, progress=bar.setValue2)

The function gets one argument, ``progress(done, total)``, which it may call from its thread.
It never touches widgets; each piece of work opens its own database session.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """One piece of work. Lives on the GUI thread; its signals arrive there, queued."""
    finished = Signal(object)
    failed = Signal(object)   # the exception
    progressed = Signal(int, int)
    ended = Signal()          # after finished or failed, or in their place once detached
    # Emitted from the worker thread; connected to the slots below, which run on this object's thread.
    _worker_finished = Signal(object)
    _worker_failed = Signal(object)
    _worker_progressed = Signal(int, int)

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self.done = False
        self._detached = False
        self._worker_finished.connect(self._on_worker_finished)
        self._worker_failed.connect(self._on_worker_failed)
        self._worker_progressed.connect(self._on_worker_progressed)

    def work(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self._fn(self._worker_progressed.emit)
        except BaseException as exc:  # handed to the GUI thread, which decides what to say
            self._worker_failed.emit(exc)
        else:
            self._worker_finished.emit(result)

    def detach(self) -> None:
        """Deliver nothing more: whoever asked for the result is going away (the store is locking)."""
        self._detached = True

    @Slot(object)
    def _on_worker_finished(self, result) -> None:
        self.done = True
        if not self._detached:
            self.finished.emit(result)
        self.ended.emit()

    @Slot(int, int)
    def _on_worker_progressed(self, done: int, total: int) -> None:
        if not self._detached:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_worker_failed(self, exc) -> None:
        self.done = True
        if not self._detached:
            self.failed.emit(exc)
        self.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.work()


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps them alive until their result has been delivered."""
    busy_changed = Signal(bool)
    # A store write is waiting for another Casefile that holds the store (storage.db); the text
    # is for the status bar. Emitted from whichever thread waits; delivered on the GUI thread.
    store_waiting = Signal(str)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()
        from storage import db

        self._db = db
        db.add_wait_listener(self._on_store_wait)
        self.destroyed.connect(lambda *_: db.remove_wait_listener(self._on_store_wait))

    def _on_store_wait(self) -> None:
        self.store_waiting.emit(self.tr("Another Casefile is writing to this store; waiting up to {0} seconds…")
                                .format(int(self._db.BUSY_WAIT_SECONDS)))

    def close(self) -> None:
        """Stop listening for store waits (the window is going away)."""
        self._db.remove_wait_listener(self._on_store_wait)

    def run(self, fn, *, done=None, failed=None, progress=None) -> Task:
        task = Task(fn, self)
        if done:
            task.finished.connect(done)
        if failed:
            task.failed.connect(failed)
        if progress:
            task.progressed.connect(progress)
        task.ended.connect(lambda t=task: self._forget(t))
        self._running.add(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Runnable(task))
        return task

    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        task._fn = None  # let go of what the work held (a passphrase, say)
        if not self._running:
            self.busy_changed.emit(False)

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool's work is done (before the store is closed)."""
        return self._pool.waitForDone(msecs)

    def detach_all(self) -> None:
        """Let running work finish, but hand its results to no one (the window is going away)."""
        for task in self._running:
            task.detach()


class InlineRunner:
    """Runs the work at once on the calling thread and answers before ``run`` returns: for a
    model used outside the window (the model tester, a benchmark) that wants its rows now."""

    def run(self, fn, *, done=None, failed=None, progress=None):
        try:
            result = fn(progress or (lambda _done, _total: None))
        except Exception as exc:  # handed over, as the pool's tasks do
            if failed:
                failed(exc)
            return None
        if done:
            done(result)
        return None
