"""A name's script is what its letters are: a document that labels Cyrillic letters Latin is
corrected on import, said so in the import report, and never refused for it."""
import json

import pytest

from models import interchange
from storage import cases
from storage.interchange_io import import_document, import_file
from tests import factory


def _with_names(reference, *names):
    c = factory.case_dict(reference)
    c["persons"][1]["names"] = [{"value": v, "script": s} for v, s in names]
    return c


def test_a_cyrillic_name_labelled_latin_is_stored_as_cyrillic(store, tmp_path):
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(factory.document(_with_names("IMP-1", ("Бауыржан", "Latn")))), "utf-8")
    [result] = import_file(store, path)
    assert result.outcome == "added"
    assert result.corrected == (("persons[1].names[0].script: the name is written in Cyrillic letters, "
                                 "not Latin; stored as Cyrillic"),)
    with store.read() as s:
        stored = cases.get_case(s, "IMP-1").persons[1].names
    assert [(n.value, n.script) for n in stored] == [("Бауыржан", "Cyrl")]


def test_every_script_is_corrected_and_a_fitting_label_is_kept(store):
    doc = interchange.parse_document(factory.document(_with_names(
        "IMP-2", ("Qaisha", "Cyrl"), ("ئاقگۈل", "Latn"), ("加瑪麗", "Hant"), ("加玛丽", "Latn"),
        ("Сейітқали", "Cyrl"))))
    assert doc.corrections() == [
        "cases[0].persons[1].names[0].script: the name is written in Latin letters, not Cyrillic; stored as Latin",
        ("cases[0].persons[1].names[1].script: the name is written in Arabic script letters, not Latin; "
         "stored as Arabic script"),
        ("cases[0].persons[1].names[3].script: the name is written in Chinese (simplified) letters, not Latin; "
         "stored as Chinese (simplified)"),
    ]
    import_document(store, doc)
    with store.read() as s:
        stored = cases.get_case(s, "IMP-2").persons[1].names
    assert [n.script for n in stored] == ["Latn", "Arab", "Hant", "Hans", "Cyrl"]


def test_a_document_with_fitting_scripts_reports_nothing(store):
    [result] = import_document(store, interchange.parse_document(factory.document(factory.case_dict("IMP-3"))))
    assert result.corrected == ()


def test_a_wrong_script_code_is_still_refused():
    # Only a contradiction between known scripts is corrected; an unknown code is an error.
    with pytest.raises(interchange.InterchangeError, match=r"names\[0\]\.script: 'Latin' is not one of"):
        interchange.parse_document(factory.document(_with_names("IMP-4", ("Бауыржан", "Latin"))))


def test_a_saved_case_with_a_mislabelled_name_reads_back_corrected(store):
    # A case saved by an earlier version keeps its document; reading it applies the letters' script.
    c = interchange.validate_case(_with_names("OLD-1", ("Жамал", "Latn")))
    assert c.persons[1].names[0].script == "Cyrl"
