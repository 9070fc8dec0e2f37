"""A quick look at an attachment without opening another program: images and text files.

The bytes are shown as an image or as plain text only (never as HTML), the text limited to its
first megabyte; anything else says that it has no preview.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from .letterview import AttachmentView
from .signature_panel import plain_label

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
        picture = QImage.fromData(attachment.data) if attachment.content_type.startswith("image/") else QImage()
        if not picture.isNull():
            self.image = QLabel()
            self.image.setAccessibleName(attachment.name)
            pixmap = QPixmap.fromImage(picture)
            if max(pixmap.width(), pixmap.height()) > MAX_SIDE:
                pixmap = pixmap.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
            self.image.setPixmap(pixmap)
            area = QScrollArea()
            area.setWidget(self.image)
            layout.addWidget(area)
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
