"""Document cards (kaarkz/ddcard): made from a document and its signatures, or from a signed letter;
read back and checked, with nothing but what the card carries.

A card carries only signatures that pass its checks (``card.rules``): each one is verified against
the original, with the time-stamp and the revocation evidence inside it, and a card is refused
(``CardRefused``, naming each problem) rather than made with a signature that does not prove itself.

The PDF libraries (pypdf to read and compose, reportlab to draw: about 0.2 s to load) are imported
where a PDF is at hand, so that verifying a CMS or a letter does not wait for them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import cms

from .. import __version__
from ..card import facts as card_facts
from ..card import texts
from ..card.content import CardContent, CardSignature, DocumentView
from ..card.pagecheck import PagesCheck, compare_pages, makers_choices
from ..card.rules import card_problems
from ..crypto.cms import one_per_signer, parse_signed_data
from ..crypto.content import Content
from ..crypto.errors import CryptoError, MalformedDataError
from ..crypto.status import Status
from ..crypto.trust import CrlSet
from ..crypto.verify import SignerVerdict, VerificationResult, VerifyPolicy, verify_signed_data
from ..pdfpages import OpenPdf, PdfNotReadable
from ..signaturenames import embedded_name
from ..signing.letterverdict import LetterVerdict, SignedItem
from ..signing.pdf import pdf_signatures
from ..signing.reading import embedded_document
from ..signing.verdicts import SignedPayload, signed_payloads
from ..store import rawmime
from ..store.mailparse import walk_parts
from .files import MAX_SIGNED_FILE, companion_document, read_limited

SYSTEM = f"QazMail Desktop {__version__}"
# the specification: the original must not be a program (Adobe's list of risky attachment types)
EXECUTABLE_SUFFIXES = (".exe", ".com", ".bat", ".cmd", ".scr", ".msi", ".js", ".vbs", ".ps1", ".jar", ".sh", ".app")
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")


class CardRefused(CryptoError):
    """The document or a signature does not meet the card's requirements; the message says which."""


@dataclass(frozen=True)
class CardOptions:
    """What the card shows besides the information block (the specification leaves it to the user)."""

    show_document: bool = True
    show_signatures: bool = True
    qr_codes: bool = True
    description: str = ""  # a short description of the document, under its name (optional in the specification)


@dataclass
class CheckedSignature:
    """One signature of a card: QazMail's verdict and what fails the card's own checks."""

    file_name: str
    cms: bytes
    verdict: SignerVerdict
    facts: card_facts.SignatureFacts | None
    problems: list[str] = field(default_factory=list)

    @property
    def passes(self) -> bool:
        return not self.problems


@dataclass
class CardCheck:
    """A card read back: the original and every signature. Trustworthy only when all pass."""

    document_name: str
    document: bytes
    signatures: list[CheckedSignature]
    pages: PagesCheck | None = None  # the pages against what the attachments make; None: not checked yet

    @property
    def trustworthy(self) -> bool:
        """Every signature is valid over the original and proves itself (the attachments hold)."""
        return bool(self.signatures) and all(s.passes for s in self.signatures)

    @property
    def printout_trustworthy(self) -> bool:
        """The attachments hold and the pages show them: what is printed is what was signed."""
        return self.trustworthy and self.pages is not None and self.pages.match

    def result(self) -> VerificationResult:
        return VerificationResult([s.verdict for s in self.signatures])


def evidence_only(policy: VerifyPolicy) -> VerifyPolicy:
    """The profile's trust, with no CRL, OCSP or network of its own: a card's signature proves its
    status by what it carries, so a check today and in twenty years give the same verdict."""
    return dataclasses.replace(policy, crls=CrlSet(), online=False, kept_ocsp=[], crl_cache=None)


def _check(file_name: str, single: bytes, document: bytes, policy: VerifyPolicy) -> CheckedSignature:
    signed = parse_signed_data(single)
    if len(signed["signer_infos"]) != 1:
        raise MalformedDataError(f"it holds {len(signed['signer_infos'])} signatures; a card carries one per file")
    (verdict,) = verify_signed_data(signed, Content(data=document), policy).signers
    signer: cms.SignerInfo = signed["signer_infos"][0]
    facts = card_facts.signature_facts(signer, verdict)
    problems = card_problems(facts, verdict)
    if card_facts.carries_document(single):
        problems.append("the CMS carries the document inside (a card's signatures must be detached)")
    return CheckedSignature(file_name, single, verdict, facts, problems)


def _ensure_not_executable(name: str, document: bytes) -> None:
    if name.lower().endswith(EXECUTABLE_SUFFIXES) or document.startswith(EXECUTABLE_MAGIC):
        raise CardRefused(f"{name} is a program: a document card never carries one")


def _letter_text(document: bytes) -> str:
    """A signed letter as a mail program shows it: its headers, its text, its attachments (the raw
    MIME, base64 and all, is what was signed, and is attached whole)."""
    root = rawmime.parse(document)
    lines = [
        f"{name}: {rawmime.decoded(root.get(name))}" for name in ("From", "To", "Date", "Subject") if root.get(name)
    ]
    texts, files = [], []
    for part in walk_parts(root):
        if part.children:
            continue
        if part.filename():
            files.append(f"  {part.filename()} ({part.decoded_size()} bytes)")
        elif part.content_type == "text/plain":
            texts.append(part.text())
    body = "\n\n".join(texts) or "(no plain text)"
    return "\n".join([*lines, *([""] if lines else []), body, *(["", "Attachments:", *files] if files else [])])


def _view(name: str, document: bytes, options: CardOptions) -> DocumentView:
    if not options.show_document:
        return DocumentView(not_shown=texts.BY_CHOICE)
    if document.startswith(b"%PDF"):
        from ..card import pdf as card_pdf

        pages = card_pdf.document_pages(document)
        return DocumentView(pdf_pages=pages) if pages else DocumentView(not_shown=texts.PDF_UNREADABLE)
    if name.lower().endswith(".eml"):
        return DocumentView(text=_letter_text(document))
    if document.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        return DocumentView(image=document)
    try:
        text = document.decode("utf-8-sig")
    except UnicodeDecodeError:
        kind = name.rsplit(".", 1)[-1].upper() if "." in name else name
        return DocumentView(not_shown=texts.NOT_SHOWABLE.format(kind=kind))
    if "\x00" in text:
        return DocumentView(not_shown=texts.BINARY)
    return DocumentView(text=re.sub(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]", "�", text))


def _signed_at(signature: CheckedSignature) -> dt.datetime:
    when = signature.facts.signed_at if signature.facts else None
    return when or dt.datetime.max.replace(tzinfo=dt.UTC)


def make_card(
    document_name: str,
    document: bytes,
    signatures: list[bytes],
    policy: VerifyPolicy,
    options: CardOptions | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """The card of ``document`` and its CMS files (each may hold several signers; each signer
    becomes its own detached CMS, in the order of the time-stamps)."""
    options = options or CardOptions()
    _ensure_not_executable(document_name, document)
    singles = [single for cms_bytes in signatures for single in one_per_signer(cms_bytes)]
    if not singles:
        raise CardRefused("no signature to put in the card")
    strict = evidence_only(policy)
    checked = [_check("", single, document, strict) for single in singles]
    refusals = [
        f"signature {n} ({s.facts.info.name if s.facts else 'unknown signer'}): " + "; ".join(s.problems)
        for n, s in enumerate(checked, 1)
        if s.problems
    ]
    if refusals:
        raise CardRefused(
            "a document card carries only signatures that prove themselves: "
            + " | ".join(refusals)
            + " (a signature made online with a time-stamp carries its own proof: sign --tsa, or the window online)"
        )
    checked.sort(key=_signed_at)
    card_signatures = []
    for number, signature in enumerate(checked, 1):
        assert signature.facts is not None
        card_signatures.append(CardSignature(f"{number}.cms", signature.cms, signature.facts))
    content = CardContent(
        document_name=document_name,
        view=_view(document_name, document, options),
        signatures=card_signatures,
        made_at=now or dt.datetime.now(dt.UTC),
        system=SYSTEM,
        show_signatures=options.show_signatures,
        qr_codes=options.qr_codes,
        description=options.description,
    )
    return _card_file(content, document)


def _card_file(content: CardContent, document: bytes) -> bytes:
    """The card's PDF: its pages drawn (a PDF original's own pages laid under their slots), the
    original and the signatures attached. Making a card and checking one's pages both draw here."""
    from ..card import pdf as card_pdf
    from ..card.layout import draw

    layout = draw(content)
    attachments = [card_pdf.Attachment(content.document_name, document, "Подлинник электронного документа")]
    attachments += [
        card_pdf.Attachment(s.file_name, s.cms, f"ЭЦП, {s.facts.info.name}", "application/pkcs7-signature")
        for s in content.signatures
    ]
    pdf_document = document if content.view.pdf_pages else None
    return card_pdf.compose(layout.pdf, layout.pdf_page_slots, pdf_document, attachments)


def check_card(data: bytes, policy: VerifyPolicy) -> CardCheck:
    """Read a card and check it as the specification says: the first attachment is the original,
    every other one a signature over it; each verified with what it carries alone."""
    from ..card import pdf as card_pdf

    attachments = card_pdf.attachments(data)
    if len(attachments) < 2:
        raise MalformedDataError(
            "this PDF is not a document card: it carries "
            + ("no attachments" if not attachments else "one attachment and no signatures")
        )
    original, *signature_files = attachments
    _ensure_not_executable(original.name, original.data)
    strict = evidence_only(policy)
    checked = []
    for item in signature_files:
        try:
            checked.append(_check(item.name, item.data, original.data, strict))
        except MalformedDataError as exc:
            verdict = SignerVerdict(Status.MALFORMED, str(exc))
            checked.append(CheckedSignature(item.name, item.data, verdict, None, [f"{item.name}: {exc}"]))
    check = CardCheck(original.name, original.data, checked)
    check.pages = _check_pages(data, check)
    return check


def _check_pages(data: bytes, check: CardCheck) -> PagesCheck:
    """The card's pages against the card its attachments make (``card.pagecheck``)."""
    try:
        card = OpenPdf(data)
    except PdfNotReadable as exc:
        return PagesCheck(0, 0, unreadable=str(exc))
    with card:
        unread = [s.file_name for s in check.signatures if s.facts is None]
        if unread:
            return PagesCheck(card.page_count, 0, unreadable=f"{', '.join(unread)} cannot be read, so not drawn")
        choices = makers_choices(card, check.document_name, SYSTEM)
        options = CardOptions(show_document=choices.show_document, description=choices.description)
        content = CardContent(
            document_name=check.document_name,
            view=_view(check.document_name, check.document, options),
            signatures=[CardSignature(s.file_name, s.cms, s.facts) for s in check.signatures if s.facts],
            made_at=choices.made_at,
            system=choices.system,
            show_signatures=choices.show_signatures,
            qr_codes=choices.qr_codes,
            description=choices.description,
        )
        return compare_pages(card, _card_file(content, check.document))


def card_verdict(check: CardCheck) -> LetterVerdict:
    """A card's check in the shape of a letter's verdict, so File ▸ Open shows it in the same panel:
    one item per signature, and the card's own failures as warnings."""
    pages = check.pages
    verdict = LetterVerdict(card=check.trustworthy, card_printout=pages.match if pages else None)
    for signature in check.signatures:
        name = f"{check.document_name} ({signature.file_name})"
        verdict.items.append(SignedItem("document", name, VerificationResult([signature.verdict])))
        verdict.warnings += [f"{signature.file_name}: {problem}" for problem in signature.problems]
    if not check.trustworthy:
        verdict.warnings.insert(0, "do not trust this document card: a signature in it fails the card's checks")
    elif pages is not None and not pages.match:
        verdict.warnings.insert(0, pages.summary())
    return verdict


def looks_like_card(data: bytes) -> bool:
    """A PDF without signatures of its own that carries a document and at least one more file."""
    if not data.startswith(b"%PDF") or pdf_signatures(data):
        return False
    from ..card import pdf as card_pdf

    try:
        return len(card_pdf.attachments(data)) >= 2
    except card_pdf.CardFileError:
        return False


def document_of_signature(signature: Path, cms_bytes: bytes, document: Path | None) -> tuple[str, bytes]:
    """The signed document a card of ``signature`` carries: the file given, else the one beside it
    by name (act.pdf.sig → act.pdf), else the one inside an attached CMS (named after the file)."""
    document = document or companion_document(signature)
    if document is not None:
        return document.name, read_limited(document, "document", MAX_SIGNED_FILE)
    inside = embedded_document(cms_bytes)
    if inside is None:
        raise MalformedDataError(f"{signature.name} is a detached signature: give the signed document too")
    return embedded_name(signature.name), inside


def letter_payloads(raw: bytes) -> list[SignedPayload]:
    """What in a letter can become a card: each signed document with its signature."""
    return [p for p in signed_payloads(raw) if p.document is not None]
