"""The case editor: what a caseworker types reaches the store; what is wrong is named and nothing
is saved; marks on a narrative stay on the words they hide; nothing typed is lost to a lock."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from storage import drafts
from storage.cases import count_cases, get_case, revisions, CaseQuery
from ui.editor.case_dialog import CaseDialog


def _dialog(qtbot, services, case=None):
    dlg = CaseDialog(services, case)
    qtbot.addWidget(dlg)
    return dlg


def _form_widget(form, field):
    return form.widget_for(field)


def test_a_new_case_typed_in_the_form_is_saved(qtbot, services, store):
    dlg = _dialog(qtbot, services)
    qtbot.keyClicks(_form_widget(dlg.case_form, "reference"), "ALM-2021-003")
    qtbot.keyClicks(_form_widget(dlg.case_form, "title"), "Threats to relatives after testimony")
    people = dlg.pages["persons"]
    dlg.tabs.setCurrentWidget(people)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    names = people.form.widget_for("names")
    qtbot.mouseClick(names.add_button, Qt.MouseButton.LeftButton)
    names.table.item(0, 0).setText("Серікжан Білаш")
    names.table.cellWidget(0, 1).setCurrentIndex(names.table.cellWidget(0, 1).findData("Cyrl"))
    names.table.cellWidget(0, 1).activated.emit(0)
    qtbot.keyClicks(people.form.widget_for("birth_year"), "1974")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    people.form.widget_for("role").setCurrentIndex(people.form.widget_for("role").findData("relative"))
    people.form.widget_for("role").activated.emit(0)
    people.form.widget_for("at_risk").setChecked(True)
    relation = people.form.widget_for("relation")
    relation.setCurrentIndex(1)
    relation.activated.emit(1)
    qtbot.keyClicks(people.form.widget_for("relation.kind"), "brother")

    assert dlg.save()
    with store.read() as s:
        case = get_case(s, "ALM-2021-003")
    applicant, brother = case.persons
    assert applicant.role == "applicant" and applicant.names[0].value == "Серікжан Білаш"
    assert applicant.names[0].script == "Cyrl" and applicant.birth_year == 1974
    assert brother.at_risk and brother.relation.to == applicant.key and brother.relation.kind == "brother"
    assert dlg.saved_case.id == case.id


def test_a_wrong_value_is_named_and_nothing_is_saved(qtbot, services, store):
    dlg = _dialog(qtbot, services)
    qtbot.keyClicks(_form_widget(dlg.case_form, "reference"), "ALM-2021-004")
    qtbot.keyClicks(_form_widget(dlg.case_form, "title"), "Detention")
    _form_widget(dlg.case_form, "opened_on").clear()
    qtbot.keyClicks(_form_widget(dlg.case_form, "opened_on"), "2018-13")
    people = dlg.pages["persons"]
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(people.form.widget_for("birth_year"), "about 1980")

    assert not dlg.save()
    problems = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
    assert "Case › Opened on: month must be 01 to 12" in problems
    assert any(p.startswith("People › ") and "Year of birth: not a year" in p for p in problems)
    with store.read() as s:
        assert count_cases(s, CaseQuery()) == 0

    # Clicking a problem goes to the field.
    item = next(dlg.problems.item(i) for i in range(dlg.problems.count()) if "Year of birth" in dlg.problems.item(i).text())
    dlg.show()
    dlg.problems.itemClicked.emit(item)
    assert dlg.tabs.currentWidget() is people
    qtbot.waitUntil(lambda: people.form.widget_for("birth_year").hasFocus(), timeout=1000)


def test_editing_a_case_keeps_the_version_before(qtbot, services, store, saved):
    case = saved()
    dlg = _dialog(qtbot, services, case)
    title = _form_widget(dlg.case_form, "title")
    title.selectAll()
    qtbot.keyClicks(title, "Asylum appeal after detention")
    assert dlg.save()
    with store.read() as s:
        assert get_case(s, case.id).title == "Asylum appeal after detention"
        assert [r.reason for r in revisions(s, case.id)] == ["edited in the window"]


def test_a_reference_used_by_another_case_keeps_the_dialog_open(qtbot, services, store, saved):
    saved(reference="ALM-1")
    case = saved(reference="ALM-2")
    dlg = _dialog(qtbot, services, case)
    ref = _form_widget(dlg.case_form, "reference")
    ref.selectAll()
    qtbot.keyClicks(ref, "ALM-1")
    assert not dlg.save()
    assert "already used by another case" in dlg.problems.item(0).text()
    with store.read() as s:
        assert get_case(s, case.id).reference == "ALM-2"


def test_closing_with_unsaved_changes_asks_first(qtbot, services, store, saved, monkeypatch):
    case = saved()
    dlg = _dialog(qtbot, services, case)
    qtbot.keyClicks(_form_widget(dlg.case_form, "title"), " (edited)")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    dlg.show()
    dlg.reject()
    assert asked and dlg.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    dlg.reject()
    with store.read() as s:
        assert get_case(s, case.id).title.endswith(" (edited)")


def test_removing_a_person_takes_them_out_of_events_and_accounts(qtbot, services, store, saved):
    case = saved()
    dlg = _dialog(qtbot, services, case)
    people = dlg.pages["persons"]
    people.select(0)  # the applicant: narrator of the account, victim of the detention
    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    assert dlg.validate() is not None
    assert dlg.data["events"][0]["victims"] == [] and dlg.data["accounts"][0]["narrator"] is None


@pytest.fixture
def account_editor(qtbot, services, saved):
    case = saved()
    dlg = _dialog(qtbot, services, case)
    page = dlg.pages["accounts"]
    dlg.tabs.setCurrentWidget(page)
    page.select(0)
    return dlg, page.form.widget_for("text")


def test_marking_a_selection_hides_exactly_those_words(qtbot, account_editor):
    dlg, editor = account_editor
    editor.marks.setCurrentRow(0)
    qtbot.mouseClick(editor.unmark_button, Qt.MouseButton.LeftButton)
    assert editor.record["redactions"] == []
    editor.text.setPlainText("𠮷 My mother Gulnar lives in Xinyuan.")  # a character outside the BMP first
    text = editor.record["text"]
    cursor = editor.text.textCursor()
    start16 = text.index("Xinyuan") + 1  # Qt counts 𠮷 as two units
    cursor.setPosition(start16)
    cursor.setPosition(start16 + len("Xinyuan"), QTextCursor.MoveMode.KeepAnchor)
    editor.text.setTextCursor(cursor)
    qtbot.keyClicks(editor.reason, "place of the family")
    qtbot.mouseClick(editor.mark_button, Qt.MouseButton.LeftButton)
    marked = [(text[r["start"]:r["end"]], r["reason"]) for r in editor.record["redactions"]]
    assert ("Xinyuan", "place of the family") in marked
    assert dlg.save()
    saved_account = dlg.saved_case.accounts[0]
    assert [saved_account.text[r.start:r.end] for r in saved_account.redactions] == ["Xinyuan"]


def test_a_mark_follows_its_words_while_typing(qtbot, account_editor):
    _dlg, editor = account_editor
    assert [editor.record["text"][r["start"]:r["end"]] for r in editor.record["redactions"]] == ["Гүлнар"]
    editor.text.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(editor.text, "In 2019: ")
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.text, " She is 70.")
    text = editor.record["text"]
    assert text == "In 2019: My mother Гүлнар still lives in Xinyuan. She is 70."
    assert [text[r["start"]:r["end"]] for r in editor.record["redactions"]] == ["Гүлнар"]


def test_a_lock_saves_valid_changes_and_keeps_invalid_ones_as_a_draft(qtbot, services, store, saved, monkeypatch):
    case = saved()
    dlg = _dialog(qtbot, services, case)
    qtbot.keyClicks(_form_widget(dlg.case_form, "title"), " and appeal")
    dlg.rescue()
    with store.read() as s:
        assert get_case(s, case.id).title.endswith(" and appeal")

    dlg2 = _dialog(qtbot, services, dlg.saved_case)
    title = _form_widget(dlg2.case_form, "title")
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    qtbot.keyClicks(_form_widget(dlg2.case_form, "opened_on"), "x")  # not a date: cannot be saved as it is
    dlg2.rescue()
    with store.read() as s:
        assert get_case(s, case.id).title.endswith(" and appeal")
        assert drafts.peek(s, store, case.id) is not None

    # Opening the case again offers the draft; taking it up shows the changes, unsaved.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = {}
    monkeypatch.setattr(CaseDialog, "exec", lambda self: shown.update(data=self.data, changed=self.has_changes()) or 0)
    CaseDialog.ask(None, services, case.id)
    assert shown["changed"] and shown["data"]["title"] == "" and shown["data"]["opened_on"].endswith("x")
    with store.read() as s:
        assert drafts.peek(s, store, case.id) is None


def test_a_problem_is_shown_in_red_under_its_field_and_goes_when_fixed(qtbot, services, store):
    dlg = _dialog(qtbot, services)
    opened = _form_widget(dlg.case_form, "opened_on")
    opened.clear()
    qtbot.keyClicks(opened, "2018-13")
    people = dlg.pages["persons"]
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(people.form.widget_for("birth_year"), "about 1980")
    dlg.validate()
    assert "month must be 01 to 12" in dlg.case_form.problem_texts()
    assert "must not be empty" in dlg.case_form.problem_texts()  # the reference
    assert any("not a year" in t for t in people.form.problem_texts())
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)  # another person: its own fields
    assert not any("not a year" in t for t in people.form.problem_texts())
    people.select(0)
    assert any("not a year" in t for t in people.form.problem_texts())
    opened.clear()
    qtbot.keyClicks(opened, "2018-12")
    dlg.validate()
    assert not any("month" in t for t in dlg.case_form.problem_texts())
