"""Long work runs off the GUI thread and its result, error and progress come back on it."""
import threading

import pytest
from PySide6.QtCore import QThread

from ui.tasks import TaskRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen = {}
    gui = QThread.currentThread()

    def work(progress):
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        for i in range(3):
            progress(i + 1, 3)
        return 42

    progress = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        task = runner.run(work, done=lambda r: seen.update(result=r, on_gui=QThread.currentThread() is gui),
                          progress=lambda d, t: progress.append((d, t, QThread.currentThread() is gui)))
    assert seen == {"worker": True, "result": 42, "on_gui": True}
    assert progress == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert not runner.busy()
    del task


def test_an_error_is_handed_back_not_raised(qtbot):
    runner = TaskRunner()
    errors = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        runner.run(lambda _p: 1 / 0, done=lambda r: pytest.fail("no result expected"), failed=errors.append)
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_user_messages_never_quote_an_unexpected_error():
    from models.interchange import InterchangeError
    from ui.errors import user_message

    secret = "Гүлнар Нұрдәулет"
    assert secret not in user_message(ValueError(secret))
    assert "ValueError" in user_message(ValueError(secret))
    assert user_message(InterchangeError(["cases[0].reference: must not be empty"])).startswith("cases[0].reference")


def test_a_detached_task_delivers_nothing(qtbot):
    import threading as th

    runner = TaskRunner()
    release = th.Event()
    delivered = []
    task = runner.run(lambda _p: release.wait(5) and "result", done=delivered.append, failed=delivered.append)
    runner.detach_all()
    release.set()
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert delivered == [] and not runner.busy()
