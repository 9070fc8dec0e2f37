"""Dates and sizes in the user's language (QLocale follows the language chosen in settings), and
text from letters and certificates shown as plain text wherever Qt would guess HTML."""

from __future__ import annotations

import datetime as dt
import email.utils
import html
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from .. import moments
from ..safetext import neutral


# The list's dates, as every moment is written (qazmail_desktop.moments): Qt's short formats gave
# "3 12 2026" and a two-digit year in Kazakh, "12/3/26 9:59 PM" in English. The list leaves the
# zone to its column's tooltip; times of signatures and letters' Date lines say it.
def local_datetime(value: dt.datetime) -> str:
    """``05.12.2026 09:45``: the computer's local time, for lists and quotes."""
    return moments.in_zone(value).strftime("%d.%m.%Y %H:%M")


def letter_date(header: str) -> str:
    """A letter's Date header in local time with the zone's offset (a header as sent, usually
    UTC or the sender's zone, is hard to read in UTC+5); a header that is no date stays as it is."""
    try:
        value = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return header
    if value.tzinfo is None:
        return header
    return moments.moment(value, seconds=False)


def local_size(size: int) -> str:
    """A size in the user's language: bytes by the language's plural forms (Qt's own word was
    "616 байты" in Russian), larger sizes as Qt writes them (KiB, MiB)."""
    if size < 1024:
        return _SIZES.bytes(size)
    return QLocale().formattedDataSize(size, 0)


class Sizes(QObject):
    """The words of sizes, for translation: lupdate finds plural forms only in a QObject's self.tr()."""

    def bytes(self, size: int) -> str:
        return self.tr("%n byte(s)", "", size)


_SIZES = Sizes()


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt reads tooltips that look like HTML as HTML, so
    the text is escaped inside a tag (a certificate's O= or a name must not render)."""
    return "<span>" + html.escape(neutral(text)) + "</span>"


def warn(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """A message box whose text is never read as HTML (errors quote file names and letters)."""
    box = QMessageBox(icon, title, neutral(text), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def list_table(headers: list[str], name: str) -> QTableWidget:
    """A table of rows to pick from (keys, outbox, address book, rules): read only, whole rows,
    one at a time, Tab leaving it for the next control, the last column filling the width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def button_row(dialog: QDialog, *buttons: QPushButton) -> QHBoxLayout:
    """The row under a list: its actions on the left, Close (closing ``dialog``) on the right."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    row.addWidget(close)
    return row


def documents_folder() -> Path:
    """Where a document the user saves (a card, a register) is suggested to go: Documents when the
    system has one, else the home folder (not the folder the program was started from)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    return Path(folder)
