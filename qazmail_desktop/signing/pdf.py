"""Signatures inside PDF files (PAdES): finding them, and signing PDFs with RSA keys (pyhanko).

Verification takes each signature's CMS and the bytes its /ByteRange covers and runs them
through the same CMS verifier as every other signature, so GOST-signed PDFs verify too.
pyhanko has no GOST digests, so GOST keys sign PDFs as a .sig file beside them instead.
"""

from __future__ import annotations

import io
import re

from ..crypto.keys import RsaSigningKey

_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")
MAX_PDF = 200 << 20


def pdf_signatures(data: bytes) -> list[tuple[bytes, bytes]]:
    """(CMS, covered bytes) of every embedded signature, in file order."""
    if not data.startswith(b"%PDF") or len(data) > MAX_PDF:
        return []
    found = []
    for match in _BYTE_RANGE.finditer(data):
        a, b, c, d = (int(x) for x in match.groups())
        if not (a == 0 and b < c <= len(data) and c + d <= len(data)):
            continue
        hole = data[b:c].strip()
        if not (hole.startswith(b"<") and hole.endswith(b">")):
            continue
        try:
            cms_bytes = bytes.fromhex(hole[1:-1].decode("ascii")).rstrip(b"\x00")
        except (ValueError, UnicodeDecodeError):
            continue
        found.append((cms_bytes, data[a : a + b] + data[c : c + d]))
    return found


def sign_pdf(data: bytes, key: RsaSigningKey, reason: str = "Signed with QazMail Desktop") -> bytes:
    """A PAdES signature inside the PDF (RSA keys), as PDF readers show it."""
    from asn1crypto import keys as asn1_keys
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    private_der = key._private.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    signer = signers.SimpleSigner(
        signing_cert=key.certificate,
        signing_key=asn1_keys.PrivateKeyInfo.load(private_der),
        cert_registry=SimpleCertificateStore.from_certs([key.certificate]),  # type: ignore[no-untyped-call]
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    out = signers.sign_pdf(
        writer, signers.PdfSignatureMetadata(field_name="QazMailSignature", reason=reason), signer=signer
    )
    return bytes(out.getvalue())
