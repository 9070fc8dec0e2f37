"""Genuine NCA OCSP responses and CRLs from the test material, and key-usage enforcement."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qazmail_desktop.crypto import certificates, cms, keys, revocation
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.errors import SigningRefusedError
from qazmail_desktop.crypto.trust import CrlSet
from tests import rsa_pki
from tests.conftest import PASSWORD

CASES = [
    # file, responder signature, status of the certificate asked about
    ("ocsp_response_ceo_2015_revoked.bin", "valid", "revoked"),
    ("ocsp_response_individual_2015.bin", "valid", "unknown"),  # NCA's "never issued": revoked at the epoch
    ("ocsp_response_individual_sign_2004.bin", "valid", "good"),  # RSA responder
    ("ocsp_response_ceo_sign_2004_revoked.bin", "valid", "revoked"),  # GOST 34.310-2004 responder
]


@pytest.mark.parametrize(("name", "signature", "status"), CASES)
def test_nca_ocsp_responses(nca: Path, name: str, signature: str, status: str) -> None:
    answer = revocation.read_ocsp_response((nca / "ocsp" / name).read_bytes())
    assert answer.signature_status == signature
    assert [e.status for e in answer.entries] == [status]
    assert answer.produced_at.year == 2022


def test_gost2015_responder_is_delegated_by_the_test_ca(nca: Path) -> None:
    issuer = certificates.load_certificate_file(nca / "ca" / "nca_gost2022_test.cer")
    answer = revocation.read_ocsp_response((nca / "ocsp" / "ocsp_response_ceo_2015_revoked.bin").read_bytes(), issuer)
    assert answer.signature_status == "valid"
    (entry,) = answer.entries
    assert entry.revoked_at == dt.datetime(2022, 7, 27, 10, 25, 30, tzinfo=dt.UTC)


def test_garbage_is_not_an_ocsp_answer() -> None:
    with pytest.raises(revocation.RevocationError):
        revocation.read_ocsp_response(b"\x30\x03\x0a\x01\x00")


def test_older_delta_crl_never_overrides_its_newer_base(nca: Path) -> None:
    """The delta CRL #10 (2025) is older than the base CRL #166: it extends another base, so only
    #166 speaks, and keys revoked on #166 stay revoked."""
    crls = CrlSet()
    crls.add_file(nca / "crl" / "nca_gost2022_test.crl")
    crls.add_file(nca / "crl" / "nca_gost2022_d_test.crl")
    issuer = certificates.load_certificate_file(nca / "ca" / "nca_gost2022_test.cer")
    assert len(crls.covering(issuer)) == 2  # both signatures check out
    revoked = keys.load_signing_key(nca / "keys/legal/revoked/head.p12", PASSWORD)
    when = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    check = crls.check(revoked.certificate, issuer, when, proven=False)
    assert check.known and check.revocation is not None
    assert check.revocation.source == "CRL #166" and check.revocation.reason == "certificate_hold"
    assert [e.label for e in check.evidence] == ["CRL #166"]


def test_stale_crl_says_nothing_now(nca: Path) -> None:
    crls = CrlSet()
    crls.add_file(nca / "crl" / "nca_gost2022_test.crl")
    issuer = certificates.load_certificate_file(nca / "ca" / "nca_gost2022_test.cer")
    key = keys.load_signing_key(nca / "keys/individual/valid/individual_valid.p12", PASSWORD)
    after_next_update = dt.datetime(2027, 3, 1, tzinfo=dt.UTC)
    check = crls.check(key.certificate, issuer, after_next_update, proven=False)
    assert not check.known and "stale" in check.problems[0]


def test_key_usage_must_allow_signing(tmp_path: Path) -> None:
    """An encryption-only certificate's signature is refused even if the maths checks out."""
    from cryptography import x509 as cx509

    ca = rsa_pki.make_ca(tmp_path)
    path = rsa_pki.make_user(
        tmp_path, ca, "ENC_only", usage=cx509.KeyUsage(False, False, True, False, False, False, False, False, False)
    )
    key = keys.load_signing_key(path, PASSWORD)
    assert key.info.purpose == "other" and not key.info.can_sign  # keyUsage allows neither kind of signing
    with pytest.raises(SigningRefusedError):
        cms.sign(Content(data=b"x"), key, detached=False)
    # a hostile signer skips the refusal: the verifier still says no
    key.ensure_can_sign = lambda when=None: None  # type: ignore[method-assign]
    signed = cms.sign(Content(data=b"x"), key, detached=False)
    rsa_pki.make_crl(tmp_path, ca)
    (signer,) = v.verify(signed, None, rsa_pki.policy(tmp_path)).signers
    assert signer.status == v.KEY_NOT_FOR_SIGNING and "does not allow signing" in signer.message


def test_auth_key_signature_is_not_a_document_signature(tmp_path: Path) -> None:
    """An NCA-style AUTH key (digitalSignature + keyEncipherment, EKU clientAuth)."""
    ca = rsa_pki.make_ca(tmp_path)
    key = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "AUTH_x", auth=True), PASSWORD)
    assert key.info.purpose == "auth"
    with pytest.raises(SigningRefusedError, match="AUTH"):
        cms.sign(Content(data=b"x"), key, detached=False)
    key.ensure_can_sign = lambda when=None: None  # type: ignore[method-assign]
    signed = cms.sign(Content(data=b"x"), key, detached=False)
    rsa_pki.make_crl(tmp_path, ca)
    (signer,) = v.verify(signed, None, rsa_pki.policy(tmp_path)).signers
    assert signer.status == v.KEY_NOT_FOR_SIGNING and not signer.valid
