"""Setuptools reads pyproject.toml; this adds one build step: the window's translations
(resources/i18n/*.ts) compiled to .qm with pyside6-lrelease before the files are copied, so that a
wheel never ships without them. Without lrelease the build stops with one sentence."""
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

I18N = Path(__file__).resolve().parent / "resources" / "i18n"


def _lrelease() -> str | None:
    """Qt's lrelease: the binary inside PySide6 (pyproject.toml's build requirements bring it into
    pip's build environment), else a pyside6-lrelease beside this Python or on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        for name in ("lrelease", "lrelease.exe"):
            if (Path(spec.origin).parent / name).is_file():
                return str(Path(spec.origin).parent / name)
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


class BuildWithTranslations(build_py):
    def run(self):
        if getattr(self, "editable_mode", False):  # `pip install -e .`: the checkout's .qm come from the Makefile
            return super().run()
        sources = sorted(I18N.glob("casefile_*.ts"))
        stale = [ts for ts in sources if not ts.with_suffix(".qm").exists()
                 or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
        if stale:
            tool = _lrelease()
            if tool is None:
                sys.exit("Cannot build Casefile: pyside6-lrelease is needed to compile the translations; build from "
                         "an environment that has PySide6 installed (make wheel does), or put pyside6-lrelease on PATH.")
            # a pyside6-lrelease script must not see pip's build isolation (PYTHONPATH without PySide6)
            env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
            for ts in stale:
                subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, env=env)
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
