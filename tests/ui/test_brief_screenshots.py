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
    qtbot.waitUntil(dlg.make.isEnabled, timeout=10000)
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


# --- every kind of brief, every profile, every demo case and adversarial case -----------------

BRIEFS = Path(__file__).resolve().parents[2] / "build" / "look" / "briefs"
ADVERSARIAL = Path(__file__).resolve().parents[1] / "adversarial" / "cases"


def _all_cases() -> list:
    import json

    from models import interchange
    from tests.factory import DEMO
    cases = list(interchange.parse_document(json.loads(DEMO.read_text("utf-8"))).cases)
    for path in sorted(ADVERSARIAL.glob("*.json")):
        if not path.name.endswith(".expect.json"):
            cases += interchange.parse_document(json.loads(path.read_text("utf-8"))).cases
    return cases


def _sheet(pages: list[Path], target: Path) -> None:
    """Pages side by side, four to an image, to look at a whole brief in a few views."""
    from PIL import Image
    for k in range(0, len(pages), 4):
        images = [Image.open(p) for p in pages[k:k + 4]]
        sheet = Image.new("RGB", (sum(i.width for i in images), max(i.height for i in images)), "white")
        x = 0
        for im in images:
            sheet.paste(im, (x, 0))
            x += im.width
        sheet.save(target.with_name(f"{target.name}-sheet{k // 4 + 1}.png"))


@pytest.mark.parametrize("profile", ["internal", "court", "public"])
def test_every_brief_as_png_pages(profile):
    """build/look/briefs/REF-KIND-PROFILE-N.png (pdftoppm -r 60) and a sheet of four pages per image.
    A brief refused for consent or as a leak is listed in REF-KIND-PROFILE.txt instead."""
    import subprocess

    from exports.brief import KINDS, build_brief
    from exports.redaction import ConsentRefused
    from exports.verify import LeakFound
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    BRIEFS.mkdir(parents=True, exist_ok=True)
    made = 0
    for case in _all_cases():
        for kind in KINDS:
            stem = BRIEFS / f"{case.reference}-{kind}-{profile}"
            for old in BRIEFS.glob(f"{stem.name}*"):
                old.unlink()
            try:
                pdf = build_brief(case, kind, profile).pdf
            except (ConsentRefused, LeakFound) as exc:
                stem.with_suffix(".txt").write_text(f"{type(exc).__name__}: {exc}\n", "utf-8")
                continue
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-", str(stem)], input=pdf, check=True)
            pages = sorted(BRIEFS.glob(f"{stem.name}-[0-9]*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
            assert pages
            _sheet(pages, stem)
            made += 1
    assert made >= 6
