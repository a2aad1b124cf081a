"""The stream reader of the bulk import refuses what the normal import refuses, with the same
sentence, and keeps limits of its own (document, cases, bytes of a case)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from models import interchange
from models.interchange import InterchangeError
from models.interchange_stream import CaseStream
from storage import bulk_import


def _doc(**case) -> dict:
    base = {"reference": "L-1", "title": "Limits"}
    base.update(case)
    return {"format": "casefile-interchange", "version": 1, "cases": [base]}


def _both(store, tmp_path, raw: bytes) -> tuple[str, str]:
    """The refusal of the normal import and of the bulk import; neither changed the store."""
    path = tmp_path / "doc.json"
    path.write_bytes(raw)
    with store.read() as s:
        before = s.execute(text("SELECT count(*) FROM audit_log")).scalar()
    with pytest.raises(InterchangeError) as whole:
        interchange.loads(raw)
    with pytest.raises(InterchangeError) as bulk:
        bulk_import.import_cases(store, path)
    with store.read() as s:
        assert s.execute(text("SELECT count(*) FROM audit_log")).scalar() == before
        assert s.execute(text('SELECT count(*) FROM "case"')).scalar() == 0
    return str(whole.value), str(bulk.value)


SAME_REFUSAL = {
    "nested beside the cases": b'{"a": ' + b"[" * 200_000 + b"]" * 200_000 + b', "cases": []}',
    "a lone surrogate": json.dumps(_doc(title="Camp \ud800 report")).encode(),
    "a text over the limit": json.dumps(_doc(summary="a" * (interchange.MAX_STRING_CHARS + 1))).encode(),
    "a field name with controls": json.dumps({"format": "casefile-interchange", "version": 1,
                                              "cases": [{"reference": "L-1", "title": "x", "bad\u0007": 1}]}).encode(),
    "an unknown field beside the cases": json.dumps({**_doc(), "at_risk": True}).encode(),
    "an unknown field in a case": json.dumps(_doc(at_rsik=True)).encode(),
    "another format": json.dumps({**_doc(), "format": "other"}).encode(),
    "another version, after the cases": b'{"cases": [], "format": "casefile-interchange", "version": 2}',
    "not a list of cases": b'{"format": "casefile-interchange", "version": 1, "cases": 3}',
    "a case that is not an object": b'{"format": "casefile-interchange", "version": 1, "cases": [3]}',
    "no cases": b'{"format": "casefile-interchange", "version": 1}',
    "not an object": b"[1, 2]",
    "broken JSON on line 3": b'{"format": "casefile-interchange",\n "version": 1,\n "cases": [{"reference": "L-1",, }]}',
    "broken JSON after the cases": b'{"format": "casefile-interchange", "version": 1, "cases": []} x',
    "a bad link": json.dumps({**_doc(), "links": [{"persons": ["x"], "linked_at": "2026"}]}).encode(),
}


@pytest.mark.parametrize("raw", SAME_REFUSAL.values(), ids=SAME_REFUSAL.keys())
def test_the_bulk_import_refuses_what_the_normal_import_refuses_in_the_same_words(store, tmp_path, raw):
    whole, bulk = _both(store, tmp_path, raw)
    assert bulk == whole


def test_nesting_in_a_case_is_refused_naming_the_case(store, tmp_path):
    raw = ('{"format": "casefile-interchange", "version": 1, "cases": [{"reference": "L-1", '
           '"title": "x", "summary": ' + "[" * 1000 + "]" * 1000 + "}]}").encode()
    whole, bulk = _both(store, tmp_path, raw)
    assert whole == "the document: nested more than 32 levels deep"
    assert bulk == "cases[0]: nested more than 32 levels deep"


def test_a_document_that_is_not_utf8_is_refused(store, tmp_path):
    _, bulk = _both(store, tmp_path, json.dumps(_doc(title="Ürümqi"), ensure_ascii=False).encode("latin-1"))
    assert bulk.startswith("doc.json: not valid UTF-8 JSON")


def _stream(tmp_path, doc, **limits) -> CaseStream:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc), "utf-8")
    return CaseStream(path, **limits)


def _three() -> dict:
    doc = _doc()
    doc["cases"] += [{"reference": "L-2", "title": "Two"}, {"reference": "L-3", "title": "Three " * 100}]
    return doc


def test_a_case_over_its_limit_is_refused_naming_it(tmp_path):
    with pytest.raises(InterchangeError, match=r"^cases\[2\]: larger than the limit of 400 bytes for one case$"):
        list(_stream(tmp_path, _three(), max_case_bytes=400))


def test_more_cases_than_the_limit_are_refused(tmp_path):
    with pytest.raises(InterchangeError, match=r"^cases: more than the limit of 2 cases in one document$"):
        list(_stream(tmp_path, _three(), max_cases=2))


def test_a_document_over_its_limit_is_refused_while_it_is_read(tmp_path):
    doc = _three()
    doc["cases"] *= 3000
    with pytest.raises(InterchangeError, match=r"^doc.json is larger than the limit of 1 MiB for a document$"):
        list(_stream(tmp_path, doc, max_document_bytes=1024 * 1024))


def test_another_format_is_refused_before_any_case_is_read(tmp_path):
    cases = iter(_stream(tmp_path, {"format": "other", "version": 1, "cases": _three()["cases"]}))
    with pytest.raises(InterchangeError, match="format: not a 'casefile-interchange' document"):
        next(cases)


def test_cases_come_validated_in_order_with_the_sections_beside_them(tmp_path):
    doc = {"links": [], "cases": _three()["cases"], "removed": [], "version": 1, "format": "casefile-interchange"}
    stream = _stream(tmp_path, doc)
    got = [(i, c.reference, c.status) for i, c, _ in stream]
    assert got == [(0, "L-1", "open"), (1, "L-2", "open"), (2, "L-3", "open")]
    assert stream.sections().version == 1 and stream.sections().cases == []


def test_a_case_split_across_many_reads_is_read_whole(tmp_path):
    big = "Өмір " * 500_000  # 3 MB of UTF-8, in 1 MiB reads, two-byte letters cut at the edges
    [(_, case, _)] = list(_stream(tmp_path, _doc(summary=big)))
    assert case.summary == big
