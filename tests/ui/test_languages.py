"""The window in Russian, Kazakh and Uyghur: the language follows the system or the Language menu,
Uyghur is laid out right to left, and in every language no label, button or check box is cut off
and no two widgets side by side overlap (main window, case editor and its tabs, the main dialogs)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QMessageBox, QPushButton, QWidget

from ui import language

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "demo-cases.json"


@pytest.fixture
def in_language(qapp):
    """Install a language for one test; English again afterwards (the other tests read English)."""
    yield lambda code: language.install(qapp, code)
    language.install(qapp, "en")


def _resolve_in_a_fresh_process(env: dict) -> str:
    code = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
            "from ui import language; print(language.resolve(None))")
    clean = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE",
                                                               language.ENVIRONMENT)}
    out = subprocess.run([sys.executable, "-c", code], env={**clean, "PYTHONPATH": str(ROOT), **env},
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@pytest.mark.parametrize("lang, expected", [("kk_KZ.UTF-8", "kk"), ("ru_RU.UTF-8", "ru"), ("ug_CN.UTF-8", "ug"),
                                            ("de_DE.UTF-8", "en"), ("C", "en")])
def test_the_system_language_is_followed(lang, expected):
    assert _resolve_in_a_fresh_process({"LANG": lang}) == expected


def test_the_override_and_the_saved_choice_come_before_the_system(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    assert _resolve_in_a_fresh_process({"LANG": "ru_RU.UTF-8", language.ENVIRONMENT: "kk"}) == "kk"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(language.SETTING, "ug")
    monkeypatch.delenv(language.ENVIRONMENT, raising=False)
    assert language.resolve(settings) == "ug"
    settings.setValue(language.SETTING, "xx")          # a setting edited by hand: the system decides
    assert language.saved(settings) == language.SYSTEM


def test_choosing_a_language_saves_it_and_says_so_in_that_language(window, services, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    menu = window.language
    names = [a.text() for a in menu.menu.actions()]
    assert names[1:] == ["English", "Русский", "Қазақша", "ئۇيغۇرچە"]
    assert menu.actions[language.SYSTEM].isChecked()
    menu.actions["kk"].trigger()
    assert services.settings.value(language.SETTING) == "kk" and menu.actions["kk"].isChecked()
    assert said == ["Casefile келесі іске қосылғанда қазақ тілінде болады."]
    menu.actions[language.SYSTEM].trigger()
    assert services.settings.value(language.SETTING) == language.SYSTEM


def test_installing_a_language_sets_dates_numbers_and_direction(qapp, in_language):
    from ui.i18n import date_text, number_text

    in_language("ru")
    assert date_text("2027-02-15") == "15 февраля 2027" and date_text("2018-11") == "ноябрь 2018"
    assert number_text(1234567) == "1\u00a0234\u00a0567"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    in_language("kk")
    assert date_text("2027-02-15") == "15 ақпан 2027"
    in_language("ug")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    in_language("en")
    assert date_text("2027-02-15") == "15 February 2027" and date_text("20") == "20"


# --- nothing cut off, nothing overlapping ------------------------------------------------------------

def _clipped(top: QWidget) -> list[str]:
    out = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisible() or not isinstance(w, (QLabel, QPushButton, QCheckBox)) or not w.text():
            continue
        if isinstance(w, QLabel) and w.wordWrap():
            if w.heightForWidth(w.width()) > w.height() + 1:
                out.append(f"{type(w).__name__} {w.text()[:40]!r}: needs {w.heightForWidth(w.width())} px high, "
                           f"has {w.height()}")
            continue
        hint = w.sizeHint()
        if hint.width() > w.width() + 1 or hint.height() > w.height() + 1:
            out.append(f"{type(w).__name__} {w.text()[:40]!r}: needs {hint.width()}x{hint.height()}, "
                       f"has {w.width()}x{w.height()}")
    return out


def _overlapping(top: QWidget) -> list[str]:
    out = []
    for parent in [top, *top.findChildren(QWidget)]:
        kids = [k for k in parent.children() if isinstance(k, QWidget) and k.isVisible() and not k.isWindow()
                and not k.objectName().startswith("qt_") and _is_control(k)]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                inter = QRect(a.geometry()).intersected(b.geometry())
                if inter.width() > 1 and inter.height() > 1:
                    out.append(f"{_name(a)} overlaps {_name(b)}")
    return out


def _is_control(k: QWidget) -> bool:
    """What a person reads or clicks: two of these drawn over each other is a layout fault."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

    return isinstance(k, (QLabel, QAbstractButton, QLineEdit, QComboBox, QSpinBox))


def test_the_checks_see_a_cut_label_and_two_overlapping_widgets(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    cut = QLabel("A label far too long for the little room it was given", box)
    cut.setGeometry(0, 0, 60, 20)
    over = QPushButton("OK", box)
    over.setGeometry(30, 5, 80, 30)
    box.resize(200, 60)
    box.show()
    assert any("A label far too long" in p for p in _clipped(box))
    assert _overlapping(box) == ["QLabel('A label far too long for the l') overlaps QPushButton('OK')"]


def _name(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__}({text[:30]!r})"


def _check(qtbot, widget: QWidget, where: str, problems: list[str]) -> None:
    qtbot.wait(20)
    problems += [f"{where}: {p}" for p in _clipped(widget) + _overlapping(widget)]


def _windows(qtbot, services, store):
    """Every window and tab a caseworker sees, one after another: (where, widget)."""
    from storage.cases import CaseQuery, get_case, list_cases
    from storage.interchange_io import import_file
    from tests.ui.conftest import settle
    from ui.backup_dialog import BackupDialog
    from ui.brief_dialog import BriefDialog
    from ui.editor.case_dialog import CaseDialog
    from ui.history_dialog import HistoryDialog
    from ui.main_window import MainWindow
    from ui.new_store_dialog import NewStoreDialog
    from ui.passphrase_dialog import ChangePassphraseDialog
    from ui.unlock_dialog import UnlockDialog

    import_file(store, DEMO)
    with store.read() as s:
        summary = list_cases(s, CaseQuery(sort="reference", descending=False), 0, 1)[0]
        case = get_case(s, summary.id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1200, 640)
    window.show()
    settle(qtbot, window.cases)
    window.cases.select_case(case.id)
    yield "main window", window
    dlg = CaseDialog(services, case, window)
    qtbot.addWidget(dlg)
    dlg.show()
    for i in range(dlg.tabs.count()):
        dlg.tabs.setCurrentIndex(i)
        yield f"case editor, tab {i}", dlg
    dlg.done(0)
    from ui.address_book_dialog import AddressBookDialog, ContactDialog
    from ui.evidence_window import EvidenceDialog
    from ui.sharing_dialogs import ConsentDialog, SendDialog

    for make in (lambda: EvidenceDialog(services, case.id, window), lambda: AddressBookDialog(store, window),
                 lambda: ContactDialog(window), lambda: SendDialog([(case.id, case.reference)], [], window),
                 lambda: ConsentDialog([case.reference], "", window),
                 lambda: BriefDialog(services, case.id, window), lambda: BackupDialog(services, window),
                 lambda: ChangePassphraseDialog(services, window), lambda: HistoryDialog(services, None, window),
                 lambda: UnlockDialog(services, str(store.path)), lambda: NewStoreDialog(services)):
        other = make()
        qtbot.addWidget(other)
        other.show()
        yield type(other).__name__, other
        other.done(0)


@pytest.mark.parametrize("code", ["ug", "ru", "kk", "en"])
def test_nothing_is_cut_off_or_overlaps(qtbot, services, store, in_language, code):
    in_language(code)
    problems: list[str] = []
    for where, widget in _windows(qtbot, services, store):
        if code == "ug":
            assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft, where
        if where == "main window" and code == "ug":   # the first menu stands at the right
            bar = widget.menuBar()
            assert bar.actionGeometry(bar.actions()[0]).left() > bar.width() // 2
        _check(qtbot, widget, where, problems)
    assert not problems, "\n".join(problems[:25])


@pytest.mark.screenshots
@pytest.mark.parametrize("code", ["ru", "kk", "ug"])
def test_screenshots_in_each_language(qtbot, services, store, in_language, code):
    """Every window and tab in the language, under build/look/<language>/ (make look)."""
    import shutil

    in_language(code)
    folder = ROOT / "build" / "look" / code
    shutil.rmtree(folder, ignore_errors=True)   # no picture left from an earlier run under another number
    folder.mkdir(parents=True)
    for n, (where, widget) in enumerate(_windows(qtbot, services, store)):
        qtbot.wait(30)
        path = qtbot.screenshot(widget, suffix=f"{code}-{n}")
        target = folder / f"{n:02d}-{where.replace(' ', '-').replace(',', '')}.png"
        shutil.copy(path, target)
        assert target.stat().st_size > 5000


def test_a_message_not_yet_translated_falls_back_to_english_plural_forms(qapp, in_language):
    from ui.i18n import _tr

    in_language("ug")
    for n in (1, 3):   # translated, or English as it should read; never "case(s)"
        assert "(s)" not in _tr("%n case(s)", "", n) and str(n) in _tr("%n case(s)", "", n)


@pytest.mark.parametrize("code, close", [("ru", "Закрыть"), ("en", "Close")])
def test_qt_s_own_catalogue_is_loaded_with_ours(qtbot, in_language, code, close):
    from PySide6.QtWidgets import QDialogButtonBox

    in_language(code)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == close
