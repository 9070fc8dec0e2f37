"""Revocation status from the network: OCSP (with a nonce) and CRLs downloaded from the
certificate's distribution points, cached in the profile so the next check works offline.

Every answer is checked before it counts: an OCSP response must be signed by the issuing CA (or
a responder it delegated with id-kp-OCSPSigning) and echo our nonce; a CRL must be signed by the
issuer (``trust.CrlSet`` checks that when it is used).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import crl, ocsp, x509

from . import certificates
from .errors import ASN1_ERRORS, CryptoError
from .trust import CrlSet

MAX_DOWNLOAD = 64 << 20
TIMEOUT = 10.0
_EKU_OCSP_SIGNING = "1.3.6.1.5.5.7.3.9"


class RevocationError(CryptoError):
    """A revocation source could not be reached or gave an unusable answer."""


@dataclass(frozen=True)
class OcspAnswer:
    status: str  # "good", "revoked" or "unknown"
    produced_at: dt.datetime
    revoked_at: dt.datetime | None
    reason: str
    url: str


def _urls(names: object) -> list[str]:
    out = []
    for name in names or []:  # type: ignore[attr-defined]
        if name.name == "uniform_resource_identifier" and str(name.native).startswith(("http://", "https://")):
            out.append(str(name.native))
    return out


def crl_urls(cert: x509.Certificate) -> list[str]:
    """Full CRL URLs first, then the freshest (delta) CRL ones."""
    urls = []
    for ext in (cert.crl_distribution_points_value, cert.freshest_crl_value):
        for point in ext or []:
            dp = point["distribution_point"]
            if dp.name == "full_name":
                urls += _urls(dp.chosen)
    return urls


def ocsp_urls(cert: x509.Certificate) -> list[str]:
    urls = []
    for access in cert.authority_information_access_value or []:
        if access["access_method"].native == "ocsp":
            urls += _urls([access["access_location"]])
    return urls


def download(url: str, body: bytes | None = None, content_type: str = "", timeout: float = TIMEOUT) -> bytes:
    request = urllib.request.Request(
        url,
        data=body,
        method="POST" if body is not None else "GET",
        headers={"Content-Type": content_type} if content_type else {},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(MAX_DOWNLOAD + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise RevocationError(f"{url} unreachable: {getattr(exc, 'reason', exc)}") from exc
    if len(data) > MAX_DOWNLOAD:
        raise RevocationError(f"{url} sent more than {MAX_DOWNLOAD >> 20} MiB")
    return data


def cache_path(cache_dir: Path, url: str) -> Path:
    return cache_dir / (hashlib.sha256(url.encode()).hexdigest()[:24] + ".crl")


def refresh_crls(
    cert: x509.Certificate, issuer: x509.Certificate, crls: CrlSet, cache_dir: Path | None, now: dt.datetime
) -> list[str]:
    """Download the certificate's CRLs unless a current one for its issuer is already known.
    Returns the problems met (empty when all went well)."""
    if any(
        c["tbs_cert_list"]["next_update"].native and c["tbs_cert_list"]["next_update"].native > now
        for c in crls.covering(issuer)
    ):
        return []
    problems = []
    for url in crl_urls(cert):
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
            cache_dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".crl-")
            with os.fdopen(fd, "wb") as out:
                out.write(parsed.dump())
            os.replace(tmp, cache_path(cache_dir, url))
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


def ocsp_check(cert: x509.Certificate, issuer: x509.Certificate, url: str) -> OcspAnswer:
    cert_id = _cert_id(cert, issuer)
    nonce = secrets.token_bytes(16)
    request = ocsp.OCSPRequest(
        {
            "tbs_request": {
                "request_list": [{"req_cert": cert_id}],
                "request_extensions": [{"extn_id": "nonce", "critical": False, "extn_value": nonce}],
            }
        }
    )
    body = download(url, request.dump(), "application/ocsp-request")
    try:
        response = ocsp.OCSPResponse.load(body)
        if response["response_status"].native != "successful":
            raise RevocationError(f"OCSP responder {url} answered {response['response_status'].native}")
        basic = response.basic_ocsp_response
        data = basic["tbs_response_data"]
        _check_responder(basic, issuer)
        if response.nonce_value is not None and response.nonce_value.native != nonce:
            raise RevocationError(f"OCSP responder {url} answered another request (nonce mismatch)")
        for single in data["responses"]:
            if single["cert_id"]["serial_number"].native != cert.serial_number:
                continue
            status = single["cert_status"]
            produced = data["produced_at"].native
            if status.name == "revoked":
                info = status.chosen
                reason = info["revocation_reason"].native if info["revocation_reason"] else "unspecified"
                return OcspAnswer("revoked", produced, info["revocation_time"].native, str(reason), url)
            return OcspAnswer("good" if status.name == "good" else "unknown", produced, None, "", url)
    except ASN1_ERRORS as exc:
        raise RevocationError(f"OCSP responder {url} sent a malformed response") from exc
    raise RevocationError(f"OCSP responder {url} said nothing about this certificate")


def _check_responder(basic: ocsp.BasicOCSPResponse, issuer: x509.Certificate) -> None:
    signed = basic["tbs_response_data"].dump()
    algorithm = basic["signature_algorithm"]["algorithm"].dotted
    signature = basic["signature"].native
    candidates = [issuer]
    for responder in basic["certs"] or []:
        eku = responder.extended_key_usage_value
        if certificates.is_issued_by(responder, issuer) and eku and _EKU_OCSP_SIGNING in [e.dotted for e in eku]:
            candidates.append(responder)
    for candidate in candidates:
        try:
            if certificates.verify_signature(certificates.public_key(candidate), algorithm, signature, signed):
                return
        except CryptoError:
            continue
    raise RevocationError("the OCSP response is not signed by the issuing CA or its delegated responder")


__all__ = ["OcspAnswer", "RevocationError", "crl_urls", "ocsp_check", "ocsp_urls", "refresh_crls"]
