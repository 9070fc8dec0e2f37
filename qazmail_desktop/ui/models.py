"""Qt item models over the cache. The message list loads in pages as the view scrolls, so a
folder of 100,000 letters opens as fast as one of ten and never creates a widget per row."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from ..crypto.status import status_of
from ..safetext import one_line
from ..store.cache import Cache, Folder, MessageRow
from .formatting import local_datetime, local_size, plain_tooltip

PAGE = 500
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
# Verdict colours with a contrast of 4.5:1 or more on a light and on a dark background.
TONE_COLORS = {"good": "#137333", "unknown": "#5f6368", "warning": "#995c00", "bad": "#c5221f"}
DARK_TONE_COLORS = {"good": "#81c995", "unknown": "#bdc1c6", "warning": "#fdd663", "bad": "#f28b82"}
ModelIndex = QModelIndex | QPersistentModelIndex


def _attachment_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)


def tone_color(tone: str) -> str:
    """The colour of a tone on the current theme's background (light or dark)."""
    dark = QApplication.palette().base().color().lightness() < 128
    return (DARK_TONE_COLORS if dark else TONE_COLORS)[tone]


def verdict_color(status: str) -> str:
    """Any stored status, even one this version does not know (that one shows as damaged)."""
    return tone_color(status_of(status).tone)


# The list's signature cue by shape as well as colour: readable on a selected row (drawn in the
# selection's text colour) and by a reader who does not tell green from red.
TONE_MARKS = {"good": "✔", "bad": "✖", "warning": "⚠", "unknown": "?"}
NOT_CHECKED_MARK = "✍"  # signed, not checked yet


def signature_mark(summary: dict[str, Any] | None) -> str:
    """The list's mark for a signed letter's stored summary."""
    if not summary:
        return NOT_CHECKED_MARK
    if summary.get("coverage") == "partial":
        return TONE_MARKS["warning"]
    return TONE_MARKS.get(status_of(str(summary.get("status", ""))).tone, TONE_MARKS["unknown"])


def partial_color() -> str:
    """A signed part inside unsigned words is never green."""
    return tone_color("warning")


class FolderModel(QStandardItemModel):
    """Accounts and their folders, with unread counts; letters dropped on a folder go there."""

    letters_dropped = Signal(int, list, bool)  # target folder id, [(folder id, uid)], copy (else move)

    def __init__(self, cache: Cache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.setHorizontalHeaderLabels([self.tr("Folders")])

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's API
        return [LETTERS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's API
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(  # noqa: N802 - Qt's API
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return data.hasFormat(LETTERS_MIME) and parent.data(FOLDER_ROLE) is not None

    def dropMimeData(  # noqa: N802 - Qt's API
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        target = parent.data(FOLDER_ROLE)
        if target is None or not data.hasFormat(LETTERS_MIME):
            return False
        try:
            letters = [(int(f), int(u)) for f, u in json.loads(bytes(data.data(LETTERS_MIME).data()))]
        except (ValueError, TypeError):
            return False
        moved = [(f, u) for f, u in letters if f != int(target)]
        if moved:
            self.letters_dropped.emit(int(target), moved, action == Qt.DropAction.CopyAction)
        return False  # the list reloads from the cache; nothing to remove from the source model

    def reload(self) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Folders")])
        for account in self.cache.accounts.all():
            top = QStandardItem(account.display_name or account.email)
            top.setData(account.name, ACCOUNT_ROLE)
            top.setEditable(False)
            top.setDragEnabled(False)
            top.setDropEnabled(False)
            font = top.font()
            font.setBold(True)
            top.setFont(font)
            for folder in self.cache.folders.of_account(account.name):
                top.appendRow(self._folder_item(folder))
            self.appendRow(top)

    def _folder_item(self, folder: Folder) -> QStandardItem:
        label = self.display_name(folder)
        if folder.unread:
            label += f" ({folder.unread})"
        item = QStandardItem(label)
        item.setEditable(False)
        item.setDragEnabled(False)
        item.setDropEnabled(True)
        item.setData(folder.id, FOLDER_ROLE)
        item.setData(folder.account, ACCOUNT_ROLE)
        if folder.unread:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def display_name(self, folder: Folder) -> str:
        names = {
            "\\Inbox": self.tr("Inbox"),
            "\\Sent": self.tr("Sent"),
            "\\Drafts": self.tr("Drafts"),
            "\\Trash": self.tr("Trash"),
            "\\Junk": self.tr("Junk"),
        }
        return names.get(folder.special_use, folder.name)

    def find_folder(self, folder_id: int) -> QModelIndex:
        for r in range(self.rowCount()):
            top = self.index(r, 0)
            for c in range(self.rowCount(top)):
                child = self.index(c, 0, top)
                if child.data(FOLDER_ROLE) == folder_id:
                    return child
        return QModelIndex()


LETTERS_MIME = "application/x-qazmail-letters"  # letters dragged from the list: [[folder_id, uid], …]


class MessageListModel(QAbstractTableModel):
    COLUMNS: ClassVar[list[tuple[str, str]]] = [
        ("flags", ""),
        ("signature", ""),
        ("sender", "From"),
        ("subject", "Subject"),
        ("date", "Date"),
        ("size", "Size"),
    ]
    SORTABLE: ClassVar[dict[int, str]] = {2: "sender", 3: "subject", 4: "date", 5: "size"}

    def __init__(self, cache: Cache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.folder_id: int | None = None
        self.rows: list[MessageRow] = []
        self.total = 0
        self.sort_key = "date"
        self.descending = True
        self.threaded = False  # grouped by conversation
        self.outgoing = False  # Sent or Drafts: the letters' recipients matter, not their sender

    def _page(self, limit: int, offset: int) -> list[MessageRow]:
        assert self.folder_id is not None
        sort = "recipients" if self.outgoing and self.sort_key == "sender" else self.sort_key  # as shown
        return self.cache.messages.in_folder(
            self.folder_id, sort, self.descending, limit, offset, threaded=self.threaded
        )

    def set_threaded(self, threaded: bool) -> None:
        self.threaded = threaded
        self.set_folder(self.folder_id)

    def set_folder(self, folder_id: int | None) -> None:
        self.beginResetModel()
        self.folder_id = folder_id
        folder = self.cache.folders.by_id(folder_id) if folder_id is not None else None
        self.outgoing = folder is not None and folder.special_use in ("\\Sent", "\\Drafts")
        self.rows = []
        self.total = self.cache.messages.count(folder_id) if folder_id is not None else 0
        if folder_id is not None:
            self.rows = self._page(PAGE, 0)
        self.endResetModel()

    def refresh(self) -> None:
        """Reload what is loaded (after a sync), keeping the number of loaded rows."""
        if self.folder_id is None:
            return
        loaded = max(len(self.rows), PAGE)
        self.beginResetModel()
        self.total = self.cache.messages.count(self.folder_id)
        self.rows = self._page(loaded, 0)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.COLUMNS)

    def canFetchMore(self, parent: ModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: ModelIndex) -> None:  # noqa: N802
        if self.folder_id is None:
            return
        more = self._page(PAGE, len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self.SORTABLE:
            return
        self.sort_key = self.SORTABLE[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.set_folder(self.folder_id)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = {
                "sender": self.tr("To") if self.outgoing else self.tr("From"),
                "subject": self.tr("Subject"),
                "date": self.tr("Date"),
                "size": self.tr("Size"),
            }
            return titles.get(self.COLUMNS[section][0], "")
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {0: self.tr("Unread, flagged, attachments"), 1: self.tr("Electronic signature")}.get(section)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's API
        return [LETTERS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt's API
        """The dragged letters, named by folder and UID (a drop on a folder moves them)."""
        letters = {(row.folder_id, row.uid) for index in indexes if (row := self.row_at(index)) is not None}
        data = QMimeData()
        data.setData(LETTERS_MIME, QByteArray(json.dumps(sorted(letters)).encode()))
        return data

    def row_at(self, index: ModelIndex) -> MessageRow | None:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = self.COLUMNS[index.column()][0]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "flags":
                return ("●" if not row.seen else "") + ("★" if row.flagged else "")
            if column == "signature":
                if not row.signed:
                    return ""
                return signature_mark(row.signature)
            if column == "sender":
                return one_line(row.to if self.outgoing else row.sender)
            if column == "subject":
                subject = one_line(row.subject) or self.tr("(no subject)")
                if row.unreadable:
                    subject = "⚠ " + subject
                return f"    ↳ {subject}" if row.in_thread else subject
            if column == "date":
                return local_datetime(row.date) if row.date else ""
            if column == "size":
                return local_size(row.size)
        if role == Qt.ItemDataRole.DecorationRole and column == "flags" and row.has_attachments:
            return _attachment_icon()
        if role == Qt.ItemDataRole.FontRole and not row.seen:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "signature" and row.signature:
            if row.signature.get("coverage") == "partial":
                return QBrush(QColor(partial_color()))
            return QBrush(QColor(verdict_color(row.signature.get("status", ""))))
        if role == Qt.ItemDataRole.ToolTipRole and column == "subject" and row.unreadable:
            return self.tr(
                "This letter could not be read: %1. It is kept as it arrived; open it to see its text."
            ).replace("%1", row.unreadable)
        if role == Qt.ItemDataRole.ToolTipRole and column == "signature" and row.signed:
            summary = row.signature or {}
            signer = summary.get("signer") or {}
            if not summary:
                return self.tr("Signed; not checked yet")
            who = f"{signer.get('name') or ''} {signer.get('organization') or ''}"
            if summary.get("coverage") == "partial":
                return plain_tooltip(self.tr("Partly signed: the text is not what was signed (%1)").replace("%1", who))
            tones = {
                "good": self.tr("Signature valid"),
                "bad": self.tr("Signature not valid"),
                "warning": self.tr("Signature with a warning"),
                "unknown": self.tr("Signature not proven either way"),
            }
            said = tones[status_of(str(summary.get("status", ""))).tone]
            return plain_tooltip(f"{said} ({summary.get('status', '')}): {who}")
        return None
