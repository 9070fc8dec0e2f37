"""Sign, co-sign and verify documents (files), for accountants who sign without mailing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..crypto import cms
from ..crypto.content import Content
from ..crypto.keys import SigningKey
from ..crypto.trust import TrustStore
from ..crypto.verify import VerificationResult, VerifyPolicy, verify
from ..signing.cosigning import ensure_intact
from ..signing.keystatus import ensure_not_revoked, evidence_for
from ..signing.outgoing import timestamper_for
from ..signing.verdicts import LetterVerdict, verify_signed_file
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


def verify_document(data: bytes, content: Content | None, policy: VerifyPolicy) -> VerificationResult:
    return verify(data, content, policy)


def verify_file(path: Path, policy: VerifyPolicy, document: Path | None = None) -> LetterVerdict:
    """Verify a signed file as File ▸ Open does: a document card, a signed PDF, or a CMS with its
    document (given, or the companion named by the signature's file name)."""
    data = read_limited(path, "signed file", MAX_SIGNED_FILE)
    if document is None and looks_like_card(data):
        return card_verdict(check_card(data, policy))
    document = document or companion_document(path)
    return verify_signed_file(shown(path.name), data, Content.of_file(document) if document else None, policy)
