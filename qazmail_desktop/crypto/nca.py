"""Facts of the NCA's production PKI: service URLs, the roles of its CAs, and the 2022 issuing CAs
pinned by key identifier.

The production CAs (2015/2018 and 2022, the state bodies' CA and BTS Digital's) ship in
resources/trust, pinned by SHA-256 with the role each plays. The 2022 issuing CAs can
also be fetched from the NCA's own URLs (a profile whose shipped store lacks them, or a CA that
comes later): accepted only when the issuing CA's subject key identifier is the pinned one (the
AKI of the NCA TSA certificate inside real time-stamps) and its signature verifies under the root
fetched with it. The NCA moved its URLs more than once: certificates' own AIA/CDP links come
first, these are the defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from asn1crypto import x509

from ..choices import NCA_TSA_URL
from . import certificates
from .errors import CryptoError

OCSP_URL = "http://ocsp.pki.gov.kz/"
TSA_URL = NCA_TSA_URL


class CaRole(StrEnum):
    """Which CA of Kazakhstan's PKI a trusted certificate is: what a verdict names as the issuer."""

    NCA_ROOT = "nca_root"
    NCA_ISSUING = "nca_issuing"
    STATE_BODIES = "state_bodies"  # the state bodies' CA (УЦГО): civil servants' keys
    BTS_DIGITAL = "bts_digital"  # BTS Digital, an accredited private CA


ROLE_NAMES: dict[str, str] = {
    CaRole.NCA_ROOT: "NCA root",
    CaRole.NCA_ISSUING: "NCA issuing CA",
    CaRole.STATE_BODIES: "state bodies' CA (УЦГО)",
    CaRole.BTS_DIGITAL: "BTS Digital's CA",
}


# What a verdict says of a signer certificate by the role of the CA that issued it
ISSUED_BY: dict[str, str] = {
    CaRole.NCA_ROOT: "issued by the NCA root",
    CaRole.NCA_ISSUING: "issued by the NCA",
    CaRole.STATE_BODIES: "issued by the state bodies' CA (УЦГО)",
    CaRole.BTS_DIGITAL: "issued by BTS Digital's CA",
}


# The CA-level CRLs the root CAs publish (over the issuing CAs), by the root's key identifier;
# used after the issuing CA certificate's own CDP.
ROOT_CRL_URLS: dict[str, tuple[str, ...]] = {
    "13b00cfba9629f0a3eb6192a2156a24867d0f3bd": ("http://crl.root.gov.kz/gost2015_2022.crl",),  # root_gost_2022
    "54b3b740d45b91707bed4a2be41b7b69f8f6ba50": ("http://crl.root.gov.kz/rsa2020.crl",),  # root_rsa_2020
}


@dataclass(frozen=True)
class IssuingCa:
    """An NCA issuing CA of 2022 with its root: where to fetch both, what pins the issuing CA,
    and the CRLs it publishes."""

    name: str
    url: str
    pinned_key_id: str  # hex subjectKeyIdentifier
    root_name: str
    root_url: str
    crl_urls: tuple[str, ...]


NCA_2022 = (
    IssuingCa(
        name="ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2022",
        url="http://pki.gov.kz/cert/nca_gost_2022.cer",
        pinned_key_id="fe30be9fc890633f1fff5a3c0cb0c85f4c6d1708",
        root_name="НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2022",
        root_url="http://pki.gov.kz/cert/root_gost_2022.cer",
        crl_urls=("http://crl.pki.gov.kz/nca_gost_2022.crl", "http://crl.pki.gov.kz/nca_d_gost_2022.crl"),
    ),
    IssuingCa(
        name="ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) 2022",
        url="http://pki.gov.kz/cert/nca_rsa_2022.cer",
        pinned_key_id="dcae24d749b26480d2de37233c3ea4515db55ac7",
        root_name="root_rsa_2020",
        root_url="http://root.gov.kz/cert/root_rsa_2020.cer",
        crl_urls=("http://crl.pki.gov.kz/nca_rsa_2022.crl", "http://crl.pki.gov.kz/nca_d_rsa_2022.crl"),
    ),
)


class PinMismatchError(CryptoError):
    """What the NCA's URL served is not the CA this release pins: never trusted."""


def key_id(cert: x509.Certificate) -> str:
    return cert.key_identifier.hex() if cert.key_identifier else ""


def fetch_issuing_ca(ca: IssuingCa, download: Callable[[str], bytes]) -> tuple[x509.Certificate, x509.Certificate]:
    """(root, issuing CA) of ``ca``, fetched and checked: the issuing CA carries the pinned key
    identifier and is signed by the root, which signs itself and is a CA."""
    issuing = certificates.load_certificate(download(ca.url))
    if key_id(issuing) != ca.pinned_key_id:
        raise PinMismatchError(
            f"{ca.url} served a certificate with key identifier {key_id(issuing) or 'none'}, "
            f"not the pinned {ca.pinned_key_id}: not trusted"
        )
    root = certificates.load_certificate(download(ca.root_url))
    basic = root.basic_constraints_value
    if basic is None or not basic["ca"].native or not certificates.is_issued_by(root, root):
        raise CryptoError(f"{ca.root_url} is not a self-signed CA certificate")
    if not certificates.is_issued_by(issuing, root):
        raise CryptoError(f"{ca.url} is not signed by the root served at {ca.root_url}")
    return root, issuing


def _pinned(issuer: x509.Certificate) -> IssuingCa | None:
    """The pinned NCA issuing CA ``issuer`` is (by key identifier, never by name), if any."""
    issuer_id = key_id(issuer)
    return next((ca for ca in NCA_2022 if ca.pinned_key_id == issuer_id), None)


def default_crl_urls(issuer: x509.Certificate) -> tuple[str, ...]:
    """The NCA's CRL URLs for one of its pinned issuing CAs, or a root's CA-level CRL (used after
    a certificate's own)."""
    ca = _pinned(issuer)
    return ca.crl_urls if ca else ROOT_CRL_URLS.get(key_id(issuer), ())


def default_ocsp_urls(issuer: x509.Certificate) -> tuple[str, ...]:
    return (OCSP_URL,) if _pinned(issuer) else ()
