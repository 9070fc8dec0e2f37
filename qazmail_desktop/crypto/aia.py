"""Fetching CA certificates by following Authority Information Access (caIssuers) links, for
trusting a CA the user names by URL and for completing chains of received signatures.

Every fetched certificate must be a CA, and each must have signed the one before it; the chain
ends at a self-signed root. The root becomes trusted only by the user's choice (its SHA-256 is
shown to compare with the one the NCA publishes).
"""

from __future__ import annotations

from asn1crypto import x509

from . import certificates, revocation
from .errors import CryptoError, MalformedDataError

MAX_DEPTH = 6


def ca_issuer_urls(cert: x509.Certificate) -> list[str]:
    urls = []
    for access in cert.authority_information_access_value or []:
        if access["access_method"].native == "ca_issuers":
            location = access["access_location"]
            if location.name == "uniform_resource_identifier":
                urls.append(str(location.native))
    return urls


def fetch_chain(url: str) -> list[x509.Certificate]:
    """The certificate at ``url`` and its issuers up to a self-signed root, each link checked."""
    chain: list[x509.Certificate] = []
    next_url: str | None = url
    while next_url is not None and len(chain) < MAX_DEPTH:
        cert = certificates.load_certificate(revocation.download(next_url))
        basic = cert.basic_constraints_value
        if basic is None or not basic["ca"].native:
            raise MalformedDataError(f"{next_url} is not a CA certificate")
        if chain and not certificates.is_issued_by(chain[-1], cert):
            raise CryptoError(f"{next_url} did not issue {chain[-1].subject.human_friendly}")
        chain.append(cert)
        if certificates.is_issued_by(cert, cert):
            return chain
        urls = [u for u in ca_issuer_urls(cert) if u.startswith(("http://", "https://"))]
        next_url = urls[0] if urls else None
    raise CryptoError(f"no root certificate reached from {url}")
