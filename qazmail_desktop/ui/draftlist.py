"""File ▸ Drafts…: the letters being written (kept on disk as they are typed), to open again or delete."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .drafts import DraftData, DraftStore
from .formatting import list_table
from .signature_panel import plain_label


class DraftListDialog(QDialog):
    open_draft = Signal(object)  # DraftData

    def __init__(self, drafts: DraftStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = drafts
        self.setWindowTitle(self.tr("Drafts"))
        layout = QVBoxLayout(self)
        self.empty = plain_label(self.tr("No letter is being written."))
        layout.addWidget(self.empty)
        self.table = list_table([self.tr("Subject"), self.tr("To"), self.tr("Account")], self.tr("Drafts"))
        self.table.doubleClicked.connect(lambda _index: self._open())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self._open)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.open_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(640, 300)
        self.drafts: list[DraftData] = []
        self.reload()

    def reload(self) -> None:
        self.drafts = self.store.load_all()
        self.table.setRowCount(len(self.drafts))
        for r, draft in enumerate(self.drafts):
            for c, value in enumerate((draft.subject or self.tr("(no subject)"), draft.to, draft.account)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if self.drafts:
            self.table.selectRow(0)
        self.empty.setVisible(not self.drafts)
        self.table.setVisible(bool(self.drafts))
        self.open_button.setEnabled(bool(self.drafts))
        self.delete_button.setEnabled(bool(self.drafts))

    def _chosen(self) -> DraftData | None:
        row = self.table.currentRow()
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
