"""The brief dialog: made in the background, previewed from memory, verified, then saved where the
user says; a brief that leaks or a profile without consent writes nothing."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import exports.brief as brief_mod
from exports.brief import check_file
from storage import audit, briefs
from storage import evidence as ev
from tests.ui.evidence_support import png_file
from ui import brief_dialog
from ui.brief_dialog import BriefDialog


@pytest.fixture
def case(saved, store, tmp_path):
    c = saved()
    ev.add_file(store, c.id, png_file(tmp_path / "notice.png"), description="Detention notice")
    return c


@pytest.fixture
def dlg(qtbot, services, case):
    d = BriefDialog(services, case.id)
    qtbot.addWidget(d)
    qtbot.waitUntil(d.make.isEnabled, timeout=10000)   # the case's outline is read in the background
    yield d
    d.done(0)
    services.runner.wait()


@pytest.fixture
def out_dir(tmp_path):
    d = tmp_path / "out"
    d.mkdir()
    return d


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def make(qtbot, d, **options) -> None:
    for name, value in options.items():
        choose(getattr(d, name), value)
    d.make.click()
    qtbot.waitUntil(lambda: d.make.isEnabled(), timeout=60000)


def save_to(monkeypatch, qtbot, d, path: Path) -> None:
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (asked.append(k.get("options")) or str(path), "")))
    d.save_button.click()
    qtbot.waitUntil(lambda: d.saved_path is not None or d.make.isEnabled() and d._task is None, timeout=30000)
    assert asked == [QFileDialog.Option.DontUseNativeDialog]


def actions(store, entity_id=None) -> list[str]:
    with store.read() as s:
        return [e.action for e in audit.history(s, entity_id)]


def test_a_court_brief_is_made_previewed_verified_and_saved(qtbot, monkeypatch, dlg, services, case, out_dir):
    make(qtbot, dlg, profile="court", kind="hearing_bundle")
    assert dlg.save_button.isEnabled(), dlg.result.text()
    assert "Verified" in dlg.result.text() and "None was found" in dlg.result.text()
    assert dlg.windowTitle() == f"Brief of case {case.reference}"
    # The count the dialog states is the independent verifier's: the relative's name forms at least.
    assert dlg.prepared.result.checked_forms >= 2
    assert f"searched for {dlg.prepared.result.checked_forms} protected forms" in dlg.result.text()
    assert list(out_dir.iterdir()) == []            # nothing on disk before Save
    pages = dlg.prepared.result.pages
    assert dlg.preview.count == pages >= 3
    assert dlg.preview.where.text() == f"Page 1 of {pages}"
    dlg.preview.next.click()
    assert dlg.preview.where.text() == f"Page 2 of {pages}"

    target = out_dir / "brief.pdf"
    save_to(monkeypatch, qtbot, dlg, target)
    assert dlg.saved_path == target and target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out_dir.iterdir()] == ["brief.pdf"]   # no temporary file left
    assert target.stat().st_mode & 0o077 == 0                     # readable by its owner only
    found = briefs.material(services.store, case.id)
    assert found.pseudonyms            # kept for the next document of the case
    assert check_file(target, found.case, "court", pseudonyms=found.pseudonyms, exhibits=found.exhibits).leaks == []
    assert "Гүлнар" not in target.read_bytes().decode("latin-1")
    assert "brief_written" in actions(services.store, case.id)
    assert "evidence_included_in_brief" in actions(services.store, found.exhibits[0].id)
    if shutil.which("qpdf"):
        r = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr


def test_a_brief_that_leaks_is_not_saved_and_the_dialog_says_what_leaked(qtbot, monkeypatch, dlg, services, case,
                                                                       out_dir):
    # A real leak: the layout is handed the unredacted case, and the real verifier must catch it.
    original = services.store and briefs.material(services.store, case.id).case
    real_render = brief_mod.render
    monkeypatch.setattr(brief_mod, "render", lambda _redacted, layout: real_render(original, layout))
    make(qtbot, dlg, profile="court")
    assert dlg.prepared is None and not dlg.save_button.isEnabled()
    text = dlg.result.text()
    assert "Not saved" in text and "name of Relative 1" in text and "page " in text
    assert "Гүлнар" not in text                     # says what leaked without repeating it
    assert dlg.preview.count == 0
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: pytest.fail("asked for a path")))
    dlg.save_button.click()
    assert list(out_dir.iterdir()) == []
    assert "brief_written" not in actions(services.store, case.id)


def test_a_profile_without_consent_is_refused_and_nothing_is_written(qtbot, dlg, services, case, out_dir):
    make(qtbot, dlg, profile="public")
    assert not dlg.save_button.isEnabled() and dlg.prepared is None
    assert "Refused" in dlg.result.text() and "publish_anonymized" in dlg.result.text()
    assert "Nothing was written" in dlg.result.text()
    assert list(out_dir.iterdir()) == []
    assert "brief_written" not in actions(services.store, case.id)


@pytest.mark.parametrize("paper, size", [("A4", (595, 842)), ("Letter", (612, 792))])
def test_the_paper_size_chosen_is_the_paper_of_the_brief(qtbot, dlg, paper, size):
    make(qtbot, dlg, profile="court", paper=paper)
    assert dlg.preview.page_points() == size
    shown = dlg.preview.image.pixmap().size()
    assert abs(shown.width() / shown.height() - size[0] / size[1]) < 0.01


def test_changing_an_option_after_making_means_making_it_again(qtbot, dlg):
    make(qtbot, dlg, profile="internal")
    assert dlg.save_button.isEnabled() and "redacts nothing" in dlg.result.text()
    choose(dlg.paper, "Letter")
    assert not dlg.save_button.isEnabled() and dlg.prepared is None
    assert "make the brief again" in dlg.preview.image.text()


def test_a_witness_statement_with_its_redaction_log(qtbot, monkeypatch, dlg, out_dir):
    choose(dlg.kind, "witness_statement")
    assert dlg.account.isEnabled()
    dlg.with_log.setChecked(True)
    make(qtbot, dlg, profile="court")
    assert dlg.prepared.log_pdf is not None and "redaction log" in dlg.result.text()
    save_to(monkeypatch, qtbot, dlg, out_dir / "statement.pdf")
    assert sorted(p.name for p in out_dir.iterdir()) == ["statement-redaction-log.pdf", "statement.pdf"]


def test_a_failed_save_says_why_and_keeps_the_brief_to_save_again(qtbot, monkeypatch, dlg, out_dir):
    make(qtbot, dlg, profile="court")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    save_to(monkeypatch, qtbot, dlg, out_dir / "no-such-folder" / "brief.pdf")
    assert warned and dlg.saved_path is None and dlg.save_button.isEnabled()
    assert list(out_dir.iterdir()) == []


def test_the_cases_menu_opens_the_dialog_for_the_selected_case(qtbot, monkeypatch, services, case):
    from ui.main_window import MainWindow

    from tests.ui.conftest import settle

    win = MainWindow(services)
    qtbot.addWidget(win)
    settle(qtbot, win.cases)  # the list's rows come from a worker thread
    assert not win.brief_action.isEnabled()
    win.cases.select_case(case.id)
    assert win.brief_action.isEnabled() and win.brief_action.shortcut().toString() == "Ctrl+B"
    opened = []
    monkeypatch.setattr(brief_dialog.BriefDialog, "ask", classmethod(lambda cls, p, s, cid: opened.append(cid)))
    win.brief_action.trigger()
    assert opened == [case.id]


def test_the_save_dialog_leaves_no_record_of_the_folder(qtbot, monkeypatch, dlg, out_dir, tmp_path, request):
    from PySide6.QtCore import QSettings

    # Qt's own file dialog writes the folder it was in to QtProject.conf; keep this test's copy apart
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    request.addfinalizer(lambda: QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, home))
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/lastVisited", "file:///before")
    qt.sync()

    def qt_dialog(*_a, **_k):       # what Qt's dialog does when it closes
        QSettings(QSettings.Scope.UserScope, "QtProject").setValue("FileDialog/lastVisited", out_dir.as_uri())
        QSettings(QSettings.Scope.UserScope, "QtProject").setValue("FileDialog/history", [out_dir.as_uri()])
        return str(out_dir / "brief.pdf"), ""
    make(qtbot, dlg, profile="court")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(qt_dialog))
    dlg.save_button.click()
    qtbot.waitUntil(lambda: dlg.saved_path is not None, timeout=30000)
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert qt.value("FileDialog/lastVisited") == "file:///before"
    assert qt.value("FileDialog/history") is None
    assert out_dir.name not in (tmp_path / "config").joinpath("QtProject.conf").read_text()


def test_closing_while_the_brief_is_made_drops_it(qtbot, services, dlg, out_dir):
    """As when the store locks: the dialog closes, the work finishes, and nothing is shown or kept."""
    choose(dlg.profile, "court")
    dlg.make.click()
    assert not dlg.make.isEnabled()
    dlg.done(0)
    services.runner.wait()
    qtbot.waitUntil(lambda: not services.runner.busy())   # the result was delivered: it must go nowhere
    assert dlg.prepared is None and dlg.preview.count == 0 and dlg.saved_path is None
    assert list(out_dir.iterdir()) == []


def test_the_lists_are_the_names_models_defines_and_an_internal_brief_offers_no_log(dlg):
    from models.briefs import KINDS, PAPERS, PROFILES

    def data(combo):
        return [combo.itemData(i) for i in range(combo.count())]
    assert data(dlg.kind) == list(KINDS) and data(dlg.profile) == list(PROFILES) and data(dlg.paper) == list(PAPERS)
    assert dlg.profile.currentData() == "court"
    dlg.with_log.setChecked(True)
    dlg.anonymity.setChecked(True)
    choose(dlg.profile, "internal")
    assert not dlg.with_log.isEnabled() and not dlg.anonymity.isEnabled()
    assert dlg.options().redaction_log is False and dlg.options().anonymity_order is False
    choose(dlg.profile, "public")
    assert dlg.with_log.isEnabled() and dlg.options().redaction_log is True


def test_a_refused_brief_is_told_in_the_window_s_language(qtbot, qapp, dlg, case):
    from exports.verify import verify_pdf
    from ui import language

    with pytest.raises(briefs.PdfRefused) as not_a_pdf:
        verify_pdf(b"These are notes, not a PDF.", case, "court")
    language.install(qapp, "ru")
    try:
        make(qtbot, dlg, profile="public")
        refused = dlg.result.text()
        dlg._on_task_failed(not_a_pdf.value)
        unreadable = dlg.result.text()
    finally:
        language.install(qapp, "en")
    assert refused.startswith("Отказано: для профиля «Публичный» нужно одно из согласий: «Опубликование в обезличенном "
                              "виде»")
    assert refused.endswith("Ничего не записано.") and "publish_" not in refused
    assert unreadable == "Этот файл не PDF; Casefile не может его проверить."
    dlg._on_task_failed(not_a_pdf.value)
    assert dlg.result.text() == "The file is not a PDF; Casefile cannot check it."
