"""Preparing a letter to send with EDS: signatures for chosen attachments, then the letter itself."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from functools import partial
from pathlib import Path

from ..choices import AttachmentSignature
from ..crypto import tsp_client
from ..crypto.cms import TimestampRequester
from ..crypto.evidence import EvidenceRequester
from ..crypto.keys import RsaSigningKey, SigningKey
from ..sync.compose import read_attachment
from ..sync.errors import MailError
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


def add_signed_attachments(msg: EmailMessage, files: list[Path], options: SigningOptions) -> list[str]:
    """Attach each file with its signature in the chosen form (the files themselves already attached
    for .sig; replaced by the signed PDF for PAdES; carried inside NAME.cms for .cms). Returns what
    the sender must know: a file PAdES cannot sign gets a .sig beside it instead."""
    stamp = options.timestamper()
    notes = []
    for path in files:
        if options.attachments == AttachmentSignature.SIG:
            name, data = sign_attachment(path, options.key, True, stamp, options.evidence)
            msg.add_attachment(data, maintype="application", subtype="pkcs7-signature", filename=name)
        elif options.attachments == AttachmentSignature.CMS:
            name, data = sign_attachment(path, options.key, False, stamp, options.evidence)
            msg.add_attachment(data, maintype="application", subtype="pkcs7-mime", filename=name)
        elif options.attachments == AttachmentSignature.PADES:
            if path.suffix.lower() != ".pdf" or not isinstance(options.key, RsaSigningKey):
                why = "is not a PDF" if path.suffix.lower() != ".pdf" else "needs an RSA key for a PDF signature"
                notes.append(f"{path.name} {why}: signed as {path.name}.sig beside it instead")
                name, data = sign_attachment(path, options.key, True, stamp, options.evidence)
                msg.add_attachment(data, maintype="application", subtype="pkcs7-signature", filename=name)
            else:
                msg.add_attachment(
                    sign_pdf(read_attachment(path), options.key),
                    maintype="application",
                    subtype="pdf",
                    filename=path.stem + "_signed.pdf",
                )
        else:
            raise MailError(f"unknown attachment signature format {options.attachments!r}")
    return notes


def attachments_to_carry(files: list[Path], options: SigningOptions | None) -> list[Path]:
    """Which files go into the letter as they are (a .cms carries its file inside)."""
    if options is None or options.attachments in (None, AttachmentSignature.SIG):
        return files
    return [] if options.attachments == AttachmentSignature.CMS else [f for f in files if f.suffix.lower() != ".pdf"]


def finish(msg: EmailMessage, options: SigningOptions | None) -> bytes | None:
    """The signed letter's bytes, or None when the letter goes unsigned."""
    if options is None or not options.sign_letter:
        return None
    return sign_letter(msg, options.key, options.timestamper(), options.evidence)
