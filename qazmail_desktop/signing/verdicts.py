"""Finding and verifying every signature in a received letter, and what each one covers.

Looks at S/MIME multipart/signed (the signature over the exact bytes of the first part),
application/pkcs7-mime signed data, and attachments: NAME.cms/.p7s/.p7m (document inside),
NAME.sig (detached, over the attachment NAME), signed PDFs and signed XML (NAME.xml with
XMLDSig). The verdict of the letter is the worst of its signatures; a letter signer whose
certificate names another e-mail than From gets a warning.

Coverage: a letter counts as signed only when the signed entity is the whole letter (at the top,
or the single thing inside it). A signed part beside or inside unsigned ones (the signature-
wrapping spoof: "URGENT: pay to KZ99…" around a genuinely signed forward) is a ``part`` item and
the letter's coverage is ``partial``: its text is not what was signed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import parseaddr

from ..crypto import verify as v
from ..crypto.content import Content
from ..crypto.errors import CryptoError
from ..crypto.status import Status
from ..signaturenames import CMS_SUFFIXES, is_signed_xml, signed_names
from ..store.rawmime import Part, parse
from .letterverdict import LetterVerdict, SignedItem
from .pdf import pdf_signatures, unsigned_after
from .reading import (
    SIGNATURE_TYPES,
    LetterReading,
    embedded_document,
    is_multipart_signed,
    is_signed_entity,
    read_letter,
    walk,
)
from .xmlverdict import xml_attachment_items


def _verify(
    kind: str, name: str, cms_bytes: bytes, content: bytes | Content | None, policy: v.VerifyPolicy
) -> SignedItem:
    if isinstance(content, bytes):
        content = Content(data=content)
    try:
        result = v.verify(cms_bytes, content, policy)
    except CryptoError as exc:
        return SignedItem(kind, name, None, str(exc))
    return SignedItem(kind, name, result)


def _covered(entity: Part) -> set[int]:
    return {id(p) for p in walk(entity)}


def _text_of(entity: Part) -> str:
    """The plain text a signed entity carries (its first text/plain, else its first text part)."""
    texts = [p for p in walk(entity) if not p.children and p.content_type.startswith("text/") and not p.filename()]
    chosen = next((p for p in texts if p.content_type == "text/plain"), texts[0] if texts else None)
    return chosen.text() if chosen is not None else ""


@dataclass
class _LetterParts:
    """One walk of a letter: what carries signatures, and what the reader sees outside them. The
    verdict and the document card both start from it, so they find the same signatures."""

    root: Part
    # signed entities (None) and named PDFs (their decoded bytes), in the letter's order
    inline: list[tuple[Part, bytes | None]] = field(default_factory=list)
    cms_files: list[tuple[str, bytes]] = field(default_factory=list)  # .p7s .p7m .cms attachments
    sig_files: list[tuple[str, bytes]] = field(default_factory=list)  # detached .sig attachments
    xml_files: list[tuple[Part, bytes]] = field(default_factory=list)  # .xml attachments with XML signatures
    files: dict[str, bytes] = field(default_factory=dict)  # the other named attachments, by name
    outside: list[Part] = field(default_factory=list)  # leaves no signed entity covers (signatures left out)

    def signed_file(self, signature_name: str) -> tuple[str, bytes] | None:
        """The attachment a signature file is named after (``signaturenames``), whatever it is: a
        document, or a signature file that was itself signed as a file (act.txt.cms.sig)."""
        named = {**dict(self.cms_files), **dict(self.sig_files), **self.files}
        found = next((name for name in signed_names(signature_name) if name in named), None)
        return (found, named[found]) if found is not None else None


def _letter_parts(reading: LetterReading) -> _LetterParts:
    root = reading.root
    found = _LetterParts(root)
    covered: set[int] = set()
    for part in walk(root):
        if is_signed_entity(part):
            found.inline.append((part, None))
            covered |= _covered(part) - {id(part)}
            continue
        if part.children or part.message is not None:
            continue
        name = part.filename()
        lowered = name.lower()
        if part.content_type in SIGNATURE_TYPES and not name:
            continue  # the signature of a multipart/signed
        if lowered.endswith(CMS_SUFFIXES):
            found.cms_files.append((name, part.decoded_body()))
            continue
        if lowered.endswith(".sig"):
            found.sig_files.append((name, part.decoded_body()))
            continue
        if name:
            found.files[name] = part.decoded_body()
            if lowered.endswith(".pdf"):
                found.inline.append((part, found.files[name]))
            elif is_signed_xml(name, found.files[name]):
                found.xml_files.append((part, found.files[name]))
        if id(part) not in covered:
            found.outside.append(part)
    return found


def _verify_entity(part: Part, whole: Part | None, policy: v.VerifyPolicy) -> SignedItem:
    """A multipart/signed or opaque-signed entity: the whole letter's signature, or a signed part's."""
    kind = "letter" if part is whole else "part"
    if is_multipart_signed(part):
        signed, signature = part.children
        item = _verify(kind, kind, signature.decoded_body(), signed.header + signed.body, policy)
        item.signed_text = _text_of(signed) if kind == "part" else ""
    else:
        item = _verify(kind, kind, part.decoded_body(), None, policy)
        content = item.result.content if item.result else None
        item.signed_text = _text_of(parse(content)) if kind == "part" and content else ""
    if kind == "part":
        item.name = "signed part"
    return item


AMBIGUOUS_NAME = "letter"


def verify_letter(raw: bytes, policy: v.VerifyPolicy) -> LetterVerdict:
    try:
        reading = read_letter(raw)
        found = _letter_parts(reading)
    except Exception as exc:  # a letter that cannot be taken apart: its signatures are not shown as good
        item = SignedItem("letter", "letter", None, f"the letter could not be read ({type(exc).__name__}: {exc})")
        return LetterVerdict(items=[item])
    if reading.ambiguities and reading.claims_signature:
        return _ambiguous(reading)
    verdict = LetterVerdict()
    whole = reading.entity
    signed_pdfs: set[int] = set()
    xml_unsigned: list[str] = []  # what signed PDFs and XML documents leave out of themselves
    for part, pdf in found.inline:
        if pdf is None:
            verdict.items.append(_verify_entity(part, whole, policy))
            continue
        pdf_items, pdf_rest = pdf_items_of("attachment", part.filename(), pdf, policy)
        if pdf_items:
            verdict.items.extend(pdf_items)
            xml_unsigned.extend(pdf_rest)
            signed_pdfs.add(id(part))
    for name, data in found.cms_files:
        if name.lower() == "smime.p7s":
            continue
        # the file a .p7s or .cms is named after, when attached too, is what the verdict is about:
        # a detached signature needs it, and one carrying its document must carry that very file
        beside = found.signed_file(name)
        verdict.items.append(_verify("attachment", name, data, beside[1] if beside else None, policy))
    covered_names = {signed for name, _ in (*found.sig_files, *found.cms_files) for signed in signed_names(name)}
    for name, data in found.sig_files:
        signed_file = found.signed_file(name)
        if signed_file is None:
            missing = (signed_names(name) or [name])[-1]
            verdict.items.append(SignedItem("attachment", name, None, f"the signed file {missing} is not attached"))
            continue
        verdict.items.append(_verify("attachment", signed_file[0], data, signed_file[1], policy))
    for part, data in found.xml_files:
        items, rest = xml_attachment_items(part.filename(), data, policy)
        verdict.items.extend(items)
        xml_unsigned.extend(rest)
        signed_pdfs.add(id(part))  # like a signed PDF, it is its own signed document
    if verdict.items:
        visible = [part for part in found.outside if id(part) not in signed_pdfs]
        verdict.unsigned_parts = _unsigned(visible, covered_names) + xml_unsigned
    if any(item.kind == "letter" for item in verdict.items):
        verdict.headers_signed = reading.headers_signed
        for name in reading.differing_headers:
            verdict.warnings.append(
                f"the {name} outside the signature differs from the signed one; the signed {name} is shown"
            )
    _check_sender(reading, verdict)
    return verdict


def _ambiguous(reading: LetterReading) -> LetterVerdict:
    """A signed letter whose structure can be read in more than one way: no signature of it is
    shown as good (another reader could show other words under the same signature)."""
    reasons = "; ".join(reading.ambiguities)
    item = SignedItem(
        "letter",
        AMBIGUOUS_NAME,
        None,
        f"ambiguous structure — not shown as signed: {reasons}",
        decided_by_structure=Status.AMBIGUOUS,
    )
    return LetterVerdict(items=[item], ambiguities=list(reading.ambiguities))


@dataclass(frozen=True)
class SignedPayload:
    """A signed document a letter carries, with its signature: the letter's own signed entity
    (``letter.eml``: the exact bytes the signature covers), or a signed attachment."""

    name: str
    document: bytes | None  # None: a .sig whose file is not attached
    cms: bytes


def signed_payloads(raw: bytes) -> list[SignedPayload]:
    """Every signed document in the letter, as a document card takes them (PDFs signed inside,
    PAdES, are left out: their signatures cover byte ranges, not a document of their own)."""
    reading = read_letter(raw)
    if reading.ambiguities:
        return []  # nothing of an ambiguous letter is a signed document to put on a card
    found = _letter_parts(reading)
    out: list[SignedPayload] = []
    for part, pdf in found.inline:
        if pdf is not None:
            continue  # PAdES: see above
        if is_multipart_signed(part):
            signed, signature = part.children
            out.append(SignedPayload("letter.eml", signed.header + signed.body, signature.decoded_body()))
        else:
            data = part.decoded_body()
            out.append(SignedPayload("letter.eml", embedded_document(data), data))
    for name, data in found.cms_files:
        if name.lower() != "smime.p7s":
            beside = found.signed_file(name)  # .cms .p7s .p7m: paired as the verdict pairs them
            document = embedded_document(data) if beside is None else beside[1]
            out.append(SignedPayload(signed_names(name)[-1], document, data))
    for name, data in found.sig_files:
        signed_file = found.signed_file(name)
        document_name = signed_file[0] if signed_file else signed_names(name)[-1]
        out.append(SignedPayload(document_name, signed_file[1] if signed_file else None, data))
    return out


def _unsigned(visible: list[Part], signed_names: set[str]) -> list[str]:
    """What the reader sees outside every signature: the letter's own text, and attachments."""
    out = []
    for part in visible:
        name = part.filename()
        if not name:
            if part.content_type.startswith("text/") and part.decoded_body().strip():
                label = "text" if part.content_type == "text/plain" else part.content_type
                if label not in out:
                    out.append(label)
        elif name not in signed_names:
            out.append(name)
    return out


def _check_sender(reading: LetterReading, verdict: LetterVerdict) -> None:
    letter_signer = next(
        (i.result.signers[0] for i in verdict.items if i.kind in ("letter", "part") and i.result and i.result.signers),
        None,
    )
    if letter_signer is None or letter_signer.info is None:
        return
    sender = parseaddr(reading.header("From"))[1].lower()
    signer_email = letter_signer.info.email.lower()
    if signer_email and sender and signer_email != sender:
        verdict.warnings.append(f"signed by {signer_email}, but the letter is from {sender}")
    elif not signer_email:
        verdict.warnings.append("the signer's certificate names no e-mail address to compare with From")


def pdf_items_of(kind: str, name: str, data: bytes, policy: v.VerifyPolicy) -> tuple[list[SignedItem], list[str]]:
    """Each embedded (PAdES/CMS) signature of a PDF, checked over its signed byte ranges, and what
    of the PDF they leave out (a revision added after the last one); no items for an unsigned PDF."""
    embedded = pdf_signatures(data)
    items = []
    for number, signature in enumerate(embedded, 1):
        label = name if len(embedded) == 1 else f"{name} ({number}/{len(embedded)})"
        items.append(_verify(kind, label, signature.cms, signature.covered, policy))
    return items, unsigned_after(name, data)


def verify_signed_file(name: str, data: bytes, document: Content | None, policy: v.VerifyPolicy) -> LetterVerdict:
    """A file opened on its own: a PDF's embedded signatures (each over its byte ranges), or a CMS
    (attached, or detached with ``document``; without it every signer is ``content_missing``).
    The verdict has the shape of a letter's, so the same views show it."""
    verdict = LetterVerdict()
    if data.startswith(b"%PDF"):
        verdict.items, verdict.unsigned_parts = pdf_items_of("document", name, data, policy)
        return verdict
    verdict.items.append(_verify("document", name, data, document, policy))
    return verdict
