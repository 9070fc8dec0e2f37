"""Sign, co-sign and verify documents (files), for accountants who sign without mailing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..crypto import cms
from ..crypto.content import Content
from ..crypto.errors import MalformedDataError
from ..crypto.keys import SigningKey
from ..crypto.status import Status
from ..crypto.trust import TrustStore
from ..crypto.verify import VerificationResult, VerifyPolicy, verify
from ..crypto.xmldsig import check_signatures, sign_enveloped
from ..crypto.xmlsafe import looks_like_xml, parse_xml
from ..signaturenames import embedded_name
from ..signing.cosigning import ensure_intact, ensure_xml_intact
from ..signing.keystatus import ensure_not_revoked, evidence_for
from ..signing.letterverdict import LetterVerdict
from ..signing.outgoing import timestamper_for
from ..signing.pdf import sign_pdf
from ..signing.reading import embedded_document
from ..signing.verdicts import verify_signed_file
from ..signing.xmlverdict import readable_xml, verify_xml
from ..userfiles import shown
from .cards import card_verdict, check_card, looks_like_card
from .files import MAX_SIGNED_FILE, companion_document, read_limited


@dataclass(frozen=True)
class Signed:
    """A new CMS and what the user should know about how it was made."""

    data: bytes
    notes: list[str] = field(default_factory=list)


def check_signing_key(key: SigningKey, trust: TrustStore | None) -> list[str]:
    """Refuse a key that cannot sign now (AUTH key, outside its dates, GOST 34.310-2004) and, when
    ``trust`` is given (online), one its OCSP responder says is revoked; notes what was not checked."""
    key.ensure_can_sign()
    if trust is None:
        return []
    note = ensure_not_revoked(key, trust)
    return [note] if note else []


def sign_document(
    content: Content, key: SigningKey, detached: bool, tsa_url: str = "", trust: TrustStore | None = None
) -> Signed:
    notes = check_signing_key(key, trust)
    stamp, evidence = timestamper_for(key, tsa_url), evidence_for(key, trust, tsa_url, notes)
    return Signed(cms.sign(content, key, detached=detached, timestamper=stamp, evidence=evidence), notes)


def cosign_document(
    existing: bytes, key: SigningKey, content: Content | None, tsa_url: str = "", trust: TrustStore | None = None
) -> Signed:
    """Co-sign after checking that every earlier signature is intact (``CosignRefused`` otherwise)."""
    ensure_intact(existing, content)
    notes = check_signing_key(key, trust)
    stamp, evidence = timestamper_for(key, tsa_url), evidence_for(key, trust, tsa_url, notes)
    return Signed(cms.cosign(existing, key, content, timestamper=stamp, evidence=evidence), notes)


def sign_xml(data: bytes, key: SigningKey, trust: TrustStore | None = None) -> Signed:
    """An enveloped XML signature as NCALayer makes it, appended after the document's own; every
    signature already there must be intact (``CosignRefused`` otherwise). XML signatures carry no
    time-stamp: a verifier judges them at the time it checks."""
    tree = parse_xml(data)
    ensure_xml_intact(tree)
    notes = check_signing_key(key, trust)
    return Signed(sign_enveloped(tree, key), notes)


def sign_pdf_document(data: bytes, key: SigningKey, tsa_url: str = "", trust: TrustStore | None = None) -> Signed:
    """A PDF with the key's signature inside (PAdES), time-stamped and with the signer's revocation
    evidence as every document signature is; signatures already in it must be intact and cover the
    whole file (``CosignRefused`` otherwise)."""
    notes = check_signing_key(key, trust)
    stamp, evidence = timestamper_for(key, tsa_url), evidence_for(key, trust, tsa_url, notes)
    return Signed(sign_pdf(data, key, stamp, evidence), notes)


def verify_document(data: bytes, content: Content | None, policy: VerifyPolicy) -> VerificationResult:
    return verify(data, content, policy)


SHOWN_LIMIT = 32 << 20  # a signed document larger than this is checked as a stream and not shown


@dataclass(frozen=True)
class SignedDocument:
    """The document a signature covers, byte for byte as the check read it: what the window shows
    beside the verdict is exactly what the verdict is about."""

    name: str
    data: bytes


@dataclass(frozen=True)
class CheckedFile:
    verdict: LetterVerdict
    document: SignedDocument | None  # None: a signed PDF, a card, no document at hand, or one too large to show


def document_inside(signature_name: str, data: bytes) -> SignedDocument | None:
    """The document an attached CMS carries (``act.txt.cms`` → ``act.txt``), None for a detached or
    unreadable signature."""
    inside = embedded_document(data)
    return SignedDocument(embedded_name(signature_name), inside) if inside is not None else None


def xml_signed_part(data: bytes) -> SignedDocument | None:
    """What the first XML signature of a document covers, when its digest and value check (the
    certificate is the verdict's matter): what a preview shows of a signed XML. None when the
    document is not read safely or no signature of it matches it."""
    try:
        tree = parse_xml(data)
        checks = check_signatures(tree)
    except MalformedDataError:
        return None
    first = next((check for check in checks if check.status == Status.VALID), None)
    if first is None:
        return None
    return SignedDocument(first.scope, readable_xml(first.signed))


def check_file(path: Path, policy: VerifyPolicy, document: Path | None = None, show: bool = True) -> CheckedFile:
    """Verify a signed file as File ▸ Open does: a document card, a signed PDF, a signed XML, or a CMS
    with its document (given, or the companion named by the signature's file name); the document
    is read once, and that reading is both checked and returned to be shown. ``show=False``: the
    verdict alone is wanted (an attached CMS is not parsed a second time for its document)."""
    data = read_limited(path, "signed file", MAX_SIGNED_FILE)
    if document is None and looks_like_card(data):
        return CheckedFile(card_verdict(check_card(data, policy)), None)
    name = shown(path.name)
    if looks_like_xml(data):
        xml = verify_xml(name, parse_xml(data), policy)
        return CheckedFile(xml.verdict, SignedDocument(path.name, xml.shown) if xml.shown is not None else None)
    if data.startswith(b"%PDF"):
        return CheckedFile(verify_signed_file(name, data, None, policy), None)
    document = document or companion_document(path)
    if document is None:
        inside = document_inside(path.name, data) if show else None
        return CheckedFile(verify_signed_file(name, data, None, policy), inside)
    if document.is_file() and document.stat().st_size <= SHOWN_LIMIT:
        read = SignedDocument(document.name, read_limited(document, "document", SHOWN_LIMIT))
        return CheckedFile(verify_signed_file(name, data, Content(data=read.data), policy), read)
    return CheckedFile(verify_signed_file(name, data, Content.of_file(document), policy), None)


def verify_file(path: Path, policy: VerifyPolicy, document: Path | None = None) -> LetterVerdict:
    """The verdict of :func:`check_file` alone (the command line, registers)."""
    return check_file(path, policy, document, show=False).verdict
