"""The outbox window: letters not sent yet, why the last attempt failed, and Retry / Drop."""

from __future__ import annotations

from collections.abc import Callable

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

from ..operations import outbox
from ..store.cache import Cache
from .formatting import list_table, warn
from .signature_panel import plain_label


class OutboxDialog(QDialog):
    retried = Signal()  # a letter went back in line: the window syncs to send it

    def __init__(self, cache: Cache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.setWindowTitle(self.tr("Outbox"))
        layout = QVBoxLayout(self)
        self.empty = plain_label(self.tr("The outbox is empty: every letter was sent."))
        layout.addWidget(self.empty)
        self.table = list_table(
            [self.tr("Account"), self.tr("To"), self.tr("Subject"), self.tr("State"), self.tr("Last attempt")],
            self.tr("Letters not sent yet"),
        )
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Send &again"))
        self.retry_button.clicked.connect(self.retry)
        self.drop_button = QPushButton(self.tr("&Drop"))
        self.drop_button.clicked.connect(self.drop)
        row.addWidget(self.retry_button)
        row.addWidget(self.drop_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(820, 300)
        self.letters: list[outbox.OutboxLetter] = []
        self.reload()

    def reload(self) -> None:
        self.letters = outbox.outbox(self.cache)
        states = {
            "pending": self.tr("waits for the next sync"),
            "running": self.tr("being sent"),
            "failed": self.tr("failed"),
        }
        self.table.setRowCount(len(self.letters))
        for r, letter in enumerate(self.letters):
            values = [
                letter.account,
                ", ".join(letter.recipients),
                letter.subject,
                states.get(letter.state, letter.state),
                letter.last_error,
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if self.letters and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.empty.setVisible(not self.letters)
        self.table.setVisible(bool(self.letters))
        self.retry_button.setEnabled(bool(self.letters))
        self.drop_button.setEnabled(bool(self.letters))

    def _chosen(self) -> outbox.OutboxLetter | None:
        row = self.table.currentRow()
        return self.letters[row] if 0 <= row < len(self.letters) else None

    def retry(self) -> None:
        if self._act(outbox.retry):
            self.retried.emit()

    def drop(self) -> None:
        self._act(outbox.drop)

    def _act(self, action: Callable[[Cache, int], outbox.OutboxLetter]) -> bool:
        """``action`` on the chosen letter; whether there was one."""
        letter = self._chosen()
        if letter is None:
            return False
        try:
            action(self.cache, letter.id)
        except outbox.NotInOutbox as exc:
            warn(self, self.tr("Outbox"), str(exc))
        self.reload()
        return True
