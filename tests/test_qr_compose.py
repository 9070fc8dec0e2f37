"""Issue 33 in the window: a letter signed with eGov Mobile by QR from the compose window (the key
choice "eGov Mobile (QR)"), File ▸ Co-sign… by QR, and the SIGEX address in the settings; against
the demo's local SIGEX and its demo phone, driven by clicks and keys on the real widgets.

A letter signed by QR arrives as the same S/MIME letter a key file makes, signed by the phone's
person (Bolat). Declined, cancelled, expired, a signature that is not valid, two phones, SIGEX
unreachable or answering garbage: each says why in the QR dialog, nothing is queued, and the compose window stays
open with everything written in it."""

from __future__ import annotations

import email
import socket
import threading
from collections.abc import Callable, Iterator
from email.header import decode_header, make_header
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from qazmail_desktop.choices import SIGEX_URL
from qazmail_desktop.crypto import cms
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.keys import load_signing_key
from qazmail_desktop.crypto.trust import TrustStore
from qazmail_desktop.server.demo import DEMO_ACCOUNTS, REVOKED_USER, local_evidence, local_timestamper
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer
from qazmail_desktop.server.sigexqr import DemoPhone
from qazmail_desktop.settings import Settings
from qazmail_desktop.signing import verdicts
from qazmail_desktop.ui.app import Application
from qazmail_desktop.ui.compose import ComposeWindow
from qazmail_desktop.ui.dialogs import SettingsDialog
from qazmail_desktop.ui.documents import SignDocumentDialog
from qazmail_desktop.ui.keys import PasswordDialog
from qazmail_desktop.ui.qrsign import QrSignDialog
from tests.test_ui import PATIENCE, _answer_file_dialog, _menu_item, _read_the_next_message_box

ANNA, BOLAT, DANA = DEMO_ACCOUNTS
BODY = "The act is signed on our side."
ACT = "Act 12: 1 250 000 KZT\n"
NOT_SENT = "Nothing was sent: the letter stays open."


@pytest.fixture
def app(demo_app: Application, qtbot) -> Iterator[Application]:
    """The demo window, with a watch that no key password is ever asked: eGov Mobile holds the key
    (a prompt would block the test: it is closed and counted instead)."""
    asked: list[str] = []

    def no_prompt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PasswordDialog):
            asked.append(dialog.windowTitle())
            dialog.reject()

    watch = QTimer()
    watch.timeout.connect(no_prompt)
    watch.start(100)
    yield demo_app
    watch.stop()
    assert asked == []


def _server(app: Application) -> EmbeddedServer:
    assert app.demo is not None
    return app.demo.server


def _compose_by_qr(qtbot, app: Application, subject: str, attachment: Path | None = None) -> ComposeWindow:
    """A letter to Dana written by keyboard, ``attachment`` chosen with Attach… in the real file
    dialog, "Sign with EDS" ticked, and the key choice moved to its last entry, "eGov Mobile (QR)",
    by the keyboard; with an attachment, "Sign each attachment (.sig)" ticked too."""
    compose = app.window.new_letter()
    assert compose is not None
    qtbot.keyClicks(compose.to, DANA.email)
    qtbot.keyClicks(compose.subject, subject)
    qtbot.keyClicks(compose.body, BODY)
    if attachment is not None:
        _answer_file_dialog(qtbot, attachment)
        qtbot.mouseClick(compose.attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: compose.attachment_paths() == [str(attachment)], timeout=PATIENCE)
        qtbot.mouseClick(
            compose.sign_attachments, Qt.MouseButton.LeftButton, pos=compose.sign_attachments.rect().center()
        )
        assert compose.sign_attachments.isChecked()
    if not compose.sign.isChecked():
        qtbot.mouseClick(compose.sign, Qt.MouseButton.LeftButton, pos=compose.sign.rect().center())
    assert compose.sign.isChecked()
    assert not compose.privacy.isVisible()  # a key file signs: nothing passes through SIGEX
    compose.key_choice.setFocus()
    qtbot.keyClick(compose.key_choice, Qt.Key.Key_End)
    assert compose.key_choice.currentText() == "eGov Mobile (QR)"
    assert compose.privacy.isVisible()
    assert compose.privacy.text() == "The letter and the files it signs pass through SIGEX to eGov Mobile."
    return compose


def _send(qtbot, compose: ComposeWindow) -> QrSignDialog:
    """Send clicked: the QR dialog over the letter, once a QR code is on the screen."""
    qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compose.qr_dialog is not None and compose.qr_dialog.qr.isVisible(), timeout=PATIENCE)
    assert compose.qr_dialog is not None
    return compose.qr_dialog


def _scan(qtbot, qr: QrSignDialog) -> None:
    """The demo phone scans the QR on the screen: the QR goes (used up) while the phone signs."""
    procedure = qr.procedure
    qtbot.mouseClick(qr.scan, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: qr.procedure is not procedure or qr.outcome is not None, timeout=PATIENCE)


def _letters(app: Application, subject: str) -> list[bytes]:
    """The letters about ``subject`` in Dana's INBOX on the demo server."""
    store = _server(app).store
    inbox = store.mailbox(DANA.email, "INBOX")
    assert inbox is not None
    found = []
    for message in store.messages(inbox.id):
        raw = store.read(message.blob)
        if str(make_header(decode_header(email.message_from_bytes(raw)["Subject"] or ""))) == subject:
            found.append(raw)
    return found


def _queued(app: Application) -> int:
    return len(app.engine.cache.actions.all())


def _still_open(qtbot, compose: ComposeWindow, qr: QrSignDialog, subject: str, attachment: Path | None) -> None:
    """The QR dialog closed by Esc, the letter is as it was written, and Send works again."""
    if qr.isVisible():
        qtbot.keyClick(qr, Qt.Key.Key_Escape)
    assert not qr.isVisible()
    assert compose.isVisible()
    assert compose.subject.text() == subject and compose.body.toPlainText() == BODY
    assert compose.to.text() == DANA.email
    assert compose.attachment_paths() == ([str(attachment)] if attachment else [])
    assert compose.key_choice.currentText() == "eGov Mobile (QR)"
    qtbot.waitUntil(compose.send_button.isEnabled, timeout=PATIENCE)


def _policy(app: Application) -> v.VerifyPolicy:
    trust = TrustStore()
    trust.add_folder(_server(app).data_dir / "pki")
    return v.VerifyPolicy(trust=trust, online=True)


def _phone_of(server: EmbeddedServer, key_file: str) -> DemoPhone:
    """Another person's eGov Mobile on the demo SIGEX (the demo phone is Bolat's)."""
    assert server.pki is not None
    key = load_signing_key(server.data_dir / "keys" / key_file, DEMO_PASSWORD)
    return DemoPhone(server.sigex, key, local_timestamper(server.pki, key.digest.oid), local_evidence(server.pki, key))


def _act(tmp_path: Path) -> Path:
    path = tmp_path / "act-12.txt"
    path.write_text(ACT, encoding="utf-8")
    return path


def test_a_letter_and_its_attachment_signed_by_the_demo_phone_arrive_valid(
    qtbot, app: Application, tmp_path: Path
) -> None:
    act = _act(tmp_path)
    subject = "Act 12 signed in eGov Mobile"
    queued = _queued(app)
    compose = _compose_by_qr(qtbot, app, subject, act)
    qr = _send(qtbot, compose)
    assert qr.step.text() == "Step 1 of 2: the attached files"
    assert "Waiting for the phone" in qr.state.text() and qr.expiry.text().startswith("Expires in ")
    assert qr.document.text() == f"Letter: {subject}"
    _scan(qtbot, qr)
    qtbot.waitUntil(lambda: qr.step.text() == "Step 2 of 2: the letter" and qr.qr.isVisible(), timeout=PATIENCE)
    assert qr.scan.isEnabled()
    _scan(qtbot, qr)
    qtbot.waitUntil(lambda: qr.outcome is not None, timeout=PATIENCE)
    assert qr.state.text() == "Signed in eGov Mobile. Letter sent", (qr.state.text(), qr.detail.text())
    assert not qr.qr.isVisible() and not qr.step.isVisible() and not qr.scan.isVisible()
    said = qr.signatures.text()
    titles = [card.title.text() for card in qr.signatures.cards]
    assert titles == ["✔ Signature valid — Letter", "✔ Signature valid — Attachment: act-12.txt"], titles
    assert "СЕРІКҰЛЫ" in said and BOLAT.key.iin in said  # the phone's person, not the sender
    qtbot.waitUntil(lambda: not compose.isVisible(), timeout=PATIENCE)  # as after any Send
    assert "Letter sent" in app.window.statusBar().currentMessage()
    [raw] = _letters(app, subject)
    assert b"multipart/signed" in raw.split(b"\r\n\r\n", 1)[0]
    verdict = verdicts.verify_letter(raw, _policy(app))
    assert verdict.status == "valid" and verdict.coverage == "full", verdict.to_json()
    assert sorted(item.kind for item in verdict.items) == ["attachment", "letter"]
    for item in verdict.items:
        assert item.result is not None
        [signer] = item.result.signers
        assert signer.info is not None and signer.info.iin == BOLAT.key.iin
    names = {p.get_filename() for p in email.message_from_bytes(raw).walk()} - {None}
    assert names == {"act-12.txt", "act-12.txt.sig", "smime.p7s"}
    assert _queued(app) == queued + 1  # the letter went through the outbox
    qtbot.mouseClick(qr.cancel, Qt.MouseButton.LeftButton)
    assert qr.cancel.text() == "Close" and not qr.isVisible()


def test_declined_at_the_letters_step_sends_nothing(qtbot, app: Application, tmp_path: Path) -> None:
    """The phone signs the files, then the person declines the letter: nothing is queued."""
    act = _act(tmp_path)
    subject = "Declined in eGov Mobile"
    queued = _queued(app)
    compose = _compose_by_qr(qtbot, app, subject, act)
    qr = _send(qtbot, compose)
    _scan(qtbot, qr)
    qtbot.waitUntil(lambda: qr.step.text() == "Step 2 of 2: the letter" and qr.decline.isEnabled(), timeout=PATIENCE)
    qtbot.mouseClick(qr.decline, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: qr.outcome is not None, timeout=PATIENCE)
    assert qr.state.text() == f"Declined on the phone. {NOT_SENT}"
    assert qr.detail.isVisible() and qr.detail.text()  # the core's own sentence under it
    assert not compose.send_button.isEnabled()  # while the dialog is open
    _still_open(qtbot, compose, qr, subject, act)
    assert _queued(app) == queued and _letters(app, subject) == []


def test_cancel_while_waiting_stops_the_procedure_and_sends_nothing(qtbot, app: Application) -> None:
    subject = "Cancelled QR letter"
    queued = _queued(app)
    compose = _compose_by_qr(qtbot, app, subject)
    qr = _send(qtbot, compose)
    assert not qr.step.isVisible()  # one step, the letter: no "Step 1 of 1"
    sigex = _server(app).sigex
    assert sigex.wait_until(lambda: any(p.waiting for p in sigex.procedures.values()), timeout=60)
    qtbot.mouseClick(qr.cancel, Qt.MouseButton.LeftButton)
    assert not qr.isVisible()
    assert sigex.wait_until(lambda: any(p.abandoned for p in sigex.procedures.values()), timeout=60)
    qtbot.waitUntil(lambda: qr.outcome is not None, timeout=PATIENCE)
    assert qr.outcome is not None and qr.outcome.reason == "cancelled" and qr.outcome.result is None
    _still_open(qtbot, compose, qr, subject, None)
    assert _queued(app) == queued and _letters(app, subject) == []


def test_an_expired_qr_sends_nothing(qtbot, app: Application) -> None:
    """The QR is left unscanned until it expires (the demo SIGEX's QR codes live 3 seconds here)."""
    subject = "Expired QR letter"
    queued = _queued(app)
    compose = _compose_by_qr(qtbot, app, subject)
    sigex = _server(app).sigex
    sigex.lifetime = 3
    qr = _send(qtbot, compose)
    assert qr.expiry.text() in ("Expires in 0:03", "Expires in 0:02"), qr.expiry.text()
    qtbot.waitUntil(lambda: qr.outcome is not None, timeout=PATIENCE)
    assert qr.state.text() == f"The QR code expired before the phone signed. {NOT_SENT}", qr.detail.text()
    _still_open(qtbot, compose, qr, subject, None)
    assert _queued(app) == queued and _letters(app, subject) == []


def test_a_revoked_key_on_the_phone_is_refused_with_its_verdict(qtbot, app: Application) -> None:
    server = _server(app)
    app.window.demo_phone = _phone_of(server, REVOKED_USER.key_file)  # the window's demo phone, for this test
    subject = "Signed with a revoked key"
    queued = _queued(app)
    compose = _compose_by_qr(qtbot, app, subject)
    qr = _send(qtbot, compose)
    _scan(qtbot, qr)
    qtbot.waitUntil(lambda: qr.outcome is not None, timeout=PATIENCE)
    assert qr.state.text() == f"The signature eGov Mobile sent back is not valid. {NOT_SENT}"
    assert "not valid" in qr.detail.text()
    assert qr.signatures.isVisible() and "Certificate revoked" in qr.signatures.text()  # why: the verdict
    _still_open(qtbot, compose, qr, subject, None)
    assert _queued(app) == queued and _letters(app, subject) == []


def test_the_letter_scanned_by_another_phone_sends_nothing(qtbot, app: Application, tmp_path: Path) -> None:
    """Bolat's demo phone signs the files; Dana's phone scans the letter's QR: refused, not a mixed letter."""
    act = _act(tmp_path)
    subject = "Two phones"
    queued = _queued(app)
    compose = _compose_by_qr(qtbot, app, subject, act)
    qr = _send(qtbot, compose)
    _scan(qtbot, qr)
    qtbot.waitUntil(lambda: qr.step.text() == "Step 2 of 2: the letter" and qr.qr.isVisible(), timeout=PATIENCE)
    assert qr.procedure is not None and qr.procedure.egov_mobile_link
    other = threading.Thread(
        target=_phone_of(_server(app), DANA.key.key_file).sign, args=(qr.procedure.egov_mobile_link,), daemon=True
    )
    other.start()
    qtbot.waitUntil(lambda: qr.outcome is not None, timeout=PATIENCE)
    other.join(60)
    assert qr.state.text().startswith("The attached files and the letter came back signed by different people")
    assert qr.state.text().endswith(NOT_SENT)
    _still_open(qtbot, compose, qr, subject, act)
    assert _queued(app) == queued and _letters(app, subject) == []


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_sigex_unreachable_sends_nothing(qtbot, app: Application) -> None:
    app.window.sigex_url = f"http://127.0.0.1:{_closed_port()}"
    subject = "SIGEX unreachable"
    queued = _queued(app)
    compose = _compose_by_qr(qtbot, app, subject)
    qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compose.qr_dialog is not None and compose.qr_dialog.outcome is not None, timeout=PATIENCE)
    qr = compose.qr_dialog
    assert qr is not None and qr.isVisible()
    assert qr.state.text() == f"SIGEX cannot be reached. {NOT_SENT}"
    assert not qr.qr.isVisible() and not qr.scan.isVisible()
    _still_open(qtbot, compose, qr, subject, None)
    assert _queued(app) == queued and _letters(app, subject) == []


class _Garbage(BaseHTTPRequestHandler):
    """A "SIGEX" that answers every request with something that is not its protocol."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b"<html>Service temporarily unavailable</html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_sigex_answering_garbage_sends_nothing(qtbot, app: Application) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Garbage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        app.window.sigex_url = f"http://127.0.0.1:{server.server_address[1]}"
        subject = "SIGEX answers garbage"
        queued = _queued(app)
        compose = _compose_by_qr(qtbot, app, subject)
        qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: compose.qr_dialog is not None and compose.qr_dialog.outcome is not None, timeout=PATIENCE
        )
        qr = compose.qr_dialog
        assert qr is not None
        assert qr.state.text() == f"SIGEX gave an answer QazMail cannot use. {NOT_SENT}", qr.detail.text()
        assert "not JSON" in qr.detail.text()
        _still_open(qtbot, compose, qr, subject, None)
        assert _queued(app) == queued and _letters(app, subject) == []
    finally:
        server.shutdown()
        server.server_close()


def test_the_qr_choice_is_kept_in_the_draft(qtbot, app: Application) -> None:
    compose = _compose_by_qr(qtbot, app, "Kept as a draft")
    qtbot.mouseClick(compose.save_button, Qt.MouseButton.LeftButton)  # Ctrl+S: Drafts, and the copy on disk
    draft = compose.current_draft()
    compose.close()
    again = app.window.new_letter(draft)
    assert again is not None and again is not compose
    assert again.key_choice.currentText() == "eGov Mobile (QR)" and again.privacy.isVisible()
    again.close()


def _danas_act(app: Application, tmp_path: Path) -> Path:
    """act-12.txt.cms: the act with Dana's signature inside, as a partner sends it to be co-signed."""
    server = _server(app)
    assert server.pki is not None
    dana = load_signing_key(server.data_dir / "keys" / DANA.key.key_file, DEMO_PASSWORD)
    stamp, status = local_timestamper(server.pki, dana.digest.oid), local_evidence(server.pki, dana)
    signed = tmp_path / "act-12.txt.cms"
    signed.write_bytes(cms.sign(Content(data=ACT.encode()), dana, False, stamp, evidence=status))
    return signed


def _cosign_dialog(qtbot, app: Application, signature: Path) -> SignDocumentDialog:
    _menu_item(app.window, "&File", "Co-sign…").trigger()
    dialog = next(d for d in app.window.findChildren(SignDocumentDialog) if d.isVisible())
    _answer_file_dialog(qtbot, signature)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.file.text() == str(signature), timeout=PATIENCE)
    assert dialog.with_qr.isVisible() and not dialog.privacy.isVisible()
    qtbot.mouseClick(dialog.with_qr, Qt.MouseButton.LeftButton)
    assert dialog.with_qr.isChecked() and dialog.privacy.isVisible() and not dialog.key.isEnabled()
    return dialog


def test_co_sign_a_partners_act_by_qr(qtbot, app: Application, tmp_path: Path) -> None:
    """File ▸ Co-sign…, eGov Mobile (QR): the phone's signature joins Dana's in the same file; the
    dialog shows the whole file's verdict, both signers."""
    signature = _danas_act(app, tmp_path)
    dialog = _cosign_dialog(qtbot, app, signature)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.isVisible() and d.qr.isVisible() for d in app.window.findChildren(QrSignDialog)), timeout=PATIENCE
    )
    qr = next(d for d in app.window.findChildren(QrSignDialog) if d.isVisible())
    assert qr.document.text() == "Signature file: act-12.txt.cms"
    _scan(qtbot, qr)
    qtbot.waitUntil(lambda: qr.outcome is not None, timeout=PATIENCE)
    assert qr.state.text() == f"Signed in eGov Mobile. The signature is written to {signature}", qr.detail.text()
    assert not dialog.isVisible()
    said = qr.signatures.text()
    assert DANA.key.iin in said and BOLAT.key.iin in said
    joined = v.verify(signature.read_bytes(), None, _policy(app))
    assert [s.info.iin for s in joined.signers if s.info] == [DANA.key.iin, BOLAT.key.iin]
    assert all(s.valid for s in joined.signers), [s.message for s in joined.signers]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["act-12.txt.cms", "profile"]
    qtbot.keyClick(qr, Qt.Key.Key_Escape)


def test_co_signing_a_changed_document_asks_no_phone(qtbot, app: Application, tmp_path: Path) -> None:
    """A detached signature whose document changed since: refused before any QR, nothing written."""
    server = _server(app)
    assert server.pki is not None
    dana = load_signing_key(server.data_dir / "keys" / DANA.key.key_file, DEMO_PASSWORD)
    document = _act(tmp_path)
    signature = tmp_path / "act-12.txt.sig"
    signature.write_bytes(
        cms.sign(Content(data=ACT.encode()), dana, True, local_timestamper(server.pki, dana.digest.oid))
    )
    document.write_text("Act 12: 9 250 000 KZT\n", encoding="utf-8")
    before = signature.read_bytes()
    dialog = _cosign_dialog(qtbot, app, signature)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.outcome is not None for d in app.window.findChildren(QrSignDialog)), timeout=PATIENCE)
    qr = next(d for d in app.window.findChildren(QrSignDialog) if d.outcome is not None)
    assert qr.procedure is None  # no QR was ever shown
    assert qr.state.text() == (
        "The earlier signature no longer proves the document: a co-signature would vouch for it. Nothing was written."
    )
    assert signature.read_bytes() == before
    qtbot.keyClick(qr, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.sign_button.isEnabled()
    dialog.close()


def _in_settings(app: Application, steps: Callable[[SettingsDialog], None]) -> None:
    """Tools ▸ Settings…, ``steps`` done in the dialog once it is open (it is modal)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(100, act)
            return
        steps(dialog)

    QTimer.singleShot(100, act)
    _menu_item(app.window, "&Tools", "Settings…").trigger()


def test_the_sigex_address_is_a_setting_and_a_bad_one_is_refused(qtbot, app: Application) -> None:
    settings_file = app.profile.settings_file
    said: list[list[str]] = []  # the message box's text, once it was read
    still_open: list[bool] = []

    def type_address(dialog: SettingsDialog, address: str) -> None:
        dialog.sigex.setFocus()
        dialog.sigex.selectAll()
        qtbot.keyClicks(dialog.sigex, address)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def steps(dialog: SettingsDialog) -> None:
        assert dialog.sigex.text() == SIGEX_URL
        said.append(_read_the_next_message_box())
        type_address(dialog, "http://sigex.example.com")  # plain HTTP to another computer
        still_open.append(dialog.isVisible())
        assert Settings.load(settings_file).sigex_url == SIGEX_URL  # nothing saved
        type_address(dialog, "https://sigex.example.kz")

    _in_settings(app, steps)
    assert still_open == [True]
    [[text]] = said
    assert text.startswith("This is not an address signing by QR can use") and "HTTPS" in text, text
    assert Settings.load(settings_file).sigex_url == "https://sigex.example.kz"
