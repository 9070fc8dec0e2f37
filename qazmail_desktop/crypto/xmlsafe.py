"""XML read the one safe way for every reader here: no DTD at all (so no entity of any kind, no
external file, no network), bounded size and depth, comments and processing instructions kept
as nodes (XMLDSig decides what they mean). What is refused is refused with one plain line."""

from __future__ import annotations

from lxml import etree

from .errors import MalformedDataError

MAX_XML = 64 << 20  # a signed XML document read whole
MAX_DEPTH = 200  # libxml2 stops at 256 itself; a real e-government answer is a few dozen deep


def looks_like_xml(data: bytes) -> bool:
    """Starts like an XML document (after a byte-order mark and blank lines), not like a CMS or PDF."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def parse_xml(data: bytes) -> etree._ElementTree:
    """The document, or MalformedDataError: too large, a DOCTYPE (entities, external files), too
    deep, or not well-formed XML."""
    if len(data) > MAX_XML:
        raise MalformedDataError(f"the XML document is larger than {MAX_XML >> 20} MiB")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data or _utf16(data):
        # a DTD is where entity bombs and external files live; signed XML never needs one. UTF-16
        # would hide it from this look: Kazakh e-government XML is UTF-8
        raise MalformedDataError("the XML document declares a DTD or entities (or is not UTF-8): refused")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,  # XMLDSig decides what a comment means (never signed, never shown)
        remove_pis=False,
        strip_cdata=True,  # CDATA is text: C14N writes it as such
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise MalformedDataError(f"not well-formed XML ({str(exc).splitlines()[0][:200]})") from exc
    tree = root.getroottree()
    if tree.docinfo.doctype:  # type: ignore[union-attr]  # lxml-stubs: docinfo has doctype
        raise MalformedDataError("the XML document declares a DTD: refused")
    _check_depth(root)
    return tree


def _utf16(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00<" in data[:4] or b"<\x00" in data[:4]


def _check_depth(root: etree._Element) -> None:
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise MalformedDataError(f"the XML document is nested more than {MAX_DEPTH} deep: refused")
        stack.extend((child, depth + 1) for child in element)
