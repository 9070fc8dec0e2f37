"""The quick filter bar above the letter list, as in Thunderbird: toggles for unread, flagged,
with attachments and signed letters, and a box that narrows the folder's list as one types. It
only says what is wanted (a ``ListFilter``); the cache does the filtering, page by page, so a
folder of 100,000 letters is never read whole into the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..store.messages import ListFilter

TYPING_PAUSE_MS = 200  # the list follows the typing once it pauses: one query, not one per key


class FilterBox(QLineEdit):
    """The text box; Escape clears it (a second one, when already empty, the whole filter)."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class QuickFilterBar(QWidget):
    """Emits ``changed`` with the filter the user set; ``show_count`` says how many letters it left."""

    changed = Signal(object)  # ListFilter
    left = Signal()  # Escape on an empty filter: back to the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickFilterBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(TYPING_PAUSE_MS)
        self.pause.timeout.connect(self._emit)
        self.unread = self._toggle(self.tr("Unread"), self.tr("Only unread letters"))
        self.flagged = self._toggle(self.tr("Flagged"), self.tr("Only flagged letters"))
        self.attachments = self._toggle(self.tr("Attachments"), self.tr("Only letters with attachments"))
        self.signed = self._toggle(self.tr("Signed"), self.tr("Only letters with an electronic signature"))
        for button in self.toggles:
            layout.addWidget(button)
        self.text = FilterBox()
        self.text.setObjectName("quickFilterText")
        self.text.setPlaceholderText(self.tr("Filter these letters…"))
        self.text.setAccessibleName(self.tr("Filter these letters"))
        self.text.setToolTip(self.tr("Sender, recipients or subject (Ctrl+Shift+K)"))
        self.text.setClearButtonEnabled(True)
        for clear in self.text.findChildren(QToolButton):  # the box's own × button: named for screen readers
            clear.setAccessibleName(self.tr("Clear the filter"))
        self.text.textChanged.connect(lambda _text: self.pause.start())
        self.text.escaped.connect(self._escaped)
        layout.addWidget(self.text, 1)
        self.count = QLabel()
        self.count.setObjectName("quickFilterCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.count)

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.toggled.connect(lambda _on: self._emit())
        return button

    @property
    def toggles(self) -> list[QToolButton]:
        return [self.unread, self.flagged, self.attachments, self.signed]

    def current(self) -> ListFilter:
        return ListFilter(
            unread=self.unread.isChecked(),
            flagged=self.flagged.isChecked(),
            attachments=self.attachments.isChecked(),
            signed=self.signed.isChecked(),
            text=self.text.text(),
        )

    def _emit(self) -> None:
        self.pause.stop()  # a toggle pressed while typing: the text counts at once too
        self.changed.emit(self.current())

    def _escaped(self) -> None:
        if self.text.text():
            self.text.clear()
            self._emit()
        elif self.current().active:
            self.reset()
            self._emit()
        else:
            self.left.emit()

    def reset(self) -> None:
        """Everything off, without a word (another folder is chosen: its list starts whole)."""
        self.pause.stop()
        for widget in (*self.toggles, self.text):
            widget.blockSignals(True)
        for button in self.toggles:
            button.setChecked(False)
        self.text.clear()
        for widget in (*self.toggles, self.text):
            widget.blockSignals(False)
        self.count.clear()

    def show_count(self, shown: int, total: int, filtered: bool) -> None:
        """Says "N of M letters" while a filter narrows the list; nothing otherwise."""
        text = self.tr("%1 of %n letter(s)", "", total).replace("%1", str(shown)) if filtered else ""
        self.count.setText(text)

    def focus_text(self, *_args: Any) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()
