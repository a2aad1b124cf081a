"""The command line, as a script or an administrator uses it: real processes, real exit codes."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import factory

ROOT = Path(__file__).resolve().parent.parent
PASS = "correct horse battery staple orange"


def run(*args, passphrase=PASS, stdin=None):
    env = {k: v for k, v in os.environ.items() if k != "CASEFILE_PASSPHRASE"}
    if passphrase is not None:
        env["CASEFILE_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, input=stdin, timeout=120)


@pytest.fixture
def cli_store(tmp_path):
    path = tmp_path / "store"
    r = run("init", path, "--owner", "Tester")
    assert r.returncode == 0, r.stderr
    return path


def test_init_prints_the_recovery_key_once(tmp_path):
    r = run("init", tmp_path / "s")
    assert r.returncode == 0
    key = [line.strip() for line in r.stdout.splitlines() if line.strip().count("-") == 7]
    assert len(key) == 1
    from storage.store import Store
    Store.open(tmp_path / "s", recovery_key=key[0]).close()


def test_import_list_search_export(cli_store, tmp_path):
    r = run("import", cli_store, factory.DEMO)
    assert r.returncode == 0, r.stderr
    assert "3 added" in r.stdout
    r = run("list", cli_store)
    assert [line.split("\t")[0] for line in r.stdout.splitlines()] == ["DEMO-2018-003", "DEMO-2019-001", "DEMO-2021-002"]
    listed = json.loads(run("list", cli_store, "--json").stdout)
    assert {c["reference"] for c in listed} == {"DEMO-2018-003", "DEMO-2019-001", "DEMO-2021-002"}
    found = json.loads(run("search", cli_store, "Тоқтарова", "--json").stdout)
    assert [c["reference"] for c in found] == ["DEMO-2021-002"]
    out = tmp_path / "out.json"
    r = run("export-json", cli_store, "DEMO-2019-001", "-o", out)
    assert r.returncode == 0 and "NOT encrypted" in r.stderr
    assert [c["reference"] for c in json.loads(out.read_text())["cases"]] == ["DEMO-2019-001"]
    assert out.stat().st_mode & 0o077 == 0


def test_a_bad_document_changes_nothing_and_names_the_field(cli_store, tmp_path):
    doc = factory.document(factory.case_dict("OK-1"), factory.case_dict("BAD-2"))
    doc["cases"][1]["persons"][1]["at_rsk"] = True
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    r = run("import", cli_store, bad)
    assert r.returncode == 1
    assert "cases[1].persons[1].at_rsk: unknown field" in r.stderr
    assert "Traceback" not in r.stderr
    assert run("list", cli_store).stdout == ""


def test_wrong_passphrase_exit_1_plain_message(cli_store):
    r = run("list", cli_store, passphrase="wrong wrong wrong wrong")
    assert r.returncode == 1
    assert r.stderr.strip() == "The passphrase is wrong."


def test_no_terminal_and_no_passphrase_is_a_clear_refusal(cli_store):
    r = run("list", cli_store, passphrase=None, stdin="")
    assert r.returncode == 1 and "CASEFILE_PASSPHRASE" in r.stderr


def test_wrong_usage_exit_2(cli_store):
    assert run("frobnicate").returncode == 2
    assert run("export-json", cli_store).returncode == 2  # -o is required


def test_missing_files_and_stores_are_plain_errors(cli_store, tmp_path):
    r = run("import", cli_store, tmp_path / "nope.json")
    assert r.returncode == 1 and "no such file" in r.stderr and "Traceback" not in r.stderr
    r = run("list", tmp_path / "nostore")
    assert r.returncode == 1 and "no Casefile store" in r.stderr


def test_the_command_line_does_not_load_qt(cli_store):
    code = ("import sys, main; main.main(['list', sys.argv[1]]); "
            "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')")
    env = dict(os.environ, CASEFILE_PASSPHRASE=PASS)
    r = subprocess.run([sys.executable, "-c", code, str(cli_store)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.stdout.strip().endswith("NOQT"), r.stdout + r.stderr


def test_core_layers_do_not_import_qt():
    offenders = [str(p.relative_to(ROOT)) for layer in ("models", "storage", "exports")
                 for p in (ROOT / layer).rglob("*.py") if "PySide6" in p.read_text("utf-8")]
    assert offenders == []


def test_the_first_opening_by_a_newer_version_says_on_stderr_what_it_does(tmp_path):
    import shutil

    old = tmp_path / "old"
    shutil.copytree(ROOT / "tests" / "fixtures" / "store-r0001", old)
    r = run("list", old, passphrase="fixture passphrase for casefile tests")
    assert r.returncode == 0, r.stderr
    assert "Updating this store for this version of Casefile" in r.stderr
    assert "Rebuilding the search index: 3 of 3 cases" in r.stderr
    assert "DEMO-2019-001" in r.stdout and "Updating" not in r.stdout  # output for scripts stays clean
    again = run("list", old, passphrase="fixture passphrase for casefile tests")
    assert again.returncode == 0 and again.stderr == ""
