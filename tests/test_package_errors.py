"""What an incomplete or shadowed installation says: one sentence naming what is missing, no traceback."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _env(**more):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "CASEFILE_"))}
    env.update(more)
    return env


def test_a_missing_data_module_is_named_not_a_traceback(tmp_path):
    # A frozen build that did not collect pdfminer: the brief's leak check cannot load it.
    code = ("import sys; sys.modules['pdfminer'] = None; sys.path.insert(0, sys.argv[1]); import main; "
            "sys.exit(main.main(sys.argv[2:]))")
    env = _env(CASEFILE_PASSPHRASE="a long passphrase for this test 42")
    store = tmp_path / "store"
    run = lambda *a: subprocess.run([sys.executable, "-c", code, str(ROOT), *map(str, a)], cwd=tmp_path,  # noqa: E731
                                    env=env, capture_output=True, text=True, timeout=120)
    assert run("init", store).returncode == 0
    assert run("import", store, "--demo").returncode == 0
    r = run("brief", store, "DEMO-2021-002", "--profile", "public", "-o", tmp_path / "b.pdf")
    assert r.returncode == 1
    assert r.stderr.startswith("This copy of Casefile is incomplete: the module pdfminer")
    assert len(r.stderr.strip().splitlines()) == 1 and not (tmp_path / "b.pdf").exists()


def test_another_package_named_models_is_refused_before_anything_runs(tmp_path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "__init__.py").write_text("")
    code = "import sys; sys.path.insert(0, sys.argv[2]); sys.path.insert(0, sys.argv[1]); import main; sys.exit(main.main())"
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path), str(ROOT), "--version"], cwd=tmp_path,
                       env=_env(), capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert r.stderr.strip() == ("Another installed package named models hides Casefile's own; install Casefile in an "
                                "environment of its own (for example with pipx) or use the application folder.")


def test_import_wants_a_file_or_demo(tmp_path):
    env = _env(CASEFILE_PASSPHRASE="a long passphrase for this test 42")
    run = lambda *a: subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, a)], cwd=tmp_path,  # noqa: E731
                                    env=env, capture_output=True, text=True, timeout=120)
    assert run("init", tmp_path / "s").returncode == 0
    r = run("import", tmp_path / "s")
    assert r.returncode == 1 and "Give either a FILE.json to import or --demo" in r.stderr
    r = run("import", tmp_path / "s", "--demo")
    assert r.returncode == 0 and "Imported 3 cases: 3 added" in r.stdout
