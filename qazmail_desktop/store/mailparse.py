"""What the cache keeps of a message for lists and search, parsed from its raw bytes."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from html.parser import HTMLParser

MAX_INDEXED_TEXT = 200_000  # characters of body text kept for search per message


@dataclass
class Attachment:
    filename: str
    content_type: str
    size: int
    part_index: int  # position in EmailMessage.walk(), to find it again


@dataclass
class MessageSummary:
    subject: str
    sender: str
    to: str
    cc: str
    date: dt.datetime | None
    message_id: str
    in_reply_to: str
    text: str
    attachments: list[Attachment] = field(default_factory=list)
    signed: bool = False  # an S/MIME signature or a CMS/.sig/.p7s attachment is present

    @property
    def has_attachments(self) -> bool:
        return bool(self.attachments)


_SIGNATURE_TYPES = {
    "application/pkcs7-signature",
    "application/x-pkcs7-signature",
    "application/pkcs7-mime",
    "application/x-pkcs7-mime",
}
_SIGNATURE_SUFFIXES = (".cms", ".p7s", ".sig", ".p7m")


class _TextFromHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextFromHtml()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def parse_message(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except (ValueError, IndexError, AttributeError):  # malformed headers must not stop a sync
        value = msg.get_all(name, [""])[0] if name in msg else ""
    return " ".join(str(value).split()) if value is not None else ""


def _part_text(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


def attachments_of(msg: EmailMessage) -> list[Attachment]:
    found = []
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            continue
        filename = part.get_filename()
        disposition = part.get_content_disposition()
        if filename or disposition == "attachment":
            payload = part.get_payload(decode=True)
            size = len(payload) if isinstance(payload, bytes) else 0
            found.append(Attachment(filename or "attachment", part.get_content_type(), size, index))
    return found


def summarize(raw: bytes) -> MessageSummary:
    msg = parse_message(raw)
    try:
        date = email.utils.parsedate_to_datetime(_header(msg, "Date")) if msg.get("Date") else None
    except (ValueError, TypeError, IndexError):
        date = None
    if date is not None and date.tzinfo is None:
        date = date.replace(tzinfo=dt.UTC)
    texts: list[str] = []
    html_texts: list[str] = []
    signed = msg.get_content_type() in ("multipart/signed", "application/pkcs7-mime", "application/x-pkcs7-mime")
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype in _SIGNATURE_TYPES or (part.get_filename() or "").lower().endswith(_SIGNATURE_SUFFIXES):
            signed = True
        if part.get_content_disposition() == "attachment":
            continue
        if ctype == "text/plain":
            texts.append(_part_text(part))
        elif ctype == "text/html":
            html_texts.append(html_to_text(_part_text(part)))
    text = "\n".join(texts) if texts else "\n".join(html_texts)
    return MessageSummary(
        subject=_header(msg, "Subject"),
        sender=_header(msg, "From"),
        to=_header(msg, "To"),
        cc=_header(msg, "Cc"),
        date=date,
        message_id=_header(msg, "Message-ID"),
        in_reply_to=_header(msg, "In-Reply-To"),
        text=text[:MAX_INDEXED_TEXT],
        attachments=attachments_of(msg),
        signed=signed,
    )
