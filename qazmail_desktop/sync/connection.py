"""Opening IMAP and SMTP connections with verified TLS (or plain text on loopback only)."""

from __future__ import annotations

import imaplib
import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import imapclient
import imapclient.exceptions

from ..choices import Security
from ..hosts import is_loopback
from ..store.cache import Account
from .errors import AccountError, AuthenticationFailed, CertificateRejected, ConnectionFailed
from .features import ServerFeatures

TIMEOUT = 30.0


def tls_context() -> ssl.SSLContext:
    """The system's trust store, hostname checked: certificate errors stop the connection."""
    return ssl.create_default_context()


def _check_plain_allowed(host: str, security: str) -> None:
    if security == Security.NONE and not is_loopback(host):
        raise AccountError(f"refusing to send a password in clear text to {host}: use ssl or starttls")


def _network_error(what: str, host: str, port: int, exc: BaseException) -> ConnectionFailed:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return CertificateRejected(
            f"{what} {host}:{port}: the server's certificate was rejected "
            f"({exc.verify_message or exc.reason}); connection not made"
        )
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return ConnectionFailed(f"{what} {host}:{port} unreachable: {reason}")


def open_imap(account: Account, password: str) -> imapclient.IMAPClient:
    host, port, security = account.imap_host, account.imap_port, account.imap_security
    _check_plain_allowed(host, security)
    try:
        implicit_tls = security == Security.SSL
        client = imapclient.IMAPClient(
            host, port=port, ssl=implicit_tls, ssl_context=tls_context() if implicit_tls else None, timeout=TIMEOUT
        )
        if security == Security.STARTTLS:
            client.starttls(tls_context())
    except (OSError, imapclient.exceptions.IMAPClientError) as exc:
        raise _network_error("IMAP server", host, port, exc) from exc
    try:
        client.login(account.username, password)
        features = ServerFeatures.of(client)
        if features.qresync:
            client.enable("QRESYNC")  # CONDSTORE, and expunges told as VANISHED UIDs; before any SELECT
        elif features.enable_condstore:
            client.enable("CONDSTORE")  # so SELECT reports HIGHESTMODSEQ; must precede any SELECT
    except imapclient.exceptions.LoginError as exc:
        _quietly_close(client)
        raise AuthenticationFailed(f"IMAP server {host} refused the login for {account.username}") from exc
    except (OSError, imapclient.exceptions.IMAPClientError) as exc:
        _quietly_close(client)
        raise _network_error("IMAP server", host, port, exc) from exc
    return client


def wire(client: imapclient.IMAPClient) -> imaplib.IMAP4:
    """The imaplib connection under an IMAPClient: the one place QazMail reaches below imapclient's
    public API, because that API has no way to stream a large FETCH letter by letter (it parses the
    whole response into memory) nor to read QRESYNC's VANISHED responses. imapclient is pinned to
    its major version for this; tests/test_fetchstream.py fails if the attribute moves."""
    conn: imaplib.IMAP4 = client._imap
    return conn


def _quietly_close(client: imapclient.IMAPClient) -> None:
    with suppress(OSError, imapclient.exceptions.IMAPClientError):
        client.shutdown()


@contextmanager
def imap_session(account: Account, password: str) -> Iterator[imapclient.IMAPClient]:
    client = open_imap(account, password)
    try:
        yield client
    finally:
        try:
            client.logout()
        except (TimeoutError, OSError, imapclient.exceptions.IMAPClientError):
            _quietly_close(client)


@contextmanager
def smtp_session(account: Account, password: str) -> Iterator[smtplib.SMTP]:
    host, port, security = account.smtp_host, account.smtp_port, account.smtp_security
    _check_plain_allowed(host, security)
    try:
        smtp: smtplib.SMTP
        if security == Security.SSL:
            smtp = smtplib.SMTP_SSL(host, port, timeout=TIMEOUT, context=tls_context())
        else:
            smtp = smtplib.SMTP(host, port, timeout=TIMEOUT)
            if security == Security.STARTTLS:
                smtp.starttls(context=tls_context())
    except (OSError, smtplib.SMTPException) as exc:
        raise _network_error("SMTP server", host, port, exc) from exc
    try:
        smtp.ehlo()
        if smtp.has_extn("auth"):
            smtp.login(account.username, password)
        yield smtp
    except smtplib.SMTPAuthenticationError as exc:
        raise AuthenticationFailed(f"SMTP server {host} refused the login for {account.username}") from exc
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
