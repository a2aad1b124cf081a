"""The desktop application: ``run(args)`` builds the services, asks for the store, shows the
window, and locks again after a stretch without input (or on Ctrl+L)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from resources.about import VERSION
from storage.diagnostics import log
from storage.device import DeviceKeyring
from storage.keys import wipe
from storage.store import Store
from storage.swap import unsafe_swap
from ui.editor.case_dialog import CaseDialog
from ui.errors import install_excepthook
from ui.evidence_window import shut_evidence_panels
from ui import language
from ui.guards import ClipboardGuard, GuiGarbageCollector, IdleLock, idle_minutes as saved_idle_minutes
from ui.main_window import MainWindow
from ui.services import Services
from ui.swap_notice import tell_about_swap_once
from ui.tasks import TaskRunner
from ui.icon import app_icon
from ui.unlock_dialog import UnlockDialog

DESKTOP_ID = "org.casefile.Casefile"  # resources/linux/org.casefile.Casefile.desktop


class Casefile(QObject):
    """Unlock, show, lock, again. Owns the window; hands the services to everything it builds."""

    def __init__(self, app: QApplication, services: Services, idle_minutes: float | None = None,
                 collect_garbage: bool = False):
        super().__init__()
        self.app, self.services = app, services
        self.window: MainWindow | None = None
        self.idle = IdleLock(app, idle_minutes or saved_idle_minutes(services.settings), parent=self)
        self.clipboard = ClipboardGuard(app.clipboard(), parent=self)
        self.collector = GuiGarbageCollector(parent=self) if collect_garbage else None
        self.idle.idle_elapsed.connect(self.lock)
        self.idle.lock_pressed.connect(self.lock)

    def start(self, path: str | None = None) -> bool:
        """Open a store (remembered on this computer, or by asking) and show the window."""
        path = path or self.services.settings.value(Services.LAST_STORE)
        store = self._remembered(path) or UnlockDialog.ask(None, self.services, path)
        if store is None:
            return False
        self._show(store)
        return True

    def _remembered(self, path: str | None) -> Store | None:
        """The store the keyring opens, or None (not remembered, or the key no longer fits: ask
        instead). A store that this version must first update is opened in the unlock dialog, on
        a thread of its own, which says what is happening: that can take minutes."""
        if not path or not self.services.device.available():
            return None
        try:
            keyfile, key = Store.unlock(Path(path), device=self.services.device)
        except Exception:
            return None
        try:
            if Store.needs_update(Path(path), keyfile, key):
                return UnlockDialog.ask(None, self.services, path, unlocked=(keyfile, key))
            return Store.open_unlocked(Path(path), keyfile, key)
        except Exception:
            wipe(key)  # already overwritten when the opening itself failed
            return None

    def _show(self, store: Store) -> None:
        self.services.store = store
        self.window = MainWindow(self.services)
        self.window.lock_requested.connect(self.lock)
        self.window.idle_minutes_changed.connect(self.idle.set_minutes)
        self.window.show()
        self.idle.start()
        log.info("window: store unlocked, main window shown")

    @Slot()
    def lock(self) -> None:
        """Close every dialog (rescuing unsaved case edits into the store), close the store, ask again."""
        if self.window is None:
            return
        log.info("window: locking")
        self.idle.stop()
        shut_evidence_panels(QApplication.topLevelWidgets())  # viewers closed, unencrypted copies deleted
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                if isinstance(widget, CaseDialog):
                    widget.rescue()
                widget.done(QDialog.DialogCode.Rejected)
        QTimer.singleShot(0, self._finish_lock)

    @Slot()
    def _finish_lock(self) -> None:
        if QApplication.activeModalWidget() is not None:  # a dialog's own loop has not returned yet
            QTimer.singleShot(50, self._finish_lock)
            return
        window, self.window = self.window, None
        if window is None:
            return
        self.clipboard.clear_now()
        self.app.setQuitOnLastWindowClosed(False)  # the window goes before the unlock dialog comes
        self.services.runner.detach_all()
        self.services.runner.wait()
        window.cases.model.clear()
        window.close()
        window.deleteLater()
        path = str(self.services.store.path)
        self.services.store.close()
        self.services.store = None
        store = UnlockDialog.ask(None, self.services, path)
        self.app.setQuitOnLastWindowClosed(True)
        if store is None:
            self.app.quit()
        else:
            self._show(store)

    def shutdown(self) -> None:
        self.clipboard.clear_now()
        self.services.runner.wait()
        if self.services.store is not None:
            self.services.store.close()
            self.services.store = None


def _install_translations(app: QApplication, settings: QSettings) -> str:
    """The window's language (ui.language): CASEFILE_LANGUAGE, the saved choice, or the system's."""
    return language.install(app, language.resolve(settings))


def _quit_once_shown(app: QApplication) -> None:
    """The start-up probe (`casefile --smoke`): once the first window is on screen, say so on standard
    output (packaging/smoke.py times the line) and close it, which ends the program."""

    def check():
        shown = [w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()]
        if not shown:
            return
        timer.stop()
        print(f"Shown {type(shown[0]).__name__}.", flush=True)
        log.info("window: first window shown (smoke test)")
        for w in shown:
            if isinstance(w, QDialog):
                w.reject()
        app.quit()

    timer = QTimer(app)
    timer.setInterval(10)
    timer.timeout.connect(check)
    timer.start()


def run(args) -> int:
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Casefile")
    app.setApplicationDisplayName("Casefile")
    app.setApplicationVersion(VERSION)
    app.setOrganizationName("Casefile")
    app.setDesktopFileName(DESKTOP_ID)  # Wayland and X11 match the window to the .desktop entry and its icon
    app.setWindowIcon(app_icon())
    log.info("window: Qt platform %s", app.platformName())
    settings = QSettings()
    _install_translations(app, settings)
    install_excepthook(lambda message: QMessageBox.critical(None, "Casefile", message))
    services = Services(runner=TaskRunner(), settings=settings, device=DeviceKeyring())
    casefile = Casefile(app, services, collect_garbage=True)
    app.aboutToQuit.connect(casefile.shutdown)
    if getattr(args, "smoke", False):
        _quit_once_shown(app)
    else:  # before any key is asked for; the start-up probe times the first window and answers nothing
        tell_about_swap_once(None, settings, unsafe_swap())
    if not casefile.start(getattr(args, "store", None)):
        log.info("window: closed without opening a store")
        return 0
    app.setQuitOnLastWindowClosed(True)
    return app.exec()
