"""The person form shows the script a name is written in, as it is typed, and never stores Cyrillic
letters labelled Latin (a name so labelled lost its Latin spellings to search and redaction)."""
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from storage.cases import get_case
from ui.editor.case_dialog import CaseDialog


def _new_person_names(qtbot, services, reference="ALM-2022-001"):
    dlg = CaseDialog(services, None)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.case_form.widget_for("reference"), reference)
    qtbot.keyClicks(dlg.case_form.widget_for("title"), "Relatives questioned")
    people = dlg.pages["persons"]
    dlg.tabs.setCurrentWidget(people)
    dlg.show()
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    names = people.form.widget_for("names")
    return dlg, names


def _keys(widget, text):
    """Key presses carrying each letter, as a Kazakh or Arabic keyboard layout sends them
    (QTest.keyClicks takes ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _type_name(qtbot, names, text):
    """Add a row and type into its name cell as a person would, key by key."""
    qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)
    row = names.table.rowCount() - 1
    def editor():
        return next((e for e in names.table.findChildren(QLineEdit) if e.isVisible()), None)
    qtbot.waitUntil(lambda: editor() is not None, timeout=2000)
    editor = editor()
    _keys(editor, text)
    assert editor.text() == text
    return row, editor


def _enter(qtbot, names, row, editor):
    """Return ends the edit; the view takes the text a moment later (a queued commit)."""
    text = editor.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: names.table.item(row, 0).text() == text, timeout=2000)


def _script_shown(names, row):
    return names.table.cellWidget(row, 1).currentData()


def test_typing_a_cyrillic_name_shows_cyrillic_and_stores_it(qtbot, services, store):
    dlg, names = _new_person_names(qtbot, services)
    row, editor = _type_name(qtbot, names, "Бауыржан")
    assert _script_shown(names, row) == "Cyrl"   # while still typing, before the cell is left
    _enter(qtbot, names, row, editor)

    assert dlg.save()
    with store.read() as s:
        case = get_case(s, "ALM-2022-001")
    assert [(n.value, n.script) for n in case.persons[0].names] == [("Бауыржан", "Cyrl")]


def test_the_script_follows_the_letters_in_every_script(qtbot, services, store):
    dlg, names = _new_person_names(qtbot, services)
    for text, script in (("Bauyrzhan", "Latn"), ("ئاقگۈل", "Arab"), ("加玛丽", "Hans")):
        row, editor = _type_name(qtbot, names, text)
        assert _script_shown(names, row) == script, text
        _enter(qtbot, names, row, editor)
    assert dlg.save()
    with store.read() as s:
        stored = get_case(s, "ALM-2022-001").persons[0].names
    assert [n.script for n in stored] == ["Latn", "Arab", "Hans"]


def test_a_script_chosen_by_hand_stays_when_it_fits_the_letters(qtbot, services, store):
    dlg, names = _new_person_names(qtbot, services)

    def choose(row, script):
        combo = names.table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(script))
        combo.activated.emit(combo.currentIndex())

    # Characters written alike in simplified and traditional Chinese: either label fits.
    row, editor = _type_name(qtbot, names, "加米拉")
    assert _script_shown(names, row) == "Hans"
    _enter(qtbot, names, row, editor)
    choose(row, "Hant")
    assert _script_shown(names, row) == "Hant"

    # Traditional characters are not simplified Chinese; Cyrillic letters are not Latin.
    for text, wrong, right in (("加瑪麗", "Hans", "Hant"), ("Жамал", "Latn", "Cyrl")):
        row, editor = _type_name(qtbot, names, text)
        _enter(qtbot, names, row, editor)
        choose(row, wrong)
        assert _script_shown(names, row) == right, text

    assert dlg.save()
    with store.read() as s:
        stored = get_case(s, "ALM-2022-001").persons[0].names
    assert [(n.value, n.script) for n in stored] == [("加米拉", "Hant"), ("加瑪麗", "Hant"), ("Жамал", "Cyrl")]


def test_a_name_set_without_typing_still_gets_its_script(qtbot, services, store):
    dlg, names = _new_person_names(qtbot, services)
    qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)
    names.table.item(0, 0).setText("Сейітқали")   # a paste or a programmatic edit: no key events
    assert _script_shown(names, 0) == "Cyrl"
    assert dlg.save()
    with store.read() as s:
        assert get_case(s, "ALM-2022-001").persons[0].names[0].script == "Cyrl"


def test_the_import_report_lists_names_whose_script_was_corrected(qtbot, window, services, store, tmp_path,
                                                                  monkeypatch):
    import json

    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import case_dict

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.text(), box.informativeText(), box.detailedText())) or 0)
    c = case_dict(reference="ALM-7")
    c["persons"][1]["names"] = [{"value": "Бауыржан", "script": "Latn"}]
    path = tmp_path / "intake.json"
    path.write_text(json.dumps({"format": "casefile-interchange", "version": 1, "cases": [c]}), "utf-8")
    window.import_flow.start(str(path))
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    text, informative, detail = shown[-1]
    assert text == "Imported 1 case: 1 added, 0 updated, 0 unchanged."
    assert informative == "The script of 1 name did not match its letters and was corrected."
    assert detail == ("ALM-7: persons[1].names[0].script: the name is written in Cyrillic letters, "
                      "not Latin; stored as Cyrillic")
    with store.read() as s:
        assert get_case(s, "ALM-7").persons[1].names[0].script == "Cyrl"
