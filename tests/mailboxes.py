"""What a user's mailbox on a test server holds, read over IMAP as any client would."""

from __future__ import annotations

import email
import imaplib
from email.header import decode_header, make_header


def letters_titled(port: int, user: str, password: str, subject: str, folder: str = "INBOX") -> list[bytes]:
    """The letters in ``user``'s ``folder`` whose decoded Subject is ``subject``, as the server holds them."""
    imap = imaplib.IMAP4("127.0.0.1", port)
    imap.login(user, password)
    imap.select(folder)
    _, data = imap.fetch("1:*", "(BODY.PEEK[])")
    imap.logout()
    letters = [part[1] for part in data if isinstance(part, tuple)]
    return [
        r for r in letters if str(make_header(decode_header(email.message_from_bytes(r)["Subject"] or ""))) == subject
    ]
