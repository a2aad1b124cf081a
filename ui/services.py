"""What the window's parts need, built once by ``ui.app`` and handed to each in its constructor."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from storage.device import DeviceKeyring
from ui.tasks import TaskRunner


@dataclass
class Services:
    runner: TaskRunner
    settings: QSettings
    device: DeviceKeyring
    store: object | None = None  # storage.store.Store once unlocked

    # Settings that are not secret: the last store opened, window geometry.
    LAST_STORE = "store/last_path"
