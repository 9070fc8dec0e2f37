"""Account passwords: in the OS keyring (Secret Service, Keychain, Windows Credential Locker).

Never in settings files. When the machine has no keyring backend, the password is kept for
this process only (``SessionSecrets``) and the user is told it will be asked again next time.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import keyring
import keyring.errors
from keyring.backends import fail

SERVICE = "QazMail Desktop"


def _service_key(account: str) -> str:
    return f"{SERVICE}/{account}"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


@dataclass
class SecretStore:
    """Passwords by account: the session's first, then the OS keyring."""

    session: dict[str, str] = field(default_factory=dict)

    def get(self, account: str) -> str | None:
        if account in self.session:
            return self.session[account]
        if not keyring_available():
            return None
        try:
            return keyring.get_password(_service_key(account), account)
        except keyring.errors.KeyringError:
            return None

    def remember_for_session(self, account: str, password: str) -> None:
        self.session[account] = password

    def save(self, account: str, password: str) -> bool:
        """Into the OS keyring; False (kept for this session only) when there is none."""
        self.session[account] = password
        if not keyring_available():
            return False
        try:
            keyring.set_password(_service_key(account), account, password)
        except keyring.errors.KeyringError:
            return False
        return True

    def delete(self, account: str) -> None:
        self.session.pop(account, None)
        if keyring_available():
            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(_service_key(account), account)
