"""Preparing a letter to send with EDS: signatures for chosen attachments, then the letter itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage
from functools import partial
from pathlib import Path

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
from .smime import sign_attachment, sign_letter


@dataclass(frozen=True)
class SigningOptions:
    key: SigningKey
    sign_letter: bool = True
    attachments: AttachmentSignature | None = None  # None: the attached files are not signed
    tsa_url: str = ""
    evidence: EvidenceRequester | None = None  # the signer's status and chain, taken after each time-stamp
    proof_tsa: str = ""  # offline (no tsa_url): the TSA whose time-stamp the letter waits for before it leaves

    def timestamper(self) -> TimestampRequester | None:
        return timestamper_for(self.key, self.tsa_url)


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
    and each co-signed signature with the sender's signature added. Returns what the sender must
    know: a file PAdES cannot sign gets a .sig beside it instead; what was co-signed."""
    stamp = options.timestamper()
    notes = list(plan.notes)
    for joined in plan.cosigned:
        content = Content.of_file(joined.document) if joined.document else None
        data = cms.cosign(joined.existing, options.key, content, timestamper=stamp, evidence=options.evidence)
        subtype = "pkcs7-signature" if joined.document else "pkcs7-mime"
        msg.add_attachment(data, maintype="application", subtype=subtype, filename=joined.path.name)
        notes.append(f"{joined.path.name} already carried a signature: yours was added to it (co-signed)")
    taken = {path.name for path in plan.carried} | {joined.path.name for joined in plan.cosigned}
    for path in plan.signed:
        form = options.attachments
        if form == AttachmentSignature.PADES:
            why = "is not a PDF"
            if path.suffix.lower() == ".pdf":
                try:
                    signed_pdf = sign_pdf(read_attachment(path), options.key, stamp, options.evidence)
                except (MalformedDataError, CosignRefused) as exc:  # encrypted, damaged, changed after a signature
                    why = f"cannot be signed inside ({exc})"
                else:
                    pdf_name = free_signature_name(path.stem, "_signed.pdf", taken)
                    taken.add(pdf_name)
                    msg.add_attachment(signed_pdf, maintype="application", subtype="pdf", filename=pdf_name)
                    continue
            notes.append(f"{path.name} {why}: signed as {path.name}.sig beside it instead")
            form = AttachmentSignature.SIG
        if form not in (AttachmentSignature.SIG, AttachmentSignature.CMS):
            raise MailError(f"unknown attachment signature format {options.attachments!r}")
        detached = form == AttachmentSignature.SIG
        _, data = sign_attachment(path, options.key, detached, stamp, options.evidence)
        # a name no other attachment has: act.txt.2.sig beside the partner's act.txt.sig
        name = free_signature_name(path.name, ".sig" if detached else ".cms", taken)
        taken.add(name)
        subtype = "pkcs7-signature" if detached else "pkcs7-mime"
        msg.add_attachment(data, maintype="application", subtype=subtype, filename=name)
    return notes


def finish(msg: EmailMessage, options: SigningOptions | None) -> bytes | None:
    """The signed letter's bytes, or None when the letter goes unsigned."""
    if options is None or not options.sign_letter:
        return None
    return sign_letter(msg, options.key, options.timestamper(), options.evidence)
