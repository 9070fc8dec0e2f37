"""What the reading pane shows of a letter, computed without Qt: headers, a sanitised HTML body
with remote content blocked until allowed, and attachments with names safe to save.

Sanitising keeps an allow-list of tags and attributes; scripts, styles, frames, forms and event
handlers never pass; remote images and links are kept only when the user allowed them for this
letter. Attachment names lose paths, control characters and device names, and saving checks
that the target stays inside the chosen folder.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from ..store.mailparse import attachments_of, body_content_of, parse_message, structure_problem, walk_parts
from ..store.rawmime import Part, decoded, parse

ALLOWED_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "div",
    "em",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
    "center",
}
DROP_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "form",
    "noscript",
    "svg",
    "math",
    "template",
    "head",
    "title",
}
# each allowed attribute with the form its value must have: a value that does not match is
# dropped, so nothing but plain text, numbers and colours reaches the output (no url(), no quotes)
_NUMBER = re.compile(r"^\s*\d{1,4}%?\s*$")
_TEXT = re.compile(r"^[^<>\"'`=]*$")
ALLOWED_ATTRS: dict[str, re.Pattern[str]] = {
    "align": re.compile(r"^(left|right|center|justify)$", re.IGNORECASE),
    "valign": re.compile(r"^(top|middle|bottom|baseline)$", re.IGNORECASE),
    "alt": _TEXT,
    "title": _TEXT,
    "border": _NUMBER,
    "cellpadding": _NUMBER,
    "cellspacing": _NUMBER,
    "colspan": _NUMBER,
    "rowspan": _NUMBER,
    "height": _NUMBER,
    "width": _NUMBER,
    "size": re.compile(r"^\s*[+-]?\d{1,2}\s*$"),
    "color": re.compile(r"^(#[0-9a-f]{3,8}|[a-z]{3,20})$", re.IGNORECASE),
    "face": re.compile(r"^[\w ,.-]{1,100}$"),
}
_CID = re.compile(r"^cid:[\w.@%+-]{1,200}$")
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$")
_REMOTE = re.compile(r"^(https?:)?//[^\s<>\"'`]+$")
_MAILTO = re.compile(r"^mailto:[^\s<>\"'`]+$")
VOID = {"br", "hr", "img"}
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


class _Sanitizer(HTMLParser):
    def __init__(self, allow_remote: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.allow_remote = allow_remote
        self.out: list[str] = []
        self.skip = 0
        self.blocked = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROP_WITH_CONTENT:
            self.skip += 1
            return
        if self.skip or tag not in ALLOWED_TAGS:
            return
        kept = []
        for name, raw_value in attrs:
            value = (raw_value or "").strip()
            if name in ALLOWED_ATTRS:
                if ALLOWED_ATTRS[name].match(value):
                    kept.append(f'{name}="{html.escape(value)}"')
            elif tag == "img" and name == "src":
                if _CID.match(value) or _DATA_IMAGE.match(value):
                    kept.append(f'src="{html.escape(value)}"')
                elif _REMOTE.match(value):
                    if self.allow_remote:
                        kept.append(f'src="{html.escape(value)}"')
                    else:
                        self.blocked += 1
            elif tag == "a" and name == "href":
                if _MAILTO.match(value) or (self.allow_remote and _REMOTE.match(value)):
                    kept.append(f'href="{html.escape(value)}"')
                elif _REMOTE.match(value):
                    self.blocked += 1
                    kept.append(f'title="{html.escape(value)}"')
        self.out.append(f"<{tag}{' ' if kept else ''}{' '.join(kept)}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in DROP_WITH_CONTENT:
            self.skip = max(0, self.skip - 1)
            return
        if not self.skip and tag in ALLOWED_TAGS and tag not in VOID:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(html.escape(data))


def sanitize_html(source: str, allow_remote: bool = False) -> tuple[str, int]:
    """(safe HTML, number of remote images and links blocked)."""
    parser = _Sanitizer(allow_remote)
    parser.feed(source)
    parser.close()
    return "".join(parser.out), parser.blocked


def text_to_html(text: str) -> str:
    """Plain text as HTML; CRLF and lone CR become one line break each (a signed letter's text
    keeps the CRLF of its wire form, which a <pre> would show as two)."""
    escaped = html.escape(text.replace("\r\n", "\n").replace("\r", "\n"))
    linked = re.sub(r"(https?://[^\s<]+)", r'<span title="\1">\1</span>', escaped)
    return f"<pre style='white-space: pre-wrap; font-family: sans-serif'>{linked}</pre>"


def safe_filename(name: str, fallback: str = "attachment") -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE_NAME.sub("_", base).strip(" .")
    if not base or base.split(".")[0].lower() in _RESERVED:
        base = fallback + ("_" + base if base else "")
    return base[:200]


def save_attachment(data: bytes, name: str, folder: Path) -> Path:
    """Write into ``folder`` under a safe, non-clobbering name; never anywhere else."""
    folder = folder.resolve()
    target = (folder / safe_filename(name)).resolve()
    if target.parent != folder:
        raise ValueError(f"refusing to write outside {folder}")
    stem, suffix = target.stem, target.suffix
    counter = 1
    while target.exists():
        target = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    target.write_bytes(data)
    return target


@dataclass
class AttachmentView:
    name: str
    content_type: str
    size: int
    data: bytes


@dataclass
class LetterView:
    subject: str
    sender: str
    to: str
    cc: str
    date: str
    body_html: str
    blocked_remote: int
    attachments: list[AttachmentView] = field(default_factory=list)
    problem: str = ""  # set when the letter could not be shown; the body then says so
    inline_images: dict[str, bytes] = field(default_factory=dict, repr=False)  # by Content-ID, for cid: links


SIGNED_DATA_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")


def _content_root(msg: EmailMessage) -> EmailMessage:
    """The letter's content: inside multipart/signed it is the first part; inside an opaque
    S/MIME (application/pkcs7-mime) letter it is the entity the CMS carries."""
    if msg.get_content_type() == "multipart/signed":
        first = next(iter(msg.iter_parts()), None)
        if isinstance(first, EmailMessage):
            return first
    if msg.get_content_type() in SIGNED_DATA_TYPES:
        inner = _opaque_content(msg)
        if inner is not None:
            return parse_message(inner)
    return msg


def _opaque_content(msg: EmailMessage) -> bytes | None:
    from ..crypto.cms import parse_signed_data
    from ..crypto.errors import CRYPTO_OR_ASN1_ERRORS

    payload = msg.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return None
    try:
        content = parse_signed_data(payload)["encap_content_info"]["content"]
        return bytes(content.contents) if content else None
    except CRYPTO_OR_ASN1_ERRORS:
        return None


def letter_view(raw: bytes, allow_remote: bool = False) -> LetterView:
    """What the reading pane shows; a letter that cannot be taken apart (hostile nesting, a
    broken structure) or is too large to take apart in full still shows its headers, its text and
    its attachments as the raw structure gives them, and says why."""
    root = parse(raw)
    problem = structure_problem(root)
    if not problem:
        try:
            return _letter_view(raw, allow_remote)
        except (RecursionError, LookupError, ValueError, TypeError, AttributeError, IndexError) as exc:
            problem = "too deeply nested" if isinstance(exc, RecursionError) else f"damaged structure ({exc})"
    return _plain_view(root, problem)


def _plain_view(root: Part, problem: str) -> LetterView:
    """The letter read from its raw structure alone (bounded in depth and parts): plain text, no
    HTML, attachments as they are."""
    content = body_content_of(root)
    parts = walk_parts(root)
    attachments = [
        AttachmentView(safe_filename(a.filename), a.content_type, a.size, parts[a.part_index].decoded_body())
        for a in content.attachments
        if a.part_index < len(parts)
    ]
    return LetterView(
        decoded(root.get("Subject")),
        decoded(root.get("From")),
        decoded(root.get("To")),
        decoded(root.get("Cc")),
        decoded(root.get("Date")),
        text_to_html(content.text),
        0,
        attachments,
        problem,
    )


def _letter_view(raw: bytes, allow_remote: bool) -> LetterView:
    envelope = parse_message(raw)
    msg = _content_root(envelope)
    body_html, blocked = _body(msg, allow_remote)
    attachments = []
    parts = list(msg.walk())
    for attachment in attachments_of(msg):
        part = parts[attachment.part_index]
        payload = part.get_payload(decode=True)
        attachments.append(
            AttachmentView(
                safe_filename(attachment.filename),
                attachment.content_type,
                attachment.size,
                payload if isinstance(payload, bytes) else b"",
            )
        )
    return LetterView(
        str(envelope.get("Subject", "")),
        str(envelope.get("From", "")),
        str(envelope.get("To", "")),
        str(envelope.get("Cc", "")),
        str(envelope.get("Date", "")),
        body_html,
        blocked,
        attachments,
        inline_images=_inline_images(parts),
    )


def _inline_images(parts: list[EmailMessage]) -> dict[str, bytes]:
    """Images the letter carries for its own HTML (``<img src="cid:…">``): shown without any network."""
    images = {}
    for part in parts:
        content_id = str(part.get("Content-ID", "")).strip().strip("<>")
        if content_id and part.get_content_maintype() == "image":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                images[content_id] = payload
    return images


def _body(msg: EmailMessage, allow_remote: bool) -> tuple[str, int]:
    part = msg.get_body(preferencelist=("html", "plain"))
    if part is None:
        return text_to_html(""), 0
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if part.get_content_type() == "text/html":
        return sanitize_html(str(content), allow_remote)
    return text_to_html(str(content)), 0
