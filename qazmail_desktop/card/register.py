"""A register of signatures as a PDF: landscape A4, a table that repeats its heading on every page,
the same embedded fonts and time zone as the cards, page N of M in the footer."""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from .. import moments
from . import texts as t
from .layout import BOLD, FONT, register_fonts, style

MARGIN = 12 * mm
# relative widths of the columns a register prints (source, item, signer, IIN, BIN, time, proof, status, evidence)
WEIGHTS = [1.5, 1.4, 1.5, 1.2, 1.2, 1.3, 1.0, 1.1, 2.3]


def _document(buffer: io.BytesIO, title: str, total: int) -> BaseDocTemplate:
    page = landscape(A4)

    def footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, MARGIN / 2, title)
        canvas.drawRightString(page[0] - MARGIN, MARGIN / 2, f"{doc.page} / {total or doc.page}")
        canvas.restoreState()

    frame = Frame(MARGIN, MARGIN, page[0] - 2 * MARGIN, page[1] - 2 * MARGIN, id="table")
    doc = BaseDocTemplate(buffer, pagesize=page, title=title, creator="QazMail Desktop")
    doc.addPageTemplates([PageTemplate("register", [frame], onPage=footer)])
    return doc


CELL_PADDING = 6  # reportlab's table cell padding, left and right


def _column_widths(headings: list[str], rows: list[list[str]], width: float) -> list[float]:
    """Widths by WEIGHTS, each at least its longest word, heading's or cell's ("Подтверждение" and
    "действительна" were broken in two), taken from the columns with room to spare. A word longer
    than a quarter of the page (a file name) may still be split."""
    wanted = [width * w / sum(WEIGHTS) for w in WEIGHTS]

    def longest(texts: list[str], font: str) -> float:
        return max((stringWidth(word, font, 7) for text in texts for word in text.split()), default=0.0)

    least = [
        min(width / 4, max(longest([h], BOLD), longest([row[i] for row in rows], FONT)) + 2 * CELL_PADDING + 1)
        for i, h in enumerate(headings)
    ]
    if sum(least) > width:  # no room for every longest word: each gets its share
        least = [m * width / sum(least) for m in least]
    short = sum(max(0.0, m - w) for m, w in zip(least, wanted, strict=True))
    columns = [max(m, w) for m, w in zip(least, wanted, strict=True)]
    spare = [max(0.0, c - m) for c, m in zip(columns, least, strict=True)]
    if short and sum(spare):
        columns = [c - short * s / sum(spare) for c, s in zip(columns, spare, strict=True)]
    return columns


def draw_register(title: str, headings: list[str], rows: list[list[str]], made_at: dt.datetime) -> bytes:
    """The register's PDF; drawn twice, the first time to count the pages."""
    register_fonts()
    # words wrap at spaces ("CJK" wrapping broke Russian and Kazakh words anywhere); only a token
    # longer than its column (a file name) is split
    cell, head = style(7), style(7, BOLD)
    columns = _column_widths(headings, rows, landscape(A4)[0] - 2 * MARGIN)
    total = 0
    for _ in range(2):
        buffer = io.BytesIO()
        doc = _document(buffer, title, total)
        data = [[Paragraph(escape(h), head) for h in headings]]
        data += [[Paragraph(escape(value), cell) for value in row] for row in rows]
        table = Table(data, colWidths=columns, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        heading = Paragraph(escape(title), style(12, BOLD))
        made = Paragraph(escape(f"{t.both(t.MADE_AT)}: {moments.moment(made_at)} · QazMail Desktop"), style(8))
        doc.build([heading, made, Spacer(1, 4 * mm), table])
        total = doc.page
    return buffer.getvalue()
