"""The time rule and the revocation-evidence rules, on a PKI whose every date the test chooses.

signingTime is the signer's claim; only a trusted time-stamp proves when a signature existed.
With one, chain, validity and revocation are judged at its genTime and the evidence must speak
for that time; without one they are judged now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509

from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from tests import rsa_pki
from tests.conftest import PASSWORD

NOW = rsa_pki.NOW
DAY = dt.timedelta(days=1)


@dataclass
class Pki:
    tmp: Path
    ca: tuple[object, x509.Certificate]
    tsa: keys.SigningKey

    def user(self, name: str, not_before: dt.datetime, not_after: dt.datetime) -> keys.SigningKey:
        path = rsa_pki.make_user(self.tmp, self.ca, name, valid=(not_before, not_after))  # type: ignore[arg-type]
        return keys.load_signing_key(path, PASSWORD)

    def sign(self, key: keys.SigningKey, claimed: dt.datetime, stamped: dt.datetime | None = None) -> bytes:
        """A signature claiming ``claimed``; with a trusted time-stamp at ``stamped`` when given."""
        key.ensure_can_sign = lambda when=None: None  # type: ignore[method-assign]  # the signer is hostile
        stamper = rsa_pki.timestamper(self.tsa, stamped) if stamped else None
        return cms.sign(Content(data=b"act 45"), key, detached=False, timestamper=stamper, now=claimed)

    def crl(self, this_update: dt.datetime, revoked: dict[int, dt.datetime] | None = None, **kw: object) -> Path:
        return rsa_pki.make_crl(self.tmp, self.ca, revoked, this_update=this_update, **kw)  # type: ignore[arg-type]

    def verdict(self, signed: bytes, crls: list[Path]) -> v.SignerVerdict:
        (signer,) = v.verify(signed, None, rsa_pki.policy(self.tmp, crls)).signers
        return signer


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    ca = rsa_pki.make_ca(tmp_path)
    tsa_path = rsa_pki.make_user(tmp_path, ca, "TSA", valid=(NOW - 900 * DAY, NOW + 300 * DAY), tsa=True)
    return Pki(tmp_path, ca, keys.load_signing_key(tsa_path, PASSWORD))


def test_time_stamp_proves_signing_before_expiry(pki: Pki) -> None:
    key = pki.user("expired", NOW - 200 * DAY, NOW - 10 * DAY)
    signed = pki.sign(key, NOW - 100 * DAY, stamped=NOW - 100 * DAY)
    signer = pki.verdict(signed, [pki.crl(NOW - 50 * DAY)])
    assert signer.status == v.VALID, signer.message
    assert signer.time_proven and signer.judged_at == (NOW - 100 * DAY).replace(microsecond=0)
    assert [e.label for e in signer.evidence] == ["CRL #1"]


def test_backdated_claim_without_time_stamp_is_judged_now(pki: Pki) -> None:
    key = pki.user("expired", NOW - 200 * DAY, NOW - 10 * DAY)
    signer = pki.verdict(pki.sign(key, NOW - 100 * DAY), [pki.crl(NOW - DAY)])
    assert signer.status == v.EXPIRED and "no trusted time-stamp proves" in signer.message
    assert signer.time_source == "signing_time" and not signer.time_proven


def test_backdated_claim_does_not_rescue_a_revoked_key(pki: Pki) -> None:
    """The issue's case: revoked months ago, signingTime set before that, no time-stamp."""
    key = pki.user("revoked", NOW - 300 * DAY, NOW + 60 * DAY)
    crl = pki.crl(NOW - DAY, {key.certificate.serial_number: NOW - 200 * DAY})
    signer = pki.verdict(pki.sign(key, NOW - 250 * DAY), [crl])
    assert signer.status == v.REVOKED and not signer.valid
    assert "no trusted time-stamp proves the signature was made before the revocation" in signer.message


def test_revoked_after_the_proven_time_stays_valid(pki: Pki) -> None:
    key = pki.user("later", NOW - 300 * DAY, NOW + 60 * DAY)
    crl = pki.crl(NOW - DAY, {key.certificate.serial_number: NOW - 60 * DAY})
    signer = pki.verdict(pki.sign(key, NOW - 100 * DAY, stamped=NOW - 100 * DAY), [crl])
    assert signer.status == v.VALID, signer.message
    assert "after the proven time of signing" in signer.revocation


def test_revoked_before_the_proven_time_is_revoked(pki: Pki) -> None:
    key = pki.user("before", NOW - 300 * DAY, NOW + 60 * DAY)
    crl = pki.crl(NOW - DAY, {key.certificate.serial_number: NOW - 150 * DAY})
    signer = pki.verdict(pki.sign(key, NOW - 100 * DAY, stamped=NOW - 100 * DAY), [crl])
    assert signer.status == v.REVOKED and "before the time-stamp's time" in signer.message


def test_crl_issued_after_expiry_does_not_speak_for_the_certificate(pki: Pki) -> None:
    """It no longer lists the certificate, revoked or not: not proof of good standing."""
    key = pki.user("expired", NOW - 200 * DAY, NOW - 10 * DAY)
    signed = pki.sign(key, NOW - 100 * DAY, stamped=NOW - 100 * DAY)
    signer = pki.verdict(signed, [pki.crl(NOW - DAY)])
    assert signer.status == v.INDETERMINATE
    assert "after the certificate expired" in signer.revocation


def test_expired_certs_on_crl_keeps_speaking(pki: Pki) -> None:
    key = pki.user("expired", NOW - 200 * DAY, NOW - 10 * DAY)
    signed = pki.sign(key, NOW - 100 * DAY, stamped=NOW - 100 * DAY)
    signer = pki.verdict(signed, [pki.crl(NOW - DAY, expired_certs_since=NOW - 400 * DAY)])
    assert signer.status == v.VALID, signer.revocation


def test_stale_crl_now_is_indeterminate(pki: Pki) -> None:
    key = pki.user("current", NOW - 30 * DAY, NOW + 60 * DAY)
    stale = pki.crl(NOW - 20 * DAY, next_update=NOW - 13 * DAY)
    signer = pki.verdict(pki.sign(key, NOW), [stale])
    assert signer.status == v.INDETERMINATE and "stale" in signer.revocation


def test_no_revocation_evidence_is_not_valid(pki: Pki) -> None:
    key = pki.user("current", NOW - 30 * DAY, NOW + 60 * DAY)
    signer = pki.verdict(pki.sign(key, NOW), [])
    assert signer.status == v.INDETERMINATE and not signer.valid


def test_delta_crls_apply_only_to_their_base(pki: Pki) -> None:
    key = pki.user("delta", NOW - 30 * DAY, NOW + 60 * DAY)
    serial = key.certificate.serial_number
    base = pki.crl(NOW - 2 * DAY, number=5)
    newer_delta = pki.crl(NOW - DAY, {serial: NOW - 3 * DAY}, number=6, delta_of=5)
    older_delta = pki.crl(NOW - 3 * DAY, {serial: NOW - 10 * DAY}, number=4, delta_of=3)
    signed = pki.sign(key, NOW)
    assert pki.verdict(signed, [base, older_delta]).status == v.VALID  # #4 extends base #3, not #5
    revoked = pki.verdict(signed, [base, newer_delta, older_delta])
    assert revoked.status == v.REVOKED and "delta CRL #6" in revoked.message


def test_untrusted_time_stamp_proves_nothing(pki: Pki, tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    other_ca = rsa_pki.make_ca(tmp_path / "other", "OTHER ROOT")
    rogue = keys.load_signing_key(
        rsa_pki.make_user(tmp_path / "other", other_ca, "ROGUE_TSA", valid=(NOW - 900 * DAY, NOW), tsa=True), PASSWORD
    )
    key = pki.user("expired", NOW - 200 * DAY, NOW - 10 * DAY)
    key.ensure_can_sign = lambda when=None: None  # type: ignore[method-assign]
    stamper = rsa_pki.timestamper(rogue, NOW - 100 * DAY)
    signed = cms.sign(Content(data=b"act"), key, detached=False, timestamper=stamper, now=NOW - 100 * DAY)
    signer = pki.verdict(signed, [pki.crl(NOW - 50 * DAY)])
    assert signer.timestamp is not None and signer.timestamp.valid and not signer.timestamp.trusted
    assert signer.status == v.EXPIRED and not signer.time_proven


def test_time_stamp_over_another_signature_is_not_accepted(pki: Pki) -> None:
    key = pki.user("current", NOW - 30 * DAY, NOW + 60 * DAY)
    stamp = rsa_pki.timestamper(pki.tsa, NOW - 5 * DAY)
    signed = cms.sign(Content(data=b"x"), key, detached=False, timestamper=lambda _sig: stamp(b"another signature"))
    signer = pki.verdict(signed, [pki.crl(NOW - DAY)])
    assert signer.timestamp is not None and not signer.timestamp.valid
    assert signer.status == v.VALID and not signer.time_proven  # judged now, where it holds


HOLD, LIFTED = x509.ReasonFlags.certificate_hold, x509.ReasonFlags.remove_from_crl


def test_a_certificate_on_hold_is_suspended_not_revoked(pki: Pki) -> None:
    key = pki.user("held", NOW - 300 * DAY, NOW + 60 * DAY)
    serial = key.certificate.serial_number
    held = pki.crl(NOW - DAY, {serial: NOW - 20 * DAY}, number=5, reason=HOLD)
    signer = pki.verdict(pki.sign(key, NOW - 100 * DAY), [held])
    assert signer.status == v.SUSPENDED and signer.status.tone == "warning" and not signer.valid
    assert signer.message.startswith("suspended on ") and signer.message.endswith("; the CA may lift it")
    assert "no trusted time-stamp proves the signature was made before the suspension" in signer.message
    assert v.SUSPENDED.severity < v.REVOKED.severity  # a letter with both shows revoked


def test_a_hold_lifted_by_a_delta_crl_is_no_suspension(pki: Pki) -> None:
    key = pki.user("held", NOW - 300 * DAY, NOW + 60 * DAY)
    serial = key.certificate.serial_number
    held = pki.crl(NOW - 2 * DAY, {serial: NOW - 20 * DAY}, number=5, reason=HOLD)
    lifted = pki.crl(NOW - DAY, {serial: NOW - 2 * DAY}, number=6, delta_of=5, reason=LIFTED)
    signer = pki.verdict(pki.sign(key, NOW - 100 * DAY), [held, lifted])
    assert signer.status == v.VALID, signer.message
    assert [e.label for e in signer.evidence] == ["CRL #5", "delta CRL #6"]


def test_a_hold_after_the_proven_time_leaves_the_signature_valid(pki: Pki) -> None:
    key = pki.user("held later", NOW - 300 * DAY, NOW + 60 * DAY)
    crl = pki.crl(NOW - DAY, {key.certificate.serial_number: NOW - 20 * DAY}, reason=HOLD)
    signer = pki.verdict(pki.sign(key, NOW - 100 * DAY, stamped=NOW - 100 * DAY), [crl])
    assert signer.status == v.VALID, signer.message
    assert "suspended on" in signer.revocation and "after the proven time of signing" in signer.revocation
