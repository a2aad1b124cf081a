"""The bulk import (a document read as a stream, written in batches) gives what the normal import
gives: the same cases, list, search, export, people, audit and results; all or nothing."""
from __future__ import annotations

import json
import random
import re
import uuid

import pytest
from sqlalchemy import text

from models import interchange
from models.interchange import InterchangeError
from storage import bulk_import, cases
from storage.interchange_io import export_document, import_document, import_file
from storage.store import Store
from tests import factory
from tests.benchmarks.generate import case_dict as generated_case
from tests.conftest import PASSPHRASE

LINKED_AT = "2026-01-05T10:00:00+00:00"
FACILITY = "0b7f8c2e-3d4a-4f5b-9c6d-7e8f9a0b1c2d"
# Text a stored document must keep exactly as the compact JSON of earlier versions (quotes,
# backslashes and control characters escaped, every letter as it is).
ODD_TEXT = 'Tab\there, "quoted" \\ back\\slash\nline\x01\x1f\x7f \u2028 ئۇيغۇر 張 😀 Ақан'


def _document() -> dict:
    """Demo cases, generated ones, a name whose script its letters contradict, and a link."""
    rng = random.Random(5)
    doc = factory.demo_document()
    doc["cases"] += [generated_case(i, rng) for i in range(40)]
    odd = factory.case_dict("ODD-1")
    odd["persons"][0]["names"][1]["script"] = "Latn"  # Cyrillic letters labelled Latin: corrected
    del odd["id"]  # a case without an id gets one
    doc["cases"].append(odd)
    a, b = doc["cases"][3]["persons"][0], doc["cases"][4]["persons"][0]
    a["id"], b["id"] = str(uuid.uuid4()), str(uuid.uuid4())
    doc["links"] = [{"persons": [a["id"], b["id"]], "linked_at": LINKED_AT, "linked_by": "A. Caseworker"}]
    doc["cases"][12]["title"] = doc["cases"][12]["summary"] = ODD_TEXT
    doc["cases"][12]["events"][0]["place"]["facility_id"] = FACILITY  # a registry facility, given after the cases
    doc["facilities"] = [{"id": FACILITY, "type": "camp", "names": [
        {"value": "Xinyuan re-education camp", "script": "Latn"}, {"value": "新源县职业技能教育培训中心", "script": "Hans"}]}]
    return doc


def _write(tmp_path, doc: dict, name: str = "doc.json"):
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), "utf-8")
    return path


def _new_store(tmp_path, name: str) -> Store:
    return Store.create(tmp_path / name, PASSPHRASE, owner="Test Caseworker")[0]


def _state(store) -> tuple:
    with store.read() as s:
        return tuple(s.execute(text(f'SELECT count(*) FROM "{t}"')).scalar()
                     for t in ("case", "case_document", "case_facet", "case_revision", "person_index",
                               "person_name_key", "person_link", "audit_log"))


def _without_record_ids(value):
    """An export with the ids the store made up left out (a case's own id is compared where given)."""
    if isinstance(value, dict):
        return {k: _without_record_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_record_ids(v) for v in value]
    return value


def _what_a_user_sees(store) -> dict:
    with store.read() as s:
        rows = cases.list_cases(s, cases.CaseQuery(sort="reference", descending=False), 0, 10_000)
        found = {q: [r.reference for r in cases.search_cases(s, q)]
                 for q in ("Aqan", "Гүлнар", "Xinyuan camp", "Omarova", "Tekes", "steamed buns", "E99887766")}
        facets = {k: cases.facet_values(s, k) for k in ("tag", "violation", "facility", "hearing")}
        people = s.execute(text("SELECT p.display, p.role, p.at_risk, p.facts, c.reference FROM person_index p "
                                'JOIN "case" c ON c.pk = p.case_pk ORDER BY c.reference, p.key')).all()
        keys = s.execute(text("SELECT count(*), count(DISTINCT name_key) FROM person_name_key")).one()
        linked = s.execute(text("SELECT count(*) FROM person_link")).scalar()
        actions = [(e.action, e.entity) for e in reversed(list(s.exec(text("SELECT action, entity FROM audit_log "
                                                                          "ORDER BY seq DESC"))))]
    exported = json.loads(export_document(store))
    return {"list": [(r.reference, r.title, r.applicant, r.status, r.next_hearing, r.has_at_risk) for r in rows],
            "search": found, "facets": facets, "people": [tuple(p) for p in people], "keys": tuple(keys),
            "linked": linked, "audit": actions[:-1],  # the last entry is the export itself
            "export": _without_record_ids(exported)}


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# What each table of a store holds, in an order both imports give; the columns that say when (and
# the MACs over them) are left out.
_TABLES = {"case": ("pk", ("created_at", "updated_at")), "case_document": ("case_pk", ()),
           "case_facet": ("case_pk, kind, value", ()), "person_index": ("pk", ()),
           "person_name_key": ("pk", ("pk",)), "facility_event": ("case_pk, event_key", ()),
           "audit_log": ("seq", ("at", "mac"))}


def _stored(store) -> dict:
    """Every row the imports write, the ids the store made up numbered in the order the case
    documents give them, and the words of the two full-text indexes (term, row, column, offset)."""
    out, numbers = {}, {}
    with store.write() as s:
        conn = s.connection()
        for (document,) in conn.exec_driver_sql("SELECT document FROM case_document ORDER BY case_pk"):
            for found in _UUID.findall(document):
                numbers.setdefault(found, f"<id {len(numbers)}>")

        def plain(value):
            return _UUID.sub(lambda m: numbers.get(m.group(), "<other id>"), value) if isinstance(value, str) else value

        for table, (order, skip) in _TABLES.items():
            cur = conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY {order}')
            cols = [d[0] for d in cur.cursor.description]
            rows = [tuple(plain(v) for c, v in zip(cols, row) if c not in skip) for row in cur]
            out[table] = sorted(rows) if table == "person_name_key" else rows
        for fts in ("case_fts", "person_fts"):
            conn.exec_driver_sql(f"CREATE VIRTUAL TABLE temp.words_{fts} USING fts5vocab(main, {fts}, instance)")
            out[fts] = conn.exec_driver_sql(f"SELECT term, doc, col, offset FROM temp.words_{fts} "
                                            "ORDER BY doc, col, offset, term").all()
            conn.exec_driver_sql(f"DROP TABLE temp.words_{fts}")
    return out


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(bulk_import, "BATCH", 7)


def test_a_document_imported_in_bulk_is_the_same_as_imported_whole(tmp_path, small_batches):
    doc = _document()
    path = _write(tmp_path, doc)
    whole, bulk = _new_store(tmp_path, "whole"), _new_store(tmp_path, "bulk")
    expected = import_document(whole, interchange.loads(path.read_bytes()), reason=f"imported from {path.name}")
    got = bulk_import.import_cases(bulk, path)
    assert [(r.reference, r.outcome, r.corrected) for r in got] == \
        [(r.reference, r.outcome, r.corrected) for r in expected]
    assert got[-1].corrected and "stored as Cyrillic" in got[-1].corrected[0]
    given = {c["reference"]: c["id"] for c in doc["cases"] if "id" in c}
    assert {r.reference: r.id for r in got if r.reference in given} == given
    seen = _what_a_user_sees(bulk)
    assert seen == _what_a_user_sees(whole)
    assert len(seen["list"]) == 44 and seen["linked"] == 2 and seen["search"]["Tekes"]
    assert bulk.verify_audit() == [] and bulk.integrity_problems() == []
    stored = _stored(bulk)
    assert stored == _stored(whole)
    assert all(stored[t] for t in (*_TABLES, "case_fts", "person_fts"))
    documents = [json.loads(d) for _pk, d in stored["case_document"]]
    assert [d["title"] for d in documents].count(ODD_TEXT) == 1


def test_stored_documents_are_the_compact_json_earlier_versions_wrote(tmp_path):
    # A document stored as before is compared as text with a case imported again ("unchanged").
    path = _write(tmp_path, _document())
    store = _new_store(tmp_path, "s")
    bulk_import.import_cases(store, path)
    with store.read() as s:
        documents = [d for (d,) in s.execute(text("SELECT document FROM case_document"))]
    odd = [d for d in documents if ODD_TEXT in json.loads(d)["title"]]
    assert len(odd) == 1 and '"Tab\\there, \\"quoted\\" \\\\ back' in odd[0] and "\\u0001\\u001f\x7f \u2028 ئۇيغۇر 張 😀" in odd[0]
    assert all(d == json.dumps(json.loads(d), ensure_ascii=False, separators=(",", ":")) for d in documents)
    assert [r.outcome for r in import_document(store, interchange.loads(path.read_bytes()))] == ["unchanged"] * 44


def test_updates_and_unchanged_cases_go_through_the_normal_import(tmp_path, small_batches):
    first = _document()
    path = _write(tmp_path, first, "first.json")
    second = json.loads(json.dumps(first))
    second["cases"][5]["title"] = "A title changed"
    second["cases"][8]["persons"].pop()  # a relative removed
    second["cases"].append(factory.case_dict("NEW-1"))
    second["cases"].append(dict(second["cases"][7], reference="SAME-ID-AGAIN"))  # an id given twice: updated
    stores = {}
    for way in ("whole", "bulk"):
        store = stores[way] = _new_store(tmp_path, way)
        import_document(store, interchange.loads(path.read_bytes()))
        again = _write(tmp_path, second, "second.json")
        if way == "whole":
            results = import_document(store, interchange.loads(again.read_bytes()), reason="imported from second.json")
        else:
            results = bulk_import.import_cases(store, again)
        stores[way] = (store, [(r.reference, r.outcome) for r in results])
    (whole, expected), (bulk, got) = stores["whole"], stores["bulk"]
    assert got == expected
    outcomes = dict(got)
    assert outcomes["NEW-1"] == "added" and outcomes["SAME-ID-AGAIN"] == "updated"
    assert outcomes[first["cases"][5]["reference"]] == "updated"
    assert outcomes[first["cases"][6]["reference"]] == "unchanged"
    assert _state(bulk) == _state(whole) and _state(bulk)[3] == 3  # three revisions kept
    assert _what_a_user_sees(bulk) == _what_a_user_sees(whole)


def test_a_bad_case_near_the_end_rolls_back_every_case_before_it(tmp_path, small_batches):
    doc = _document()
    doc["cases"][-2]["persons"][0]["birth_year"] = "nineteen"
    store = _new_store(tmp_path, "s")
    before = _state(store)
    with pytest.raises(InterchangeError) as exc:
        bulk_import.import_cases(store, _write(tmp_path, doc))
    assert exc.value.problems == [f"cases[{len(doc['cases']) - 2}].persons[0].birth_year: not a year"]
    assert _state(store) == before


def test_every_bad_case_is_listed_not_only_the_first(tmp_path):
    doc = _document()
    doc["cases"][1]["status"] = "shut"
    doc["cases"][30]["persons"][0]["at_rsik"] = True
    with pytest.raises(InterchangeError) as exc:
        bulk_import.import_cases(_new_store(tmp_path, "s"), _write(tmp_path, doc))
    assert [p.split(":")[0] for p in exc.value.problems] == ["cases[1].status", "cases[30].persons[0].at_rsik"]
    assert exc.value.problems[1].endswith("unknown field")


def test_a_reference_given_twice_is_refused_like_the_normal_import(tmp_path, small_batches):
    doc = _document()
    doc["cases"][20]["reference"] = doc["cases"][2]["reference"]
    store = _new_store(tmp_path, "s")
    with pytest.raises(InterchangeError) as whole:
        import_document(store, interchange.parse_document(doc))
    with pytest.raises(InterchangeError) as bulk:
        bulk_import.import_cases(store, _write(tmp_path, doc))
    assert bulk.value.problems == whole.value.problems


def test_progress_is_reported_in_kilobytes_of_the_file(tmp_path, small_batches):
    path = _write(tmp_path, _document())
    seen = []
    bulk_import.import_cases(_new_store(tmp_path, "s"), path, progress=lambda done, total: seen.append((done, total)))
    total = path.stat().st_size // 1024
    assert len(seen) > 3 and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and all(t == total for _, t in seen)


def test_a_file_over_the_whole_document_limit_is_imported_as_a_stream(tmp_path, monkeypatch):
    path = _write(tmp_path, _document())
    monkeypatch.setattr(interchange, "MAX_DOCUMENT_BYTES", 10_000)
    streamed = []
    real = bulk_import.import_cases
    monkeypatch.setattr(bulk_import, "import_cases", lambda *a, **k: streamed.append(1) or real(*a, **k))
    store = _new_store(tmp_path, "s")
    assert [r.outcome for r in import_file(store, path)].count("added") == 44
    assert streamed == [1]


@pytest.mark.parametrize("bad", [False, True])
def test_the_writer_gets_its_usual_page_cache_back_after_an_import(tmp_path, small_batches, bad):
    # The import's larger cache (storage.db.BULK_CACHE) is for its own transaction only: memory
    # goes back to what the store always uses, whether the import ends well or is refused.
    doc = _document()
    if bad:
        doc["cases"][-2]["persons"][0]["birth_year"] = "nineteen"
    store = _new_store(tmp_path, "s")
    try:
        bulk_import.import_cases(store, _write(tmp_path, doc))
    except InterchangeError:
        assert bad
    with store.write() as s:
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -65536  # 64 MiB, storage.db
