"""Running the embedded servers together in one asyncio loop, in a thread or in the foreground."""

from __future__ import annotations

import asyncio
import ipaddress
import threading
from dataclasses import dataclass, field
from pathlib import Path

from .imapserver import ImapServer
from .limits import AuthThrottle, ServerLimits
from .mailstore import MailStore
from .pki import DemoPki
from .pkihttp import PkiHttpServer
from .sigexqr import SigexQrService
from .smtpserver import SmtpServer


class ServerError(Exception):
    """The server cannot start as asked (address refused, port taken)."""


def check_bind_address(host: str, allow_remote: bool) -> None:
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError as exc:
        raise ServerError(f"not an IP address: {host}") from exc
    if not loopback and not allow_remote:
        raise ServerError(
            f"refusing to listen on {host}: the embedded server binds loopback only "
            "(pass --allow-remote to override, on a trusted network)"
        )


@dataclass
class EmbeddedServer:
    data_dir: Path
    host: str = "127.0.0.1"
    imap_port: int = 0
    smtp_port: int = 0
    http_port: int = 0
    limits: ServerLimits = field(default_factory=ServerLimits)
    store: MailStore = field(init=False)
    imap: ImapServer = field(init=False)
    smtp: SmtpServer = field(init=False)
    http: PkiHttpServer = field(init=False)
    sigex: SigexQrService = field(init=False)  # eGov Mobile signing by QR, as SIGEX serves it
    pki: DemoPki | None = None
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None
    _stopped: asyncio.Event | None = None

    def __post_init__(self) -> None:
        self.store = MailStore(self.data_dir / "mail")
        throttle = AuthThrottle.from_limits(self.limits)  # one count of failed logins over IMAP and SMTP
        self.imap = ImapServer(self.store, self.host, self.imap_port, limits=self.limits, throttle=throttle)
        self.smtp = SmtpServer(self.store, self.host, self.smtp_port, limits=self.limits, throttle=throttle)
        self.http = PkiHttpServer(None, self.host, self.http_port)
        self.sigex = SigexQrService(self.host)

    async def _start_all(self) -> None:
        try:
            await self.imap.start()
            await self.smtp.start()
            await self.http.start()
            self.sigex.start()
        except OSError as exc:
            await self._stop_all()
            raise ServerError(f"cannot listen on {self.host}: {exc.strerror or exc}") from exc
        self.imap_port, self.smtp_port, self.http_port = self.imap.port, self.smtp.port, self.http.port
        self.pki = DemoPki(self.data_dir / "pki", self.base_url)
        self.http.pki = self.pki

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.http_port}"

    async def _stop_all(self) -> None:
        self.sigex.stop()
        await self.http.stop()
        await self.smtp.stop()
        await self.imap.stop()

    async def start_async(self) -> None:
        """Listen on every port (in the running loop); ``wait_stopped`` then serves until stopped."""
        self._stopped = asyncio.Event()
        await self._start_all()

    async def wait_stopped(self) -> None:
        assert self._stopped is not None
        try:
            await self._stopped.wait()
        finally:
            await self._stop_all()

    def describe_services(self) -> list[str]:
        return [str(self.http), str(self.sigex)]

    def start_in_thread(self) -> EmbeddedServer:
        """For the app's --demo mode and tests: returns once the ports are listening."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def main() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)

            async def body() -> None:
                try:
                    await self.start_async()
                except BaseException as exc:
                    failure.append(exc)
                    ready.set()
                    return
                ready.set()
                await self.wait_stopped()

            loop.run_until_complete(body())
            pending = asyncio.all_tasks(loop)  # sessions of clients still connected: end them
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

        self._thread = threading.Thread(target=main, name="qazmail-embedded-server", daemon=True)
        self._thread.start()
        ready.wait(30)
        if failure:
            raise failure[0]
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stopped is not None:
            self._loop.call_soon_threadsafe(self._stopped.set)
        if self._thread is not None:
            self._thread.join(10)

    def request_stop(self) -> None:
        """From a signal handler in the loop's own thread."""
        if self._stopped is not None:
            self._stopped.set()
