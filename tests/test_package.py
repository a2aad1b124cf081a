"""The wheel holds everything Casefile needs: built from the checkout, installed into a fresh virtual
environment outside it, and run from another folder with a clean environment (packaging/smoke.py):
--version, init, import --demo, search, brief, verify and the window, offscreen.

The short test installs the wheel alone and lends the fresh environment the libraries of this one
(a .pth line: that folder's own .pth files, this checkout's editable install among them, are not
read). `make wheel-test` runs the full one (marked `install`): the wheel and all its dependencies
installed by pip into a fresh environment.
"""
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SMOKE = ROOT / "packaging" / "smoke.py"
BIN = "Scripts" if os.name == "nt" else "bin"

# What the program reads at run time; a wheel without one of them fails for a new user.
NEEDED = {"models/vocabularies.json", "resources/demo/demo-cases.json", "resources/fonts/NotoSerif-Regular.ttf",
          "resources/fonts/NotoNaskhArabic-Regular.ttf", "resources/fonts/DroidSansFallbackFull.ttf",
          "resources/fonts/COPYRIGHT-noto.txt", "resources/i18n/casefile_ru.qm", "resources/i18n/casefile_kk.qm",
          "resources/i18n/casefile_ug.qm", "resources/icons/casefile-256.png", "storage/migrations/env.py",
          "storage/migrations/versions/0001_first_release.py", "main.py", "ui/app.py"}


def _clean_env() -> dict:
    return {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CASEFILE_"))}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
                       capture_output=True, text=True, timeout=600, env=_clean_env(), cwd=out)
    assert r.returncode == 0, r.stderr[-2000:]
    (built,) = out.glob("casefile-*.whl")
    return built


def _fresh_venv(where: Path, with_pip: bool) -> Path:
    args = [sys.executable, "-m", "venv", str(where)] + ([] if with_pip else ["--without-pip"])
    subprocess.run(args, check=True, timeout=300, env=_clean_env())
    return where / BIN / ("python.exe" if os.name == "nt" else "python")


def _smoke(casefile: Path, cwd: Path) -> str:
    r = subprocess.run([sys.executable, str(SMOKE), str(casefile)], capture_output=True, text=True, timeout=900,
                       cwd=cwd, env=_clean_env())
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def _our_code_is_installed(python: Path, venv: Path, cwd: Path) -> None:
    code = "import main, models, resources, storage, ui; print(*(m.__file__ for m in (main, models, resources, storage, ui)))"
    r = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=cwd, env=_clean_env())
    assert r.returncode == 0, r.stderr
    for path in r.stdout.split():
        assert Path(path).resolve().is_relative_to(venv.resolve()), path  # not the checkout


def test_the_wheel_holds_the_files_read_at_run_time(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert NEEDED <= names, sorted(NEEDED - names)
    assert not [n for n in names if n.endswith(".ts") or n.startswith("tests/")]


def test_the_wheel_installed_elsewhere_runs_every_command(wheel, tmp_path):
    venv = tmp_path / "venv"
    python = _fresh_venv(venv, with_pip=False)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    str(wheel)], check=True, timeout=300, env=_clean_env(), capture_output=True)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "lent-libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _our_code_is_installed(python, venv, elsewhere)
    out = _smoke(venv / BIN / "casefile", elsewhere)
    assert "start-up to the unlock window" in out


@pytest.mark.install
def test_the_wheel_and_its_dependencies_installed_by_pip(wheel, tmp_path):
    venv = tmp_path / "venv"
    python = _fresh_venv(venv, with_pip=True)
    r = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], capture_output=True, text=True,
                       timeout=1800, env=_clean_env())
    assert r.returncode == 0, r.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _our_code_is_installed(python, venv, elsewhere)
    print(_smoke(venv / BIN / "casefile", elsewhere))
