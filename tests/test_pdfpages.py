"""A PDF's first page as pixels (attachment preview, document cards), and a clear reason when none."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter

from qazmail_desktop.pdfpages import PdfNotReadable, Unreadable, first_page


def _pdf(*, pages: int, password: str = "") -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)  # A4 in points
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_first_page_fits_the_longer_side_on_white() -> None:
    page = first_page(_pdf(pages=3), max_side=900)
    assert (page.width, page.height, page.page_count) == (636, 900, 3)
    assert page.stride >= page.width * 3 and len(page.rgb) == page.stride * page.height
    assert set(page.rgb[: page.width * 3]) == {255}


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"%PDF-1.7 torn off", Unreadable.NOT_PDF),
        (b"", Unreadable.NOT_PDF),
        (_pdf(pages=1, password="Qwerty12"), Unreadable.PASSWORD),
    ],
)
def test_unreadable_pdfs_say_why(data: bytes, why: Unreadable) -> None:
    with pytest.raises(PdfNotReadable) as raised:
        first_page(data, max_side=900)
    assert raised.value.why is why
