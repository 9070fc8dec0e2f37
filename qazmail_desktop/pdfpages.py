"""PDF pages as pixels and as text: the first page of an attachment in the preview, and every page
of a document card when its pages are compared with what was signed. PDFium (Chrome's PDF engine,
through pypdfium2) reads files from strangers."""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass
from types import TracebackType

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


class OpenPdf:
    """A PDF opened once for several pages; each call takes PDFium's lock on its own, so that two
    documents (a card and the card it should be) can be read page by page side by side."""

    def __init__(self, data: bytes) -> None:
        with _PDFIUM:
            try:
                self._document = pypdfium2.PdfDocument(data)
            except pypdfium2.PdfiumError as exc:
                locked = "password" in str(exc).lower()
                raise PdfNotReadable(Unreadable.PASSWORD if locked else Unreadable.NOT_PDF) from exc
            self.page_count = len(self._document)

    def __enter__(self) -> OpenPdf:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        with _PDFIUM:
            self._document.close()

    def render(self, index: int, scale: float) -> PageImage:
        """Page ``index`` on white, ``scale`` pixels per PDF point."""
        with _PDFIUM:
            page = self._document[index]
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255), rev_byteorder=True)
            if bitmap.n_channels != 3:
                raise PdfNotReadable(Unreadable.NOT_RGB)
            return PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), self.page_count)

    def size(self, index: int) -> tuple[float, float]:
        with _PDFIUM:
            width, height = self._document[index].get_size()
            return float(width), float(height)

    def text(self, index: int) -> str:
        """The text PDFium reads off page ``index``, line by line as it lies on the page."""
        with _PDFIUM:
            return str(self._document[index].get_textpage().get_text_range())


def first_page(data: bytes, max_side: int) -> PageImage:
    """The first page on white, scaled so that its longer side is ``max_side`` pixels."""
    with OpenPdf(data) as document:
        if document.page_count == 0:
            raise PdfNotReadable(Unreadable.NO_PAGES)
        width, height = document.size(0)
        return document.render(0, max_side / max(width, height, 1.0))
