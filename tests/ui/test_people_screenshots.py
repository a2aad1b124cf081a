"""Screenshots of the People view (Cases › People…) in English, Uyghur (right to left) and Kazakh,
its review of every suggested link, and the case form's note on a person protected because of
another case: build/look/people/, for a person to look at."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storage import people, people_suggest

LOOK = Path(__file__).resolve().parents[2] / "build" / "look" / "people"
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo-cases.json"
pytestmark = pytest.mark.screenshots


def _keep(qtbot, widget, name: str) -> Path:
    LOOK.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)
    path = qtbot.screenshot(widget, suffix=name)
    target = LOOK / f"{name}.png"
    shutil.copy(path, target)
    assert target.stat().st_size > 5000
    return target


@pytest.fixture
def in_language(qapp):
    from ui import language

    yield lambda code: language.install(qapp, code)
    language.install(qapp, "en")


def _two_accounts_of_one_mother(store) -> None:
    """A mother named by her daughter in one case (in Cyrillic, at risk) and who came herself in
    another (in Latin): the People view suggests they are one person."""
    from models.interchange import validate_case
    from storage.cases import save_case
    from tests.ui.conftest import case_dict

    first = case_dict(reference="ALM-2019-031")
    second = case_dict(reference="ALM-2021-044")
    second["persons"][0]["names"] = [{"value": "Gulnar Nurdaulet", "script": "Latn"}]
    second["persons"][0]["birth_year"] = 1956
    second["persons"][1]["names"] = [{"value": "Dina Nurdaulet", "script": "Latn"}]
    second["persons"][1]["at_risk"] = False
    second["persons"][1]["relation"] = {"to": "applicant", "kind": "daughter"}
    second["persons"][1].pop("whereabouts")
    with store.write() as s:
        for data in (first, second):
            save_case(s, store, validate_case(data), reason="screenshots")


def test_people_view_in_three_languages(qtbot, services, store, in_language, tmp_path):
    from storage import evidence as ev
    from storage.interchange_io import import_file
    from tests.ui.evidence_support import png_file
    from storage.cases import get_case
    from ui.editor.case_dialog import CaseDialog
    from ui.editor.pages import ProtectedNote
    from ui.people_window import PeopleWindow

    import_file(store, DEMO)
    _two_accounts_of_one_mother(store)
    with store.read() as s:
        best = people_suggest.all_suggestions(s, min_score=0.3)
        entry = people.person_entry(s, best[0].a.person_id)
    assert best, "the demo cases hold people worth suggesting"
    # A photo for the person shown, as a caseworker would mark it in the evidence panel
    case_id = entry.cases[0].case_id
    photo = ev.add_file(store, case_id, png_file(tmp_path / "photo.png", 150, 200, "#6a7f95"),
                        description="Photo", record_id=entry.cases[0].person_id)
    with store.write() as s:
        people.set_photo(s, store, photo.id, True)

    for code in ("en", "ug", "kk"):
        in_language(code)
        window = PeopleWindow(services)
        qtbot.addWidget(window)
        window.resize(1200, 680)
        window.show()
        qtbot.waitUntil(lambda: not window.model.loading and window.model.total is not None, timeout=5000)
        assert window.select_person(entry.cases[0].person_id), [window.model.entry(r).names for r in range(window.model.rowCount())]
        try:
            qtbot.waitUntil(lambda: window.panel.entry is not None and window.panel.suggestions.topLevelItemCount() > 0,
                            timeout=10000)
        except Exception:
            raise AssertionError((window.panel.entry, window.panel.suggestions_note.text(), window.panel.name.text()))
        window.panel.suggestions.setCurrentItem(window.panel.suggestions.topLevelItem(0))
        _keep(qtbot, window, f"people-{code}")
        window.tabs.setCurrentWidget(window.review)
        window.review.find()
        qtbot.waitUntil(lambda: window.review.find_button.isEnabled(), timeout=20000)
        _keep(qtbot, window, f"people-review-{code}")
        window.close()

    # Linked to a person at risk in another case: the case form says so beside the person.
    with store.write() as s:
        mother_a = people.resolve(s, "ALM-2019-031/mother")   # at risk
        mother_b = people.resolve(s, "ALM-2021-044/applicant")  # the same woman, not marked
        people.link(s, store, mother_a, mother_b)
        case = get_case(s, "ALM-2021-044")
    for code in ("en", "ug"):
        in_language(code)
        dlg = CaseDialog(services, case)
        qtbot.addWidget(dlg)
        dlg.resize(960, 720)
        dlg.show()
        page = dlg.pages["persons"]
        dlg.tabs.setCurrentWidget(page)
        page.select(0)
        assert "ALM-2019-031" in page.form.findChild(ProtectedNote).text()
        _keep(qtbot, dlg, f"case-form-protected-note-{code}")
        dlg.close()
