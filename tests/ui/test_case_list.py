"""The case list: a Qt model that passes the model tester, pages through a large store, sorts,
filters, and finds a name typed in another script."""
from PySide6.QtCore import Qt

from storage.cases import CaseQuery
from ui.case_list_page import CaseListPage
from ui.case_table_model import CaseTableModel


def test_model_passes_the_qt_model_tester(qapp, qtmodeltester, store, saved):
    for i in range(3):
        saved(reference=f"ALM-2018-0{i}")
    model = CaseTableModel(store)
    model.set_query(CaseQuery())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3


def test_rows_are_fetched_a_page_at_a_time(store, saved, monkeypatch):
    monkeypatch.setattr(CaseTableModel, "PAGE", 4)
    for i in range(10):
        saved(reference=f"ALM-2019-{i:03d}")
    model = CaseTableModel(store)
    model.set_query(CaseQuery(sort="reference", descending=False))
    assert (model.rowCount(), model.total) == (4, 10)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 10
    assert [model.summary(r).reference for r in range(10)] == [f"ALM-2019-{i:03d}" for i in range(10)]


def test_columns_show_what_a_caseworker_reads(store, saved):
    case = saved()
    model = CaseTableModel(store)
    model.set_query(CaseQuery())
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[:5] == ["ALM-2018-017", "Detention in Xinyuan county camp", "Dina Nurdaulet", "Open", "1 March 2099"]
    assert model.data(model.index(0, 0), CaseTableModel.IdRole) == case.id
    assert model.data(model.index(0, 0), CaseTableModel.AtRiskRole) is True
    assert "at risk" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_a_column(store, saved):
    for ref, name in (("B-1", "Zhanar"), ("A-1", "Aigul"), ("C-1", "Murat")):
        saved(reference=ref, applicant=name)
    model = CaseTableModel(store)
    model.set_query(CaseQuery())
    model.sort(CaseTableModel.APPLICANT, Qt.SortOrder.AscendingOrder)
    assert [model.summary(r).applicant for r in range(3)] == ["Aigul", "Murat", "Zhanar"]
    model.sort(CaseTableModel.REFERENCE, Qt.SortOrder.DescendingOrder)
    assert [model.summary(r).reference for r in range(3)] == ["C-1", "B-1", "A-1"]


def test_an_edited_row_changes_in_place(qtbot, store, saved):
    saved(reference="A-1")
    case = saved(reference="B-1")
    model = CaseTableModel(store)
    model.set_query(CaseQuery(sort="reference", descending=False))
    from storage.cases import save_case
    with store.write() as s:
        save_case(s, store, case.model_copy(update={"title": "Changed title"}), reason="test")
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as signal:
        model.refresh_case(case.id)
    assert signal.args[0].row() == 1
    assert model.data(model.index(1, CaseTableModel.TITLE)) == "Changed title"


def test_search_finds_a_cyrillic_name_typed_in_latin(qtbot, store, saved):
    saved(reference="A-1", relative="Гүлнар Нұрдәулет")
    saved(reference="B-1", applicant="Serik Amanov", relative="Айгүл Серікова")
    page = CaseListPage(store)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "Gulnar")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.summary(0).reference == "A-1"
    assert page.count.text() == "1 case matches"


def test_filters_narrow_the_list(qtbot, store, saved, make_case):
    saved(reference="A-1")
    saved(reference="B-1", status="closed", persons=[], accounts=[], events=[], proceedings=[], tags=["extradition"])
    page = CaseListPage(store)
    qtbot.addWidget(page)
    page.at_risk.setChecked(True)
    assert [page.model.summary(r).reference for r in range(page.model.rowCount())] == ["A-1"]
    page.at_risk.setChecked(False)
    page.tag.setCurrentIndex(page.tag.findData("extradition"))
    page.tag.activated.emit(page.tag.currentIndex())
    assert [page.model.summary(r).reference for r in range(page.model.rowCount())] == ["B-1"]
    page.tag.setCurrentIndex(0)
    page.violation.setCurrentIndex(page.violation.findData("sexual_violence"))
    page.violation.activated.emit(page.violation.currentIndex())
    assert [page.model.summary(r).reference for r in range(page.model.rowCount())] == ["A-1"]
    assert page.violation.currentText() == "Sexual violence"


def test_sorting_by_next_hearing_puts_cases_without_one_last(store, saved):
    saved(reference="A-1", proceedings=[])
    saved(reference="B-1", proceedings=[{"kind": "asylum_appeal", "hearings": [{"date": "2099-05-02"}]}])
    saved(reference="C-1")  # hearing on 1 March 2099
    model = CaseTableModel(store)
    model.set_query(CaseQuery())
    for order, expected in ((Qt.SortOrder.AscendingOrder, ["C-1", "B-1", "A-1"]),
                            (Qt.SortOrder.DescendingOrder, ["B-1", "C-1", "A-1"])):
        model.sort(CaseTableModel.NEXT_HEARING, order)
        assert [model.summary(r).reference for r in range(3)] == expected


# --- in the window, every query runs on a worker thread -------------------------------------------

def test_queries_run_off_the_gui_thread_and_the_first_rows_come_before_the_count(qtbot, store, saved, monkeypatch):
    import threading

    import ui.case_table_model as ctm
    from ui.tasks import TaskRunner

    for i in range(5):
        saved(reference=f"ALM-2020-{i:03d}")
    threads, counting = [], threading.Event()
    real_list, real_count = ctm.list_cases, ctm.count_cases
    monkeypatch.setattr(ctm, "list_cases", lambda *a: threads.append(threading.current_thread()) or real_list(*a))
    monkeypatch.setattr(ctm, "count_cases", lambda *a: counting.wait(5) and real_count(*a))
    runner = TaskRunner()
    model = CaseTableModel(store, runner)
    with qtbot.waitSignal(model.rows_loaded, timeout=5000):
        model.set_query(CaseQuery(sort="reference", descending=False))
        assert model.rowCount() == 0  # set_query returned before any row was read
    assert model.rowCount() == 5 and model.total is None  # the count is still being made
    with qtbot.waitSignal(model.total_changed, timeout=5000) as counted:
        counting.set()
    assert counted.args == [5]
    assert threads and threading.main_thread() not in threads
    shown = [model.summary(r).reference for r in range(5)]
    assert shown == [f"ALM-2020-{i:03d}" for i in range(5)]
    runner.wait()


def test_a_query_typed_over_drops_the_results_of_the_one_before(qtbot, store, saved):
    from ui.tasks import TaskRunner

    saved(reference="A-1", relative="Гүлнар Нұрдәулет")
    saved(reference="B-1", applicant="Serik Amanov", relative="Айгүл Серікова")
    runner = TaskRunner()
    model = CaseTableModel(store, runner)
    model.set_query(CaseQuery(text="Serik", sort="relevance"))
    model.set_query(CaseQuery(text="Gulnar", sort="relevance"))
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert [model.summary(r).reference for r in range(model.rowCount())] == ["A-1"] and model.total == 1


def test_the_threaded_model_passes_the_model_tester_while_paging(qapp, qtbot, qtmodeltester, store, saved, monkeypatch):
    from ui.tasks import TaskRunner

    monkeypatch.setattr(CaseTableModel, "PAGE", 3)
    for i in range(7):
        saved(reference=f"ALM-2021-{i:03d}")
    runner = TaskRunner()
    model = CaseTableModel(store, runner)
    with qtbot.waitSignal(model.rows_loaded, timeout=5000):
        model.set_query(CaseQuery())
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore() or runner.busy():
        model.fetchMore()
        qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    assert model.rowCount() == 7
    qtmodeltester.check(model, force_py=True)


def test_search_as_you_type_in_the_window_keeps_the_page_responsive(qtbot, store, saved):
    from tests.ui.conftest import settle
    from ui.tasks import TaskRunner

    saved(reference="A-1", relative="Гүлнар Нұрдәулет")
    saved(reference="B-1", applicant="Serik Amanov", relative="Айгүл Серікова")
    page = CaseListPage(store, TaskRunner())
    qtbot.addWidget(page)
    settle(qtbot, page)
    assert page.count.text() == "2 cases"
    assert page.violation.count() > 10  # every violation of the vocabulary, not only those in use
    qtbot.keyClicks(page.search, "Gulnar")
    qtbot.waitUntil(lambda: page.model.query.text == "Gulnar", timeout=5000)  # typing has paused
    settle(qtbot, page)
    assert page.count.text() == "1 case matches"
    assert [page.model.summary(r).reference for r in range(page.model.rowCount())] == ["A-1"]


def test_a_failed_read_is_told_under_the_list_and_a_stale_one_is_not(qtbot, store, saved, monkeypatch):
    import ui.case_table_model as ctm

    saved()
    model = CaseTableModel(store)
    told = []
    model.load_failed.connect(told.append)
    monkeypatch.setattr(ctm, "list_cases", lambda *a: (_ for _ in ()).throw(RuntimeError("Гүлнар")))
    model.set_query(CaseQuery())
    assert told and "RuntimeError" in told[0] and "Гүлнар" not in told[0]
    model._on_failed(model._generation - 1, RuntimeError("old"))  # a query typed over since
    assert len(told) == 1


def test_a_search_too_wide_to_rank_says_how_it_is_sorted(qtbot, store, saved, monkeypatch):
    from storage import cases

    saved(reference="A-1", relative="Гүлнар Нұрдәулет")
    saved(reference="B-1", applicant="Serik Amanov", relative="Айгүл Серікова")
    monkeypatch.setattr(cases, "RANK_AT_MOST", 1)
    page = CaseListPage(store)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search, "Gulnar")  # one case: ranked, nothing to say
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.count.text() == "1 case matches"
    page.search.clear()
    qtbot.keyClicks(page.search, "Xinyuan")  # in both summaries: too many
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    assert page.count.text().startswith("2 cases match (too many to rank")
