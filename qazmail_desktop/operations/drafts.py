"""Drafts in the account's Drafts folder, as every mail client keeps them: each saved version
replaces the previous one there (queued, so it works offline), and a letter found in Drafts, made
here or by another client, can be written on again."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from email.message import EmailMessage

from ..store.cache import Account
from ..store.mailparse import html_to_text, parse_message
from ..store.sqlerrors import describe
from ..sync.compose import UNFINISHED_HEADER, Draft, letter_of
from ..sync.engine import MailEngine
from ..sync.errors import MailError

# Names the draft a saved version belongs to, so that reopening it finds the window's own copy.
DRAFT_HEADER = "X-QazMail-Draft"


def keep_on_server(engine: MailEngine, account: Account, letter: Draft, draft_id: str, replaces: str) -> str:
    """The draft as a letter in Drafts, replacing the version with Message-ID ``replaces``.
    Returns this version's Message-ID (what the next save replaces)."""
    msg = letter_of(account, letter)
    msg[DRAFT_HEADER] = draft_id
    try:
        engine.keep_draft(account, msg, replaces)
    except sqlite3.Error as exc:  # a full disk: the previous version stays where it was
        raise MailError(f"the draft was not put in Drafts: {describe(exc, engine.cache.path)}") from exc
    return str(msg["Message-ID"])


@dataclass
class DraftLetter:
    """A letter from Drafts, as the fields of the window that writes it."""

    draft_id: str  # of the QazMail draft it was saved from; "" when another client wrote it
    message_id: str
    to: str
    cc: str
    bcc: str
    subject: str
    body: str
    in_reply_to: str
    references: str
    attachments: list[tuple[str, bytes]] = field(default_factory=list)


def draft_letter(raw: bytes) -> DraftLetter:
    msg = parse_message(raw)

    def header(name: str) -> str:
        return " ".join(str(msg.get(name, "")).split())

    def recipients(name: str) -> str:
        return ", ".join(r for r in (header(name), header(f"{UNFINISHED_HEADER}-{name}")) if r)

    text = msg.get_body(preferencelist=("plain", "html"))
    body = str(text.get_content()) if isinstance(text, EmailMessage) else ""
    if isinstance(text, EmailMessage) and text.get_content_type() == "text/html":
        body = html_to_text(body)
    attachments = []
    for part in msg.iter_attachments():
        data = part.get_payload(decode=True)
        if isinstance(part, EmailMessage) and isinstance(data, bytes):
            attachments.append((part.get_filename() or "attachment", data))
    references = header("References").split()
    in_reply_to = header("In-Reply-To")
    return DraftLetter(
        draft_id=header(DRAFT_HEADER),
        message_id=header("Message-ID"),
        to=recipients("To"),
        cc=recipients("Cc"),
        bcc=recipients("Bcc"),
        subject=header("Subject"),
        body=body.replace("\r\n", "\n"),
        in_reply_to=in_reply_to,
        # the answered letter is added again when the draft is sent
        references=" ".join(r for r in references if r != in_reply_to),
        attachments=attachments,
    )
