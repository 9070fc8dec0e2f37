"""Do a card's pages show what its attachments prove?

The signatures prove the attached original; the pages are what people print, read and file, and
nothing protects them: anyone can replace every page of a card and leave the attachments alone. So
a card is checked twice: its signatures against the original, and its pages against the pages that
the original and the signatures make. The second check draws the card again from its own
attachments (the same drawing that made it) and compares both, page by page, pixel by pixel, as
PDFium shows them: a page that shows other text, another picture or another signer, or a page too
many or too few, differs.

What the attachments cannot give is read off the card's first page: when it was made, by which
system, its short description and which parts the maker chose to include. Those are the card
maker's own words, not the signer's; the comparison only needs them to draw the same pages (a
changed date on the first page is drawn as changed, and the pages still match).

A card laid out by another program draws its pages otherwise; its pages then differ from QazMail's
drawing, which is what the check says (it cannot tell the other program's honest layout from a
forgery, and must not guess)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from PIL import Image, ImageChops

from ..pdfpages import OpenPdf, PageImage, PdfNotReadable
from . import texts as t

SCALE = 1.5  # pixels per PDF point (108 dpi): a changed digit in the card's smallest type changes pixels
# PDFium draws the same page the same way; a few pixels of anti-aliasing are allowed a different build
SHADE_TOLERANCE = 40  # of 255, per channel
MAX_DIFFERENT_PIXELS = 24  # per page; one changed character of the card's 7.5 pt type changes more
MAX_COMPARED_PAGES = 400  # a text original's view stops at 300 pages; a bigger card is not drawn again

_MOMENT = re.compile(r"(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d):(\d\d) UTC([+-])(\d{1,2})(?::(\d\d))?")


@dataclass(frozen=True)
class MakersChoices:
    """What a card's first page says of how it was made: none of it is signed."""

    made_at: dt.datetime
    system: str
    description: str
    show_document: bool
    show_signatures: bool
    qr_codes: bool


@dataclass(frozen=True)
class PagesCheck:
    """The card's pages against the pages its attachments make: which differ, which were not compared."""

    card_pages: int
    expected_pages: int
    differing: tuple[int, ...] = ()  # the card's page numbers, from 1
    not_compared: tuple[int, ...] = ()
    unreadable: str = ""  # why the card's pages could not be read at all

    @property
    def match(self) -> bool:
        """Every page shows what the attachments make, and there is no page more or less."""
        return (
            not self.unreadable
            and not self.differing
            and not self.not_compared
            and self.card_pages == self.expected_pages
        )

    def summary(self) -> str:
        """One sentence for the user."""
        if self.unreadable:
            return f"the card's pages could not be read ({self.unreadable}): do not trust the printout"
        if self.match:
            return "the pages show the signed original and its signatures"
        parts = []
        if self.card_pages != self.expected_pages:
            parts.append(f"{self.card_pages} pages where the original and signatures make {self.expected_pages}")
        if self.differing:
            parts.append(f"{_pages(self.differing)} not as the signed original and its signatures draw them")
        if self.not_compared:
            parts.append(f"{_pages(self.not_compared)} not compared: a check stops at {MAX_COMPARED_PAGES} pages")
        if not self.differing and self.card_pages == self.expected_pages:
            return "; ".join(parts) + " — rely on the attached original there, not on the printout"
        return "the pages differ from the signed original — do not trust the printout (" + "; ".join(parts) + ")"


def _pages(numbers: tuple[int, ...]) -> str:
    """``page 3`` or ``pages 2–4, 7``: runs of page numbers, short."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    text = ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)
    return ("pages " if len(numbers) > 1 else "page ") + text


def _words(text: str) -> str:
    """Text with its line breaks and runs of spaces made single spaces (a paragraph's wrapping)."""
    return " ".join(text.split())


def _made_at(match: re.Match[str]) -> dt.datetime:
    day, month, year, hour, minute, second, sign, hours, minutes = match.groups()
    offset = dt.timedelta(hours=int(hours), minutes=int(minutes or 0)) * (1 if sign == "+" else -1)
    return dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), tzinfo=dt.timezone(offset))


def makers_choices(card: OpenPdf, document_name: str, fallback_system: str) -> MakersChoices:
    """Read off the first page (and the signature pages, for the QR codes) how the card was made.
    Whatever cannot be read is taken as QazMail makes it by default: the drawing then differs,
    which is the truth about such a card."""
    first = card.text(0) if card.page_count else ""
    found = _MOMENT.search(first)
    made_at = _made_at(found) if found else dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    system = first[found.end() :].splitlines()[0].strip() if found else fallback_system
    flat = _words(first)
    after_title = flat.split(t.TITLE[1], 1)[-1].strip()
    name = _words(document_name)
    description = ""
    if after_title.startswith(name) and t.MADE_AT[0] in after_title:
        description = after_title[len(name) : after_title.index(t.MADE_AT[0])].strip()
    later_pages = range(1, min(card.page_count, MAX_COMPARED_PAGES))
    return MakersChoices(
        made_at=made_at,
        system=system,
        description=description,
        show_document=t.BY_CHOICE not in flat,
        show_signatures=f"{t.both(t.SIGNATURES_VIEW)}: {t.both(t.NOT_INCLUDED)}" not in flat,
        qr_codes=any(t.QR_CODES[1] in _words(card.text(index)) for index in later_pages),
    )


def _image(page: PageImage) -> Image.Image:
    return Image.frombuffer("RGB", (page.width, page.height), page.rgb, "raw", "RGB", page.stride, 1)


def same_picture(shown: PageImage, drawn: PageImage) -> bool:
    """Whether two renderings show the same page (within a few pixels of anti-aliasing)."""
    if (shown.width, shown.height) != (drawn.width, drawn.height):
        return False
    if shown.rgb == drawn.rgb:
        return True
    difference = ImageChops.difference(_image(shown), _image(drawn))
    channels = difference.split()
    strongest = ImageChops.lighter(ImageChops.lighter(channels[0], channels[1]), channels[2])
    changed = strongest.point(lambda shade: 255 if shade > SHADE_TOLERANCE else 0)
    return changed.histogram()[255] <= MAX_DIFFERENT_PIXELS


def compare_pages(card: OpenPdf, expected: bytes) -> PagesCheck:
    """The card's pages against ``expected`` (the card drawn again from its attachments)."""
    try:
        with OpenPdf(expected) as drawn:
            compared = min(card.page_count, drawn.page_count, MAX_COMPARED_PAGES)
            differing = tuple(
                index + 1
                for index in range(compared)
                if not same_picture(card.render(index, SCALE), drawn.render(index, SCALE))
            )
            not_compared = tuple(range(compared + 1, min(card.page_count, drawn.page_count) + 1))
            return PagesCheck(card.page_count, drawn.page_count, differing, not_compared)
    except PdfNotReadable as exc:
        return PagesCheck(card.page_count, 0, unreadable=str(exc))
