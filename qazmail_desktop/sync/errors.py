"""Errors of the mail engine, with messages fit for a user."""

from __future__ import annotations

from ..errors import UserFacingError


class MailError(UserFacingError):
    """Base of what the mail engine raises on purpose."""


class ConnectionFailed(MailError):
    """The server could not be reached (offline, refused, timed out): work continues from the cache."""


class CertificateRejected(ConnectionFailed):
    """The server's TLS certificate failed verification; the connection was not made."""


class AuthenticationFailed(MailError):
    """The server refused the user name or password."""


class NoPassword(MailError):
    """No password is stored and none could be asked for."""


class AccountError(MailError):
    """An account setting is wrong or missing."""


class SentButNotRecorded(MailError):
    """The SMTP server took the letter, and then the cache could not be written (the disk filled
    up): the letter is not sent again (its hand-over was recorded before the end of DATA; the
    next sync looks for it in Sent), and the user must not be told that nothing happened."""

    def __init__(self, message: str, action_id: int) -> None:
        super().__init__(message)
        self.action_id = action_id  # the outbox row of the letter that went
