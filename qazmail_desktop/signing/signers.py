"""Who makes a letter's signatures: a key file on this computer, or eGov Mobile on the person's phone.

Both make detached CMS signatures over the documents they are given, and the letter is assembled
from them the same way (``outgoing``, ``smime``): a .sig is the signature itself, a .cms is the
signature with its document put inside (``cms.with_content``), a co-signature joins an earlier
signer's CMS (``cms.join_signers``), the letter's multipart/signed carries it as smime.p7s. So a
letter signed by QR is the same S/MIME letter as one signed with a key file.

A signer is asked once per step with all of that step's documents: eGov Mobile shows them in one
procedure (one QR code to scan), the attached files first, then the letter, whose text holds
their signatures.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..crypto import cms
from ..crypto.cms import TimestampRequester
from ..crypto.content import Content
from ..crypto.evidence import EvidenceRequester
from ..crypto.keys import SigningKey


class SigningStep(enum.Enum):
    """What a signer is asked to sign: a letter's attached files, the letter (whose text holds their
    signatures), or a document signed on its own (File ▸ Co-sign…, ``cosign --qr``)."""

    ATTACHMENTS = "attachments"
    LETTER = "letter"
    DOCUMENT = "document"


@dataclass(frozen=True)
class ToSign:
    """One document to sign: its name (eGov Mobile shows it to the person) and its content."""

    name: str
    content: Content

    def __repr__(self) -> str:  # the name may be private; the content always is
        return "ToSign(<document>)"


class DetachedSigner(Protocol):
    """What makes one detached CMS over each document of a step, in order, or raises a
    ``UserFacingError`` saying why not (nothing is sent then)."""

    def sign_detached(self, documents: Sequence[ToSign], step: SigningStep) -> list[bytes]: ...


@dataclass(frozen=True)
class KeySigner:
    """A key file on this computer: each signature time-stamped by ``timestamper`` (and carrying the
    signer's status from ``evidence``) when given."""

    key: SigningKey
    timestamper: TimestampRequester | None = None
    evidence: EvidenceRequester | None = None

    def sign_detached(self, documents: Sequence[ToSign], step: SigningStep) -> list[bytes]:
        return [
            cms.sign(d.content, self.key, detached=True, timestamper=self.timestamper, evidence=self.evidence)
            for d in documents
        ]
