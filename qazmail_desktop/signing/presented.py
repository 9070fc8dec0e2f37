"""What a letter presents to its reader — headers, the text parts, attachments — decided once for
the reading pane, ``show`` and print, from the one reading the verdict also uses (``reading``).

A letter whose whole content is signed presents the signed entity (the exact bytes verified);
a signed letter whose structure is ambiguous presents its raw source and the reasons, and no
reading of it; a letter too large or too deep to take apart in full presents the text its raw
structure gives, and says why. The window turns this into HTML (``ui.letterview``), the command
line into text: neither reads the letter again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..safetext import neutral
from ..signaturenames import is_signature_name
from ..store.mailparse import (
    SIGNATURE_TYPES,
    attachments_of,
    body_content_of,
    html_to_text,
    structure_problem,
    summarize,
    walk_parts,
)
from ..store.rawmime import Ambiguity, Part, decoded
from .reading import PROTECTED_HEADERS, read_letter, walk

MAX_RAW_SOURCE = 256 << 10  # bytes of an ambiguous letter's source presented


@dataclass
class LetterFile:
    """An attachment as the reader gets it: its name (bidi and path characters neutralised by the
    view that shows or saves it), type, decoded size and bytes."""

    name: str
    content_type: str
    size: int
    data: bytes = field(repr=False)

    @property
    def is_signature(self) -> bool:
        """A signature file (.cms .p7s .p7m .sig, or a PKCS#7 type): previewed and opened as one."""
        return is_signature_name(self.name) or self.content_type in SIGNATURE_TYPES


@dataclass
class PresentedLetter:
    subject: str
    sender: str
    to: str
    cc: str
    date: str
    texts: list[Part] = field(default_factory=list)  # the text parts shown, in the letter's order
    attachments: list[LetterFile] = field(default_factory=list)
    inline_images: dict[str, bytes] = field(default_factory=dict, repr=False)  # by Content-ID
    problem: str = ""  # too large or too deep: ``plain_text`` is what the raw structure gives
    plain_text: str = ""
    ambiguities: list[Ambiguity] = field(default_factory=list)
    raw_source: str | None = None  # a signed letter with an ambiguous structure: its bytes, no reading

    def text(self) -> str:
        """The letter's words as plain text (HTML parts by their words), for a terminal or print."""
        if self.raw_source is not None:
            return self.raw_source
        if self.problem:
            return self.plain_text
        return "\n\n".join(
            html_to_text(part.text()) if part.content_type == "text/html" else part.text() for part in self.texts
        )


def present(raw: bytes) -> PresentedLetter:
    """What the letter presents; a letter that cannot be read in any way presents its raw source
    and why (as a quarantined letter is listed), never an exception."""
    try:
        return _present(raw)
    except Exception as exc:  # the quarantine boundary of every view of a letter
        summary = summarize(raw, with_text=False)
        return PresentedLetter(
            neutral(summary.subject),
            neutral(summary.sender),
            neutral(summary.to),
            neutral(summary.cc),
            "",
            problem=f"it could not be read ({type(exc).__name__}: {exc})"[:300],
            plain_text=_source(raw),
        )


def _present(raw: bytes) -> PresentedLetter:
    reading = read_letter(raw)
    refused = bool(reading.ambiguities) and reading.claims_signature
    # a letter not shown as signed shows its own header lines, never those of the entity inside
    header = reading.outer_header if refused else reading.header
    subject, sender, to, cc, date = (neutral(header(name)) for name in PROTECTED_HEADERS)
    letter = PresentedLetter(subject, sender, to, cc, date, ambiguities=list(reading.ambiguities))
    problem = structure_problem(reading.root)
    if problem:
        letter.problem = problem
        letter.plain_text = body_content_of(reading.root).text
        letter.attachments = _attachments(reading.root)
        return letter
    if refused:
        letter.raw_source = _source(raw)
        return letter
    shown = reading.shown
    letter.texts = body_parts(shown)
    letter.attachments = _attachments(shown) + _enclosed_letters(shown)
    letter.inline_images = _inline_images(walk_parts(shown))
    return letter


def _source(raw: bytes) -> str:
    source = raw[:MAX_RAW_SOURCE].decode("utf-8", "replace")
    if len(raw) > MAX_RAW_SOURCE:
        source += f"\n… ({len(raw) - MAX_RAW_SOURCE:,} more bytes; save the letter to see them all)"
    return source


def _attachments(root: Part) -> list[LetterFile]:
    parts = walk_parts(root)
    return [
        LetterFile(a.filename, a.content_type, a.size, parts[a.part_index].decoded_body())
        for a in attachments_of(root)
        if a.part_index < len(parts)
    ]


def _enclosed_letters(shown: Part) -> list[LetterFile]:
    """Letters enclosed as message/rfc822 parts: offered as .eml files, never mixed into the text."""
    out = []
    for part in walk(shown):
        if part.message is not None and part is not shown:
            subject = " ".join(decoded(part.message.get("Subject")).split()) or "forwarded"
            data = part.decoded_body()
            out.append(LetterFile(subject[:80] + ".eml", "message/rfc822", len(data), data))
    return out


def _inline_images(parts: list[Part]) -> dict[str, bytes]:
    """Images the letter carries for its own HTML (``<img src="cid:…">``): shown without any network."""
    images = {}
    for part in parts:
        content_id = (part.get("Content-ID") or "").strip().strip("<>")
        if content_id and part.content_type.startswith("image/") and not part.children:
            images[content_id] = part.decoded_body()
    return images


def _is_inline_text(part: Part) -> bool:
    return (
        not part.children
        and part.message is None
        and part.content_type in ("text/plain", "text/html")
        and part.disposition != "attachment"
        and not part.filename()
    )


def body_parts(part: Part) -> list[Part]:
    """The text parts a reader is shown, in the letter's order: every inline text of a mixed
    letter (words beside a signed part are shown, never hidden), one of each multipart/alternative
    (its HTML, else its last plain text: RFC 2046 puts the richest last). Walked without recursion."""
    out: list[Part] = []
    stack = [part]
    while stack:
        current = stack.pop()
        if current.message is not None:
            continue  # an enclosed letter is an attachment of its own
        if current.content_type == "multipart/alternative" and current.children:
            stack.append(_preferred_alternative(current.children))
        elif current.children:
            stack.extend(reversed(current.children))
        elif _is_inline_text(current):
            out.append(current)
    return out


def _preferred_alternative(children: list[Part]) -> Part:
    for child in children:
        if child.content_type == "text/html" or any(p.content_type == "text/html" for p in walk_parts(child)):
            return child
    plain = [child for child in children if child.content_type == "text/plain"]
    return plain[-1] if plain else children[-1]
