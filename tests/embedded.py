"""The embedded server wrapped like tests.dovecot.Dovecot, so the same tests run against both."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from qazmail_desktop.server.runner import EmbeddedServer


@dataclass
class Embedded:
    users: dict[str, str]
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="qazmail-embedded-")))
    port: int = 0
    smtp_port: int = 0
    server: EmbeddedServer | None = None

    def start(self) -> Embedded:
        self.server = EmbeddedServer(self.root, imap_port=self.port, smtp_port=self.smtp_port).start_in_thread()
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
