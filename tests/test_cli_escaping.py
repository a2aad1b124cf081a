"""Text from outside is printed safely: terminal escapes and controls in names, references and
messages are shown escaped on the command line (issue 14, item 7)."""
from __future__ import annotations

import json

import pytest

import main
from main import shown
from storage.store import Store

ESC = "\x1b"


@pytest.mark.parametrize("raw, expected", [
    ("Camp \x1b]0;owned\x07 report", "Camp \\x1b]0;owned\\x07 report"),
    ("A\x9b31mB", "A\\x9bB".replace("B", "31mB")),
    ("Bob\u202egnp.exe", "Bob\\u202egnp.exe"),
    ("line\nbreak\tand\rreturn", "line\\x0abreak\\x09and\\x0dreturn"),
    ("Äýşä Ерлан ئۇيغۇر", "Äýşä Ерлан ئۇيغۇر"),  # ordinary text in any script is left alone
])
def test_shown_escapes_only_what_a_terminal_would_act_on(raw, expected):
    assert shown(raw) == expected


@pytest.fixture
def cli_store(store_path, passphrase, monkeypatch):
    s, _ = Store.create(store_path, passphrase, owner="t", check_strength=False)
    s.close()
    monkeypatch.setattr(main, "_passphrase", lambda confirm=False: passphrase)
    return store_path


def test_list_prints_a_hostile_reference_and_title_escaped(cli_store, tmp_path, capsys):
    doc = {"format": "casefile-interchange", "version": 1, "cases": [
        {"reference": f"R-{ESC}[2J1", "title": f"Title{ESC}]52;c;AAAA\x07 end"}]}
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc), "utf-8")
    assert main.main(["import", str(cli_store), str(path)]) == 0
    capsys.readouterr()
    assert main.main(["list", str(cli_store)]) == 0
    out = capsys.readouterr().out
    assert ESC not in out and "\x07" not in out
    assert out == "R-\\x1b[2J1\tTitle\\x1b]52;c;AAAA\\x07 end\topen\n"
    assert main.main(["list", str(cli_store), "--json"]) == 0
    assert ESC not in capsys.readouterr().out


def test_an_error_naming_a_hostile_field_is_printed_escaped(cli_store, tmp_path, capsys):
    doc = {"format": "casefile-interchange", "version": 1, "cases": [
        {"reference": "R-1", "title": "T", "status": f"x{ESC}[31m"}]}
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc), "utf-8")
    assert main.main(["import", str(cli_store), str(path)]) == 1
    err = capsys.readouterr().err
    assert ESC not in err
    assert err.startswith("cases[0].status: 'x\\x1b[31m' is not one of: ")


def test_json_output_escapes_c1_controls_and_stays_valid(capsys):
    main._out_json({"name": "A\x9b2JB\u202e"})
    out = capsys.readouterr().out
    assert "\x9b" not in out and "\u202e" not in out
    assert json.loads(out) == {"name": "A\x9b2JB\u202e"}


def test_the_window_shows_a_documents_error_escaped():
    from models.interchange import InterchangeError
    from ui.errors import problems, user_message

    exc = InterchangeError(["cases[0].x\x1b[31m: unknown field", "cases[1].\u202ey: unknown field"])
    assert user_message(exc) == "cases[0].x\\x1b[31m: unknown field (and 1 more)"
    assert problems(exc)[1] == "cases[1].\\u202ey: unknown field"
