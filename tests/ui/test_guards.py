"""The clipboard forgets what the window copied; the store locks after a stretch without input."""
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLineEdit

from ui.guards import ClipboardGuard, IdleLock


def _selected_field(qtbot, text: str) -> QLineEdit:
    """A field on screen with its text selected, ready to be copied."""
    field = QLineEdit(text)
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=2000)
    field.selectAll()
    return field


def test_text_copied_from_the_window_is_cleared_after_a_while(qtbot, qapp):
    clipboard = qapp.clipboard()
    guard = ClipboardGuard(clipboard, seconds=0.2)
    field = _selected_field(qtbot, "Гүлнар Нұрдәулет")
    with qtbot.waitSignal(guard.cleared, timeout=3000):
        field.copy()
        assert clipboard.text() == "Гүлнар Нұрдәулет"
    assert clipboard.text() == ""


def test_something_copied_since_is_left_alone(qtbot, qapp):
    clipboard = qapp.clipboard()
    guard = ClipboardGuard(clipboard, seconds=60)
    field = _selected_field(qtbot, "ALM-2018-017")
    field.copy()
    guard._ours = "something else"  # as if another program had put its own text there since
    guard.clear_now()
    assert clipboard.text() == "ALM-2018-017"


def test_idle_lock_fires_after_the_interval(qtbot, qapp):
    idle = IdleLock(qapp, minutes=0.005)  # 0.3 s
    with qtbot.waitSignal(idle.idle_elapsed, timeout=5000):
        idle.start()


def test_a_key_press_starts_the_idle_interval_again(qtbot, qapp):
    idle = IdleLock(qapp, minutes=1)
    field = QLineEdit()
    qtbot.addWidget(field)
    restarts = []
    idle.start()
    idle._timer.start = lambda *a: restarts.append(a)  # what the filter does on input, recorded
    qapp.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    assert len(restarts) == 1
    qapp.sendEvent(field, QEvent(QEvent.Type.Show))  # not input
    assert len(restarts) == 1
    idle.stop()  # locked: input no longer counts
    qapp.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    assert len(restarts) == 1


def test_a_copy_carries_the_hints_that_keep_it_out_of_clipboard_histories(qtbot, qapp):
    from ui.guards import SECRET_HINTS

    clipboard = qapp.clipboard()
    guard = ClipboardGuard(clipboard, seconds=60)
    field = _selected_field(qtbot, "Гүлнар Нұрдәулет")
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # the widget's own copy
    mime = clipboard.mimeData()
    assert mime.text() == "Гүлнар Нұрдәулет"
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert bytes(mime.data("CanIncludeInClipboardHistory")) == b"\0\0\0\0"
    assert all(mime.hasFormat(kind) for kind in SECRET_HINTS)
    guard.clear_now()
    assert clipboard.text() == ""
    guard.copy("N12345678")  # a Copy button
    assert clipboard.text() == "N12345678" and clipboard.mimeData().hasFormat("CanUploadToCloudClipboard")
    guard.clear_now()


def test_ctrl_l_asks_for_a_lock_from_any_window_while_the_store_is_open(qtbot, qapp):
    idle = IdleLock(qapp, minutes=10)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    pressed = []
    idle.lock_pressed.connect(lambda: pressed.append(1))
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert pressed == []  # locked already (not started): nothing to lock
    idle.start()
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert pressed == [1] and field.text() == ""
    idle.stop()
