"""A thin but real IMAP4rev1 server over asyncio (with UIDPLUS, MOVE, IDLE, CONDSTORE, LITERAL+).

Each connection is a ``Session`` (``imap/``); a misbehaving client (garbage, oversized literals,
dropped connections) gets BAD/NO or a closed connection and nothing else is affected. Memory per
connection is bounded by the line and literal limits.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import time

from .imap.connection import MAX_LINE, Connection
from .imap.session import Session
from .mailstore import MailStore

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 200  # a loopback server for a few mail clients; thousands of idle ones were accepted


class LoginGuard:
    """Failed logins per user name, across all connections: after ``limit`` within ``window``
    seconds the name is refused without a password check until the window has passed (guessing
    went at 250 a second over parallel connections)."""

    def __init__(self, limit: int = 10, window: float = 60.0) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, collections.deque[float]] = {}

    def _recent(self, user: str) -> collections.deque[float]:
        failures = self._failures.setdefault(user.lower(), collections.deque())
        while failures and failures[0] < time.monotonic() - self.window:
            failures.popleft()
        return failures

    def locked(self, user: str) -> bool:
        return len(self._recent(user)) >= self.limit

    def failed(self, user: str) -> None:
        self._recent(user).append(time.monotonic())

    def succeeded(self, user: str) -> None:
        self._failures.pop(user.lower(), None)


class ImapServer:
    def __init__(
        self,
        store: MailStore,
        host: str = "127.0.0.1",
        port: int = 0,
        idle_poll: float = 0.5,
        failed_login_delay: float = 0.2,
    ) -> None:
        self.store = store
        self.host = host
        self.port = port
        self.idle_poll = idle_poll
        self.failed_login_delay = failed_login_delay
        self.login_guard = LoginGuard()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.host, self.port, limit=MAX_LINE)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if len(self._writers) >= MAX_CONNECTIONS:
            with contextlib.suppress(ConnectionError, OSError):
                writer.write(b"* BYE too many connections, try again later\r\n")
                await writer.drain()
            writer.close()
            return
        self._writers.add(writer)
        try:
            await Session(self, Connection(reader, writer)).run()
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            pass
        except asyncio.CancelledError:
            # the server is shutting down: end the session quietly (a cancelled connection task
            # makes Python 3.11's stream protocol print a spurious traceback)
            pass
        except Exception:  # one broken session must never take the server down
            log.exception("IMAP session failed")
            with contextlib.suppress(ConnectionError, RuntimeError):
                writer.write(b"* BYE internal server error\r\n")
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(ConnectionError, OSError, asyncio.CancelledError):
                await writer.wait_closed()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):  # IDLE clients would otherwise keep their sessions open
                writer.close()
            await self._server.wait_closed()
