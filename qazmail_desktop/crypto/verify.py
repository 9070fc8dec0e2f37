"""Verifying every signer of a CMS, with a verdict a person (and a court expert) can act on.

The time rule: signingTime is only the signer's claim. A valid time-stamp from a trusted TSA
(CAdES-T) proves when the signature existed; then the chain, the certificate's validity and its
revocation are judged at that time, and revocation evidence must speak for it. Without one they
are judged now: an expired or revoked certificate makes the signature expired or revoked, however
early the signer says it signed.

Checks, in order of what a status reports first: structure (malformed), algorithm support
(unknown_algorithm), the document digest (content_modified, or content_missing for a detached CMS
given without its document), the signature (invalid_signature), the key's purpose
(key_not_for_signing), revocation (revoked), validity (expired / not_yet_valid), the chain to a
trusted root (untrusted), and last whether revocation could be established at all (indeterminate).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from asn1crypto import cms, ocsp, tsp, x509
from asn1crypto import crl as asn1_crl

from ..moments import moment
from . import certificates, digests, generations, nca, revocation
from .cms import content_inside, parse_signed_data
from .content import Content
from .errors import (
    ASN1_ERRORS,
    CRYPTO_OR_ASN1_ERRORS,
    MALFORMED_OR_ASN1_ERRORS,
    MalformedDataError,
    UnsupportedAlgorithmError,
)
from .evidence import EmbeddedRevocation, embedded_revocation
from .identity import CertificateInfo, describe
from .status import Status
from .trust import ChainResult, CrlSet, Evidence, Revocation, RevocationCheck, TrustStore, build_chain

assert tsp  # registers time-stamp and ESS attribute types with asn1crypto.cms


VALID = Status.VALID
INDETERMINATE = Status.INDETERMINATE
INVALID_SIGNATURE = Status.INVALID_SIGNATURE
CONTENT_MODIFIED = Status.CONTENT_MODIFIED
CONTENT_MISSING = Status.CONTENT_MISSING
EXPIRED = Status.EXPIRED
NOT_YET_VALID = Status.NOT_YET_VALID
REVOKED = Status.REVOKED
SUSPENDED = Status.SUSPENDED
UNTRUSTED = Status.UNTRUSTED
UNKNOWN_ALGORITHM = Status.UNKNOWN_ALGORITHM
KEY_NOT_FOR_SIGNING = Status.KEY_NOT_FOR_SIGNING
MALFORMED = Status.MALFORMED
OLDER_GENERATION = Status.OLDER_GENERATION


@dataclass(frozen=True)
class Timestamp:
    """An RFC 3161 token: ``valid`` when it covers this signature and its signature checks,
    ``trusted`` when, in addition, a time-stamping authority made it (RFC 3161 2.3: its certificate's
    only purpose is id-kp-timeStamping, marked critical), chaining to a trusted root and not revoked
    at genTime. ``note``: what could not be checked of a trusted one (its TSA's revocation)."""

    time: dt.datetime
    tsa: str
    valid: bool
    trusted: bool
    problem: str
    note: str = ""


def _iso(when: dt.datetime | None) -> str | None:
    return when.isoformat() if when else None


@dataclass
class SignerVerdict:
    status: Status
    message: str
    info: CertificateInfo | None = None
    certificate: x509.Certificate | None = None
    signing_time: dt.datetime | None = None  # the proven time, else the claimed one
    time_source: str = ""  # "timestamp" (proven), "signing_time" (claimed by the signer) or ""
    claimed_time: dt.datetime | None = None  # the signingTime attribute
    judged_at: dt.datetime | None = None  # when validity and revocation were judged
    timestamp: Timestamp | None = None
    chain: list[x509.Certificate] = field(default_factory=list)
    revocation: str = ""
    revocation_known: bool = False  # some evidence spoke for the certificate at the judged time
    evidence: list[Evidence] = field(default_factory=list)
    digest_algorithm: str = ""
    issuer_role: str = ""  # nca.CaRole of the CA that issued the signer's certificate, when known
    ca_revocation: str = ""  # what the issuing CAs' own revocation check (their roots' CRLs) came to

    @property
    def valid(self) -> bool:
        return self.status == VALID

    @property
    def time_proven(self) -> bool:
        return self.time_source == "timestamp"

    @property
    def issued_by(self) -> str:
        """ "issued by the state bodies' CA (УЦГО)" and the like, when the issuing CA's role is known."""
        return nca.ISSUED_BY.get(self.issuer_role, "")

    def to_json(self) -> dict[str, Any]:
        info = self.info
        return {
            "valid": self.valid,
            "status": str(self.status),
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
            "signing_time": _iso(self.signing_time),
            "time_source": self.time_source or None,
            "claimed_signing_time": _iso(self.claimed_time),
            "judged_at": _iso(self.judged_at),
            "timestamp": self.timestamp.time.isoformat() if self.timestamp and self.timestamp.valid else None,
            "timestamp_trusted": self.timestamp.trusted if self.timestamp else None,
            "timestamp_problem": (self.timestamp.problem or None) if self.timestamp else None,
            "timestamp_note": (self.timestamp.note or None) if self.timestamp else None,
            "tsa": (self.timestamp.tsa or None) if self.timestamp else None,
            "digest_algorithm": self.digest_algorithm,
            "revocation": self.revocation or None,
            "revocation_evidence": [e.to_json() for e in self.evidence],
            "chain": [certificates.friendly_name(c.subject) for c in self.chain],
            "issuer_role": self.issuer_role or None,
            "issued_by": self.issued_by or None,
            "ca_revocation": self.ca_revocation or None,
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
    notes: list[str] = field(default_factory=list)  # what building the policy has to tell the user
    # OCSP answers kept from an earlier check of the same signature (read back from its stored verdict)
    kept_ocsp: list[ocsp.BasicOCSPResponse] = field(default_factory=list)

    def current_time(self) -> dt.datetime:
        return self.now or dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class _Judgement:
    """How one signer is judged: at which time, whether that time is proven, and whether
    unknown revocation status leaves the verdict indeterminate (not for a TSA inside a token).
    ``outer_ocsp``: OCSP answers the signature around a time-stamp token carries (its
    revocation-values), which may speak for the TSA too."""

    when: dt.datetime
    proven: bool
    revocation_required: bool = True
    outer_ocsp: tuple[ocsp.BasicOCSPResponse, ...] = ()


def _attr(attrs: cms.CMSAttributes | None, name: str) -> Any:
    for attr in attrs or []:
        if attr["type"].native == name:
            return attr["values"][0]
    return None


def _check_signature(
    signer: cms.SignerInfo, cert: x509.Certificate, message_digest: bytes | None
) -> tuple[Status, str]:
    """(status, message) of the signature value itself, given the content's digest (None when a
    detached CMS came without its document: the signature over the attributes is still checked)."""
    digest_oid = signer["digest_algorithm"]["algorithm"].dotted
    signature_oid = signer["signature_algorithm"]["algorithm"].dotted
    key = certificates.public_key(cert)
    signature = signer["signature"].native
    attrs = signer["signed_attrs"]
    if not attrs:
        return UNKNOWN_ALGORITHM, "CMS without signed attributes is not supported"
    claimed = _attr(attrs, "message_digest")
    if claimed is None:
        return MALFORMED, "signed attributes lack messageDigest"
    if message_digest is not None and claimed.native != message_digest:
        return CONTENT_MODIFIED, (
            "the document differs from the one that was signed (modified after signing, or another document)"
        )
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
    if message_digest is None:
        return CONTENT_MISSING, "the signed document is needed to check integrity (detached signature)"
    return VALID, ""


_EKU_TIME_STAMPING = "1.3.6.1.5.5.7.3.8"
_EXTENDED_KEY_USAGE = "2.5.29.37"


def _not_a_tsa(cert: x509.Certificate) -> str:
    """Empty when ``cert`` is a time-stamping authority's (RFC 3161 2.3: extendedKeyUsage
    id-kp-timeStamping as its only purpose, marked critical, as every NCA TSA certificate has it);
    else why not. Any other certificate stamping a time is only its holder's claim."""
    name = describe(cert).name or certificates.friendly_name(cert.subject)
    for extension in cert["tbs_certificate"]["extensions"] or []:
        if extension["extn_id"].dotted != _EXTENDED_KEY_USAGE:
            continue
        try:
            purposes = [purpose.dotted for purpose in extension["extn_value"].parsed]
        except ASN1_ERRORS:
            return f"{name} has a damaged extendedKeyUsage"
        if purposes != [_EKU_TIME_STAMPING]:
            return f"{name} is not a time-stamping authority (its extendedKeyUsage is {', '.join(purposes)})"
        if not extension["critical"].native:
            return f"{name}: its extendedKeyUsage id-kp-timeStamping is not marked critical (RFC 3161 2.3)"
        return ""
    return f"{name} is not a time-stamping authority (no extendedKeyUsage id-kp-timeStamping)"


def _timestamp(
    signer: cms.SignerInfo, policy: VerifyPolicy, crls: CrlSet, outer_ocsp: list[ocsp.BasicOCSPResponse]
) -> Timestamp | None:
    """The signature's time-stamp token, its TSA judged at genTime with the evidence at hand:
    ``crls`` and ``outer_ocsp`` (what the signature carries) besides what the token carries."""
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
        # the TSA's own certificate is judged at the time it vouches for
        judgement = _Judgement(gen_time, proven=True, revocation_required=False, outer_ocsp=tuple(outer_ocsp))
        content = Content(data=signed["encap_content_info"]["content"].contents)
        inner = verify_signed_data(signed, content, replace(policy, crls=crls), judgement)
    except CRYPTO_OR_ASN1_ERRORS as exc:
        return Timestamp(dt.datetime.min.replace(tzinfo=dt.UTC), "", False, False, f"unreadable time-stamp: {exc}")
    tsa = inner.signers[0] if inner.signers else None
    tsa_name = tsa.info.name if tsa and tsa.info else ""
    if tsa is None or tsa.status not in (VALID, UNTRUSTED, REVOKED):
        return Timestamp(
            gen_time, tsa_name, False, False, f"time-stamp signature: {tsa.message if tsa else 'no signer'}"
        )
    assert tsa.certificate is not None
    not_a_tsa = _not_a_tsa(tsa.certificate)
    if not_a_tsa:
        return Timestamp(gen_time, tsa_name, True, False, f"not made by a time-stamping authority: {not_a_tsa}")
    if tsa.status == REVOKED:
        return Timestamp(gen_time, tsa_name, True, False, f"the time-stamp authority's certificate was {tsa.message}")
    if tsa.status == UNTRUSTED:
        return Timestamp(gen_time, tsa_name, True, False, f"time-stamp authority not trusted: {tsa.message}")
    unknown = "no evidence at hand says whether the time-stamp authority's certificate was revoked at its time"
    note = "" if tsa.revocation_known else f"{unknown} ({tsa.revocation})"
    return Timestamp(gen_time, tsa_name, True, True, "", note)


def _at(when: dt.datetime) -> str:
    """A moment in a verdict's sentence, to the minute (qazmail_desktop.moments: one form everywhere)."""
    return moment(when, seconds=False)


def _validity(cert: x509.Certificate, judgement: _Judgement) -> tuple[Status, str]:
    validity = cert["tbs_certificate"]["validity"]
    not_before, not_after = validity["not_before"].native, validity["not_after"].native
    if judgement.when < not_before:
        return NOT_YET_VALID, f"the certificate is not valid until {_at(not_before)}"
    if judgement.when > not_after:
        if judgement.proven:
            return EXPIRED, f"the certificate expired on {_at(not_after)}, before the time-stamp's time"
        return (
            EXPIRED,
            f"the certificate expired on {_at(not_after)}; no trusted time-stamp proves the signature "
            "was made before the certificate expired",
        )
    return VALID, ""


_OCSP_SKEW = dt.timedelta(minutes=5)
_CERTIFICATE_HOLD = "certificate_hold"


EMBEDDED_OCSP = "OCSP embedded in the signature"
_KEPT_OCSP = "OCSP kept from an earlier check"


def _carried_ocsp(
    leaf: x509.Certificate,
    issuer: x509.Certificate,
    responses: list[tuple[ocsp.BasicOCSPResponse, str]],
    judgement: _Judgement,
) -> tuple[RevocationCheck | None, list[str]]:
    """What OCSP answers at hand (the signature's revocation-values, or kept from an earlier check
    of it) say of the leaf: a "good" only for a proven time (an old answer says nothing of now).
    An answer about the leaf signed by neither its CA nor a responder the CA issued with
    id-kp-OCSPSigning is only its signer's claim: ignored, and said so (the second value)."""
    ignored: list[str] = []
    for basic, label in responses:
        try:
            response = revocation.read_basic_response(basic, issuer)
        except revocation.RevocationError:
            continue
        answer = response.about(leaf, "")
        if answer is None:
            continue
        if response.signature_status != "valid":
            ignored.append(
                f"{label} ignored: not signed by {certificates.friendly_name(issuer.subject)} "
                "or an OCSP responder it issued (id-kp-OCSPSigning)"
            )
            continue
        taken = answer.this_update or answer.produced_at
        check = _ocsp_says(answer, label, label, issuer, judgement, taken, keep=label == _KEPT_OCSP, fetched_now=False)
        if check is not None:
            return check, ignored
    return None, ignored


def _ocsp_says(
    answer: revocation.OcspAnswer,
    label: str,
    source: str,
    issuer: x509.Certificate,
    judgement: _Judgement,
    taken: dt.datetime,
    keep: bool,
    fetched_now: bool,
) -> RevocationCheck | None:
    """One OCSP answer's word on the leaf at the judged time: a revocation; or a "good" taken at
    most five minutes before a proven time (or later: a later "good" means it was not revoked then
    either), or, fetched now, a "good" when the time judged is now. ``keep``: the answer is kept
    with the verdict, for a later check offline (a kept one stays kept). A "revoked" is always
    kept: it stays true, so reading the letter offline later says revoked too, not unknown."""
    kept = answer.response.dump() if (keep or answer.status == "revoked") and answer.response is not None else None
    evidence = Evidence("ocsp", label, certificates.friendly_name(issuer.subject), answer.produced_at, None, kept)
    if answer.status == "revoked" and answer.revoked_at is not None:
        return RevocationCheck(True, Revocation(answer.revoked_at, answer.reason, source), (evidence,))
    in_time = taken >= judgement.when - _OCSP_SKEW if judgement.proven else fetched_now
    if answer.status == "good" and in_time:
        return RevocationCheck(True, None, (evidence,))
    return None


def _revocation(
    chain: ChainResult,
    policy: VerifyPolicy,
    crls: CrlSet,
    judgement: _Judgement,
    embedded: list[ocsp.BasicOCSPResponse],
) -> RevocationCheck:
    """What the OCSP answers the signature carries, OCSP (online) and the CRLs at hand say of the
    leaf at the judged time."""
    leaf, issuer = chain.chain[0], chain.chain[1]
    carried = [*embedded, *judgement.outer_ocsp]
    at_hand = [(r, EMBEDDED_OCSP) for r in carried] + [(r, _KEPT_OCSP) for r in policy.kept_ocsp]
    said_by_carried, ignored = _carried_ocsp(leaf, issuer, at_hand, judgement)
    if said_by_carried is not None:
        return said_by_carried
    problems: list[str] = []
    if policy.online:
        for url in revocation.ocsp_urls(leaf, issuer):
            try:
                answer = revocation.ocsp_check(leaf, issuer, url)
            except revocation.RevocationError as exc:
                problems.append(str(exc))
                continue
            said = _ocsp_says(
                answer, f"OCSP {url}", "OCSP", issuer, judgement, answer.produced_at, judgement.proven, fetched_now=True
            )
            if said is not None:
                return said
            problems.append(f"OCSP {url} answered {answer.status}")
        problems += revocation.refresh_crls(leaf, issuer, crls, policy.crl_cache, policy.current_time())
    found = crls.check(leaf, issuer, judgement.when, judgement.proven)
    if found.known:  # what was ignored stays said beside the evidence that counted
        return replace(found, problems=(*ignored, *found.problems))
    return replace(found, problems=(*ignored, *problems, *found.problems))


def verify_signer(
    signer: cms.SignerInfo,
    certs: list[x509.Certificate],
    message_digest_for: dict[str, bytes],
    policy: VerifyPolicy,
    crls: CrlSet | None = None,
    judgement: _Judgement | None = None,
) -> SignerVerdict:
    """One signer's verdict. ``judgement`` fixes the time (a TSA inside a token is judged at its
    genTime); otherwise the signature's own trusted time-stamp, or now, decides it."""
    cert = certificates.find_certificate(signer["sid"], certs)
    if cert is None:
        return SignerVerdict(MALFORMED, "the signer's certificate is not included in the CMS")
    info = describe(cert)
    verdict = SignerVerdict(UNTRUSTED, "", info, cert)
    digest_oid = signer["digest_algorithm"]["algorithm"].dotted
    verdict.digest_algorithm = digests.digest_name(digest_oid)
    try:
        status, message = _check_signature(signer, cert, message_digest_for.get(digest_oid))
    except UnsupportedAlgorithmError as exc:
        status, message = UNKNOWN_ALGORITHM, str(exc)
    except MalformedDataError as exc:
        status, message = MALFORMED, str(exc)
    signing_time_attr = _attr(signer["signed_attrs"], "signing_time")
    if signing_time_attr is not None:
        verdict.claimed_time = signing_time_attr.native
        verdict.signing_time, verdict.time_source = verdict.claimed_time, "signing_time"
    if status not in (VALID, CONTENT_MISSING):
        verdict.status, verdict.message = status, message
        return verdict
    try:
        embedded = embedded_revocation(signer)
    except ASN1_ERRORS:
        embedded = EmbeddedRevocation([], [])  # damaged evidence proves nothing; the rest is judged as usual
    crls = crls or policy.crls
    if embedded.crls:
        crls = crls.with_extra(_usable_crls(embedded.crls))
    if judgement is None:
        verdict.timestamp = _timestamp(signer, policy, crls, embedded.responses)
        if verdict.timestamp and verdict.timestamp.trusted:
            judgement = _Judgement(verdict.timestamp.time, proven=True)
            verdict.signing_time, verdict.time_source = verdict.timestamp.time, "timestamp"
        else:
            judgement = _Judgement(policy.current_time(), proven=False)
    verdict.judged_at = judgement.when
    verdict.status, verdict.message = _judge(verdict, cert, certs, policy, crls, judgement, embedded.responses)
    _judge_issuing_cas(verdict, policy, crls, judgement)
    if status == CONTENT_MISSING and verdict.status in (VALID, INDETERMINATE, UNTRUSTED):
        verdict.status, verdict.message = status, f"{message}; {verdict.message}"
    return verdict


def judge_without_time_stamp(
    status: Status,
    message: str,
    cert: x509.Certificate | None,
    certs: list[x509.Certificate],
    digest_oid: str,
    policy: VerifyPolicy,
) -> SignerVerdict:
    """The verdict of a signature checked elsewhere (an XML signature: ``status`` and ``message``
    say how its value and digest came out) whose certificate is judged here as a CMS signer's is:
    purpose, chain, revocation, issuing CAs. It has no time-stamp and no signingTime, so it is
    judged now (the time rule)."""
    info = describe(cert) if cert is not None else None
    verdict = SignerVerdict(status, message, info, cert)
    verdict.digest_algorithm = digests.digest_name(digest_oid) if digest_oid else ""
    if status != VALID or cert is None:
        return verdict
    judgement = _Judgement(policy.current_time(), proven=False)
    verdict.judged_at = judgement.when
    verdict.status, verdict.message = _judge(verdict, cert, certs, policy, policy.crls, judgement, [])
    _judge_issuing_cas(verdict, policy, policy.crls, judgement)
    return verdict


def _judge(
    verdict: SignerVerdict,
    cert: x509.Certificate,
    certs: list[x509.Certificate],
    policy: VerifyPolicy,
    crls: CrlSet,
    judgement: _Judgement,
    embedded: list[ocsp.BasicOCSPResponse],
) -> tuple[Status, str]:
    """The certificate's verdict at the judged time: purpose, revocation, validity, chain."""
    assert verdict.info is not None
    # an AUTH key, or a keyUsage allowing neither digitalSignature nor nonRepudiation, cannot make
    # a document signature, whatever the mathematics says (identity.CertificateInfo.can_sign)
    if not verdict.info.can_sign:
        return KEY_NOT_FOR_SIGNING, (
            "the certificate does not allow signing documents "
            f"(key usage: {', '.join(verdict.info.key_usage) or 'none'}; an authentication key)"
        )
    chain = build_chain(cert, policy.trust, certs, judgement.when)
    verdict.chain = chain.chain
    check = RevocationCheck(False, problems=("the certificate does not chain to a trusted root",))
    if chain.trusted and len(chain.chain) >= 2:
        check = _revocation(chain, policy, crls, judgement, embedded)
    elif chain.trusted:
        check = RevocationCheck(True)  # a trusted root signing itself: nothing to revoke it
    verdict.evidence = list(check.evidence)
    verdict.revocation_known = check.known
    revoked = check.revocation
    # beside evidence that counted, ``problems`` names what was ignored (see _revocation)
    ignored = "".join(f"; {note}" for note in check.problems) if check.known else ""
    if revoked is not None:
        # certificateHold is a suspension, which a later CRL, delta CRL or OCSP "good" lifts (the
        # evidence read has already applied that): judged at the time that counts like a revocation
        held = revoked.reason == _CERTIFICATE_HOLD
        status, done, what = (SUSPENDED, "suspended", "suspension") if held else (REVOKED, "revoked", "revocation")
        listed = f"{done} on {_at(revoked.revoked_at)} per {revoked.source} ({revoked.reason})"
        liftable = "; the CA may lift it" if held else ""
        verdict.revocation = listed + liftable + ignored
        if revoked.revoked_at <= judgement.when:
            if judgement.proven:
                return status, f"{listed}, before the time-stamp's time{liftable}"
            return status, (
                f"{listed}; no trusted time-stamp proves the signature was made before the {what}{liftable}"
            )
        verdict.revocation = f"{listed}, after the proven time of signing{liftable}{ignored}"
    elif check.known:
        sources = "; ".join(e.describe() for e in check.evidence)
        verdict.revocation = (f"not revoked per {sources}" if sources else "not revocable (trusted root)") + ignored
    else:
        verdict.revocation = "status unknown: " + "; ".join(check.problems)
    status, message = _validity(cert, judgement)
    if status != VALID:
        return status, message
    if not chain.trusted:
        return UNTRUSTED, chain.problem
    if not check.known and judgement.revocation_required:
        return INDETERMINATE, (
            "the signature is intact, but no CRL or OCSP answer at hand says whether the certificate was revoked "
            + ("at the time-stamp's time" if judgement.proven else "now")
            + " (see revocation)"
        )
    if judgement.proven:
        return VALID, "signature valid; when it was made is proven by a trusted time-stamp"
    claimed = "; its signing time is only the signer's claim" if verdict.claimed_time else ""
    return VALID, f"signature valid; certificate valid and not revoked now{claimed}"


def verify_signed_data(
    signed: cms.SignedData, content: Content | None, policy: VerifyPolicy, judgement: _Judgement | None = None
) -> VerificationResult:
    """Every signer's verdict over ``content`` when given (also for a CMS that holds its
    document: a different one is content_modified), else over the document the CMS holds; a
    detached CMS without ``content`` still names its signers (status content_missing)."""
    try:
        embedded = content_inside(signed)
        certs = [certificates.interned(c.chosen) for c in signed["certificates"] or [] if c.name == "certificate"]
        carried = [c.chosen for c in signed["crls"] or [] if c.name == "crl"]
        signer_infos = list(signed["signer_infos"])
        digest_oids = {s["digest_algorithm"]["algorithm"].dotted for s in signer_infos}
    except ASN1_ERRORS as exc:
        raise MalformedDataError(f"malformed CMS ({str(exc).splitlines()[0]})") from exc
    # a document the user names is what the verdict is about, even when the CMS holds one itself
    source = content if content is not None else (Content(data=embedded) if embedded is not None else None)
    hashers = {}
    for oid in digest_oids:
        try:
            hashers[oid] = digests.new_hasher(oid)
        except UnsupportedAlgorithmError:
            continue
    if source is not None:
        for chunk in source.chunks():
            for hasher in hashers.values():
                hasher.update(chunk)
    message_digests = {oid: h.digest() for oid, h in hashers.items()} if source is not None else {}
    crls = policy.crls.with_extra(_usable_crls(carried)) if carried else policy.crls
    verdicts = [
        _verdict_for(signer, certs, message_digests, set(hashers), policy, crls, judgement) for signer in signer_infos
    ]
    # SET OF SignerInfo has no order of its own (DER sorts it): show signers in the order they signed
    far_future = dt.datetime.max.replace(tzinfo=dt.UTC)
    verdicts.sort(key=lambda verdict: verdict.signing_time or far_future)
    return VerificationResult(verdicts, embedded)


def _usable_crls(carried: list[asn1_crl.CertificateList]) -> list[asn1_crl.CertificateList]:
    """CRLs a CMS carries, those that parse (their signatures are checked when used)."""
    usable = []
    for crl in carried:
        try:
            crl.native  # noqa: B018 - parse fully: a damaged one is left out, not fatal
        except ASN1_ERRORS:
            continue
        usable.append(crl)
    return usable


def _verdict_for(
    signer: cms.SignerInfo,
    certs: list[x509.Certificate],
    message_digests: dict[str, bytes],
    supported: set[str],
    policy: VerifyPolicy,
    crls: CrlSet,
    judgement: _Judgement | None,
) -> SignerVerdict:
    """One signer's verdict; whatever in it cannot be parsed makes it `malformed`, not an error.
    A signature of an older NCA generation is named as such (a TSA's token, ``judgement`` set, is
    judged as any other: its verdict only decides whether its time counts)."""
    try:
        older = _older_generation(signer, certs) if judgement is None else None
        if older is not None:
            return older
        oid = signer["digest_algorithm"]["algorithm"].dotted
        if oid not in supported:
            cert = certificates.find_certificate(signer["sid"], certs)
            info = describe(cert) if cert is not None else None
            return SignerVerdict(UNKNOWN_ALGORITHM, f"unsupported digest algorithm {oid}", info, cert)
        return verify_signer(signer, certs, message_digests, policy, crls, judgement)
    except MALFORMED_OR_ASN1_ERRORS as exc:
        return SignerVerdict(MALFORMED, f"malformed signer information ({str(exc).splitlines()[0]})")


def _older_generation(signer: cms.SignerInfo, certs: list[x509.Certificate]) -> SignerVerdict | None:
    """The verdict of a signature of an older NCA generation this version cannot check (its signer
    named, its signingTime shown as a claim), or None for any other."""
    cert = certificates.find_certificate(signer["sid"], certs)
    why = generations.older_generation(signer, cert)
    if not why:
        return None
    verdict = SignerVerdict(OLDER_GENERATION, why, describe(cert) if cert is not None else None, cert)
    claimed = _attr(signer["signed_attrs"], "signing_time")
    if claimed is not None:
        verdict.claimed_time = verdict.signing_time = claimed.native
        verdict.time_source = "signing_time"
    return verdict


def _judge_issuing_cas(verdict: SignerVerdict, policy: VerifyPolicy, crls: CrlSet, judgement: _Judgement) -> None:
    """Name the CA that issued the signer's certificate, and check each CA of its trusted chain
    against its own issuer's CRL (fetched when online, kept in the profile): a CA revoked at or
    before the judged time makes the signature revoked as of that date. With no CRL of the root
    at hand the verdict carries a note and is not made worse (offline, a profile that never
    fetched the root's CRL would otherwise fail every verdict; the leaf's own evidence counts)."""
    verdict.issuer_role = policy.trust.issuer_role(verdict.chain)
    if not policy.trust.ends_at_root(verdict.chain):
        return
    notes = []
    for ca, issuer in zip(verdict.chain[1:-1], verdict.chain[2:], strict=True):
        problems = []
        if policy.online:
            problems = revocation.refresh_crls(ca, issuer, crls, policy.crl_cache, policy.current_time())
        check = crls.check(ca, issuer, judgement.when, judgement.proven)
        ca_name = certificates.display_name(ca.subject)
        revoked = check.revocation
        if not check.known:
            notes.append(f"{ca_name}: revocation not checked ({'; '.join([*problems, *check.problems])})")
        elif revoked is None:
            notes.append(f"{ca_name}: not revoked per {'; '.join(e.describe() for e in check.evidence)}")
        elif revoked.revoked_at > judgement.when:
            after = f"{_at(revoked.revoked_at)} per {revoked.source}, after the time judged"
            notes.append(f"{ca_name}: revoked on {after}")
        else:
            notes.append(f"{ca_name}: revoked on {_at(revoked.revoked_at)} per {revoked.source} ({revoked.reason})")
            if verdict.status.severity < REVOKED.severity:
                before = "the time-stamp's time" if judgement.proven else "now (no trusted time-stamp proves otherwise)"
                verdict.status = REVOKED
                verdict.message = (
                    f"the issuing CA {ca_name} was revoked on {_at(revoked.revoked_at)} ({revoked.reason}), "
                    f"before {before}"
                )
    verdict.ca_revocation = "; ".join(notes)


def verify(cms_data: bytes, content: Content | None, policy: VerifyPolicy) -> VerificationResult:
    """Verify every signer of ``cms_data``; ``content`` is the document of a detached CMS."""
    signed = parse_signed_data(cms_data)
    return verify_signed_data(signed, content, policy)
