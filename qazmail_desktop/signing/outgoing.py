"""Preparing a letter to send with EDS: signatures for chosen attachments, then the letter itself,
made by a key file here or by eGov Mobile (``signers``): the attached files in one step, the
letter in the next."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage
from functools import partial
from pathlib import Path
from typing import cast

from ..choices import AttachmentSignature
from ..crypto import cms, tsp_client
from ..crypto.cms import TimestampRequester, content_inside, parse_signed_data
from ..crypto.content import Content
from ..crypto.errors import CryptoError, MalformedDataError
from ..crypto.evidence import EvidenceRequester
from ..crypto.keys import SigningKey
from ..signaturenames import free_signature_name, is_signature_name, signed_names
from ..sync.compose import read_attachment
from ..sync.errors import MailError
from .cosigning import CosignRefused, ensure_intact
from .pdf import sign_pdf
from .signers import DetachedSigner, KeySigner, SigningStep, ToSign
from .smime import sign_letter


@dataclass(frozen=True)
class SigningOptions:
    signer: SigningKey | DetachedSigner  # a key file, or eGov Mobile (operations.qrsigning.QrSigner)
    sign_letter: bool = True
    attachments: AttachmentSignature | None = None  # None: the attached files are not signed
    tsa_url: str = ""
    evidence: EvidenceRequester | None = None  # the signer's status and chain, taken after each time-stamp
    proof_tsa: str = ""  # offline (no tsa_url): the TSA whose time-stamp the letter waits for before it leaves

    @property
    def key(self) -> SigningKey | None:
        """The key file that signs; None when another signer (eGov Mobile) does."""
        return self.signer if isinstance(self.signer, SigningKey) else None

    def timestamper(self) -> TimestampRequester | None:
        return timestamper_for(self.key, self.tsa_url) if self.key is not None else None

    def detached_signer(self) -> DetachedSigner:
        """What makes the signatures: the key file with the time-stamps and evidence asked for, or the other signer."""
        if self.key is None:
            return cast(DetachedSigner, self.signer)
        return KeySigner(self.key, self.timestamper(), self.evidence)


def timestamper_for(key: SigningKey, tsa_url: str) -> TimestampRequester | None:
    """Time-stamps from ``tsa_url`` over signatures ``key`` makes; None without a TSA."""
    return tsa_timestamper(tsa_url, key.digest.oid) if tsa_url else None


def tsa_timestamper(tsa_url: str, digest_oid: str) -> TimestampRequester:
    """Time-stamps from ``tsa_url`` whose imprint uses the signature's own digest algorithm."""
    return partial(tsp_client.request_token, tsa_url, digest_oid=digest_oid)


@dataclass(frozen=True)
class Cosigned:
    """An attached signature the sender's signature joins: sent again under its own name, with
    one signer more (a forwarded act signed by the partner, to be signed "from our side")."""

    path: Path
    existing: bytes
    document: Path | None  # a detached signature's document, attached beside it


@dataclass
class AttachmentPlan:
    """What becomes of each chosen file when the attachments are signed."""

    carried: list[Path]  # attached as they are
    signed: list[Path]  # signed in the chosen form
    cosigned: list[Cosigned] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _cosignable(files: list[Path]) -> tuple[list[Cosigned], list[str]]:
    """The chosen files that are signatures to co-sign: a CMS with its document inside, or a
    detached one whose document is chosen too. One whose earlier signer no longer proves the
    document is signed as a file instead (a co-signature would vouch for it); so is a detached
    one without its document, and a file that is not a CMS at all."""
    by_name = {path.name: path for path in files}
    found, notes = [], []
    for path in files:
        if not is_signature_name(path.name):
            continue
        existing = read_attachment(path)
        try:
            detached = content_inside(parse_signed_data(existing)) is None
        except CryptoError:
            continue
        named = (by_name[name] for name in signed_names(path.name) if name in by_name)
        document = next(named, None) if detached else None
        if detached and document is None:
            continue
        try:
            ensure_intact(existing, Content.of_file(document) if document else None)
        except CosignRefused as exc:
            notes.append(f"{path.name} is not co-signed ({exc}): it is signed as a file instead")
            continue
        found.append(Cosigned(path, existing, document))
    return found, notes


def plan_attachments(files: list[Path], options: SigningOptions | None) -> AttachmentPlan:
    """Which files go into the letter as they are, which are signed, which co-signed. A signature
    among them is co-signed rather than signed as a file: the recipient then sees one document
    with both signers, not a signature over a signature; its document, when attached, is carried
    as it is (a second signature file of the same name would collide)."""
    form = options.attachments if options is not None else None
    if form is None:
        return AttachmentPlan(carried=files, signed=[])
    cosigned, notes = _cosignable(files)
    signatures = {c.path for c in cosigned}
    documents = {c.document for c in cosigned if c.document is not None}
    rest = [f for f in files if f not in signatures and f not in documents]
    if form == AttachmentSignature.SIG:
        carried = [f for f in files if f not in signatures]
    elif form == AttachmentSignature.CMS:  # a .cms carries its file inside
        carried = [f for f in files if f in documents]
    else:  # PAdES: the signed PDF replaces the PDF
        carried = [f for f in files if f in documents or (f in rest and f.suffix.lower() != ".pdf")]
    return AttachmentPlan(carried, rest, cosigned, notes)


def add_signed_attachments(msg: EmailMessage, plan: AttachmentPlan, options: SigningOptions) -> list[str]:
    """Attach each planned file's signature in the chosen form (the files themselves already
    attached for .sig; replaced by the signed PDF for PAdES; carried inside NAME.cms for .cms),
    and each co-signed signature with the sender's signature added. The signer is asked once for
    all of them (eGov Mobile: one QR code). Returns what the sender must know: a file PAdES cannot
    sign gets a .sig beside it instead; what was co-signed."""
    notes = list(plan.notes)
    parts: list[_Part] = []
    for joined in plan.cosigned:
        embedded = joined.document is None
        content = Content.of_file(joined.document) if joined.document else Content(data=_inside(joined.existing))
        subtype = "pkcs7-mime" if embedded else "pkcs7-signature"
        parts.append(_Part(joined.path.name, subtype, ToSign(joined.path.name, content), joined.existing))
        notes.append(f"{joined.path.name} already carried a signature: yours was added to it (co-signed)")
    taken = {path.name for path in plan.carried} | {joined.path.name for joined in plan.cosigned}
    for path in plan.signed:
        form = options.attachments
        if form == AttachmentSignature.PADES:
            signed_pdf, why = _pades(path, options)
            if signed_pdf is not None:
                pdf_name = free_signature_name(path.stem, "_signed.pdf", taken)
                taken.add(pdf_name)
                parts.append(_Part(pdf_name, "pdf", None, signed_pdf))
                continue
            notes.append(f"{path.name} {why}: signed as {path.name}.sig beside it instead")
            form = AttachmentSignature.SIG
            if path.suffix.lower() == ".pdf":  # planned to be replaced by its signed copy: the PDF itself goes
                taken.add(path.name)
                parts.append(_Part(path.name, "pdf", None, read_attachment(path)))
        if form not in (AttachmentSignature.SIG, AttachmentSignature.CMS):
            raise MailError(f"unknown attachment signature format {options.attachments!r}")
        detached = form == AttachmentSignature.SIG
        # a name no other attachment has: act.txt.2.sig beside the partner's act.txt.sig
        name = free_signature_name(path.name, ".sig" if detached else ".cms", taken)
        taken.add(name)
        subtype = "pkcs7-signature" if detached else "pkcs7-mime"
        parts.append(_Part(name, subtype, ToSign(path.name, Content.of_file(path))))
    wanted = [part.to_sign for part in parts if part.to_sign is not None]
    signatures = iter(options.detached_signer().sign_detached(wanted, SigningStep.ATTACHMENTS) if wanted else [])
    for part in parts:
        data = part.finished(next(signatures)) if part.to_sign is not None else part.existing
        msg.add_attachment(data, maintype="application", subtype=part.subtype, filename=part.name)
    return notes


@dataclass(frozen=True)
class _Part:
    """One attachment the signing makes: ready (a signed PDF), or made from the signature over
    ``to_sign``: joined to ``existing`` (a co-signature), the document put inside (.cms), or as it is (.sig)."""

    name: str
    subtype: str
    to_sign: ToSign | None
    existing: bytes = b""

    def finished(self, signature: bytes) -> bytes:
        if self.existing:
            return cms.join_signers(self.existing, signature)
        if self.subtype == "pkcs7-mime":
            assert self.to_sign is not None
            return cms.with_content(signature, self.to_sign.content.read_all())
        return signature


def _inside(existing: bytes) -> bytes:
    data = content_inside(parse_signed_data(existing))
    assert data is not None  # planned as embedded
    return data


def _pades(path: Path, options: SigningOptions) -> tuple[bytes | None, str]:
    """``path`` signed inside, or None and why not: not a PDF, a PDF that cannot be signed inside
    (encrypted, damaged, changed after a signature), or no key file here (eGov Mobile signs a CMS)."""
    if path.suffix.lower() != ".pdf":
        return None, "is not a PDF"
    if options.key is None:
        return None, "cannot be signed inside a PDF by eGov Mobile"
    try:
        return sign_pdf(read_attachment(path), options.key, options.timestamper(), options.evidence), ""
    except (MalformedDataError, CosignRefused) as exc:  # encrypted, damaged, changed after a signature
        return None, f"cannot be signed inside ({exc})"


def finish(msg: EmailMessage, options: SigningOptions | None) -> bytes | None:
    """The signed letter's bytes, or None when the letter goes unsigned."""
    if options is None or not options.sign_letter:
        return None
    return sign_letter(msg, options.detached_signer())
