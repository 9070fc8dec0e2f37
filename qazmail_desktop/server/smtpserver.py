"""SMTP submission (aiosmtpd) with AUTH, delivering to the embedded server's own mailboxes.

Only authenticated users may submit, only as themselves, and only to local mailboxes: the
server never relays mail anywhere else.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from email.utils import parseaddr
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from ..store.rawmime import Part, decoded, split_header
from .mailstore import MailStore

MAX_MESSAGE = 64 << 20
# aiosmtpd logs a warning per connection about AUTH without TLS and its own deprecations;
# on a loopback-only server these are noise in the user's terminal.
logging.getLogger("mail.log").setLevel(logging.ERROR)


class _Authenticator:
    def __init__(self, store: MailStore) -> None:
        self.store = store

    def __call__(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = self.store.check_password(
            auth_data.login.decode("utf-8", "replace"), auth_data.password.decode("utf-8", "replace")
        )
        return AuthResult(success=user is not None, auth_data=user)


class _Delivery:
    def __init__(self, store: MailStore) -> None:
        self.store = store

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
        if not self.store.has_user(address):
            return "550 5.7.1 relaying denied: not a local mailbox"
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
    def __init__(self, store: MailStore, host: str = "127.0.0.1", port: int = 0) -> None:
        self.store = store
        self.host = host
        self.port = port
        self.handler = _Delivery(store)
        self._server: asyncio.Server | None = None

    def _protocol(self) -> SMTP:
        # AUTH without TLS is deliberate here: the server listens on loopback only
        warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS", category=UserWarning)
        return SMTP(
            self.handler,
            hostname="qazmail.local",
            data_size_limit=MAX_MESSAGE,
            auth_required=True,
            auth_require_tls=False,
            authenticator=_Authenticator(self.store),
            enable_SMTPUTF8=True,
        )

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self._protocol, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
