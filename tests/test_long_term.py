"""Signatures that prove themselves for years (issue #20): made online with the demo PKI, they
carry their time-stamp, the signer's OCSP status taken right after it, and the CA chain; verified
offline with the clock past the signer's (and the TSA's) certificate expiry, they are valid at
their signing time from that evidence alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from asn1crypto import cms as asn1_cms

from qazmail_desktop.crypto import keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.evidence import REVOCATION_VALUES, embedded_revocation
from qazmail_desktop.crypto.status import Status
from qazmail_desktop.crypto.trust import TrustStore
from qazmail_desktop.operations.documents import cosign_document, sign_document
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer

DOCUMENT = "Договор поставки № 7: 1 200 000 KZT".encode()


def _trust(demo: EmbeddedServer) -> TrustStore:
    trust = TrustStore()
    trust.add_folder(demo.data_dir / "pki")
    return trust


def _key(demo: EmbeddedServer, name: str) -> keys.SigningKey:
    return keys.load_signing_key(demo.data_dir / "keys" / name, DEMO_PASSWORD)


def _offline_in(years: int, demo: EmbeddedServer) -> v.VerifyPolicy:
    """Years from now, with no network and no CRL: only what the signature carries."""
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=365 * years)
    return v.VerifyPolicy(trust=_trust(demo), now=later, online=False)


def test_a_signature_proves_itself_offline_after_the_certificates_expired(demo: EmbeddedServer) -> None:
    key = _key(demo, "anna_sign.p12")
    signed = sign_document(
        Content(data=DOCUMENT), key, detached=True, tsa_url=f"{demo.base_url}/tsp", trust=_trust(demo)
    )
    assert signed.notes == []
    signer_info = asn1_cms.ContentInfo.load(signed.data)["content"]["signer_infos"][0]
    unsigned = {a["type"].dotted: a["values"][0] for a in signer_info["unsigned_attrs"]}
    assert sorted(unsigned) == ["1.2.840.113549.1.9.16.2.14", REVOCATION_VALUES]  # the time-stamp, the status
    (response,) = embedded_revocation(signer_info).responses
    token = unsigned["1.2.840.113549.1.9.16.2.14"]["content"]
    gen_time = token["encap_content_info"]["content"].parsed["gen_time"].native
    this_update = response["tbs_response_data"]["responses"][0]["this_update"].native
    # the document card's rule (the OCSP answer's time is whole seconds, genTime to the millisecond)
    assert dt.timedelta(seconds=-1) < this_update - gen_time <= dt.timedelta(minutes=5)
    certificates = asn1_cms.ContentInfo.load(signed.data)["content"]["certificates"]
    assert len(certificates) == 3  # the signer's, and the CA chain above it

    for years in (2, 6):  # past the signer's certificate (one year); at six, past the TSA's too
        (signer,) = v.verify(signed.data, Content(data=DOCUMENT), _offline_in(years, demo)).signers
        assert signer.status == Status.VALID, signer.message
        assert signer.time_source == "timestamp" and signer.signing_time == gen_time
        assert signer.revocation.startswith("not revoked per OCSP embedded in the signature")

    bare = sign_document(Content(data=DOCUMENT), key, detached=True, tsa_url=f"{demo.base_url}/tsp")
    (without,) = v.verify(bare.data, Content(data=DOCUMENT), _offline_in(2, demo)).signers
    assert without.status == Status.INDETERMINATE  # the same signature without its evidence proves less


def test_cosigning_keeps_the_first_signers_evidence_byte_for_byte(demo: EmbeddedServer, tmp_path: Path) -> None:
    tsa, trust = f"{demo.base_url}/tsp", _trust(demo)
    first = sign_document(Content(data=DOCUMENT), _key(demo, "anna_sign.p12"), True, tsa, trust)
    both = cosign_document(first.data, _key(demo, "bolat_sign.p12"), Content(data=DOCUMENT), tsa, trust)
    before = asn1_cms.ContentInfo.load(first.data)["content"]["signer_infos"][0].dump()
    after = [s.dump() for s in asn1_cms.ContentInfo.load(both.data)["content"]["signer_infos"]]
    assert before in after and len(after) == 2  # a SET: DER orders its members, each kept whole
    verdicts = v.verify(both.data, Content(data=DOCUMENT), _offline_in(2, demo)).signers
    assert [s.status for s in verdicts] == [Status.VALID, Status.VALID], [s.message for s in verdicts]


def test_a_letter_checked_online_is_judged_offline_on_the_evidence_it_kept(
    demo: EmbeddedServer, tmp_path: Path, nca: Path
) -> None:
    """A time-stamped letter that carries no status (as other mail clients send them), checked once
    online: the OCSP answer is kept with its verdict, and checked again offline years later it is
    still valid on that answer; with nothing kept it could only be indeterminate."""
    from email.message import EmailMessage

    from qazmail_desktop.signing.checker import check_letter, check_pending, kept_ocsp
    from qazmail_desktop.signing.outgoing import timestamper_for
    from qazmail_desktop.signing.smime import sign_letter
    from qazmail_desktop.store.cache import Cache, IncomingMessage
    from tests.accounts import make_account

    key = _key(demo, "dana_sign.p12")
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "dana@dala.kz", "anna@altyn.kz", "Счёт № 12"
    msg.set_content("Счёт № 12 на 480 000 KZT.")
    raw = sign_letter(msg, key, timestamper_for(key, f"{demo.base_url}/tsp"))
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(make_account("anna", "anna@altyn.kz"))
    folder = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    cache.messages.store(folder.id, [IncomingMessage(1, raw, True, (), len(raw))])
    row = cache.messages.get(folder.id, 1)
    assert row is not None

    online = v.VerifyPolicy(trust=_trust(demo), online=True, crl_cache=tmp_path / "crl")
    first = check_letter(cache, row.blob, online)
    assert first is not None and first.status == "valid"
    assert len(kept_ocsp(cache.verdicts.get(row.blob))) == 1

    later = check_letter(cache, row.blob, _offline_in(2, demo))
    assert later is not None and later.status == "valid"
    (signer,) = later.items[0].result.signers  # type: ignore[union-attr]
    assert signer.revocation.startswith("not revoked per OCSP kept from an earlier check")
    assert len(kept_ocsp(cache.verdicts.get(row.blob))) == 1  # and it stays kept

    # checked again with the mailbox because the trust data changed (another root): still on it
    other_trust = _trust(demo)
    other_trust.add_folder(nca / "ca")
    moved = v.VerifyPolicy(trust=other_trust, now=_offline_in(2, demo).now, online=False)
    assert check_pending(cache, moved, workers=1) == 1
    assert cache.file.db.execute("SELECT json_extract(summary, '$.status') FROM signatures").fetchone()[0] == "valid"

    cache.file.db.execute("DELETE FROM signatures")
    cache.file.db.commit()
    forgotten = check_letter(cache, row.blob, _offline_in(2, demo))
    assert forgotten is not None and forgotten.status == "indeterminate"
