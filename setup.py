"""Setuptools reads pyproject.toml; this adds one build step: the window's translations
(resources/i18n/*.ts) compiled to .qm with pyside6-lrelease before the files are copied, so that a
wheel never ships without them. Without lrelease the build stops with one sentence."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

I18N = Path(__file__).resolve().parent / "resources" / "i18n"


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    for candidate in (str(beside), str(beside.with_suffix(".exe"))):
        if Path(candidate).is_file():
            return candidate
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


class BuildWithTranslations(build_py):
    def run(self):
        sources = sorted(I18N.glob("casefile_*.ts"))
        stale = [ts for ts in sources if not ts.with_suffix(".qm").exists()
                 or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
        if stale:
            tool = _lrelease()
            if tool is None:
                sys.exit("Cannot build Casefile: pyside6-lrelease (from PySide6) is needed to compile the "
                         "translations; build without isolation in an environment that has PySide6, "
                         "e.g. `pip wheel --no-build-isolation --no-deps .`.")
            # pip's build isolation sets PYTHONPATH to its own environment, where PySide6 is not
            env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
            for ts in stale:
                subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, env=env)
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
