"""A PDF page as pixels: the first page of an attachment in the preview, and of a document shown
on a document card. PDFium (Chrome's PDF engine, through pypdfium2) reads files from strangers."""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass

import pypdfium2

# PDFium keeps global state and is not safe to enter from two threads at once.
_PDFIUM = threading.Lock()


class Unreadable(enum.Enum):
    NOT_PDF = "the file is not a readable PDF"
    PASSWORD = "the PDF is locked with a password"
    NO_PAGES = "the PDF has no pages"
    NOT_RGB = "PDFium drew the page in an unexpected pixel format"


class PdfNotReadable(Exception):
    def __init__(self, why: Unreadable) -> None:
        super().__init__(why.value)
        self.why = why


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int  # bytes per row
    rgb: bytes  # three bytes per pixel, rows of ``stride`` bytes
    page_count: int  # of the whole document


def first_page(data: bytes, max_side: int) -> PageImage:
    """The first page on white, scaled so that its longer side is ``max_side`` pixels."""
    with _PDFIUM:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            locked = "password" in str(exc).lower()
            raise PdfNotReadable(Unreadable.PASSWORD if locked else Unreadable.NOT_PDF) from exc
        try:
            if len(document) == 0:
                raise PdfNotReadable(Unreadable.NO_PAGES)
            page = document[0]
            width, height = page.get_size()
            scale = max_side / max(width, height, 1.0)
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255), rev_byteorder=True)
            if bitmap.n_channels != 3:
                raise PdfNotReadable(Unreadable.NOT_RGB)
            return PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), len(document))
        finally:
            document.close()
