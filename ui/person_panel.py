"""The People view's detail panel: one real person's names, the cases they appear in (with their
role, and "Unlink" for a person linked to others), their photo, and the links suggested for them,
each with its score and reasons, to accept or reject. Nothing is linked without a click."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from models import vocab
from storage import evidence, people, people_suggest
from storage.people import PersonEntry
from ui.errors import user_message
from ui.i18n import vocab_label
from ui.link_reasons import reasons_text, score_text

THUMBNAIL = 128       # pixels, the longer side of a photo in the panel
SUGGESTED_FOR = 5     # persons of a group whose suggestions are looked up
PHOTO_LIMIT = 16 * 1024 * 1024  # a photo larger than this is not decrypted for a thumbnail
MAX_PHOTOS = 4        # thumbnails shown for a person linked across cases (one photo per case's person)


def suggestions_for_entry(session, entry: PersonEntry, limit: int = 10) -> list:
    """The links suggested for any person of this entry, best first, each other person once."""
    best: dict[str, object] = {}
    for a in entry.cases[:SUGGESTED_FOR]:
        for sug in people_suggest.suggestions_for(session, a.person_id, limit):
            kept = best.get(sug.b.person_id)
            if kept is None or sug.score > kept.score:
                best[sug.b.person_id] = sug
    return sorted(best.values(), key=lambda s: (-s.score, s.b.case, s.b.person))[:limit]


def _read_detail(store, entry: PersonEntry):
    """Runs on a worker thread: the suggestions, and the photos decrypted into memory (never a file)."""
    with store.read() as s:
        suggestions = suggestions_for_entry(s, entry)
    photos = []
    for photo_id in entry.photos[:MAX_PHOTOS]:
        try:
            photos.append(evidence.read_bytes(store, photo_id, limit=PHOTO_LIMIT))
        except Exception:  # a photo that cannot be shown is left out; the rest of the panel stands
            continue
    return suggestions, photos


class PersonPanel(QWidget):
    case_activated = Signal(str)      # a case id: open it
    people_changed = Signal(str)      # a person id whose entry changed (linked, unlinked)
    SideRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.entry: PersonEntry | None = None
        self._generation = 0
        self.name = QLabel(self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.other_names = QLabel(self)
        self.other_names.setWordWrap(True)
        self.risk = QLabel(self)
        self.risk.setWordWrap(True)
        self.risk.setStyleSheet("color: #b00020")
        self.photos: list[QLabel] = []
        for _ in range(MAX_PHOTOS):
            label = QLabel(self)
            label.setFixedSize(THUMBNAIL, THUMBNAIL)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFrameShape(QLabel.Shape.StyledPanel)
            self.photos.append(label)
        self.photo = self.photos[0]  # the first, which says "No photo" when there is none

        self.cases = QTreeWidget(self)
        self.cases.setHeaderLabels([self.tr("Case"), self.tr("Role"), self.tr("Key in the case")])
        self.cases.setRootIsDecorated(False)
        self.cases.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cases.setToolTip(self.tr("Double-click a case to open it."))  # or press Enter
        self.unlink_button = QPushButton(self.tr("Unlink"), self)
        self.unlink_button.setToolTip(self.tr("This person of this case is not the same real person as the others"))

        self.suggestions = QTreeWidget(self)
        self.suggestions.setHeaderLabels([self.tr("Score"), self.tr("Person"), self.tr("Why")])
        self.suggestions.setRootIsDecorated(False)
        self.suggestions.setWordWrap(True)
        self.suggestions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestions.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.suggestions.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.accept_button = QPushButton(self.tr("Link: the same person"), self)
        self.reject_button = QPushButton(self.tr("Not the same person"), self)
        self.suggestions_note = QLabel(self)
        self.suggestions_note.setWordWrap(True)

        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.other_names)
        names.addWidget(self.risk)
        names.addStretch(1)
        head.addLayout(names, 1)
        for label in self.photos:
            head.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        case_buttons = QHBoxLayout()
        case_buttons.addStretch(1)
        case_buttons.addWidget(self.unlink_button)
        sug_buttons = QHBoxLayout()
        sug_buttons.addWidget(self.suggestions_note, 1)
        sug_buttons.addWidget(self.accept_button)
        sug_buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(QLabel(self.tr("Appears in"), self))
        layout.addWidget(self.cases, 1)
        layout.addLayout(case_buttons)
        layout.addWidget(QLabel(self.tr("Suggested links to review"), self))
        layout.addWidget(self.suggestions, 1)
        layout.addLayout(sug_buttons)

        self.cases.itemActivated.connect(self._on_cases_itemActivated)
        self.cases.itemSelectionChanged.connect(self._update_buttons)
        self.suggestions.itemSelectionChanged.connect(self._update_buttons)
        self.unlink_button.clicked.connect(self._on_unlink_button_clicked)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.show_entry(None)

    # --- showing a person ----------------------------------------------------------------------

    def show_entry(self, entry: PersonEntry | None) -> None:
        self._generation += 1
        self.entry = entry
        self.cases.clear()
        self.suggestions.clear()
        for label in self.photos:
            label.clear()
            label.setVisible(label is self.photo)
        self.photo.setText(self.tr("No photo"))
        self.setEnabled(entry is not None)
        if entry is None:
            self.name.setText(self.tr("Choose a person in the list."))
            self.other_names.clear()
            self.risk.clear()
            self.suggestions_note.clear()
            self._update_buttons()
            return
        self.name.setText(entry.names[0] if entry.names else "")
        self.other_names.setText(", ".join(entry.names[1:]))
        risky = [a.case for a in entry.cases if a.at_risk]
        self.risk.setText(self.tr("At risk in case {0}: protected in every brief and bundle of every case above.")
                          .format(", ".join(risky)) if risky else "")
        for a in entry.cases:
            item = QTreeWidgetItem([a.case, vocab_label(vocab.PERSON_ROLE, a.role), a.person])
            item.setData(0, self.SideRole, (a.case_id, a.person_id))
            self.cases.addTopLevelItem(item)
        self.suggestions_note.setText(self.tr("Looking for suggested links…"))
        self._update_buttons()
        gen, store = self._generation, self.services.store
        self.services.runner.run(lambda _p: _read_detail(store, entry),
                                 done=lambda result: self._on_detail_read(gen, result),
                                 failed=lambda exc: self._on_detail_failed(gen, exc))

    def _on_detail_read(self, gen: int, result) -> None:
        if gen != self._generation or not shiboken6.isValid(self):  # another person, or the window closed
            return
        suggestions, photos = result
        me = {a.person_id for a in self.entry.cases}
        for sug in suggestions:
            mine, other = (sug.a, sug.b) if sug.a.person_id in me else (sug.b, sug.a)
            # Name and CASE/KEY on two lines: the reasons get the width a narrow panel has left.
            item = QTreeWidgetItem([score_text(sug.score), f"{other.name}\n{other.case}/{other.person}",
                                    reasons_text(sug.reasons)])
            item.setData(0, self.SideRole, (mine.person_id, other.person_id))
            item.setToolTip(2, reasons_text(sug.reasons))
            self.suggestions.addTopLevelItem(item)
        self.suggestions_note.setText(self.tr("No links are suggested for this person.") if not suggestions
                                      else self.tr("Link only when you are sure: briefs then treat them as one."))
        shown = [img for img in (QImage.fromData(data) for data in photos) if not img.isNull()]
        for label, image in zip(self.photos, shown):
            label.setPixmap(QPixmap.fromImage(image).scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                                            Qt.TransformationMode.SmoothTransformation))
            label.show()
        self._update_buttons()

    def _on_detail_failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation and shiboken6.isValid(self):
            self.suggestions_note.setText(user_message(exc))

    def _update_buttons(self) -> None:
        linked = self.entry is not None and len(self.entry.cases) > 1
        self.unlink_button.setEnabled(linked and self.cases.currentItem() is not None
                                      and self.cases.currentItem().isSelected())
        chosen = self.suggestions.currentItem() is not None and self.suggestions.currentItem().isSelected()
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    # --- changing links ------------------------------------------------------------------------

    def _change(self, fn, person_id: str) -> None:
        store = self.services.store
        try:
            with store.write() as s:
                fn(s, store)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("People"), user_message(exc))
            return
        self.people_changed.emit(person_id)

    def _chosen_pair(self) -> tuple[str, str] | None:
        item = self.suggestions.currentItem()
        return item.data(0, self.SideRole) if item is not None else None

    @Slot()
    def _on_accept_button_clicked(self) -> None:
        if (pair := self._chosen_pair()) is not None:
            self._change(lambda s, store: people.link(s, store, *pair), pair[0])

    @Slot()
    def _on_reject_button_clicked(self) -> None:
        if (pair := self._chosen_pair()) is not None:
            self._change(lambda s, store: people.reject(s, store, *pair), pair[0])

    @Slot()
    def _on_unlink_button_clicked(self) -> None:
        item = self.cases.currentItem()
        if item is None or self.entry is None or len(self.entry.cases) < 2:
            return
        _case_id, person_id = item.data(0, self.SideRole)
        others = [a.person_id for a in self.entry.cases if a.person_id != person_id]
        self._change(lambda s, store: people.unlink(s, store, person_id), others[0])

    @Slot(QTreeWidgetItem, int)
    def _on_cases_itemActivated(self, item: QTreeWidgetItem, _column: int) -> None:  # noqa: N802
        self.case_activated.emit(item.data(0, self.SideRole)[0])
