"""Qt item models over the cache. The message list loads in pages as the view scrolls, so a
folder of 100,000 letters opens as fast as one of ten and never creates a widget per row."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
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
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from ..crypto.status import status_of
from ..resources import resources_dir
from ..safetext import one_line
from ..store.cache import Cache, Folder, MessageRow
from ..store.messages import ListFilter
from .formatting import local_datetime, local_size, plain_tooltip

PAGE = 500
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
# Verdict colours with a contrast of 4.5:1 or more on a light and on a dark background.
TONE_COLORS = {"good": "#137333", "unknown": "#5f6368", "warning": "#995c00", "bad": "#c5221f"}
DARK_TONE_COLORS = {"good": "#81c995", "unknown": "#bdc1c6", "warning": "#fdd663", "bad": "#f28b82"}
ModelIndex = QModelIndex | QPersistentModelIndex


# The paperclip's stroke in the shipped file, repainted in the theme's text colours when shown.
PAPERCLIP_INK = "#5f6368"
_paperclips: dict[tuple[str, str], QIcon] = {}


def _paperclip(svg: bytes, color: str, size: int) -> QPixmap:
    """Drawn at ``size`` from the outline (a scaled 24-pixel picture blurs)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg.replace(PAPERCLIP_INK.encode(), color.encode()))).render(painter)
    painter.end()
    return pixmap


def attachment_icon() -> QIcon:
    """The paperclip (resources/icons/attachment.svg) in the list's text colour, and in the selection's
    text colour on a selected row (the icon's Selected mode): the stock file icon was grey on
    the dark theme and melted into a selected row. One icon per palette, made once."""
    palette = QApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text).name()
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText).name()
    icon = _paperclips.get((normal, selected))
    if icon is None:
        svg = (resources_dir() / "icons" / "attachment.svg").read_bytes()
        icon = QIcon()
        for size in (16, 24, 32):
            icon.addPixmap(_paperclip(svg, normal, size), QIcon.Mode.Normal)
            icon.addPixmap(_paperclip(svg, selected, size), QIcon.Mode.Selected)
        _paperclips[(normal, selected)] = icon
    return icon


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
            "\\Archive": self.tr("Archive"),
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
    """The letters of one folder (those the quick filter lets through, ``only``), or search results."""

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
        self.only = ListFilter()  # the quick filter; the cache filters, so a page is still a page
        self.folder_total = 0  # the folder's letters, filtered or not ("N of M letters")
        self.found: list[MessageRow] | None = None  # search results shown instead of the folder

    def _page(self, limit: int, offset: int) -> list[MessageRow]:
        """``limit`` letters from ``offset`` on; a page after the loaded rows continues from the last one."""
        assert self.folder_id is not None
        sort = "recipients" if self.outgoing and self.sort_key == "sender" else self.sort_key  # as shown
        after = self.rows[offset - 1].id if 0 < offset <= len(self.rows) else None
        return self.cache.messages.in_folder(
            self.folder_id, sort, self.descending, limit, offset, threaded=self.threaded, only=self.only, after=after
        )

    def _count(self) -> None:
        assert self.folder_id is not None
        self.folder_total = self.cache.messages.count(self.folder_id)
        self.total = self.cache.messages.count(self.folder_id, self.only) if self.only.active else self.folder_total

    def set_filter(self, only: ListFilter) -> None:
        """Filter the folder (or the search results) anew, from the first page."""
        self.only = only
        if self.found is not None:
            self.show_found(self.found)
        else:
            self.set_folder(self.folder_id)

    def keep_listed(self, letter_id: int | None) -> None:
        """The open letter stays listed while the filter is unchanged, even once it no longer
        matches (opened, an unread letter is read)."""
        self.only = replace(self.only, keep=letter_id)

    def show_found(self, hits: list[MessageRow]) -> None:
        """Search results in place of the folder's letters, through the quick filter too."""
        self.beginResetModel()
        self.found = hits
        self.rows = [row for row in hits if self.only.accepts(row)]
        self.total = len(self.rows)
        self.folder_total = len(hits)
        self.endResetModel()

    def set_threaded(self, threaded: bool) -> None:
        self.threaded = threaded
        self.set_folder(self.folder_id)

    def set_folder(self, folder_id: int | None) -> None:
        self.beginResetModel()
        self.folder_id = folder_id
        folder = self.cache.folders.by_id(folder_id) if folder_id is not None else None
        self.outgoing = folder is not None and folder.special_use in ("\\Sent", "\\Drafts")
        self.rows = []
        self.found = None
        self.total = self.folder_total = 0
        if folder_id is not None:
            self._count()
            self.rows = self._page(PAGE, 0)
        self.endResetModel()

    def refresh(self) -> None:
        """Reload what is loaded (after a sync), keeping the number of loaded rows."""
        if self.folder_id is None:
            return
        loaded = max(len(self.rows), PAGE)
        self.beginResetModel()
        self.found = None
        self._count()
        self.rows = self._page(loaded, 0)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.COLUMNS)

    def canFetchMore(self, parent: ModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self.found is None and len(self.rows) < self.total

    def fetchMore(self, parent: ModelIndex) -> None:  # noqa: N802
        if self.folder_id is None or self.found is not None:
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

    def column_name(self, section: int) -> str:
        """What a column is called in words (the header's title, or its tooltip for the narrow ones)."""
        title = self.headerData(section, Qt.Orientation.Horizontal)
        return str(title or self.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")

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
            return attachment_icon()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and column == "flags":
            states = [
                words
                for present, words in (
                    (not row.seen, self.tr("Unread")),
                    (row.flagged, self.tr("Flagged")),
                    (row.has_attachments, self.tr("Has attachments")),
                )
                if present
            ]
            return ", ".join(states) or None
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
