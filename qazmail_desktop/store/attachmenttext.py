"""The searchable text of an attachment (issue 32): a supplier's name in an attached invoice finds
the letter. Attachments come from strangers, so every kind is read with bounded work: at most
``max_input_bytes`` of the attachment (and as many bytes unpacked from a zip), at most
``max_output_chars`` of text, and no further page, zip member or chunk of markup once
``max_seconds`` have passed. A bad, hostile or unreadable attachment gives whatever text was read
before it went wrong (usually ""), never an exception: search is a convenience, and a letter built
to be slow or huge must not stop the index of everything else.

The kind is sniffed from the bytes (a PDF named .txt is a PDF, an executable named .txt is not
text); the name and type only choose how text is read (markup or not) and whether content that
has no magic of its own may be taken for text. Nothing here verifies a signature: a CMS is only
opened to index the document inside it, the way the letter shows it."""

from __future__ import annotations

import base64
import codecs
import contextlib
import io
import re
import time
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO

from asn1crypto import cms as asn1_cms
from lxml import etree

from ..pdfpages import OpenPdf
from ..signaturenames import embedded_name, is_signature_name


@dataclass(frozen=True)
class TextBudget:
    """How much one attachment may cost the indexer."""

    max_input_bytes: int  # of the attachment read, and of its zip members unpacked
    max_output_chars: int  # of text returned
    max_seconds: float  # checked between pages, zip members and markup chunks


# mailparse keeps 200,000 characters of a letter's body for search: an attachment gets as many;
# 20 MB is more than most mail servers accept in one letter
DEFAULT_BUDGET = TextBudget(max_input_bytes=20 << 20, max_output_chars=200_000, max_seconds=2.0)

_CHUNK = 64 << 10  # bytes (or characters) of markup parsed between two looks at the budget
_SNIFF = 4096  # bytes looked at to tell text from binary
# Deflate packs real document XML 5 to 30 times; a zip bomb's zeros pack about 1,000 times. A
# member packed more than this, once larger than the floor, is a bomb and the archive is refused.
_MAX_RATIO = 200
_RATIO_FLOOR = 1 << 20
_SIGNED_DATA_OID = bytes.fromhex("06092a864886f70d010702")  # 1.2.840.113549.1.7.2, DER-encoded
# C0 controls other than tab, line feed, form feed and carriage return, and DEL: no text has them,
# every image, archive and executable has them in its first few kilobytes
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TEXT_SUFFIXES = (".txt", ".csv", ".tsv", ".xml", ".json", ".html", ".htm")
_TEXT_TYPES = {"application/json", "application/xml", "application/xhtml+xml"}
_UNTYPED = {"", "application/octet-stream"}  # nothing says what it is: text if it reads as text
# elements inside a line of HTML: no separator after them ("<b>жеткізу</b>ші" is one word)
_HTML_INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "kbd", "mark", "q", "s", "small"}
_HTML_INLINE |= {"span", "strong", "sub", "sup", "u", "var"}


class _Refused(Exception):
    """XML declaring a DTD: where entity bombs and external files live. No document worth
    searching needs one, so it is not read at all (as crypto/xmlsafe.py refuses it)."""


class _Output:
    """The text collected so far, cut at the character budget, and the deadline."""

    def __init__(self, budget: TextBudget) -> None:
        self._left = budget.max_output_chars
        self._deadline = time.monotonic() + budget.max_seconds
        self._parts: list[str] = []

    def add(self, text: str) -> None:
        if self._left > 0 and text:
            piece = text[: self._left]
            self._parts.append(piece)
            self._left -= len(piece)

    def separate(self, separator: str) -> None:
        """``separator`` between two pieces of text, so that cells and paragraphs do not run
        together into one word (the search tokenizer splits on it)."""
        if self._parts and not self._parts[-1][-1].isspace():
            self.add(separator)

    @property
    def spent(self) -> bool:
        return self._left <= 0 or time.monotonic() >= self._deadline

    def text(self) -> str:
        return "".join(self._parts)


@dataclass(frozen=True)
class _Markup:
    """What text counts in one kind of markup, by local element name (namespaces aside, so that
    Strict OOXML reads like Transitional)."""

    html: bool = False  # libxml2's HTML parser (lenient, knows no DTD); else its XML parser
    keep: frozenset[str] | None = None  # only character data inside these elements; None: all
    skip: frozenset[str] = frozenset()  # never character data inside these
    separators: Mapping[str, str] = field(default_factory=dict)  # written at an element's end
    separator: str = ""  # at the end of any other element


# a script or style sheet is code, not the letter's text
_HTML = _Markup(
    html=True, skip=frozenset({"script", "style"}), separators=dict.fromkeys(_HTML_INLINE, ""), separator="\n"
)
_XML = _Markup(separator="\n")  # any element may hold a value of its own
_DOCX = _Markup(keep=frozenset({"t"}), separators={"p": "\n", "tab": "\t", "br": "\n", "cr": "\n"})
# shared strings (<si>) and a sheet's inline strings (<is>); <rPh> is a phonetic reading
_XLSX = _Markup(keep=frozenset({"si", "is"}), skip=frozenset({"rPh"}), separators={"si": "\n", "is": "\n"})
_ODF = _Markup(keep=frozenset({"p", "h"}), separators={"p": "\n", "h": "\n", "s": " ", "tab": "\t", "line-break": "\n"})


def attachment_text(filename: str, content_type: str, data: bytes, budget: TextBudget = DEFAULT_BUDGET) -> str:
    """The text of one attachment to index for search, or "" when it has none or cannot be read."""
    out = _Output(budget)
    # whatever fails, the text read before the failure is still the attachment's (see the module's docstring)
    with contextlib.suppress(Exception):
        mime = content_type.partition(";")[0].strip().lower()
        _read(filename, mime, data[: budget.max_input_bytes], budget, out, unwrap=True)
    return out.text()


def _read(name: str, mime: str, data: bytes, budget: TextBudget, out: _Output, *, unwrap: bool) -> None:
    # a CMS carrying a PDF has "%PDF-" in its first kilobyte too: the stricter sniffs go first
    if data.startswith(b"PK\x03\x04"):
        _read_zip(data, budget, out)
    elif (signed := _signed_data(name, data)) is not None:
        # one level only: a CMS inside a CMS is a signature of a signature, not a document to read
        content = _encapsulated(signed) if unwrap else None
        if content is not None:
            _read(embedded_name(name), "", content, budget, out, unwrap=False)
    elif b"%PDF-" in data[:1024]:  # PDFium, like Acrobat, finds the header within the first kilobyte
        _read_pdf(data, out)
    elif _declared_text(name, mime) and _reads_as_text(data):
        _read_text(name, mime, _decode(data), out)


def _read_pdf(data: bytes, out: _Output) -> None:
    """Page by page, as PDFium lays the text out; an encrypted or damaged PDF raises (nothing read)."""
    with OpenPdf(data) as document:
        for index in range(document.page_count):
            if out.spent:
                return
            out.add(document.text(index))
            out.separate("\n")


def _read_zip(data: bytes, budget: TextBudget, out: _Output) -> None:
    """The text parts of a .docx, .xlsx, .odt or .ods, parsed as they are unpacked, never to disk.
    Sizes are checked on the archive's word before a byte is unpacked; a member that lies about
    its size is read no further than the size it declared."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = _document_parts(archive)
        if any(info.file_size > _RATIO_FLOOR and info.file_size > _MAX_RATIO * info.compress_size for info, _ in parts):
            return
        left = budget.max_input_bytes
        for info, markup in parts:
            if out.spent or info.file_size > left:
                return
            left -= info.file_size
            with archive.open(info) as member:
                _parse_markup(_chunks(member, info.file_size), markup, out)


def _document_parts(archive: zipfile.ZipFile) -> list[tuple[zipfile.ZipInfo, _Markup]]:
    """The members holding a document's text, in reading order; none for any other archive."""
    members = {info.filename: info for info in archive.infolist()}
    if "word/document.xml" in members:
        return [(members["word/document.xml"], _DOCX)]
    if "xl/workbook.xml" in members:
        sheets = sorted(
            (name for name in members if re.fullmatch(r"xl/worksheets/[^/]+\.xml", name)),
            key=lambda name: (len(name), name),  # sheet2 before sheet10
        )
        names = (["xl/sharedStrings.xml"] if "xl/sharedStrings.xml" in members else []) + sheets
        return [(members[name], _XLSX) for name in names]
    if "content.xml" in members:
        return [(members["content.xml"], _ODF)]
    return []


def _chunks(member: IO[bytes], size: int) -> Iterator[bytes]:
    while size > 0 and (chunk := member.read(min(_CHUNK, size))):
        size -= len(chunk)
        yield chunk


def _signed_data(name: str, data: bytes) -> bytes | None:
    """The DER (or BER) of a CMS SignedData: as it is, PEM-armoured, or in base64 under a signature's
    name (NCALayer hands signatures out as base64); None for anything else."""
    if _starts_like_signed_data(data):
        return data
    text = data.strip()
    if text.startswith(b"-----BEGIN"):
        text = text.partition(b"\n")[2].partition(b"-----END")[0]
    elif not is_signature_name(name):
        return None
    try:
        der = base64.b64decode(b"".join(text.split()), validate=True)
    except ValueError:
        return None
    return der if _starts_like_signed_data(der) else None


def _starts_like_signed_data(data: bytes) -> bool:
    """A SEQUENCE whose first element is the SignedData OID (after a length of up to 5 bytes)."""
    return data.startswith(b"\x30") and _SIGNED_DATA_OID in data[:18]


def _encapsulated(signed: bytes) -> bytes | None:
    """The document a CMS carries; None when it is detached or is not plain data."""
    info = asn1_cms.ContentInfo.load(signed)
    if info["content_type"].native != "signed_data":
        return None
    content = info["content"]["encap_content_info"]["content"].native
    return content if isinstance(content, bytes) else None


def _declared_text(name: str, mime: str) -> bool:
    return (
        name.lower().endswith(_TEXT_SUFFIXES)
        or mime.startswith("text/")
        or mime in _TEXT_TYPES
        or mime.endswith("+xml")
        or mime in _UNTYPED
    )


def _reads_as_text(data: bytes) -> bool:
    """UTF-16 with its byte-order mark (its zero bytes are half of every character), or no byte
    that only binary files have."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _BINARY_BYTE.search(data[:_SNIFF]) is None


def _decode(data: bytes) -> str:
    """UTF-8, else UTF-16 with its byte-order mark, else Windows-1251 (what Kazakh and Russian
    Windows programs write without saying so)."""
    with contextlib.suppress(UnicodeDecodeError):
        # final=False: the input may have been cut by the budget in the middle of a character
        return codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=False)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    return data.decode("cp1251", errors="replace")


def _read_text(name: str, mime: str, text: str, out: _Output) -> None:
    lowered = name.lower()
    if mime in {"text/html", "application/xhtml+xml"} or lowered.endswith((".html", ".htm")):
        markup: _Markup | None = _HTML
    elif mime in {"text/xml", "application/xml"} or mime.endswith("+xml") or lowered.endswith(".xml"):
        markup = _XML
    else:
        markup = _XML if text.lstrip("\ufeff \t\r\n").startswith("<?xml") else None
    if markup is None:
        out.add(text)
    else:
        _parse_markup((text[start : start + _CHUNK] for start in range(0, len(text), _CHUNK)), markup, out)


def _parse_markup(chunks: Iterator[bytes] | Iterator[str], markup: _Markup, out: _Output) -> None:
    """Character data in document order through a parser target: no tree is built, so memory
    stays bounded however large the part. The XML parser reads no external DTD and no network and
    keeps libxml2's limits on text node size and depth (huge_tree=False); a parser target gets
    internal entities expanded even with resolve_entities=False, which is why the target refuses
    any DTD as soon as it is declared."""
    # lxml-stubs' ParserTarget takes str | bytes and wants comment(): lxml passes str and calls
    # comment() only on a target that has it (a comment is not the document's text)
    target: etree.ParserTarget = _TextTarget(markup, out)  # type: ignore[assignment]
    parser: etree._FeedParser
    if markup.html:
        parser = etree.HTMLParser(target=target, no_network=True, huge_tree=False, recover=True)
    else:
        parser = etree.XMLParser(
            target=target, resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, recover=True
        )
    for chunk in chunks:
        parser.feed(chunk)
        if out.spent:
            return
    parser.close()


class _TextTarget:
    """An lxml parser target writing the character data that counts in ``markup`` to ``out``."""

    def __init__(self, markup: _Markup, out: _Output) -> None:
        self._markup = markup
        self._out = out
        self._kept = 0  # open elements of markup.keep
        self._skipped = 0  # open elements of markup.skip

    def doctype(self, name: str | None, public_id: str | None, system_url: str | None) -> None:
        # called before any entity the DTD declares could be used (HTML's parser declares none)
        if not self._markup.html:
            raise _Refused(name)

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        local = _local(tag)
        self._skipped += local in self._markup.skip
        self._kept += self._markup.keep is not None and local in self._markup.keep

    def end(self, tag: str) -> None:
        local = _local(tag)
        self._skipped -= local in self._markup.skip
        self._kept -= self._markup.keep is not None and local in self._markup.keep
        if not self._skipped:
            self._out.separate(self._markup.separators.get(local, self._markup.separator))

    def data(self, text: str) -> None:
        if not self._skipped and (self._markup.keep is None or self._kept):
            self._out.add(text)

    def close(self) -> None:
        """The parser's result: lxml requires the method; the text is already in the output."""


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]
