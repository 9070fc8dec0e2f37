"""A window of rows to act on (the outbox, the drafts): a table, two actions, Close, and a line
that says so when there is nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .formatting import button_row, list_table
from .signature_panel import plain_label


class ListDialog(QDialog):
    def __init__(
        self,
        title: str,
        empty_text: str,
        headers: list[str],
        table_name: str,
        actions: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.empty = plain_label(empty_text)
        layout.addWidget(self.empty)
        self.table = list_table(headers, table_name)
        layout.addWidget(self.table)
        self.buttons = [QPushButton(text) for text in actions]
        self.first_button, self.second_button = self.buttons[0], self.buttons[1]
        layout.addLayout(button_row(self, *self.buttons))

    def show_rows(self, rows: list[list[str]]) -> None:
        """The rows (the first one chosen when nothing is); the empty line and the buttons follow."""
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        for button in self.buttons:
            button.setEnabled(bool(rows))

    def chosen_row(self) -> int:
        """The chosen row's number, or -1."""
        return self.table.currentRow()
