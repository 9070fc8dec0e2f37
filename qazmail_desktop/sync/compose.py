"""Building outgoing letters (RFC 5322 / MIME) from what the user wrote."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate, getaddresses, make_msgid
from pathlib import Path

from ..store.cache import Account
from ..userfiles import UnreadableFileError, read_regular_file
from .errors import MailError

MAX_ATTACHMENT = 100 << 20


@dataclass
class Draft:
    to: list[str]
    subject: str
    body: str
    cc: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    attachments: list[Path] = field(default_factory=list)
    html: str | None = None
    in_reply_to: str = ""
    references: str = ""


def valid_addresses(values: list[str]) -> list[str]:
    out = []
    for _name, addr in getaddresses(values):
        if not addr or "@" not in addr or addr.startswith("@") or addr.endswith("@"):
            raise MailError(f"not an e-mail address: {addr or ', '.join(values)}")
        out.append(addr)
    return out


# Half-typed recipients of a draft: X-QazMail-Unfinished-To, -Cc, -Bcc.
UNFINISHED_HEADER = "X-QazMail-Unfinished"


def _is_address(text: str) -> bool:
    try:
        valid_addresses([text])
    except MailError:
        return False
    return True


def build_message(account: Account, draft: Draft) -> EmailMessage:
    """The letter to send: it needs a recipient, and every address must be one."""
    if not draft.to and not draft.cc and not draft.bcc:
        raise MailError("the letter has no recipient")
    valid_addresses(draft.to + draft.cc + draft.bcc)
    return letter_of(account, draft)


def letter_of(account: Account, draft: Draft) -> EmailMessage:
    """The letter as written so far. A draft may lack recipients or hold half-typed addresses
    ("dana@"): those, which no address header can carry, are kept as typed in UNFINISHED_HEADER."""
    for what, value in (
        ("subject", draft.subject),
        ("your name", account.display_name),
        ("In-Reply-To", draft.in_reply_to),
        ("References", draft.references),
        *(("recipient", address) for address in draft.to + draft.cc + draft.bcc),
    ):
        if "\r" in value or "\n" in value:  # a line break would start a header of its own (Bcc: …)
            raise MailError(f"the {what} may not contain line breaks")
    msg = EmailMessage()
    msg["From"] = formataddr((account.display_name, account.email)) if account.display_name else account.email
    for name, addresses in (("To", draft.to), ("Cc", draft.cc), ("Bcc", draft.bcc)):
        complete: list[str] = []
        unfinished: list[str] = []
        for address in addresses:
            (complete if _is_address(address) else unfinished).append(address)
        if complete:
            msg[name] = ", ".join(complete)
        if unfinished:
            msg[f"{UNFINISHED_HEADER}-{name}"] = ", ".join(unfinished)
    msg["Subject"] = draft.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=account.email.rsplit("@", 1)[-1])
    if draft.in_reply_to:
        msg["In-Reply-To"] = draft.in_reply_to
        msg["References"] = (draft.references + " " + draft.in_reply_to).strip()
    msg["User-Agent"] = "QazMail Desktop"
    msg.set_content(draft.body)
    if draft.html:
        msg.add_alternative(draft.html, subtype="html")
    for path in draft.attachments:
        add_attachment(msg, path)
    return msg


def read_attachment(path: Path) -> bytes:
    """A file the user attaches: a regular file within ``MAX_ATTACHMENT``, else a ``MailError``."""
    try:
        return read_regular_file(path, "attachment", MAX_ATTACHMENT)
    except UnreadableFileError as exc:
        raise MailError(str(exc)) from exc


def add_attachment(msg: EmailMessage, path: Path, filename: str | None = None) -> None:
    data = read_attachment(path)
    ctype, _ = mimetypes.guess_type(path.name)
    maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename or path.name)


def envelope_recipients(msg: EmailMessage) -> list[str]:
    return [addr for _n, addr in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", []) + msg.get_all("Bcc", []))]


def without_bcc(msg: EmailMessage) -> bytes:
    """The bytes every recipient sees: Bcc is for the envelope only (the original keeps it)."""
    raw = wire_bytes(msg)
    if "Bcc" not in msg:
        return raw
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    kept: list[bytes] = []
    skipping = False
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                kept.append(line)
            continue
        skipping = line.lower().startswith(b"bcc:")
        if not skipping:
            kept.append(line)
    return b"".join(kept) + sep + body


def wire_bytes(msg: EmailMessage) -> bytes:
    """The letter as it travels: CRLF line ends, as SMTP and IMAP require."""
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
