"""Revocation evidence carried inside a signature, so that it proves itself years later, offline:
the CAdES revocation-values attribute (RFC 5126 6.3.4), unsigned, beside the time-stamp.

The document card (kaarkz/ddcard) asks for it in every CMS: an OCSP response taken within five
minutes of the time-stamp's genTime, or a CRL (with its delta) whose period covers genTime.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from asn1crypto import cms, core, crl, ocsp, x509

REVOCATION_VALUES = "1.2.840.113549.1.9.16.2.24"


class _CrlValues(core.SequenceOf):  # type: ignore[misc]
    _child_spec = crl.CertificateList


class _OcspValues(core.SequenceOf):  # type: ignore[misc]
    _child_spec = ocsp.BasicOCSPResponse


class RevocationValues(core.Sequence):  # type: ignore[misc]
    """RFC 5126 (explicit tags): crlVals [0], ocspVals [1], otherRevVals [2]."""

    _fields: ClassVar[list[tuple[str, type, dict[str, object]]]] = [
        ("crl_vals", _CrlValues, {"explicit": 0, "optional": True}),
        ("ocsp_vals", _OcspValues, {"explicit": 1, "optional": True}),
        ("other_rev_vals", core.Any, {"explicit": 2, "optional": True}),
    ]


@dataclass(frozen=True)
class SigningEvidence:
    """What a new signature carries beside its time-stamp: the signer's status and its CA chain."""

    responses: list[ocsp.BasicOCSPResponse] = field(default_factory=list)
    crls: list[crl.CertificateList] = field(default_factory=list)
    chain: list[x509.Certificate] = field(default_factory=list)  # the CAs above the signer


# Called once the signature is time-stamped: the status it returns is then taken after genTime.
EvidenceRequester = Callable[[], SigningEvidence]


def revocation_values(evidence: SigningEvidence) -> cms.CMSAttribute | None:
    """The unsigned attribute for ``evidence``; None when it holds no status."""
    if not evidence.responses and not evidence.crls:
        return None
    values: dict[str, object] = {}
    if evidence.crls:
        values["crl_vals"] = evidence.crls
    if evidence.responses:
        values["ocsp_vals"] = evidence.responses
    return cms.CMSAttribute({"type": REVOCATION_VALUES, "values": [RevocationValues(values)]})


@dataclass(frozen=True)
class EmbeddedRevocation:
    responses: list[ocsp.BasicOCSPResponse]
    crls: list[crl.CertificateList]


def embedded_revocation(signer: cms.SignerInfo) -> EmbeddedRevocation:
    """The OCSP responses and CRLs a signer's revocation-values attribute carries (none without one).
    A damaged attribute raises ValueError (the caller reports it as unusable evidence)."""
    responses: list[ocsp.BasicOCSPResponse] = []
    crls: list[crl.CertificateList] = []
    for attr in signer["unsigned_attrs"] or []:
        if attr["type"].dotted != REVOCATION_VALUES:
            continue
        for value in attr["values"]:
            parsed = RevocationValues.load(value.dump())
            responses += list(parsed["ocsp_vals"] or [])
            crls += list(parsed["crl_vals"] or [])
    return EmbeddedRevocation(responses, crls)
