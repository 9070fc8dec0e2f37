"""Finding and verifying every signature in a received letter.

Looks at S/MIME multipart/signed (the signature over the exact bytes of the first part),
application/pkcs7-mime signed data, and attachments: NAME.cms/.p7s/.p7m (document inside),
NAME.sig (detached, over the attachment NAME) and signed PDFs. The verdict of the letter is the
worst of its signatures; a letter signer whose certificate names another e-mail than From gets
a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import parseaddr
from typing import Any

from ..crypto import verify as v
from ..crypto.content import Content
from ..crypto.errors import CryptoError
from ..store.mailparse import parse_message
from ..store.rawmime import Part, parse
from .pdf import pdf_signatures

SIGNATURE_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature")
SIGNED_DATA_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")
CMS_SUFFIXES = (".cms", ".p7s", ".p7m")


@dataclass
class SignedItem:
    """One signature found in the letter: of the letter itself, or of an attachment."""

    kind: str  # "letter" or "attachment"
    name: str
    result: v.VerificationResult | None
    error: str = ""

    @property
    def status(self) -> v.Status:
        if self.result is None:
            return v.MALFORMED
        if not self.result.signers:
            return v.MALFORMED
        return max((s.status for s in self.result.signers), key=lambda status: status.severity)


@dataclass
class LetterVerdict:
    items: list[SignedItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return bool(self.items)

    @property
    def status(self) -> str:
        if not self.items:
            return ""
        return max((v.status_of(i.status) for i in self.items), key=lambda status: status.severity)

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
                    **(i.result.to_json() if i.result else {}),
                }
                for i in self.items
            ],
        }


def _verify(kind: str, name: str, cms_bytes: bytes, content: bytes | None, policy: v.VerifyPolicy) -> SignedItem:
    try:
        result = v.verify(cms_bytes, Content(data=content) if content is not None else None, policy)
    except CryptoError as exc:
        return SignedItem(kind, name, None, str(exc))
    return SignedItem(kind, name, result)


def _walk(part: Part) -> list[Part]:
    out = [part]
    for child in part.children:
        out.extend(_walk(child))
    return out


def verify_letter(raw: bytes, policy: v.VerifyPolicy) -> LetterVerdict:
    verdict = LetterVerdict()
    root = parse(raw)
    leaves: dict[str, bytes] = {}
    cms_parts: list[tuple[str, bytes]] = []
    sig_parts: list[tuple[str, bytes]] = []
    for part in _walk(root):
        if part.content_type == "multipart/signed" and len(part.children) == 2:
            signed, signature = part.children
            protocol = part.params.get("protocol", "").lower()
            if protocol in SIGNATURE_TYPES or signature.content_type in SIGNATURE_TYPES:
                entity = signed.header + signed.body
                verdict.items.append(_verify("letter", "letter", signature.decoded_body(), entity, policy))
            continue
        if part.children:
            continue
        name = part.filename()
        if part.content_type in SIGNED_DATA_TYPES and not name.lower().endswith(CMS_SUFFIXES):
            verdict.items.append(_verify("letter", "letter", part.decoded_body(), None, policy))
            continue
        if part.content_type in SIGNATURE_TYPES and not name:
            continue
        lowered = name.lower()
        if lowered.endswith(CMS_SUFFIXES):
            cms_parts.append((name, part.decoded_body()))
        elif lowered.endswith(".sig"):
            sig_parts.append((name, part.decoded_body()))
        elif name:
            leaves[name] = part.decoded_body()
            if lowered.endswith(".pdf"):
                pdf_item = _verify_pdf(name, leaves[name], policy)
                if pdf_item is not None:
                    verdict.items.append(pdf_item)
    for name, data in cms_parts:
        if name.lower() == "smime.p7s":
            continue
        verdict.items.append(_verify("attachment", name, data, None, policy))
    for name, data in sig_parts:
        document = leaves.get(name[: -len(".sig")])
        if document is None:
            verdict.items.append(SignedItem("attachment", name, None, f"the signed file {name[:-4]} is not attached"))
            continue
        verdict.items.append(_verify("attachment", name[: -len(".sig")], data, document, policy))
    _check_sender(raw, verdict)
    return verdict


def _check_sender(raw: bytes, verdict: LetterVerdict) -> None:
    letter_signer = next(
        (i.result.signers[0] for i in verdict.items if i.kind == "letter" and i.result and i.result.signers), None
    )
    if letter_signer is None or letter_signer.info is None:
        return
    sender = parseaddr(str(parse_message(raw).get("From", "")))[1].lower()
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
