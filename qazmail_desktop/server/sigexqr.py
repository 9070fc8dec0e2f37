"""A local stand-in for SIGEX's QR signing (``/api/egovQr``) on loopback, for the demo and the tests,
with a demo phone that plays eGov Mobile.

It speaks what the public client library reads (the names are ``signing.egovqr``'s constants):

- ``POST /api/egovQr`` ``{"description"}`` → ``{"expireAt", "qrCode", "dataURL", "signURL",
  "eGovMobileLaunchLink", "eGovBusinessLaunchLink"}`` at once; the QR (a PNG made with segno)
  holds the eGov Mobile link.
- ``POST /api/egovQr/{id}`` ``{"signMethod", "documentsToSign"}`` (the data URL) is held until the
  phone takes the documents, then ``{}``.
- ``GET /api/egovQr/{id}`` (the sign URL) is held until the phone signs, then
  ``{"documentsToSign": [... {"document": {"file": {"data": <CMS, base64>}}}]}``.

A refusal (expired, declined, used or unknown QR) is HTTP 200 with ``{"message"}``, as SIGEX reports
errors; a malformed request is a 4xx. A held request ends when the client goes away (the service
counts it in ``abandoned``). The demo phone: ``DemoPhone.sign(link)`` / ``decline(link)`` in the
process, or ``POST /demo-phone/{id}/sign`` and ``/decline`` over HTTP.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import io
import json
import logging
import secrets
import select
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from ..crypto.cms import TimestampRequester, sign
from ..crypto.content import Content
from ..crypto.evidence import EvidenceRequester
from ..crypto.keys import SigningKey
from ..signing.egovqr import (
    F_DATA,
    F_DATA_URL,
    F_DESCRIPTION,
    F_DOC_ID,
    F_DOCUMENT,
    F_DOCUMENTS,
    F_EGOV_BUSINESS_LINK,
    F_EGOV_MOBILE_LINK,
    F_EXPIRE_AT,
    F_FILE,
    F_MESSAGE,
    F_MIME,
    F_NAME_EN,
    F_NAME_KZ,
    F_NAME_RU,
    F_QR_CODE,
    F_SIGN_METHOD,
    F_SIGN_URL,
    MIME_PDF,
    REGISTER_PATH,
    SIGN_METHOD_SIGN_ONLY,
    SIGN_METHOD_WITH_DATA,
)

log = logging.getLogger(__name__)
MAX_BODY = 80 << 20
PHONE_PATH = "/demo-phone/"
DEFAULT_LIFETIME = 120.0

EXPIRED_TEXT = "Срок действия QR кода истек (the QR code expired)"
DECLINED_TEXT = "Пользователь отказался от подписания (the signer declined)"
USED_TEXT = "QR код уже использован (the QR code was already used)"
UNKNOWN_TEXT = "Процедура подписания не найдена (no such signing procedure)"


class ProcedureGone(Exception):
    """The phone cannot act on this procedure (unknown, used, expired, declined)."""


@dataclass(frozen=True)
class PendingDocument:
    id: int
    name_ru: str
    name_kk: str
    name_en: str
    data: bytes = field(repr=False)
    is_pdf: bool


@dataclass
class Procedure:
    id: str
    description: str
    expires: float
    state: str = "registered"  # data_ready, taken, signed, declined
    sign_method: str = ""
    documents: list[PendingDocument] = field(default_factory=list, repr=False)
    signatures: list[bytes] = field(default_factory=list, repr=False)
    taken: bool = False  # the phone has the documents: the data URL's request is answered
    requests: int = 0
    waiting: int = 0
    abandoned: int = 0


@dataclass
class Fault:
    """An answer given instead of the protocol's, for the tests: ``step`` is register, data or sign."""

    status: int
    body: bytes
    content_type: str = "application/json"
    times: int = 1


class SigexQrService:
    """The procedures and the HTTP side. ``lifetime`` is each QR's validity in seconds."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, lifetime: float = DEFAULT_LIFETIME) -> None:
        self.host = host
        self.port = port
        self.lifetime = lifetime
        self.procedures: dict[str, Procedure] = {}
        self.faults: dict[str, Fault] = {}
        self.phone: DemoPhone | None = None
        self._lock = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __str__(self) -> str:
        return f"SIGEX (eGov QR, local)  {self.base_url}  (--sigex {self.base_url})"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # -- running -------------------------------------------------------------------------------------
    def start(self) -> SigexQrService:
        """Listen (loopback) and serve in a thread; returns once listening."""
        server = ThreadingHTTPServer((self.host, self.port), _handler_for(self))
        server.daemon_threads = True
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="qazmail-sigex-qr", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        with self._lock:
            self._lock.notify_all()

    # -- procedures ----------------------------------------------------------------------------------
    def register(self, description: str) -> Procedure:
        with self._lock:
            self._forget_old()
            procedure = Procedure(secrets.token_urlsafe(16), description, time.time() + self.lifetime)
            self.procedures[procedure.id] = procedure
            return procedure

    def links(self, procedure_id: str) -> tuple[str, str]:
        base = f"{self.base_url}{PHONE_PATH}{procedure_id}"
        return f"{base}?app=egov-mobile", f"{base}?app=egov-business"

    def expire_now(self, procedure_id: str) -> None:
        """Let the QR expire (the tests' clock): held requests end with the expiry message."""
        with self._lock:
            self.procedures[procedure_id].expires = time.time() - 1
            self._lock.notify_all()

    def wait_until(self, test: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Wait (bounded) until ``test()`` holds over the procedures' state."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while not test():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(min(left, 0.1))
            return True

    def _forget_old(self) -> None:
        now = time.time()
        for key in [k for k, p in self.procedures.items() if p.expires < now - 3600]:
            del self.procedures[key]

    def _alive(self, procedure: Procedure) -> bool:
        return time.time() < procedure.expires

    # -- the phone's side ----------------------------------------------------------------------------
    def phone_take(self, procedure_id: str, timeout: float = 30.0) -> tuple[str, list[PendingDocument]]:
        """What eGov Mobile does on scanning: wait for the documents, take them (once)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            procedure = self.procedures.get(procedure_id)
            if procedure is None:
                raise ProcedureGone(UNKNOWN_TEXT)
            while procedure.state == "registered" and self._alive(procedure):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ProcedureGone("no documents were sent to this QR code in time")
                self._lock.wait(min(left, 0.1))
            if not self._alive(procedure):
                raise ProcedureGone(EXPIRED_TEXT)
            if procedure.state != "data_ready":
                raise ProcedureGone(USED_TEXT)
            procedure.state, procedure.taken = "taken", True
            self._lock.notify_all()
            return procedure.sign_method, list(procedure.documents)

    def phone_complete(self, procedure_id: str, signatures: list[bytes]) -> None:
        with self._lock:
            procedure = self._taken(procedure_id)
            if len(signatures) != len(procedure.documents):
                raise ValueError("one signature per document")
            procedure.signatures, procedure.state = list(signatures), "signed"
            self._lock.notify_all()

    def phone_decline(self, procedure_id: str) -> None:
        with self._lock:
            procedure = self.procedures.get(procedure_id)
            if procedure is None or procedure.state in ("signed", "declined"):
                raise ProcedureGone(UNKNOWN_TEXT if procedure is None else USED_TEXT)
            procedure.state = "declined"
            self._lock.notify_all()

    def _taken(self, procedure_id: str) -> Procedure:
        procedure = self.procedures.get(procedure_id)
        if procedure is None:
            raise ProcedureGone(UNKNOWN_TEXT)
        if not self._alive(procedure):
            raise ProcedureGone(EXPIRED_TEXT)
        if procedure.state != "taken":
            raise ProcedureGone(USED_TEXT)
        return procedure

    # -- the protocol --------------------------------------------------------------------------------
    def answer_register(self, request: dict[str, Any]) -> dict[str, Any]:
        import segno

        description = request.get(F_DESCRIPTION)
        if not isinstance(description, str) or not description.strip():
            return {F_MESSAGE: "description is required"}
        procedure = self.register(description)
        mobile, business = self.links(procedure.id)
        image = io.BytesIO()
        segno.make(mobile, error="m").save(image, kind="png", scale=5, border=4)
        url = f"{self.base_url}{REGISTER_PATH}/{procedure.id}"
        return {
            F_EXPIRE_AT: int(procedure.expires * 1000),
            F_QR_CODE: base64.b64encode(image.getvalue()).decode(),
            F_DATA_URL: url,
            F_SIGN_URL: url,
            F_EGOV_MOBILE_LINK: mobile,
            F_EGOV_BUSINESS_LINK: business,
        }

    def accept_documents(self, procedure_id: str, request: dict[str, Any]) -> dict[str, Any] | None:
        """The data URL's POST: keep the documents; None when the request is malformed."""
        method = request.get(F_SIGN_METHOD)
        items = request.get(F_DOCUMENTS)
        if method not in (SIGN_METHOD_WITH_DATA, SIGN_METHOD_SIGN_ONLY) or not isinstance(items, list) or not items:
            return None
        documents = []
        for number, item in enumerate(items, 1):
            try:
                file = item[F_DOCUMENT][F_FILE]
                data = base64.b64decode(file[F_DATA], validate=True)
                documents.append(
                    PendingDocument(
                        int(item.get(F_DOC_ID, number)),
                        str(item[F_NAME_RU]),
                        str(item.get(F_NAME_KZ, item[F_NAME_RU])),
                        str(item.get(F_NAME_EN, item[F_NAME_RU])),
                        data,
                        file.get(F_MIME) == MIME_PDF,
                    )
                )
            except (KeyError, TypeError, ValueError, binascii.Error, AttributeError):
                return None
        with self._lock:
            procedure = self.procedures.get(procedure_id)
            if procedure is None:
                return {F_MESSAGE: UNKNOWN_TEXT}
            if not self._alive(procedure):
                return {F_MESSAGE: EXPIRED_TEXT}
            if procedure.state == "declined":
                return {F_MESSAGE: DECLINED_TEXT}
            if procedure.state in ("registered", "data_ready"):  # a repeated POST after a network failure
                procedure.sign_method, procedure.documents, procedure.state = method, documents, "data_ready"
                self._lock.notify_all()
            return {}

    def outcome(self, procedure_id: str, step: str) -> dict[str, Any] | None:
        """The held request's answer once there is one (``step``: data or sign); None: keep waiting."""
        procedure = self.procedures.get(procedure_id)
        if procedure is None:
            return {F_MESSAGE: UNKNOWN_TEXT}
        if step == "data" and procedure.taken:
            return {}
        if procedure.state == "declined":
            return {F_MESSAGE: DECLINED_TEXT}
        if step == "sign" and procedure.state == "signed":
            return {
                F_DOCUMENTS: [
                    {
                        F_DOC_ID: d.id,
                        F_NAME_RU: d.name_ru,
                        F_NAME_KZ: d.name_kk,
                        F_NAME_EN: d.name_en,
                        F_DOCUMENT: {F_FILE: {F_MIME: "", F_DATA: base64.b64encode(s).decode()}},
                    }
                    for d, s in zip(procedure.documents, procedure.signatures, strict=True)
                ]
            }
        if not self._alive(procedure):
            return {F_MESSAGE: EXPIRED_TEXT}
        return None

    def hold(self, procedure_id: str, step: str, gone: Callable[[], bool]) -> dict[str, Any] | None:
        """Wait for the outcome; None when the client went away first (``gone``)."""
        with self._lock:
            procedure = self.procedures.get(procedure_id)
            if procedure is not None:
                procedure.requests += 1
                procedure.waiting += 1
                self._lock.notify_all()
            try:
                while True:
                    answer = self.outcome(procedure_id, step)
                    if answer is not None:
                        return answer
                    if gone() or self._server is None:
                        if procedure is not None:
                            procedure.abandoned += 1
                        return None
                    self._lock.wait(0.05)
            finally:
                if procedure is not None:
                    procedure.waiting -= 1
                    self._lock.notify_all()


class DemoPhone:
    """eGov Mobile with a demo person's key: takes a QR's documents and signs each one (an
    attached CMS for CMS_WITH_DATA, a detached one for CMS_SIGN_ONLY), time-stamped and with the
    signer's OCSP answer when ``timestamper`` and ``evidence`` are given (``server.demo``'s
    ``local_timestamper`` / ``local_evidence``)."""

    def __init__(
        self,
        service: SigexQrService,
        key: SigningKey,
        timestamper: TimestampRequester | None = None,
        evidence: EvidenceRequester | None = None,
    ) -> None:
        self.service = service
        self.key = key
        self.timestamper = timestamper
        self.evidence = evidence

    def __repr__(self) -> str:
        return f"DemoPhone({self.key!r})"

    def sign(self, link: str, timeout: float = 30.0, now: dt.datetime | None = None) -> int:
        """Scan ``link`` (the QR's content, a deep link, or the procedure id), sign, confirm.
        Returns how many documents were signed; ``ProcedureGone`` when the QR cannot be used."""
        procedure_id = procedure_of(link)
        method, documents = self.service.phone_take(procedure_id, timeout)
        detached = method == SIGN_METHOD_SIGN_ONLY
        signatures = [
            sign(
                Content(data=d.data),
                self.key,
                detached=detached,
                timestamper=self.timestamper,
                now=now,
                evidence=self.evidence,
            )
            for d in documents
        ]
        self.service.phone_complete(procedure_id, signatures)
        return len(signatures)

    def decline(self, link: str, take_first: bool = True, timeout: float = 30.0) -> None:
        """The person looks at the documents and declines (``take_first=False``: declines on scanning)."""
        procedure_id = procedure_of(link)
        if take_first:
            self.service.phone_take(procedure_id, timeout)
        self.service.phone_decline(procedure_id)


def procedure_of(link: str) -> str:
    """The procedure id in a QR's content or deep link (``…/demo-phone/<id>?app=…``), or ``link`` itself."""
    path = urlsplit(link).path
    if PHONE_PATH in path:
        return path.split(PHONE_PATH, 1)[1].strip("/")
    return link.strip()


def _handler_for(service: SigexQrService) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "QazMailSigexQr/1"
        timeout = 30  # reading a request; a held answer waits on the procedure, not on this

        def log_message(self, format: str, *args: Any) -> None:
            pass  # a request line carries the procedure id: nothing is logged

        def do_POST(self) -> None:
            self._serve("POST")

        def do_GET(self) -> None:
            self._serve("GET")

        def _serve(self, method: str) -> None:
            try:
                status, answer = self._route(method)
            except Exception:  # a broken request never stops the service
                log.exception("local SIGEX request failed")
                status, answer = 500, {F_MESSAGE: "internal error"}
            if answer is not None:
                self._send(status, json.dumps(answer, ensure_ascii=False).encode())

        def _send(self, status: int, body: bytes, content_type: str = "application/json; charset=utf-8") -> None:
            with contextlib.suppress(OSError):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
            self.close_connection = True

        def _body(self) -> dict[str, Any] | None:
            length = int(self.headers.get("Content-Length") or 0)
            if not 0 <= length <= MAX_BODY:
                raise _Refused(413, "request too large")
            try:
                value = json.loads(self.rfile.read(length)) if length else {}
            except (ValueError, UnicodeDecodeError) as exc:
                raise _Refused(400, "the request is not JSON") from exc
            if not isinstance(value, dict):
                raise _Refused(400, "the request is not a JSON object")
            return value

        def _fault(self, step: str) -> bool:
            fault = service.faults.get(step)
            if fault is None:
                return False
            fault.times -= 1
            if fault.times <= 0:
                del service.faults[step]
            self._send(fault.status, fault.body, fault.content_type)
            return True

        def _gone(self) -> bool:
            """The client closed its side (cancelled, or gave up): its request ends."""
            sock: socket.socket = self.connection
            try:
                readable, _, _ = select.select([sock], [], [], 0)
                return bool(readable) and sock.recv(1, socket.MSG_PEEK) == b""
            except (OSError, ValueError):
                return True

        def _route(self, method: str) -> tuple[int, dict[str, Any] | None]:
            path = urlsplit(self.path).path.rstrip("/")
            try:
                if path == REGISTER_PATH and method == "POST":
                    body = self._body()
                    if self._fault("register"):
                        return 0, None
                    assert body is not None
                    return 200, service.answer_register(body)
                if path.startswith(REGISTER_PATH + "/"):
                    procedure_id = path[len(REGISTER_PATH) + 1 :]
                    if method == "POST":
                        body = self._body()
                        if self._fault("data"):
                            return 0, None
                        assert body is not None
                        first = service.accept_documents(procedure_id, body)
                        if first is None:
                            return 400, {F_MESSAGE: "malformed documentsToSign"}
                        if first:
                            return 200, first
                        return 200, service.hold(procedure_id, "data", self._gone)
                    if self._fault("sign"):
                        return 0, None
                    return 200, service.hold(procedure_id, "sign", self._gone)
                if path.startswith(PHONE_PATH) and method == "POST":
                    return self._phone(path[len(PHONE_PATH) :])
            except _Refused as exc:
                return exc.status, {F_MESSAGE: exc.text}
            return 404, {F_MESSAGE: "not found"}

        def _phone(self, rest: str) -> tuple[int, dict[str, Any]]:
            procedure_id, _, action = rest.partition("/")
            phone = service.phone
            if phone is None:
                return 404, {F_MESSAGE: "no demo phone here"}
            try:
                if action == "sign":
                    return 200, {"signed": phone.sign(procedure_id)}
                if action == "decline":
                    phone.decline(procedure_id)
                    return 200, {}
            except ProcedureGone as exc:
                return 200, {F_MESSAGE: str(exc)}
            return 404, {F_MESSAGE: "not found"}

    return Handler


class _Refused(Exception):
    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status, self.text = status, text
