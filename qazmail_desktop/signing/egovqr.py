"""Signing with eGov Mobile / eGov Business through SIGEX's QR procedure (``/api/egovQr``): the
desktop registers a procedure, shows its QR code (or a deep link on the same phone), sends the
documents, and waits for the CMS the phone made. No Qt: the window and the command line drive it.

One ``EgovQrClient`` runs one procedure, as a state machine::

    NEW --register--> REGISTERED --send_documents--> DATA_SENT --wait_signatures--> SIGNED
     any state before SIGNED --> FAILED (``failure.reason``) | CANCELLED | EXPIRED

``send_documents`` returns once the phone has taken the documents (from then on the QR code is
used up and should no longer be shown); ``wait_signatures`` returns the CMS (DER) per document.
Both calls are long requests that SIGEX answers when the person acts: the client re-issues a
request that failed on the network (as the public library does, at most ``NETWORK_ATTEMPTS``
times), stops at the procedure's expiry and stops at once when ``cancel`` is set (the request in
flight is aborted, so SIGEX sees the connection close).

The protocol facts (with their sources) are in docs/egov-qr.md. The field names below are written
once; the local service (``server/sigexqr.py``) imports the same constants.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import enum
import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, TypeVar
from urllib.parse import urlsplit

from ..choices import SIGEX_URL
from ..errors import UserFacingError
from ..hosts import is_loopback
from ..safetext import one_line

log = logging.getLogger(__name__)
_T = TypeVar("_T")

# --- the protocol's names -----------------------------------------------------------------------
# Each is read or written by sigex-kz/sigex-qr-signing-client v0.3.1 (commit 06b50ee253f0),
# file sigex-qr-signing-client.js, at the line in LIBRARY_LINES (tests/test_egov_qr.py checks the
# file when a copy is at hand).
LIBRARY = "sigex-kz/sigex-qr-signing-client@06b50ee253f0cf5e49b93626bb8b6eeaa038d4a7:sigex-qr-signing-client.js"
DEFAULT_BASE_URL = SIGEX_URL  # line 28: the constructor's default baseUrl
REGISTER_PATH = "/api/egovQr"  # line 106: POST `${baseUrl}/api/egovQr`
F_DESCRIPTION = "description"  # line 102: the register request's only field
F_MESSAGE = "message"  # lines 120, 231, 279: an answer with it is an error, whatever the step
F_QR_CODE = "qrCode"  # line 124: the QR image, base64
F_DATA_URL = "dataURL"  # line 125: where the documents are POSTed
F_SIGN_URL = "signURL"  # line 126: where the signatures are fetched (GET)
F_EGOV_MOBILE_LINK = "eGovMobileLaunchLink"  # line 127
F_EGOV_BUSINESS_LINK = "eGovBusinessLaunchLink"  # line 128
F_EXPIRE_AT = "expireAt"  # SIGEX's developer page (api-egov-basic); the library only declares it (line 34)
F_SIGN_METHOD = "signMethod"  # line 193
SIGN_METHOD_WITH_DATA = "CMS_WITH_DATA"  # line 193: attach = true, the document inside the CMS
SIGN_METHOD_SIGN_ONLY = "CMS_SIGN_ONLY"  # line 193: attach = false (the default), a detached CMS
F_DOCUMENTS = "documentsToSign"  # line 194 (request), line 283 (answer)
F_DOC_ID = "id"  # line 76: 1, 2, … in the order added
F_NAME_RU = "nameRu"  # line 77
F_NAME_KZ = "nameKz"  # line 78
F_NAME_EN = "nameEn"  # line 79
F_META = "meta"  # line 80: a list of {"name", "value"} strings (line 53)
F_META_NAME = "name"  # line 53 (documentation comment)
F_META_VALUE = "value"  # line 53 (documentation comment)
F_DOCUMENT = "document"  # lines 81, 284
F_FILE = "file"  # lines 82, 284
F_MIME = "mime"  # line 83
MIME_PDF = "@file/pdf"  # line 83: the PDF hint for eGov Mobile's viewer; "" otherwise
F_DATA = "data"  # line 84 (the document, base64), line 284 (the signature, base64)
NETWORK_ATTEMPTS = 25  # line 32: `retries`, requests re-sent only when no answer came at all

LIBRARY_LINES: dict[str, tuple[int, ...]] = {
    REGISTER_PATH: (106,),
    F_DESCRIPTION: (102,),
    F_MESSAGE: (120, 231, 279),
    F_QR_CODE: (124,),
    F_DATA_URL: (125,),
    F_SIGN_URL: (126,),
    F_EGOV_MOBILE_LINK: (127,),
    F_EGOV_BUSINESS_LINK: (128,),
    F_SIGN_METHOD: (193,),
    SIGN_METHOD_WITH_DATA: (193,),
    SIGN_METHOD_SIGN_ONLY: (193,),
    F_DOCUMENTS: (194, 283),
    F_DOC_ID: (76,),
    F_NAME_RU: (77,),
    F_NAME_KZ: (78,),
    F_NAME_EN: (79,),
    F_META: (80,),
    F_META_NAME: (53,),
    F_META_VALUE: (53,),
    F_DOCUMENT: (81, 284),
    F_FILE: (82, 284),
    F_MIME: (83,),
    MIME_PDF: (83,),
    F_DATA: (84, 284),
}

# --- limits -------------------------------------------------------------------------------------
CALL_TIMEOUT = 30.0  # registering: SIGEX answers at once
EXPIRY_GRACE = 15.0  # a long request may still be answered a little after expireAt
LONG_REQUEST_CAP = 600.0  # never wait on one request longer than this
FALLBACK_LIFETIME = 600.0  # when an answer names no expireAt (the developer page says it always does)
LONGEST_LIFETIME = 3600.0  # a later expireAt is taken as an hour from now
RETRY_PAUSE = 1.0
REGISTER_ANSWER_LIMIT = 1 << 20  # a QR image and four URLs
DATA_ANSWER_LIMIT = 64 << 10
DOCUMENTS_LIMIT = 64 << 20  # the documents of one procedure, together
LINK_LIMIT = 4096
MESSAGE_LIMIT = 500  # what of SIGEX's message is shown


# --- errors -------------------------------------------------------------------------------------
class EgovQrError(UserFacingError):
    """A QR signing procedure that did not end with signatures; ``reason`` says why, in one word."""

    reason: ClassVar[str] = "error"


class EgovQrUnreachable(EgovQrError):
    reason = "unreachable"


class EgovQrTimeout(EgovQrError):
    reason = "timeout"


class EgovQrExpired(EgovQrError):
    reason = "expired"


class EgovQrRefused(EgovQrError):
    """SIGEX answered with its ``message``: the procedure was refused (a used or unknown QR, bad data)."""

    reason = "refused"

    def __init__(self, text: str, sigex_message: str) -> None:
        super().__init__(text)
        self.sigex_message = sigex_message


class EgovQrDeclined(EgovQrRefused):
    """The phone had the documents and SIGEX answered with a ``message`` instead of signatures: the
    person declined (or eGov Mobile failed); SIGEX's words say which."""

    reason = "declined"


class EgovQrBadAnswer(EgovQrError):
    """Not JSON, a missing field, a wrong type, an answer over its size cap, a URL elsewhere."""

    reason = "bad_answer"


class EgovQrHttpError(EgovQrError):
    reason = "http_error"

    def __init__(self, text: str, status: int, sigex_message: str) -> None:
        super().__init__(text)
        self.status = status
        self.sigex_message = sigex_message


class EgovQrCancelled(EgovQrError):
    reason = "cancelled"


class EgovQrTooLarge(EgovQrError):
    """More than SIGEX takes in one procedure (``DOCUMENTS_LIMIT``): said before any QR is made."""

    reason = "too_large"


class EgovQrStateError(RuntimeError):
    """A call out of order (a programming error, not the person's or SIGEX's)."""


# --- the HTTP exchange --------------------------------------------------------------------------
class TransportError(Exception):
    pass


class TransportUnreachable(TransportError):
    """No answer: refused, reset, DNS, TLS failure."""


class TransportTimeout(TransportError):
    pass


class TransportCancelled(TransportError):
    pass


class TransportTooLarge(TransportError):
    pass


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    reason: str
    body: bytes = field(repr=False)


class HttpTransport(Protocol):
    def exchange(
        self,
        method: str,
        url: str,
        body: bytes | None,
        *,
        timeout: float,
        limit: int,
        cancel: threading.Event | None,
    ) -> HttpAnswer:
        """One request; at most ``limit`` bytes of answer (``TransportTooLarge`` beyond). Raises the
        ``Transport*`` errors; aborts the request when ``cancel`` is set."""
        ...


class StdlibTransport:
    """http.client with the system's verified TLS (certificate and host name); plain HTTP only to
    loopback (the local service). Redirects are not followed. ``crypto/http.exchange`` is not used:
    it turns an HTTP error into "unreachable" and drops the status and SIGEX's message, and it
    cannot abort a request that waits on the person."""

    def exchange(
        self,
        method: str,
        url: str,
        body: bytes | None,
        *,
        timeout: float,
        limit: int,
        cancel: threading.Event | None,
    ) -> HttpAnswer:
        import http.client
        import ssl

        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.scheme == "https":
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                host, parts.port, timeout=timeout, context=ssl.create_default_context()
            )
        elif parts.scheme == "http" and is_loopback(host):
            conn = http.client.HTTPConnection(host, parts.port, timeout=timeout)
        else:
            raise TransportUnreachable(f"refused to talk to {parts.scheme}://{host}: HTTPS only")
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {"Accept": "application/json", "Cache-Control": "no-store"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if cancel is not None and cancel.is_set():
            raise TransportCancelled("cancelled")
        # the socket's timeout bounds each read; a server that drips its answer a byte at a time
        # would hold the call for ever: the whole exchange ends at this deadline
        watch = _Watch(conn, cancel, time.monotonic() + timeout)
        threading.Thread(target=watch.run, daemon=True).start()
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            declared = response.getheader("Content-Length")
            if declared is not None and declared.strip().isdigit() and int(declared) > limit:
                raise TransportTooLarge(f"answer of {int(declared)} bytes")
            data = response.read(limit + 1)
            if cancel is not None and cancel.is_set():
                raise TransportCancelled("cancelled")
            if watch.overdue:  # what came was cut short by the deadline
                raise TransportTimeout("no whole answer in time")
            if len(data) > limit:
                raise TransportTooLarge(f"answer over {limit} bytes")
            return HttpAnswer(response.status, response.reason or "", data)
        except TransportError:
            raise
        except TimeoutError as exc:
            if cancel is not None and cancel.is_set():
                raise TransportCancelled("cancelled") from exc
            raise TransportTimeout("no answer in time") from exc
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if cancel is not None and cancel.is_set():
                raise TransportCancelled("cancelled") from exc
            if watch.overdue:
                raise TransportTimeout("no whole answer in time") from exc
            if isinstance(exc, ssl.SSLCertVerificationError):
                raise TransportUnreachable(f"TLS certificate not trusted: {exc.verify_message}") from exc
            why = getattr(exc, "strerror", None)
            raise TransportUnreachable(type(exc).__name__ + (f": {why}" if why else "")) from exc
        finally:
            watch.finished.set()
            conn.close()


class _Watch:
    """Ends an exchange under way (shuts its socket: the server sees the request closed) when it
    is cancelled or once its deadline passed (``overdue``)."""

    def __init__(self, conn: Any, cancel: threading.Event | None, deadline: float) -> None:
        self.conn, self.cancel, self.deadline = conn, cancel, deadline
        self.finished = threading.Event()
        self.overdue = False

    def run(self) -> None:
        import socket

        while not self.finished.wait(0.05):
            cancelled = self.cancel is not None and self.cancel.is_set()
            self.overdue = time.monotonic() >= self.deadline
            if not (cancelled or self.overdue):
                continue
            sock = self.conn.sock
            if sock is None:
                continue  # not connected yet: the request checks again
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            return


# --- what is signed and what comes back ---------------------------------------------------------
@dataclass(frozen=True)
class Document:
    """A document to sign: its name in Kazakh, Russian and English (eGov Mobile shows the phone's
    language), its bytes, and whether it is a PDF (eGov Mobile then shows it as one)."""

    name_kk: str
    name_ru: str
    name_en: str
    data: bytes
    is_pdf: bool = False
    meta: tuple[tuple[str, str], ...] = ()

    def __repr__(self) -> str:  # no names, no content
        return f"Document(<{len(self.data)} bytes>{', PDF' if self.is_pdf else ''})"


@dataclass(frozen=True)
class QrProcedure:
    """A registered procedure. The QR image and both links work once; ``data_url`` and
    ``sign_url`` carry the procedure's id, which lets whoever has it sign or fetch: never logged."""

    qr_image: bytes
    qr_image_type: str  # "png", "gif" or "jpeg": the library's example shows it as image/gif
    expires_at: dt.datetime
    egov_mobile_link: str | None
    egov_business_link: str | None
    data_url: str
    sign_url: str

    def __repr__(self) -> str:
        return f"QrProcedure(<{self.qr_image_type} QR>, expires_at={self.expires_at.isoformat()})"


class QrState(enum.Enum):
    NEW = "new"
    REGISTERED = "registered"
    DATA_SENT = "data_sent"
    SIGNED = "signed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"

    @property
    def final(self) -> bool:
        return self in (QrState.SIGNED, QrState.FAILED, QrState.CANCELLED, QrState.EXPIRED)


_IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "png"), (b"GIF87a", "gif"), (b"GIF89a", "gif"), (b"\xff\xd8\xff", "jpeg"))


def _sigex_words(value: object) -> str:
    text = one_line(str(value))
    return text[:MESSAGE_LIMIT] + ("…" if len(text) > MESSAGE_LIMIT else "")


def parse_expiry(value: object, now: float) -> dt.datetime:
    """``expireAt`` as a moment: a number (milliseconds since 1970, or seconds when small) or an
    ISO 8601 string; absent: ``FALLBACK_LIFETIME`` from now."""
    if value is None:
        return dt.datetime.fromtimestamp(now + FALLBACK_LIFETIME, dt.UTC)
    if isinstance(value, bool):
        raise EgovQrBadAnswer(f"SIGEX gave an expiry that is not a time ({F_EXPIRE_AT})")
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else float(value)
        try:
            return _at_most_longest(dt.datetime.fromtimestamp(seconds, dt.UTC), now)
        except (OverflowError, OSError, ValueError) as exc:
            raise EgovQrBadAnswer(f"SIGEX gave an expiry out of range ({F_EXPIRE_AT})") from exc
    if isinstance(value, str) and len(value) <= 64:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise EgovQrBadAnswer(f"SIGEX gave an expiry that is not a time ({F_EXPIRE_AT})") from exc
        return _at_most_longest(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC), now)
    raise EgovQrBadAnswer(f"SIGEX gave an expiry that is not a time ({F_EXPIRE_AT})")


def _at_most_longest(moment: dt.datetime, now: float) -> dt.datetime:
    """``moment``, or ``LONGEST_LIFETIME`` from now when later: a QR that "lives" until 9999 would
    keep the desktop waiting for hours."""
    return min(moment, dt.datetime.fromtimestamp(now + LONGEST_LIFETIME, dt.UTC))


class EgovQrClient:
    """One QR signing procedure at SIGEX (``base_url``, default https://sigex.kz) over ``http``."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        http: HttpTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValueError(f"not a service address: {base_url!r}")
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            raise ValueError("SIGEX is reached over HTTPS only (plain HTTP is for the local service on loopback)")
        self.base_url = base_url.rstrip("/")
        self._origin = (parts.scheme, parts.hostname, parts.port)
        self.http: HttpTransport = http if http is not None else StdlibTransport()
        self.clock = clock
        self.state = QrState.NEW
        self.failure: EgovQrError | None = None
        self.procedure: QrProcedure | None = None
        self._documents: tuple[Document, ...] = ()
        self._attached = False

    def __repr__(self) -> str:
        return f"EgovQrClient({self.base_url!r}, state={self.state.value})"

    # -- the three calls ---------------------------------------------------------------------------
    def register(self, description: str, cancel: threading.Event | None = None) -> QrProcedure:
        """``POST /api/egovQr``: a new procedure, its QR code, links and expiry."""
        self._expect(QrState.NEW)
        body = json.dumps({F_DESCRIPTION: description}, ensure_ascii=False).encode()
        answer = self._guarded(
            lambda: self._call(
                "POST", self.base_url + REGISTER_PATH, body, CALL_TIMEOUT, REGISTER_ANSWER_LIMIT, cancel, 1
            ),
        )
        procedure = self._guarded(lambda: self._read_registration(answer))
        self.procedure = procedure
        self._move(QrState.REGISTERED)
        return procedure

    def send_documents(
        self, documents: Sequence[Document], attach: bool = False, cancel: threading.Event | None = None
    ) -> None:
        """POST the documents to the procedure's data URL (``CMS_WITH_DATA`` when ``attach``, the
        document inside each CMS; else ``CMS_SIGN_ONLY``, detached). Returns when the phone has
        taken them: the QR code is used up then."""
        self._expect(QrState.REGISTERED)
        procedure = self._procedure()
        if not documents:
            raise ValueError("no document to sign")
        if sum(len(d.data) for d in documents) > DOCUMENTS_LIMIT:
            raise ValueError(f"the documents exceed {DOCUMENTS_LIMIT >> 20} MiB together")
        body = json.dumps(
            {
                F_SIGN_METHOD: SIGN_METHOD_WITH_DATA if attach else SIGN_METHOD_SIGN_ONLY,
                F_DOCUMENTS: [_document_json(n, d) for n, d in enumerate(documents, 1)],
            },
            ensure_ascii=False,
        ).encode()
        answer = self._guarded(lambda: self._long_call("POST", procedure.data_url, body, DATA_ANSWER_LIMIT, cancel))
        self._guarded(lambda: self._read_object(answer, "sending the documents", declined=False))
        self._documents, self._attached = tuple(documents), attach
        self._move(QrState.DATA_SENT)

    def wait_signatures(self, cancel: threading.Event | None = None) -> list[bytes]:
        """GET the procedure's sign URL until the person signs: the CMS (DER) per document, in order."""
        self._expect(QrState.DATA_SENT)
        procedure = self._procedure()
        total = sum(len(d.data) for d in self._documents)
        limit = (2 * total if self._attached else 0) + len(self._documents) * (1 << 20) + (1 << 20)
        answer = self._guarded(lambda: self._long_call("GET", procedure.sign_url, None, limit, cancel))
        signatures = self._guarded(lambda: self._read_signatures(answer))
        self._move(QrState.SIGNED)
        return signatures

    def sign(
        self,
        description: str,
        documents: Sequence[Document],
        attach: bool = False,
        cancel: threading.Event | None = None,
        show: Callable[[QrProcedure], None] | None = None,
        taken: Callable[[], None] | None = None,
    ) -> list[bytes]:
        """The whole procedure: ``show`` gets the QR to display, ``taken`` is called once the phone
        has the documents (hide the QR then). Documents over ``DOCUMENTS_LIMIT`` together are
        refused before anything is registered: no QR is shown for what cannot be sent."""
        total = sum(len(d.data) for d in documents)
        if total > DOCUMENTS_LIMIT:
            raise EgovQrTooLarge(
                f"{total >> 20} MiB to sign: SIGEX takes {DOCUMENTS_LIMIT >> 20} MiB at most in one signing"
            )
        procedure = self.register(description, cancel)
        if show is not None:
            show(procedure)
        self.send_documents(documents, attach, cancel)
        if taken is not None:
            taken()
        return self.wait_signatures(cancel)

    # -- the state machine ---------------------------------------------------------------------------
    def _expect(self, state: QrState) -> None:
        if self.state is not state:
            raise EgovQrStateError(f"the procedure is {self.state.value}, not {state.value}")

    def _move(self, state: QrState) -> None:
        log.info("eGov QR procedure: %s -> %s", self.state.value, state.value)
        self.state = state

    def _procedure(self) -> QrProcedure:
        assert self.procedure is not None
        return self.procedure

    def _guarded(self, step: Callable[[], _T]) -> _T:
        try:
            return step()
        except EgovQrError as exc:
            self.failure = exc
            final = {
                EgovQrCancelled: QrState.CANCELLED,
                EgovQrExpired: QrState.EXPIRED,
            }.get(type(exc), QrState.FAILED)
            log.info("eGov QR procedure ended: %s", exc.reason)
            self._move(final)
            raise

    def _expired(self) -> bool:
        return self.procedure is not None and self.clock() >= self.procedure.expires_at.timestamp()

    def _expired_error(self) -> EgovQrExpired:
        return EgovQrExpired("the QR code expired before the signing was confirmed in eGov Mobile")

    # -- requests ------------------------------------------------------------------------------------
    def _call(
        self,
        method: str,
        url: str,
        body: bytes | None,
        timeout: float,
        limit: int,
        cancel: threading.Event | None,
        attempts: int,
        long: bool = False,
    ) -> HttpAnswer:
        host = urlsplit(url).hostname
        for attempt in range(1, attempts + 1):
            if cancel is not None and cancel.is_set():
                raise EgovQrCancelled("signing with eGov Mobile was cancelled")
            if long and self._expired():
                raise self._expired_error()
            if long:
                remaining = self._procedure().expires_at.timestamp() - self.clock()
                timeout = min(max(remaining, 0.0) + EXPIRY_GRACE, LONG_REQUEST_CAP)
            try:
                answer = self.http.exchange(method, url, body, timeout=timeout, limit=limit, cancel=cancel)
            except TransportCancelled as exc:
                raise EgovQrCancelled("signing with eGov Mobile was cancelled") from exc
            except TransportTooLarge as exc:
                raise EgovQrBadAnswer(f"SIGEX ({host}) sent an answer over {limit} bytes") from exc
            except TransportTimeout as exc:
                if long and self._expired():
                    raise self._expired_error() from exc
                if attempt == attempts:
                    raise EgovQrTimeout(f"SIGEX ({host}) did not answer in time") from exc
                log.info("eGov QR: no answer in time, asking again (%d/%d)", attempt, attempts)
            except TransportError as exc:
                if attempt == attempts:
                    raise EgovQrUnreachable(f"SIGEX ({host}) cannot be reached: {exc}") from exc
                log.info("eGov QR: no answer (%s), asking again (%d/%d)", type(exc).__name__, attempt, attempts)
            else:
                if answer.status != 200:
                    raise _http_error(answer, host)
                return answer
            if cancel is not None:
                if cancel.wait(RETRY_PAUSE):
                    raise EgovQrCancelled("signing with eGov Mobile was cancelled")
            else:
                time.sleep(RETRY_PAUSE)
        raise AssertionError("unreachable")  # pragma: no cover

    def _long_call(
        self, method: str, url: str, body: bytes | None, limit: int, cancel: threading.Event | None
    ) -> HttpAnswer:
        return self._call(method, url, body, LONG_REQUEST_CAP, limit, cancel, NETWORK_ATTEMPTS, long=True)

    # -- answers -------------------------------------------------------------------------------------
    def _read_object(self, answer: HttpAnswer, step: str, declined: bool) -> dict[str, Any]:
        try:
            value = json.loads(answer.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise EgovQrBadAnswer(f"SIGEX's answer to {step} is not JSON") from exc
        if not isinstance(value, dict):
            raise EgovQrBadAnswer(f"SIGEX's answer to {step} is not a JSON object")
        message = value.get(F_MESSAGE)
        if message:
            words = _sigex_words(message)
            if self._expired():
                raise EgovQrExpired(f"the QR code expired: {words}")
            if declined:
                raise EgovQrDeclined(f"eGov Mobile did not sign: {words}", words)
            raise EgovQrRefused(f"SIGEX refused {step}: {words}", words)
        return value

    def _read_registration(self, answer: HttpAnswer) -> QrProcedure:
        value = self._read_object(answer, "the registration", declined=False)
        qr_b64 = _field(value, F_QR_CODE, str)
        try:
            image = base64.b64decode(qr_b64, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise EgovQrBadAnswer(f"SIGEX's {F_QR_CODE} is not base64") from exc
        kind = next((k for magic, k in _IMAGE_MAGIC if image.startswith(magic)), None)
        if kind is None:
            raise EgovQrBadAnswer(f"SIGEX's {F_QR_CODE} is not an image")
        return QrProcedure(
            qr_image=image,
            qr_image_type=kind,
            expires_at=parse_expiry(value.get(F_EXPIRE_AT), self.clock()),
            egov_mobile_link=_link(value, F_EGOV_MOBILE_LINK),
            egov_business_link=_link(value, F_EGOV_BUSINESS_LINK),
            data_url=self._own_url(value, F_DATA_URL),
            sign_url=self._own_url(value, F_SIGN_URL),
        )

    def _own_url(self, value: dict[str, Any], name: str) -> str:
        """A URL of the same service: documents are never sent anywhere else."""
        url: str = _field(value, name, str)
        parts = urlsplit(url)
        try:
            origin = (parts.scheme, parts.hostname, parts.port)
        except ValueError as exc:
            raise EgovQrBadAnswer(f"SIGEX's {name} is not a URL") from exc
        dots = {".", ".."} & set(parts.path.split("/"))  # /api/egovQr/../../elsewhere leaves the procedure
        if origin != self._origin or not parts.path.startswith(REGISTER_PATH + "/") or dots or len(url) > LINK_LIMIT:
            raise EgovQrBadAnswer(f"SIGEX's {name} points outside {self.base_url}{REGISTER_PATH}/")
        return url

    def _read_signatures(self, answer: HttpAnswer) -> list[bytes]:
        value = self._read_object(answer, "the signatures", declined=True)
        items = _field(value, F_DOCUMENTS, list)
        if len(items) != len(self._documents):
            raise EgovQrBadAnswer(f"SIGEX returned {len(items)} signatures for {len(self._documents)} documents")
        signatures = []
        for number, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise EgovQrBadAnswer(f"SIGEX's {F_DOCUMENTS} holds something other than documents")
            if F_DOC_ID in item and item[F_DOC_ID] != number:
                raise EgovQrBadAnswer("SIGEX returned the signatures out of order")
            file = _field(_field(item, F_DOCUMENT, dict), F_FILE, dict)
            try:
                der = base64.b64decode(_field(file, F_DATA, str), validate=True)
            except (binascii.Error, ValueError) as exc:
                raise EgovQrBadAnswer("a signature from SIGEX is not base64") from exc
            if not der.startswith(b"\x30"):
                raise EgovQrBadAnswer("a signature from SIGEX is not a CMS (DER)")
            signatures.append(der)
        return signatures


def _document_json(number: int, document: Document) -> dict[str, Any]:
    return {
        F_DOC_ID: number,
        F_NAME_RU: document.name_ru,
        F_NAME_KZ: document.name_kk,
        F_NAME_EN: document.name_en,
        F_META: [{F_META_NAME: name, F_META_VALUE: value} for name, value in document.meta],
        F_DOCUMENT: {
            F_FILE: {F_MIME: MIME_PDF if document.is_pdf else "", F_DATA: base64.b64encode(document.data).decode()}
        },
    }


def _field(value: dict[str, Any], name: str, kind: type) -> Any:
    if name not in value:
        raise EgovQrBadAnswer(f"SIGEX's answer has no {name}")
    found = value[name]
    if not isinstance(found, kind) or isinstance(found, bool):
        raise EgovQrBadAnswer(f"SIGEX's {name} is not a {kind.__name__}")
    return found


def _link(value: dict[str, Any], name: str) -> str | None:
    found = value.get(name)
    if found is None:
        return None
    if not isinstance(found, str) or len(found) > LINK_LIMIT or one_line(found) != found:
        raise EgovQrBadAnswer(f"SIGEX's {name} is not a link")
    return found


def _http_error(answer: HttpAnswer, host: str | None) -> EgovQrHttpError:
    words = ""
    try:
        value = json.loads(answer.body)
        if isinstance(value, dict) and value.get(F_MESSAGE):
            words = _sigex_words(value[F_MESSAGE])
    except (ValueError, UnicodeDecodeError):
        pass
    reason = _sigex_words(answer.reason)
    text = f"SIGEX ({host}) answered HTTP {answer.status}" + (f" {reason}" if reason else "")
    return EgovQrHttpError(text + (f": {words}" if words else ""), answer.status, words)
