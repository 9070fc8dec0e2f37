"""What a card shows of one signature, read from its CMS: the signer's certificate, the time-stamp
(genTime is the moment of signing), and the revocation evidence the CMS carries, each with the
serial, subject and issuer of the certificate that vouches for it (RFC 4514 text)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from asn1crypto import cms, ocsp, x509
from asn1crypto import crl as asn1_crl

from ..crypto import certificates
from ..crypto.cms import content_inside, parse_signed_data
from ..crypto.errors import CRYPTO_OR_ASN1_ERRORS
from ..crypto.evidence import embedded_revocation
from ..crypto.identity import CertificateInfo, describe
from ..crypto.trust import listed_in
from ..crypto.verify import SignerVerdict

# RFC 4514 names its short keys (CN, L, ST, O, OU, C, STREET, DC, UID); the NCA's profile also uses
# these, which the specification's template writes by name rather than as dotted numbers
_SHORT_NAMES = {
    "2.5.4.3": "CN",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "2.5.4.6": "C",
    "2.5.4.9": "STREET",
    "0.9.2342.19200300.100.1.25": "DC",
    "0.9.2342.19200300.100.1.1": "UID",
    "2.5.4.5": "SERIALNUMBER",
    "2.5.4.4": "SURNAME",
    "2.5.4.42": "GIVENNAME",
    "2.5.4.15": "BUSINESSCATEGORY",
    "1.2.840.113549.1.9.1": "E",
}
_ESCAPED = set(',+"\\<>;=')


def _escape(value: str) -> str:
    """RFC 4514 2.4: special characters escaped, a leading '#' or space and a trailing space too."""
    out = "".join("\\" + ch if ch in _ESCAPED else ch for ch in value)
    if out.startswith(("#", " ")):
        out = "\\" + out
    if out.endswith(" ") and len(out) > 1:
        out = out[:-1] + "\\ "
    return out


def rfc4514(name: x509.Name) -> str:
    """A distinguished name as RFC 4514 text: the last RDN first; a value that is not a string as
    '#' and its DER in hex."""
    rdns = []
    for rdn in reversed(list(name.chosen)):
        parts = []
        for pair in rdn:
            oid = pair["type"].dotted
            value = pair["value"]
            native = value.native
            text = _escape(native) if isinstance(native, str) else "#" + value.dump().hex()
            parts.append(f"{_SHORT_NAMES.get(oid, oid)}={text}")
        rdns.append("+".join(parts))
    return ",".join(rdns)


@dataclass(frozen=True)
class CertificateFacts:
    """The certificate that vouches for something: its serial (hex), subject and issuer."""

    serial: str
    subject: str
    issuer: str

    @classmethod
    def of(cls, cert: x509.Certificate) -> CertificateFacts:
        return cls(format(cert.serial_number, "x"), rfc4514(cert.subject), rfc4514(cert.issuer))


@dataclass(frozen=True)
class OcspFacts:
    status: str  # "good", "revoked" or "unknown"
    this_update: dt.datetime
    responder: CertificateFacts | None


@dataclass(frozen=True)
class CrlFacts:
    delta: bool
    this_update: dt.datetime
    next_update: dt.datetime | None
    listed: str  # "" when the signer's serial is not on it, else the reason
    issuer: CertificateFacts | None


@dataclass(frozen=True)
class SignatureFacts:
    """One signature as its card page shows it."""

    info: CertificateInfo
    certificate: CertificateFacts
    policies: list[str]  # certificatePolicies OIDs: the NCA template the certificate was issued on
    signed_at: dt.datetime | None  # the time-stamp's genTime
    tsa: CertificateFacts | None
    ocsp: list[OcspFacts] = field(default_factory=list)
    crls: list[CrlFacts] = field(default_factory=list)
    issuer_role: str = ""  # nca.CaRole of the CA that issued the certificate, when the trust store knows it


def _policies(cert: x509.Certificate) -> list[str]:
    for extension in cert["tbs_certificate"]["extensions"] or []:
        if extension["extn_id"].dotted == "2.5.29.32":
            return [p["policy_identifier"].dotted for p in extension["extn_value"].parsed]
    return []


def _tsa_facts(signer: cms.SignerInfo) -> CertificateFacts | None:
    """The TSA's certificate inside the signature's time-stamp token, as a card shows it; None when
    there is none or it cannot be read (a damaged token: the verdict has said so already)."""
    try:
        for attr in signer["unsigned_attrs"] or []:
            if attr["type"].native != "signature_time_stamp_token":
                continue
            token = attr["values"][0]["content"]
            certs = [c.chosen for c in token["certificates"] or [] if c.name == "certificate"]
            tsa = certificates.find_certificate(token["signer_infos"][0]["sid"], certs)
            return CertificateFacts.of(tsa) if tsa is not None else None
    except CRYPTO_OR_ASN1_ERRORS:
        return None
    return None


def _ocsp_facts(basic: ocsp.BasicOCSPResponse, leaf: x509.Certificate, issuer: x509.Certificate | None) -> OcspFacts:
    data = basic["tbs_response_data"]
    single = next(
        (s for s in data["responses"] if s["cert_id"]["serial_number"].native == leaf.serial_number),
        data["responses"][0],
    )
    status = single["cert_status"].name
    responder = _responder(basic, data["responder_id"], issuer)
    return OcspFacts(
        status if status in ("good", "revoked") else "unknown",
        single["this_update"].native,
        CertificateFacts.of(responder) if responder is not None else None,
    )


def _responder(
    basic: ocsp.BasicOCSPResponse, responder_id: ocsp.ResponderId, issuer: x509.Certificate | None
) -> x509.Certificate | None:
    """The certificate the responder id names: one the response carries, or the issuing CA itself."""
    candidates = [*(basic["certs"] or []), *([issuer] if issuer is not None else [])]
    for cert in candidates:
        if responder_id.name == "by_key":
            if responder_id.chosen.native == cert.public_key.sha1:
                return cert
        elif certificates.same_name(responder_id.chosen, cert.subject):
            return cert
    return None


def _crl_facts(crl: asn1_crl.CertificateList, leaf: x509.Certificate, issuer: x509.Certificate | None) -> CrlFacts:
    tbs = crl["tbs_cert_list"]
    entry = listed_in(crl, leaf)
    signer = issuer if issuer is not None and certificates.same_name(crl.issuer, issuer.subject) else None
    return CrlFacts(
        crl.delta_crl_indicator_value is not None,
        tbs["this_update"].native,
        tbs["next_update"].native,
        entry.reason if entry is not None else "",
        CertificateFacts.of(signer) if signer is not None else None,
    )


def signature_facts(signer: cms.SignerInfo, verdict: SignerVerdict) -> SignatureFacts | None:
    """The facts of a signer the verdict found a certificate for (None otherwise)."""
    cert = verdict.certificate
    if cert is None:
        return None
    issuer = verdict.chain[1] if len(verdict.chain) > 1 else None
    try:
        evidence = embedded_revocation(signer)
        ocsp_facts = [_ocsp_facts(r, cert, issuer) for r in evidence.responses]
        crl_facts = [_crl_facts(c, cert, issuer) for c in evidence.crls]
    except CRYPTO_OR_ASN1_ERRORS:  # damaged evidence: the verdict did not rest on it, the card shows none
        ocsp_facts, crl_facts = [], []
    return SignatureFacts(
        info=describe(cert),
        certificate=CertificateFacts.of(cert),
        policies=_policies(cert),
        signed_at=verdict.timestamp.time if verdict.timestamp and verdict.timestamp.valid else None,
        tsa=_tsa_facts(signer),
        ocsp=ocsp_facts,
        crls=crl_facts,
        issuer_role=verdict.issuer_role,
    )


def carries_document(cms_bytes: bytes) -> bool:
    """Whether a CMS holds its document inside (eContent), which a card's signatures must not."""
    return bool(content_inside(parse_signed_data(cms_bytes)))
