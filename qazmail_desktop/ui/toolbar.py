"""The main toolbar: its buttons with their words while they fit beside a search box of a useful
width, icons alone when the window is narrower (the words stay in tooltips and for screen
readers). At 1024 px in Kazakh the words pushed the search box down to 90 px: too narrow to
read what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

SEARCH_AT_LEAST = 220  # px the search box keeps before the buttons lose their words


class FittingToolBar(QToolBar):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Words beside the icons when the buttons with their words and the search box fit."""
        wanted = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if self._width_with_words() + SEARCH_AT_LEAST <= self.width()
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if self.toolButtonStyle() != wanted:
            self.setToolButtonStyle(wanted)

    def _width_with_words(self) -> int:
        """What the buttons take with their words, whatever they show now: icon, words, margins."""
        total = 0
        for action in self.actions():
            button = self.widgetForAction(action)
            if not isinstance(button, QToolButton) or not action.isVisible():
                continue
            words = button.fontMetrics().horizontalAdvance(action.iconText())
            total += self.iconSize().width() + words + 24  # the icon, its words, padding and spacing
        return total + 24  # the handle and the toolbar's margins
