"""`--debug` writes a log a person can send: after a whole workflow on a case full of sentinel
names, with a sentinel passphrase, in a store folder named after a person, the log says what ran
and how it ended, and none of the sentinels (nor the folder) is in it, in any case or script."""
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.factory import case_dict

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "Sentinel-Passphrase-qx7-Tekes"
SENTINELS = ("Sentinelova", "Сентинелова", "Gulbahar", "Sentinelbek", "سېنتىنېل", "哨兵", "SNTL4242",
             "SENTINEL-REF-7", "Sentinel-Passphrase", "qx7-Tekes", "Ayagoz-Sentinel-Folder")


def _case() -> dict:
    case = case_dict(reference="SENTINEL-REF-7", title="Gulbahar Sentinelova detained in Ghulja")
    case["persons"][0]["names"] = [{"value": "Gulbahar Sentinelova", "script": "Latn"},
                                   {"value": "Гүлбахар Сентинелова", "script": "Cyrl"}]
    case["persons"][0]["identifiers"] = [{"kind": "passport", "value": "SNTL4242"}]
    case["persons"][1]["names"] = [{"value": "Erkin Sentinelbek", "script": "Latn"},
                                   {"value": "ئەركىن سېنتىنېل", "script": "Arab"},
                                   {"value": "哨兵", "script": "Hans"}]
    case["summary"] = "Gulbahar Sentinelova was detained; Erkin Sentinelbek is at risk."
    return case


def _run(env, *args, check=True):
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], env=env, cwd=env["HOME"],
                       capture_output=True, text=True, timeout=180)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def test_a_whole_workflow_under_debug_logs_no_case_data(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILE_") and not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_STATE_HOME=str(tmp_path / "state"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               CASEFILE_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    store = home / "Ayagoz-Sentinel-Folder" / "store"
    intake = home / "Ayagoz-Sentinel-Folder" / "intake.json"
    intake.parent.mkdir()
    intake.write_text(json.dumps({"format": "casefile-interchange", "version": 1, "cases": [_case()]},
                                 ensure_ascii=False), encoding="utf-8")

    first = _run(env, "--debug", "init", store)
    assert "debug log" in first.stderr
    env["CASEFILE_DEBUG"] = "1"  # the variable does the same
    _run(env, "import", store, intake)
    assert "SENTINEL-REF-7" in _run(env, "search", store, "Sentinelova").stdout
    _run(env, "brief", store, "SENTINEL-REF-7", "--profile", "court", "-o", home / "Ayagoz-Sentinel-Folder" / "b.pdf")
    _run(env, "verify", store)
    refused = _run(env, "brief", store, "Sentinelova-unknown", "--profile", "public", "-o", home / "x.pdf", check=False)
    assert refused.returncode == 1
    wrong = dict(env, CASEFILE_PASSPHRASE="Sentinel-Passphrase-wrong")
    assert _run(wrong, "list", store, check=False).returncode == 1
    _run(env, "--smoke")  # the window: the unlock dialog is shown, then closed

    logs = list((tmp_path / "state").rglob("casefile.log*"))
    assert logs, "no log was written"
    text = "\n".join(p.read_text(encoding="utf-8") for p in logs)
    assert "init (given:" in text and "search (given:" in text and "exit status 0" in text
    assert "exit status 1" in text and "window: first window shown" in text
    folded = text.casefold()
    for sentinel in SENTINELS:
        assert sentinel.casefold() not in folded, sentinel
    assert str(tmp_path).casefold() not in folded and "sentinel" not in folded


def test_without_debug_nothing_is_written(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILE_") and not k.startswith("XDG_")}
    env.update(HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"), PYTHONPATH=str(ROOT),
               CASEFILE_PASSPHRASE=PASSPHRASE)
    _run(env, "init", tmp_path / "store")
    assert not (tmp_path / "state").exists()
