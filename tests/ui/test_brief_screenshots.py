"""Screenshots of the brief dialog for a person to look at (build/look/brief/)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import exports.brief as brief_mod
from storage import briefs
from storage import evidence as ev
from tests.ui.evidence_support import png_file
from ui.brief_dialog import BriefDialog

LOOK = Path(__file__).resolve().parents[2] / "build" / "look" / "brief"
pytestmark = pytest.mark.screenshots


def _keep(qtbot, widget, name: str) -> Path:
    LOOK.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    target = LOOK / f"{name}.png"
    shutil.copy(qtbot.screenshot(widget, suffix=name), target)
    assert target.stat().st_size > 5000
    return target


def _make(qtbot, dlg, profile: str) -> None:
    dlg.profile.setCurrentIndex(dlg.profile.findData(profile))
    dlg.make.click()
    qtbot.waitUntil(lambda: dlg.make.isEnabled(), timeout=60000)


def test_brief_dialog_screens(qtbot, monkeypatch, services, saved, store, tmp_path):
    case = saved()
    ev.add_file(store, case.id, png_file(tmp_path / "notice.png"), description="Detention notice")
    dlg = BriefDialog(services, case.id)
    qtbot.addWidget(dlg)
    dlg.show()
    _keep(qtbot, dlg, "dialog-empty")
    dlg.anonymity.setChecked(True)
    _make(qtbot, dlg, "court")
    assert dlg.save_button.isEnabled()
    _keep(qtbot, dlg, "dialog-verified")
    _make(qtbot, dlg, "public")
    _keep(qtbot, dlg, "dialog-consent-refused")
    original = briefs.material(store, case.id).case
    real_render = brief_mod.render
    monkeypatch.setattr(brief_mod, "render", lambda _redacted, layout: real_render(original, layout))
    _make(qtbot, dlg, "court")
    _keep(qtbot, dlg, "dialog-leak")
    dlg.done(0)
    services.runner.wait()
