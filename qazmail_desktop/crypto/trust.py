"""Trust: building a certificate's chain to a trusted root and checking CRL revocation.

A ``TrustStore`` holds roots (trusted anchors) and intermediates (helpers for path building,
never trusted by themselves). Each link is checked by signature, not by name; CA links need
basicConstraints cA and keyCertSign. CRLs are checked only when their issuer's signature over
them verifies; a revoked serial counts when revoked at or before the time being judged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import crl as asn1_crl
from asn1crypto import x509

from . import certificates
from .errors import ASN1_ERRORS, MalformedDataError

CERT_SUFFIXES = {".cer", ".crt", ".pem", ".der"}
MAX_CHAIN = 8


@dataclass
class TrustStore:
    roots: list[x509.Certificate] = field(default_factory=list)
    intermediates: list[x509.Certificate] = field(default_factory=list)

    def add_folder(self, folder: Path) -> None:
        """Self-signed certificates become roots; the others are intermediates."""
        if not folder.is_dir():
            raise MalformedDataError(f"trust folder not found: {folder}")
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in CERT_SUFFIXES and path.is_file():
                self.add(certificates.load_certificate_file(path))

    def add(self, cert: x509.Certificate) -> None:
        if cert.self_signed != "no" and certificates.is_issued_by(cert, cert):
            self.roots.append(cert)
        else:
            self.intermediates.append(cert)

    def is_root(self, cert: x509.Certificate) -> bool:
        return any(r.dump() == cert.dump() for r in self.roots)


@dataclass(frozen=True)
class ChainResult:
    chain: list[x509.Certificate]  # leaf first; ends at a trusted root when ``trusted``
    trusted: bool
    problem: str  # empty when trusted


def _is_ca(cert: x509.Certificate) -> bool:
    bc = cert.basic_constraints_value
    if bc is None or not bc["ca"].native:
        return False
    ku = cert.key_usage_value
    return ku is None or "key_cert_sign" in ku.native


def _valid_at(cert: x509.Certificate, when: dt.datetime) -> bool:
    validity = cert["tbs_certificate"]["validity"]
    return bool(validity["not_before"].native <= when <= validity["not_after"].native)


def build_chain(
    leaf: x509.Certificate, store: TrustStore, extra: Iterable[x509.Certificate], when: dt.datetime
) -> ChainResult:
    """Walk issuers (checked by signature) from ``leaf`` to one of the store's roots."""
    pool = [*store.roots, *store.intermediates, *extra]
    chain = [leaf]
    current = leaf
    while len(chain) <= MAX_CHAIN:
        if store.is_root(current):
            return ChainResult(chain, True, "")
        issuer = next((c for c in pool if c.dump() != current.dump() and certificates.is_issued_by(current, c)), None)
        if issuer is None:
            if store.is_root(current) or (current is not leaf and certificates.is_issued_by(current, current)):
                return ChainResult(chain, False, f"root {current.subject.human_friendly} is not trusted")
            return ChainResult(
                chain, False, f"issuer {current.issuer.human_friendly} not found among trusted certificates"
            )
        if not _is_ca(issuer):
            return ChainResult(chain, False, f"{issuer.subject.human_friendly} is not a CA certificate")
        if not _valid_at(issuer, when):
            return ChainResult(
                chain, False, f"CA certificate {issuer.subject.human_friendly} was not valid at {when:%Y-%m-%d}"
            )
        chain.append(issuer)
        current = issuer
    return ChainResult(chain, False, "certificate chain too long")


@dataclass(frozen=True)
class Revocation:
    revoked_at: dt.datetime
    reason: str
    source: str  # e.g. "CRL #166 of <issuer>"


@dataclass
class CrlSet:
    """CRLs whose signatures were checked against their issuer when first needed."""

    crls: list[asn1_crl.CertificateList] = field(default_factory=list)

    def add_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise MalformedDataError(f"cannot read CRL {path}: {exc.strerror}") from exc
        self.add(data, str(path))

    def add(self, data: bytes, label: str) -> None:
        try:
            crl = asn1_crl.CertificateList.load(certificates.decode_der(data))
            crl.native  # noqa: B018 - parse fully now
        except ASN1_ERRORS as exc:
            raise MalformedDataError(f"{label} is not a CRL ({exc})") from exc
        self.crls.append(crl)

    def covering(self, issuer: x509.Certificate) -> list[asn1_crl.CertificateList]:
        out = []
        for crl in self.crls:
            if crl.issuer != issuer.subject:
                continue
            algorithm = crl["signature_algorithm"]["algorithm"].dotted
            if certificates.signed_by(issuer, algorithm, crl["signature"].native, crl["tbs_cert_list"].dump()):
                out.append(crl)
        return out

    def lookup(self, cert: x509.Certificate, issuer: x509.Certificate) -> Revocation | None:
        for crl in self.covering(issuer):
            for entry in crl["tbs_cert_list"]["revoked_certificates"] or []:
                if entry["user_certificate"].native == cert.serial_number:
                    number = crl.crl_number_value.native if crl.crl_number_value else None
                    reason = entry.crl_reason_value.native if entry.crl_reason_value else "unspecified"
                    kind = "delta CRL" if crl.delta_crl_indicator_value is not None else "CRL"
                    label = f"{kind} #{number}" if number is not None else kind
                    return Revocation(entry["revocation_date"].native, str(reason), label)
        return None

    def has_crl_for(self, issuer: x509.Certificate) -> bool:
        return bool(self.covering(issuer))
