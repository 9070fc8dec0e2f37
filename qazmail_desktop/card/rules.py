"""The specification's own checks of a card's signature ("Требования к ЭЦП" and "Проверка подписей"),
on top of QazMail's verdict: a trusted time-stamp (genTime is the moment of signing), and the
signer's status proven at that moment by the evidence the CMS itself carries: an OCSP "good" whose
thisUpdate is within five minutes of genTime, or a CRL whose period covers genTime (with its delta
when the CA publishes one). Any failure marks the signature, and with it the whole card, as not
trustworthy."""

from __future__ import annotations

import datetime as dt

from ..crypto.status import Status
from ..crypto.verify import EMBEDDED_OCSP, SignerVerdict
from .facts import CrlFacts, SignatureFacts

OCSP_WINDOW = dt.timedelta(minutes=5)
FRESHEST_CRL = "2.5.29.46"


def _covers(crl: CrlFacts, moment: dt.datetime) -> bool:
    return crl.this_update <= moment and (crl.next_update is None or moment <= crl.next_update)


def _publishes_deltas(verdict: SignerVerdict) -> bool:
    cert = verdict.certificate
    extensions = cert["tbs_certificate"]["extensions"] if cert is not None else None
    return any(e["extn_id"].dotted == FRESHEST_CRL for e in extensions or [])


def _status_proven(facts: SignatureFacts, verdict: SignerVerdict, moment: dt.datetime) -> str:
    """Empty when the CMS's own evidence proves the signer's status at ``moment``; else why not.
    The evidence's signatures were checked by the verdict (it names the evidence it used)."""
    used = {e.label if e.kind == "ocsp" else e.kind for e in verdict.evidence}
    for answer in facts.ocsp:
        if answer.status == "good" and abs(answer.this_update - moment) <= OCSP_WINDOW and EMBEDDED_OCSP in used:
            return ""
    bases = [c for c in facts.crls if not c.delta and _covers(c, moment) and not c.listed]
    if bases and "crl" in used:
        if not _publishes_deltas(verdict):
            return ""
        if any(c.delta and _covers(c, moment) and c.listed in ("", "remove_from_crl") for c in facts.crls):
            return ""
        return "the CA publishes delta CRLs, but the signature carries none covering the time of signing"
    if facts.ocsp:
        return "the OCSP answer it carries was not taken within five minutes of the time-stamp, or is not 'good'"
    if facts.crls:
        return "the CRL it carries does not cover the time of signing, or lists the certificate"
    return "it carries no proof of the certificate's status (OCSP answer or CRL as revocation-values)"


def card_problems(facts: SignatureFacts | None, verdict: SignerVerdict) -> list[str]:
    """Why this signature fails the card's checks (empty: it passes)."""
    problems = []
    if verdict.status != Status.VALID:
        problems.append(f"the signature is {verdict.status}: {verdict.message}")
    if facts is None:
        return problems or ["the signer's certificate is not in the CMS"]
    if verdict.timestamp is None:
        # a failed signature's token is not read (the verdict stops at the failure): only a
        # signature that carries none is said to lack one
        if facts.tsa is None:
            problems.append("it carries no time-stamp (unsigned attribute 1.2.840.113549.1.9.16.2.14)")
    elif not verdict.timestamp.trusted:
        problems.append(f"its time-stamp is not trusted: {verdict.timestamp.problem}")
    elif facts.signed_at is not None:
        why = _status_proven(facts, verdict, facts.signed_at)
        if why:
            problems.append(why)
    return problems
