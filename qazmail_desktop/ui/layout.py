"""The window's layout, remembered per profile: size and position, the pane splitters, the
letter list's columns (their widths, order and sort) and whether it is grouped by conversation.
A first start fits the window to the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

PREFERRED_SIZE = (1280, 800)


class WindowLayout:
    def __init__(self, path: Path) -> None:
        self.settings = QSettings(str(path), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow, splitters: dict[str, QSplitter], header: QHeaderView) -> None:
        geometry = self._bytes("geometry")
        if geometry is None or not window.restoreGeometry(geometry):
            self._fit_to_screen(window, splitters)
        state = self._bytes("state")
        if state is not None:
            window.restoreState(state)
        for name, splitter in splitters.items():
            sizes = self._bytes(f"splitter/{name}")
            if sizes is not None:
                splitter.restoreState(sizes)
        columns = self._bytes("columns")
        if columns is not None:
            header.restoreState(columns)

    def save(self, window: QMainWindow, splitters: dict[str, QSplitter], header: QHeaderView) -> None:
        self.settings.setValue("geometry", window.saveGeometry())
        self.settings.setValue("state", window.saveState())
        for name, splitter in splitters.items():
            self.settings.setValue(f"splitter/{name}", splitter.saveState())
        self.settings.setValue("columns", header.saveState())
        self.settings.sync()

    @property
    def grouped_by_conversation(self) -> bool:
        return str(self.settings.value("grouped_by_conversation", "false")).lower() == "true"

    @grouped_by_conversation.setter
    def grouped_by_conversation(self, grouped: bool) -> None:
        self.settings.setValue("grouped_by_conversation", grouped)
        self.settings.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @staticmethod
    def _fit_to_screen(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        """At most the preferred size, within the screen's free area; the reading pane gets the
        larger share of the height (a letter's body was a two-line box at 1024×700)."""
        screen = window.screen().availableGeometry()
        width = min(PREFERRED_SIZE[0], int(screen.width() * 0.95))
        height = min(PREFERRED_SIZE[1], int(screen.height() * 0.92))
        window.resize(width, height)
        window.move(screen.x() + (screen.width() - width) // 2, screen.y() + (screen.height() - height) // 2)
        if "main" in splitters:
            splitters["main"].setSizes([min(230, width // 5), width])
        if "reading" in splitters:
            splitters["reading"].setSizes([height * 3 // 10, height * 7 // 10])
