"""The stack of STYLE.md, checked on every test run: main.py -> ui -> storage -> exports -> models,
imports only pointing down, ui/ and main.py reaching exports/ only through storage/'s use cases, and
no Qt below ui/. The contracts are import-linter's (pyproject.toml); main.py is a module, which
import-linter cannot take as a root, so its imports are read here. Then ruff's small rule set."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PACKAGES = ("ui", "storage", "exports", "models")


def lint_imports(folder: Path) -> subprocess.CompletedProcess:
    exe = BIN / "lint-imports"
    if not exe.exists():
        pytest.fail("lint-imports is not installed: pip install -e '.[dev]'")
    return subprocess.run([str(exe), "--no-cache"], cwd=folder, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(folder), "PATH": str(BIN), "NO_COLOR": "1", "COLUMNS": "200"})


def main_py_problems(path: Path) -> list[str]:
    """What main.py imports against the stack: exports/ (use storage/'s use cases) or Qt (only through ui/)."""
    problems = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top in ("exports", "PySide6", "shiboken6"):
                problems.append(f"main.py:{node.lineno} imports {name}")
    return problems


def copy_of_the_code(tmp_path: Path) -> Path:
    copy = tmp_path / "code"
    for name in PACKAGES:
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.json", "*.ts"))
    shutil.copy(ROOT / "main.py", copy / "main.py")
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def append(path: Path, line: str) -> None:
    path.write_text(path.read_text() + f"\n{line}\n")


def test_the_layers_hold():
    r = lint_imports(ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "3 kept, 0 broken" in r.stdout
    assert main_py_problems(ROOT / "main.py") == []


@pytest.mark.parametrize("where, line, broken", [
    ("ui/brief_dialog.py", "from exports.brief import build_brief", "only through the use cases"),
    ("exports/brief.py", "from storage import cases", "imports only point down"),
    ("storage/briefs.py", "import ui.errors", "imports only point down"),
    ("models/briefs.py", "from exports import redaction", "imports only point down"),
    ("exports/verify.py", "from PySide6.QtCore import QObject", "Nothing below ui/ loads Qt"),
    ("storage/files.py", "import PySide6", "Nothing below ui/ loads Qt"),
])
def test_an_import_against_the_stack_is_caught(tmp_path, where, line, broken):
    code = copy_of_the_code(tmp_path)
    assert lint_imports(code).returncode == 0          # the copy as it is passes
    append(code / where, line)
    r = lint_imports(code)
    assert r.returncode == 1, r.stdout
    assert "1 broken" in r.stdout
    assert broken in " ".join(ln.strip() for ln in r.stdout.splitlines()) and "BROKEN" in r.stdout


def test_main_py_reaching_past_the_use_cases_is_caught(tmp_path):
    code = copy_of_the_code(tmp_path)
    append(code / "main.py", "def cmd_x(args):\n    from exports.brief import check_file\n    import PySide6.QtWidgets")
    assert main_py_problems(code / "main.py") == [
        f"main.py:{len((code / 'main.py').read_text().splitlines()) - 1} imports exports.brief",
        f"main.py:{len((code / 'main.py').read_text().splitlines())} imports PySide6.QtWidgets"]


def run_ruff(folder: Path) -> subprocess.CompletedProcess:
    exe = BIN / "ruff"
    if not exe.exists():
        pytest.fail("ruff is not installed: pip install -e '.[dev]'")
    return subprocess.run([str(exe), "check", "--no-cache", "--output-format", "concise", "."], cwd=folder,
                          capture_output=True, text=True, timeout=120)


def test_ruff_passes():
    r = run_ruff(ROOT)
    assert r.returncode == 0, r.stdout + r.stderr


def test_ruff_catches_an_unused_import_and_an_unused_variable(tmp_path):
    code = copy_of_the_code(tmp_path)
    append(code / "storage" / "files.py", "import json\n\ndef f():\n    unused = 1")
    r = run_ruff(code)
    assert r.returncode == 1
    assert "F401" in r.stdout and "F841" in r.stdout and "storage/files.py" in r.stdout
