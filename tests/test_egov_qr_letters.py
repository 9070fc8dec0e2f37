"""Letters signed with eGov Mobile by QR (issue 33), end to end on the embedded server: the attached
files in one QR procedure, the letter in a second; the demo phone signs; the letter that arrives
is the same S/MIME letter a key file makes and verifies (the signer is the phone's person). A
decline, a signature that is not valid, or two steps signed by different people send nothing."""

from __future__ import annotations

import datetime as dt
import email
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from qazmail_desktop.choices import AttachmentSignature
from qazmail_desktop.crypto import cms
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.keys import SigningKey, load_signing_key
from qazmail_desktop.crypto.trust import TrustStore
from qazmail_desktop.operations.qrsigning import (
    QrDifferentSigners,
    QrSignatureRefused,
    QrSigner,
    cosign_document_by_qr,
    sign_document_by_qr,
)
from qazmail_desktop.operations.send import send_letter
from qazmail_desktop.server.demo import (
    DEMO_ACCOUNTS,
    REVOKED_USER,
    attach_demo_phone,
    local_evidence,
    local_timestamper,
)
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer
from qazmail_desktop.server.sigexqr import DemoPhone, ProcedureGone, procedure_of
from qazmail_desktop.signing import egovqr, verdicts
from qazmail_desktop.signing.cosigning import CosignRefused
from qazmail_desktop.signing.egovqr import (
    EgovQrBadAnswer,
    EgovQrCancelled,
    EgovQrClient,
    EgovQrDeclined,
    QrProcedure,
    QrState,
)
from qazmail_desktop.signing.outgoing import SigningOptions
from qazmail_desktop.signing.signers import SigningStep
from qazmail_desktop.store.cache import Account, Cache
from qazmail_desktop.sync.compose import Draft
from qazmail_desktop.sync.engine import MailEngine
from qazmail_desktop.sync.secrets import SecretStore
from tests.accounts import make_account
from tests.mailboxes import letters_titled

ANNA, BOLAT, DANA = DEMO_ACCOUNTS
ACT = "Акт сверки № 12: 1 250 000 KZT\n"
STEP = SigningStep.DOCUMENT


@pytest.fixture
def phone(demo: EmbeddedServer) -> Iterator[EmbeddedServer]:
    """The demo server with Bolat's demo phone again after each test (one may swap it)."""
    yield demo
    attach_demo_phone(demo)


def _engine(tmp_path: Path, demo: EmbeddedServer) -> tuple[MailEngine, Account]:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(
        make_account("anna", ANNA.email, imap_port=demo.imap_port, smtp_port=demo.smtp_port, display_name="Анна")
    )
    secrets = SecretStore()
    secrets.remember_for_session("anna", ANNA.password)
    account = cache.accounts.get("anna")
    assert account is not None
    return MailEngine(cache, secrets), account


def _policy(demo: EmbeddedServer) -> v.VerifyPolicy:
    trust = TrustStore()
    trust.add_folder(demo.data_dir / "pki")
    return v.VerifyPolicy(trust=trust, online=False)


def _key(demo: EmbeddedServer, file: str) -> SigningKey:
    return load_signing_key(demo.data_dir / "keys" / file, DEMO_PASSWORD)


class Scans:
    """The person at the phone: each QR shown is scanned by ``phones`` in turn (declined where the
    phone is None), in the background as a real phone would; records the steps."""

    def __init__(self, demo: EmbeddedServer, *phones: DemoPhone | None) -> None:
        self.demo, self.phones = demo, list(phones)
        self.steps: list[SigningStep] = []
        self.threads: list[threading.Thread] = []

    def show(self, procedure: QrProcedure, step: SigningStep) -> None:
        self.steps.append(step)
        link = procedure.egov_mobile_link or ""
        phone = self.phones.pop(0)
        declining = self.demo.sigex.phone
        assert declining is not None

        def work() -> None:
            if phone is None:
                declining.decline(link)
            else:
                phone.sign(link)

        thread = threading.Thread(target=work, daemon=True)
        thread.start()
        self.threads.append(thread)

    def signer(self, demo: EmbeddedServer) -> QrSigner:
        return QrSigner(lambda: EgovQrClient(demo.sigex.base_url), _policy(demo), "Акт сверки", self.show)


def _phone(demo: EmbeddedServer, file: str) -> DemoPhone:
    assert demo.pki is not None
    key = _key(demo, file)
    return DemoPhone(demo.sigex, key, local_timestamper(demo.pki, key.digest.oid), local_evidence(demo.pki, key))


def _arrived(demo: EmbeddedServer, subject: str) -> bytes:
    """The letter with ``subject`` in Dana's INBOX on the server, as the server holds it."""
    [raw] = letters_titled(demo.imap_port, DANA.email, DANA.password, subject)
    return raw


def _draft(subject: str, *files: Path) -> Draft:
    return Draft(to=[DANA.email], subject=subject, body="Подписано в eGov Mobile.\n", attachments=list(files))


def _act(tmp_path: Path) -> Path:
    path = tmp_path / "akt-sverki-12.txt"
    path.write_text(ACT, encoding="utf-8")
    return path


@pytest.mark.parametrize("form", [AttachmentSignature.SIG, AttachmentSignature.CMS])
def test_a_letter_and_its_attachment_signed_in_two_scans_arrive_valid(
    phone: EmbeddedServer, tmp_path: Path, form: AttachmentSignature
) -> None:
    scans = Scans(phone, phone.sigex.phone, phone.sigex.phone)
    subject = f"QR-акт {form.value}"
    signing = SigningOptions(scans.signer(phone), attachments=form)
    result = send_letter(*_engine(tmp_path, phone), _draft(subject, _act(tmp_path)), signing)
    assert result.delivery is not None and result.delivery.ok, result
    assert scans.steps == [SigningStep.ATTACHMENTS, SigningStep.LETTER]  # the files first: the letter holds them
    raw = _arrived(phone, subject)
    assert b"multipart/signed" in raw.split(b"\r\n\r\n", 1)[0]
    verdict = verdicts.verify_letter(raw, _policy(phone))
    assert verdict.status == "valid", verdict.to_json()
    kinds = sorted(item.kind for item in verdict.items)
    assert kinds == ["attachment", "letter"]
    for item in verdict.items:
        assert item.result is not None
        [signer] = item.result.signers
        assert signer.info is not None and signer.info.iin == BOLAT.key.iin  # the phone's person, not the sender
        assert signer.time_proven  # eGov Mobile's signature carries its time-stamp
    attachment = next(p for p in email.message_from_bytes(raw).walk() if p.get_filename() not in (None, "smime.p7s"))
    names = {p.get_filename() for p in email.message_from_bytes(raw).walk()} - {None}
    expected = {"akt-sverki-12.txt", "akt-sverki-12.txt.sig"} if form == AttachmentSignature.SIG else set()
    if form == AttachmentSignature.CMS:
        expected = {"akt-sverki-12.txt.cms"}
        payload = attachment.get_payload(decode=True)
        assert isinstance(payload, bytes)
        assert cms.content_inside(cms.parse_signed_data(payload)) == ACT.encode()  # the act travels inside
    assert names == expected | {"smime.p7s"}


def test_a_partners_signed_act_is_co_signed_by_qr(phone: EmbeddedServer, tmp_path: Path) -> None:
    """A forwarded act that Dana signed (NAME.cms, the act inside): the phone's signature joins hers."""
    dana = _key(phone, DANA.key.key_file)
    forwarded = tmp_path / "akt-sverki-12.txt.cms"
    assert phone.pki is not None
    stamp, status = local_timestamper(phone.pki, dana.digest.oid), local_evidence(phone.pki, dana)
    forwarded.write_bytes(cms.sign(Content(data=ACT.encode()), dana, False, stamp, evidence=status))
    scans = Scans(phone, phone.sigex.phone, phone.sigex.phone)
    signing = SigningOptions(scans.signer(phone), attachments=AttachmentSignature.SIG)
    engine, account = _engine(tmp_path, phone)
    result = send_letter(engine, account, _draft("QR-соподпись", forwarded), signing)
    assert any("co-signed" in note for note in result.notes)
    raw = _arrived(phone, "QR-соподпись")
    part = next(p for p in email.message_from_bytes(raw).walk() if p.get_filename() == forwarded.name)
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    joined = v.verify(payload, None, _policy(phone))
    assert [s.info.iin for s in joined.signers if s.info] == [DANA.key.iin, BOLAT.key.iin]
    assert all(s.valid for s in joined.signers), [s.message for s in joined.signers]


def test_pades_by_qr_is_a_sig_beside_the_pdf_and_says_so(phone: EmbeddedServer, tmp_path: Path) -> None:
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% not a real one: eGov Mobile cannot sign inside a PDF anyway\n")
    scans = Scans(phone, phone.sigex.phone)
    signing = SigningOptions(scans.signer(phone), sign_letter=False, attachments=AttachmentSignature.PADES)
    engine, account = _engine(tmp_path, phone)
    result = send_letter(engine, account, _draft("QR-PDF", pdf), signing)
    assert any("invoice.pdf cannot be signed inside a PDF by eGov Mobile" in note for note in result.notes)
    names = {p.get_filename() for p in email.message_from_bytes(_arrived(phone, "QR-PDF")).walk()} - {None}
    assert names == {"invoice.pdf", "invoice.pdf.sig"}


def _outbox_is_empty(engine: MailEngine) -> bool:
    return engine.cache.actions.all() == []


def test_declined_at_the_letters_step_sends_nothing(phone: EmbeddedServer, tmp_path: Path) -> None:
    scans = Scans(phone, phone.sigex.phone, None)  # signs the files, then declines the letter
    engine, account = _engine(tmp_path, phone)
    signing = SigningOptions(scans.signer(phone), attachments=AttachmentSignature.SIG)
    with pytest.raises(EgovQrDeclined):
        send_letter(engine, account, _draft("QR-отказ", _act(tmp_path)), signing)
    assert scans.steps == [SigningStep.ATTACHMENTS, SigningStep.LETTER]
    assert _outbox_is_empty(engine)


def test_a_revoked_phone_key_sends_nothing(phone: EmbeddedServer, tmp_path: Path) -> None:
    scans = Scans(phone, _phone(phone, REVOKED_USER.key_file))
    engine, account = _engine(tmp_path, phone)
    with pytest.raises(QrSignatureRefused, match="not valid"):
        send_letter(engine, account, _draft("QR-отозван"), SigningOptions(scans.signer(phone)))
    assert _outbox_is_empty(engine)


def test_the_letter_scanned_by_another_phone_sends_nothing(phone: EmbeddedServer, tmp_path: Path) -> None:
    """Bolat's phone signs the files; Dana's phone scans the second QR: refused, not a mixed letter."""
    scans = Scans(phone, phone.sigex.phone, _phone(phone, DANA.key.key_file))
    engine, account = _engine(tmp_path, phone)
    signing = SigningOptions(scans.signer(phone), attachments=AttachmentSignature.SIG)
    with pytest.raises(QrDifferentSigners):
        send_letter(engine, account, _draft("QR-два телефона", _act(tmp_path)), signing)
    assert _outbox_is_empty(engine)


def _danas_act(demo: EmbeddedServer, detached: bool) -> bytes:
    dana = _key(demo, DANA.key.key_file)
    assert demo.pki is not None
    stamp, status = local_timestamper(demo.pki, dana.digest.oid), local_evidence(demo.pki, dana)
    return cms.sign(Content(data=ACT.encode()), dana, detached, stamp, evidence=status)


@pytest.mark.parametrize("detached", [False, True])
def test_co_signing_a_document_by_qr(phone: EmbeddedServer, detached: bool) -> None:
    scans = Scans(phone, phone.sigex.phone)
    client = EgovQrClient(phone.sigex.base_url)
    document = ACT.encode() if detached else None
    signed = cosign_document_by_qr(
        client, "akt.txt", _danas_act(phone, detached), document, _policy(phone), lambda p: scans.show(p, STEP)
    )
    assert signed.verdict.status == "valid", signed.verdict.to_json()
    result = v.verify(signed.data, Content(data=ACT.encode()) if detached else None, _policy(phone))
    assert [s.info.iin for s in result.signers if s.info] == [DANA.key.iin, BOLAT.key.iin]
    assert all(s.valid for s in result.signers)
    assert (cms.content_inside(cms.parse_signed_data(signed.data)) is None) == detached


def test_co_signing_by_qr_a_signature_that_no_longer_proves_asks_no_phone(phone: EmbeddedServer) -> None:
    scans = Scans(phone, phone.sigex.phone)
    client = EgovQrClient(phone.sigex.base_url)
    with pytest.raises(CosignRefused):
        cosign_document_by_qr(
            client, "akt.txt", _danas_act(phone, True), b"changed act", _policy(phone), lambda p: scans.show(p, STEP)
        )
    assert scans.steps == [] and client.state is QrState.NEW


class ForgingSigex(DemoPhone):
    """A SIGEX (or someone between) that hands back a genuine signature of the right person over
    something else (``swap``), or the document inside the CMS though a detached one was asked (``attach``)."""

    def __init__(self, demo: EmbeddedServer, *, swap: bool = False, attach: bool = False) -> None:
        bolat = _phone(demo, BOLAT.key.key_file)
        super().__init__(demo.sigex, bolat.key, bolat.timestamper, bolat.evidence)
        self.swap, self.attach = swap, attach

    def sign(self, link: str, timeout: float = 30.0, now: object = None) -> int:
        procedure_id = procedure_of(link)
        _method, documents = self.service.phone_take(procedure_id, timeout)
        data = [d.data + b" 100 000 000 KZT" if self.swap else d.data for d in documents]
        made = [
            cms.sign(Content(data=b), self.key, not self.attach, self.timestamper, evidence=self.evidence) for b in data
        ]
        self.service.phone_complete(procedure_id, made)
        return len(made)


@pytest.mark.parametrize(
    ("forged", "refusal"), [({"swap": True}, QrSignatureRefused), ({"attach": True}, EgovQrBadAnswer)]
)
def test_a_signature_over_something_else_or_not_detached_sends_nothing(
    phone: EmbeddedServer, tmp_path: Path, forged: dict[str, bool], refusal: type[Exception]
) -> None:
    scans = Scans(phone, ForgingSigex(phone, **forged))
    engine, account = _engine(tmp_path, phone)
    with pytest.raises(refusal):
        send_letter(engine, account, _draft("QR-подмена"), SigningOptions(scans.signer(phone)))
    assert _outbox_is_empty(engine)


def test_cancel_pressed_as_the_phone_signs_sends_nothing(phone: EmbeddedServer, tmp_path: Path) -> None:
    """Cancel at the last moment (the signatures on their way back): the letter is not queued."""
    cancel = threading.Event()
    bolat = _phone(phone, BOLAT.key.key_file)

    class CancelledAsItSigns(DemoPhone):
        def sign(self, link: str, timeout: float = 30.0, now: object = None) -> int:
            cancel.set()
            try:
                return bolat.sign(link, 5.0)
            except ProcedureGone:  # the desktop stopped before it sent the letter: nothing to sign
                return 0

    scans = Scans(phone, CancelledAsItSigns(phone.sigex, bolat.key))
    signer = QrSigner(lambda: EgovQrClient(phone.sigex.base_url), _policy(phone), "Акт", scans.show, cancel=cancel)
    engine, account = _engine(tmp_path, phone)
    with pytest.raises(EgovQrCancelled):
        send_letter(engine, account, _draft("QR-отмена"), SigningOptions(signer))
    assert _outbox_is_empty(engine)
    assert letters_titled(phone.imap_port, DANA.email, DANA.password, "QR-отмена") == []


def test_the_signers_verdict_names_the_letter_and_each_file(phone: EmbeddedServer, tmp_path: Path) -> None:
    scans = Scans(phone, phone.sigex.phone, phone.sigex.phone)
    signer = scans.signer(phone)
    engine, account = _engine(tmp_path, phone)
    send_letter(
        engine,
        account,
        _draft("QR-вердикт", _act(tmp_path)),
        SigningOptions(signer, attachments=AttachmentSignature.SIG),
    )
    verdict = signer.verdict()
    assert [(i.kind, i.name) for i in verdict.items] == [("letter", "letter.eml"), ("attachment", "akt-sverki-12.txt")]
    assert verdict.status == "valid"


def test_more_than_sigex_takes_is_refused_before_any_qr(
    phone: EmbeddedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The letter would carry more than SIGEX takes: no QR is made for it, nothing is queued."""
    monkeypatch.setattr(egovqr, "DOCUMENTS_LIMIT", 4096)
    big = tmp_path / "scan.bin"
    big.write_bytes(b"\x00" * 8192)
    scans = Scans(phone, phone.sigex.phone)
    before = len(phone.sigex.procedures)
    engine, account = _engine(tmp_path, phone)
    with pytest.raises(egovqr.EgovQrTooLarge):
        send_letter(engine, account, _draft("QR-большое", big), SigningOptions(scans.signer(phone)))
    assert scans.steps == [] and len(phone.sigex.procedures) == before
    assert _outbox_is_empty(engine)


@pytest.mark.parametrize("detached", [False, True])
def test_a_document_signed_by_qr_carries_only_what_was_sent(phone: EmbeddedServer, detached: bool) -> None:
    """SIGEX hands back the right person's signature with a document inside: refused whether a
    .cms or a .sig was asked (a .cms is made here, the document sent put inside it)."""
    scans = Scans(phone, ForgingSigex(phone, attach=True))
    client = EgovQrClient(phone.sigex.base_url)
    with pytest.raises(EgovQrBadAnswer):
        sign_document_by_qr(client, "akt.txt", ACT.encode(), detached, _policy(phone), lambda p: scans.show(p, STEP))


def test_the_phone_signer_is_named_whatever_times_the_signers_claim(phone: EmbeddedServer) -> None:
    """An earlier signer who claims a later signing time (a partner's clock ahead) is not taken for
    the person who signed in eGov Mobile."""
    dana = _key(phone, DANA.key.key_file)
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=30)
    existing = cms.sign(Content(data=ACT.encode()), dana, False, now=ahead)
    scans = Scans(phone, phone.sigex.phone)
    client = EgovQrClient(phone.sigex.base_url)
    signed = cosign_document_by_qr(client, "akt.txt", existing, None, _policy(phone), lambda p: scans.show(p, STEP))
    assert signed.phone_signer.info is not None and signed.phone_signer.info.iin == BOLAT.key.iin
