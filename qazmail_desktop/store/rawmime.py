"""MIME structure over the raw bytes, with exact offsets: what IMAP's BODY[section],
BODYSTRUCTURE and ENVELOPE need (the email package re-encodes; IMAP must not)."""

from __future__ import annotations

import binascii
import quopri
import urllib.parse
from dataclasses import dataclass, field
from email.header import decode_header, make_header


@dataclass
class Part:
    header: bytes  # header block including the blank line after it
    body: bytes
    content_type: str = "text/plain"
    params: dict[str, str] = field(default_factory=dict)
    children: list[Part] = field(default_factory=list)
    message: Part | None = None  # the enclosed message of a message/rfc822 part

    _parsed: list[tuple[str, str]] | None = field(default=None, repr=False)
    _first: dict[str, str] | None = field(default=None, repr=False)

    def headers(self) -> list[tuple[str, str]]:
        """(name, raw value) pairs, parsed once; encoded words stay as they are (see ``decoded``)."""
        if self._parsed is None:
            self._parsed = parse_headers(self.header)
        return self._parsed

    def get(self, name: str) -> str | None:
        """The first field of that name (any case); a summary asks a dozen, so they are looked up in a dict."""
        if self._first is None:
            self._first = {}
            for key, value in self.headers():
                self._first.setdefault(key.lower(), value)
        return self._first.get(name.lower())

    def decoded_body(self) -> bytes:
        """The body with its Content-Transfer-Encoding undone."""
        encoding = (self.get("Content-Transfer-Encoding") or "").strip().lower()
        if encoding == "base64":
            try:
                return binascii.a2b_base64(self.body)  # skips line breaks itself: no copy without them
            except (binascii.Error, ValueError):
                return b""
        if encoding == "quoted-printable":
            return quopri.decodestring(self.body)
        return self.body

    def decoded_size(self) -> int:
        """The size decode would give, without decoding (base64 is 3 bytes per 4 characters)."""
        encoding = (self.get("Content-Transfer-Encoding") or "").strip().lower()
        if encoding == "base64":
            compact = len(self.body) - self.body.count(b"\n") - self.body.count(b"\r") - self.body.count(b" ")
            return compact * 3 // 4 - self.body.count(b"=")
        return len(self.body)

    def text(self) -> str:
        """A text part's content as str, in its declared charset (UTF-8 when unknown or wrong)."""
        data = self.decoded_body()
        charset = self.params.get("charset", "utf-8").strip().lower() or "utf-8"
        try:
            return data.decode(charset, "replace")
        except (LookupError, UnicodeError, ValueError):
            # an unknown charset, or a codec that is no text encoding or refuses "replace" (idna,
            # punycode, undefined, a name with a NUL): a hostile letter must not stop a mailbox
            return data.decode("utf-8", "replace")

    def filename(self) -> str:
        """The attachment name from Content-Disposition or Content-Type, RFC 2231/2047 decoded."""
        for header, key in (("Content-Disposition", "filename"), ("Content-Type", "name")):
            value = self.get(header)
            if not value or key not in value.lower():
                continue
            params = _header_params(value)
            if key in params:
                return decoded(params[key])
            if key + "*" in params:
                return _rfc2231(params[key + "*"])
            continued = "".join(params[k] for k in sorted(p for p in params if p.startswith(key + "*")))
            if continued:
                return _rfc2231(continued) if "'" in continued else decoded(continued)
        return ""

    @property
    def disposition(self) -> str:
        value = self.get("Content-Disposition") or ""
        return value.split(";", 1)[0].strip().lower()


def _header_params(value: str) -> dict[str, str]:
    params = {}
    for piece in _split_params(value)[1:]:
        if "=" in piece:
            key, _, val = piece.partition("=")
            params[key.strip().lower()] = val.strip().strip('"')
    return params


def _rfc2231(value: str) -> str:
    charset, _, rest = value.partition("'")
    _lang, _, encoded = rest.partition("'")
    try:
        return urllib.parse.unquote(encoded, encoding=charset or "utf-8", errors="replace")
    except LookupError:
        return urllib.parse.unquote(encoded)


def split_header(raw: bytes) -> tuple[bytes, bytes]:
    """The header block (with the blank line that ends it) and the body. The blank line is found
    with two plain searches, not a regular expression: a first sync splits every part of every
    letter, and the expression tried a match at every byte of the header."""
    crlf = raw.find(b"\n\r\n")  # mail on the wire has CRLF lines: this one is the usual end
    lf = raw.find(b"\n\n", 0, None if crlf == -1 else crlf + 1)  # a bare-LF blank line before it?
    if crlf == -1 and lf == -1:
        return raw, b""
    if raw.startswith((b"\r\n", b"\n")):  # no headers at all
        nl = 2 if raw.startswith(b"\r\n") else 1
        return raw[:nl], raw[nl:]
    end = lf + 2 if lf != -1 else crlf + 3
    return raw[:end], raw[end:]


def _content_type(value: str | None, default: str) -> tuple[str, dict[str, str]]:
    if not value:
        return default, {"charset": "us-ascii"} if default == "text/plain" else {}
    pieces = _split_params(value)
    ctype = pieces[0].strip().lower() or default
    if "/" not in ctype:
        ctype = default
    return ctype, _header_params(value)


def _split_params(value: str) -> list[str]:
    """The pieces between semicolons that are not inside quotes (whitespace runs folded to one space)."""
    out: list[str] = []
    current: str | None = None
    for piece in " ".join(value.split()).split(";"):
        current = piece if current is None else current + ";" + piece
        if current.count('"') % 2 == 0:  # the quotes so far are closed: this semicolon separated
            out.append(current)
            current = None
    if current is not None:
        out.append(current)  # an unclosed quote runs to the end
    return out


MAX_DEPTH = 20


MAX_PARTS = 2_000  # parts of one letter taken apart; the rest stays inside the last one's bytes


def parse(raw: bytes, default_type: str = "text/plain", depth: int = 0, budget: list[int] | None = None) -> Part:
    """The letter's structure: at most ``MAX_DEPTH`` levels and ``MAX_PARTS`` parts (a letter of
    200,000 empty parts took seconds to walk at every step after it)."""
    budget = budget if budget is not None else [MAX_PARTS]
    header, body = split_header(raw)
    part = Part(header, body)
    part.content_type, part.params = _content_type(part.get("Content-Type"), default_type)
    if depth >= MAX_DEPTH:
        return part
    if part.content_type.startswith("multipart/") and part.params.get("boundary"):
        child_default = "message/rfc822" if part.content_type == "multipart/digest" else "text/plain"
        chunks = _split_multipart(body, part.params["boundary"])[: max(budget[0], 0)]
        budget[0] -= len(chunks)
        part.children = [parse(chunk, child_default, depth + 1, budget) for chunk in chunks]
        if not part.children:
            part.content_type, part.children = "text/plain", []
    elif part.content_type == "message/rfc822":
        part.message = parse(body, "text/plain", depth + 1, budget)
    return part


def _split_multipart(body: bytes, boundary: str) -> list[bytes]:
    """The parts between ``--boundary`` lines (a delimiter's leading CRLF belongs to it)."""
    delimiter = b"--" + boundary.encode("utf-8", "replace")
    chunks: list[bytes] = []
    start: int | None = None
    at = 0
    while True:
        found = body.find(delimiter, at)
        if found == -1:
            break
        at = found + len(delimiter)
        if found and body[found - 1 : found] != b"\n":
            continue  # not at the start of a line
        line_end = body.find(b"\n", at)
        rest = body[at : line_end if line_end != -1 else len(body)].rstrip(b"\r \t")
        if rest not in (b"", b"--"):
            continue  # a longer boundary that merely starts the same way
        if start is not None:
            end = found - 1
            if end > start and body[end - 1 : end] == b"\r":
                end -= 1
            chunks.append(body[start : max(end, start)])
        if rest == b"--":
            return chunks
        start = line_end + 1 if line_end != -1 else len(body)
        at = start
    if start is not None and start < len(body):
        chunks.append(body[start:])
    return chunks


def parse_headers(block: bytes) -> list[tuple[str, str]]:
    """Header fields, unfolded, in order; raw 8-bit bytes read as UTF-8 (what mailers send). A
    field's lines are joined once at the end: joining them line by line took quadratic time, and a
    letter with a 1.7 MB folded header stalled a sync for 26 s."""
    fields: list[tuple[str, list[str]]] = []
    for line in block.decode("utf-8", "replace").splitlines():
        if not line.strip():
            break
        if line[:1] in (" ", "\t") and fields:
            fields[-1][1].append(line.strip())
            continue
        name, sep, value = line.partition(":")
        if sep and name and " " not in name.strip():
            fields.append((name.strip(), [value.strip()]))
    return [(name, " ".join(parts)) for name, parts in fields]


def section(root: Part, spec: str, raw: bytes) -> bytes:
    """The bytes of BODY[spec] (spec uppercase, field lists already stripped)."""
    if spec == "":
        return raw
    names = spec.split(".")
    current = root
    depth = 0
    while depth < len(names) and names[depth].isdigit():
        index = int(names[depth])
        container = current.message if current.message is not None and depth > 0 else current
        if container.children:
            if not 1 <= index <= len(container.children):
                return b""
            current = container.children[index - 1]
        elif index == 1:
            current = container
        else:
            return b""
        depth += 1
    rest = ".".join(names[depth:])
    if not rest:
        return current.body
    if rest == "MIME":
        return current.header if depth else b""
    target = current.message if current.message is not None and depth > 0 else current
    if rest == "HEADER" or rest.startswith("HEADER.FIELDS"):
        return target.header
    if rest == "TEXT":
        return target.body
    return b""


def decoded(value: str | None) -> str:
    """A header value with its RFC 2047 encoded words decoded."""
    if not value:
        return ""
    if "=?" not in value:
        return value  # no encoded word: the email package would return it unchanged, only slower
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError):
        return value
