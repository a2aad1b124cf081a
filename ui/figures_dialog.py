"""Figures for reports: counts of cases, persons and events by violation, facility, prefecture, year
or status, as a table and a bar chart, and exported as CSV (storage.figures: no personal data)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QVBoxLayout)

from storage.figures import NOT_RECORDED, figures, write_csv
from ui.bar_chart import BarChart
from ui.errors import user_message
from ui.figures_table_model import FiguresTableModel, by_names, key_text
from ui.file_dialogs import save_file
from ui.sorted_table import sorted_table


class FiguresDialog(QDialog):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Figures for reports"))
        self.by = QComboBox(self)
        for code, name in by_names().items():
            self.by.addItem(name, code)
        self.model = FiguresTableModel(self)
        self.measure = QComboBox(self)
        for column in (FiguresTableModel.CASES, FiguresTableModel.PERSONS, FiguresTableModel.EVENTS):
            self.measure.addItem(self.model.headerData(column, Qt.Orientation.Horizontal), column)
        self.proxy, self.view = sorted_table(self.model, FiguresTableModel.SortRole, self)
        self.view.horizontalHeader().setSectionResizeMode(FiguresTableModel.KEY, QHeaderView.ResizeMode.Stretch)
        self.chart = BarChart(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setToolTip(self.tr("The table as a CSV file: counts, violations, places and years; "
                                              "no names and nothing else about a person"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Count by"), self))
        choose.addWidget(self.by)
        choose.addSpacing(16)
        choose.addWidget(QLabel(self.tr("Chart of"), self))
        choose.addWidget(self.measure)
        choose.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(900, 480)

        self.by.currentIndexChanged.connect(self._on_by_currentIndexChanged)
        self.measure.currentIndexChanged.connect(self._on_measure_currentIndexChanged)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        buttons.rejected.connect(self.close)
        self.loading = False
        self.reload()

    def reload(self) -> None:
        """Count again (on a worker thread, every case is read)."""
        store, by = self.services.store, self.by.currentData()
        self.loading = True
        self.export_button.setEnabled(False)

        def count(_progress):
            with store.read() as s:
                return figures(s, by)

        def fill(rows):
            self.loading = False
            self.model.set_rows(rows, by)
            self.proxy.sort(-1)   # storage's order: most cases first, "not recorded" last
            self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self._draw()
            self.status.setText(self.tr("%n row(s).", "", len(rows)) if rows else self.tr("Nothing to count yet."))
            self.export_button.setEnabled(bool(rows))

        def failed(exc):
            self.loading = False
            self.status.setText(user_message(exc))
        self.services.runner.run(count, done=fill, failed=failed)

    def _draw(self) -> None:
        column, by = self.measure.currentData(), self.model.by
        rows = sorted(self.model.rows(), key=lambda r: (r.key == NOT_RECORDED, -self.model.count(r, column)))
        self.chart.set_bars([(key_text(by, r.key), self.model.count(r, column)) for r in rows],
                            self.measure.currentText())

    @Slot(int)
    def _on_by_currentIndexChanged(self, _index: int) -> None:  # noqa: N802
        self.reload()

    @Slot(int)
    def _on_measure_currentIndexChanged(self, _index: int) -> None:  # noqa: N802
        self._draw()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        by = self.model.by
        path = save_file(self, self.tr("Export CSV"), f"casefile-figures-{by}.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            write_csv(self.model.rows(), by, Path(path))
        except Exception as exc:
            self.status.setText(user_message(exc))
            return
        self.status.setText(self.tr("Wrote the figures to {0}: counts only, no personal data.").format(path))
