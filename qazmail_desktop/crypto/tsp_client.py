"""RFC 3161 time-stamp requests, for CAdES-T signatures (``sign --tsa URL``)."""

from __future__ import annotations

import secrets

from asn1crypto import cms, tsp

from . import digests, http
from .errors import ASN1_ERRORS, CryptoError

MAX_RESPONSE = 1 << 20


class TimestampError(CryptoError):
    """The TSA could not be reached or refused or botched the request."""


class TimestampUnreachable(TimestampError):
    """No answer from the TSA (offline, down): a letter signed now can get its time-stamp later."""


def build_request(data: bytes, digest_oid: str) -> tuple[tsp.TimeStampReq, bytes, int]:
    """(request, imprint, nonce) for a token over ``data`` (a signature value)."""
    imprint = digests.digest(digest_oid, data)
    nonce = secrets.randbits(63)
    req = tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {"hash_algorithm": {"algorithm": digest_oid}, "hashed_message": imprint},
            "nonce": nonce,
            "cert_req": True,
        }
    )
    return req, imprint, nonce


def read_response(body: bytes, imprint: bytes, nonce: int, source: str) -> cms.ContentInfo:
    """The token of a TSA response, after checking it answers this very request."""
    try:
        response = tsp.TimeStampResp.load(body)
        status = response["status"]["status"].native
        token = response["time_stamp_token"]
        if status not in ("granted", "granted_with_mods") or not token:
            text = response["status"]["status_string"].native if response["status"]["status_string"] else ""
            raise TimestampError(f"time-stamp authority refused: {status} {text}".strip())
        tst = token["content"]["encap_content_info"]["content"].parsed
        got = tst["message_imprint"]["hashed_message"].native
        got_nonce = tst["nonce"].native
    except ASN1_ERRORS as exc:
        raise TimestampError(f"time-stamp authority {source} sent a malformed response ({exc})") from exc
    if got != imprint or got_nonce != nonce:
        raise TimestampError("time-stamp authority answered a different request (imprint or nonce mismatch)")
    return token


def request_token(url: str, data: bytes, digest_oid: str, timeout: float = 20.0) -> cms.ContentInfo:
    """A token over ``data`` (a signature value) from the TSA at ``url``, imprint and nonce checked."""
    req, imprint, nonce = build_request(data, digest_oid)
    try:
        body = http.exchange(url, req.dump(), "application/timestamp-query", MAX_RESPONSE, timeout)
    except http.ServiceUnreachable as exc:
        raise TimestampUnreachable(f"time-stamp authority {exc}") from exc
    except http.AnswerTooLarge as exc:
        raise TimestampError(f"time-stamp authority {exc}") from exc
    return read_response(body, imprint, nonce, url)
