"""The window tells once, at start, that swap is not encrypted and how to fix it."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from storage.swap import Swap
from ui.swap_notice import tell_about_swap_once

PLAIN = Swap("/dev/sda2", False, "not on an encrypted volume")


def test_told_once_and_again_for_a_new_swap(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert tell_about_swap_once(None, settings, [PLAIN])
    title, text = shown[0]
    assert "not encrypted" in title and "/dev/sda2" in text
    assert all(fix in text for fix in ("encrypted volume", "cryptswap", "zram"))
    assert not tell_about_swap_once(None, settings, [PLAIN])
    settings.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)  # the next start
    assert not tell_about_swap_once(None, again, [PLAIN])
    assert tell_about_swap_once(None, again, [PLAIN, Swap("/swapfile", False, "not on an encrypted volume")])
    assert len(shown) == 2
    assert not tell_about_swap_once(None, again, [])  # nothing unsafe: nothing to tell
