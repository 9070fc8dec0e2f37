"""The search box's completion of operators: typing "st" offers status:revoked, status:valid …,
"fr" offers from:, so the field operators (store/searchquery.py) need not be learnt first. Only the
word at the cursor is completed; the rest of the query stays as typed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from ..store.searchquery import HAS, OPERATORS, STATUSES

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
