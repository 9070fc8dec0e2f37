"""One reading of a letter, for everything that judges or shows it.

The verdict, the reading pane, ``show``, print and the document card all start from
``read_letter``: the same tree of parts (``store.rawmime``), the same signed entity, the same
ambiguities. What the pane shows of a letter whose whole content is signed is taken from the
signed entity itself — the exact bytes the signature covers (a multipart/signed's first part, or
the content inside an opaque S/MIME CMS) — never from anything around it, and never re-read by
another parser. A letter whose structure another reader could take apart differently carries
its ``ambiguities``, and no verdict calls it signed.

RFC 8551 §3.1 lets a signed entity carry its own copies of Subject, From, To, Cc and Date
("protected headers"): those are shown, and an outer copy that differs is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..crypto.cms import content_inside, parse_signed_data
from ..crypto.errors import CRYPTO_OR_ASN1_ERRORS
from ..signaturenames import CMS_SUFFIXES, SIGNATURE_SUFFIXES
from ..store.mailparse import mentions_signature
from ..store.rawmime import Ambiguity, Part, decoded, parse, problems_of

SIGNATURE_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature")
SIGNED_DATA_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")
PROTECTED_HEADERS = ("Subject", "From", "To", "Cc", "Date")  # RFC 8551 §3.1: signed copies inside the entity
MAX_ENCLOSED = 8


def walk(part: Part) -> list[Part]:
    """Every part, depth first, the enclosed letters of message/rfc822 parts included (iterative:
    a hostile letter's nesting never exhausts the stack)."""
    out = []
    stack = [part]
    while stack:
        current = stack.pop()
        out.append(current)
        inner = [*current.children, *([current.message] if current.message is not None else [])]
        stack.extend(reversed(inner))
    return out


def is_multipart_signed(part: Part) -> bool:
    if part.content_type != "multipart/signed" or len(part.children) != 2:
        return False
    protocol = part.params.get("protocol", "").lower()
    return protocol in SIGNATURE_TYPES or part.children[1].content_type in SIGNATURE_TYPES


def is_opaque_signed(part: Part) -> bool:
    """application/pkcs7-mime as the letter's content (S/MIME names it smime.p7m), not a .p7m file."""
    if part.children or part.content_type not in SIGNED_DATA_TYPES:
        return False
    name = part.filename().lower()
    return name == "smime.p7m" or not name.endswith(CMS_SUFFIXES)


def is_signed_entity(part: Part) -> bool:
    return is_multipart_signed(part) or is_opaque_signed(part)


def _decode_enclosed(root: Part) -> None:
    """Parse the letters inside base64/quoted-printable message/rfc822 parts (mail programs do
    send them so), once and at most ``MAX_ENCLOSED`` of them, so every later walk sees the same parts."""
    pending, count = [root], 0
    while pending:
        for part in walk(pending.pop()):
            encoding = (part.get("Content-Transfer-Encoding") or "").strip().lower()
            if part.message is not None and encoding in ("base64", "quoted-printable") and count < MAX_ENCLOSED:
                part.message = parse(part.decoded_body())
                count += 1
                pending.append(part.message)


def _whole_letter_entity(root: Part) -> Part | None:
    """The part whose signature covers everything the letter shows: the root itself, or the only
    part inside single-part containers; None when the letter has anything else beside it."""
    part = root
    while True:
        if is_signed_entity(part):
            return part
        if part.content_type.startswith("multipart/") and len(part.children) == 1:
            part = part.children[0]
            continue
        return None


def embedded_document(cms_bytes: bytes) -> bytes | None:
    """The document inside an attached CMS (an opaque S/MIME part's, a .cms file's); None for a
    detached or unreadable one."""
    try:
        return content_inside(parse_signed_data(cms_bytes))
    except CRYPTO_OR_ASN1_ERRORS:
        return None


def signed_content(entity: Part) -> tuple[bytes, Part] | None:
    """The exact bytes a signed entity's signature covers, and those bytes taken apart: a
    multipart/signed's first part as it stands in the letter, or an opaque CMS's content."""
    if is_multipart_signed(entity):
        signed = entity.children[0]
        return signed.header + signed.body, signed
    inner = embedded_document(entity.decoded_body())
    if inner is None:
        return None
    return inner, parse(inner)


def _one_line(value: str | None) -> str:
    return " ".join(decoded(value).split())


@dataclass
class LetterReading:
    """A letter taken apart once; see the module's docstring."""

    root: Part
    ambiguities: list[Ambiguity]
    entity: Part | None = None  # the signed entity that covers the whole letter
    content: Part | None = None  # what the letter shows: the signed content, else the root
    signed_bytes: bytes | None = None  # the bytes the whole-letter signature covers
    differing_headers: list[str] = field(default_factory=list)  # outer copies unlike the signed ones

    @property
    def shown(self) -> Part:
        return self.content if self.content is not None else self.root

    def header(self, name: str) -> str:
        """A header as shown: the signed entity's own copy when it carries one (RFC 8551 §3.1),
        else the letter's; decoded and on one line."""
        if self.content is not None and self.content.get(name) is not None:
            return _one_line(self.content.get(name))
        return self.outer_header(name)

    def outer_header(self, name: str) -> str:
        """The letter's own header line, decoded and on one line (what an ambiguous letter shows)."""
        return _one_line(self.root.get(name))

    @property
    def claims_signature(self) -> bool:
        """Whether any reader could find a signature in the letter: a signed entity or a signature
        file in this reading, or a signature's media type anywhere in its bytes. An ambiguous letter
        that claims one is never shown as any reading of it."""
        if mentions_signature(self.root):
            return True
        return any(
            is_signed_entity(part) or part.filename().lower().endswith(SIGNATURE_SUFFIXES) for part in walk(self.root)
        )

    @property
    def headers_signed(self) -> bool:
        """Whether the signed entity carries its own Subject/From (protected headers)."""
        return self.content is not None and any(self.content.get(name) for name in ("Subject", "From"))


def read_letter(raw: bytes) -> LetterReading:
    root = parse(raw)
    _decode_enclosed(root)
    reading = LetterReading(root, problems_of(root))
    entity = _whole_letter_entity(root)
    if entity is None:
        return reading
    reading.entity = entity
    inside = signed_content(entity)
    if inside is None:
        return reading
    reading.signed_bytes, reading.content = inside
    if not is_multipart_signed(entity):  # an opaque CMS's content is a tree of its own, not yet looked at
        reading.ambiguities += [p for p in problems_of(reading.content) if p not in reading.ambiguities]
    for name in PROTECTED_HEADERS:
        signed = reading.content.get(name)
        if signed is not None and _one_line(signed) != _one_line(root.get(name)):
            reading.differing_headers.append(name)
    return reading
