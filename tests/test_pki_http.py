"""The one HTTP exchange with PKI services, against a real HTTP server on loopback: answers within
the cap come back whole, an oversized one and an unreachable service fail in the words (and the
exception classes) their callers act on."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from qazmail_desktop.crypto import http, tsp_client
from qazmail_desktop.crypto.revocation import RevocationError, download


class _Answer(BaseHTTPRequestHandler):
    """Answers as many bytes as the path says (/123), to GET and to POST alike."""

    def _answer(self) -> None:
        size = int(self.path.strip("/") or 0)
        self.send_response(200)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        self.wfile.write(b"x" * size)

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self._answer()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _closed_port() -> str:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    port = httpd.server_address[1]
    httpd.server_close()
    return f"http://127.0.0.1:{port}"


def test_an_answer_within_the_cap_comes_back_whole(server: str) -> None:
    assert http.exchange(f"{server}/1000", None, "", 1000, 5) == b"x" * 1000
    assert http.exchange(f"{server}/10", b"request", "application/ocsp-request", 1000, 5) == b"x" * 10


def test_an_answer_over_the_cap_is_refused(server: str) -> None:
    with pytest.raises(http.AnswerTooLarge, match="sent more than 1 MiB"):
        http.exchange(f"{server}/{(1 << 20) + 1}", None, "", 1 << 20, 5)


def test_a_closed_port_is_unreachable() -> None:
    with pytest.raises(http.ServiceUnreachable, match="unreachable"):
        http.exchange(_closed_port(), None, "", 1000, 5)


def test_revocation_downloads_fail_as_revocation_errors(server: str) -> None:
    with pytest.raises(RevocationError, match="unreachable"):
        download(_closed_port())
    assert download(f"{server}/5") == b"xxxxx"


def test_a_silent_tsa_can_be_asked_later_but_an_oversized_answer_is_a_broken_one(server: str) -> None:
    """An unreachable TSA leaves an offline letter waiting for its time-stamp (TimestampUnreachable);
    a TSA that answers more than a megabyte is not waited for (TimestampError)."""
    with pytest.raises(tsp_client.TimestampUnreachable):
        tsp_client.request_token(_closed_port(), b"signature", "2.16.840.1.101.3.4.2.1")
    with pytest.raises(tsp_client.TimestampError) as raised:
        tsp_client.request_token(f"{server}/{(1 << 20) + 1}", b"signature", "2.16.840.1.101.3.4.2.1")
    assert not isinstance(raised.value, tsp_client.TimestampUnreachable)
