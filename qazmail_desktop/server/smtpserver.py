"""SMTP submission (aiosmtpd) with AUTH, delivering to the embedded server's own mailboxes.

Only authenticated users may submit, only as themselves, and only to local mailboxes: the
server never relays mail anywhere else. Connections per address, the time to log in, idle time,
password guessing and recipients per letter are bounded by ``limits`` (issue 27).
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from email.utils import parseaddr
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from ..store.rawmime import Part, decoded, split_header
from .limits import AuthThrottle, ConnectionLimiter, ServerLimits, Throttled
from .mailstore import MailStore

# aiosmtpd logs a warning per connection about AUTH without TLS and its own deprecations;
# on a loopback-only server these are noise in the user's terminal.
logging.getLogger("mail.log").setLevel(logging.ERROR)


def _unchecked(server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any) -> AuthResult:
    """aiosmtpd's authenticator is synchronous: it only hands the credentials on, unsuccessful, and
    ``_GuardedSMTP`` checks them asynchronously (throttled, the hash off the event loop)."""
    return AuthResult(success=False, handled=True, auth_data=auth_data)


class _GuardedSMTP(SMTP):
    """aiosmtpd's SMTP with the embedded server's limits: a connection over the address's cap is
    told 421 and closed; a client silent past its login deadline or idle timeout is told 421;
    every AUTH is checked through the shared ``AuthThrottle`` and every failure answered 535.

    Overrides aiosmtpd's ``_reset_timeout`` and ``_timeout_cb`` (1.4), which have no public hook."""

    def __init__(self, owner: SmtpServer, handler: _Delivery) -> None:
        super().__init__(
            handler,
            hostname="qazmail.local",
            data_size_limit=owner.limits.max_message,
            auth_required=True,
            auth_require_tls=False,
            authenticator=_unchecked,
            enable_SMTPUTF8=True,
        )
        self.owner = owner
        self.peer_host = ""
        self.login_deadline = 0.0
        self.admitted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self.admitted:  # aiosmtpd calls it again after STARTTLS
            super().connection_made(transport)
            return
        self.peer_host = str(transport.get_extra_info("peername")[0])
        if not self.owner.connections.acquire(self.peer_host):
            assert isinstance(transport, asyncio.WriteTransport)
            transport.write(b"421 4.7.0 too many connections from your address, try again later\r\n")
            transport.close()
            return
        self.admitted = True
        self.login_deadline = asyncio.get_running_loop().time() + self.owner.limits.login_timeout
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if not self.admitted:
            return
        self.owner.connections.release(self.peer_host)
        super().connection_lost(error)

    def _reset_timeout(self, duration: float | None = None) -> None:
        """Until AUTH the login deadline, counted from connecting; then the idle timeout per command."""
        if duration is None:
            if self.session is not None and self.session.authenticated:
                duration = self.owner.limits.smtp_idle_timeout
            else:
                duration = max(0.001, self.login_deadline - self.loop.time())
        super()._reset_timeout(duration)

    def _timeout_cb(self) -> None:
        """As aiosmtpd's, closes the connection (``connection_lost`` cleans up), but says why first."""
        if self.transport is not None:
            assert isinstance(self.transport, asyncio.WriteTransport)
            self.transport.write(b"421 4.4.2 qazmail.local idle for too long, closing the connection\r\n")
            self.transport.close()

    async def auth_PLAIN(self, _: SMTP, args: list[str]) -> AuthResult:
        return await self._checked(await super().auth_PLAIN(_, args))

    async def auth_LOGIN(self, _: SMTP, args: list[str]) -> AuthResult:
        return await self._checked(await super().auth_LOGIN(_, args))

    async def _checked(self, result: AuthResult) -> AuthResult:
        credentials = result.auth_data
        if not isinstance(credentials, LoginPassword):  # malformed: aiosmtpd has answered it
            return result
        login = credentials.login.decode("utf-8", "replace")
        password = credentials.password.decode("utf-8", "replace")
        try:
            user = await self.owner.throttle.check(
                self.peer_host, lambda: self.owner.store.check_password(login, password)
            )
        except Throttled as exc:
            return AuthResult(success=False, handled=False, message=f"454 4.7.0 {exc}")
        if user is None:
            return AuthResult(success=False, handled=False)  # answered "535 5.7.8 ... invalid"
        return AuthResult(success=True, auth_data=user)


class _Delivery:
    def __init__(self, store: MailStore, max_recipients: int) -> None:
        self.store = store
        self.max_recipients = max_recipients

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, mail_options: list[str]
    ) -> str:
        if not session.authenticated:
            return "530 5.7.0 authentication required"
        login = str(session.auth_data or "").lower()
        if address.lower() != login:
            return f"553 5.7.1 you may send only as {login}"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        """A mailbox named twice gets one copy; past ``max_recipients`` the client is told 452 and
        sends the rest in another letter (RFC 5321 4.5.3.1.10)."""
        if not self.store.has_user(address):
            return "550 5.7.1 relaying denied: not a local mailbox"
        if address.lower() in (known.lower() for known in envelope.rcpt_tos):
            return "250 OK (already a recipient: one copy)"
        if len(envelope.rcpt_tos) >= self.max_recipients:
            return f"452 4.5.3 too many recipients: at most {self.max_recipients} per letter"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        content = content.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        sender = _header_from(content)
        login = str(session.auth_data or "").lower()
        if sender != login:
            return f"550 5.7.1 the letter's From ({sender or 'none'}) is not {login}: you may send only as yourself"
        for rcpt in envelope.rcpt_tos:
            self.store.deliver(rcpt, content)
        return "250 2.0.0 message accepted for delivery"


def _header_from(content: bytes) -> str:
    """The address of the letter's From header (what the recipient reads as the sender)."""
    header = Part(split_header(content)[0], b"")
    return parseaddr(decoded(header.get("From")))[1].lower()


class SmtpServer:
    def __init__(
        self,
        store: MailStore,
        host: str = "127.0.0.1",
        port: int = 0,
        limits: ServerLimits | None = None,
        throttle: AuthThrottle | None = None,
    ) -> None:
        """``throttle``: shared with the IMAP server, so that guesses over both count together."""
        self.store = store
        self.host = host
        self.port = port
        self.limits = limits or ServerLimits()
        self.throttle = throttle or AuthThrottle.from_limits(self.limits)
        self.connections = ConnectionLimiter(self.limits.smtp_per_address, self.limits.smtp_total)
        self.handler = _Delivery(store, self.limits.max_recipients)
        self._server: asyncio.Server | None = None

    def _protocol(self) -> SMTP:
        # AUTH without TLS is deliberate here: the server listens on loopback only
        warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS", category=UserWarning)
        return _GuardedSMTP(self, self.handler)

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self._protocol, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
