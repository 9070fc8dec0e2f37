"""The card as a PDF file: the drawn pages with a PDF document's own pages laid under their slots,
and the attachments as embedded file streams in the catalogue's EmbeddedFiles name tree (PDF 1.4,
what Acrobat Reader, Firefox and PDFium show), the original first and the signatures after it.

pypdf writes and reads (pure Python; it carries a document's pages over as vector graphics, and
reads the cards other systems make, whose attachments PDFium sometimes will not give out); the
tests read QazMail's cards back with PDFium and poppler, libraries other than the writer."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import cast

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from ..crypto.errors import MalformedDataError
from .page import BOTTOM, HEIGHT, LEFT, WIDTH


class CardFileError(MalformedDataError):
    """A file that is not a card, or whose attachments cannot be read."""


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    description: str = ""
    mime: str = "application/octet-stream"


def document_pages(pdf: bytes) -> int:
    """How many pages a PDF document shows; 0 when it cannot be laid into a card (encrypted, damaged)."""
    try:
        reader = PdfReader(io.BytesIO(pdf))
        return 0 if reader.is_encrypted else len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return 0


def _lay_under(slot: PageObject, source: PageObject) -> None:
    """Put ``source`` under the drawn ``slot``: upright as a reader shows it (its /Rotate applied),
    scaled to fit the card's margins, centred."""
    box = source.mediabox
    width, height = float(box.width), float(box.height)
    rotation = source.rotation % 360
    # /Rotate turns the page clockwise for display; turn its content so, and back into the first quadrant
    upright = {0: (0.0, 0.0), 90: (0.0, width), 180: (width, height), 270: (height, 0.0)}[rotation]
    if rotation in (90, 270):
        width, height = height, width
    scale = min(WIDTH / width, HEIGHT / height)
    x = LEFT + (WIDTH - width * scale) / 2
    y = BOTTOM + (HEIGHT - height * scale) / 2
    move = (
        Transformation()
        .translate(-float(box.left), -float(box.bottom))
        .rotate(-rotation)
        .translate(*upright)
        .scale(scale, scale)
        .translate(x, y)
    )
    _own_resources(slot)
    slot.merge_transformed_page(source, move, over=False)


def _own_resources(page: PageObject) -> None:
    """Give the page its own resource dictionaries: reportlab shares one /Font dictionary among all
    pages, and merging a document page into it would add that page's fonts to every page."""
    shared = cast(DictionaryObject, page["/Resources"].get_object())
    own = DictionaryObject()
    for key, value in shared.items():
        resolved = value.get_object()
        own[NameObject(key)] = DictionaryObject(resolved.items()) if isinstance(resolved, DictionaryObject) else value
    page[NameObject("/Resources")] = own


def _embedded_file(writer: PdfWriter, attachment: Attachment) -> DictionaryObject:
    stream = DecodedStreamObject()
    stream.set_data(attachment.data)
    stream.update(
        {
            NameObject("/Type"): NameObject("/EmbeddedFile"),
            NameObject("/Subtype"): NameObject("/" + attachment.mime.replace("/", "#2F")),
            NameObject("/Params"): DictionaryObject({NameObject("/Size"): NumberObject(len(attachment.data))}),
        }
    )
    name = TextStringObject(attachment.name)
    spec = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): name,
            NameObject("/UF"): name,
            NameObject("/Desc"): TextStringObject(attachment.description),
            NameObject("/EF"): DictionaryObject({NameObject("/F"): writer._add_object(stream)}),
        }
    )
    return spec


def compose(drawn: bytes, slots: list[int], document: bytes | None, attachments: list[Attachment]) -> bytes:
    """The card's file: ``drawn`` pages, the document's pages under ``slots``, the attachments in
    order (the name tree's keys are zero-padded numbers, so sorted order is the given order; the
    file names a reader shows are the /UF entries)."""
    writer = PdfWriter(clone_from=io.BytesIO(drawn))
    writer.pdf_header = b"%PDF-1.7"  # the specification asks for 1.4 at least; transparency (the watermark) is 1.4
    if slots and document is not None:
        source = PdfReader(io.BytesIO(document))
        for slot, page in zip(slots, source.pages, strict=False):
            _lay_under(writer.pages[slot], page)
    names = ArrayObject()
    for number, attachment in enumerate(attachments, 1):
        names.append(TextStringObject(f"{number:04d}"))
        names.append(writer._add_object(_embedded_file(writer, attachment)))
    tree = DictionaryObject({NameObject("/Names"): names})
    writer.root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/EmbeddedFiles"): writer._add_object(tree)}
    )
    writer.root_object[NameObject("/PageMode")] = NameObject("/UseAttachments")  # readers open the list
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


MAX_ATTACHMENTS = 1000
MAX_TREE_DEPTH = 16


def _file_specs(node: DictionaryObject, depth: int = 0) -> list[DictionaryObject]:
    """The file specifications of a name tree, in key order (leaves' /Names, then /Kids in order)."""
    if depth > MAX_TREE_DEPTH:
        raise CardFileError("the PDF's list of attachments is nested too deep")
    specs = []
    names = node.get("/Names")
    if names is not None:
        values = names.get_object()
        specs += [values[i + 1].get_object() for i in range(0, len(values) - 1, 2)]
    for kid in node.get("/Kids") or []:
        specs += _file_specs(kid.get_object(), depth + 1)
    if len(specs) > MAX_ATTACHMENTS:
        raise CardFileError(f"the PDF carries more than {MAX_ATTACHMENTS} attachments")
    return specs


def _attachment(spec: DictionaryObject, number: int) -> Attachment:
    name = str(spec.get("/UF") or spec.get("/F") or f"attachment-{number}")
    streams = spec.get("/EF")
    stream = streams.get("/UF") or streams.get("/F") if streams is not None else None
    if stream is None:
        raise CardFileError(f"attachment {number} ({name}) holds no file")
    return Attachment(name, stream.get_object().get_data(), str(spec.get("/Desc") or ""))


def attachments(pdf: bytes) -> list[Attachment]:
    """A PDF's embedded files in the order of its EmbeddedFiles name tree (the order a card
    gives them: the original first)."""
    if not pdf.startswith(b"%PDF"):
        raise CardFileError("not a PDF file (a document card is a PDF)")
    try:
        reader = PdfReader(io.BytesIO(pdf))
        if reader.is_encrypted:
            raise CardFileError("the PDF is encrypted: a document card never is")
        names = cast(DictionaryObject, reader.root_object.get("/Names", DictionaryObject()).get_object())
        tree = names.get("/EmbeddedFiles")
        specs = _file_specs(cast(DictionaryObject, tree.get_object())) if tree is not None else []
        return [_attachment(spec, number) for number, spec in enumerate(specs, 1)]
    except CardFileError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as exc:
        raise CardFileError(f"the PDF's attachments cannot be read ({exc})") from exc
