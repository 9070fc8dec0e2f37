"""Finding and verifying every signature in a received letter, and what each one covers.

Looks at S/MIME multipart/signed (the signature over the exact bytes of the first part),
application/pkcs7-mime signed data, and attachments: NAME.cms/.p7s/.p7m (document inside),
NAME.sig (detached, over the attachment NAME) and signed PDFs. The verdict of the letter is the
worst of its signatures; a letter signer whose certificate names another e-mail than From gets
a warning.

Coverage: a letter counts as signed only when the signed entity is the whole letter (at the top,
or the single thing inside it). A signed part beside or inside unsigned ones (the signature-
wrapping spoof: "URGENT: pay to KZ99…" around a genuinely signed forward) is a ``part`` item and
the letter's coverage is ``partial``: its text is not what was signed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import parseaddr
from typing import Any

from ..crypto import verify as v
from ..crypto.cms import content_inside, parse_signed_data
from ..crypto.content import Content
from ..crypto.errors import CRYPTO_OR_ASN1_ERRORS, CryptoError
from ..crypto.status import Status, status_of
from ..store import rawmime
from ..store.rawmime import Part, parse
from .pdf import pdf_signatures

SIGNATURE_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature")
SIGNED_DATA_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")
CMS_SUFFIXES = (".cms", ".p7s", ".p7m")


@dataclass
class SignedItem:
    """One signature found in the letter: of the whole letter, of a part of it, or of an attachment."""

    kind: str  # "letter", "part" (a signed entity that is not the whole letter), "attachment" or "document" (a file)
    name: str
    result: v.VerificationResult | None
    error: str = ""
    signed_text: str = ""  # for a "part": the text it signs, to show beside what the letter shows

    @property
    def status(self) -> Status:
        if self.result is None:
            return v.MALFORMED
        if not self.result.signers:
            return v.MALFORMED
        return max((s.status for s in self.result.signers), key=lambda status: status.severity)


@dataclass
class LetterVerdict:
    items: list[SignedItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unsigned_parts: list[str] = field(default_factory=list)  # what the reader sees that no signature covers
    card: bool | None = None  # a document card: whether it passes the card's checks (None: not a card)

    @property
    def signed(self) -> bool:
        return bool(self.items)

    @property
    def coverage(self) -> str:
        """ "full" (the letter itself is signed), "partial" (a signed part inside unsigned ones),
        "attachments" (only attachments are signed) or "" (nothing is)."""
        kinds = {item.kind for item in self.items}
        if "letter" in kinds:
            return "full"
        if "part" in kinds:
            return "partial"
        return "attachments" if kinds else ""

    @property
    def status(self) -> str:
        if not self.items:
            return ""
        return max((status_of(i.status) for i in self.items), key=lambda status: status.severity)

    def main_signer(self) -> v.SignerVerdict | None:
        for item in sorted(self.items, key=lambda i: i.kind != "letter"):
            if item.result and item.result.signers:
                return item.result.signers[0]
        return None

    def summary(self) -> dict[str, Any]:
        """What the cache stores and `list --json` shows: the main signer and the overall status."""
        signer = self.main_signer()
        info = signer.info if signer else None
        return {
            "status": self.status,
            "coverage": self.coverage,
            "unsigned_parts": self.unsigned_parts,
            **({"card_trustworthy": self.card} if self.card is not None else {}),
            "warnings": self.warnings,
            "signer": {
                "name": info.name if info else None,
                "iin": info.iin if info else None,
                "bin": info.bin if info else None,
                "organization": info.organization if info else None,
                "email": info.email if info else None,
                "signing_time": signer.signing_time.isoformat() if signer and signer.signing_time else None,
                "status": self.status,
            }
            if signer
            else None,
            "items": [{"kind": i.kind, "name": i.name, "status": i.status, "error": i.error} for i in self.items],
        }

    def to_json(self) -> dict[str, Any]:
        return {
            **self.summary(),
            "signatures": [
                {
                    "kind": i.kind,
                    "name": i.name,
                    "status": i.status,
                    "error": i.error,
                    "signed_text": i.signed_text,
                    **(i.result.to_json() if i.result else {}),
                }
                for i in self.items
            ],
        }


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


def _walk(part: Part) -> list[Part]:
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


def _is_multipart_signed(part: Part) -> bool:
    if part.content_type != "multipart/signed" or len(part.children) != 2:
        return False
    protocol = part.params.get("protocol", "").lower()
    return protocol in SIGNATURE_TYPES or part.children[1].content_type in SIGNATURE_TYPES


def _is_opaque_signed(part: Part) -> bool:
    """application/pkcs7-mime as the letter's content (S/MIME names it smime.p7m), not a .p7m file."""
    if part.children or part.content_type not in SIGNED_DATA_TYPES:
        return False
    name = part.filename().lower()
    return name == "smime.p7m" or not name.endswith(CMS_SUFFIXES)


MAX_ENCLOSED = 8


def _decode_enclosed(root: Part) -> None:
    """Parse the letters inside base64/quoted-printable message/rfc822 parts (mail programs do
    send them so), once and at most ``MAX_ENCLOSED`` of them, so every later walk sees the same parts."""
    pending, decoded = [root], 0
    while pending:
        for part in _walk(pending.pop()):
            encoding = (part.get("Content-Transfer-Encoding") or "").strip().lower()
            if part.message is not None and encoding in ("base64", "quoted-printable") and decoded < MAX_ENCLOSED:
                part.message = parse(part.decoded_body())
                decoded += 1
                pending.append(part.message)


def _letter_entity(root: Part) -> Part | None:
    """The part whose signature covers everything the letter shows: the root itself, or the only
    part inside single-part containers; None when the letter has anything else beside it."""
    part = root
    while True:
        if _is_multipart_signed(part) or _is_opaque_signed(part):
            return part
        if part.content_type.startswith("multipart/") and len(part.children) == 1:
            part = part.children[0]
            continue
        return None


def _covered(entity: Part) -> set[int]:
    return {id(p) for p in _walk(entity)}


def _text_of(entity: Part) -> str:
    """The plain text a signed entity carries (its first text/plain, else its first text part)."""
    texts = [p for p in _walk(entity) if not p.children and p.content_type.startswith("text/") and not p.filename()]
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
    files: dict[str, bytes] = field(default_factory=dict)  # the other named attachments, by name
    outside: list[Part] = field(default_factory=list)  # leaves no signed entity covers (signatures left out)


def _letter_parts(raw: bytes) -> _LetterParts:
    root = parse(raw)
    _decode_enclosed(root)
    found = _LetterParts(root)
    covered: set[int] = set()
    for part in _walk(root):
        if _is_multipart_signed(part) or _is_opaque_signed(part):
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
        if id(part) not in covered:
            found.outside.append(part)
    return found


def _verify_entity(part: Part, whole: Part | None, policy: v.VerifyPolicy) -> SignedItem:
    """A multipart/signed or opaque-signed entity: the whole letter's signature, or a signed part's."""
    kind = "letter" if part is whole else "part"
    if _is_multipart_signed(part):
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


def verify_letter(raw: bytes, policy: v.VerifyPolicy) -> LetterVerdict:
    verdict = LetterVerdict()
    found = _letter_parts(raw)
    whole = _letter_entity(found.root)
    signed_pdfs: set[int] = set()
    for part, pdf in found.inline:
        if pdf is None:
            verdict.items.append(_verify_entity(part, whole, policy))
            continue
        pdf_item = _verify_pdf(part.filename(), pdf, policy)
        if pdf_item is not None:
            verdict.items.append(pdf_item)
            signed_pdfs.add(id(part))
    for name, data in found.cms_files:
        if name.lower() == "smime.p7s":
            continue
        verdict.items.append(_verify("attachment", name, data, None, policy))
    signed_names = {name[: -len(".sig")] for name, _ in found.sig_files}
    signed_names |= {name.rsplit(".", 1)[0] for name, _ in found.cms_files}
    for name, data in found.sig_files:
        document = found.files.get(name[: -len(".sig")])
        if document is None:
            verdict.items.append(SignedItem("attachment", name, None, f"the signed file {name[:-4]} is not attached"))
            continue
        verdict.items.append(_verify("attachment", name[: -len(".sig")], data, document, policy))
    if verdict.items:
        visible = [part for part in found.outside if id(part) not in signed_pdfs]
        verdict.unsigned_parts = _unsigned(visible, signed_names)
    _check_sender(raw, verdict)
    return verdict


@dataclass(frozen=True)
class SignedPayload:
    """A signed document a letter carries, with its signature: the letter's own signed entity
    (``letter.eml``: the exact bytes the signature covers), or a signed attachment."""

    name: str
    document: bytes | None  # None: a .sig whose file is not attached
    cms: bytes


def embedded_document(cms_bytes: bytes) -> bytes | None:
    """The document inside an attached CMS; None for a detached or unreadable one."""
    try:
        return content_inside(parse_signed_data(cms_bytes))
    except CRYPTO_OR_ASN1_ERRORS:
        return None


def signed_payloads(raw: bytes) -> list[SignedPayload]:
    """Every signed document in the letter, as a document card takes them (PDFs signed inside,
    PAdES, are left out: their signatures cover byte ranges, not a document of their own)."""
    found = _letter_parts(raw)
    out: list[SignedPayload] = []
    for part, pdf in found.inline:
        if pdf is not None:
            continue  # PAdES: see above
        if _is_multipart_signed(part):
            signed, signature = part.children
            out.append(SignedPayload("letter.eml", signed.header + signed.body, signature.decoded_body()))
        else:
            data = part.decoded_body()
            out.append(SignedPayload("letter.eml", embedded_document(data), data))
    for name, data in found.cms_files:
        if name.lower() != "smime.p7s":
            out.append(SignedPayload(name[:-4] or name, embedded_document(data), data))  # .cms .p7s .p7m
    for name, data in found.sig_files:
        document_name = name[: -len(".sig")]
        out.append(SignedPayload(document_name, found.files.get(document_name), data))
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


def _check_sender(raw: bytes, verdict: LetterVerdict) -> None:
    letter_signer = next(
        (i.result.signers[0] for i in verdict.items if i.kind in ("letter", "part") and i.result and i.result.signers),
        None,
    )
    if letter_signer is None or letter_signer.info is None:
        return
    # the header alone, read byte-level: the email package's full parse was a third of a mailbox check
    header = Part(rawmime.split_header(raw)[0], b"")
    sender = parseaddr(rawmime.decoded(header.get("From")))[1].lower()
    signer_email = letter_signer.info.email.lower()
    if signer_email and sender and signer_email != sender:
        verdict.warnings.append(f"signed by {signer_email}, but the letter is from {sender}")
    elif not signer_email:
        verdict.warnings.append("the signer's certificate names no e-mail address to compare with From")


def _verify_pdf(name: str, data: bytes, policy: v.VerifyPolicy) -> SignedItem | None:
    """A PDF with an embedded (PAdES/CMS) signature, checked over its signed byte ranges."""
    embedded = pdf_signatures(data)
    if not embedded:
        return None
    cms_bytes, covered = embedded[-1]
    return _verify("attachment", name, cms_bytes, covered, policy)


def verify_signed_file(name: str, data: bytes, document: Content | None, policy: v.VerifyPolicy) -> LetterVerdict:
    """A file opened on its own: a PDF's embedded signatures (each over its byte ranges), or a CMS
    (attached, or detached with ``document``; without it every signer is ``content_missing``).
    The verdict has the shape of a letter's, so the same views show it."""
    verdict = LetterVerdict()
    if data.startswith(b"%PDF"):
        embedded = pdf_signatures(data)
        for number, (cms_bytes, covered) in enumerate(embedded, 1):
            label = name if len(embedded) == 1 else f"{name} ({number}/{len(embedded)})"
            verdict.items.append(_verify("document", label, cms_bytes, covered, policy))
        return verdict
    verdict.items.append(_verify("document", name, data, document, policy))
    return verdict
