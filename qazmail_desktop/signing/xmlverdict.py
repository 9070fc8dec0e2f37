"""The verdict on a signed XML document (XMLDSig), in the shape of every other verdict: one item per
``ds:Signature``, its signer judged as a CMS signer is, named with what it covers, and the signed
XML to show, taken from the check itself."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..crypto import verify as v
from ..crypto.errors import MalformedDataError
from ..crypto.status import Status
from ..crypto.xmldsig import check_signatures
from ..crypto.xmlsafe import parse_xml
from .letterverdict import LetterVerdict, SignedItem

NO_TIME_STAMP = "an XML signature carries no time-stamp: when it was made is not proven"
# what a signature over one element leaves out, as the verdict names it (the window says it in its
# language from the same pattern: ui.signature_panel)
REST_OUTSIDE = "the rest of {name}, outside the element {scope}"


def scope_label(scope: str) -> str:
    """What is added to a signed item's name when its signature covers one element only."""
    return f" — element {scope} only"


@dataclass(frozen=True)
class XmlVerdict:
    verdict: LetterVerdict
    shown: bytes | None  # the signed XML, indented for reading; None when no signature could say what it covers


def verify_xml(name: str, tree: etree._ElementTree, policy: v.VerifyPolicy, kind: str = "document") -> XmlVerdict:
    """Every signature of the document (read by ``crypto.xmlsafe.parse_xml``, which refuses what is
    not XML read safely), as items of ``kind`` ("document", or "attachment" in a letter)."""
    checks = check_signatures(tree)
    verdict = LetterVerdict()
    for number, check in enumerate(checks, 1):
        label = name if len(checks) == 1 else f"{name} ({number}/{len(checks)})"
        if check.scope:
            label += scope_label(check.scope)
        signer = v.judge_without_time_stamp(
            check.status, check.message, check.signer, list(check.certificates), check.digest_oid, policy
        )
        if signer.status == Status.VALID:
            signer.message = f"{signer.message}; {NO_TIME_STAMP}"
        verdict.items.append(SignedItem(kind, label, v.VerificationResult([signer]), scope=check.scope))
    shown = next((c for c in checks if c.signed), None)
    if shown is not None and shown.scope:
        verdict.unsigned_parts.append(REST_OUTSIDE.format(name=name, scope=shown.scope))
    return XmlVerdict(verdict, readable_xml(shown.signed) if shown is not None else None)


def xml_attachment_items(name: str, data: bytes, policy: v.VerifyPolicy) -> tuple[list[SignedItem], list[str]]:
    """A letter's signed .xml attachment: its signatures' items and what of it they do not cover;
    XML that is not read safely is one item that says why (never a good one)."""
    try:
        xml = verify_xml(name, parse_xml(data), policy, kind="attachment")
    except MalformedDataError as exc:
        return [SignedItem("attachment", name, None, str(exc))], []
    return xml.verdict.items, xml.verdict.unsigned_parts


def readable_xml(signed: bytes) -> bytes:
    """Canonical signed bytes, indented where they had no text between elements (a one-line
    answer of a state service becomes readable; no text of it changes)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(signed, parser)
    except etree.XMLSyntaxError:
        return signed
    return bytes(etree.tostring(root, pretty_print=True, encoding="utf-8"))
