"""MIME structure over the raw bytes, with exact offsets: what IMAP's BODY[section],
BODYSTRUCTURE and ENVELOPE need (the email package re-encodes; IMAP must not).

This is the one reader of a letter's structure in QazMail: the signature verdict, the reading
pane, ``show``, search, cards and the address book all take a letter apart here, so what is
judged is what is shown. Where another mail reader could take the same bytes apart differently
(a header line broken by a character some readers end lines on, a field or a parameter given
twice, a line without a colon inside a header, a boundary that hides inside another), the part
records the ambiguity in ``problems`` instead of silently choosing a reading: a signed letter
with any of them is never shown as signed. Every step is linear in the letter's size.
"""

from __future__ import annotations

import binascii
import enum
import quopri
import re
import urllib.parse
from dataclasses import dataclass, field
from email.errors import MessageError
from email.header import decode_header, make_header


class AmbiguityKind(enum.Enum):
    """Each way two mail readers can take the same bytes apart differently. The value is the
    checker's English sentence (``what`` and ``where`` filled in); the window says it in the
    user's language by the kind."""

    UNCLOSED_QUOTE = "an unclosed quote in {where}"
    PARAMETER_TWICE = "the parameter {what} is given twice in {where}"
    PARAMETER_TWO_FORMS = "the parameter {what} is given in two forms in {where}"
    BOUNDARY_OVERLAPS = "the boundary {what} overlaps the enclosing boundary {where}"
    CR_BEFORE_BOUNDARY = "a boundary line begins after a bare CR"
    CR_AFTER_BOUNDARY = "a boundary line ends with a bare CR"
    LINE_BROKEN = "a header line is broken by the control character {what}"
    FOLDED_START = "the header starts with a folded line"
    NO_COLON = "a header line without a colon: {what}"
    NAME_NOT_ONE_WORD = "a header field name that is not one word before its colon: {what}"
    FIELD_TWICE = "the header field {what} is given twice"


class Ambiguity(str):
    """One ambiguity: its sentence (what the verdict's JSON, ``show`` and logs carry, as a plain
    string), with its kind and details kept for saying it in another language."""

    kind: AmbiguityKind
    what: str
    where: str

    def __new__(cls, kind: AmbiguityKind, what: str = "", where: str = "") -> Ambiguity:
        sentence = super().__new__(cls, kind.value.format(what=what, where=where))
        sentence.kind, sentence.what, sentence.where = kind, what, where
        return sentence

    def __reduce__(self) -> tuple[type[Ambiguity], tuple[AmbiguityKind, str, str]]:
        """Copied or pickled (a worker's result) with its kind, not as the bare sentence."""
        return Ambiguity, (self.kind, self.what, self.where)


@dataclass
class Part:
    header: bytes  # header block including the blank line after it
    body: bytes
    content_type: str = "text/plain"
    params: dict[str, str] = field(default_factory=dict)
    children: list[Part] = field(default_factory=list)
    message: Part | None = None  # the enclosed message of a message/rfc822 part
    disposition_params: dict[str, str] = field(default_factory=dict)  # of Content-Disposition, read once
    problems: list[Ambiguity] = field(default_factory=list)  # why another reader could read this part otherwise

    _parsed: list[tuple[str, str]] | None = field(default=None, repr=False)
    _first: dict[str, str] | None = field(default=None, repr=False)

    def headers(self) -> list[tuple[str, str]]:
        """(name, raw value) pairs, parsed once; encoded words stay as they are (see ``decoded``)."""
        if self._parsed is None:
            self._parsed, problems = read_header_block(self.header)
            self.problems.extend(problems)
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
        """The attachment name from Content-Disposition or Content-Type, RFC 2231/2047 decoded (from
        the parameters ``parse`` read once: a hostile header is never split again)."""
        for params, key in ((self.disposition_params, "filename"), (self.params, "name")):
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


_PARAM_NAME = re.compile(r"^([^*]*)(\*\d+)?(\*)?$")


def _params_and_problems(value: str, field_name: str) -> tuple[str, dict[str, str], list[Ambiguity]]:
    """A field's value before its first semicolon, its parameters (names lower-cased) and what
    makes them ambiguous: a parameter given twice (one reader keeps the first, another the last),
    in two forms (``boundary`` beside ``boundary*``, RFC 2231), or an unclosed quote (where it
    ends is anybody's guess)."""
    params: dict[str, str] = {}
    problems: list[Ambiguity] = []
    pieces, unclosed = _split_params(value)
    if unclosed:
        problems.append(Ambiguity(AmbiguityKind.UNCLOSED_QUOTE, where=field_name))
    forms: dict[str, set[str]] = {}
    for piece in pieces[1:]:
        if "=" not in piece:
            continue
        key, _, val = piece.partition("=")
        key = key.strip().lower()
        if key in params:
            problems.append(Ambiguity(AmbiguityKind.PARAMETER_TWICE, repr(key), field_name))
        params[key] = val.strip().strip('"')
        if "*" not in key and key not in forms:
            forms[key] = {"plain"}  # the usual case, without a regular expression
            continue
        match = _PARAM_NAME.match(key)
        if match is None:
            continue
        base = match.group(1)
        seen = forms.setdefault(base, set())
        seen.add("continued" if match.group(2) else "extended" if match.group(3) else "plain")
        if "plain" in seen and len(seen) > 1:
            problems.append(Ambiguity(AmbiguityKind.PARAMETER_TWO_FORMS, repr(base), field_name))
    return pieces[0], params, problems


def _rfc2231(value: str) -> str:
    charset, _, rest = value.partition("'")
    _lang, _, encoded = rest.partition("'")
    try:
        return urllib.parse.unquote(encoded, encoding=charset or "utf-8", errors="replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        # an unknown charset, or a codec that is no text encoding (idna, punycode, undefined): the
        # name is read as UTF-8 rather than stop the whole mailbox
        return urllib.parse.unquote(encoded, encoding="utf-8", errors="replace")


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


def _content_type(value: str | None, default: str) -> tuple[str, dict[str, str], list[Ambiguity]]:
    if not value:
        return default, {"charset": "us-ascii"} if default == "text/plain" else {}, []
    first, params, problems = _params_and_problems(value, "Content-Type")
    ctype = first.strip().lower() or default
    if "/" not in ctype:
        ctype = default
    return ctype, params, problems


def _split_params(value: str) -> tuple[list[str], bool]:
    """The pieces between semicolons that are not inside quotes (whitespace runs folded to one
    space), and whether a quote was left open. One pass over the value: counting the quotes of the
    piece so far at every semicolon was quadratic, and a header of 40,000 semicolons after an
    unclosed quote cost a sync seconds."""
    text = " ".join(value.split())
    pieces = text.split(";")
    if '"' not in text:
        return pieces, False  # most values: nothing quoted
    # a piece with an odd number of quotes opens a quoted string, the next such piece closes it:
    # the pieces from one to the other are one parameter (its quoted value holds the semicolons)
    odd = [index for index, piece in enumerate(pieces) if piece.count('"') % 2]
    out: list[str] = []
    start = 0
    for opening, closing in zip(odd[0::2], [*odd[1::2], len(pieces) - 1], strict=False):
        out += pieces[start:opening]
        out.append(";".join(pieces[opening : closing + 1]))  # an unclosed quote runs to the end
        start = closing + 1
    out += pieces[start:]
    return out, len(odd) % 2 == 1


MAX_DEPTH = 20


MAX_PARTS = 2_000  # parts of one letter taken apart; the rest stays inside the last one's bytes


def parse(
    raw: bytes,
    default_type: str = "text/plain",
    depth: int = 0,
    budget: list[int] | None = None,
    enclosing: tuple[str, ...] = (),
) -> Part:
    """The letter's structure: at most ``MAX_DEPTH`` levels and ``MAX_PARTS`` parts (a letter of
    200,000 empty parts took seconds to walk at every step after it). ``enclosing``: the
    boundaries of the multiparts this part is inside."""
    budget = budget if budget is not None else [MAX_PARTS]
    header, body = split_header(raw)
    part = Part(header, body)
    part.content_type, part.params, problems = _content_type(part.get("Content-Type"), default_type)
    part.problems.extend(problems)
    disposition = part.get("Content-Disposition")
    if disposition:
        _, part.disposition_params, problems = _params_and_problems(disposition, "Content-Disposition")
        part.problems.extend(problems)
    if depth >= MAX_DEPTH:
        return part
    if part.content_type.startswith("multipart/") and part.params.get("boundary"):
        boundary = part.params["boundary"]
        child_default = "message/rfc822" if part.content_type == "multipart/digest" else "text/plain"
        chunks = _split_multipart(body, boundary)[: max(budget[0], 0)]
        budget[0] -= len(chunks)
        part.problems.extend(_boundary_problems(body, boundary, enclosing))
        inner = (*enclosing, boundary)
        part.children = [parse(chunk, child_default, depth + 1, budget, inner) for chunk in chunks]
        if not part.children:
            part.content_type, part.children = "text/plain", []
    elif part.content_type == "message/rfc822":
        part.message = parse(body, "text/plain", depth + 1, budget, enclosing)
    return part


def _boundary_problems(body: bytes, boundary: str, enclosing: tuple[str, ...]) -> list[Ambiguity]:
    """Where readers could cut a multipart's body at other places than this reader: a boundary
    that begins or ends a line with a bare CR around it (readers that end lines on CR see a
    delimiter this reader does not), or one that is a prefix of an enclosing boundary, or has
    one as its prefix (RFC 2046 §5.1.1 forbids both: the inner part could end the outer)."""
    problems: list[Ambiguity] = []
    for outer in enclosing:
        if boundary.startswith(outer) or outer.startswith(boundary):
            problems.append(Ambiguity(AmbiguityKind.BOUNDARY_OVERLAPS, repr(boundary), repr(outer)))
    delimiter = b"--" + boundary.encode("utf-8", "replace")
    if b"\r" + delimiter in body:
        problems.append(Ambiguity(AmbiguityKind.CR_BEFORE_BOUNDARY))
        return problems
    at = body.find(delimiter)
    while at != -1:  # plain searches: a regular expression tried a match at every byte of the body
        after = body[at + len(delimiter) : at + len(delimiter) + 80].lstrip(b"-").lstrip(b" \t")
        if after.startswith(b"\r") and not after.startswith(b"\r\n"):
            problems.append(Ambiguity(AmbiguityKind.CR_AFTER_BOUNDARY))
            break
        at = body.find(delimiter, at + len(delimiter))
    return problems


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
    """Header fields, unfolded, in order (see ``read_header_block``)."""
    return read_header_block(block)[0]


# Characters that end a line for some readers but not for mail (RFC 5322 ends lines with CRLF):
# Python's str.splitlines() breaks on all of them, feedparser-style readers on a bare CR.
_LINE_BREAKERS = re.compile("[\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029]|\r(?!\n)")
# fields a letter must not carry twice (RFC 5322 §3.6, RFC 2045): readers take the first or the last
_SINGLE_FIELDS = frozenset(
    {
        "content-type", "content-transfer-encoding", "content-disposition", "mime-version", "from", "sender",
        "reply-to", "to", "cc", "subject", "date", "message-id",
    }
)  # fmt: skip


def _may_break_lines(block: bytes) -> bool:
    """A quick look for what ``_LINE_BREAKERS`` finds, in a few passes of C: the usual header has none."""
    return (
        block.count(b"\r") != block.count(b"\r\n")
        or len(block.translate(None, b"\x00\x0b\x0c\x1c\x1d\x1e")) != len(block)
        or b"\xc2\x85" in block
        or b"\xe2\x80\xa8" in block
        or b"\xe2\x80\xa9" in block
    )


def read_header_block(block: bytes) -> tuple[list[tuple[str, str]], list[Ambiguity]]:
    """Header fields, unfolded, in order, and what makes the block ambiguous. Raw 8-bit bytes read
    as UTF-8 (what mailers send). Lines end at LF only (a CRLF's CR is dropped): any other line
    breaker inside the block, a line without a colon, a name with a space before its colon, a
    block that starts folded and a field given twice are recorded, not resolved. A field's lines
    are joined once at the end: joining them line by line took quadratic time, and a letter with
    a 1.7 MB folded header stalled a sync for 26 s."""
    fields: list[tuple[str, list[str]]] = []
    problems: list[Ambiguity] = []
    text = block.decode("utf-8", "replace")
    if _may_break_lines(block):
        breaker = _LINE_BREAKERS.search(text.rstrip("\r\n"))
        if breaker:
            problems.append(Ambiguity(AmbiguityKind.LINE_BROKEN, f"U+{ord(breaker.group()[0]):04X}"))
    seen: set[str] = set()
    for raw_line in text.split("\n"):
        line = raw_line.removesuffix("\r")
        first = line[:1]
        if first in (" ", "\t"):
            if not line.strip():
                break
            if fields:
                fields[-1][1].append(line.strip())
            else:
                problems.append(Ambiguity(AmbiguityKind.FOLDED_START))
            continue
        if not first:
            break
        name, sep, value = line.partition(":")
        if not sep:
            problems.append(Ambiguity(AmbiguityKind.NO_COLON, repr(line[:40])))
            continue
        if not (name.isascii() and name.isprintable() and " " not in name):  # RFC 5322 ftext, in C
            problems.append(Ambiguity(AmbiguityKind.NAME_NOT_ONE_WORD, repr(name[:40])))
            name = name.strip()
            if not name or " " in name:
                continue
        key = name.lower()
        if key in _SINGLE_FIELDS:
            if key in seen:
                problems.append(Ambiguity(AmbiguityKind.FIELD_TWICE, name))
            seen.add(key)
        fields.append((name, [value.strip()]))
    return [(name, " ".join(parts)) for name, parts in fields], problems


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
    except (ValueError, LookupError, MessageError, UnicodeError, TypeError):
        # an undefined or non-ASCII charset name (MessageError: CharsetError) must not stop a mailbox
        return value


MAX_PROBLEMS = 12  # enough to say why; a letter of 2,000 broken parts is not listed whole


def problems_of(root: Part) -> list[Ambiguity]:
    """Every ambiguity recorded anywhere in the letter, enclosed letters included, each once."""
    found: list[Ambiguity] = []
    stack = [root]
    while stack:
        part = stack.pop()
        part.headers()  # a part whose header nothing asked for yet has its problems read now
        found.extend(problem for problem in part.problems if problem not in found)
        if len(found) >= MAX_PROBLEMS:
            return found[:MAX_PROBLEMS]
        stack.extend(part.children)
        if part.message is not None:
            stack.append(part.message)
    return found
