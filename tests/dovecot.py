"""A throwaway Dovecot IMAP server on a loopback port, started as an ordinary process.

Runs as root too (CI): logins and mail then run as Debian's dovenull/dovecot users, whose uid
owns the mail folder. Used by the integration tests and the benchmarks.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def available() -> bool:
    return Path(DOVECOT).exists()


@dataclass
class Dovecot:
    users: dict[str, str]
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="qazmail-dovecot-")))
    port: int = field(default_factory=free_port)
    condstore: bool = True
    tls: tuple[Path, Path] | None = None  # certificate chain and key (PEM): STARTTLS, and IMAPS on tls_port
    tls_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def mail_root(self) -> Path:
        return self.root / "mail"

    def maildir(self, user: str) -> Path:
        return self.mail_root / user / "Maildir"

    def _config(self) -> str:
        if os.geteuid() == 0:
            login_user, internal_user = "dovenull", "dovecot"
            owner = pwd.getpwnam("dovecot")
        else:
            login_user = internal_user = pwd.getpwuid(os.geteuid()).pw_name
            owner = pwd.getpwuid(os.geteuid())
        self._uid, self._gid = owner.pw_uid, owner.pw_gid
        capability = (
            ""
            if self.condstore
            else "imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT UIDPLUS MOVE NAMESPACE SPECIAL-USE\n"
        )
        tls = f"ssl = yes\nssl_cert = <{self.tls[0]}\nssl_key = <{self.tls[1]}" if self.tls else "ssl = no"
        return f"""
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{tls}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
# IDLE learns of changes by inotify, whose instances are counted per user (128 by default) across
# every test server's processes at once; without one, Dovecot looks every 30 s, and a test waiting
# 20 s for IDLE's news failed under load. Looking every second keeps the news prompt either way.
mailbox_idle_check_interval = 1 secs

{capability}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.root}/passwd
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port if self.tls else 0}
  }}
  process_min_avail = 1
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
"""

    def start(self) -> Dovecot:
        os.chmod(self.root, 0o755)
        config = self.root / "dovecot.conf"
        config.write_text(self._config())
        lines = []
        for user, password in self.users.items():
            home = self.mail_root / user
            (home / "Maildir").mkdir(parents=True, exist_ok=True)
            lines.append(f"{user}:{{PLAIN}}{password}:{self._uid}:{self._gid}::{home}::")
        (self.root / "passwd").write_text("\n".join(lines) + "\n")
        for path in [self.mail_root, *self.mail_root.rglob("*")]:
            os.chown(path, self._uid, self._gid)
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode() if self.process.stderr else ""
                log = (self.root / "dovecot.log").read_text() if (self.root / "dovecot.log").exists() else ""
                raise RuntimeError(f"dovecot exited: {err}\n{log}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("dovecot did not start listening")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def fix_ownership(self) -> None:
        """Files written straight into a Maildir must belong to the mail user."""
        for path in self.mail_root.rglob("*"):
            os.chown(path, self._uid, self._gid)
