"""A document card's pages against its attachments (issue 27: "replacing every page of a document
card keeps 'the card is intact'"). The attachments are what the signatures prove; the pages are
what people print. Each forgery here keeps the genuine original and signatures attached and
changes only what the pages show, as someone who wants a printout to lie would: a page taken from
a card of another document, every page replaced, a page added or dropped, a forged first page."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from qazmail_desktop.card.pagecheck import PagesCheck
from qazmail_desktop.card.pdf import attachments, compose
from qazmail_desktop.crypto.verify import VerifyPolicy
from qazmail_desktop.operations.cards import CardOptions, check_card, make_card
from qazmail_desktop.server.runner import EmbeddedServer
from tests.conftest import run_cli
from tests.test_cards import DOCUMENT, _pdf_document, _signed_by_two, _trust
from tests.test_ui import PATIENCE, _answer_file_dialog, _menu_item

FORGED = DOCUMENT.replace(b"1 200 000", b"9 200 000")  # one digit


def _card(demo: EmbeddedServer, name: str, document: bytes, options: CardOptions | None = None) -> bytes:
    return make_card(name, document, [_signed_by_two(demo, document)], VerifyPolicy(trust=_trust(demo)), options)


def _pages_of(*pages: tuple[bytes, int]) -> bytes:
    """A PDF of the given pages (card, 0-based page number), in order."""
    writer = PdfWriter()
    for data, index in pages:
        writer.add_page(PdfReader(io.BytesIO(data)).pages[index])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _with_pages(card: bytes, pages: bytes) -> bytes:
    """``card``'s attachments (original first, then the signatures) under other pages."""
    return compose(pages, [], None, attachments(card))


def _pages(card: bytes, demo: EmbeddedServer) -> PagesCheck:
    check = check_card(card, VerifyPolicy(trust=_trust(demo)))
    assert check.trustworthy, [s.problems for s in check.signatures]  # the attachments themselves hold
    assert check.pages is not None
    return check.pages


@pytest.fixture(scope="module")
def text_cards(demo: EmbeddedServer) -> tuple[bytes, bytes]:
    """The genuine card of the act, and a card of the act with another amount, signed just as well."""
    options = CardOptions(description="Акт сверки за III квартал")
    return _card(demo, "Акт сверки.txt", DOCUMENT, options), _card(demo, "Акт сверки.txt", FORGED, options)


def test_a_genuine_card_and_a_copy_of_its_pages_show_what_was_signed(
    text_cards: tuple[bytes, bytes], demo: EmbeddedServer
) -> None:
    genuine, _ = text_cards
    pages = _pages(genuine, demo)
    assert pages.match and pages.card_pages == 4 and not pages.differing
    assert pages.summary() == "the pages show the signed original and its signatures"
    copied = _with_pages(genuine, _pages_of(*((genuine, n) for n in range(4))))  # re-saved by another program
    assert _pages(copied, demo).match


def test_a_document_page_from_another_card_is_caught(text_cards: tuple[bytes, bytes], demo: EmbeddedServer) -> None:
    """Page 2 shows '9 200 000' over a card whose attached, signed original says '1 200 000'."""
    genuine, forged = text_cards
    swapped = _with_pages(genuine, _pages_of((genuine, 0), (forged, 1), (genuine, 2), (genuine, 3)))
    pages = _pages(swapped, demo)
    assert pages.differing == (2,) and not pages.match
    assert pages.summary().startswith("the pages differ from the signed original — do not trust the printout")
    assert "page 2 not as the signed original" in pages.summary()


def test_every_page_replaced_added_or_dropped_is_caught(text_cards: tuple[bytes, bytes], demo: EmbeddedServer) -> None:
    genuine, forged = text_cards
    every = _pages(_with_pages(genuine, _pages_of(*((forged, n) for n in range(4)))), demo)
    assert every.differing == (2, 3, 4)  # the first page names the same act; the rest show another one
    added = _pages(_with_pages(genuine, _pages_of(*((genuine, n) for n in (0, 1, 1, 2, 3)))), demo)
    assert added.card_pages == 5 and added.expected_pages == 4 and not added.match
    assert "5 pages where the original and signatures make 4" in added.summary()
    dropped = _pages(_with_pages(genuine, _pages_of((genuine, 0), (genuine, 1), (genuine, 2))), demo)
    assert dropped.card_pages == 3 and not dropped.match and "do not trust the printout" in dropped.summary()
    blank = PdfWriter()
    for _ in range(4):
        blank.add_blank_page(width=595.27, height=841.89)
    out = io.BytesIO()
    blank.write(out)
    assert _pages(_with_pages(genuine, out.getvalue()), demo).differing == (1, 2, 3, 4)


def test_a_forged_first_page_is_caught(text_cards: tuple[bytes, bytes], demo: EmbeddedServer) -> None:
    """The first page of a card of another document (another name, no description) over this one."""
    genuine, _ = text_cards
    other = _card(demo, "Договор.txt", DOCUMENT)
    pages = _pages(_with_pages(genuine, _pages_of((other, 0), (genuine, 1), (genuine, 2), (genuine, 3))), demo)
    assert pages.differing == (1,)


def test_the_command_line_says_the_printout_lies_and_exits_1(
    text_cards: tuple[bytes, bytes], demo: EmbeddedServer, tmp_path: Path, profile_dir: Path
) -> None:
    genuine, forged = text_cards
    trust = ["--trust", str(demo.data_dir / "pki")]
    (tmp_path / "genuine.pdf").write_bytes(genuine)
    swapped = _with_pages(genuine, _pages_of((genuine, 0), (forged, 1), (genuine, 2), (genuine, 3)))
    (tmp_path / "swapped.pdf").write_bytes(swapped)
    good = run_cli("card", "verify", tmp_path / "genuine.pdf", *trust, profile=profile_dir)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "pages: the pages show the signed original and its signatures" in good.stdout
    bad = run_cli("card", "verify", tmp_path / "swapped.pdf", *trust, profile=profile_dir)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "the pages differ from the signed original — do not trust the printout" in bad.stdout
    assert "the card is intact" not in bad.stdout and "Traceback" not in bad.stderr
    as_json = run_cli("card", "verify", tmp_path / "swapped.pdf", *trust, "--json", profile=profile_dir)
    report = json.loads(as_json.stdout)
    assert report["trustworthy"] is False and report["signatures_valid"] is True
    assert report["pages"]["differing"] == [2] and report["pages"]["match"] is False


def test_a_pdf_originals_pages_are_compared_as_drawn(demo: EmbeddedServer, tmp_path: Path) -> None:
    document = _pdf_document(tmp_path / "contract.pdf")
    genuine = _card(demo, "contract.pdf", document, CardOptions(qr_codes=False))
    assert _pages(genuine, demo).match
    canvas = Canvas(str(tmp_path / "other.pdf"), pagesize=A4)
    for text in ("Contract page one", "Annex page 2, amended"):
        canvas.setFont("Helvetica", 28)
        canvas.drawString(100, 700, text)
        canvas.showPage()
    canvas.save()
    other = (tmp_path / "other.pdf").read_bytes()
    forged = _card(demo, "contract.pdf", other, CardOptions(qr_codes=False))
    swapped = _with_pages(genuine, _pages_of((genuine, 0), (genuine, 1), (forged, 2), (genuine, 3), (genuine, 4)))
    assert _pages(swapped, demo).differing == (3,)


def test_an_images_pixels_are_compared(demo: EmbeddedServer) -> None:
    def png(mark: bool) -> bytes:
        picture = Image.new("RGB", (400, 300), "white")
        picture.paste((0, 0, 0), (40, 40, 360, 60))
        if mark:
            picture.paste((0, 0, 0), (200, 150, 208, 158))  # an 8-pixel square: a stamp's dot
        out = io.BytesIO()
        picture.save(out, "PNG")
        return out.getvalue()

    genuine = _card(demo, "scan.png", png(False), CardOptions(qr_codes=False))
    assert _pages(genuine, demo).match
    forged = _card(demo, "scan.png", png(True), CardOptions(qr_codes=False))
    pages = len(PdfReader(io.BytesIO(genuine)).pages)
    swapped = _with_pages(genuine, _pages_of((genuine, 0), (forged, 1), *((genuine, n) for n in range(2, pages))))
    assert _pages(swapped, demo).differing == (2,)


def test_a_card_without_the_document_or_signature_pages_matches_its_one_page(demo: EmbeddedServer) -> None:
    card = _card(demo, "act.txt", DOCUMENT, CardOptions(show_document=False, show_signatures=False))
    pages = _pages(card, demo)
    assert pages.match and pages.card_pages == 1


def test_the_window_says_a_cards_printout_lies(qtbot, demo_app, tmp_path: Path) -> None:
    """File ▸ Open signed file… on a card whose page 2 was swapped: the signatures are shown valid
    over the attached original, and the window says the pages do not show it, naming the page."""
    from qazmail_desktop.ui.fileview import SignedFileWindow

    server = demo_app.demo.server
    genuine, forged = _card(server, "act.txt", DOCUMENT), _card(server, "act.txt", FORGED)
    card = tmp_path / "act.card.pdf"
    card.write_bytes(_with_pages(genuine, _pages_of((genuine, 0), (forged, 1), (genuine, 2), (genuine, 3))))
    window = demo_app.window
    _answer_file_dialog(qtbot, card)
    _menu_item(window, "&File", "Open signed file…").trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(SignedFileWindow)), timeout=PATIENCE)
    viewer = next(w for w in window.findChildren(SignedFileWindow) if w.isVisible())
    qtbot.waitUntil(lambda: "Signature valid" in viewer.signatures.text(), timeout=PATIENCE)
    assert viewer.state.text() == (
        "Document card: the signatures are valid over the attached original, but the card's pages do not show it: "
        "do not trust the printout."
    )
    assert "The card's pages differ from the signed original (page 2) — do not trust the printout." in (
        viewer.signatures.text()
    )
    viewer.close()  # the next test's window starts with no other window open
