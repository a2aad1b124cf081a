"""A read-only table of whole rows over a sorting proxy: what the agenda and the figures windows show."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def sorted_table(model: QAbstractItemModel, sort_role: int, parent: QWidget) -> tuple[QSortFilterProxyModel, QTableView]:
    """The proxy (sorting by the values of ``sort_role``; a click on a column's title sorts) and its view."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(sort_role)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return proxy, view
