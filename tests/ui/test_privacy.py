"""Nothing sensitive leaves the window by the side doors: window titles, the status bar, the
crash dialog, Qt's file-dialog settings."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

NAME = "Гүлнар Нұрдәулет"


def test_the_window_title_and_status_bar_do_not_name_the_store_folder(qtbot, tmp_path, memory_keyring):
    from storage.device import DeviceKeyring
    from storage.store import Store
    from ui.main_window import MainWindow
    from ui.services import Services
    from ui.tasks import TaskRunner

    store, _ = Store.create(tmp_path / NAME, "correct horse battery staple orange")
    services = Services(TaskRunner(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        DeviceKeyring(memory_keyring), store)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    shown = [window.windowTitle()] + [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert shown and not any(NAME in text for text in shown)
    services.runner.wait()
    store.close()


def test_the_crash_dialog_and_stderr_name_the_kind_of_error_only(capsys, monkeypatch):
    from storage.errors import StoreError
    from ui.errors import install_excepthook

    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    install_excepthook(shown.append)
    for kind in (ValueError, StoreError):
        sys.excepthook(kind, kind(f"could not save {NAME}"), None)
    err = capsys.readouterr().err
    assert len(shown) == 2 and all(NAME not in m for m in shown) and NAME not in err
    assert "ValueError" in shown[0] and "StoreError" in shown[1]


@pytest.fixture
def qt_settings_home(tmp_path):
    """Qt's own settings (QtProject.conf) in a folder of the test's."""
    fmt, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    QSettings.setPath(fmt, scope, str(tmp_path / "config"))
    yield tmp_path / "config"
    from PySide6.QtCore import QStandardPaths
    QSettings.setPath(fmt, scope, QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation))


def _choose(path):
    """Pick ``path`` in the file dialog that is about to open."""
    def pick():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QFileDialog):
            QTimer.singleShot(20, pick)
            return
        dlg.selectFile(str(path))
        dlg.accept()
    QTimer.singleShot(0, pick)


def test_file_dialogs_leave_no_recent_folder_in_qt_settings(qtbot, tmp_path, qt_settings_home):
    from ui import file_dialogs

    folder = tmp_path / NAME
    folder.mkdir()
    chosen = folder / "statement.json"
    chosen.write_text("{}")
    settings_file = qt_settings_home / "QtProject.conf"

    # Qt's own dialog, as it comes, remembers the folder ...
    _choose(chosen)
    assert QFileDialog.getOpenFileName(None, "plain", str(folder), options=file_dialogs._OPTIONS)[0] == str(chosen)
    assert str(tmp_path) in settings_file.read_text(encoding="utf-8")  # history=file:///…/%D0%93…
    settings_file.unlink()

    # ... the application's does not.
    _choose(chosen)
    assert file_dialogs.open_file(None, "guarded", str(folder)) == str(chosen)
    text = settings_file.read_text(encoding="utf-8") if settings_file.exists() else ""
    assert NAME not in text and "statement" not in text and str(tmp_path) not in text
