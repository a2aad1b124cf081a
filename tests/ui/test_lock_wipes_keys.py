"""Locking the window closes the store, and the keys it held are overwritten."""
from __future__ import annotations

from ui.app import Casefile
from ui.unlock_dialog import UnlockDialog


def test_locking_the_window_overwrites_the_stores_keys(qtbot, qapp, services, monkeypatch):
    asked = []
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, parent, svc, path=None: asked.append(path)))
    monkeypatch.setattr(qapp, "quit", lambda: asked.append("quit"))
    app = Casefile(qapp, services, idle_minutes=30)
    store = services.store
    app._show(store)
    held = [store._data_key, store._audit_key]
    assert all(any(b) for b in held)
    app.lock()  # as Ctrl+L does
    qtbot.waitUntil(lambda: "quit" in asked, timeout=5000)
    assert services.store is None
    assert all(b == bytearray(32) for b in held)
