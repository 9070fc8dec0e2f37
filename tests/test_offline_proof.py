"""A letter signed while the TSA cannot be reached (issue #20): it is signed at once and waits in the
outbox; syncs while the TSA is still away leave it there (nothing is sent without its proof); once
the TSA answers, the next sync time-stamps the letter's signature, adds the signer's OCSP status and
sends it, and the recipient's copy verifies from that evidence. The sender may release a letter
without waiting: it then leaves with the signer's claimed time only."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from qazmail_desktop.crypto import keys
from qazmail_desktop.crypto.status import Status
from qazmail_desktop.crypto.trust import TrustStore
from qazmail_desktop.crypto.verify import VerifyPolicy
from qazmail_desktop.operations.mailsync import sync_accounts
from qazmail_desktop.operations.outbox import outbox
from qazmail_desktop.operations.send import send_letter
from qazmail_desktop.profile import Profile
from qazmail_desktop.server.demo import DEMO_ACCOUNTS
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer
from qazmail_desktop.signing.outgoing import SigningOptions
from qazmail_desktop.signing.verdicts import verify_letter
from qazmail_desktop.store.cache import Cache
from qazmail_desktop.sync.compose import Draft
from qazmail_desktop.sync.engine import MailEngine
from qazmail_desktop.sync.secrets import SecretStore
from tests.accounts import make_account
from tests.conftest import run_cli


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Forward(BaseHTTPRequestHandler):
    """The TSA coming back: requests to this port reach the demo TSA."""

    target = ""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        request = urllib.request.Request(self.target, data=body, headers={"Content-Type": self.headers["Content-Type"]})
        with urllib.request.urlopen(request, timeout=30) as answer:
            data = answer.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def setting(demo: EmbeddedServer, tmp_path: Path) -> Iterator[tuple[MailEngine, Profile, str, int]]:
    anna = DEMO_ACCOUNTS[0]
    profile = Profile.resolve(str(tmp_path / "profile")).ensure()
    trust_dir = profile.trust_dir
    trust_dir.mkdir(parents=True, exist_ok=True)
    for name in ("demo_root.cer", "demo_ca.cer"):
        (trust_dir / name).write_bytes((demo.data_dir / "pki" / name).read_bytes())
    cache = Cache(profile.cache_db)
    cache.accounts.add(make_account("anna", anna.email, imap_port=demo.imap_port, smtp_port=demo.smtp_port))
    secrets = SecretStore()
    secrets.remember_for_session("anna", anna.password)
    engine = MailEngine(cache, secrets)
    engine.sync("anna")
    port = _free_port()
    yield engine, profile, f"http://127.0.0.1:{port}/tsp", port


def _bolats_copy(demo: EmbeddedServer, subject: str) -> bytes | None:
    bolat = DEMO_ACCOUNTS[1]
    box = demo.store.mailbox(bolat.email, "INBOX")
    assert box is not None
    for message in demo.store.messages(box.id):
        raw = demo.store.read(message.blob)
        if subject in str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"]):
            return raw
    return None


def _trust(demo: EmbeddedServer) -> TrustStore:
    trust = TrustStore()
    trust.add_folder(demo.data_dir / "pki")
    return trust


def _send_signed(demo: EmbeddedServer, engine: MailEngine, subject: str, tsa_url: str = "", proof_tsa: str = ""):
    """Anna sends Bolat a signed letter; it must wait for its time-stamp."""
    key = keys.load_signing_key(demo.data_dir / "keys" / "anna_sign.p12", DEMO_PASSWORD)
    draft = Draft(to=[DEMO_ACCOUNTS[1].email], subject=subject, body=subject)
    signing = SigningOptions(key, tsa_url=tsa_url, proof_tsa=proof_tsa)
    result = send_letter(engine, engine.account("anna"), draft, signing, _trust(demo) if tsa_url else None)
    assert result.waits_for_proof
    return result


def test_a_letter_signed_offline_leaves_only_with_its_time_stamp(
    demo: EmbeddedServer, setting: tuple[MailEngine, Profile, str, int]
) -> None:
    engine, profile, tsa, port = setting
    result = _send_signed(demo, engine, "Акт № 9 (подписан без сети)", tsa_url=tsa)  # the TSA does not answer
    assert any("unreachable" in note for note in result.notes)
    (waiting,) = outbox(engine.cache)
    assert waiting.awaiting_proof and _bolats_copy(demo, "Акт № 9") is None

    run = sync_accounts(engine, profile, ["anna"])  # the TSA is still away: nothing leaves
    assert any("still waits for its time-stamp" in note for note in run.notes)
    assert _bolats_copy(demo, "Акт № 9") is None and outbox(engine.cache)[0].awaiting_proof

    _Forward.target = f"{demo.base_url}/tsp"
    server = ThreadingHTTPServer(("127.0.0.1", port), _Forward)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        run = sync_accounts(engine, profile, ["anna"])
    finally:
        server.shutdown()
        server.server_close()
    assert run.notes == [] and outbox(engine.cache) == []
    delivered = _bolats_copy(demo, "Акт № 9")
    assert delivered is not None
    (item,) = verify_letter(delivered, VerifyPolicy(trust=_trust(demo), online=False)).items
    assert item.result is not None
    (signer,) = item.result.signers
    assert signer.status == Status.VALID and signer.time_source == "timestamp", signer.message
    assert signer.revocation.startswith("not revoked per OCSP embedded in the signature")
    assert signer.claimed_time is not None and signer.signing_time is not None
    assert signer.signing_time >= signer.claimed_time  # proven when it got its time-stamp, not earlier


def test_a_letter_released_without_its_time_stamp(
    demo: EmbeddedServer, setting: tuple[MailEngine, Profile, str, int]
) -> None:
    engine, profile, tsa, _port = setting
    _send_signed(demo, engine, "Счёт № 31 (срочно)", proof_tsa=tsa)  # the window, offline
    (waiting,) = outbox(engine.cache)
    listed = run_cli("outbox", "list", profile=profile.root)
    assert "waits for its time-stamp" in listed.stdout and f"outbox release {waiting.id}" in listed.stdout
    released = run_cli("outbox", "release", str(waiting.id), profile=profile.root)
    assert released.returncode == 0 and "without a time-stamp" in released.stdout, released.stderr
    assert not outbox(engine.cache)[0].awaiting_proof
    again = run_cli("outbox", "release", str(waiting.id), profile=profile.root)
    assert again.returncode == 2 and "does not wait for a time-stamp" in again.stderr
    sync_accounts(engine, profile, ["anna"])
    delivered = _bolats_copy(demo, "Счёт № 31")
    assert delivered is not None
    (item,) = verify_letter(delivered, VerifyPolicy(trust=_trust(demo), online=False)).items
    assert item.result is not None and item.result.signers[0].time_source == "signing_time"
