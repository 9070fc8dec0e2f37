"""What a card shows, decided before any drawing: the document's view and the signatures' pages
(kept apart from ``layout`` so that reading or checking a card never loads the PDF drawing library)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .facts import SignatureFacts


@dataclass(frozen=True)
class CardSignature:
    """One signature of the card: its attachment's name, the detached CMS, what its page shows."""

    file_name: str
    cms: bytes
    facts: SignatureFacts


@dataclass(frozen=True)
class DocumentView:
    """How the document is shown: as text, as an image, as the pages of a PDF, or not at all."""

    text: str | None = None
    image: bytes | None = None
    pdf_pages: int = 0
    not_shown: str = ""  # why there is no visualisation, for the contents


@dataclass(frozen=True)
class CardContent:
    document_name: str
    view: DocumentView
    signatures: list[CardSignature]
    made_at: dt.datetime
    system: str
    show_signatures: bool = True
    qr_codes: bool = True
    description: str = ""  # the specification's optional short description of the document
