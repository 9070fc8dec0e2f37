"""A mailbox of GOST-signed letters for the verification benchmark: each letter signed (S/MIME,
GOST 2015-512) by one of ten demo signers under a chain of two CAs, with an RFC 3161 time-stamp
from the demo TSA; the CA's CRL is known. Made in-process with the demo PKI, on every core."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from email.message import EmailMessage
from pathlib import Path

from asn1crypto import x509

from qazmail_desktop.crypto import keys, oids
from qazmail_desktop.crypto.trust import CrlSet, TrustStore
from qazmail_desktop.crypto.verify import VerifyPolicy
from qazmail_desktop.server.demo import local_timestamper
from qazmail_desktop.server.pki import DEMO_PASSWORD, DemoPki, DemoUser
from qazmail_desktop.signing.smime import sign_letter
from qazmail_desktop.store.cache import Cache, IncomingMessage
from tests.accounts import make_account

SIGNERS = 10
PKI_URL = "http://127.0.0.1:9"  # nothing listens there: checks stay offline
BATCH = 250


def signed_mailbox(work: Path, count: int) -> tuple[Cache, VerifyPolicy]:
    """A cache holding ``count`` signed letters in one folder, and the offline policy to check them."""
    pki = DemoPki(work / "pki", PKI_URL)
    for n in range(SIGNERS):
        pki.issue_user(
            DemoUser(
                f"signer{n}.p12",
                f"signer{n}@dala.kz",
                f"ТЕСТОВ ПОДПИСАНТ {n}",
                "ТЕСТОВ",
                "ПОДПИСАНТ",
                f"85031540{n:04d}",
                'АО "Дала Логистика"',
                "990240000021",
                (oids.ROLE_HEAD,),
            ),
            work / "keys",
        )
    cache = Cache(work / "cache.sqlite3")
    cache.accounts.add(make_account("anna", "anna@altyn.kz"))
    folder = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    batches = [(work, start, min(start + BATCH, count)) for start in range(0, count, BATCH)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(os.cpu_count() or 1, context) as pool:
        for letters in pool.map(_signed_letters, *zip(*batches, strict=True)):
            cache.messages.store(folder.id, [IncomingMessage(uid, raw, True, (), len(raw)) for uid, raw in letters])
    trust = TrustStore()
    for party in (pki.root, pki.ca):  # as read from a trust folder
        trust.add(x509.Certificate.load(party.certificate.dump()))
    crls = CrlSet()
    crls.add(pki.crl(), "demo CA CRL")
    return cache, VerifyPolicy(trust=trust, crls=crls)


def _signed_letters(work: Path, start: int, end: int) -> list[tuple[int, bytes]]:
    pki = DemoPki(work / "pki", PKI_URL)
    signers = [keys.load_signing_key(work / "keys" / f"signer{n}.p12", DEMO_PASSWORD) for n in range(SIGNERS)]

    timestamper = local_timestamper(pki, signers[0].digest.oid)
    letters = []
    for n in range(start, end):
        msg = EmailMessage()
        msg["From"], msg["To"] = f"signer{n % SIGNERS}@dala.kz", "anna@altyn.kz"
        msg["Subject"] = f"Акт выполненных работ № {n}"
        msg.set_content(f"Акт № {n}: услуги оказаны полностью, сумма {n * 1000} KZT.\n")
        letters.append((n + 1, sign_letter(msg, signers[n % SIGNERS], timestamper)))
    return letters
