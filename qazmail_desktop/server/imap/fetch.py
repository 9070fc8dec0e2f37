"""The FETCH items (RFC 3501 6.4.5): a table of the simple ones, sections for the rest."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...store.rawmime import parse, section
from ..imapformat import bodystructure, envelope, flag_list, imap_date, literal
from ..imapparse import Token, text_of
from ..mailstore import StoredMessage
from .connection import Bad

MACROS = {
    "ALL": ["FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE"],
    "FAST": ["FLAGS", "INTERNALDATE", "RFC822.SIZE"],
    "FULL": ["FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE", "BODY"],
}
_BODY_ITEM = re.compile(r"^(BODY|BODY\.PEEK|BINARY\.PEEK|BINARY)\[([^\]]*)\](?:<(\d+)(?:\.(\d+))?>)?$", re.I)
_RFC822_SECTIONS = {"RFC822": "", "RFC822.HEADER": "HEADER", "RFC822.TEXT": "TEXT"}


@dataclass
class FetchedMessage:
    """One message being answered: its row, its current flags, its bytes read at most once."""

    message: StoredMessage
    flags: frozenset[str]
    read: Callable[[str], bytes]
    _raw: bytes | None = field(default=None, repr=False)

    @property
    def raw(self) -> bytes:
        if self._raw is None:
            self._raw = self.read(self.message.blob)
        return self._raw


SIMPLE_ITEMS: dict[str, Callable[[FetchedMessage], bytes]] = {
    "UID": lambda m: b"UID %d" % m.message.uid,
    "FLAGS": lambda m: b"FLAGS " + flag_list(m.flags),
    "INTERNALDATE": lambda m: b"INTERNALDATE " + imap_date(m.message.internaldate),
    "RFC822.SIZE": lambda m: b"RFC822.SIZE %d" % m.message.size,
    "MODSEQ": lambda m: b"MODSEQ (%d)" % m.message.modseq,
    "ENVELOPE": lambda m: b"ENVELOPE " + envelope(parse(m.raw)),
    "BODYSTRUCTURE": lambda m: b"BODYSTRUCTURE " + bodystructure(parse(m.raw)),
    "BODY": lambda m: b"BODY " + bodystructure(parse(m.raw), extended=False),
}


def item_names(items: list[Token]) -> list[str]:
    """The requested items, macros expanded; names upper-cased but not what is inside brackets
    (HEADER.FIELDS lists keep their spelling)."""
    names = [text_of(i).upper() if not isinstance(i, list) else "" for i in items]
    if len(names) == 1 and names[0] in MACROS:
        return list(MACROS[names[0]])
    out = []
    for item in items:
        if isinstance(item, list):
            raise Bad("unexpected list in FETCH items")
        head, bracket, rest = text_of(item).partition("[")
        name = head.upper() + bracket + rest
        if name not in SIMPLE_ITEMS and name not in _RFC822_SECTIONS and _BODY_ITEM.match(name) is None:
            raise Bad(f"unknown FETCH item {name[:40]}")
        out.append(name)
    return out


def sets_seen(name: str) -> bool:
    """Whether fetching this item marks the letter \\Seen (everything of its body but PEEK)."""
    if name in ("RFC822", "RFC822.TEXT"):
        return True
    match = _BODY_ITEM.match(name)
    return match is not None and ".PEEK" not in match.group(1).upper()


def render(fetched: FetchedMessage, names: list[str]) -> list[bytes]:
    """The response's items, in the order asked (``names`` from ``item_names``)."""
    parts: list[bytes] = []
    for name in names:
        simple = SIMPLE_ITEMS.get(name)
        if simple is not None:
            parts.append(simple(fetched))
        elif name in _RFC822_SECTIONS:
            raw = fetched.raw
            parts.append(name.encode() + b" " + literal(section(parse(raw), _RFC822_SECTIONS[name], raw)))
        else:
            parts.append(_body_section(fetched.raw, name))
    return parts


def _body_section(raw: bytes, name: str) -> bytes:
    match = _BODY_ITEM.match(name)
    assert match is not None  # item_names let only known items through
    kind, spec, origin, length = match.groups()
    data = section_bytes(raw, spec)
    label = f"{kind.upper().replace('.PEEK', '')}[{spec}]"
    if origin is not None:
        start = int(origin)
        data = data[start : start + int(length)] if length is not None else data[start:]
        label += f"<{start}>"
    return label.encode() + b" " + literal(data)


def section_bytes(raw: bytes, spec: str) -> bytes:
    """A body section's bytes, with HEADER.FIELDS (.NOT) filtering of header lines."""
    upper = spec.upper()
    fields_match = re.match(r"^(.*?)(HEADER\.FIELDS(?:\.NOT)?)\s*\((.*)\)$", upper)
    if fields_match is None:
        return section(parse(raw), upper, raw)
    prefix, kind, field_list = fields_match.groups()
    header = section(parse(raw), (prefix + "HEADER").strip("."), raw)
    wanted = {f.strip('"').lower() for f in field_list.split()}
    keep_matching = not kind.endswith(".NOT")
    out: list[bytes] = []
    keep = False
    for line in header.splitlines(keepends=True):
        if line in (b"\r\n", b"\n"):
            break
        if line[:1] in (b" ", b"\t"):
            if keep:
                out.append(line)
            continue
        name = line.split(b":", 1)[0].decode("ascii", "replace").strip().lower()
        keep = (name in wanted) == keep_matching
        if keep:
            out.append(line)
    return b"".join(out) + b"\r\n"
