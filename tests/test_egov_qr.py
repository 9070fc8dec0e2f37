"""Signing with eGov Mobile through SIGEX's QR procedure: the client's state machine against a fake
transport (pure units), and end to end against the local service with the demo phone, whose CMS
verifies with the app's own verification (the demo PKI trusted) and names the right signer."""

from __future__ import annotations

import base64
import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.keys import SigningKey, load_signing_key
from qazmail_desktop.crypto.trust import TrustStore
from qazmail_desktop.server import sigexqr
from qazmail_desktop.server.demo import DEMO_ACCOUNTS, local_evidence, local_timestamper
from qazmail_desktop.server.pki import DEMO_PASSWORD, DemoPki
from qazmail_desktop.server.sigexqr import DemoPhone, Fault, ProcedureGone, SigexQrService
from qazmail_desktop.signing import egovqr as q
from qazmail_desktop.signing.egovqr import (
    Document,
    EgovQrClient,
    HttpAnswer,
    QrState,
    TransportTimeout,
    TransportUnreachable,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
BASE = "https://sigex.example"
DATA_URL = f"{BASE}/api/egovQr/abc"
NOW = 1_800_000_000.0


# --- the state machine, with a fake transport ---------------------------------------------------
@dataclass
class Call:
    method: str
    url: str
    body: bytes | None
    timeout: float


class FakeTransport:
    """Answers from a script: each item is an HttpAnswer, an exception to raise, or a callable."""

    def __init__(self, *script: Any) -> None:
        self.script = list(script)
        self.calls: list[Call] = []

    def exchange(
        self, method: str, url: str, body: bytes | None, *, timeout: float, limit: int, cancel: Any
    ) -> HttpAnswer:
        self.calls.append(Call(method, url, body, timeout))
        item = self.script.pop(0)
        if callable(item) and not isinstance(item, type):
            item = item()
        if isinstance(item, BaseException):
            raise item
        assert isinstance(item, HttpAnswer)
        if len(item.body) > limit:
            raise q.TransportTooLarge("too large")
        return item


def ok(value: Any) -> HttpAnswer:
    return HttpAnswer(200, "OK", json.dumps(value).encode())


def registration(**changes: Any) -> dict[str, Any]:
    value: dict[str, Any] = {
        q.F_QR_CODE: base64.b64encode(PNG).decode(),
        q.F_DATA_URL: DATA_URL,
        q.F_SIGN_URL: DATA_URL,
        q.F_EGOV_MOBILE_LINK: "https://m.example/x",
        q.F_EGOV_BUSINESS_LINK: "https://b.example/x",
        q.F_EXPIRE_AT: int((NOW + 100) * 1000),
    }
    value.update(changes)
    return {k: x for k, x in value.items() if x is not None}


def signed(*ders: bytes) -> dict[str, Any]:
    return {
        q.F_DOCUMENTS: [
            {q.F_DOC_ID: n, q.F_DOCUMENT: {q.F_FILE: {q.F_DATA: base64.b64encode(d).decode()}}}
            for n, d in enumerate(ders, 1)
        ]
    }


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def client(*script: Any, clock: Clock | None = None) -> tuple[EgovQrClient, FakeTransport]:
    transport = FakeTransport(*script)
    return EgovQrClient(BASE, transport, clock=clock or Clock()), transport


DOC = Document("Акт (kk)", "Акт", "Act", b"%PDF-1.7 secret content", is_pdf=True, meta=(("номер", "45"),))


def test_happy_path_moves_through_every_state_and_sends_what_the_library_sends() -> None:
    c, t = client(ok(registration()), ok({}), ok(signed(b"\x30\x03abc")))
    states = [c.state]
    procedure = c.register("Подписание акта")
    states.append(c.state)
    assert procedure.qr_image == PNG and procedure.qr_image_type == "png"
    assert procedure.expires_at.timestamp() == NOW + 100
    assert procedure.egov_mobile_link == "https://m.example/x"
    c.send_documents([DOC], attach=True)
    states.append(c.state)
    assert c.wait_signatures() == [b"\x30\x03abc"]
    states.append(c.state)
    assert states == [QrState.NEW, QrState.REGISTERED, QrState.DATA_SENT, QrState.SIGNED] and c.failure is None
    register, data, sign = t.calls
    assert (register.method, register.url) == ("POST", f"{BASE}/api/egovQr")
    assert json.loads(register.body or b"") == {"description": "Подписание акта"}
    assert (data.method, data.url, sign.method, sign.url, sign.body) == ("POST", DATA_URL, "GET", DATA_URL, None)
    sent = json.loads(data.body or b"")
    assert sent == {
        "signMethod": "CMS_WITH_DATA",
        "documentsToSign": [
            {
                "id": 1,
                "nameRu": "Акт",
                "nameKz": "Акт (kk)",
                "nameEn": "Act",
                "meta": [{"name": "номер", "value": "45"}],
                "document": {"file": {"mime": "@file/pdf", "data": base64.b64encode(DOC.data).decode()}},
            }
        ],
    }


def test_detached_by_default_and_plain_mime() -> None:
    c, t = client(ok(registration()), ok({}))
    c.register("d")
    c.send_documents([Document("a", "a", "a", b"x")])
    sent = json.loads(t.calls[1].body or b"")
    assert sent["signMethod"] == "CMS_SIGN_ONLY"
    assert sent["documentsToSign"][0]["document"]["file"]["mime"] == ""


def test_calls_out_of_order_are_programming_errors() -> None:
    c, _ = client()
    with pytest.raises(q.EgovQrStateError):
        c.send_documents([DOC])
    with pytest.raises(q.EgovQrStateError):
        c.wait_signatures()


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (HttpAnswer(200, "OK", b"<html>oops</html>"), q.EgovQrBadAnswer),
        (ok([1, 2]), q.EgovQrBadAnswer),
        (ok(registration(qrCode=None)), q.EgovQrBadAnswer),
        (ok(registration(qrCode=5)), q.EgovQrBadAnswer),
        (ok(registration(qrCode="not base64!")), q.EgovQrBadAnswer),
        (ok(registration(qrCode=base64.b64encode(b"plain text").decode())), q.EgovQrBadAnswer),
        (ok(registration(dataURL="https://evil.example/api/egovQr/abc")), q.EgovQrBadAnswer),
        (ok(registration(signURL="http://sigex.example/api/egovQr/abc")), q.EgovQrBadAnswer),
        (ok(registration(signURL=f"{BASE}/elsewhere")), q.EgovQrBadAnswer),
        (ok(registration(dataURL=f"{BASE}/api/egovQr/../../steal/abc")), q.EgovQrBadAnswer),
        (ok(registration(expireAt="soon")), q.EgovQrBadAnswer),
        (ok(registration(eGovMobileLaunchLink="x\x1b[2Jy")), q.EgovQrBadAnswer),
        (ok({"message": "Превышен лимит"}), q.EgovQrRefused),
        (HttpAnswer(503, "Service Unavailable", b'{"message": "maintenance"}'), q.EgovQrHttpError),
        (HttpAnswer(200, "OK", b"{" + b" " * (2 << 20) + b"}"), q.EgovQrBadAnswer),
        (TransportUnreachable("ConnectionRefusedError"), q.EgovQrUnreachable),
        (TransportTimeout("slow"), q.EgovQrTimeout),
    ],
)
def test_a_bad_registration_fails_with_its_reason(answer: Any, error: type[q.EgovQrError]) -> None:
    c, t = client(answer)
    with pytest.raises(error) as caught:
        c.register("d")
    assert type(caught.value) is error
    assert c.state is QrState.FAILED and c.failure is caught.value
    assert len(t.calls) == 1  # registering is not repeated


def test_expire_at_forms() -> None:
    assert q.parse_expiry(1_800_000_100_000, NOW).timestamp() == NOW + 100  # milliseconds
    assert q.parse_expiry(1_800_000_100, NOW).timestamp() == NOW + 100  # seconds
    half_an_hour_before = 1_800_007_200 - 1800.0  # 2027-01-15T10:00:00Z is 1,800,007,200
    assert q.parse_expiry("2027-01-15T10:00:00Z", half_an_hour_before).isoformat() == "2027-01-15T10:00:00+00:00"
    # a QR that "lives" for years keeps nobody waiting longer than an hour
    assert q.parse_expiry("9999-12-31T23:59:59Z", NOW).timestamp() == NOW + q.LONGEST_LIFETIME
    assert q.parse_expiry(253_402_300_799_000, NOW).timestamp() == NOW + q.LONGEST_LIFETIME
    assert q.parse_expiry(None, NOW).timestamp() == NOW + q.FALLBACK_LIFETIME
    with pytest.raises(q.EgovQrBadAnswer):
        q.parse_expiry(True, NOW)


def test_http_error_carries_sigex_message() -> None:
    c, _ = client(HttpAnswer(403, "Forbidden", json.dumps({"message": "Доступ\x1b[31m запрещён"}).encode()))
    with pytest.raises(q.EgovQrHttpError) as caught:
        c.register("d")
    assert caught.value.status == 403 and caught.value.sigex_message == "Доступ [31m запрещён"
    assert "HTTP 403 Forbidden: Доступ" in str(caught.value) and "\x1b" not in str(caught.value)
    assert c.failure is not None and c.failure.reason == "http_error"


def test_network_failures_are_retried_then_give_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "RETRY_PAUSE", 0)
    c, t = client(ok(registration()), TransportUnreachable("reset"), TransportUnreachable("reset"), ok({}))
    c.register("d")
    c.send_documents([DOC])
    assert c.state is QrState.DATA_SENT and len(t.calls) == 4
    failures = [TransportUnreachable("reset")] * q.NETWORK_ATTEMPTS
    c, t = client(ok(registration()), ok({}), *failures)
    c.register("d")
    c.send_documents([DOC])
    with pytest.raises(q.EgovQrUnreachable):
        c.wait_signatures()
    assert c.state is QrState.FAILED and len(t.calls) == 2 + q.NETWORK_ATTEMPTS


def test_a_long_request_lasts_until_expiry_and_then_the_procedure_expires() -> None:
    clock = Clock()

    def slow() -> BaseException:
        clock.now += 200  # the request waited past expireAt
        return TransportTimeout("slow")

    c, t = client(ok(registration()), slow, clock=clock)
    c.register("d")
    with pytest.raises(q.EgovQrExpired):
        c.send_documents([DOC])
    assert c.state is QrState.EXPIRED
    assert t.calls[1].timeout == pytest.approx(100 + q.EXPIRY_GRACE)  # waits as long as the QR lives


def test_sigex_message_after_expiry_is_expiry_and_before_it_on_the_last_step_is_declined() -> None:
    clock = Clock()

    def late() -> HttpAnswer:
        clock.now += 101
        return ok({"message": "QR устарел"})

    c, _ = client(ok(registration()), late, clock=clock)
    c.register("d")
    with pytest.raises(q.EgovQrExpired):
        c.send_documents([DOC])
    assert c.state is QrState.EXPIRED
    c, _ = client(ok(registration()), ok({}), ok({"message": "Отказ пользователя"}))
    c.register("d")
    c.send_documents([DOC])
    with pytest.raises(q.EgovQrDeclined) as caught:
        c.wait_signatures()
    assert caught.value.sigex_message == "Отказ пользователя"
    assert c.state is QrState.FAILED and c.failure is not None and c.failure.reason == "declined"


@pytest.mark.parametrize(
    "answer",
    [
        {},
        {"documentsToSign": "x"},
        {"documentsToSign": []},
        {"documentsToSign": [{"document": {"file": {}}}]},
        {"documentsToSign": [{"document": {"file": {"data": 7}}}]},
        {"documentsToSign": [{"document": {"file": {"data": base64.b64encode(b"no DER").decode()}}}]},
        {"documentsToSign": [{"id": 2, "document": {"file": {"data": base64.b64encode(b"\x30\x00").decode()}}}]},
        signed(b"\x30\x00", b"\x30\x00"),
    ],
)
def test_bad_signatures_answers(answer: dict[str, Any]) -> None:
    c, _ = client(ok(registration()), ok({}), ok(answer))
    c.register("d")
    c.send_documents([DOC])
    with pytest.raises(q.EgovQrBadAnswer):
        c.wait_signatures()
    assert c.state is QrState.FAILED


def test_cancel_before_a_request_sends_nothing() -> None:
    c, t = client(ok(registration()))
    c.register("d")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(q.EgovQrCancelled):
        c.send_documents([DOC], cancel=cancel)
    assert c.state is QrState.CANCELLED and len(t.calls) == 1


def test_no_secret_and_no_document_in_repr_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    c, _ = client(ok(registration()), ok({}), ok(signed(b"\x30\x03abc")))
    procedure = c.register("d")
    c.send_documents([DOC])
    c.wait_signatures()
    shown = repr(procedure) + repr(DOC) + repr(c) + caplog.text
    for secret in ("/api/egovQr/abc", "m.example", "secret content", "Акт", base64.b64encode(PNG).decode()):
        assert secret not in shown


def test_plain_http_only_to_loopback() -> None:
    with pytest.raises(ValueError):
        EgovQrClient("http://sigex.kz")
    EgovQrClient("http://127.0.0.1:1")


# --- the names are the library's ----------------------------------------------------------------
LIBRARY_FILE = Path("/work/.mirror/sigex-kz+sigex-qr-signing-client/repo")

# what sigex-qr-signing-client.js (v0.3.1) reads and writes, as spelled there
LIBRARY_NAMES = {
    "qrCode", "dataURL", "signURL", "eGovMobileLaunchLink", "eGovBusinessLaunchLink", "message",
    "description", "signMethod", "documentsToSign", "id", "nameRu", "nameKz", "nameEn", "meta",
    "document", "file", "mime", "data", "name", "value", "CMS_WITH_DATA", "CMS_SIGN_ONLY", "@file/pdf",
    "/api/egovQr",
}  # fmt: skip


def test_the_constants_are_the_library_names_at_the_lines_noted() -> None:
    assert set(q.LIBRARY_LINES) == LIBRARY_NAMES
    source = _library_source()
    if source is None:
        pytest.skip("no copy of sigex-qr-signing-client.js at hand")
    lines = source.splitlines()
    for name, numbers in q.LIBRARY_LINES.items():
        for number in numbers:
            assert re.search(rf"(?<![\w@/]){re.escape(name)}(?![\w])", lines[number - 1]), (name, number)


def _library_source() -> str | None:
    import subprocess

    if not LIBRARY_FILE.is_dir():
        return None
    done = subprocess.run(
        [
            "git",
            "--git-dir",
            str(LIBRARY_FILE),
            "show",
            "06b50ee253f0cf5e49b93626bb8b6eeaa038d4a7:sigex-qr-signing-client.js",
        ],
        capture_output=True,
        check=False,
    )
    return done.stdout.decode() if done.returncode == 0 else None


def test_the_service_speaks_with_the_clients_constants() -> None:
    for name in ("F_QR_CODE", "F_DATA_URL", "F_SIGN_URL", "F_DOCUMENTS", "F_MESSAGE", "REGISTER_PATH", "F_SIGN_METHOD"):
        assert getattr(sigexqr, name) is getattr(q, name)
    service = SigexQrService()
    answer = service.answer_register({q.F_DESCRIPTION: "d"})
    assert set(answer) == {
        q.F_EXPIRE_AT, q.F_QR_CODE, q.F_DATA_URL, q.F_SIGN_URL, q.F_EGOV_MOBILE_LINK, q.F_EGOV_BUSINESS_LINK,
    }  # fmt: skip


# --- end to end, against the local service ------------------------------------------------------
@pytest.fixture(scope="module")
def demo_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[DemoPki, SigningKey, Path]:
    root = tmp_path_factory.mktemp("egovqr")
    pki = DemoPki(root / "pki", "http://127.0.0.1:9")
    bolat = DEMO_ACCOUNTS[1]
    key = load_signing_key(pki.issue_user(bolat.key, root / "keys"), DEMO_PASSWORD)
    return pki, key, root / "pki"


@pytest.fixture
def service(demo_key: tuple[DemoPki, SigningKey, Path]) -> Iterator[SigexQrService]:
    pki, key, _ = demo_key
    running = SigexQrService(lifetime=60).start()
    running.phone = DemoPhone(running, key, local_timestamper(pki, key.digest.oid), local_evidence(pki, key))
    yield running
    running.stop()


def _in_background(work: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    result: list[Any] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as exc:  # handed to the test
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, result


def _then(ready: bool, action: Callable[[], None]) -> None:
    assert ready
    action()


def _policy(pki_dir: Path) -> v.VerifyPolicy:
    trust = TrustStore()
    trust.add_folder(pki_dir)
    return v.VerifyPolicy(trust=trust, online=False)


@pytest.mark.parametrize("attach", [False, True])
def test_end_to_end_the_phone_signs_and_the_cms_verifies(
    service: SigexQrService, demo_key: tuple[DemoPki, SigningKey, Path], attach: bool
) -> None:
    documents = [
        Document("Акт № 45", "Акт № 45", "Act 45", b"act 45: 1 000 000 KZT", is_pdf=False),
        Document("Шот", "Счёт", "Invoice", b"%PDF-1.4 invoice", is_pdf=True),
    ]
    c = EgovQrClient(service.base_url)
    procedure = c.register("Акт и счёт")
    assert procedure.qr_image_type == "png" and procedure.qr_image.startswith(b"\x89PNG")
    assert procedure.egov_mobile_link is not None
    phone = service.phone
    assert phone is not None
    thread, result = _in_background(lambda: phone.sign(procedure.egov_mobile_link or ""))
    signatures = _send_and_wait(c, documents, attach)
    thread.join(30)
    assert result == [2]
    assert c.state is QrState.SIGNED and len(signatures) == 2
    for document, der in zip(documents, signatures, strict=True):
        content = None if attach else Content(data=document.data)
        verdict = v.verify(der, content, _policy(demo_key[2]))
        assert verdict.valid, verdict.signers[0].message
        signer = verdict.signers[0].info
        assert signer is not None and signer.iin == DEMO_ACCOUNTS[1].key.iin and signer.bin == "050140000014"
        assert (verdict.content == document.data) if attach else verdict.content is None
        altered = v.verify(der, Content(data=document.data + b"!"), _policy(demo_key[2]))
        assert not altered.valid


def _send_and_wait(c: EgovQrClient, documents: list[Document], attach: bool) -> list[bytes]:
    c.send_documents(documents, attach)
    return c.wait_signatures()


def test_the_qr_is_single_use(service: SigexQrService) -> None:
    c = EgovQrClient(service.base_url)
    procedure = c.register("d")
    phone = service.phone
    assert phone is not None
    thread, result = _in_background(lambda: phone.sign(procedure.egov_mobile_link or ""))
    _send_and_wait(c, [DOC], False)
    thread.join(30)
    assert result == [1]
    with pytest.raises(ProcedureGone):
        phone.sign(procedure.egov_mobile_link or "", timeout=1)


def test_the_phone_over_http(service: SigexQrService) -> None:
    import urllib.request

    c = EgovQrClient(service.base_url)
    procedure = c.register("d")
    link = procedure.egov_business_link or ""
    url = link.split("?")[0] + "/sign"
    thread, result = _in_background(
        lambda: json.loads(
            urllib.request.urlopen(urllib.request.Request(url, data=b"", method="POST"), timeout=30).read()
        )
    )
    assert _send_and_wait(c, [DOC], True)[0].startswith(b"\x30")
    thread.join(30)
    assert result == [{"signed": 1}]


def test_declined_on_the_phone(service: SigexQrService) -> None:
    c = EgovQrClient(service.base_url)
    procedure = c.register("d")
    phone = service.phone
    assert phone is not None
    thread, _ = _in_background(lambda: phone.decline(procedure.egov_mobile_link or ""))
    c.send_documents([DOC])
    with pytest.raises(q.EgovQrDeclined) as caught:
        c.wait_signatures()
    thread.join(30)
    assert caught.value.sigex_message == sigexqr.DECLINED_TEXT
    assert c.state is QrState.FAILED and c.failure is caught.value


def test_expired_while_waiting_for_the_scan(service: SigexQrService) -> None:
    service.lifetime = 1.0  # nobody scans: the held request ends with the QR's life
    c = EgovQrClient(service.base_url)
    procedure = c.register("d")
    with pytest.raises(q.EgovQrExpired):
        c.send_documents([DOC])
    assert c.state is QrState.EXPIRED
    with pytest.raises(ProcedureGone):
        assert service.phone is not None
        service.phone.sign(procedure.egov_mobile_link or "", timeout=1)


def test_expired_at_the_service_before_the_clients_clock(service: SigexQrService) -> None:
    c = EgovQrClient(service.base_url)
    c.register("d")
    pid = next(iter(service.procedures))
    thread, _ = _in_background(
        lambda: _then(service.wait_until(lambda: service.procedures[pid].waiting == 1), lambda: service.expire_now(pid))
    )
    with pytest.raises(q.EgovQrRefused) as caught:  # SIGEX's words say so; the client's clock does not yet
        c.send_documents([DOC])
    thread.join(30)
    assert caught.value.sigex_message == sigexqr.EXPIRED_TEXT and c.state is QrState.FAILED


def test_cancel_mid_wait_ends_the_request_at_the_service(service: SigexQrService) -> None:
    c = EgovQrClient(service.base_url)
    c.register("d")
    pid = next(iter(service.procedures))
    cancel = threading.Event()
    thread, _ = _in_background(
        lambda: _then(service.wait_until(lambda: service.procedures[pid].waiting == 1), cancel.set)
    )
    with pytest.raises(q.EgovQrCancelled):
        c.send_documents([DOC], cancel=cancel)
    thread.join(30)
    assert c.state is QrState.CANCELLED
    procedure = service.procedures[pid]
    assert service.wait_until(lambda: procedure.waiting == 0 and procedure.abandoned == 1)
    assert procedure.requests == 1  # one request, dropped by the client: nothing asks again


def test_unreachable_service() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    c = EgovQrClient(f"http://127.0.0.1:{port}")
    with pytest.raises(q.EgovQrUnreachable):
        c.register("d")
    assert c.state is QrState.FAILED and c.failure is not None and c.failure.reason == "unreachable"


def test_an_answer_dripped_a_byte_at_a_time_ends_at_the_calls_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each byte comes before the socket's timeout, the whole answer never: the call still ends
    when its time is up (it once waited as long as the server kept dripping)."""
    monkeypatch.setattr(q, "CALL_TIMEOUT", 1.0)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]

    def drip() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n")
            for _ in range(60):  # 30 s of one byte each half second, then the answer ends short
                try:
                    conn.sendall(b" ")
                except OSError:
                    return  # the client went away: what the test wants
                threading.Event().wait(0.5)

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    c = EgovQrClient(f"http://127.0.0.1:{port}")
    with pytest.raises(q.EgovQrTimeout):
        c.register("d")
    thread.join(40)
    server.close()
    assert c.state is QrState.FAILED and c.failure is not None and c.failure.reason == "timeout"


@pytest.mark.parametrize(
    ("step", "fault", "error"),
    [
        ("register", Fault(200, b"<html>not json</html>", "text/html"), q.EgovQrBadAnswer),
        ("register", Fault(200, b'{"qrCode": "iVBORw0KGgo="}'), q.EgovQrBadAnswer),
        ("register", Fault(200, b'{"qrCode": ' + b'"' + b"A" * (10 << 20) + b'"}'), q.EgovQrBadAnswer),
        ("register", Fault(404, b'{"message": "not here"}'), q.EgovQrHttpError),
        ("register", Fault(500, '{"message": "Внутренняя ошибка"}'.encode()), q.EgovQrHttpError),
        ("data", Fault(413, b'{"message": "too large"}'), q.EgovQrHttpError),
        ("data", Fault(200, b"[]"), q.EgovQrBadAnswer),
        ("sign", Fault(200, b'{"documentsToSign": [{"document": {}}]}'), q.EgovQrBadAnswer),
        ("sign", Fault(502, b"Bad Gateway", "text/plain"), q.EgovQrHttpError),
    ],
)
def test_garbage_and_http_errors_from_the_service(
    service: SigexQrService, step: str, fault: Fault, error: type[q.EgovQrError]
) -> None:
    service.faults[step] = fault
    c = EgovQrClient(service.base_url)
    phone = service.phone
    assert phone is not None
    with pytest.raises(error) as caught:
        procedure = c.register("d")
        _in_background(lambda: phone.sign(procedure.egov_mobile_link or "", timeout=5))
        c.send_documents([DOC])
        c.wait_signatures()
    assert type(caught.value) is error and c.state is QrState.FAILED
    if isinstance(caught.value, q.EgovQrHttpError):
        assert caught.value.status == fault.status
        message = json.loads(fault.body).get("message", "") if fault.body.startswith(b"{") else ""
        assert caught.value.sigex_message == message
