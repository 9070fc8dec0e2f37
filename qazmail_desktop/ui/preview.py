"""A quick look at an attachment without opening another program: images, text files and the
first page of a PDF.

The bytes are shown as an image or as plain text only (never as HTML), the text limited to its
first megabyte; a PDF's page is drawn off the UI thread; anything else says that it has no preview.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from ..pdfpages import PageImage, PdfNotReadable, Unreadable, first_page
from .letterview import AttachmentView
from .signature_panel import plain_label
from .tasks import TaskRunner

TEXT_SUFFIXES = (".txt", ".csv", ".xml", ".json", ".log", ".md", ".ini", ".html", ".htm")
TEXT_LIMIT = 1 << 20
MAX_SIDE = 900  # an image is scaled down to fit, never up


def _text(data: bytes) -> str:
    """UTF-8, else Windows-1251 (what Kazakh and Russian office files that are not UTF-8 use)."""
    head = data[:TEXT_LIMIT]
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError:
        return head.decode("cp1251", "replace")


class AttachmentPreview(QDialog):
    def __init__(self, attachment: AttachmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(attachment.name)
        layout = QVBoxLayout(self)
        self.image: QLabel | None = None
        self.text: QPlainTextEdit | None = None
        self.note = plain_label("")  # under a PDF's page: which page of how many, or why none is shown
        picture = QImage.fromData(attachment.data) if attachment.content_type.startswith("image/") else QImage()
        if not picture.isNull():
            self._show_image(picture, attachment.name)
        elif attachment.content_type == "application/pdf" or attachment.name.lower().endswith(".pdf"):
            self.note.setText(self.tr("Drawing the first page…"))
            layout.addWidget(self.note)
            self.tasks = TaskRunner(self)
            data = attachment.data

            def draw(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> PageImage | Unreadable:
                try:
                    return first_page(data, MAX_SIDE)
                except PdfNotReadable as exc:
                    return exc.why

            self.tasks.start(draw, lambda page: self._show_page(page, attachment.name), self._no_page)
        elif attachment.content_type.startswith("text/") or attachment.name.lower().endswith(TEXT_SUFFIXES):
            self.text = QPlainTextEdit(_text(attachment.data))
            self.text.setReadOnly(True)
            self.text.setAccessibleName(attachment.name)
            layout.addWidget(self.text)
        else:
            layout.addWidget(plain_label(self.tr("No preview for this kind of file: use Open or Save… to see it.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _show_image(self, picture: QImage, name: str) -> None:
        self.image = QLabel()
        self.image.setAccessibleName(name)
        pixmap = QPixmap.fromImage(picture)
        if max(pixmap.width(), pixmap.height()) > MAX_SIDE:
            pixmap = pixmap.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        self.image.setPixmap(pixmap)
        area = QScrollArea()
        area.setWidget(self.image)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, area)

    def _show_page(self, page: PageImage | Unreadable, name: str) -> None:
        if isinstance(page, Unreadable):
            reasons = {
                Unreadable.NOT_PDF: self.tr("the file is not a readable PDF"),
                Unreadable.PASSWORD: self.tr("the PDF is locked with a password"),
                Unreadable.NO_PAGES: self.tr("the PDF has no pages"),
            }
            self._no_page(reasons.get(page, page.value))
            return
        picture = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()
        self._show_image(picture, name)
        self.note.setText(self.tr("Page 1 of %n", "", page.page_count))

    def _no_page(self, reason: str) -> None:
        self.note.setText(self.tr("No preview: %1.").replace("%1", reason))
