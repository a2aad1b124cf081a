"""A case's audit history as a Qt item model: when, who, what, which fields. Never values."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storage.history import AuditLine
from ui.case_table_model import local_time
from ui.i18n import _tr

# What happened, in words; unknown actions are shown by their code.
_ACTIONS = {
    "added": _tr("added"), "updated": _tr("changed"), "removed": _tr("removed"),
    "exported": _tr("exported (plain file)"), "bundle_sent": _tr("sent in an encrypted bundle"),
    "draft_kept": _tr("unsaved changes kept at a lock"), "pseudonyms_assigned": _tr("pseudonyms assigned"),
    "attached": _tr("attached"), "received": _tr("received"), "viewed": _tr("viewed"),
    "conflict_recorded": _tr("conflict recorded"), "conflict_resolved": _tr("conflict resolved"),
    "consent_overridden": _tr("consent overridden for sharing"),
}
_KINDS = {"case": _tr("Case"), "person": _tr("Person"), "account": _tr("Account"), "event": _tr("Event"),
          "proceeding": _tr("Proceeding"), "source": _tr("Source"), "evidence": _tr("Evidence file"),
          "document": _tr("Case"), "bundle": _tr("Case")}


def describe(line: AuditLine) -> str:
    kind = _KINDS.get(line.kind, line.kind)
    verb = line.action.removeprefix(f"{line.kind}_")
    return f"{kind} {_ACTIONS.get(verb, _ACTIONS.get(line.action, verb.replace('_', ' ')))}"


class AuditTableModel(QAbstractTableModel):
    WHEN, WHO, WHAT, FIELDS = range(4)
    SeqRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, field_label=None, parent=None):
        super().__init__(parent)
        self._lines: list[AuditLine] = []
        self._field_label = field_label or (lambda kind, field: field)
        self._headers = (_tr("When"), _tr("Who"), _tr("What"), _tr("Fields"))

    def set_lines(self, lines: list[AuditLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == self.SeqRole:
            return line.seq
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == self.WHEN:
            return local_time(line.at)
        if col == self.WHO:
            return line.actor
        if col == self.WHAT:
            return describe(line)
        if col == self.FIELDS:
            return ", ".join(self._field_label(line.kind, f) for f in line.fields)
        return None
