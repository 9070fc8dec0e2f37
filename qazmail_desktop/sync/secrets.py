"""Account passwords: in the OS keyring (Secret Service, Keychain, Windows Credential Locker).

Never in settings files. When the machine has no keyring backend, the password is kept for
this process only (``SecretStore.session``) and the user is told it will be asked again next time.
The keyring package is loaded on first use only: it costs 50 ms of start-up, which a command
given its password (``--password-env``) does not need to pay.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from types import ModuleType

SERVICE = "QazMail Desktop"


@dataclass(frozen=True)
class PromptAnswer:
    """A password the user typed when asked, and whether to keep it for the rest of this session."""

    password: str = field(repr=False)
    remember: bool = True


def _service_key(account: str) -> str:
    return f"{SERVICE}/{account}"


def _keyring() -> ModuleType | None:
    """The keyring package when this machine has a usable backend, else None."""
    import keyring
    import keyring.errors
    from keyring.backends import fail

    backend = keyring.get_keyring()
    return keyring if not isinstance(backend, fail.Keyring) and backend.priority > 0 else None


# The backends keyring picks by system, by the names their users know them by
_KEYRING_NAMES = {
    "keyring.backends.Windows": "Windows Credential Locker",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.SecretService": "Secret Service (GNOME Keyring, KeePassXC)",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.libsecret": "Secret Service (libsecret)",
}


def keyring_name() -> str | None:
    """Where account passwords are kept on this machine, for the About box; None: nowhere (they
    are asked again in every session)."""
    module = _keyring()
    if module is None:
        return None
    backend = module.get_keyring()
    return _KEYRING_NAMES.get(type(backend).__module__, str(getattr(backend, "name", type(backend).__name__)))


@dataclass
class SecretStore:
    """Passwords by account: the session's first, then the OS keyring."""

    session: dict[str, str] = field(default_factory=dict, repr=False, compare=False)  # never shown

    def get(self, account: str) -> str | None:
        if account in self.session:
            return self.session[account]
        keyring = _keyring()
        if keyring is None:
            return None
        try:
            password: str | None = keyring.get_password(_service_key(account), account)
        except keyring.errors.KeyringError:
            return None
        return password

    def remember_for_session(self, account: str, password: str) -> None:
        self.session[account] = password

    def save(self, account: str, password: str) -> bool:
        """Into the OS keyring; False (kept for this session only) when there is none."""
        self.session[account] = password
        keyring = _keyring()
        if keyring is None:
            return False
        try:
            keyring.set_password(_service_key(account), account, password)
        except keyring.errors.KeyringError:
            return False
        return True

    def delete(self, account: str) -> None:
        self.session.pop(account, None)
        keyring = _keyring()
        if keyring is not None:
            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(_service_key(account), account)
