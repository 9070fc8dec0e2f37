"""Sign, co-sign and verify documents (files), for accountants who sign without mailing."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..crypto import cms
from ..crypto.content import Content
from ..crypto.keys import SigningKey
from ..crypto.trust import TrustStore
from ..crypto.verify import VerificationResult, VerifyPolicy, verify
from ..signing.keystatus import ensure_not_revoked
from ..signing.outgoing import timestamper_for


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
    return Signed(cms.sign(content, key, detached=detached, timestamper=timestamper_for(key, tsa_url)), notes)


def cosign_document(
    existing: bytes, key: SigningKey, content: Content | None, tsa_url: str = "", trust: TrustStore | None = None
) -> Signed:
    notes = check_signing_key(key, trust)
    return Signed(cms.cosign(existing, key, content, timestamper=timestamper_for(key, tsa_url)), notes)


def verify_document(data: bytes, content: Content | None, policy: VerifyPolicy) -> VerificationResult:
    return verify(data, content, policy)
