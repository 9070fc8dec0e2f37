"""When a signature may be co-signed: every earlier signer must still prove the document, or a
co-signature would vouch for a document that is not the one they signed. Co-signing a document
file and co-signing a signature that arrives as an attachment of a letter follow the same rule."""

from __future__ import annotations

from lxml import etree

from ..crypto.content import Content
from ..crypto.errors import CryptoError
from ..crypto.identity import describe
from ..crypto.status import Status
from ..crypto.verify import VerifyPolicy, verify
from ..crypto.xmldsig import check_signatures


class CosignRefused(CryptoError):
    """An existing signature is not intact over the document: a co-signature would vouch for it."""


# What makes an existing signature unfit to co-sign: it does not prove the document is the signed one.
NOT_INTACT = (
    Status.CONTENT_MISSING,
    Status.OLDER_GENERATION,
    Status.UNKNOWN_ALGORITHM,
    Status.INVALID_SIGNATURE,
    Status.CONTENT_MODIFIED,
    Status.MALFORMED,
)


def ensure_intact(existing: bytes, content: Content | None) -> None:
    """Every existing signature must be intact over ``content`` (or the embedded document) before
    anyone co-signs it; trust and revocation are the verifier's matter, not a reason to refuse."""
    result = verify(existing, content, VerifyPolicy())  # integrity only: no trust store, no network
    if not result.signers:
        raise CosignRefused("this CMS holds no signature to co-sign")
    for number, signer in enumerate(result.signers, 1):
        if signer.status in NOT_INTACT:
            who = signer.info.name if signer.info else "unknown signer"
            raise CosignRefused(f"signature {number} ({who}) is {signer.status}: {signer.message}; co-signing refused")


def ensure_xml_intact(tree: etree._ElementTree) -> None:
    """Every signature already in an XML document must be intact (its digest and value) before a
    new one is added over it."""
    for number, check in enumerate(check_signatures(tree), 1):
        if check.status != Status.VALID:
            who = describe(check.signer).name if check.signer is not None else "unknown signer"
            raise CosignRefused(f"signature {number} ({who}) is {check.status}: {check.message}; signing refused")
