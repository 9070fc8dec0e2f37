"""Before signing: is the key's certificate revoked? Asked of its OCSP responder when online.

A signature made with a revoked key can never verify, and the user should learn it before the
letter leaves, not from the partner. When no responder answers, signing goes on (the key's
dates were checked already) and the caller is told that the status is unknown.
"""

from __future__ import annotations

import datetime as dt

from asn1crypto import x509

from ..crypto import revocation
from ..crypto.errors import SigningRefusedError
from ..crypto.evidence import EvidenceRequester, SigningEvidence
from ..crypto.keys import SigningKey
from ..crypto.trust import TrustStore, build_chain
from ..moments import moment


def ensure_not_revoked(key: SigningKey, trust: TrustStore, now: dt.datetime | None = None) -> str:
    """Raise SigningRefusedError when an OCSP responder says the key is revoked; otherwise return
    "" (good) or why the status is unknown."""
    now = now or dt.datetime.now(dt.UTC)
    chain = build_chain(key.certificate, trust, [], now)
    if len(chain.chain) < 2:
        return "the key's issuing CA is not known here: its revocation status was not checked"
    answer, problem = _ask_responders(key.certificate, chain.chain[1])
    if answer is not None and answer.status == "revoked" and answer.revoked_at is not None:
        raise SigningRefusedError(
            f"the certificate of {key.label} was revoked on {moment(answer.revoked_at, seconds=False)} "
            f"({answer.reason}) according to {answer.url}: a signature made with it would not be valid"
        )
    return "" if answer is not None else f"revocation status not checked: {problem}"


def current_status(certificate: x509.Certificate, trust: TrustStore, now: dt.datetime | None = None) -> str:
    """What the certificate's OCSP responder says of it now, in words: "good as of …",
    "revoked on …", "suspended on …" (certificateHold: the CA may lift it), or why it is unknown."""
    chain = build_chain(certificate, trust, [], now or dt.datetime.now(dt.UTC))
    if len(chain.chain) < 2:
        return "not checked: the key's issuing CA is not known here"
    answer, problem = _ask_responders(certificate, chain.chain[1])
    if answer is None:
        return f"not checked: {problem}"
    if answer.status == "revoked" and answer.revoked_at is not None:
        if answer.reason == "certificate_hold":
            return f"suspended on {moment(answer.revoked_at, seconds=False)} per {answer.url}; the CA may lift it"
        return f"revoked on {moment(answer.revoked_at, seconds=False)} ({answer.reason}) per {answer.url}"
    return f"good as of {moment(answer.this_update or answer.produced_at, seconds=False)} per {answer.url}"


def _ask_responders(
    certificate: x509.Certificate, issuer: x509.Certificate
) -> tuple[revocation.OcspAnswer | None, str]:
    """The first "good" or "revoked" answer of the certificate's OCSP responders, else why none."""
    problems = []
    for url in revocation.ocsp_urls(certificate, issuer):
        try:
            answer = revocation.ocsp_check(certificate, issuer, url)
        except revocation.RevocationError as exc:
            problems.append(str(exc))
            continue
        if answer.status in ("good", "revoked"):
            return answer, ""
        problems.append(f"{url} answered {answer.status}")
    return None, "; ".join(problems) or "the certificate names no OCSP responder"


def evidence_for(key: SigningKey, trust: TrustStore | None, tsa_url: str, notes: list[str]) -> EvidenceRequester | None:
    """The signer's OCSP status and CA chain, fetched when the signature is time-stamped, for the
    signature to carry (it then verifies offline for years: issue #20). None without a time-stamp
    (``tsa_url``) or offline (no ``trust``); see ``status_evidence``."""
    if trust is None or not tsa_url:
        return None
    return status_evidence(key.certificate, trust, notes)


def status_evidence(certificate: x509.Certificate, trust: TrustStore, notes: list[str]) -> EvidenceRequester | None:
    """What fetches ``certificate``'s OCSP status and its CA chain; None when the CA is not known
    here; when no responder answers, the signature carries its chain only. ``notes`` says what is
    missing."""
    chain = build_chain(certificate, trust, [], dt.datetime.now(dt.UTC))
    if len(chain.chain) < 2:
        notes.append("the key's issuing CA is not known here: the signature carries no certificate status")
        return None
    issuer, cas = chain.chain[1], chain.chain[1:]

    def fetch() -> SigningEvidence:
        answer, problem = _ask_responders(certificate, issuer)
        if answer is not None and answer.response is not None:  # "revoked" is kept too: it is the truth
            return SigningEvidence(responses=[answer.response], chain=cas)
        notes.append(
            "the signature carries no certificate status, so it proves itself only while the CA's services "
            f"answer: {problem}"
        )
        return SigningEvidence(chain=cas)

    return fetch
