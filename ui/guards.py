"""Two guards for a laptop that may be left open: the clipboard forgets what was copied from the
window after a short while, and the store locks itself after a stretch without input."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

CLIPBOARD_SECONDS = 30
IDLE_MINUTES = 5  # issue 3: lock after five idle minutes by default


class ClipboardGuard(QObject):
    """Clears what this application put on the clipboard after ``seconds``, and at lock and quit,
    unless something else has been copied since (that is not ours to clear)."""
    cleared = Signal()

    def __init__(self, clipboard: QClipboard, seconds: int = CLIPBOARD_SECONDS, parent=None):
        super().__init__(parent)
        self._clipboard = clipboard
        self._ours: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=seconds * 1000)
        self._timer.timeout.connect(self.clear_now)
        clipboard.dataChanged.connect(self._on_clipboard_dataChanged)

    @Slot()
    def _on_clipboard_dataChanged(self) -> None:  # noqa: N802
        text = self._clipboard.text()
        # Copied from this application: we own the clipboard, or one of our windows has focus
        # (some platforms never report ownership).
        if text and (self._clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None):
            self._ours = text
            self._timer.start()
        elif text != self._ours:
            self._ours = None
            self._timer.stop()

    @Slot()
    def clear_now(self) -> None:
        self._timer.stop()
        if self._ours is not None and self._clipboard.text() == self._ours:
            self._clipboard.clear()
            self.cleared.emit()
        self._ours = None


class IdleLock(QObject):
    """Emits ``idle_elapsed`` after ``minutes`` without a key press or mouse action in the application."""
    idle_elapsed = Signal()
    _INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
              QEvent.Type.Wheel, QEvent.Type.TouchBegin}

    def __init__(self, app, minutes: float = IDLE_MINUTES, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=int(minutes * 60_000))
        self._timer.timeout.connect(self.idle_elapsed)
        app.installEventFilter(self)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(int(minutes * 60_000))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in self._INPUT and self._timer.isActive():
            self._timer.start()
        return False


class GuiGarbageCollector(QObject):
    """Python's cycle collector runs on whichever thread allocates when a threshold is crossed.
    Run on a worker, it may destroy a widget caught in a cycle there, and Qt objects must die on
    their own thread. So automatic collection is off, and this timer collects on the GUI thread
    (the approach Anki takes for the same reason)."""

    def __init__(self, interval_ms: int = 1000, parent=None):
        super().__init__(parent)
        import gc

        self._gc = gc
        self._threshold = gc.get_threshold()[0]
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    @Slot()
    def collect_if_due(self) -> None:
        if self._gc.get_count()[0] > self._threshold:
            self._gc.collect()
