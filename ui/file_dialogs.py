"""File dialogs that leave no trace of where case files were.

Native dialogs keep lists of recent files and folders of their own (GTK's recently-used.xbel,
the Windows shell's most-recently-used lists), so Qt's own dialog is used. That one remembers
the last folders visited in the shared QSettings "QtProject" (FileDialog/history and
lastVisited); a folder there may be named after a person. Each call puts that group back as it
was before the dialog opened, so no path chosen here stays behind.

Same arguments and results as the static functions of QFileDialog.
"""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

_GROUP = "FileDialog"
_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def _qt_settings() -> QSettings:
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")


@contextmanager
def _leaving_no_recent_paths():
    settings = _qt_settings()
    settings.beginGroup(_GROUP)
    before = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()
    try:
        yield
    finally:
        settings = _qt_settings()
        settings.beginGroup(_GROUP)
        for key in settings.allKeys():
            if key not in before:
                settings.remove(key)
        for key, value in before.items():
            settings.setValue(key, value)
        settings.endGroup()
        settings.sync()


def open_file(parent, caption: str, folder: str = "", filters: str = "") -> str:
    with _leaving_no_recent_paths():
        return QFileDialog.getOpenFileName(parent, caption, folder, filters, options=_OPTIONS)[0]


def open_files(parent, caption: str, folder: str = "", filters: str = "") -> list[str]:
    with _leaving_no_recent_paths():
        return QFileDialog.getOpenFileNames(parent, caption, folder, filters, options=_OPTIONS)[0]


def save_file(parent, caption: str, suggested: str = "", filters: str = "") -> str:
    with _leaving_no_recent_paths():
        return QFileDialog.getSaveFileName(parent, caption, suggested, filters, options=_OPTIONS)[0]


def folder(parent, caption: str, start: str = "") -> str:
    with _leaving_no_recent_paths():
        return QFileDialog.getExistingDirectory(parent, caption, start,
                                                QFileDialog.Option.ShowDirsOnly | _OPTIONS)
