"""The embedded server wrapped like tests.dovecot.Dovecot, so the same tests run against both."""

from __future__ import annotations

import imaplib
import shutil
import socket
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from qazmail_desktop.server.limits import ServerLimits
from qazmail_desktop.server.runner import EmbeddedServer


@dataclass
class Embedded:
    users: dict[str, str]
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="qazmail-embedded-")))
    port: int = 0
    smtp_port: int = 0
    limits: ServerLimits = field(default_factory=ServerLimits)
    server: EmbeddedServer | None = None

    def start(self) -> Embedded:
        self.server = EmbeddedServer(
            self.root, imap_port=self.port, smtp_port=self.smtp_port, limits=self.limits
        ).start_in_thread()
        for user, password in self.users.items():
            self.server.store.add_user(user, password)
        self.port, self.smtp_port = self.server.imap_port, self.server.smtp_port
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


class ImapFrom(imaplib.IMAP4):
    """imaplib connecting from a chosen loopback address (Linux routes all of 127.0.0.0/8 to lo),
    so that tests see what the server's limits per source address do to different clients."""

    def __init__(self, source: str, port: int, timeout: float = 60.0) -> None:
        self.source = source
        super().__init__("127.0.0.1", port, timeout=timeout)

    def _create_socket(self, timeout: float | None) -> socket.socket:
        return socket.create_connection((self.host, self.port), timeout, source_address=(self.source, 0))
