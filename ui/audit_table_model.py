"""A case's audit history as a Qt item model: when, who, what, which fields. Never values."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from storage.history import AuditLine
from ui.case_table_model import local_time
from ui.headed_table_model import HeadedTableModel
from ui.i18n import _tr


# What happened, in words (marked for lupdate, translated when shown); unknown actions by their code.
_ACTIONS = {
    "added": QT_TRANSLATE_NOOP("", "added"),
    "updated": QT_TRANSLATE_NOOP("", "changed"),
    "removed": QT_TRANSLATE_NOOP("", "removed"),
    "exported": QT_TRANSLATE_NOOP("", "exported (plain file)"),
    "bundle_sent": QT_TRANSLATE_NOOP("", "sent in an encrypted bundle"),
    "draft_kept": QT_TRANSLATE_NOOP("", "unsaved changes kept at a lock"),
    "pseudonyms_assigned": QT_TRANSLATE_NOOP("", "pseudonyms assigned"),
    "attached": QT_TRANSLATE_NOOP("", "attached"),
    "received": QT_TRANSLATE_NOOP("", "received"),
    "viewed": QT_TRANSLATE_NOOP("", "viewed"),
    "conflict_recorded": QT_TRANSLATE_NOOP("", "conflict recorded"),
    "conflict_resolved": QT_TRANSLATE_NOOP("", "conflict resolved"),
    "consent_overridden": QT_TRANSLATE_NOOP("", "consent overridden for sharing"),
}
_KINDS = {
    "case": QT_TRANSLATE_NOOP("", "Case"),
    "person": QT_TRANSLATE_NOOP("", "Person"),
    "account": QT_TRANSLATE_NOOP("", "Account"),
    "event": QT_TRANSLATE_NOOP("", "Event"),
    "proceeding": QT_TRANSLATE_NOOP("", "Proceeding"),
    "source": QT_TRANSLATE_NOOP("", "Source"),
    "evidence": QT_TRANSLATE_NOOP("", "Evidence file"),
    "document": QT_TRANSLATE_NOOP("", "Case"),
    "bundle": QT_TRANSLATE_NOOP("", "Case"),
}


def describe(line: AuditLine) -> str:
    kind = _tr(_KINDS[line.kind]) if line.kind in _KINDS else line.kind
    verb = line.action.removeprefix(f"{line.kind}_")
    what = _ACTIONS.get(verb) or _ACTIONS.get(line.action)
    return f"{kind} {_tr(what) if what else verb.replace('_', ' ')}"


class AuditTableModel(HeadedTableModel):
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
