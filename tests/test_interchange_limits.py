"""Every limit on an interchange document from outside is one clear refusal that changes nothing."""
from __future__ import annotations

import json
import os

import pytest

from models import interchange
from models.interchange import InterchangeError
from storage.interchange_io import import_file


def _doc(**case) -> dict:
    base = {"reference": "L-1", "title": "Limits"}
    base.update(case)
    return {"format": "casefile-interchange", "version": 1, "cases": [base]}


def _store_state(store) -> tuple:
    from sqlalchemy import text
    with store.read() as s:
        return (s.execute(text("SELECT count(*) FROM \"case\"")).scalar(),
                s.execute(text("SELECT count(*) FROM audit_log")).scalar())


def _refused(store, tmp_path, raw: bytes) -> str:
    before = _store_state(store)
    path = tmp_path / "doc.json"
    path.write_bytes(raw)
    with pytest.raises(InterchangeError) as exc:
        import_file(store, path)
    assert _store_state(store) == before
    return str(exc.value)


def test_nesting_a_thousand_deep_is_refused_naming_the_limit(store, tmp_path):
    raw = ('{"format": "casefile-interchange", "version": 1, "cases": [{"reference": "L-1", "title": "x", '
           '"summary": ' + "[" * 1000 + "]" * 1000 + "}]}").encode()
    assert "nested more than 32 levels deep" in _refused(store, tmp_path, raw)


def test_nesting_deeper_than_the_json_parser_goes_is_refused_too(store, tmp_path):
    raw = b'{"a": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    assert "nested more than 32 levels deep" in _refused(store, tmp_path, raw)


def test_a_lone_surrogate_is_refused_naming_the_field(store, tmp_path):
    raw = json.dumps(_doc(title="Camp \ud800 report")).encode()  # json.dumps writes it as \\ud800
    assert _refused(store, tmp_path, raw) == "cases[0].title: contains a lone surrogate (\\u escape), which is not text"


def test_a_field_longer_than_the_limit_is_refused(store, tmp_path):
    raw = json.dumps(_doc(summary="a" * (interchange.MAX_STRING_CHARS + 1))).encode()
    msg = _refused(store, tmp_path, raw)
    assert msg == "cases[0].summary: a text of 4,000,001 characters is longer than the limit of 4,000,000"


def test_a_document_larger_than_the_limit_is_read_as_a_stream_which_limits_what_is_beside_the_cases(store, tmp_path):
    raw = b'{"format": "casefile-interchange", "version": 1, "cases": [], "x": "' + b"t" * (64 * 1024 * 1024) + b'"}'
    assert _refused(store, tmp_path, raw) == ("the fields of the document other than cases are larger than the "
                                              "limit of 64 MiB")


def test_an_endless_file_is_read_only_up_to_the_limit(store):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero on this system")
    before = _store_state(store)
    with pytest.raises(InterchangeError, match="larger than the limit of 64 MiB"):
        import_file(store, "/dev/zero")
    assert _store_state(store) == before


def test_a_document_within_the_limits_still_imports(store, tmp_path):
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(_doc(summary="a" * 100_000, title="Ürümqi \u0627\u0648")), "utf-8")
    assert [r.outcome for r in import_file(store, path)] == ["added"]


def test_a_field_name_with_controls_is_refused_naming_where(store, tmp_path):
    raw = json.dumps({"format": "casefile-interchange", "version": 1,
                      "cases": [{"reference": "L-1", "title": "T", "x\n\x1b[2J": 1}]}).encode()
    assert _refused(store, tmp_path, raw) == "cases[0]: has a field name that is not valid"
