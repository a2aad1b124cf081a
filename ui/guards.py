"""Two guards for a laptop that may be left open: the clipboard forgets what was copied from the
window after a short while, and the store locks itself after a stretch without input."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMimeData, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QInputDialog

CLIPBOARD_SECONDS = 30
IDLE_MINUTES = 5  # issue 3: lock after five idle minutes by default
IDLE_SETTING = "lock/idle_minutes"  # not secret: how long, never what
LOCK_KEY = QKeySequence("Ctrl+L")


def idle_minutes(settings) -> int:
    try:
        minutes = int(settings.value(IDLE_SETTING, IDLE_MINUTES))
    except (TypeError, ValueError):
        return IDLE_MINUTES
    return minutes if 1 <= minutes <= 240 else IDLE_MINUTES


def ask_idle_minutes(parent, settings) -> int | None:
    """Store › Lock when idle…: the minutes without input before the store locks itself."""
    minutes, ok = QInputDialog.getInt(
        parent, QCoreApplication.translate("guards", "Lock when idle"),
        QCoreApplication.translate("guards", "Lock the store after this many minutes without a key press or "
                                   "mouse movement:"), idle_minutes(settings), 1, 240)
    if not ok:
        return None
    settings.setValue(IDLE_SETTING, minutes)
    return minutes


# Hints that tell clipboard managers and histories not to keep a copy: KDE's Klipper (and others
# that follow it), Windows' clipboard history and cloud clipboard (the named formats, both as Qt
# passes unknown MIME types and as explicit Windows formats), and macOS pasteboard managers.
_NO_DWORD = b"\x00\x00\x00\x00"
SECRET_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01",
    "CanIncludeInClipboardHistory": _NO_DWORD,
    "CanUploadToCloudClipboard": _NO_DWORD,
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _NO_DWORD,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _NO_DWORD,
    "org.nspasteboard.ConcealedType": b"",
}


def secret_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    for kind, value in SECRET_HINTS.items():
        mime.setData(kind, QByteArray(value))
    return mime


class ClipboardGuard(QObject):
    """Everything copied from the application's windows is treated as sensitive: it is put back on
    the clipboard with the hints above, and cleared after ``seconds`` (and at lock and quit),
    unless something else has been copied since (that is not ours to clear)."""
    cleared = Signal()

    def __init__(self, clipboard: QClipboard, seconds: int = CLIPBOARD_SECONDS, parent=None):
        super().__init__(parent)
        self._clipboard = clipboard
        self._ours: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=seconds * 1000)
        self._timer.timeout.connect(self.clear_now)
        clipboard.dataChanged.connect(self._on_clipboard_dataChanged)

    def copy(self, text: str) -> None:
        """Copy a field's text on purpose (a Copy button): with the hints, cleared after a while."""
        self._clipboard.setMimeData(secret_mime(text))

    @Slot()
    def _on_clipboard_dataChanged(self) -> None:  # noqa: N802
        text = self._clipboard.text()
        # Copied from this application: we own the clipboard, or one of our windows has focus
        # (some platforms never report ownership).
        if text and (self._clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None):
            mime = self._clipboard.mimeData()
            if mime is None or not mime.hasFormat("x-kde-passwordManagerHint"):
                # A widget's own Copy (Ctrl+C) sets plain text; replacing it emits this signal again.
                self._clipboard.setMimeData(secret_mime(text))
                return
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
    """Emits ``idle_elapsed`` after ``minutes`` without a key press or mouse action in the application,
    and ``lock_pressed`` at Ctrl+L in any window: a modal case form blocks the main window's own
    shortcuts, and locking must not wait for the form to be closed."""
    idle_elapsed = Signal()
    lock_pressed = Signal()
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
        kind = event.type()
        if kind in self._INPUT and self._timer.isActive():
            self._timer.start()
        if kind == QEvent.Type.KeyPress and self._timer.isActive() \
                and QKeySequence(event.keyCombination()) == LOCK_KEY:
            self.lock_pressed.emit()
            return True
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
