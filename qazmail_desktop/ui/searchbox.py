"""The search box's operators (store/searchquery.py): completed as they are typed ("st" offers
status:revoked, status:valid …, "fr" offers from:), so they need not be learnt first — only the
word at the cursor is completed, the rest of the query stays as typed; and, once searched, shown
as chips under the toolbar, each of which takes its operator out of the query again."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from ..store.searchquery import HAS, OPERATORS, STATUSES, operator_spans

SUGGESTIONS = [
    *(f"{name}:" for name in OPERATORS if name not in ("has", "status")),
    *(f"has:{what}" for what in HAS),
    *(f"status:{status}" for status in STATUSES),
    "after:yesterday",
    "on:today",
]


class OperatorCompletion(QObject):
    """Completes the word at the cursor of ``edit`` with an operator, in a popup under it."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.completer = QCompleter(QStringListModel(SUGGESTIONS, self), self)
        self.completer.setWidget(edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self._insert)
        edit.textEdited.connect(self._suggest)

    def _word(self) -> tuple[int, str]:
        """Where the word before the cursor starts, and the word."""
        before = self.edit.text()[: self.edit.cursorPosition()]
        start = len(before) - len(before.split(" ")[-1])
        return start, before[start:]

    def _suggest(self, _text: str) -> None:
        _start, word = self._word()
        popup = self.completer.popup()
        assert popup is not None  # a completer always has its popup
        if not word or '"' in word:
            popup.hide()
            return
        self.completer.setCompletionPrefix(word)
        complete = self.completer.completionCount() == 1 and self.completer.currentCompletion() == word
        if self.completer.completionCount() and not complete:
            self.completer.complete()
        else:
            popup.hide()

    def _insert(self, choice: str) -> None:
        start, _word = self._word()
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        self.edit.setText(text[:start] + choice + text[cursor:])
        self.edit.setCursorPosition(start + len(choice))


class OperatorChips(QWidget):
    """The operators of the query searched, one chip each; clicking a chip's × says which part of
    the query to take out (``remove`` with the query without it)."""

    remove = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(4, 2, 4, 2)
        self.row.addStretch(1)
        self.chips: list[QToolButton] = []
        self.hide()

    def show_for(self, query: str) -> None:
        for chip in self.chips:
            chip.deleteLater()
        self.chips = []
        for start, end in operator_spans(query):
            operator = query[start:end]
            chip = QToolButton(self)
            chip.setText(f"{operator}  ×")
            chip.setAccessibleName(self.tr("Remove %1 from the search").replace("%1", operator))
            chip.setToolTip(chip.accessibleName())
            rest = " ".join((query[:start] + query[end:]).split())
            chip.clicked.connect(lambda _checked=False, rest=rest: self.remove.emit(rest))
            self.row.insertWidget(len(self.chips), chip)
            self.chips.append(chip)
        self.setVisible(bool(self.chips))
