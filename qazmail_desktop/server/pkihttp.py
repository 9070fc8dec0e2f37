"""The demo PKI over HTTP on loopback: POST /tsp (RFC 3161), POST /ocsp or GET /ocsp/<b64> (RFC 6960),
GET /crl/demo_ca.crl, GET /ca/demo_root.cer and /ca/demo_ca.cer. One request per connection."""

from __future__ import annotations

import asyncio
import base64
import binascii
import concurrent.futures
import contextlib
import logging
import urllib.parse

from .pki import DemoPki

log = logging.getLogger(__name__)
MAX_HEADER = 16 * 1024
MAX_BODY = 1 << 20


class PkiHttpServer:
    def __init__(self, pki: DemoPki | None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.pki = pki  # set once the port is known: the demo CA writes its URLs into certificates
        self.host = host
        self.port = port
        self._server: asyncio.Server | None = None
        # signing a time-stamp or an OCSP answer (and parsing a large request) is CPU work: one
        # thread does it in turn, so the event loop, which also serves IMAP and SMTP, never stalls
        self._signer = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-pki")

    def __str__(self) -> str:
        base = f"http://{self.host}:{self.port}"
        return f"PKI   {base}/tsp (TSA)  {base}/ocsp (OCSP)  {base}/crl/demo_ca.crl  {base}/ca/demo_root.cer"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.host, self.port, limit=MAX_HEADER)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        self._signer.shutdown(wait=False, cancel_futures=True)

    def route(self, method: str, path: str, body: bytes) -> tuple[int, str, bytes]:
        if self.pki is None:
            return 503, "text/plain", b"PKI not ready"
        if method == "POST" and path == "/tsp":
            return 200, "application/timestamp-reply", self.pki.timestamp(body)
        if path == "/ocsp" and method == "POST":
            return 200, "application/ocsp-response", self.pki.ocsp(body)
        if path.startswith("/ocsp/") and method == "GET":
            try:
                request = base64.b64decode(urllib.parse.unquote(path[len("/ocsp/") :]))
            except (binascii.Error, ValueError):
                return 400, "text/plain", b"bad OCSP request encoding"
            return 200, "application/ocsp-response", self.pki.ocsp(request)
        if method == "GET" and path == "/crl/demo_ca.crl":
            return 200, "application/pkix-crl", self.pki.crl()
        if method == "GET" and path == "/ca/demo_root.cer":
            return 200, "application/pkix-cert", self.pki.root.certificate.dump()
        if method == "GET" and path == "/ca/demo_ca.cer":
            return 200, "application/pkix-cert", self.pki.ca.certificate.dump()
        return 404, "text/plain", b"not found"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=15)
            lines = head.decode("latin-1").split("\r\n")
            method, target, _version = lines[0].split(" ", 2)
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            length = int(headers.get("content-length", "0"))
            if not 0 <= length <= MAX_BODY:
                status, ctype, body = 413, "text/plain", b"request too large"
            else:
                payload = await asyncio.wait_for(reader.readexactly(length), timeout=15) if length else b""
                path = urllib.parse.urlsplit(target).path
                loop = asyncio.get_running_loop()
                status, ctype, body = await loop.run_in_executor(
                    self._signer, self.route, method.upper(), path, payload
                )
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError):
            status, ctype, body = 400, "text/plain", b"bad request"
        except Exception:  # a broken request never stops the service
            log.exception("PKI HTTP request failed")
            status, ctype, body = 500, "text/plain", b"internal error"
        reason = {200: "OK", 400: "Bad Request", 404: "Not Found", 413: "Payload Too Large"}.get(status, "Error")
        with contextlib.suppress(ConnectionError):
            writer.write(
                f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
                f"Connection: close\r\n\r\n".encode()
                + body
            )
            await writer.drain()
        writer.close()
        with contextlib.suppress(ConnectionError, OSError):
            await writer.wait_closed()
