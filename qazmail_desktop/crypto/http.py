"""The one HTTP exchange with PKI services (CRL and certificate downloads, OCSP, TSA): a timeout, a
cap on the answer's size, and failures as ``ServiceError``.

``urllib.request`` is imported on first use: it pulls in http.client, email and ssl (about 15 ms),
which a command that verifies offline never needs."""

from __future__ import annotations


class ServiceError(Exception):
    """The service gave no usable answer."""


class ServiceUnreachable(ServiceError):
    """No answer: no connection, a timeout, an HTTP error (worth trying again later)."""


class AnswerTooLarge(ServiceError):
    """An answer over the size cap: the service is broken or hostile."""


def exchange(url: str, body: bytes | None, content_type: str, limit: int, timeout: float) -> bytes:
    """GET ``url`` (or POST ``body`` as ``content_type``) and return at most ``limit`` bytes of answer."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        url,
        data=body,
        method="POST" if body is not None else "GET",
        headers={"Content-Type": content_type} if content_type else {},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(limit + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ServiceUnreachable(f"{url} unreachable: {getattr(exc, 'reason', exc)}") from exc
    if len(data) > limit:
        raise AnswerTooLarge(f"{url} sent more than {limit >> 20} MiB")
    return data
