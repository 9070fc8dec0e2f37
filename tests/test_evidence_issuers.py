"""Who may vouch for a signature (issue 28, point 1): a time-stamp counts only when a
time-stamping authority made it (RFC 3161 2.3) and its certificate was not revoked at genTime;
an OCSP answer only when the CA or a responder it issued with id-kp-OCSPSigning signed it; a CRL
only when the CA signed it with a key that may sign CRLs. Anything else is its maker's claim:
ignored, and said so. Each case on material built for it (RSA, and GOST with the demo PKI)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from asn1crypto import crl as asn1_crl
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.evidence import SigningEvidence
from qazmail_desktop.crypto.trust import TrustStore
from qazmail_desktop.operations.documents import sign_document
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer
from tests import rsa_pki
from tests.conftest import PASSWORD

NOW = rsa_pki.NOW
DAY, HOUR = dt.timedelta(days=1), dt.timedelta(hours=1)
DOCUMENT = "Акт сверки № 12".encode()


class Pki:
    """A test CA with a genuine TSA, and whatever certificates a case needs."""

    def __init__(self, tmp: Path, crl_sign: bool = True) -> None:
        self.tmp = tmp
        self.ca = rsa_pki.make_ca(tmp, crl_sign=crl_sign)
        self.tsa = self.key("TSA", tsa=True)

    def key(self, name: str, **options: object) -> keys.SigningKey:
        valid = options.pop("valid", (NOW - 400 * DAY, NOW + 300 * DAY))
        path = rsa_pki.make_user(self.tmp, self.ca, name, valid=valid, **options)  # type: ignore[arg-type]
        return keys.load_signing_key(path, PASSWORD)

    def sign(
        self,
        key: keys.SigningKey,
        stamper: keys.SigningKey,
        stamped: dt.datetime,
        evidence: SigningEvidence | None = None,
    ) -> bytes:
        key.ensure_can_sign = lambda when=None: None  # type: ignore[method-assign]  # the signer is hostile
        return cms.sign(
            Content(data=DOCUMENT),
            key,
            detached=False,
            timestamper=rsa_pki.timestamper(stamper, stamped),
            evidence=(lambda: evidence) if evidence else None,
            now=stamped,
        )

    def crl(self, revoked: dict[int, dt.datetime], this_update: dt.datetime = NOW - DAY) -> Path:
        return rsa_pki.make_crl(self.tmp, self.ca, revoked, this_update=this_update)

    def verdict(self, signed: bytes, crls: list[Path]) -> v.SignerVerdict:
        (signer,) = v.verify(signed, None, rsa_pki.policy(self.tmp, crls)).signers
        return signer


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return Pki(tmp_path)


def test_a_revoked_key_stamping_its_own_signature_proves_no_time(pki: Pki) -> None:
    """The issue's attack: revoked (and, in the second round, expired too), the signer stamps a
    time before the revocation with its own key (no id-kp-timeStamping). Judged now."""
    for until, status in ((NOW + 60 * DAY, v.REVOKED), (NOW - 10 * DAY, v.EXPIRED)):
        key = pki.key("revoked", valid=(NOW - 300 * DAY, until))
        crl = pki.crl({key.certificate.serial_number: NOW - 100 * DAY})
        signer = pki.verdict(pki.sign(key, key, NOW - 200 * DAY), [crl])
        assert signer.timestamp is not None and signer.timestamp.valid and not signer.timestamp.trusted
        assert "not made by a time-stamping authority" in signer.timestamp.problem
        assert (
            "ТЕСТОВ ТЕСТ is not a time-stamping authority (its extendedKeyUsage is 1.3.6.1.5.5.7.3.4"
            in signer.timestamp.problem
        )
        assert signer.status == status and not signer.time_proven, signer.message
        assert "no trusted time-stamp proves" in signer.message


@pytest.mark.parametrize(
    ("purposes", "why"),
    [
        (([ExtendedKeyUsageOID.TIME_STAMPING], False), "not marked critical"),
        (([ExtendedKeyUsageOID.TIME_STAMPING, ExtendedKeyUsageOID.EMAIL_PROTECTION], True), "1.3.6.1.5.5.7.3.4"),
    ],
)
def test_time_stamping_must_be_the_critical_only_purpose(
    pki: Pki, purposes: tuple[list[x509.ObjectIdentifier], bool], why: str
) -> None:
    almost = pki.key("almost a TSA", purposes=purposes)
    key = pki.key("expired", valid=(NOW - 300 * DAY, NOW - 10 * DAY))
    signer = pki.verdict(pki.sign(key, almost, NOW - 200 * DAY), [pki.crl({})])
    assert signer.timestamp is not None and not signer.timestamp.trusted and why in signer.timestamp.problem
    assert signer.status == v.EXPIRED and "no trusted time-stamp proves" in signer.message


def test_a_genuine_tsa_proves_the_time(pki: Pki) -> None:
    key = pki.key("signer")
    signer = pki.verdict(pki.sign(key, pki.tsa, NOW - 200 * DAY), [pki.crl({})])
    assert signer.status == v.VALID and signer.time_proven, signer.message
    assert signer.timestamp is not None and signer.timestamp.note == ""  # the CA's CRL speaks for the TSA


def test_a_tsa_revoked_before_gen_time_proves_nothing(pki: Pki) -> None:
    key = pki.key("expired", valid=(NOW - 300 * DAY, NOW - 10 * DAY))
    crl = pki.crl({pki.tsa.certificate.serial_number: NOW - 250 * DAY})
    signer = pki.verdict(pki.sign(key, pki.tsa, NOW - 200 * DAY), [crl])
    assert signer.timestamp is not None and not signer.timestamp.trusted
    assert "the time-stamp authority's certificate was revoked on" in signer.timestamp.problem
    assert signer.status == v.EXPIRED and not signer.time_proven


def test_a_tsa_revoked_after_gen_time_still_proves_it(pki: Pki) -> None:
    key = pki.key("signer")
    crl = pki.crl({pki.tsa.certificate.serial_number: NOW - 150 * DAY})
    signer = pki.verdict(pki.sign(key, pki.tsa, NOW - 200 * DAY), [crl])
    assert signer.status == v.VALID and signer.time_proven, signer.message


def test_a_tsa_revoked_per_a_crl_the_signature_carries(pki: Pki) -> None:
    """Evidence carried in the CMS (revocation-values) speaks for the TSA too."""
    key = pki.key("expired", valid=(NOW - 300 * DAY, NOW - 10 * DAY))
    crl = asn1_crl.CertificateList.load(pki.crl({pki.tsa.certificate.serial_number: NOW - 250 * DAY}).read_bytes())
    signed = pki.sign(key, pki.tsa, NOW - 200 * DAY, SigningEvidence(crls=[crl]))
    signer = pki.verdict(signed, [])
    assert signer.timestamp is not None and "was revoked on" in signer.timestamp.problem
    assert signer.status == v.EXPIRED


def test_no_evidence_for_the_tsa_is_said_not_passed_silently(pki: Pki) -> None:
    """The documented rule: the time counts (everything else holds), with a note in the verdict."""
    key = pki.key("signer")
    signer_crl = pki.crl({})
    signer = pki.verdict(pki.sign(key, pki.tsa, NOW - DAY), [signer_crl])
    assert signer.status == v.VALID  # the CA's CRL is at hand: it speaks for the TSA as well
    (signer,) = v.verify(pki.sign(key, pki.tsa, NOW - DAY), None, rsa_pki.policy(pki.tmp, [])).signers
    assert signer.timestamp is not None and signer.timestamp.trusted
    assert "no evidence at hand says whether the time-stamp authority's certificate was revoked" in (
        signer.timestamp.note
    )
    assert signer.to_json()["timestamp_note"] == signer.timestamp.note


def _ocsp_signed_by(pki: Pki, key: keys.SigningKey, responder_p12: Path) -> SigningEvidence:
    leaf = x509.load_der_x509_certificate(key.certificate.dump())
    responder = x509.load_pem_x509_certificate(responder_p12.with_suffix(".cer").read_bytes())
    answer = rsa_pki.ocsp_answer((rsa_pki.private_key(responder_p12), responder), leaf, pki.ca[1], NOW - 10 * DAY)
    return SigningEvidence(responses=[answer])


def test_an_ocsp_answer_signed_by_an_ordinary_key_is_ignored_with_a_note(pki: Pki) -> None:
    key = pki.key("revoked")
    ordinary = rsa_pki.make_user(pki.tmp, pki.ca, "ordinary")
    signed = pki.sign(key, pki.tsa, NOW - 10 * DAY, _ocsp_signed_by(pki, key, ordinary))
    crl = pki.crl({key.certificate.serial_number: NOW - 20 * DAY})
    signer = pki.verdict(signed, [crl])
    assert signer.status == v.REVOKED  # the CRL counts; the forged "good" does not
    assert "OCSP embedded in the signature ignored: not signed by" in signer.revocation
    offline = pki.verdict(signed, [])
    assert offline.status == v.INDETERMINATE and "ignored" in offline.revocation


def test_an_ocsp_answer_of_a_delegated_responder_counts(pki: Pki) -> None:
    key = pki.key("signer")
    responder = rsa_pki.make_user(pki.tmp, pki.ca, "responder", purposes=([ExtendedKeyUsageOID.OCSP_SIGNING], False))
    signer = pki.verdict(pki.sign(key, pki.tsa, NOW - 10 * DAY, _ocsp_signed_by(pki, key, responder)), [])
    assert signer.status == v.VALID, signer.message
    assert signer.revocation.startswith("not revoked per OCSP embedded in the signature")


def test_a_crl_not_signed_by_the_ca_is_ignored_with_a_note(pki: Pki, tmp_path: Path) -> None:
    key = pki.key("signer")
    elsewhere = tmp_path / "impostor"
    elsewhere.mkdir()
    impostor = rsa_pki.make_ca(elsewhere, name_text="TEST RSA ROOT")  # the same name, another key
    forged = rsa_pki.make_crl(elsewhere, impostor, {})
    signer = pki.verdict(pki.sign(key, pki.tsa, NOW - 10 * DAY), [forged])
    assert signer.status == v.INDETERMINATE
    assert "CRL #1 naming Common Name: TEST RSA ROOT, Country: KZ ignored: not signed by that CA" in signer.revocation


def test_a_crl_of_a_ca_that_may_not_sign_crls_is_ignored(tmp_path: Path) -> None:
    pki = Pki(tmp_path, crl_sign=False)
    key = pki.key("signer")
    signer = pki.verdict(pki.sign(key, pki.tsa, NOW - 10 * DAY), [pki.crl({})])
    assert signer.status == v.INDETERMINATE
    assert "the CA's certificate does not allow signing CRLs (keyUsage cRLSign)" in signer.revocation


def test_a_gost_key_stamping_its_own_signature_proves_no_time(demo: EmbeddedServer) -> None:
    """The same attack with the demo PKI's GOST 34.10-2015 keys; its genuine TSA (critical
    id-kp-timeStamping alone) still proves the time."""
    trust = TrustStore()
    trust.add_folder(demo.data_dir / "pki")
    policy = v.VerifyPolicy(trust=trust, online=False)
    anna = keys.load_signing_key(demo.data_dir / "keys" / "anna_sign.p12", DEMO_PASSWORD)
    own = cms.sign(Content(data=DOCUMENT), anna, detached=False, timestamper=rsa_pki.timestamper(anna, NOW - HOUR))
    (signer,) = v.verify(own, None, policy).signers
    assert signer.timestamp is not None and signer.timestamp.valid and not signer.timestamp.trusted
    assert "ЖАНСАЕВА АННА is not a time-stamping authority" in signer.timestamp.problem
    assert not signer.time_proven
    stamped = sign_document(Content(data=DOCUMENT), anna, detached=False, tsa_url=f"{demo.base_url}/tsp")
    (genuine,) = v.verify(stamped.data, None, policy).signers
    assert genuine.timestamp is not None and genuine.timestamp.trusted and genuine.time_proven
