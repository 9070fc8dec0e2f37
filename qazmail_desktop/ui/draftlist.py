"""File ▸ Drafts…: the letters being written (kept on disk as they are typed), to open again or delete."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .drafts import DraftData, DraftStore
from .listdialog import ListDialog


class DraftListDialog(ListDialog):
    open_draft = Signal(object)  # DraftData

    def __init__(self, drafts: DraftStore, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Drafts"),
            self.tr("No letter is being written."),
            [self.tr("Subject"), self.tr("To"), self.tr("Account")],
            self.tr("Drafts"),
            (self.tr("&Open"), self.tr("&Delete")),
            parent,
        )
        self.store = drafts
        self.open_button, self.delete_button = self.first_button, self.second_button
        self.open_button.clicked.connect(self._open)
        self.delete_button.clicked.connect(self._delete)
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.resize(640, 300)
        self.drafts: list[DraftData] = []
        self.reload()

    def reload(self) -> None:
        self.drafts = self.store.load_all()
        self.show_rows([[d.subject or self.tr("(no subject)"), d.to, d.account] for d in self.drafts])

    def _chosen(self) -> DraftData | None:
        row = self.chosen_row()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _open(self) -> None:
        draft = self._chosen()
        if draft is not None:
            self.open_draft.emit(draft)
            self.accept()

    def _delete(self) -> None:
        draft = self._chosen()
        if draft is not None:
            self.store.remove(draft.id)
            self.reload()
