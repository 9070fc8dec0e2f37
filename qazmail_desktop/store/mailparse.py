"""What the cache keeps of a message for lists and search, parsed from its raw bytes."""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..signaturenames import SIGNATURE_SUFFIXES, is_signed_xml
from . import rawmime
from .rawmime import Part

if TYPE_CHECKING:  # the email package's full parser is loaded by parse_message, not at start-up
    from email.message import EmailMessage

MAX_INDEXED_TEXT = 200_000  # characters of body text kept for search per message


@dataclass
class Attachment:
    filename: str
    content_type: str
    size: int
    part_index: int  # position in walk_parts(), to find it again


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
    references: str = ""
    unreadable: str = ""  # why the letter could not be read: it is kept whole and listed by its headers

    @property
    def has_attachments(self) -> bool:
        return bool(self.attachments)

    @property
    def thread(self) -> str:
        return thread_of(self.message_id, self.in_reply_to, self.references)


_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def thread_of(message_id: str, in_reply_to: str, references: str) -> str:
    """The conversation a letter belongs to, named by its first letter's Message-ID: the first of
    References (RFC 5322 lists the root first), else the letter it answers, else its own."""
    for header in (references, in_reply_to, message_id):
        found = _MESSAGE_ID.search(header)
        if found:
            return found.group(0)
    return ""


SIGNATURE_TYPES = {
    "application/pkcs7-signature",
    "application/x-pkcs7-signature",
    "application/pkcs7-mime",
    "application/x-pkcs7-mime",
}


# A tag: what lies between a "<" and the next ">" with no "<" inside, so every scan stops at the
# next "<" and the whole text is read once (a tag that never closes costs nothing more).
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)?[^<>]*>")


def html_to_text(source: str) -> str:
    """The words of an HTML body, for search and for a body too large to sanitise: tags dropped,
    scripts and styles with their content, entities decoded. One linear pass holding only slices
    of the text: the HTML parser kept every attribute of a tag as objects, and a 10 MB letter of
    ``<p a=b a=b …>`` took 2 GB."""
    kept: list[str] = []
    skipping = ""
    position = 0
    for tag in _TAG.finditer(source):
        if not skipping:
            kept.append(source[position : tag.start()])
        name = (tag.group(2) or "").lower()
        if name in ("script", "style"):
            if tag.group(1) and skipping == name:
                skipping = ""
            elif not tag.group(1) and not skipping:
                skipping = name
        position = tag.end()
    if not skipping:
        kept.append(source[position:])
    return " ".join(html.unescape(" ".join(kept)).split())


MAX_SHOWN_PARTS = 1_000  # parts a view takes apart in full: a letter of 200,000 parts is shown simply
MAX_HEADER_BLOCK = 64 << 10  # and the largest header block it shows in full


def structure_problem(root: Part) -> str:
    """Why the letter is too large or too deep to show in full (it is then shown in a simple
    form), measured on its raw structure (``rawmime.parse``) in linear time; "" when it is not."""
    parts, deepest, largest_header = 0, 0, 0
    stack = [(root, 0)]
    while stack:
        part, depth = stack.pop()
        parts += 1
        deepest = max(deepest, depth)
        largest_header = max(largest_header, len(part.header))
        stack += [(child, depth + 1) for child in part.children]
        if part.message is not None:
            stack.append((part.message, depth + 1))
    if deepest >= rawmime.MAX_DEPTH:
        return f"its parts are nested more than {rawmime.MAX_DEPTH} levels deep"
    if parts > MAX_SHOWN_PARTS:
        return f"it has more than {MAX_SHOWN_PARTS:,} parts"
    if largest_header > MAX_HEADER_BLOCK:
        return f"it has a header of {largest_header >> 10:,} KB"
    return ""


def parse_message(raw: bytes) -> EmailMessage:
    """The whole letter as the email package sees it, to compose from it again (drafts, sending);
    never to show or judge a letter: that is ``rawmime``'s one reading."""
    import email.policy
    from email.message import EmailMessage

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def thread_of_letter(raw: bytes) -> str:
    """``thread_of`` from the letter's header alone (a cache made before threads were kept)."""
    header = Part(rawmime.split_header(raw)[0], b"")
    return thread_of(header.get("Message-ID") or "", header.get("In-Reply-To") or "", header.get("References") or "")


def walk_parts(root: Part) -> list[Part]:
    """Every part, depth first, in the order ``Attachment.part_index`` counts them."""
    out = []
    stack = [root]
    while stack:
        part = stack.pop()
        out.append(part)
        stack.extend(reversed(part.children))
    return out


@dataclass
class BodyContent:
    """What search needs of a letter's body: its text and its attachments."""

    text: str
    attachments: list[Attachment]
    signed: bool


# a signature's media type anywhere in the bytes: what another reader of an ambiguous letter could
# find and verify even where this reader's structure has none
_SIGNATURE_MENTION = re.compile(rb"(?i)pkcs7-(?:signature|mime)|\.p7[sm]\b")


def mentions_signature(root: Part) -> bool:
    return bool(_SIGNATURE_MENTION.search(root.header) or _SIGNATURE_MENTION.search(root.body))


def _body(root: Part, with_text: bool) -> BodyContent:
    texts: list[str] = []
    html_texts: list[str] = []
    attachments: list[Attachment] = []
    signed = root.content_type in ("multipart/signed", "application/pkcs7-mime", "application/x-pkcs7-mime")
    for index, part in enumerate(walk_parts(root)):
        if part.children:
            continue
        filename = part.filename()
        disposition = part.disposition
        if (
            part.content_type in SIGNATURE_TYPES
            or filename.lower().endswith(SIGNATURE_SUFFIXES)
            # only an .xml attachment is decoded to look for an XML signature in it
            or (not signed and filename.lower().endswith(".xml") and is_signed_xml(filename, part.decoded_body()))
        ):
            signed = True
        if filename or disposition == "attachment":
            attachments.append(Attachment(filename or "attachment", part.content_type, part.decoded_size(), index))
            continue
        if not with_text:
            continue
        if part.content_type == "text/plain":
            texts.append(part.text())
        elif part.content_type == "text/html":
            html_texts.append(html_to_text(part.text()))
    if not signed and rawmime.problems_of(root) and mentions_signature(root):  # the byte scan only when ambiguous
        signed = True  # ambiguous, and another reader could find a signature: it is checked (and refused)
    text = "\n".join(texts) if texts else "\n".join(html_texts)
    return BodyContent(text[:MAX_INDEXED_TEXT], attachments, signed)


def body_content(raw: bytes) -> BodyContent:
    """The body text and attachments alone (the search indexer has the headers already); a
    letter whose body cannot be read is indexed by its headers alone."""
    try:
        return body_content_of(rawmime.parse(raw))
    except Exception:  # the quarantine boundary: one hostile letter never stops the index
        return BodyContent("", [], False)


def attachments_of(root: Part) -> list[Attachment]:
    """The attachments of a letter already taken apart, without decoding its text."""
    return _body(root, with_text=False).attachments


def body_content_of(root: Part) -> BodyContent:
    """``body_content`` of a letter already taken apart."""
    return _body(root, with_text=True)


def summarize(raw: bytes, with_text: bool = True) -> MessageSummary:
    """What lists and search need, from a fast byte-level MIME walk (the email package's full
    header parsing is ten times slower and a first sync parses every letter). Decoding the body
    text is most of the work, and the message list does not need it: ``with_text`` False skips it.

    This is the quarantine boundary of a sync: a letter whose reading fails in any way is
    summarised from its header block alone with ``unreadable`` saying why, so it is stored whole,
    listed and found by its headers, and the sync goes on with the next one."""
    try:
        return _summary(raw, with_text)
    except Exception as exc:  # see above: any failure quarantines this one letter
        return _quarantined(raw, f"{type(exc).__name__}: {exc}"[:200])


def _quarantined(raw: bytes, why: str) -> MessageSummary:
    """A letter that could not be read, named by its header as far as the header can be read."""
    try:
        fields = dict(
            (name.lower(), value) for name, value in rawmime.read_header_block(rawmime.split_header(raw)[0])[0]
        )
    except Exception:  # not even the header: the letter is listed without one
        fields = {}

    return _from_headers(lambda name: " ".join(fields.get(name.lower(), "").split())[:1000], None, None, why)


def _summary(raw: bytes, with_text: bool) -> MessageSummary:
    root = rawmime.parse(raw)
    date_text = root.get("Date")
    try:
        date = email.utils.parsedate_to_datetime(date_text) if date_text else None
    except (ValueError, TypeError, IndexError):
        date = None
    if date is not None and date.tzinfo is None:
        date = date.replace(tzinfo=dt.UTC)
    return _from_headers(lambda name: " ".join(rawmime.decoded(root.get(name)).split()), date, _body(root, with_text))


def _from_headers(
    header: Callable[[str], str], date: dt.datetime | None, body: BodyContent | None, unreadable: str = ""
) -> MessageSummary:
    return MessageSummary(
        subject=header("Subject"),
        sender=header("From"),
        to=header("To"),
        cc=header("Cc"),
        date=date,
        message_id=header("Message-ID"),
        in_reply_to=header("In-Reply-To"),
        references=header("References"),
        text=body.text if body else "",
        attachments=body.attachments if body else [],
        signed=body.signed if body else False,
        unreadable=unreadable,
    )
