"""Signing a document with eGov Mobile by QR (SIGEX, signing/egovqr.py): the QR goes on the screen,
the person confirms on the phone, and the CMS that comes back is checked like any signature (the
time rule, revocation, roles) over exactly the document that was sent, before it is kept. The
window and ``sign --qr`` call this one operation.

What passes through SIGEX: the document itself (CMS_WITH_DATA, the document inside the CMS), or
the document too for a detached signature (CMS_SIGN_ONLY: SIGEX's protocol takes the document's
bytes, not its hash, so eGov Mobile can show the person what they sign).

A letter signed by QR (``QrSigner``, the signer ``send_letter`` is given instead of a key) goes the
same way: its attached files in one procedure, then the letter's text in a second one (the text
holds the files' signatures), each CMS_SIGN_ONLY; every signature that comes back must be valid
over what was sent, made by the same certificate, before the letter is built and queued."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..crypto.cms import content_inside, join_signers, parse_signed_data, with_content
from ..crypto.content import Content
from ..crypto.errors import CryptoError, MalformedDataError
from ..crypto.verify import SignerVerdict, VerifyPolicy
from ..errors import UserFacingError
from ..signing.cosigning import ensure_intact
from ..signing.egovqr import Document, EgovQrBadAnswer, EgovQrCancelled, EgovQrClient, QrProcedure
from ..signing.letterverdict import LetterVerdict, SignedItem
from ..signing.signers import SigningStep, ToSign
from ..signing.verdicts import verify_signed_file


class QrSignatureRefused(UserFacingError):
    """The signature eGov Mobile sent back is not valid: nothing is kept."""

    def __init__(self, text: str, verdict: LetterVerdict) -> None:
        super().__init__(text)
        self.verdict = verdict


@dataclass(frozen=True)
class QrSigned:
    """A CMS made in eGov Mobile (or joined with its signature), its verdict, and the person who
    signed in eGov Mobile (the verdict of a co-signed file lists the earlier signers too)."""

    data: bytes
    verdict: LetterVerdict
    phone_signer: SignerVerdict


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
    The phone makes a detached signature (CMS_SIGN_ONLY) checked as every QR signature is (one
    signer, no document inside, valid over ``data``); NAME.cms gets ``data`` put inside it here:
    a document SIGEX put inside would be a second reading of what was signed. Raises an
    ``EgovQrError`` for each way the procedure fails, ``QrSignatureRefused`` when what came back
    is not a valid signature of ``data``."""

    def made(signature: bytes) -> bytes:
        return signature if detached else with_content(signature, data)

    return _signed_by_phone(client, name, data, detached, made, policy, show, taken, cancel)


def cosign_document_by_qr(
    client: EgovQrClient,
    name: str,
    existing: bytes,
    document: bytes | None,
    policy: VerifyPolicy,
    show: Callable[[QrProcedure], None],
    taken: Callable[[], None] | None = None,
    cancel: threading.Event | None = None,
) -> QrSigned:
    """eGov Mobile's signature joined to ``existing`` (a CMS over the document ``name``; ``document``:
    its content when the CMS is detached), as ``cosign`` does with a key file. Every earlier signer
    must still prove the document (``CosignRefused``) before the phone is asked; the phone signs
    the document itself (CMS_SIGN_ONLY), and its signature must be valid before it joins. The
    verdict returned is the whole co-signed file's, every signer in it."""
    inside = content_inside(parse_signed_data(existing))
    if inside is None and document is None:
        raise MalformedDataError("the CMS is detached: give the signed document (--data FILE)")
    data = inside if inside is not None else document
    assert data is not None
    ensure_intact(existing, Content(data=data))
    return _signed_by_phone(
        client,
        name,
        data,
        inside is None,
        lambda signature: join_signers(existing, signature),
        policy,
        show,
        taken,
        cancel,
    )


def _signed_by_phone(
    client: EgovQrClient,
    name: str,
    data: bytes,
    detached: bool,
    made_from: Callable[[bytes], bytes],
    policy: VerifyPolicy,
    show: Callable[[QrProcedure], None],
    taken: Callable[[], None] | None,
    cancel: threading.Event | None,
) -> QrSigned:
    """One document signed in eGov Mobile through one procedure at ``client`` (a ``QrSigner``'s
    checks); ``made_from`` turns the phone's detached signature into the file written, whose
    verdict over ``data`` is returned."""
    signer = QrSigner(
        lambda: client,
        policy,
        name,
        lambda procedure, _step: show(procedure),
        (lambda _step: taken()) if taken is not None else None,
        cancel,
    )
    [signature] = signer.sign_detached([ToSign(name, Content(data=data))], SigningStep.DOCUMENT)
    made = made_from(signature)
    verdict = verify_signed_file(f"{name}.sig" if detached else f"{name}.cms", made, Content(data=data), policy)
    return QrSigned(made, verdict, signer.phone_signer())


def _checked(name: str, signature: bytes, data: bytes, policy: VerifyPolicy) -> LetterVerdict:
    """The verdict of ``signature`` over ``data``; ``QrSignatureRefused`` unless it is valid."""
    verdict = verify_signed_file(name, signature, Content(data=data), policy)
    if verdict.status != "valid":
        said = [s.message for item in verdict.items for s in (item.result.signers if item.result else [])]
        reasons = "; ".join(said or [item.error for item in verdict.items if item.error]) or verdict.status
        raise QrSignatureRefused(f"the signature eGov Mobile sent back is not valid: {reasons}", verdict)
    return verdict


class QrDifferentSigners(UserFacingError):
    """The steps of one letter came back signed by different certificates (another phone scanned a QR)."""


ShowQr = Callable[[QrProcedure, SigningStep], None]


class QrSigner:
    """eGov Mobile as the signer of a letter (a ``signers.DetachedSigner``): each step one procedure
    at SIGEX made by ``new_client`` (``description`` names it on the phone), its QR given to
    ``show``; ``taken`` once the phone has the step's documents. The signatures are checked here:
    detached, one signer, valid over the document sent, and the same certificate in every step
    (a second QR scanned by someone else must not sign the letter over the first one's files).
    Cancelled as the last signatures come, it raises: nothing is sent after a Cancel."""

    def __init__(
        self,
        new_client: Callable[[], EgovQrClient],
        policy: VerifyPolicy,
        description: str,
        show: ShowQr,
        taken: Callable[[SigningStep], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.new_client, self.policy, self.description = new_client, policy, description
        self.show, self.taken, self.cancel = show, taken, cancel
        self._signed: list[SignedItem] = []
        self._certificate: bytes | None = None

    def __repr__(self) -> str:
        return f"QrSigner(<{len(self._signed)} signed>)"  # no description: it may be the letter's subject

    def phone_signer(self) -> SignerVerdict:
        """Who signed in eGov Mobile (every step has the same certificate)."""
        signers = [s for item in self._signed if item.result for s in item.result.signers]
        assert signers, "asked before anything was signed"
        return signers[0]

    def verdict(self) -> LetterVerdict:
        """Every signature that came back, named as the letter that arrives names them (the letter's
        own first, then each file's by its name), for the window to show who signed."""
        return LetterVerdict(items=sorted(self._signed, key=lambda item: item.kind != "letter"))

    def sign_detached(self, documents: Sequence[ToSign], step: SigningStep) -> list[bytes]:
        data = [d.content.read_all() for d in documents]
        sent = [
            Document(d.name, d.name, d.name, b, is_pdf=b.startswith(b"%PDF"))
            for d, b in zip(documents, data, strict=True)
        ]
        taken = self.taken
        signatures = self.new_client().sign(
            self.description,
            sent,
            attach=False,
            cancel=self.cancel,
            show=lambda procedure: self.show(procedure, step),
            taken=(lambda: taken(step)) if taken is not None else None,
        )
        if self.cancel is not None and self.cancel.is_set():  # Cancel pressed as the signatures came
            raise EgovQrCancelled("signing with eGov Mobile was cancelled")
        kind = {SigningStep.LETTER: "letter", SigningStep.ATTACHMENTS: "attachment"}.get(step, "document")
        for document, signature, content in zip(documents, signatures, data, strict=True):
            self._one_detached_signer(signature)
            verdict = _checked(f"{document.name}.sig", signature, content, self.policy)
            self._same_certificate(verdict)
            self._signed += [replace(item, kind=kind, name=document.name) for item in verdict.items]
        return signatures

    def _one_detached_signer(self, signature: bytes) -> None:
        try:
            signed = parse_signed_data(signature)
        except CryptoError as exc:
            raise EgovQrBadAnswer(f"a signature from SIGEX is not a CMS: {exc}") from exc
        if content_inside(signed) is not None or len(signed["signer_infos"]) != 1:
            raise EgovQrBadAnswer(
                "SIGEX returned a signature with a document inside or other signers, not one detached"
            )

    def _same_certificate(self, verdict: LetterVerdict) -> None:
        signer = verdict.main_signer()
        certificate = signer.certificate.dump() if signer is not None and signer.certificate is not None else None
        if certificate is None:
            raise QrSignatureRefused("the signature eGov Mobile sent back names no certificate", verdict)
        if self._certificate is None:
            self._certificate = certificate
        elif certificate != self._certificate:
            raise QrDifferentSigners(
                "the letter's parts came back signed with different certificates (was the second QR code scanned "
                "by another phone?): nothing is sent"
            )
