"""Qt item models of evidence files: a case's files (``EvidenceTableModel``) and one file's chain
of custody (``CustodyTableModel``).

Both are read-only. ``set_files`` / ``set_entries`` start a new result set (a reset).
``InfoRole`` gives a row's ``EvidenceRecord``; a removed file's row has ``RemovedRole`` set to when
it was removed, and shows only what the store still knows of it (number, size, SHA-256).
"""
from __future__ import annotations

import json

from PySide6.QtCore import QMimeDatabase, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from models import vocab
from models.evidence import EvidenceRecord
from ui.case_table_model import local_time
from ui.editor.pages import account_label, event_label, person_name
from ui.headed_table_model import HeadedTableModel
from ui.i18n import _tr, date_text, number_text, size_text, vocab_label

SHORT_HASH = 12  # hex digits shown in lists; the whole hash on hover, in the history and when copied


def short_hash(sha256: str) -> str:
    return sha256[:SHORT_HASH] + "…" if len(sha256) > SHORT_HASH else sha256


def type_label(media_type: str) -> str:
    """'PDF document', 'PNG image', 'WAV audio' rather than the raw media type."""
    mime = QMimeDatabase().mimeTypeForName(media_type)
    return mime.comment() if mime.isValid() and mime.comment() else media_type


def _mono():
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def _dim() -> QBrush:
    return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class EvidenceTableModel(HeadedTableModel):
    NUMBER, DESCRIPTION, NAME, ABOUT, TYPE, SIZE, SHA256, SOURCE, ADDED = range(9)
    InfoRole = Qt.ItemDataRole.UserRole + 1
    RemovedRole = Qt.ItemDataRole.UserRole + 2   # when the file was removed, or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[EvidenceRecord, str | None]] = []
        self._about: dict[str, str] = {}
        self._headers = (_tr("No."), _tr("Description"), _tr("Original file"), _tr("About"), _tr("Type"),
                         _tr("Size"), _tr("SHA-256"), _tr("Received from"), _tr("Added"))

    def set_files(self, files: list[EvidenceRecord], about: dict[str, str] | None = None,
                  removed: list[tuple[EvidenceRecord, str]] = ()) -> None:
        """A new list: the files, the labels of the records they are about (record id -> label),
        and the removed files (with when), which follow in number order."""
        self.beginResetModel()
        rows = [(f, None) for f in files] + list(removed)
        self._rows = sorted(rows, key=lambda r: r[0].number)
        self._about = dict(about or {})
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def info(self, row: int) -> EvidenceRecord:
        return self._rows[row][0]

    def removed_at(self, row: int) -> str | None:
        return self._rows[row][1]

    def row_of(self, evidence_id: str) -> int:
        return next((i for i, (f, _r) in enumerate(self._rows) if f.id == evidence_id), -1)

    def about(self, f: EvidenceRecord) -> str:
        if f.record_id is None:
            return _tr("The case")
        return self._about.get(f.record_id) or _tr("(a record no longer in the case)")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or index.parent().isValid():
            return None
        f, removed = self._rows[index.row()]
        col = index.column()
        if role == self.InfoRole:
            return f
        if role == self.RemovedRole:
            return removed
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(f, removed, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(f, removed, col)
        if role == Qt.ItemDataRole.FontRole and col == self.SHA256:
            return _mono()
        if role == Qt.ItemDataRole.ForegroundRole and removed:
            return _dim()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.NUMBER, self.SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, f: EvidenceRecord, removed: str | None, col: int):
        if removed and col in (self.DESCRIPTION, self.NAME, self.SOURCE, self.ABOUT, self.TYPE):
            return _tr("(removed {0})").format(local_time(removed)) if col == self.DESCRIPTION else ""
        return (str(f.number), f.description, f.filename, self.about(f), type_label(f.media_type),
                size_text(f.size), short_hash(f.sha256), f.source, local_time(f.added_at)[:10] if f.added_at else "")[col]

    def _tooltip(self, f: EvidenceRecord, removed: str | None, col: int):
        if col == self.SHA256:
            return f.sha256
        if removed:
            return _tr("Removed {0}: its content is gone for good; its custody history is kept.").format(
                local_time(removed))
        if col == self.TYPE:
            return f.media_type
        if col == self.SIZE:
            # %Ln groups the digits as the window's language does; tr's count is a C int, so huge files keep "{0}"
            if f.size < 2**31:
                return _tr("%Ln byte(s)", "", f.size)
            return _tr("{0} bytes").format(number_text(f.size))
        if col == self.SOURCE and f.received_on:
            return _tr("Received on {0}").format(date_text(f.received_on))
        if col == self.ADDED and f.added_at:
            return _tr("Added {0} by {1}").format(local_time(f.added_at), f.added_by or "?")
        if col in (self.DESCRIPTION, self.NAME, self.ABOUT):
            return self._display(f, removed, col) or None
        return None


def record_choices(case) -> list[tuple[str | None, str]]:
    """What a file can be about: the case itself, or one of its persons, accounts or events, by label."""
    data = case.model_dump(mode="json")
    choices: list[tuple[str | None, str]] = [(None, _tr("The case as a whole"))]
    for p in data.get("persons", []):
        choices.append((p["id"], _tr("Person: {0}").format(
            f"{person_name(p)} ({vocab_label(vocab.PERSON_ROLE, p['role'])})")))
    label = account_label(data)
    choices += [(a["id"], label(a)) for a in data.get("accounts", [])]
    choices += [(e["id"], _tr("Event: {0}").format(event_label(e))) for e in data.get("events", [])]
    return choices


# --- the chain of custody -----------------------------------------------------------------------

def action_label(action: str) -> str:
    labels = {
        "evidence_attached": _tr("Attached"),
        "evidence_received": _tr("Received from a colleague"),
        "evidence_viewed": _tr("Viewed"),
        "evidence_exported": _tr("Exported a copy"),
        "evidence_opened_externally": _tr("Opened with another program"),
        "evidence_included_in_brief": _tr("Included in a brief"),
        "evidence_included_in_bundle": _tr("Included in a bundle"),
        "evidence_sent": _tr("Sent"),
        "evidence_removed": _tr("Removed"),
    }
    return labels.get(action, action.removeprefix("evidence_").replace("_", " "))


# Details every entry repeats (they identify the file, which the dialog names once).
_SAME_EVERY_TIME = {"case", "number", "sha256"}


def detail_text(detail_json: str) -> str:
    try:
        detail = json.loads(detail_json or "{}")
    except ValueError:
        return ""
    names = {"reason": _tr("reason"), "profile": _tr("profile"), "kind": _tr("kind of brief"), "size": _tr("size"),
             "recipient": _tr("recipient")}
    terms = {"hearing_bundle": _tr("hearing bundle"), "witness_statement": _tr("witness statement"),
             "public_summary": _tr("public summary"), "internal": _tr("internal"), "court": _tr("court"),
             "public": _tr("public")}
    parts = []
    for key, value in sorted(detail.items()):
        if key in _SAME_EVERY_TIME:
            continue
        if key == "size" and isinstance(value, int):
            value = size_text(value)
        elif key in ("kind", "profile"):
            value = terms.get(value, str(value).replace("_", " "))
        parts.append(f"{names.get(key, key.replace('_', ' '))}: {value}")
    return "; ".join(parts)


class CustodyTableModel(HeadedTableModel):
    WHEN, WHAT, WHO, DETAILS = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list = []
        self._headers = (_tr("When"), _tr("What"), _tr("Who"), _tr("Details"))

    def set_entries(self, entries: list) -> None:
        """Audit entries about one file, oldest first (``storage.evidence.custody_history``)."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def action(self, row: int) -> str:
        return self._entries[row].action

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._entries)) or index.parent().isValid():
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (local_time(e.at), action_label(e.action), e.actor, detail_text(e.detail))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.WHEN:
                return _tr("{0} (UTC), audit entry {1}").format(e.at, e.seq)
            if index.column() == self.DETAILS:
                return detail_text(e.detail) or None
        return None
