"""The case list: search as you type, filters, a sortable table of cases."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QTableView, QVBoxLayout, QWidget)

from models import vocab
from storage import cases as case_store
from storage.cases import CaseQuery, facet_values
from ui.case_table_model import CaseTableModel
from ui.i18n import vocab_label
from ui.tasks import InlineRunner

SEARCH_DELAY_MS = 250  # search after a pause in typing, not at every key


class CaseListPage(QWidget):
    case_activated = Signal(str)        # a case id: open it
    selection_changed = Signal(list)    # the ids of the selected cases

    def __init__(self, store, runner=None, parent=None):
        super().__init__(parent)
        self._store = store
        self._runner = runner or InlineRunner()
        self._select_when_loaded: str | None = None
        self.model = CaseTableModel(store, self._runner, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search every field, in any script: names, places, narratives…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.tag = QComboBox(self)
        self.violation = QComboBox(self)
        self.facility = QComboBox(self)
        self.at_risk = QCheckBox(self.tr("Only cases with people at risk"), self)
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CaseTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((CaseTableModel.REFERENCE, 140), (CaseTableModel.APPLICANT, 180),
                           (CaseTableModel.STATUS, 80), (CaseTableModel.NEXT_HEARING, 130),
                           (CaseTableModel.UPDATED, 130)):
            self.table.setColumnWidth(col, width)

        filters = QHBoxLayout()
        for label, combo in ((self.tr("Status"), self.status), (self.tr("Tag"), self.tag),
                             (self.tr("Violation"), self.violation), (self.tr("Facility"), self.facility)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo, 1)
        filters.addWidget(self.at_risk)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._on_search_textChanged)
        for combo in (self.status, self.tag, self.violation, self.facility):
            combo.activated.connect(self.apply_filters)
        self.at_risk.toggled.connect(self.apply_filters)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.query_started.connect(self._on_model_query_started)
        self.model.rows_loaded.connect(self._on_model_rows_loaded)
        self.model.load_failed.connect(self.count.setText)
        self.model.modelReset.connect(self._on_table_selectionChanged)  # a reset clears the selection silently

        self.refresh_filters()
        # Enabling sorting sorts by the indicator once: that is the first query (latest changes first).
        self.table.horizontalHeader().setSortIndicator(CaseTableModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)

    # --- filters ---------------------------------------------------------------------------------

    def refresh_filters(self) -> None:
        """Fill the filter lists; keep what was chosen. Statuses and violations come from the
        vocabulary; the tags and facilities the store holds are read on a worker thread."""
        self._fill(self.status, [(c, vocab_label(vocab.CASE_STATUS, c)) for c in vocab.terms(vocab.CASE_STATUS)])
        self._fill(self.violation, [(v, vocab_label(vocab.VIOLATION, v)) for v in vocab.terms(vocab.VIOLATION)])
        store = self._store

        def read(_progress):
            with store.read() as s:
                return [facet_values(s, k) for k in ("tag", "facility")]

        def fill(values):
            tags, facilities = values
            self._fill(self.tag, [(t, t) for t in tags])
            self._fill(self.facility, [(f, f) for f in facilities])
        self._runner.run(read, done=fill)

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any"), None)
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def current_query(self) -> CaseQuery:
        text = self.search.text().strip()
        base = self.model.query
        sort, descending = base.sort, base.descending
        if text and not base.text:
            sort = "relevance"  # a new search shows best matches first, until a column is clicked
        elif not text and base.sort == "relevance":
            sort, descending = "updated_at", True
        return CaseQuery(text=text, status=self.status.currentData(), tag=self.tag.currentData(),
                         violation=self.violation.currentData(), facility=self.facility.currentData(),
                         at_risk_only=self.at_risk.isChecked(), sort=sort, descending=descending)

    @Slot()
    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.current_query()
        if query.sort == "relevance":
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_query(query)

    def reload(self) -> None:
        """After cases changed: new filter values, same query."""
        self.refresh_filters()
        self.model.set_query(self.current_query())

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.summary(r).id for r in rows]

    def select_case(self, case_id: str) -> None:
        """Select a case's row, now or, while a query is on its way, when its rows arrive."""
        if self.model.loading:
            self._select_when_loaded = case_id
            return
        row = self.model.row_of(case_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # --- slots -----------------------------------------------------------------------------------

    @Slot(str)
    def _on_search_textChanged(self, _text: str) -> None:  # noqa: N802
        self._search_timer.start()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.case_activated.emit(self.model.data(index, CaseTableModel.IdRole))

    @Slot()
    def _on_table_selectionChanged(self) -> None:  # noqa: N802
        self.selection_changed.emit(self.selected_ids())

    @Slot()
    def _on_model_query_started(self) -> None:
        self.count.setText(self.tr("Counting…"))

    @Slot()
    def _on_model_rows_loaded(self) -> None:
        case_id, self._select_when_loaded = self._select_when_loaded, None
        if case_id is not None:
            self.select_case(case_id)

    @Slot(int)
    def _on_model_total_changed(self, total: int) -> None:
        if self.model.query.text or self.status.currentData() or self.tag.currentData() \
                or self.violation.currentData() or self.facility.currentData() or self.at_risk.isChecked():
            self.count.setText(self.tr("%n case(s) match", "", total))
            if self.model.query.sort == "relevance" and total > case_store.RANK_AT_MOST:
                self.count.setText(self.count.text() + " " + self.tr(
                    "(too many to rank: the most recently changed first; add a word to narrow the search)"))
        else:
            self.count.setText(self.tr("%n case(s)", "", total))
