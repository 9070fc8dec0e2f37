"""The card's pages, drawn with reportlab (the long-standing PDF library: embedded TrueType
subsets, so every reader shows Kazakh letters; page templates for the headers, footers and the
watermark the specification asks for). A4 portrait, margins 30/20/10/20 mm, from page 2 the footer
"Карточка электронного документа" on the left and "стр. N из M" on the right.

A PDF document's pages are not redrawn here: they are left empty (header, footer and watermark
only) and ``pdf.compose`` lays the original pages under them, as vector graphics."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Preformatted,
    Spacer,
    Table,
    TableStyle,
)

from ..resources import resources_dir
from . import qr
from . import texts as t
from .content import CardContent, CardSignature
from .facts import CertificateFacts, SignatureFacts
from .page import A4, BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH

QR_SIZE = 41 * mm
QR_PER_ROW = 4
MAX_TEXT_PAGES = 300  # a text document's visualisation stops here (the original is attached whole)

FONT, BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"


def register_fonts() -> None:
    """Each of the card's fonts that is not registered yet (another part of the process may have
    registered one of them alone: the bold and mono faces must not be taken as there then)."""
    fonts = resources_dir() / "fonts"
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in (FONT, BOLD, MONO):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(fonts / f"{name}.ttf")))


def style(size: float, font: str = FONT, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(f"{font}-{size}", fontName=font, fontSize=size, leading=size * 1.25, **extra)


@dataclass
class Layout:
    """What drawing produced: the PDF, and which card pages (0-based) take which document page."""

    pdf: bytes
    pages: int
    pdf_page_slots: list[int] = field(default_factory=list)


class _Mark(Flowable):
    """Records the page it lands on (a section's first page, or a PDF page's slot)."""

    def __init__(self, record: Callable[[int], None]) -> None:
        super().__init__()
        self.record = record
        self.width = self.height = 0

    def draw(self) -> None:
        self.record(self.canv.getPageNumber())


class _QrCode(Flowable):
    """One QR code as vector squares (crisp at any zoom and in print), with its quiet zone."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.matrix = qr.modules(payload)
        self.width = self.height = size

    def draw(self) -> None:
        count = len(self.matrix) + 8  # four modules of quiet zone on each side
        cell = self.width / count
        canvas = self.canv
        canvas.setFillColor(colors.black)
        for row_number, row in enumerate(self.matrix):
            y = self.height - (row_number + 5) * cell
            column = 0
            while column < len(row):  # one rectangle per run of dark modules: a smaller file
                if not row[column]:
                    column += 1
                    continue
                start = column
                while column < len(row) and row[column]:
                    column += 1
                canvas.rect((start + 4) * cell, y, (column - start) * cell, cell, stroke=0, fill=1)


def _style_centred(base: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{base.name}-centred", parent=base, alignment=TA_CENTER, spaceAfter=8)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class _Pages:
    """Page decorations: headers, footers, the watermark; the total is known from the first pass."""

    def __init__(self, total: int) -> None:
        self.total = total

    def footer(self, canvas: Canvas, number: int) -> None:
        if number < 2:
            return
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setStrokeColor(colors.black)
        canvas.line(LEFT, BOTTOM - 3 * mm, A4[0] - RIGHT, BOTTOM - 3 * mm)
        canvas.drawString(LEFT, BOTTOM - 7 * mm, t.both(t.CARD, " · "))
        total = self.total or number
        page = f"{t.PAGE[0]} {number} / {total} · {t.PAGE[1]} {number} {t.OF[1]} {total}"
        canvas.drawRightString(A4[0] - RIGHT, BOTTOM - 7 * mm, page)
        canvas.restoreState()

    def header(self, canvas: Canvas, title: tuple[str, str]) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(LEFT + WIDTH / 2, A4[1] - TOP + 7 * mm, t.both(title, " · "))
        canvas.line(LEFT, A4[1] - TOP + 5 * mm, A4[0] - RIGHT, A4[1] - TOP + 5 * mm)
        canvas.restoreState()

    def info(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.footer(canvas, doc.page)

    def document(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.header(canvas, t.DOCUMENT_VIEW)
        self.footer(canvas, doc.page)

    def watermark(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Over the page's content, as the specification asks: legible, and not hiding the text."""
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.3))
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(50)
        canvas.setFont(BOLD, 26)
        canvas.drawCentredString(0, 14, t.DOCUMENT_VIEW[1])
        canvas.drawCentredString(0, -22, t.DOCUMENT_VIEW[0])
        canvas.restoreState()

    def signature(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.header(canvas, t.SIGNATURE_VIEW)
        self.footer(canvas, doc.page)


class _Builder:
    """One pass of drawing; the first pass learns the page numbers the second one prints."""

    def __init__(self, content: CardContent, starts: dict[str, int], total: int) -> None:
        self.content = content
        self.known_starts = starts
        self.total = total
        self.starts: dict[str, int] = {}
        self.slots: list[int] = []
        self.body = style(9)
        self.note = style(8, textColor=colors.Color(0.2, 0.2, 0.2))
        self.label = style(8.5, textColor=colors.Color(0.3, 0.3, 0.3))
        self.value = style(10, BOLD)
        self.heading = style(11, BOLD, spaceBefore=6, spaceAfter=3)
        self.title = style(13, BOLD, alignment=TA_CENTER, spaceAfter=4)
        self.name = style(12, BOLD, alignment=TA_CENTER, spaceBefore=6, spaceAfter=8)
        self.code = style(7.5, MONO)
        self.wrapped = style(7, wordWrap="CJK")

    def _start(self, section: str) -> _Mark:
        return _Mark(lambda page: self._record_start(section, page))

    def _record_start(self, section: str, page: int) -> None:
        self.starts.setdefault(section, page)

    def build(self) -> Layout:
        buffer = io.BytesIO()
        pages = _Pages(self.total)
        frame = Frame(LEFT, BOTTOM, WIDTH, HEIGHT, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=f"{t.CARD[1]}: {self.content.document_name}",
            author=self.content.system,
            creator=self.content.system,
            subject=t.both(t.CARD),
            lang="ru-RU",
        )
        doc.addPageTemplates(
            [
                PageTemplate("info", [frame], onPage=pages.info),
                PageTemplate("document", [frame], onPage=pages.document, onPageEnd=pages.watermark),
                PageTemplate("signature", [frame], onPage=pages.signature),
            ]
        )
        story = [self._start("info"), *self._info_block()]
        story += self._document_pages()
        if self.content.show_signatures:
            story += self._signature_pages()
        doc.build(story)
        return Layout(buffer.getvalue(), doc.page, self.slots)

    # -- the information block ------------------------------------------------------------------

    def _contents_rows(self) -> list[tuple[str, str]]:
        def page_of(section: str) -> str:
            return str(self.known_starts.get(section, "")) or "—"

        view = self.content.view
        shown = view.text is not None or view.image is not None or view.pdf_pages
        rows = [(t.both(t.INFO_BLOCK), page_of("info"))]
        rows.append(
            (t.both(t.DOCUMENT_VIEW), page_of("document"))
            if shown
            else (f"{t.both(t.DOCUMENT_VIEW)}: {t.both(t.NOT_INCLUDED)} ({view.not_shown})", "—")
        )
        rows.append(
            (t.both(t.SIGNATURES_VIEW), page_of("signatures"))
            if self.content.show_signatures
            else (f"{t.both(t.SIGNATURES_VIEW)}: {t.both(t.NOT_INCLUDED)}", "—")
        )
        return rows

    def _info_block(self) -> list[Flowable]:
        content = self.content
        out: list[Flowable] = [_p(TITLE, self.title) for TITLE in t.TITLE]
        out.append(_p(content.document_name, self.name))
        if content.description:
            out.append(_p(content.description, _style_centred(self.note)))
        facts = Table(
            [
                [_p(t.MADE_AT[0], self.label), _p(t.SYSTEM[0], self.label)],
                [_p(t.MADE_AT[1], self.label), _p(t.SYSTEM[1], self.label)],
                [_p(t.moment(content.made_at), self.value), _p(content.system, self.value)],
            ],
            colWidths=[WIDTH / 2, WIDTH / 2],
        )
        facts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out += [facts, _p(t.both(t.CONTENTS) + ":", self.heading)]
        out.append(self._rows([(_p(a, self.body), _p(b, self.body)) for a, b in self._contents_rows()], [0.9, 0.1]))
        out.append(_p(t.both(t.ATTACHMENTS) + ":", self.heading))
        attachments = [(content.document_name, t.both(t.ORIGINAL))]
        attachments += [(s.file_name, f"{t.both(t.EDS)}, {s.facts.info.name}") for s in content.signatures]
        out.append(
            self._rows(
                [
                    (_p(f"{n}.", self.body), _p(name, self.body), _p(note, self.body))
                    for n, (name, note) in enumerate(attachments, 1)
                ],
                [0.06, 0.47, 0.47],
            )
        )
        out.append(Spacer(1, 4 * mm))
        for kk, ru in t.PARAGRAPHS:
            out.append(_p(kk.format(system=content.system), self.note))
            out.append(_p(ru.format(system=content.system), self.note))
            out.append(Spacer(1, 2 * mm))
        return out

    def _rows(self, rows: list[tuple[Flowable, ...]], fractions: list[float]) -> Table:
        table = Table([list(r) for r in rows], colWidths=[WIDTH * f for f in fractions])
        table.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    # -- the document -----------------------------------------------------------------------------

    def _document_pages(self) -> list[Flowable]:
        view = self.content.view
        if view.text is None and view.image is None and not view.pdf_pages:
            return []
        out: list[Flowable] = [NextPageTemplate("document"), PageBreak(), self._start("document")]
        if view.pdf_pages:
            for number in range(view.pdf_pages):
                out.append(_Mark(lambda page: self.slots.append(page - 1)))
                if number < view.pdf_pages - 1:
                    out.append(PageBreak())
        elif view.image is not None:
            image = Image(io.BytesIO(view.image))
            scale = min(WIDTH / image.imageWidth, HEIGHT / image.imageHeight, 1.0)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            out.append(image)
        elif view.text is not None:
            out += self._text(view.text)
        return out

    def _text(self, text: str) -> list[Flowable]:
        columns = int(WIDTH / pdfmetrics.stringWidth("M", MONO, self.code.fontSize))
        lines_per_page = int(HEIGHT / self.code.leading) - 1
        lines = text.expandtabs(4).splitlines()
        limit = MAX_TEXT_PAGES * lines_per_page
        out: list[Flowable] = []
        for start in range(0, min(len(lines), limit), lines_per_page):
            chunk = "\n".join(lines[start : start + lines_per_page])
            out.append(Preformatted(chunk, self.code, maxLineLength=columns, newLineChars=""))
        if len(lines) > limit:
            out.append(_p(t.both(t.TRUNCATED, " "), self.note))
        return out

    # -- the signatures ---------------------------------------------------------------------------

    def _signature_pages(self) -> list[Flowable]:
        out: list[Flowable] = [NextPageTemplate("signature")]
        for number, signature in enumerate(self.content.signatures, 1):
            out.append(PageBreak())
            if number == 1:
                out.append(self._start("signatures"))
            out += self._signature(number, signature)
        return out

    def _labelled(self, label: tuple[str, str], values: list[str]) -> list[Flowable]:
        return [_p(t.both(label) + ":", self.label), *(_p(v, self.value) for v in values), Spacer(1, 2.5 * mm)]

    def _signature(self, number: int, signature: CardSignature) -> list[Flowable]:
        facts = signature.facts
        info = facts.info
        left: list[Flowable] = [_p(f"{t.both(t.SIGNATURE_NO)} №{number}", self.heading), Spacer(1, 2 * mm)]
        if facts.signed_at is not None:
            left += self._labelled(t.SIGNED_AT, [t.moment(facts.signed_at)])
        who = info.name + (f", {t.both(t.IIN)} {info.iin}" if info.iin else "")
        left += self._labelled(t.SIGNED_BY, [who])
        templates = [(f"{t.both(t.POLICIES[oid])} ({oid})" if oid in t.POLICIES else oid) for oid in facts.policies]
        if templates:
            left += self._labelled(t.TEMPLATE, templates)
        if info.organization or info.bin:
            left += self._labelled(
                t.ORGANIZATION, [info.organization + (f", {t.both(t.BIN)} {info.bin}" if info.bin else "")]
            )
        usage = [f"{t.both(t.KEY_USAGE[u][:2])} ({t.KEY_USAGE[u][2]})" for u in info.key_usage if u in t.KEY_USAGE]
        usage += [
            (f"{t.both(t.EXTENDED_KEY_USAGE[oid])} ({oid})" if oid in t.EXTENDED_KEY_USAGE else oid)
            for oid in info.extended_key_usage
        ]
        left += self._labelled(t.USAGE, usage)
        right = [self._box(self._certificate_lines(facts))]
        if facts.tsa is not None and facts.signed_at is not None:
            right.append(self._box([f"{t.both(t.TIMESTAMP)}: {t.moment(facts.signed_at)}", *self._who(facts.tsa)]))
        for answer in facts.ocsp:
            lines = [f"OCSP: {answer.status}", f"{t.both(t.PRODUCED)}: {t.moment(answer.this_update)}"]
            right.append(self._box(lines + (self._who(answer.responder) if answer.responder else [])))
        for crl in facts.crls:
            lines = [
                t.both(t.DELTA_CRL if crl.delta else t.CRL) + f": {t.moment(crl.this_update)}",
                f"{t.both(t.NEXT_UPDATE)}: {t.moment(crl.next_update) if crl.next_update else '—'}",
                t.both(t.LISTED) + f" ({crl.listed})" if crl.listed else t.both(t.NOT_LISTED),
            ]
            right.append(self._box(lines + (self._who(crl.issuer) if crl.issuer else [])))
        columns = Table([[left, right]], colWidths=[WIDTH * 0.52, WIDTH * 0.48])
        columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
        out: list[Flowable] = [columns]
        if self.content.qr_codes:
            out += self._qr_grid(number, signature.cms)
        return out

    def _certificate_lines(self, facts: SignatureFacts) -> list[str]:
        info = facts.info
        role = t.CA_ROLES.get(facts.issuer_role)
        return [
            f"{t.SUBJECT[1]}: {facts.certificate.subject}",
            f"{t.both(t.SERIAL)}: {facts.certificate.serial}",
            f"{t.both(t.VALID_FROM)}: {t.moment(info.not_before)}",
            f"{t.both(t.VALID_TO)}: {t.moment(info.not_after)}",
            f"{t.both(t.ISSUER)}: {facts.certificate.issuer}",
            *([f"{t.both(t.ISSUING_CA)}: {t.both(role)}"] if role else []),
        ]

    def _who(self, cert: CertificateFacts) -> list[str]:
        return [
            f"{t.SUBJECT[1]}: {cert.subject}",
            f"{t.both(t.SERIAL)}: {cert.serial}",
            f"{t.both(t.ISSUER)}: {cert.issuer}",
        ]

    def _box(self, lines: list[str]) -> Table:
        box = Table([[[_p(line, self.wrapped) for line in lines]]], colWidths=[WIDTH * 0.46])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return box

    def _qr_grid(self, number: int, cms_bytes: bytes) -> list[Flowable]:
        codes: list[Flowable] = [_QrCode(text, QR_SIZE) for text in qr.payloads(number, cms_bytes)]
        rows = [codes[i : i + QR_PER_ROW] for i in range(0, len(codes), QR_PER_ROW)]
        rows[-1] += [Spacer(QR_SIZE, QR_SIZE)] * (QR_PER_ROW - len(rows[-1]))
        grid = Table(rows, colWidths=[WIDTH / QR_PER_ROW] * QR_PER_ROW, rowHeights=[QR_SIZE + 1 * mm] * len(rows))
        grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        heading = _p(f"{t.both(t.QR_CODES)} (signId {number})", self.label)
        return [Spacer(1, 3 * mm), heading, grid]


def draw(content: CardContent) -> Layout:
    """The card's pages. Drawn twice: the first pass learns where sections start and how many pages
    there are; the second prints them (page numbers do not change the information block's length)."""
    register_fonts()
    first = _Builder(content, {}, 0)
    pages = first.build().pages
    return _Builder(content, first.starts, pages).build()
