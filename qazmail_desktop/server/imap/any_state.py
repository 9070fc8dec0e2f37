"""Commands valid in any state (RFC 3501 6.1) and logging in (6.2)."""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING

from ..imapparse import Token, text_of
from ..limits import Throttled
from .connection import Bad, No
from .state import CAPABILITIES

if TYPE_CHECKING:
    from .session import Handler, Session


async def capability(session: Session, tag: str, args: list[Token]) -> None:
    await session.conn.untagged(b"CAPABILITY " + CAPABILITIES)
    await session.conn.ok(tag)


async def noop(session: Session, tag: str, args: list[Token]) -> None:
    """Also CHECK: the client hears what others changed."""
    await session.refresh()
    await session.conn.ok(tag)


async def logout(session: Session, tag: str, args: list[Token]) -> None:
    await session.conn.untagged(b"BYE logging out")
    await session.conn.ok(tag)
    session.logged_out = True


async def identify(session: Session, tag: str, args: list[Token]) -> None:
    await session.conn.untagged(b'ID ("name" "QazMail embedded server")')
    await session.conn.ok(tag)


async def enable(session: Session, tag: str, args: list[Token]) -> None:
    session.need_auth()
    enabled = [text_of(a).upper() for a in args if text_of(a).upper() in ("CONDSTORE",)]
    if enabled:
        session.condstore = True
    await session.conn.untagged(b"ENABLED " + " ".join(enabled).encode())
    await session.conn.ok(tag)


async def starttls(session: Session, tag: str, args: list[Token]) -> None:
    raise No("TLS is not offered by the loopback demo server")


async def _log_in(session: Session, tag: str, user: str, password: str) -> None:
    if session.user is not None:
        raise Bad("already logged in")
    try:
        found = await session.server.throttle.check(session.peer, lambda: session.store.check_password(user, password))
    except Throttled as exc:
        raise No(f"[UNAVAILABLE] {exc}") from None
    if found is None:
        raise No("[AUTHENTICATIONFAILED] wrong user name or password")
    session.user = found
    await session.conn.send(f"{tag} OK [CAPABILITY ".encode() + CAPABILITIES + b"] logged in\r\n")


async def login(session: Session, tag: str, args: list[Token]) -> None:
    if len(args) != 2:
        raise Bad("LOGIN user password")
    await _log_in(session, tag, text_of(args[0]), text_of(args[1]))


async def authenticate(session: Session, tag: str, args: list[Token]) -> None:
    if not args or text_of(args[0]).upper() != "PLAIN":
        raise No("only AUTHENTICATE PLAIN is supported")
    if len(args) > 1:
        response = text_of(args[1]).encode()
    else:
        await session.conn.send(b"+ \r\n")
        response = (await session.read_continuation()).strip()
    if response == b"*":
        raise Bad("authentication cancelled")
    try:
        _authz, user, password = base64.b64decode(response, validate=True).split(b"\x00")
    except (binascii.Error, ValueError) as exc:
        raise Bad("malformed PLAIN response") from exc
    await _log_in(session, tag, user.decode("utf-8", "replace"), password.decode("utf-8", "replace"))


HANDLERS: dict[str, Handler] = {
    "CAPABILITY": capability,
    "NOOP": noop,
    "CHECK": noop,
    "LOGOUT": logout,
    "ID": identify,
    "ENABLE": enable,
    "STARTTLS": starttls,
    "LOGIN": login,
    "AUTHENTICATE": authenticate,
}
