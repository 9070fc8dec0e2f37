"""Verifying every signer of a CMS, with a verdict a person can act on.

Checks, in order of what a status reports first: structure (malformed), algorithm support
(unknown_algorithm), the document digest (content_modified), the signature (invalid_signature),
revocation before the signing time (revoked), certificate validity at the signing time
(expired / not_yet_valid), and the chain to a trusted root (untrusted). The signing time is the
time-stamp's when a valid token is attached, else the signingTime attribute.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn1crypto import cms, tsp, x509

from . import certificates, digests, revocation
from .cms import parse_signed_data
from .content import Content
from .errors import (
    ASN1_ERRORS,
    CRYPTO_OR_ASN1_ERRORS,
    MALFORMED_OR_ASN1_ERRORS,
    MalformedDataError,
    UnsupportedAlgorithmError,
)
from .identity import CertificateInfo, describe
from .trust import ChainResult, CrlSet, Revocation, TrustStore, build_chain

assert tsp  # registers time-stamp and ESS attribute types with asn1crypto.cms

VALID = "valid"
INVALID_SIGNATURE = "invalid_signature"
CONTENT_MODIFIED = "content_modified"
EXPIRED = "expired"
NOT_YET_VALID = "not_yet_valid"
REVOKED = "revoked"
UNTRUSTED = "untrusted"
UNKNOWN_ALGORITHM = "unknown_algorithm"
MALFORMED = "malformed"


@dataclass(frozen=True)
class Timestamp:
    """An RFC 3161 token: ``valid`` when it covers this signature and its signature checks,
    ``trusted`` when, in addition, the TSA chains to a trusted root."""

    time: dt.datetime
    tsa: str
    valid: bool
    trusted: bool
    problem: str


@dataclass
class SignerVerdict:
    status: str
    message: str
    info: CertificateInfo | None = None
    certificate: x509.Certificate | None = None
    signing_time: dt.datetime | None = None
    time_source: str = ""  # "timestamp", "signing_time" or "" when unknown
    timestamp: Timestamp | None = None
    chain: list[x509.Certificate] = field(default_factory=list)
    revocation: str = ""
    digest_algorithm: str = ""

    @property
    def valid(self) -> bool:
        return self.status == VALID

    def to_json(self) -> dict[str, Any]:
        info = self.info
        return {
            "valid": self.valid,
            "status": self.status,
            "message": self.message,
            "name": info.name if info else None,
            "surname": info.surname if info else None,
            "given_name": info.given_name if info else None,
            "patronymic": info.patronymic if info else None,
            "iin": info.iin if info else None,
            "bin": info.bin if info else None,
            "organization": info.organization if info else None,
            "email": info.email if info else None,
            "roles": info.roles if info else [],
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "time_source": self.time_source or None,
            "timestamp": self.timestamp.time.isoformat() if self.timestamp and self.timestamp.valid else None,
            "timestamp_trusted": self.timestamp.trusted if self.timestamp else None,
            "timestamp_problem": (self.timestamp.problem or None) if self.timestamp else None,
            "digest_algorithm": self.digest_algorithm,
            "revocation": self.revocation or None,
            "chain": [c.subject.human_friendly for c in self.chain],
            "certificate": info.to_json() if info else None,
        }


@dataclass
class VerificationResult:
    signers: list[SignerVerdict]
    content: bytes | None = None  # the attached document, when there is one

    @property
    def valid(self) -> bool:
        return bool(self.signers) and all(s.valid for s in self.signers)

    def to_json(self) -> dict[str, Any]:
        return {"valid": self.valid, "signers": [s.to_json() for s in self.signers]}


@dataclass
class VerifyPolicy:
    trust: TrustStore = field(default_factory=TrustStore)
    crls: CrlSet = field(default_factory=CrlSet)
    now: dt.datetime | None = None
    online: bool = False  # ask OCSP responders and download CRLs named in certificates
    crl_cache: Path | None = None  # where downloaded CRLs are kept for offline use


def _attr(attrs: cms.CMSAttributes | None, name: str) -> Any:
    for attr in attrs or []:
        if attr["type"].native == name:
            return attr["values"][0]
    return None


def _find_certificate(sid: cms.SignerIdentifier, certs: list[x509.Certificate]) -> x509.Certificate | None:
    if sid.name == "issuer_and_serial_number":
        ias = sid.chosen
        for c in certs:
            if c.issuer == ias["issuer"] and c.serial_number == ias["serial_number"].native:
                return c
    else:
        for c in certs:
            if c.key_identifier == sid.chosen.native:
                return c
    return None


def _check_signature(signer: cms.SignerInfo, cert: x509.Certificate, message_digest: bytes) -> tuple[str, str]:
    """(status, message) of the signature value itself, given the content's digest."""
    digest_oid = signer["digest_algorithm"]["algorithm"].dotted
    signature_oid = signer["signature_algorithm"]["algorithm"].dotted
    key = certificates.public_key(cert)
    signature = signer["signature"].native
    attrs = signer["signed_attrs"]
    if attrs:
        claimed = _attr(attrs, "message_digest")
        if claimed is None:
            return MALFORMED, "signed attributes lack messageDigest"
        if claimed.native != message_digest:
            return CONTENT_MODIFIED, "the document was modified after signing (digest mismatch)"
        signed_bytes = b"\x31" + attrs.dump()[1:]  # signed over as a SET, not the [0] it is stored as
        ok = certificates.verify_signature(key, signature_oid, signature, signed_bytes, digests.digest_name(digest_oid))
        if not ok:
            return INVALID_SIGNATURE, "the signature does not match the signer's key"
        ess = _attr(attrs, "signing_certificate_v2")
        if ess is not None:
            for cert_id in ess["certs"]:
                algo = cert_id["hash_algorithm"]["algorithm"].dotted
                expected = digests.digest(algo, cert.dump())
                if cert_id["cert_hash"].native != expected:
                    return INVALID_SIGNATURE, "signingCertificateV2 names a different certificate"
        return VALID, ""
    return UNKNOWN_ALGORITHM, "CMS without signed attributes is not supported"


def _timestamp(signer: cms.SignerInfo, policy: VerifyPolicy) -> Timestamp | None:
    token = _attr(signer["unsigned_attrs"], "signature_time_stamp_token")
    if token is None:
        return None
    try:
        signed = token["content"]
        tst_info = signed["encap_content_info"]["content"].parsed
        gen_time = tst_info["gen_time"].native
        imprint = tst_info["message_imprint"]
        expected = digests.digest(imprint["hash_algorithm"]["algorithm"].dotted, signer["signature"].native)
        if imprint["hashed_message"].native != expected:
            return Timestamp(gen_time, "", False, False, "the time-stamp is not over this signature")
        inner = verify_signed_data(signed, Content(data=signed["encap_content_info"]["content"].contents), policy)
    except CRYPTO_OR_ASN1_ERRORS as exc:
        return Timestamp(dt.datetime.min.replace(tzinfo=dt.UTC), "", False, False, f"unreadable time-stamp: {exc}")
    tsa = inner.signers[0] if inner.signers else None
    tsa_name = tsa.info.name if tsa and tsa.info else ""
    if tsa is None or tsa.status not in (VALID, UNTRUSTED):
        return Timestamp(
            gen_time, tsa_name, False, False, f"time-stamp signature: {tsa.message if tsa else 'no signer'}"
        )
    if tsa.status == UNTRUSTED:
        return Timestamp(gen_time, tsa_name, True, False, f"time-stamp authority not trusted: {tsa.message}")
    return Timestamp(gen_time, tsa_name, True, True, "")


def _validity_status(cert: x509.Certificate, when: dt.datetime) -> tuple[str, str]:
    validity = cert["tbs_certificate"]["validity"]
    if when < validity["not_before"].native:
        return NOT_YET_VALID, f"certificate not valid until {validity['not_before'].native:%Y-%m-%d %H:%M} UTC"
    if when > validity["not_after"].native:
        return (
            EXPIRED,
            f"certificate expired {validity['not_after'].native:%Y-%m-%d %H:%M} UTC, before the signing time",
        )
    return VALID, ""


def _may_sign(cert: x509.Certificate) -> bool:
    """keyUsage, when present, must include digitalSignature or nonRepudiation (contentCommitment)."""
    usage = cert.key_usage_value
    return usage is None or bool({"digital_signature", "non_repudiation"} & set(usage.native))


def _revocation(chain: ChainResult, policy: VerifyPolicy) -> tuple[Revocation | None, str]:
    """(revocation if revoked, a note naming the source that said so or said it is good)."""
    if len(chain.chain) < 2 or not chain.trusted:
        return None, ""  # revocation says nothing about a certificate that is not trusted anyway
    leaf, issuer = chain.chain[0], chain.chain[1]
    problems: list[str] = []
    if policy.online:
        for url in revocation.ocsp_urls(leaf):
            try:
                answer = revocation.ocsp_check(leaf, issuer, url)
            except revocation.RevocationError as exc:
                problems.append(str(exc))
                continue
            stamp = f"{answer.produced_at:%Y-%m-%d %H:%M} UTC"
            if answer.status == "revoked" and answer.revoked_at is not None:
                return Revocation(answer.revoked_at, answer.reason, f"OCSP at {stamp}"), ""
            if answer.status == "good":
                return None, f"OCSP good at {stamp}"
        problems += revocation.refresh_crls(
            leaf, issuer, policy.crls, policy.crl_cache, policy.now or dt.datetime.now(dt.UTC)
        )
    found = policy.crls.lookup(leaf, issuer)
    if found:
        return found, ""
    if policy.crls.has_crl_for(issuer):
        return None, "not revoked per CRL"
    return None, "revocation not checked: " + ("; ".join(problems) if problems else "no CRL or OCSP answer at hand")


def verify_signer(
    signer: cms.SignerInfo, certs: list[x509.Certificate], message_digest_for: dict[str, bytes], policy: VerifyPolicy
) -> SignerVerdict:
    cert = _find_certificate(signer["sid"], certs)
    if cert is None:
        return SignerVerdict(MALFORMED, "the signer's certificate is not included in the CMS")
    info = describe(cert)
    verdict = SignerVerdict(UNTRUSTED, "", info, cert)
    digest_oid = signer["digest_algorithm"]["algorithm"].dotted
    verdict.digest_algorithm = digests.digest_name(digest_oid)
    try:
        status, message = _check_signature(signer, cert, message_digest_for[digest_oid])
    except UnsupportedAlgorithmError as exc:
        status, message = UNKNOWN_ALGORITHM, str(exc)
    except MalformedDataError as exc:
        status, message = MALFORMED, str(exc)
    signing_time_attr = _attr(signer["signed_attrs"], "signing_time")
    if signing_time_attr is not None:
        verdict.signing_time, verdict.time_source = signing_time_attr.native, "signing_time"
    if status != VALID:
        verdict.status, verdict.message = status, message
        return verdict
    verdict.timestamp = _timestamp(signer, policy)
    if verdict.timestamp and verdict.timestamp.trusted:
        verdict.signing_time, verdict.time_source = verdict.timestamp.time, "timestamp"
    when = verdict.signing_time or policy.now or dt.datetime.now(dt.UTC)
    chain = build_chain(cert, policy.trust, certs, when)
    verdict.chain = chain.chain
    revoked, revocation_note = _revocation(chain, policy)
    verdict.revocation = revocation_note
    if revoked is not None:
        verdict.revocation = (
            f"revoked on {revoked.revoked_at:%Y-%m-%d %H:%M} UTC per {revoked.source} ({revoked.reason})"
        )
        if revoked.revoked_at <= when:
            verdict.status, verdict.message = REVOKED, verdict.revocation
            return verdict
    if not _may_sign(cert):
        verdict.status, verdict.message = INVALID_SIGNATURE, "the certificate's key usage does not allow signing"
        return verdict
    status, message = _validity_status(cert, when)
    if status != VALID:
        verdict.status, verdict.message = status, message
        return verdict
    if not chain.trusted:
        verdict.status, verdict.message = UNTRUSTED, chain.problem
        return verdict
    verdict.status = VALID
    source = "time-stamp" if verdict.time_source == "timestamp" else "signingTime"
    verdict.message = f"signature valid; signed {when:%Y-%m-%d %H:%M:%S} UTC ({source})"
    return verdict


def verify_signed_data(signed: cms.SignedData, content: Content | None, policy: VerifyPolicy) -> VerificationResult:
    try:
        encap = signed["encap_content_info"]
        embedded = encap["content"].native if encap["content"] else None
        if embedded is not None and not isinstance(embedded, bytes):
            embedded = encap["content"].contents
        certs = [c.chosen for c in signed["certificates"] or [] if c.name == "certificate"]
        signer_infos = list(signed["signer_infos"])
        digest_oids = {s["digest_algorithm"]["algorithm"].dotted for s in signer_infos}
    except ASN1_ERRORS as exc:
        raise MalformedDataError(f"malformed CMS ({str(exc).splitlines()[0]})") from exc
    if embedded is None and content is None:
        raise MalformedDataError("detached signature: the signed document is needed (--data FILE)")
    source = Content(data=embedded) if embedded is not None else content
    assert source is not None
    hashers = {}
    for oid in digest_oids:
        try:
            hashers[oid] = digests.new_hasher(oid)
        except UnsupportedAlgorithmError:
            continue
    for chunk in source.chunks():
        for hasher in hashers.values():
            hasher.update(chunk)
    message_digests = {oid: h.digest() for oid, h in hashers.items()}
    verdicts = [_verdict_for(signer, certs, message_digests, policy) for signer in signer_infos]
    # SET OF SignerInfo has no order of its own (DER sorts it): show signers in the order they signed
    far_future = dt.datetime.max.replace(tzinfo=dt.UTC)
    verdicts.sort(key=lambda verdict: verdict.signing_time or far_future)
    return VerificationResult(verdicts, embedded)


def _verdict_for(
    signer: cms.SignerInfo, certs: list[x509.Certificate], message_digests: dict[str, bytes], policy: VerifyPolicy
) -> SignerVerdict:
    """One signer's verdict; whatever in it cannot be parsed makes it `malformed`, not an error."""
    try:
        oid = signer["digest_algorithm"]["algorithm"].dotted
        if oid not in message_digests:
            cert = _find_certificate(signer["sid"], certs)
            info = describe(cert) if cert is not None else None
            return SignerVerdict(UNKNOWN_ALGORITHM, f"unsupported digest algorithm {oid}", info, cert)
        return verify_signer(signer, certs, message_digests, policy)
    except MALFORMED_OR_ASN1_ERRORS as exc:
        return SignerVerdict(MALFORMED, f"malformed signer information ({str(exc).splitlines()[0]})")


def verify(cms_data: bytes, content: Content | None, policy: VerifyPolicy) -> VerificationResult:
    """Verify every signer of ``cms_data``; ``content`` is the document of a detached CMS."""
    signed = parse_signed_data(cms_data)
    return verify_signed_data(signed, content, policy)
