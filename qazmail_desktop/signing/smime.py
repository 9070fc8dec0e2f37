"""Signing letters as S/MIME multipart/signed (RFC 8551) and attachments as .cms / .sig files.

The signed entity is serialised once, in 7-bit-safe CRLF form, and those exact bytes are both
signed and sent, so no relay can change what the signature covers. The entity carries its own
copies of Subject, From, To, Cc and Date (RFC 8551 §3.1, "protected headers"): the signature covers
them too, and a reader shows the signed ones and says when the outer ones were changed. GOST keys sign with the NCA
OIDs; RSA keys with sha256WithRSA, which `openssl smime -verify` and Thunderbird accept.
"""

from __future__ import annotations

import base64
import email.policy
import secrets
from collections.abc import Callable
from email.message import EmailMessage, MIMEPart
from pathlib import Path

from ..crypto import cms
from ..crypto.cms import parse_signed_data
from ..crypto.content import Content
from ..crypto.digests import digest_name
from ..crypto.evidence import EvidenceRequester
from ..crypto.keys import SigningKey
from ..store.rawmime import parse
from .reading import PROTECTED_HEADERS
from .signers import DetachedSigner, KeySigner, SigningStep, ToSign

LETTER_NAME = "letter.eml"  # what eGov Mobile calls the letter's signed text
ENTITY_POLICY = email.policy.SMTP.clone(cte_type="7bit")
MICALG = {"streebog512": "gostr3411-2012-512", "sha256": "sha-256"}
OUTER_HEADERS = (
    "From",
    "To",
    "Cc",
    "Bcc",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "User-Agent",
    "Reply-To",
)


def _entity_bytes(msg: EmailMessage) -> bytes:
    """The content part with copies of the letter's protected headers, canonical CRLF, 7-bit safe."""
    entity = _copy_part(msg)
    for name in PROTECTED_HEADERS:
        for value in msg.get_all(name, []):
            entity[name] = value
    if any(msg.get(name) for name in PROTECTED_HEADERS):
        entity.set_param("protected-headers", "v1")
    return entity.as_bytes(policy=ENTITY_POLICY).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _copy_leaf(source: MIMEPart, target: EmailMessage) -> None:
    """Text bodies are re-encoded 7-bit; attachments keep their exact bytes (their own signatures
    cover those bytes, so not even line ends may change)."""
    filename = source.get_filename()
    disposition = source.get_content_disposition()
    if filename or disposition == "attachment":
        payload = source.get_payload(decode=True)
        maintype, subtype = source.get_content_type().split("/", 1)
        target.set_content(
            payload if isinstance(payload, bytes) else b"",
            maintype=maintype,
            subtype=subtype,
            disposition=disposition or "attachment",
            filename=filename,
            cte="base64",
        )
        return
    content = source.get_content()
    if isinstance(content, str):
        subtype = source.get_content_subtype()
        target.set_content(content, subtype=subtype, disposition=disposition, filename=filename)
    else:
        maintype, subtype = source.get_content_type().split("/", 1)
        target.set_content(content, maintype=maintype, subtype=subtype, disposition=disposition, filename=filename)


def _copy_part(part: MIMEPart, nested: bool = False) -> EmailMessage:
    copy = EmailMessage(policy=ENTITY_POLICY)
    if part.is_multipart():
        copy.set_type(part.get_content_type())
        for sub in part.iter_parts():
            copy.attach(_copy_part(sub, nested=True))
    else:
        _copy_leaf(part, copy)
    if nested:
        del copy["MIME-Version"]  # only the entity's top carries it
    return copy


def sign_letter(
    msg: EmailMessage,
    signer: SigningKey | DetachedSigner,
    timestamper: cms.TimestampRequester | None = None,
    evidence: EvidenceRequester | None = None,
) -> bytes:
    """The whole signed letter as bytes ready to send (and to store in Sent). ``signer``: a key
    file (time-stamped by ``timestamper``, with ``evidence``), or another signer (eGov Mobile)."""
    if isinstance(signer, SigningKey):
        signer.ensure_can_sign()
        signer = KeySigner(signer, timestamper, evidence)
    entity = _entity_bytes(msg)
    [signature] = signer.sign_detached([ToSign(LETTER_NAME, Content(data=entity))], SigningStep.LETTER)
    digest = digest_name(parse_signed_data(signature)["signer_infos"][0]["digest_algorithm"]["algorithm"].dotted)
    boundary = "=_qazmail_signed_" + secrets.token_hex(12)
    micalg = MICALG.get(digest, digest)
    header_block = EmailMessage(policy=email.policy.SMTP)
    for name in OUTER_HEADERS:
        for value in msg.get_all(name, []):
            header_block[name] = value
    header_block["MIME-Version"] = "1.0"
    header_block["Content-Type"] = (
        f'multipart/signed; protocol="application/pkcs7-signature"; micalg="{micalg}"; boundary="{boundary}"'
    )
    headers = header_block.as_bytes(policy=email.policy.SMTP).split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    b64 = base64.encodebytes(signature).replace(b"\n", b"\r\n")
    body = (
        b"This is an S/MIME signed message (EDS). Signed with QazMail Desktop.\r\n\r\n"
        + f"--{boundary}\r\n".encode()
        + entity
        + b"\r\n"
        + f"--{boundary}\r\n".encode()
        + b'Content-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
        + b"Content-Transfer-Encoding: base64\r\n"
        + b'Content-Disposition: attachment; filename="smime.p7s"\r\n'
        + b"Content-Description: S/MIME Cryptographic Signature\r\n\r\n"
        + b64
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return headers + body


def add_proof_to_letter(
    raw: bytes, timestamper_for: Callable[[str], cms.TimestampRequester], status_of: cms.StatusRequester
) -> bytes:
    """A signed letter whose signature (made offline) gets its time-stamp and the signer's status
    before it leaves: only the signature part's bytes change; what was signed stays byte for byte.
    A letter that is not multipart/signed at the top comes back as it was."""
    root = parse(raw)
    if root.content_type != "multipart/signed" or len(root.children) != 2:
        return raw
    signature_part = root.children[1]
    old = signature_part.body
    if raw.count(old) != 1 or not old.strip():
        return raw  # the signature's text must be found exactly once to be replaced safely
    proved = cms.add_proof(signature_part.decoded_body(), timestamper_for, status_of)
    new = base64.encodebytes(proved).replace(b"\n", b"\r\n").rstrip(b"\r\n")
    ending = old[len(old.rstrip(b"\r\n")) :]  # keep the line break the boundary expects
    return raw.replace(old, new + ending, 1)


def sign_attachment(
    path: Path,
    key: SigningKey,
    detached: bool,
    timestamper: cms.TimestampRequester | None = None,
    evidence: EvidenceRequester | None = None,
) -> tuple[str, bytes]:
    """(file name, CMS bytes): NAME.cms with the document inside, or NAME.sig beside it."""
    signed = cms.sign(Content.of_file(path), key, detached=detached, timestamper=timestamper, evidence=evidence)
    return (path.name + (".sig" if detached else ".cms")), signed
