"""What the reading pane shows of a letter, computed without Qt: headers, a sanitised HTML body
with remote content blocked until allowed, and attachments with names safe to save.

It reads the letter as the verdict does (``signing.reading.read_letter``: one parser, one tree):
a letter whose whole content is signed is shown from the signed entity's own bytes, so the text
under "Signature valid" is the text that was verified. A signed letter whose structure is
ambiguous is shown as its raw source, with the reasons, and never as a reading of it.

Sanitising keeps an allow-list of tags and attributes; scripts, styles, frames, forms and event
handlers never pass; remote images and links are kept only when the user allowed them for this
letter. Attachment names lose paths, control characters and device names, and saving checks
that the target stays inside the chosen folder.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..operations.attachments import safe_filename
from ..signing.presented import LetterFile, PresentedLetter, present
from ..store.mailparse import html_to_text
from ..store.rawmime import Ambiguity

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
# path and device characters, controls, and bidi controls (U+202E turns "invoice\u202efdp.exe" into a
# name that reads "…exe.pdf"): each becomes "_", in a name shown and in a name saved


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


AttachmentView = LetterFile  # what the pane lists, previews, opens and saves


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
    ambiguities: list[Ambiguity] = field(default_factory=list)  # why the structure can be read in more than one way
    raw_source: bool = False  # the body is the letter's raw source (a signed letter with an ambiguous structure)


MAX_SHOWN_HTML = 2 << 20  # characters of HTML sanitised for the pane; a larger body is shown as its text


def letter_view(raw: bytes, allow_remote: bool = False) -> LetterView:
    """What the reading pane shows (``signing.presented`` decides it; this turns it into HTML)."""
    letter = present(raw)
    if letter.raw_source is not None or letter.problem:
        body_html, blocked = text_to_html(letter.text()), 0
    else:
        body_html, blocked = _body(letter, allow_remote)
    return LetterView(
        letter.subject,
        letter.sender,
        letter.to,
        letter.cc,
        letter.date,
        body_html,
        blocked,
        [AttachmentView(safe_filename(a.name), a.content_type, a.size, a.data) for a in letter.attachments],
        letter.problem,
        letter.inline_images,
        letter.ambiguities,
        letter.raw_source is not None,
    )


def _body(letter: PresentedLetter, allow_remote: bool) -> tuple[str, int]:
    if not letter.texts:
        return text_to_html(""), 0
    shown: list[str] = []
    blocked = 0
    for part in letter.texts:
        content = part.text()
        if part.content_type != "text/html":
            shown.append(text_to_html(content))
        elif len(content) > MAX_SHOWN_HTML:
            shown.append(text_to_html(html_to_text(content)))
        else:
            safe, count = sanitize_html(content, allow_remote)
            shown.append(safe)
            blocked += count
    return "<hr>".join(shown), blocked
