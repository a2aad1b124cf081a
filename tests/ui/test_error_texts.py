"""A refusal of the store reaches a Russian, Kazakh or Uyghur user in their language.

Every refusal raised in storage/ names a code (storage.errors.StoreError(message, code=..., **values));
ui/error_texts.py has a window text for each code, translated in casefile_{ru,kk,ug}.ts.
"""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from exports.bundle import Refusal
from storage.errors import NotFound, StoreError
from storage.store import Store
from ui import error_texts, language
from ui.errors import user_message

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def in_language(qapp):
    yield lambda code: language.install(qapp, code)
    language.install(qapp, "en")


def _refusal_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of StoreError and every class in storage/ derived from it, found in the source."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
    found = {"StoreError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _constructions():
    """(where, class, code or None, keyword names) of every refusal built in storage/."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "storage").rglob("*.py"))}
    classes = _refusal_classes(trees)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in classes:
                keywords = {k.arg: k.value for k in node.keywords if k.arg}
                code = keywords.get("code")
                yield (f"{path.relative_to(ROOT)}:{node.lineno}", node.func.id,
                       code.value if isinstance(code, ast.Constant) else code, set(keywords) - {"code"})


def test_every_refusal_raised_in_storage_has_a_code_with_a_window_text():
    problems = []
    seen = 0
    for where, cls, code, values in _constructions():
        seen += 1
        if cls in ("StoreError", "BundleRefused", "UnknownSigner") and code is None:
            continue  # a class's own definition, or a bundle refusal named by its reason (below)
        if cls == "BundleRefused" and (isinstance(code, ast.Attribute) and code.attr == "code"
                                       or isinstance(code, ast.Name) and code.id == "code"):
            continue  # the code of the BundleError it stands for, or none (both checked below)
        if not isinstance(code, str):
            problems.append(f"{where}: {cls} without a code")
        elif code not in error_texts.TEXTS:
            problems.append(f"{where}: no window text for {code!r}")
        else:
            wanted = {name for _, name, _, _ in string.Formatter().parse(error_texts.TEXTS[code]) if name}
            if not wanted <= values:
                problems.append(f"{where}: {code!r} shows {sorted(wanted - values)}, which the refusal does not carry")
    assert seen > 80, "the refusals of storage/ were found"
    assert not problems, "\n".join(problems)


def test_a_bundle_refused_for_any_reason_has_a_window_text():
    missing = [r.value for r in Refusal if f"bundle.{r.value}" not in error_texts.TEXTS]
    assert not missing


def test_a_refusal_is_shown_in_the_window_s_language(tmp_path, in_language):
    missing = tmp_path / "nowhere"
    with pytest.raises(StoreError) as caught:
        Store.open(missing, passphrase="correct horse battery staple")
    assert user_message(caught.value) == f"There is no Casefile store at {missing}."
    in_language("ru")
    assert user_message(caught.value) == f"По адресу {missing} нет хранилища Casefile."
    in_language("kk")
    assert user_message(caught.value) == f"{missing} жолында Casefile қоймасы жоқ."
    in_language("ug")
    assert user_message(caught.value) == f"{missing} دا Casefile ئامبىرى يوق."


def test_sizes_in_a_refusal_are_written_the_language_s_way(in_language):
    from storage.evidence import EvidenceError

    exc = EvidenceError("This file is 3.0 MiB, too large to show here.", code="evidence.too_large_to_show",
                        size_bytes=3 * 1024 * 1024)
    in_language("ru")
    text = user_message(exc)
    assert text.startswith("Размер этого файла 3,0 МБ")   # a decimal comma, a Russian unit
    assert not re.search("[A-Za-z]{3}", text)


def test_a_refusal_without_a_text_is_still_explained(in_language):
    exc = NotFound("Something new was refused.", code="not.yet.translated")
    in_language("kk")
    text = user_message(exc)
    assert text.startswith("Casefile бұл қадамды орындаудан бас тартты.")
    assert text.endswith("Something new was refused.")


def test_problems_of_a_case_are_told_in_the_window_s_language(in_language):
    from models.interchange import InterchangeError, validate_case
    from ui.errors import problems

    data = {"reference": "T-1", "title": "t", "status": "open", "opened_on": "2024-13",
            "persons": [{"key": "a", "role": "applicant", "names": [{"value": "A", "script": "latin"}],
                         "birth_year": "soon"}]}
    with pytest.raises(InterchangeError) as caught:
        validate_case(data)
    in_language("ru")
    shown = problems(caught.value)
    assert any(p.endswith(": месяц должен быть от 01 до 12") for p in shown), shown
    assert not any("month must be" in p for p in shown)
    assert "… и ещё" in user_message(caught.value)
    in_language("en")
    assert any(p.endswith(": month must be 01 to 12") for p in problems(caught.value))


def test_a_date_field_says_what_is_wrong_in_the_window_s_language(qtbot, in_language):
    from PySide6.QtWidgets import QLabel

    from ui.editor.form import RecordForm

    in_language("kk")
    form = RecordForm()
    qtbot.addWidget(form)
    field = form.date("start", "Start")
    field.setText("2018-13")
    hints = [w.text() for w in form.findChildren(QLabel) if w.text()]
    assert "ай 01-ден 12-ге дейін болуы керек" in hints, hints


def _coded_errors(cls: str):
    """(where, code, keyword names) of every ``cls`` built with a code, in exports/ and storage/."""
    for path in sorted([*(ROOT / "exports").rglob("*.py"), *(ROOT / "storage").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == cls:
                keywords = {k.arg: k.value for k in node.keywords if k.arg}
                if "code" in keywords:
                    codes = [c.value for c in ast.walk(keywords["code"]) if isinstance(c, ast.Constant) and c.value]
                    yield from ((f"{path.relative_to(ROOT)}:{node.lineno}", code, set(keywords) - {"code"})
                                for code in codes)


@pytest.mark.parametrize("cls, at_least", [("BundleError", 3), ("PdfRefused", 9)])
def test_a_bundle_or_pdf_refusal_with_a_code_has_a_window_text(cls, at_least):
    found = list(_coded_errors(cls))
    assert len(found) >= at_least
    problems = []
    for where, code, values in found:
        if code not in error_texts.TEXTS:
            problems.append(f"{where}: no window text for {code!r}")
            continue
        wanted = {name for _, name, _, _ in string.Formatter().parse(error_texts.TEXTS[code]) if name}
        if not wanted <= values:
            problems.append(f"{where}: {code!r} shows {sorted(wanted - values)}, which the refusal does not carry")
    assert not problems, "\n".join(problems)


def test_every_pdf_refusal_has_a_code():
    uncoded = []
    for path in sorted((ROOT / "exports").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "PdfRefused" \
                    and not any(k.arg == "code" for k in node.keywords):
                uncoded.append(f"{path.name}:{node.lineno}")
    assert not uncoded, f"a PdfRefused without a code reaches the brief window in English: {uncoded}"


def _refused_bundle(tmp_path, monkeypatch, *, version: int | None = None, free: int | None = None):
    """A bundle from a known sender that Bob refuses: of another version, or with evidence files
    larger than his free disk space."""
    import json
    import uuid

    from exports import bundle
    from storage import bundle_evidence, sharing
    from storage.bundle_evidence import StoreEvidence
    from tests import bundle_forge as forge
    from tests.sharing_support import PASSPHRASE, introduce, make_case

    alice, _ = Store.create(tmp_path / "alice", PASSPHRASE, owner="Alice")
    bob, _ = Store.create(tmp_path / "bob", PASSPHRASE, owner="Bob")
    try:
        introduce(bob, "Alice", alice)
        case = make_case(id=str(uuid.uuid4()))
        cases_json = forge.cases_json(case)
        eid = str(uuid.uuid4())
        parts = [forge.part(bundle.CASES, len(cases_json), forge.sha(cases_json)),
                 forge.part("evidence/" + eid, 3 * 1024 ** 3, "0" * 64, eid, case.id)]
        manifest = json.loads(forge.manifest_bytes(alice, bob, parts))
        if version is not None:
            manifest["version"] = version
        path = tmp_path / "refused.age"
        path.write_bytes(forge.seal(alice, bob, json.dumps(manifest).encode(), forge.plain(bundle.CASES, cases_json)))
        if free is not None:
            real = bundle_evidence.shutil.disk_usage
            monkeypatch.setattr(bundle_evidence.shutil, "disk_usage", lambda p: real(p)._replace(free=free))
        with pytest.raises(sharing.BundleRefused) as caught:
            sharing.receive(bob, path, evidence=StoreEvidence(bob))
        return caught.value
    finally:
        alice.close()
        bob.close()


def test_a_bundle_refused_for_the_disk_space_says_so_in_the_window_s_language(tmp_path, monkeypatch, in_language):
    refused = _refused_bundle(tmp_path, monkeypatch, free=2 * 1024 ** 3)
    assert "Not enough free disk space for this bundle's evidence files" in str(refused)
    in_language("ru")
    text = user_message(refused)
    assert text.startswith("Недостаточно места на диске для файлов доказательств из этого пакета: нужно около ")
    assert "свободно 2,0 ГБ" in text


def test_a_bundle_of_another_version_says_so_in_the_window_s_language(tmp_path, monkeypatch, in_language):
    refused = _refused_bundle(tmp_path, monkeypatch, version=99)
    assert "not a Casefile bundle of version" in str(refused)
    in_language("kk")
    assert user_message(refused).startswith("Бұл пакет Casefile-дың басқа нұсқасында жасалған.")
