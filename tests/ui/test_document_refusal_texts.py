"""Every refusal of an interchange document reaches a Russian, Kazakh or Uyghur user in their language.

The refusals are provoked with small hostile documents (not JSON, not an object, nested too deep,
too large for a small limit, cases given twice, fields of the wrong type…), read both ways a
document is read: whole (models.interchange.loads) and as a stream (models.interchange_stream).
A second test reads the English messages out of the source of those modules and fails when one of
them is not among the provoked ones, so that a new message gets a case here, and so a translation.
"""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from models import interchange, interchange_stream
from models.interchange import InterchangeError
from models.interchange_stream import CaseStream
from storage.importing import same_reference
from ui import error_texts, language
from ui.errors import problems, user_message

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("models/interchange.py", "models/interchange_stream.py", "models/dates.py")
UUID = "6f1d3a52-3c4e-4f0a-9c61-2b8e0f6c1a01"
OTHER_UUID = "0b7e5c1e-8d2a-4c3b-a5e4-9f1e2d3c4b5a"
# Texts of those modules that are not refusals a user reads.
NOT_REFUSALS = {"Value error, ", "invalid document", "a CaseStream is read once", "the cases have not all been read",
                "Unterminated string"}


def _header(**more) -> dict:
    return {"format": "casefile-interchange", "version": 1, **more}


def _case(**more) -> dict:
    return {"reference": "T-1", "title": "t", **more}


def _loads(text) -> list[str]:
    """The problems of a document read whole."""
    with pytest.raises(InterchangeError) as caught:
        interchange.loads(text if isinstance(text, (str, bytes)) else json.dumps(text))
    return caught.value.problems


def _stream(tmp_path: Path, data: bytes, name: str = "cases.json", **limits) -> list[str]:
    """The problems of a document read as a stream (sections included)."""
    path = tmp_path / name
    path.write_bytes(data)
    stream = CaseStream(path, **limits)
    with pytest.raises(InterchangeError) as caught:
        for _ in stream:
            pass
        stream.sections()
    return caught.value.problems


def _provoked(tmp_path: Path, monkeypatch) -> list[str]:
    """The problems of every hostile document below, in English."""
    found: list[str] = []
    # read whole
    found += _loads(b'{"a": "\xff"}')
    found += _loads("{")
    found += _loads("[]")
    found += _loads("[" * 100_000 + "]" * 100_000)
    deep: dict = {}
    for _ in range(40):
        deep = {"a": deep}
    found += _loads(deep)
    found += _loads({"\u0001": 1})
    found += _loads(_header(cases=[{"\u0001": 1}]))
    found += _loads({"a": "\ud800"})
    found += _loads({"format": "other"})
    found += _loads(_header(version=2))
    found += _loads(_header(cases=_case()))
    found += _loads(_header(cases=[_case(reference=" ", status="shut", id="nope", opened_on="2020-13-01",
                                         tags=[1], summary=None, consent=[], unknown=1)]))
    found += _loads(_header(cases=[_case(persons=[
        {"key": "a", "role": "applicant", "birth_year": 1700, "at_risk": "yes", "citizenship": ["kz"]},
        {"key": "a", "role": "witness", "birth_year": 1990, "birth_date": "1991-02-30"},
        {"key": "b", "role": "witness", "birth_year": 1990, "birth_date": "1991"},
        {"key": "c", "role": "witness", "birth_date": "later", "relation": {"to": "z", "kind": "son"}}])]))
    found += _loads(_header(cases=[_case(
        id=UUID, persons=[{"key": "a", "role": "applicant", "id": UUID}, {"key": "a", "role": "witness"},
                          {"key": "b", "role": "witness", "relation": {"to": "z", "kind": "son"}}],
        accounts=[{"key": "s", "narrator": "z", "translation_of": "z"}],
        events=[{"key": "e", "kind": "arrest", "victims": ["z"], "accounts": ["z"], "sources": ["z"]}])]))
    found += _loads(_header(cases=[_case(accounts=[{"key": "s", "text": "abc", "redactions": [
        {"start": -1, "end": 2}, {"start": 2, "end": 1}, {"start": "0", "end": 1}]}])]))
    found += _loads(_header(cases=[_case(accounts=[{"key": "s", "text": "abc", "redactions": [{"start": 0, "end": 9}]}],
                                         events=[{"key": "e", "kind": "arrest", "start": "2020", "end": "2019"}])]))
    found += _loads(_header(cases=[], removed=[
        {"case": UUID, "id": UUID, "kind": "thing", "removed_at": "x", "versions": ["abc"]},
        {"case": UUID, "id": UUID, "kind": "person", "removed_at": "x", "versions": ["0" * 64] * 1001}]))
    found += _loads(_header(cases=[], links=[
        {"persons": [UUID], "linked_at": "yesterday"},
        {"persons": [UUID, UUID], "linked_at": "2026-03-01T10:00:00", "linked_by": "x" * 201},
        {"persons": [UUID] * 101, "linked_at": "2026-03-01T10:00:00+00:00"}]))
    found += _loads(_header(cases=[], facilities=[
        {"id": UUID, "type": "camp", "names": [{"value": "Camp A", "script": "Latn"},
                                                 {"value": "Camp B", "script": "Latn"},
                                                 {"value": "camp a", "script": "Latn", "alias": True}],
         "lat": 10.0},
        {"id": UUID, "type": "camp", "names": [{"value": "Camp C", "script": "Latn"}], "lat": 100.0, "lon": 1.0},
        {"id": OTHER_UUID, "type": "camp", "names": [{"value": "x" * 501, "script": "Latn"}], "lat": "north",
         "lon": 1.0},
        {"id": OTHER_UUID, "type": "camp", "names": [], "lon": 1.0}]))
    with monkeypatch.context() as patch:
        patch.setattr(interchange, "MAX_STRING_CHARS", 10)
        found += _loads({"format": "casefile-interchange-but-longer"})
    with monkeypatch.context() as patch:
        patch.setattr(interchange, "MAX_DOCUMENT_BYTES", 1024 * 1024)
        found += _loads(b" " * (1024 * 1024 + 1))
    # corrected, not refused: the script of a name its letters contradict
    doc = interchange.parse_document(_header(cases=[_case(persons=[
        {"key": "a", "role": "applicant", "names": [{"value": "Асель", "script": "Latn"}]}])]))
    found += doc.corrections()
    # read as a stream
    found += _stream(tmp_path, b'{"cases": [{"title": "\xff"}]}', name="a: b.json")
    found += _stream(tmp_path, b'{"cases": [}')
    found += _stream(tmp_path, b" " * 4000 + b"{}", max_document_bytes=100)
    found += _stream(tmp_path, b"[]")
    found += _stream(tmp_path, b'{"cases": [], "cases": []}')
    found += _stream(tmp_path, b'{"format": "casefile-interchange", "version": 1}')
    found += _stream(tmp_path, b'{"cases": {}}')
    found += _stream(tmp_path, json.dumps(_header(cases=[_case(), _case(reference="T-2")])).encode(), max_cases=1)
    found += _stream(tmp_path, json.dumps(_header(cases=[_case(summary="x" * 3000)])).encode(), max_case_bytes=2000)
    found += _stream(tmp_path, b'{"cases": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}")
    found += _stream(tmp_path, b'{"removed": ' + b"[" * 100_000 + b"]" * 100_000 + b', "cases": []}')
    found += _stream(tmp_path, b'{"' + b"k" * 300 + b'": 1, "cases": []}')
    found += _stream(tmp_path, b'{"format": "other", "cases": []}')
    with monkeypatch.context() as patch:
        patch.setattr(interchange_stream, "MAX_SECTION_BYTES", 20)
        found += _stream(tmp_path, b'{"removed": ["a long enough section"], "cases": []}')
    # what an import finds against the store (storage.importing, storage.people_links, storage.facilities)
    found.append(str(same_reference(2, "T-1", 0).problems[0]))
    found.append("cases[0].reference: 'T-1' is already used by another case in this store (a different id)")
    found.append("links[0].persons[1]: no person of the document or of this store has this id")
    found.append("cases[0].events[1].place.facility_id: no facility of the document or of this store has this id")
    found.append("case T-1, event e1: place.facility_id: no facility of the document or of this store has this id")
    return found


@pytest.fixture
def provoked(tmp_path, monkeypatch):
    return _provoked(tmp_path, monkeypatch)


def _messages_in_source() -> set[str]:
    """The English text of every message in SOURCES (the constant parts of its f-strings), docstrings aside."""
    texts = set()
    for name in SOURCES:
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings \
                    and re.search(r"[a-z]+ [a-z]+", node.value) and node.value not in NOT_REFUSALS:
                texts.add(node.value.strip(" '([]:;.-"))
    return texts


def test_every_message_of_the_format_is_provoked_here(provoked):
    assert len(_messages_in_source()) > 40, "the messages of the interchange modules were found"
    missing = sorted(text for text in _messages_in_source() if not any(text in p for p in provoked))
    assert not missing, f"give these messages a hostile document in this test (and a text in ui/error_texts.py): {missing}"


@pytest.mark.parametrize("code", ["ru", "kk", "ug"])
def test_every_refusal_of_a_document_is_shown_in_the_window_s_language(qapp, provoked, code):
    language.install(qapp, code)
    try:
        left = [(p, shown) for p in provoked if (shown := error_texts.problem_text(p)) == p
                or re.search(r"\b[A-Za-z]{3,} [A-Za-z]{3,}\b", shown)]
    finally:
        language.install(qapp, "en")
    assert not left, f"{len(left)} problems left in English in {code}: " + "; ".join(f"{p!r} -> {s!r}" for p, s in left[:6])


def test_a_document_refusal_in_russian(qapp, tmp_path):
    too_many = _stream(tmp_path, json.dumps(_header(cases=[_case(), _case(reference="T-2")])).encode(), max_cases=1)
    not_utf8 = _stream(tmp_path, b'{"cases": [{"title": "\xff"}]}', name="a: b.json")
    too_large = _stream(tmp_path, b" " * (1024 * 1024 + 10) + b"{}", name="big.json", max_document_bytes=1024 * 1024)
    language.install(qapp, "ru")
    try:
        assert user_message(InterchangeError(["the document is not a JSON object"])) == \
            "документ не является объектом JSON"
        assert error_texts.problem_text("the document: nested more than 32 levels deep") == \
            "документ вложен слишком глубоко (предел уровней: 32)"
        # the file's name stays whole, even with ": " in it; numbers are grouped the Russian way
        assert error_texts.problem_text(not_utf8[0]).startswith("a: b.json — не корректный JSON в кодировке UTF-8 (ошибка около байта ")
        assert error_texts.problem_text(too_many[0]) == \
            "cases: слишком много дел в одном документе (предел: 1)"
        assert error_texts.problem_text("cases: more than the limit of 1,000,000 cases in one document") == \
            "cases: слишком много дел в одном документе (предел: 1\u00a0000\u00a0000)"
        assert error_texts.problem_text(too_large[0]) == "big.json больше допустимого размера документа (1,0 МБ)"
        assert problems(InterchangeError(too_many)) == ["cases: слишком много дел в одном документе (предел: 1)"]
    finally:
        language.install(qapp, "en")
    assert user_message(InterchangeError(["the document is not a JSON object"])) == "the document is not a JSON object"


def test_a_problem_line_runs_in_the_window_s_direction(qapp):
    """A line that begins with a field's path would run left to right in the Uyghur window, the
    path at the left and the sentence broken around it; a right-to-left mark keeps it right to left."""
    exc = InterchangeError(["cases[3].persons[1].birth_year: not a year", "cases: given twice in the document"])
    language.install(qapp, "ug")
    try:
        shown, lines = user_message(exc), problems(exc)
    finally:
        language.install(qapp, "en")
    assert shown.startswith("\u200fcases[3].persons[1].birth_year: يىل ئەمەس")
    assert all(line.startswith("\u200f") for line in lines)
    language.install(qapp, "ru")
    try:
        assert problems(exc)[0] == "cases[3].persons[1].birth_year: не год"
    finally:
        language.install(qapp, "en")
