"""Changing and removing mail accounts, as the command line and the window both do."""

from __future__ import annotations

from ..store.cache import Account
from ..sync.engine import MailEngine


def update_account(engine: MailEngine, account: Account, password: str = "") -> bool:
    """New settings (and, when given, a new password) for an existing account; returns whether the
    password went into the OS keyring (False: kept for this session only)."""
    engine.account(account.name)  # raises for an unknown account
    engine.cache.accounts.update(account)
    return engine.secrets.save(account.name, password) if password else True


def remove_account(engine: MailEngine, name: str) -> None:
    """The account, its cached mail and queued actions, and its saved password. Nothing on the server changes."""
    engine.account(name)  # raises for an unknown account
    engine.cache.accounts.remove(name)
    engine.secrets.delete(name)
