"""The demo: three people in two companies, their NCA-style keys, and letters that show every verdict.

Anna (accountant) and Bolat (head) work at ТОО «Алтын Сауда»; Dana heads the partner АО «Дала
Логистика», where Erlan's key has been revoked. Anna's inbox gets signed letters (S/MIME, a .cms
act, a detached .sig invoice), one altered in transit, one signed with the revoked key, and plain
ones, in Kazakh, Russian and English. Seeding happens once per data folder.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from asn1crypto import cms

from ..crypto import oids, revocation, tsp_client
from ..crypto.cms import TimestampRequester
from ..crypto.evidence import EvidenceRequester, SigningEvidence
from ..crypto.keys import SigningKey, load_signing_key
from ..signing.smime import sign_attachment, sign_letter
from .pki import DEMO_PASSWORD, DemoPki, DemoUser
from .runner import EmbeddedServer
from .sigexqr import DemoPhone

COMPANY = 'ТОО "Алтын Сауда"'
PARTNER = 'АО "Дала Логистика"'


@dataclass(frozen=True)
class DemoAccount:
    name: str
    email: str
    password: str
    display_name: str
    key: DemoUser


DEMO_ACCOUNTS = [
    DemoAccount(
        "anna",
        "anna@altyn.kz",
        "demo-anna",
        "Анна Жансаева",
        DemoUser(
            "anna_sign.p12",
            "anna@altyn.kz",
            "ЖАНСАЕВА АННА",
            "ЖАНСАЕВА",
            "СЕРИКОВНА",
            "900101400013",
            COMPANY,
            "050140000014",
            (oids.ROLE_LEGAL_ENTITY, oids.ROLE_EMPLOYEE, oids.ROLE_FINANCE),
        ),
    ),
    DemoAccount(
        "bolat",
        "bolat@altyn.kz",
        "demo-bolat",
        "Болат Серікұлы",
        DemoUser(
            "bolat_sign.p12",
            "bolat@altyn.kz",
            "СЕРІКҰЛЫ БОЛАТ",
            "СЕРІКҰЛЫ",
            "",
            "800505300026",
            COMPANY,
            "050140000014",
            (oids.ROLE_LEGAL_ENTITY, oids.ROLE_HEAD, oids.ROLE_SIGN_RIGHT),
        ),
    ),
    DemoAccount(
        "dana",
        "dana@dala.kz",
        "demo-dana",
        "Дана Ахметова",
        DemoUser(
            "dana_sign.p12",
            "dana@dala.kz",
            "АХМЕТОВА ДАНА",
            "АХМЕТОВА",
            "МАРАТОВНА",
            "850315400037",
            PARTNER,
            "990240000021",
            (oids.ROLE_LEGAL_ENTITY, oids.ROLE_HEAD),
        ),
    ),
]
REVOKED_USER = DemoUser(
    "erlan_revoked.p12",
    "erlan@dala.kz",
    "КИМ ЕРЛАН",
    "КИМ",
    "",
    "870707300044",
    PARTNER,
    "990240000021",
    (oids.ROLE_LEGAL_ENTITY, oids.ROLE_EMPLOYEE),
    revoked=True,
)
MARKER = "demo-seeded"


def local_timestamper(pki: DemoPki, digest_oid: str) -> TimestampRequester:
    def request(signature: bytes) -> cms.ContentInfo:
        req, imprint, nonce = tsp_client.build_request(signature, digest_oid)
        return tsp_client.read_response(pki.timestamp(req.dump()), imprint, nonce, "demo TSA")

    return request


def local_evidence(pki: DemoPki, key: SigningKey) -> EvidenceRequester:
    """The signer's status from the demo OCSP responder, asked in-process right after the
    time-stamp, with the CA chain: demo letters carry their proof as QazMail's own signatures do."""

    def fetch() -> SigningEvidence:
        issuer = pki.ca.certificate
        request = revocation.ocsp_request(key.certificate, issuer, secrets.token_bytes(16))
        answer = revocation.read_ocsp_response(pki.ocsp(request), issuer)
        return SigningEvidence(responses=[answer.basic] if answer.basic else [], chain=[issuer, pki.root.certificate])

    return fetch


def _letter(
    sender: DemoAccount | str, to: str, subject: str, body: str, when: dt.datetime, html: str | None = None
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{sender.display_name} <{sender.email}>" if isinstance(sender, DemoAccount) else sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain="demo.qazmail.kz")
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg


def _attach(msg: EmailMessage, name: str, data: bytes, ctype: str = "application/octet-stream") -> None:
    maintype, subtype = ctype.split("/", 1)
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)


def attach_demo_phone(server: EmbeddedServer, account: DemoAccount | None = None) -> None:
    """eGov Mobile for the demo: a person's key (Bolat's) signs what the local SIGEX's QR codes carry,
    when the QR's link is "scanned" (``demo-phone LINK``, or a POST to it)."""
    assert server.pki is not None
    person = account or DEMO_ACCOUNTS[1]
    key = load_signing_key(server.data_dir / "keys" / person.key.key_file, DEMO_PASSWORD)
    server.sigex.phone = DemoPhone(
        server.sigex, key, local_timestamper(server.pki, key.digest.oid), local_evidence(server.pki, key)
    )


def seed_demo(server: EmbeddedServer) -> list[DemoAccount]:
    """Users, keys (``DIR/keys``) and letters; idempotent. Returns the demo accounts."""
    assert server.pki is not None, "start the server first: the demo CA needs the PKI's address"
    for account in DEMO_ACCOUNTS:
        server.store.add_user(account.email, account.password)
    marker = server.data_dir / MARKER
    if marker.exists():
        attach_demo_phone(server)
        return DEMO_ACCOUNTS
    keys_dir = server.data_dir / "keys"
    pki = server.pki
    signing: dict[str, SigningKey] = {}
    for account in DEMO_ACCOUNTS:
        path = pki.issue_user(account.key, keys_dir)
        signing[account.name] = load_signing_key(path, DEMO_PASSWORD)
    revoked_path = pki.issue_user(REVOKED_USER, keys_dir)
    revoked_key = load_signing_key(revoked_path, DEMO_PASSWORD)
    anna, bolat, dana = DEMO_ACCOUNTS
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    inbox = server.store.mailbox(anna.email, "INBOX")
    sent = server.store.mailbox(anna.email, "Sent")
    assert inbox is not None and sent is not None

    def stamp(key: SigningKey) -> TimestampRequester:
        return local_timestamper(pki, key.digest.oid)

    def proof(key: SigningKey) -> EvidenceRequester:
        return local_evidence(pki, key)

    def put(raw: bytes, when: dt.datetime, box_id: int = inbox.id, flags: tuple[str, ...] = ()) -> None:
        server.store.append(box_id, raw, flags, when)

    # 1. partner's head: signed letter with a signed act (.cms, the document inside)
    when = now - dt.timedelta(days=3, hours=2)
    act = (
        "АКТ выполненных работ № 45 от "
        + when.strftime("%d.%m.%Y")
        + "\nИсполнитель: "
        + PARTNER
        + "\nЗаказчик: "
        + COMPANY
        + "\nСумма: 1 250 000 тенге, без НДС\n"
    ).encode()
    act_path = server.data_dir / "act_45.txt"
    act_path.write_bytes(act)
    msg = _letter(
        dana,
        anna.email,
        "Акт выполненных работ № 45 (подписан ЭЦП)",
        "Добрый день, Анна!\n\nНаправляем акт выполненных работ № 45, подписанный ЭЦП руководителя.\n"
        "Просим подписать со своей стороны и вернуть.\n\nС уважением,\nДана Ахметова\n" + PARTNER,
        when,
    )
    name, data = sign_attachment(
        act_path, signing["dana"], detached=False, timestamper=stamp(signing["dana"]), evidence=proof(signing["dana"])
    )
    _attach(msg, name, data, "application/pkcs7-mime")
    put(sign_letter(msg, signing["dana"], stamp(signing["dana"]), proof(signing["dana"])), when)

    # 2. own head, in Kazakh: invoice with a detached signature beside it
    when = now - dt.timedelta(days=2, hours=5)
    invoice = (
        "ШОТ-ФАКТУРА № 118\nЖеткізуші: " + COMPANY + "\nСатып алушы: " + PARTNER + "\nСомасы: 3 480 000 теңге\n"
    ).encode()
    invoice_path = server.data_dir / "shot_faktura_118.txt"
    invoice_path.write_bytes(invoice)
    msg = _letter(
        bolat,
        anna.email,
        "Шот-фактура № 118: қол қойылды",
        "Сәлеметсіз бе, Анна!\n\nШот-фактура № 118 ЭЦҚ арқылы қол қойылды. Серіктеске жіберіңіз.\n\n"
        "Құрметпен,\nБолат Серікұлы, директор",
        when,
    )
    _attach(msg, invoice_path.name, invoice, "text/plain")
    name, data = sign_attachment(
        invoice_path,
        signing["bolat"],
        detached=True,
        timestamper=stamp(signing["bolat"]),
        evidence=proof(signing["bolat"]),
    )
    _attach(msg, name, data, "application/pkcs7-signature")
    put(sign_letter(msg, signing["bolat"], stamp(signing["bolat"]), proof(signing["bolat"])), when, flags=("\\Seen",))

    # 3. altered in transit: a signed letter whose text was changed after signing
    when = now - dt.timedelta(days=1, hours=7)
    msg = _letter(
        dana,
        anna.email,
        "Реквизиты для оплаты (изменены?)",
        "Анна, реквизиты для оплаты по договору № 12: IBAN KZ12 3456 7890 1234 5678, АО «Народный банк».\n",
        when,
    )
    signed = sign_letter(msg, signing["dana"])
    put(_tamper(signed), when)

    # 4. signed with a key that was revoked before it signed
    when = now - dt.timedelta(hours=20)
    msg = _letter(
        f"Ерлан Ким <{REVOKED_USER.email}>",
        anna.email,
        "Доверенность на получение груза",
        "Здравствуйте! Направляю доверенность на получение груза, подписанную ЭЦП.\n",
        when,
    )
    put(sign_letter(msg, revoked_key), when)

    # 5. plain letters, English and Russian, one with HTML and a remote image
    when = now - dt.timedelta(hours=6)
    put(
        _letter(
            "Aigerim Bekova <aigerim@partner.example>",
            anna.email,
            "Quarterly reconciliation meeting",
            "Hi Anna,\n\nCan we meet on Friday at 11:00 to go through the Q3 reconciliation?\n\nAigerim",
            when,
            html="<p>Hi Anna,</p><p>Can we meet on <b>Friday at 11:00</b> to go through the Q3 "
            'reconciliation?</p><img src="https://tracker.example/pixel.png" alt="">'
            "<p>Aigerim</p>",
        ).as_bytes(),
        when,
    )
    when = now - dt.timedelta(hours=2)
    put(
        _letter(
            bolat,
            anna.email,
            "Совещание в понедельник",
            "Анна, в понедельник в 10:00 совещание по закрытию года. Подготовьте сверку с «Дала Логистика».",
            when,
        ).as_bytes(),
        when,
    )

    # 6. Anna's own sent letter, signed, so Sent shows a verdict too
    when = now - dt.timedelta(days=4)
    msg = _letter(
        anna,
        dana.email,
        "Запрос акта сверки за 3 квартал",
        "Дана, добрый день! Просим направить акт сверки за 3 квартал.\nАнна Жансаева, бухгалтер",
        when,
    )
    put(sign_letter(msg, signing["anna"], stamp(signing["anna"]), proof(signing["anna"])), when, sent.id, ("\\Seen",))

    for path in (act_path, invoice_path):
        path.unlink(missing_ok=True)
    marker.write_text(now.isoformat())
    attach_demo_phone(server)
    return DEMO_ACCOUNTS


def _tamper(raw: bytes) -> bytes:
    """Change the signed text the way a careless relay or a fraudster would."""
    head, sep, rest = raw.partition(b"\r\n\r\n")
    boundary_at = rest.index(b"Content-Transfer-Encoding:")
    body_start = rest.index(b"\r\n\r\n", boundary_at) + 4
    first = rest[body_start : body_start + 8]
    replacement = bytes(b ^ 0x01 if b not in (0x0D, 0x0A) else b for b in first)
    return head + sep + rest[:body_start] + replacement + rest[body_start + 8 :]
