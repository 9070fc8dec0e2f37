"""Revocation status from the network: OCSP (with a nonce) and CRLs downloaded from the
certificate's distribution points, cached in the profile so the next check works offline.

Every answer is checked before it counts: an OCSP response must be signed by the issuing CA (or
a responder it delegated with id-kp-OCSPSigning) and echo our nonce; a CRL must be signed by the
issuer (``trust.CrlSet`` checks that when it is used).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import crl, ocsp, x509

from ..atomic import write_atomically
from . import certificates, http, nca
from .errors import ASN1_ERRORS, CryptoError, UnsupportedAlgorithmError
from .trust import CrlSet

MAX_DOWNLOAD = 64 << 20
TIMEOUT = 10.0
_EKU_OCSP_SIGNING = "1.3.6.1.5.5.7.3.9"
# RFC 6960 2.2: "revoked" at the epoch with certificateHold means "this CA never issued it"
_NEVER_ISSUED = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class RevocationError(CryptoError):
    """A revocation source could not be reached or gave an unusable answer."""


@dataclass(frozen=True)
class OcspAnswer:
    status: str  # "good", "revoked" or "unknown"
    produced_at: dt.datetime
    revoked_at: dt.datetime | None
    reason: str
    url: str
    this_update: dt.datetime | None = None  # when the status was known to be so
    response: ocsp.BasicOCSPResponse | None = field(default=None, repr=False)  # to embed in a signature


def _urls(names: object) -> list[str]:
    out = []
    for name in names or []:  # type: ignore[attr-defined]
        if name.name == "uniform_resource_identifier" and str(name.native).startswith(("http://", "https://")):
            out.append(str(name.native))
    return out


def crl_urls(cert: x509.Certificate, issuer: x509.Certificate | None = None) -> list[str]:
    """Full CRL URLs first, then the freshest (delta) CRL ones; then the NCA's defaults for its
    issuing CAs (the NCA has moved its URLs: the certificate's own come first)."""
    urls = []
    for ext in (cert.crl_distribution_points_value, cert.freshest_crl_value):
        for point in ext or []:
            dp = point["distribution_point"]
            if dp.name == "full_name":
                urls += _urls(dp.chosen)
    defaults = nca.default_crl_urls(issuer) if issuer is not None else ()
    return list(dict.fromkeys([*urls, *defaults]))


def ocsp_urls(cert: x509.Certificate, issuer: x509.Certificate | None = None) -> list[str]:
    """The certificate's AIA OCSP URLs, then the NCA's responder for its issuing CAs."""
    urls = []
    for access in cert.authority_information_access_value or []:
        if access["access_method"].native == "ocsp":
            urls += _urls([access["access_location"]])
    defaults = nca.default_ocsp_urls(issuer) if issuer is not None else ()
    return list(dict.fromkeys([*urls, *defaults]))


def download(url: str, body: bytes | None = None, content_type: str = "", timeout: float = TIMEOUT) -> bytes:
    try:
        return http.exchange(url, body, content_type, MAX_DOWNLOAD, timeout)
    except http.ServiceError as exc:
        raise RevocationError(str(exc)) from exc


def cache_path(cache_dir: Path, url: str) -> Path:
    return cache_dir / (hashlib.sha256(url.encode()).hexdigest()[:24] + ".crl")


def refresh_crls(
    cert: x509.Certificate, issuer: x509.Certificate, crls: CrlSet, cache_dir: Path | None, now: dt.datetime
) -> list[str]:
    """Download the certificate's CRLs unless a current one for its issuer is already known.
    Returns the problems met (empty when all went well)."""
    if crls.current(issuer, now):
        return []
    problems = []
    for url in crl_urls(cert, issuer):
        try:
            data = download(url)
            parsed = crl.CertificateList.load(certificates.decode_der(data))
            parsed.native  # noqa: B018 - reject garbage before caching it
        except RevocationError as exc:
            problems.append(str(exc))
            continue
        except ASN1_ERRORS:
            problems.append(f"{url} did not send a CRL")
            continue
        crls.crls.append(parsed)
        if cache_dir is not None:
            # kept for offline checks later; a full disk only means it is downloaded again then
            with contextlib.suppress(OSError):
                cache_dir.mkdir(parents=True, exist_ok=True)
                write_atomically(cache_path(cache_dir, url), parsed.dump())
    return problems


def _cert_id(cert: x509.Certificate, issuer: x509.Certificate) -> ocsp.CertId:
    return ocsp.CertId(
        {
            "hash_algorithm": {"algorithm": "sha1"},
            "issuer_name_hash": hashlib.sha1(issuer.subject.dump()).digest(),
            "issuer_key_hash": hashlib.sha1(issuer.public_key["public_key"].contents[1:]).digest(),
            "serial_number": cert.serial_number,
        }
    )


@dataclass(frozen=True)
class OcspEntry:
    serial: int
    status: str  # "good", "revoked" or "unknown"
    revoked_at: dt.datetime | None
    reason: str
    this_update: dt.datetime | None = None


@dataclass(frozen=True)
class OcspResponse:
    produced_at: dt.datetime
    entries: list[OcspEntry]
    signature_status: str  # "valid", "invalid", or "unknown_algorithm" (GOST 34.310-2004 responders)
    signer: str
    nonce: bytes | None
    basic: ocsp.BasicOCSPResponse | None = field(default=None, repr=False)

    def about(self, cert: x509.Certificate, url: str) -> OcspAnswer | None:
        """What the response says of ``cert`` (by serial), if anything."""
        for entry in self.entries:
            if entry.serial == cert.serial_number:
                return OcspAnswer(
                    entry.status, self.produced_at, entry.revoked_at, entry.reason, url, entry.this_update, self.basic
                )
        return None


def read_ocsp_response(body: bytes, issuer: x509.Certificate | None = None) -> OcspResponse:
    """Parse a response and check who signed it: the issuing CA, or a responder certificate the
    CA issued with id-kp-OCSPSigning (without ``issuer``, the responder certificate included)."""
    try:
        response = ocsp.OCSPResponse.load(body)
        status = response["response_status"].native
        if status != "successful":
            raise RevocationError(f"the OCSP responder answered {status}")
        nonce = response.nonce_value.native if response.nonce_value is not None else None
        return read_basic_response(response.basic_ocsp_response, issuer, nonce)
    except ASN1_ERRORS as exc:
        raise RevocationError("malformed OCSP response") from exc


def read_basic_response(
    basic: ocsp.BasicOCSPResponse, issuer: x509.Certificate | None = None, nonce: bytes | None = None
) -> OcspResponse:
    """A BasicOCSPResponse, as the whole response carries it or a signature embeds it (revocation-values)."""
    try:
        data = basic["tbs_response_data"]
        entries = []
        for single in data["responses"]:
            cert_status = single["cert_status"]
            revoked_at, reason = None, ""
            name = cert_status.name if cert_status.name in ("good", "revoked") else "unknown"
            if cert_status.name == "revoked":
                info = cert_status.chosen
                revoked_at = info["revocation_time"].native
                reason = str(info["revocation_reason"].native) if info["revocation_reason"] else "unspecified"
                if revoked_at == _NEVER_ISSUED and reason == "certificate_hold":
                    name, revoked_at, reason = "unknown", None, "not issued by this CA (RFC 6960 2.2)"
            serial = single["cert_id"]["serial_number"].native
            entries.append(OcspEntry(serial, name, revoked_at, reason, single["this_update"].native))
        signature_status, signer = _responder_signature(basic, issuer)
        return OcspResponse(data["produced_at"].native, entries, signature_status, signer, nonce, basic)
    except ASN1_ERRORS as exc:
        raise RevocationError("malformed OCSP response") from exc


def _responder_signature(basic: ocsp.BasicOCSPResponse, issuer: x509.Certificate | None) -> tuple[str, str]:
    signed = basic["tbs_response_data"].dump()
    algorithm = basic["signature_algorithm"]["algorithm"].dotted
    signature = basic["signature"].native
    candidates = [issuer] if issuer is not None else []
    for responder in basic["certs"] or []:
        try:
            eku = responder.extended_key_usage_value
        except ASN1_ERRORS:
            eku = None  # a responder certificate with a damaged extension is not a delegate
        delegated = eku is not None and _EKU_OCSP_SIGNING in [e.dotted for e in eku]
        if issuer is None or (delegated and certificates.is_issued_by(responder, issuer)):
            candidates.append(responder)
    outcome = "invalid", ""
    for candidate in candidates:
        try:
            if certificates.verify_signature(certificates.public_key(candidate), algorithm, signature, signed):
                return "valid", certificates.friendly_name(candidate.subject)
        except UnsupportedAlgorithmError:
            outcome = "unknown_algorithm", certificates.friendly_name(candidate.subject)
        except CryptoError:
            continue
    return outcome


def ocsp_request(cert: x509.Certificate, issuer: x509.Certificate, nonce: bytes) -> bytes:
    """A DER OCSPRequest for ``cert`` with ``nonce``."""
    request = ocsp.OCSPRequest(
        {
            "tbs_request": {
                "request_list": [{"req_cert": _cert_id(cert, issuer)}],
                "request_extensions": [{"extn_id": "nonce", "critical": False, "extn_value": nonce}],
            }
        }
    )
    return bytes(request.dump())


def ocsp_check(cert: x509.Certificate, issuer: x509.Certificate, url: str) -> OcspAnswer:
    nonce = secrets.token_bytes(16)
    answer = read_ocsp_response(download(url, ocsp_request(cert, issuer, nonce), "application/ocsp-request"), issuer)
    if answer.signature_status != "valid":
        raise RevocationError(f"the OCSP response from {url} is not signed by the issuing CA or its responder")
    if answer.nonce is not None and answer.nonce != nonce:
        raise RevocationError(f"OCSP responder {url} answered another request (nonce mismatch)")
    about = answer.about(cert, url)
    if about is not None:
        return about
    raise RevocationError(f"OCSP responder {url} said nothing about this certificate")


__all__ = [
    "OcspAnswer",
    "OcspResponse",
    "RevocationError",
    "crl_urls",
    "ocsp_check",
    "ocsp_request",
    "ocsp_urls",
    "read_basic_response",
    "read_ocsp_response",
    "refresh_crls",
]
