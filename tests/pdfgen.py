"""PDFs for the tests, made by pyhanko's writer: an independent producer of the input."""

from __future__ import annotations

import io


def one_page_pdf(text: str = "Договор № 7") -> bytes:
    """A one-page PDF with text on it (pyhanko's writer: an independent producer of the input)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.writer import PdfFileWriter

    writer = PdfFileWriter()
    stream = generic.StreamObject(stream_data=f"BT /F1 12 Tf 72 720 Td ({text.encode().hex()}) Tj ET".encode())
    page = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Page"),
            generic.NameObject("/MediaBox"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 595, 842)]),
            generic.NameObject("/Contents"): writer.add_object(stream),
        }
    )
    writer.insert_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
