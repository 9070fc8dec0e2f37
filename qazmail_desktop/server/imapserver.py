"""A thin but real IMAP4rev1 server over asyncio (with UIDPLUS, MOVE, IDLE, CONDSTORE, LITERAL+).

Each connection is a ``Session`` (``imap/``); a misbehaving client (garbage, oversized literals,
dropped connections) gets BAD/NO or a closed connection and nothing else is affected. Memory per
connection is bounded by the line and literal limits; connections per address, the time to log in,
idle time and password guessing by ``limits``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from .imap.connection import MAX_LINE, Connection
from .imap.session import Session
from .limits import AuthThrottle, ConnectionLimiter, ServerLimits
from .mailstore import MailStore

log = logging.getLogger(__name__)


class ImapServer:
    def __init__(
        self,
        store: MailStore,
        host: str = "127.0.0.1",
        port: int = 0,
        idle_poll: float = 0.5,
        limits: ServerLimits | None = None,
        throttle: AuthThrottle | None = None,
    ) -> None:
        """``throttle``: shared with the SMTP server, so that guesses over both count together."""
        self.store = store
        self.host = host
        self.port = port
        self.idle_poll = idle_poll
        self.limits = limits or ServerLimits()
        self.throttle = throttle or AuthThrottle.from_limits(self.limits)
        self.connections = ConnectionLimiter(self.limits.imap_per_address, self.limits.imap_total)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.host, self.port, limit=MAX_LINE)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = str(writer.get_extra_info("peername")[0])
        if not self.connections.acquire(peer):
            with contextlib.suppress(ConnectionError, OSError):
                writer.write(b"* BYE too many connections from your address, try again later\r\n")
                await writer.drain()
            writer.close()
            return
        self._writers.add(writer)
        try:
            await Session(self, Connection(reader, writer), peer).run()
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
            self.connections.release(peer)
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
