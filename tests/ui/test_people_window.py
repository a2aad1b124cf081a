"""The People view (Cases › People…): every person across cases, searched in any script, with the
cases each is in; suggested links accepted or rejected by a click; Unlink; the case form's note
about a person protected because of another case."""
from __future__ import annotations

from PySide6.QtCore import Qt

from storage import people
from ui.people_table_model import PeopleTableModel
from ui.people_window import PeopleWindow


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.model.loading and window.model.total is not None, timeout=5000)


def _names(window) -> list[str]:
    m = window.model
    return [m.data(m.index(r, PeopleTableModel.NAME)) for r in range(m.rowCount())]


def _cases_column(window) -> list[str]:
    m = window.model
    return [m.data(m.index(r, PeopleTableModel.CASES)) for r in range(m.rowCount())]


def _open(qtbot, services) -> PeopleWindow:
    window = PeopleWindow(services)
    qtbot.addWidget(window)
    window.show()
    _settle(qtbot, window)
    return window


def _select(qtbot, window, name: str, case: str) -> None:
    row = next(r for r, (n, c) in enumerate(zip(_names(window), _cases_column(window))) if n == name and case in c)
    window.table.selectRow(row)
    qtbot.waitUntil(lambda: window.panel.entry is not None and window.panel.entry.names[0] == name
                    and not window.panel.suggestions_note.text().endswith("…"), timeout=10000)


def _person(store, ref: str) -> str:
    with store.read() as s:
        return people.resolve(s, ref)


def test_model_passes_the_qt_model_tester(qtmodeltester, store, saved):
    saved(reference="A-1")
    saved(reference="B-1")
    model = PeopleTableModel(store)
    model.set_text("")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4


def test_rows_come_a_page_at_a_time(store, saved, monkeypatch):
    monkeypatch.setattr(PeopleTableModel, "PAGE", 3)
    for i in range(4):
        saved(reference=f"A-{i}")
    model = PeopleTableModel(store)
    model.set_text("")
    assert (model.rowCount(), model.total) == (3, 8)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 8


def test_every_person_with_cases_and_roles_and_a_cyrillic_search_finds_a_latin_name(qtbot, services, saved):
    saved(reference="A-1", applicant="Baurzhan Serikuly")
    saved(reference="B-1", applicant="Aigerim Tolegen")
    window = _open(qtbot, services)
    assert window.model.total == 4
    assert window.count.text() == "4 people"
    rows = list(zip(_names(window), _cases_column(window)))
    assert ("Baurzhan Serikuly", "A-1 (Applicant)") in rows
    # the two mothers are two entries until someone links them
    assert [c for n, c in rows if n == "Гүлнар Нұрдәулет"] == ["A-1 (Relative)", "B-1 (Relative)"]

    window.search.setText("Бауыржан")
    qtbot.waitUntil(lambda: window.model.text == "Бауыржан" and not window.model.loading
                    and window.model.total is not None, timeout=5000)
    assert _names(window) == ["Baurzhan Serikuly"]
    assert window.count.text() == "1 person matches"


def test_the_detail_panel_shows_names_cases_and_risk(qtbot, services, saved):
    saved(reference="A-1")
    window = _open(qtbot, services)
    _select(qtbot, window, "Гүлнар Нұрдәулет", "A-1")
    panel = window.panel
    assert panel.name.text() == "Гүлнар Нұрдәулет"
    assert "At risk in case A-1" in panel.risk.text()
    item = panel.cases.topLevelItem(0)
    assert [item.text(c) for c in range(3)] == ["A-1", "Relative", "mother"]
    opened = []
    window.case_activated.connect(opened.append)
    where = panel.cases.visualItemRect(item).center()
    qtbot.mouseClick(panel.cases.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's first press
    qtbot.mouseDClick(panel.cases.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == [_case_id(services.store, "A-1")]


def _case_id(store, ref: str) -> str:
    from storage.cases import get_case

    with store.read() as s:
        return get_case(s, ref).id


def test_accepting_a_suggestion_links_the_two_and_unlink_parts_them(qtbot, services, saved):
    saved(reference="A-1")
    saved(reference="B-1")
    window = _open(qtbot, services)
    _select(qtbot, window, "Гүлнар Нұрдәулет", "A-1")
    sugs = window.panel.suggestions
    assert sugs.topLevelItemCount() >= 1
    first = sugs.topLevelItem(0)
    assert "B-1/mother" in first.text(1) and "same name" in first.text(2)
    assert not window.panel.accept_button.isEnabled()  # nothing chosen, nothing to accept
    sugs.setCurrentItem(first)
    window.panel.accept_button.click()
    qtbot.waitUntil(lambda: window.model.total == 3 and not window.model.loading, timeout=5000)
    assert "A-1 (Relative), B-1 (Relative)" in _cases_column(window)
    # The linked person stays chosen, now with both cases
    qtbot.waitUntil(lambda: window.panel.entry is not None and len(window.panel.entry.cases) == 2, timeout=5000)
    with services.store.read() as s:
        assert people.group_of(s, _person(services.store, "A-1/mother")) is not None

    panel = window.panel
    assert not panel.unlink_button.isEnabled()
    panel.cases.setCurrentItem(panel.cases.topLevelItem(1))
    panel.unlink_button.click()
    qtbot.waitUntil(lambda: window.model.total == 4 and not window.model.loading, timeout=5000)
    assert "A-1 (Relative), B-1 (Relative)" not in _cases_column(window)
    with services.store.read() as s:
        assert people.group_of(s, _person(services.store, "A-1/mother")) is None


def test_a_rejected_suggestion_is_not_offered_again(qtbot, services, saved):
    saved(reference="A-1")
    saved(reference="B-1")
    window = _open(qtbot, services)
    _select(qtbot, window, "Гүлнар Нұрдәулет", "A-1")
    sugs = window.panel.suggestions
    offered = [sugs.topLevelItem(i).text(1) for i in range(sugs.topLevelItemCount())]
    assert any("B-1/mother" in o for o in offered)
    sugs.setCurrentItem(next(sugs.topLevelItem(i) for i in range(sugs.topLevelItemCount())
                             if "B-1/mother" in sugs.topLevelItem(i).text(1)))
    window.panel.reject_button.click()
    qtbot.waitUntil(lambda: not window.model.loading, timeout=5000)
    _select(qtbot, window, "Гүлнар Нұрдәулет", "A-1")
    again = [sugs.topLevelItem(i).text(1) for i in range(sugs.topLevelItemCount())]
    assert not any("B-1/mother" in o for o in again)
    assert window.model.total == 4  # rejected, not linked


def test_the_review_of_every_suggestion_runs_in_the_background_and_accepts(qtbot, services, saved):
    saved(reference="A-1")
    saved(reference="B-1")
    window = _open(qtbot, services)
    review = window.review
    window.tabs.setCurrentWidget(review)
    review.find_button.click()
    qtbot.waitUntil(lambda: review.find_button.isEnabled(), timeout=20000)
    pairs = [(review.list.topLevelItem(i).text(1), review.list.topLevelItem(i).text(2))
             for i in range(review.list.topLevelItemCount())]
    mothers = next(i for i, (a, b) in enumerate(pairs) if "/mother" in a and "/mother" in b)
    assert review.status.text() == f"{len(pairs)} suggested link{'s' if len(pairs) != 1 else ''} to review"
    review.list.setCurrentItem(review.list.topLevelItem(mothers))
    review.accept_button.click()
    assert review.list.topLevelItemCount() == len(pairs) - 1
    qtbot.waitUntil(lambda: window.model.total == 3 and not window.model.loading, timeout=5000)
    assert "A-1 (Relative), B-1 (Relative)" in _cases_column(window)


def test_the_main_window_opens_the_people_view_from_the_cases_menu(qtbot, window, saved):
    saved(reference="A-1")
    window.people_action.trigger()
    opened = [w for w in window.findChildren(PeopleWindow) if w.isVisible()]
    assert len(opened) == 1
    _settle(qtbot, opened[0])
    assert opened[0].model.total == 2
    window.people_action.trigger()  # again: the same window, raised
    assert len([w for w in window.findChildren(PeopleWindow) if w.isVisible()]) == 1
    assert opened[0].model.data(opened[0].model.index(0, 0), Qt.ItemDataRole.DisplayRole)


def _save_not_at_risk(store, ref: str):
    from models.interchange import validate_case
    from storage.cases import save_case
    from tests.ui.conftest import case_dict

    data = case_dict(reference=ref)
    data["persons"][1]["at_risk"] = False
    with store.write() as s:
        return save_case(s, store, validate_case(data), reason="test")[0]


def test_the_case_form_says_a_person_is_protected_because_of_another_case(qtbot, services, saved):
    from ui.editor.case_dialog import CaseDialog
    from ui.editor.pages import ProtectedNote

    saved(reference="A-1")  # the mother is at risk here
    case_b = _save_not_at_risk(services.store, "B-1")
    dlg = CaseDialog(services, case_b)
    qtbot.addWidget(dlg)
    page = dlg.pages["persons"]
    note = page.form.findChild(ProtectedNote)
    page.select(1)
    assert note.isHidden() and "⚠" not in page.list.item(1).text()  # not linked yet: nothing to say

    with services.store.write() as s:
        people.link(s, services.store, _person(services.store, "A-1/mother"), _person(services.store, "B-1/mother"))
    dlg = CaseDialog(services, case_b)
    qtbot.addWidget(dlg)
    dlg.show()
    page = dlg.pages["persons"]
    note = page.form.findChild(ProtectedNote)
    page.select(1)
    assert not note.isHidden()
    assert note.text() == "At risk in case A-1; protected in every brief and bundle."
    assert page.list.item(1).text().endswith("⚠")
    page.select(0)
    assert note.isHidden()  # the applicant is linked to no one


def test_an_image_marked_as_a_persons_photo_shows_in_the_people_view(qtbot, services, saved, tmp_path, monkeypatch):
    from storage import evidence as ev
    from tests.ui.evidence_support import png_file
    from ui.evidence_panel import EvidencePanel

    case = saved(reference="A-1")
    mother = case.persons[1].id
    ev.add_file(services.store, case.id, png_file(tmp_path / "gulnar.png", 300, 200, "#557799"),
                description="Photo of the mother", record_id=mother)
    ev.add_file(services.store, case.id, png_file(tmp_path / "notice.png"), description="A notice")
    panel = EvidencePanel(services, case.id)
    qtbot.addWidget(panel)
    panel.table.selectRow(1)  # recorded for the case as a whole: cannot be a person's photo
    assert not panel.photo_action(panel.selected()).isEnabled()
    panel.table.selectRow(0)
    action = panel.photo_action(panel.selected())
    assert action.isEnabled() and not action.isChecked()
    action.trigger()
    assert "is now this person's photo" in panel.status.text()
    assert panel.photo_action(panel.selected()).isChecked()

    import tempfile

    def no_temporary_files(*_a, **_k):
        raise AssertionError("a thumbnail is decrypted into memory, never into a file")
    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, no_temporary_files)
    window = _open(qtbot, services)
    _select(qtbot, window, "Гүлнар Нұрдәулет", "A-1")
    qtbot.waitUntil(lambda: window.panel.photo.pixmap() is not None and not window.panel.photo.pixmap().isNull(),
                    timeout=5000)
    assert window.panel.photo.pixmap().width() == 128  # a thumbnail, the image's shape kept
    assert window.panel.photo.pixmap().height() in (85, 86)


def test_a_lock_closes_the_people_view_and_forgets_its_rows(qtbot, qapp, services, saved, monkeypatch):
    import shiboken6

    from ui.app import Casefile
    from ui.unlock_dialog import UnlockDialog

    saved(reference="A-1")
    asked = []
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, parent, svc, path=None: asked.append(path)))
    monkeypatch.setattr(qapp, "quit", lambda: asked.append("quit"))
    app = Casefile(qapp, services, idle_minutes=60)
    app._show(services.store)
    app.idle.stop()
    app.window.people_action.trigger()
    [window] = [w for w in app.window.findChildren(PeopleWindow) if w.isVisible()]
    _settle(qtbot, window)
    _select(qtbot, window, "Гүлнар Нұрдәулет", "A-1")
    model = window.model
    app.lock()
    qtbot.waitUntil(lambda: "quit" in asked, timeout=10000)
    assert not shiboken6.isValid(window) or not window.isVisible()
    assert not shiboken6.isValid(model) or model.rowCount() == 0
    assert services.store is None


def test_a_person_linked_across_cases_shows_the_photo_of_each(qtbot, services, saved, tmp_path):
    from storage import evidence as ev
    from tests.ui.evidence_support import png_file

    store = services.store
    cases = [saved(reference=ref) for ref in ("A-1", "B-1")]
    files = [ev.add_file(store, case.id, png_file(tmp_path / f"m{i}.png", 100 + 50 * i, 100, "#335577"),
                         record_id=case.persons[1].id) for i, case in enumerate(cases)]
    with store.write() as s:
        for f in files:
            people.set_photo(s, store, f.id, True)
        people.link(s, store, cases[0].persons[1].id, cases[1].persons[1].id)
    window = _open(qtbot, services)
    _select(qtbot, window, "Гүлнар Нұрдәулет", "A-1")
    shown = lambda: [p for p in window.panel.photos if p.isVisible() and p.pixmap() and not p.pixmap().isNull()]  # noqa: E731
    qtbot.waitUntil(lambda: len(shown()) == 2, timeout=5000)
    assert sorted(p.pixmap().width() for p in shown()) == [128, 128]
    assert sorted(p.pixmap().height() for p in shown()) == [85, 128]  # 150x100 and 100x100, shapes kept



def test_a_case_opened_from_the_people_view_and_saved_shows_there_at_once(qtbot, window, saved, monkeypatch):
    from storage.cases import save_case
    from ui.editor import case_dialog

    case = saved(reference="A-1")

    def edit(cls, parent, services, case_id=None):  # the caseworker corrects the mother's name and saves
        data = case.model_dump(mode="json")
        data["persons"][1]["names"] = [{"value": "Гүлнар Нұрдәулетқызы", "script": "Cyrl"}]
        from models.interchange import validate_case
        with services.store.write() as s:
            return save_case(s, services.store, validate_case(data), reason="test")[0]
    monkeypatch.setattr(case_dialog.CaseDialog, "ask", classmethod(edit))
    window.people_action.trigger()
    [people_view] = [w for w in window.findChildren(PeopleWindow) if w.isVisible()]
    _settle(qtbot, people_view)
    _select(qtbot, people_view, "Гүлнар Нұрдәулет", "A-1")
    item = people_view.panel.cases.topLevelItem(0)
    where = people_view.panel.cases.visualItemRect(item).center()
    qtbot.mouseClick(people_view.panel.cases.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(people_view.panel.cases.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: "Гүлнар Нұрдәулетқызы" in _names(people_view) and not people_view.model.loading,
                    timeout=5000)
    assert "Гүлнар Нұрдәулет" not in _names(people_view)
