"""Signatures inside PDF files (PAdES): finding them, what of the file each covers, and signing.

Verification takes each signature's CMS and the bytes its /ByteRange covers and runs them through
the same CMS verifier as every other signature, so GOST-signed PDFs verify too. A PDF grows by
incremental updates: bytes after the last signature's range are a later revision nobody signed,
and what a PDF reader shows is that later revision, so the verdict says so.

Signing: pyhanko lays out the signature field and reserves /Contents (the PDF's structure is its
craft); the CMS that fills it is QazMail's own, made over exactly the bytes /ByteRange names, so every
key (GOST 34.10-2015, RSA) signs a PDF with its time-stamp and revocation evidence, as any document.
"""

from __future__ import annotations

import asyncio
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..crypto import cms
from ..crypto.cms import TimestampRequester
from ..crypto.content import Content
from ..crypto.errors import CryptoError, MalformedDataError
from ..crypto.evidence import EvidenceRequester
from ..crypto.keys import SigningKey
from .cosigning import CosignRefused, ensure_intact

if TYPE_CHECKING:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")
MAX_PDF = 200 << 20
# room for the CMS in /Contents: the chain, a time-stamp token and OCSP answers take about 20 KiB
RESERVED = 32 << 10
# what a PDF reader shows that no signature of the PDF covers (the window says it in its language
# from the same pattern: ui.signature_panel)
CHANGED_AFTER = "what was added to {name} after its last signature"


@dataclass(frozen=True)
class EmbeddedSignature:
    """One signature inside a PDF: its CMS, the bytes it covers, and where its revision ends."""

    cms: bytes
    covered: bytes
    end: int  # the file's length when the signature covers the whole file

    def covers_whole(self, data: bytes) -> bool:
        """Whether nothing but line ends follows the signed revision (writers end a file with one)."""
        return not data[self.end :].strip(b"\r\n")


def pdf_signatures(data: bytes) -> list[EmbeddedSignature]:
    """Every embedded signature, in file order."""
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
        found.append(EmbeddedSignature(cms_bytes, data[a : a + b] + data[c : c + d], c + d))
    return found


def unsigned_after(name: str, data: bytes) -> list[str]:
    """What of a signed PDF its signatures leave out: the revisions added after the last one."""
    embedded = pdf_signatures(data)
    if embedded and not max(embedded, key=lambda s: s.end).covers_whole(data):
        return [CHANGED_AFTER.format(name=name)]
    return []


def sign_pdf(
    data: bytes,
    key: SigningKey,
    timestamper: TimestampRequester | None = None,
    evidence: EvidenceRequester | None = None,
) -> bytes:
    """The PDF with one more signature inside (PAdES, subfilter ETSI.CAdES.detached), added as an
    incremental update so earlier signatures stay valid; each of them must be intact and cover the
    whole file (``CosignRefused`` otherwise: signing over someone's later changes would vouch for them).
    ``MalformedDataError`` for what is no PDF pyhanko can update (damaged, encrypted, too large)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError

    # what pyhanko raises on a PDF it cannot read or update (a hostile file reaches its parser's insides)
    refusals = (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError)
    if not data.startswith(b"%PDF"):
        raise MalformedDataError("not a PDF file")
    if len(data) > MAX_PDF:
        raise MalformedDataError(f"a PDF larger than {MAX_PDF >> 20} MiB is not signed")
    earlier = pdf_signatures(data)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except refusals as exc:
        _ensure_signable(data, earlier)  # a later revision of someone's signed PDF that does not even parse
        raise MalformedDataError(f"the PDF cannot be signed: {exc}") from exc
    if writer.prev.encrypted:
        raise MalformedDataError("the PDF is encrypted: QazMail signs PDFs that open without a password")
    _ensure_signable(data, earlier)
    try:
        return asyncio.run(_signed(writer, key, f"Signature{len(earlier) + 1}", timestamper, evidence))
    except CryptoError:  # ours: said as it is
        raise
    except refusals as exc:
        raise MalformedDataError(f"the PDF cannot be signed: {exc}") from exc


def _ensure_signable(data: bytes, earlier: list[EmbeddedSignature]) -> None:
    """Every signature already in the PDF intact, and the last one covering the whole file."""
    for number, signature in enumerate(earlier, 1):
        try:
            ensure_intact(signature.cms, Content(data=signature.covered))
        except MalformedDataError as exc:
            raise CosignRefused(f"signature {number} of the PDF cannot be read ({exc}); signing refused") from exc
    if earlier and not max(earlier, key=lambda s: s.end).covers_whole(data):
        raise CosignRefused("the PDF was changed after its last signature; signing refused")


async def _signed(
    writer: IncrementalPdfFileWriter,
    key: SigningKey,
    field_name: str,
    timestamper: TimestampRequester | None,
    evidence: EvidenceRequester | None,
) -> bytes:
    """pyhanko lays the signature out; the CMS over the bytes /ByteRange names is made here."""
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.signers.pdf_signer import PdfTBSDocument

    # pyhanko computes a SHA-256 of its own that nothing uses: the digest signed is the key's (Streebog for GOST)
    placeholder = signers.ExternalSigner(key.certificate, None, signature_value=bytes(256))
    meta = signers.PdfSignatureMetadata(field_name=field_name, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES)
    prepared, _document, output = await signers.PdfSigner(meta, placeholder).async_digest_doc_for_signing(
        writer, bytes_reserved=RESERVED
    )
    output.seek(0)
    laid_out = output.read()
    covered = laid_out[: prepared.reserved_region_start] + laid_out[prepared.reserved_region_end :]
    signature = cms.sign(Content(data=covered), key, detached=True, timestamper=timestamper, evidence=evidence)
    if 2 * len(signature) + 2 > prepared.reserved_region_end - prepared.reserved_region_start:
        raise MalformedDataError("the signature with its evidence is larger than the room a PDF keeps for it")
    await PdfTBSDocument.async_finish_signing(output, prepared, signature)
    output.seek(0)
    return bytes(output.read())


def signed_revision(data: bytes) -> bytes:
    """The PDF as its last signature signed it (the whole file when nothing was added after)."""
    embedded = pdf_signatures(data)
    return data[: max(s.end for s in embedded)] if embedded else data
