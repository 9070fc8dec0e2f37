"""Signing a document with eGov Mobile by QR (SIGEX, signing/egovqr.py): the QR goes on the screen,
the person confirms on the phone, and the CMS that comes back is checked like any signature (the
time rule, revocation, roles) over exactly the document that was sent, before it is kept. The
window and ``sign --qr`` call this one operation.

What passes through SIGEX: the document itself (CMS_WITH_DATA, the document inside the CMS), or
the document too for a detached signature (CMS_SIGN_ONLY: SIGEX's protocol takes the document's
bytes, not its hash, so eGov Mobile can show the person what they sign)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from ..crypto.content import Content
from ..crypto.verify import VerifyPolicy
from ..errors import UserFacingError
from ..signing.egovqr import Document, EgovQrClient, QrProcedure
from ..signing.letterverdict import LetterVerdict
from ..signing.verdicts import verify_signed_file


class QrSignatureRefused(UserFacingError):
    """The signature eGov Mobile sent back is not valid: nothing is kept."""

    def __init__(self, text: str, verdict: LetterVerdict) -> None:
        super().__init__(text)
        self.verdict = verdict


@dataclass(frozen=True)
class QrSigned:
    """A CMS made in eGov Mobile, and its verdict (valid: anything else is refused)."""

    data: bytes
    verdict: LetterVerdict


def sign_document_by_qr(
    client: EgovQrClient,
    name: str,
    data: bytes,
    detached: bool,
    policy: VerifyPolicy,
    show: Callable[[QrProcedure], None],
    taken: Callable[[], None] | None = None,
    cancel: threading.Event | None = None,
) -> QrSigned:
    """``show`` gets the QR to display; ``taken``: the phone has the document (the QR is used up).
    Raises an ``EgovQrError`` for each way the procedure fails and ``QrSignatureRefused`` when what
    came back does not verify as a valid signature of ``data``."""
    document = Document(name, name, name, data, is_pdf=data.startswith(b"%PDF"))
    [signature] = client.sign(name, [document], attach=not detached, cancel=cancel, show=show, taken=taken)
    verdict = verify_signed_file(f"{name}.sig" if detached else f"{name}.cms", signature, Content(data=data), policy)
    if verdict.status != "valid":
        reasons = "; ".join(item.error for item in verdict.items if item.error) or verdict.status
        raise QrSignatureRefused(f"the signature eGov Mobile sent back is not valid: {reasons}", verdict)
    return QrSigned(signature, verdict)
