"""Realistic test letters (Kazakh, Russian, English; attachments) to seed servers with."""

from __future__ import annotations

import datetime as dt
import email.policy
import random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

SUBJECTS = [
    "Акт сверки за {n} квартал",
    "Шот-фактура № {n}",
    "Invoice {n} for services",
    "Договор поставки № {n}-ТОО",
    "Есеп айырысу актісі {n}",
    "Meeting notes {n}",
]
BODIES = [
    "Добрый день! Направляем акт сверки взаиморасчётов. Просим подписать ЭЦП и вернуть.",
    "Қайырлы күн! Шот-фактураны қол қойып жіберуіңізді сұраймыз. Рақмет.",
    "Hello, please find the signed invoice attached. Best regards, Accounting.",
]


def letter(
    n: int,
    sender: str = "partner@example.kz",
    to: str = "anna@example.kz",
    attach: bool = False,
    size_hint: int = 0,
    when: dt.datetime | None = None,
) -> bytes:
    rnd = random.Random(n)
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = rnd.choice(SUBJECTS).format(n=n)
    msg["Date"] = format_datetime(when or dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=n))
    msg["Message-ID"] = make_msgid(idstring=f"gen{n}", domain="example.kz")
    body = rnd.choice(BODIES) + f"\nНомер письма: {n}\n"
    if size_hint > len(body):
        filler = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz абвгдеёжзийклмнопрстуфхцчшщыэюя\n") for _ in range(256))
        body += (filler * (size_hint // 256 + 1))[: size_hint - len(body)]
    msg.set_content(body)
    if attach:
        msg.add_attachment(f"Акт №{n}".encode() * 20, maintype="application", subtype="pdf", filename=f"akt_{n}.pdf")
    return msg.as_bytes(policy=email.policy.SMTP)


WRITTEN_FROM = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


def written_letter(
    n: int,
    subject: str,
    body: str,
    sender: str = "partner@example.kz",
    to: str = "anna@example.kz",
    attachments: tuple[tuple[str, bytes, str], ...] = (),
) -> bytes:
    """A letter of the words given, dated ``n`` days after WRITTEN_FROM; attachments are (file name,
    content, content type)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(WRITTEN_FROM + dt.timedelta(days=n))
    msg["Message-ID"] = f"<written{n}@example.kz>"
    msg.set_content(body)
    for filename, data, content_type in attachments:
        maintype, subtype = content_type.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes(policy=email.policy.SMTP)
