"""Verified TLS against a real Dovecot with a certificate from a test CA: IMAPS and STARTTLS work
when the CA is trusted, and an untrusted CA or a certificate for another host name stops the
connection with a message that says why (and no password is sent)."""

from __future__ import annotations

import datetime as dt
import imaplib
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from qazmail_desktop.cli.main import main
from qazmail_desktop.store.cache import Cache
from qazmail_desktop.sync.engine import MailEngine
from qazmail_desktop.sync.errors import CertificateRejected
from qazmail_desktop.sync.secrets import SecretStore
from tests import dovecot
from tests.accounts import make_account
from tests.dovecot import Dovecot
from tests.mailgen import letter

USER, PASSWORD = "anna@example.kz", "secret"


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(
    subject: str, key: ec.EllipticCurvePrivateKey, issuer: str, issuer_key: ec.EllipticCurvePrivateKey, ca: bool
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@pytest.fixture
def pki(tmp_path: Path) -> dict[str, Path]:
    """A test CA, a server certificate for localhost (only) that it issued, and an unrelated CA."""
    ca_key, server_key, other_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    ca = _certificate("QazMail test CA", ca_key, "QazMail test CA", ca_key, ca=True)
    server = _certificate("localhost", server_key, "QazMail test CA", ca_key, ca=False)
    other = _certificate("Some other CA", other_key, "Some other CA", other_key, ca=True)
    files = {
        "ca": (tmp_path / "ca.pem", _pem(ca)),
        "other": (tmp_path / "other.pem", _pem(other)),
        "chain": (tmp_path / "server.pem", _pem(server) + _pem(ca)),
        "key": (
            tmp_path / "server.key",
            server_key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            ),
        ),
    }
    for path, data in files.values():
        path.write_bytes(data)
    return {name: path for name, (path, _) in files.items()}


@pytest.fixture
def server(pki: dict[str, Path]) -> Iterator[Dovecot]:
    if not dovecot.available():
        pytest.fail("Dovecot is missing: run `make test`, which installs dovecot-imapd")
    srv = Dovecot({USER: PASSWORD}, tls=(pki["chain"], pki["key"])).start()
    imap = imaplib.IMAP4("127.0.0.1", srv.port)
    imap.login(USER, PASSWORD)
    for n in range(3):
        imap.append("INBOX", "", imaplib.Time2Internaldate(dt.datetime.now(dt.UTC)), letter(n))
    imap.logout()
    yield srv
    srv.cleanup()


def _trust(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ca: Path) -> None:
    """The system trust store, as OpenSSL reads it, holds only ``ca``."""
    empty = tmp_path / "no-certs"
    empty.mkdir(exist_ok=True)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    monkeypatch.setenv("SSL_CERT_DIR", str(empty))


def _engine(tmp_path: Path, host: str, port: int, security: str) -> MailEngine:
    cache = Cache(tmp_path / f"{security}-{host}" / "cache.sqlite3")
    cache.accounts.add(make_account("anna", USER, host=host, security=security, imap_port=port, smtp_port=25))
    secrets = SecretStore()
    secrets.remember_for_session("anna", PASSWORD)
    return MailEngine(cache, secrets)


def test_imaps_and_starttls_with_a_trusted_certificate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pki: dict[str, Path], server: Dovecot
) -> None:
    _trust(monkeypatch, tmp_path, pki["ca"])
    for security, port in (("ssl", server.tls_port), ("starttls", server.port)):
        engine = _engine(tmp_path, "localhost", port, security)
        assert engine.sync("anna").report.new == 3, security


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_untrusted_certificate_stops_the_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pki: dict[str, Path], server: Dovecot, security: str
) -> None:
    _trust(monkeypatch, tmp_path, pki["other"])
    engine = _engine(tmp_path, "localhost", server.tls_port if security == "ssl" else server.port, security)
    logins = (server.root / "dovecot.log").read_text().count("Login: user=")
    with pytest.raises(CertificateRejected, match=r"certificate was rejected \(self-signed certificate in certificate"):
        engine.sync("anna")
    assert engine.cache.folders.of_account("anna") == []  # nothing was read from it
    assert (server.root / "dovecot.log").read_text().count("Login: user=") == logins  # and no password went to it


def test_certificate_for_another_host_name_stops_the_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pki: dict[str, Path], server: Dovecot
) -> None:
    _trust(monkeypatch, tmp_path, pki["ca"])
    engine = _engine(tmp_path, "127.0.0.1", server.tls_port, "ssl")  # the certificate names localhost only
    with pytest.raises(CertificateRejected, match="mismatch"):
        engine.sync("anna")


def test_command_line_says_why_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    pki: dict[str, Path],
    server: Dovecot,
) -> None:
    _trust(monkeypatch, tmp_path, pki["other"])
    monkeypatch.setenv("PW", PASSWORD)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    profile = ["--profile", str(tmp_path / "profile")]
    address = f"localhost:{server.tls_port}"
    account = ["account", "add", "anna", "--email", USER, "--imap", address, "--smtp", "localhost:465"]
    assert main([*profile, *account, "--user", USER, "--security", "ssl", "--password-env", "PW"]) == 0
    capsys.readouterr()
    assert main([*profile, "sync", "--password-env", "PW"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "certificate was rejected" in error and "Traceback" not in error
