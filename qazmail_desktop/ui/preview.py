"""A quick look at an attachment without opening another program: images, text files and the
first page of a PDF; for a signature, the document inside it.

The bytes are shown as an image or as plain text only (never as HTML), the text limited to its
first megabyte; a PDF's page is drawn off the UI thread; anything else says that it has no preview.
"""

from __future__ import annotations

import mimetypes
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from ..operations.documents import document_inside, xml_signed_part
from ..pdfpages import PageImage, PdfNotReadable, Unreadable, first_page
from ..signaturenames import is_signed_xml
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


class DocumentPreview(QWidget):
    """A document's image, first PDF page or text; what it cannot show, it says."""

    def __init__(self, name: str, content_type: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.image: QLabel | None = None
        self.text: QPlainTextEdit | None = None
        self.note = plain_label("")  # under a PDF's page: which page of how many, or why none is shown
        content_type = content_type or mimetypes.guess_type(name)[0] or ""
        picture = QImage.fromData(data) if content_type.startswith("image/") else QImage()
        if not picture.isNull():
            self._show_image(picture, name)
        elif content_type == "application/pdf" or name.lower().endswith(".pdf"):
            self.note.setText(self.tr("Drawing the first page…"))
            layout.addWidget(self.note)
            self.tasks = TaskRunner(self)

            def draw(_report: Callable[[int, int, str], None], _cancel: threading.Event) -> PageImage | Unreadable:
                try:
                    return first_page(data, MAX_SIDE)
                except PdfNotReadable as exc:
                    return exc.why

            self.tasks.start(draw, lambda page: self._show_page(page, name), self._no_page)
        elif content_type.startswith("text/") or name.lower().endswith(TEXT_SUFFIXES):
            self.text = QPlainTextEdit(_text(data))
            self.text.setReadOnly(True)
            self.text.setAccessibleName(name)
            layout.addWidget(self.text)
        else:
            self.note.setText(self.tr("No preview for this kind of file: use Open or Save… to see it."))
            layout.addWidget(self.note)

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
        layout.insertWidget(0, area, 1)

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


class AttachmentPreview(QDialog):
    """Preview (Space) of a letter's attachment; for a signature, the document it carries (what
    its signature covers), since the signature's own bytes mean nothing to a reader."""

    def __init__(self, attachment: AttachmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(attachment.name)
        layout = QVBoxLayout(self)
        self.heading = plain_label("")
        self.heading.hide()
        layout.addWidget(self.heading)
        self.document: DocumentPreview | None = None
        name, content_type, data = attachment.name, attachment.content_type, attachment.data
        if attachment.is_signature:
            inside = document_inside(name, data)
            self.heading.show()
            if inside is None:
                self.heading.setText(
                    self.tr("A detached signature: it holds no document. The file it signs is attached beside it.")
                )
            else:
                self.heading.setText(self.tr("The document inside the signature: %1").replace("%1", inside.name))
                self.document = DocumentPreview(inside.name, "", inside.data)
        elif is_signed_xml(name, data):
            # what its signature covers, as the check read it: comments and unsigned parts left out
            signed = xml_signed_part(data)
            self.heading.show()
            if signed is None:
                self.heading.setText(
                    self.tr("Its XML signature does not match it: this is the file, not what was signed.")
                )
                self.document = DocumentPreview(name, content_type, data)
            else:
                self.heading.setText(
                    self.tr("What the XML signature covers: the element %1 only").replace("%1", signed.name)
                    if signed.name
                    else self.tr("What the XML signature covers: the whole document")
                )
                self.document = DocumentPreview(name, "text/xml", signed.data)
        else:
            self.document = DocumentPreview(name, content_type, data)
        if self.document is not None:
            layout.addWidget(self.document, 1)
        else:
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)
