"""The History tab of the case editor: who changed what and when, with field names, never values."""
from storage.cases import save_case
from ui.audit_table_model import AuditTableModel
from ui.editor.case_dialog import CaseDialog


def _rows(model):
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_history_lists_the_changes_to_the_case_with_field_names_and_no_values(qtbot, qtmodeltester, services,
                                                                              store, saved):
    case = saved()
    saved(reference="ALM-2019-001", applicant="Serik Amanov")
    changed = case.model_copy(update={"title": "Held in Xinyuan and Ghulja"})
    changed.persons[0].whereabouts = "Almaty, Qarasu street"
    with store.write() as s:
        save_case(s, store, changed, reason="edited in the window")
    dlg = CaseDialog(services, changed)
    qtbot.addWidget(dlg)
    dlg.tabs.setCurrentWidget(dlg.history_page)
    model = dlg.history_page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    rows = _rows(model)
    what = [r[AuditTableModel.WHAT] for r in rows]
    assert what[0] in ("Case changed", "Person changed") and "Case added" in what
    fields = {r[AuditTableModel.WHAT]: r[AuditTableModel.FIELDS] for r in rows}
    assert fields["Case changed"] == "Title" and fields["Person changed"] == "Whereabouts"
    assert all(r[AuditTableModel.WHO] == "Test Caseworker" for r in rows)
    shown = " ".join(str(v) for r in rows for v in r)
    assert "Xinyuan" not in shown and "Qarasu" not in shown and "Dina" not in shown
    assert what.count("Case added") == 1  # not the other case's
    lines = [model._lines[r] for r in range(model.rowCount())]
    standalone = AuditTableModel()  # the dialog's goes with it at teardown, before the tester's
    standalone.set_lines(lines)
    qtmodeltester.check(standalone, force_py=True)


def test_a_new_case_says_its_history_starts_at_the_first_save(qtbot, services):
    dlg = CaseDialog(services)
    qtbot.addWidget(dlg)
    dlg.tabs.setCurrentWidget(dlg.history_page)
    assert dlg.history_page.model.rowCount() == 0 and "first saved" in dlg.history_page.note.text()
