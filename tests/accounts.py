"""Accounts for tests: one server host and one security mode for IMAP and SMTP."""

from __future__ import annotations

from typing import Any

from qazmail_desktop.store.cache import Account


def make_account(
    name: str,
    email: str,
    *,
    username: str | None = None,
    host: str = "127.0.0.1",
    imap_port: int = 1,
    smtp_port: int = 1,
    security: str = "none",
    **options: Any,
) -> Account:
    """``username`` defaults to the e-mail address; ``options`` are the remaining Account fields."""
    return Account(
        name=name,
        email=email,
        username=username or email,
        imap_host=host,
        imap_port=imap_port,
        imap_security=security,
        smtp_host=host,
        smtp_port=smtp_port,
        smtp_security=security,
        **options,
    )
