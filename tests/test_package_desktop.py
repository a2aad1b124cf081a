"""Desktop integration files: the .desktop entry and the AppStream metainfo pass the freedesktop
validators, name the same application id as the window (ui.app.DESKTOP_ID), and the committed PNG
icons are the current rendering of casefile.svg at every size."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"
APP_ID = "org.casefile.Casefile"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: run scripts/install-system-deps.sh")
    return path


def test_the_desktop_entry_is_valid():
    r = subprocess.run([_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == "", r.stdout + r.stderr


def test_the_metainfo_is_valid():
    r = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_window_names_the_same_desktop_entry():
    code = "import ui.app; print(ui.app.DESKTOP_ID)"
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert r.stdout.strip() == APP_ID, r.stderr


def test_the_committed_icons_are_the_drawing_rendered(qapp):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from render_icons import SIZES, render
    finally:
        sys.path.pop(0)
    from PySide6.QtGui import QImage

    assert SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in SIZES:
        committed = QImage(str(ROOT / "resources" / "icons" / f"casefile-{size}.png"))
        assert committed.width() == size and committed.height() == size
        fresh = render(ROOT / "resources" / "icons" / "casefile.svg", size).convertToFormat(committed.format())
        assert fresh == committed, f"casefile-{size}.png is out of date: run packaging/render_icons.py"
