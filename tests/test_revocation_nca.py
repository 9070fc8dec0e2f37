"""Genuine NCA OCSP responses and CRLs from the test material, and key-usage enforcement."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qazmail_desktop.crypto import certificates, cms, keys, revocation
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.trust import CrlSet, TrustStore
from tests import rsa_pki
from tests.conftest import PASSWORD

CASES = [
    # file, responder signature, status of the certificate asked about
    ("ocsp_response_ceo_2015_revoked.bin", "valid", "revoked"),
    ("ocsp_response_individual_2015.bin", "valid", "unknown"),  # NCA's "never issued": revoked at the epoch
    ("ocsp_response_individual_sign_2004.bin", "valid", "good"),  # RSA responder
    ("ocsp_response_ceo_sign_2004_revoked.bin", "unknown_algorithm", "revoked"),  # GOST 34.310-2004
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


def test_delta_crl_and_full_crl_numbers(nca: Path) -> None:
    crls = CrlSet()
    crls.add_file(nca / "crl" / "nca_gost2022_test.crl")
    crls.add_file(nca / "crl" / "nca_gost2022_d_test.crl")
    issuer = certificates.load_certificate_file(nca / "ca" / "nca_gost2022_test.cer")
    assert len(crls.covering(issuer)) == 2  # both signatures check out
    revoked = keys.load_signing_key(nca / "keys/legal/revoked/head.p12", PASSWORD)
    found = crls.lookup(revoked.certificate, issuer)
    assert found is not None and found.source == "CRL #166" and found.reason == "certificate_hold"


def test_key_usage_must_allow_signing(tmp_path: Path) -> None:
    """An encryption-only certificate's signature is refused even if the maths checks out."""
    from cryptography import x509 as cx509

    ca = rsa_pki.make_ca(tmp_path)
    path = rsa_pki.make_user(
        tmp_path, ca, "ENC_only", usage=cx509.KeyUsage(False, False, True, False, False, False, False, False, False)
    )
    key = keys.load_signing_key(path, PASSWORD)
    trust = TrustStore()
    trust.add_folder(tmp_path / "ca")
    assert key.info.purpose == "sign"  # no EKU restriction: only keyUsage says it may not sign
    signed = cms.sign(Content(data=b"x"), key, detached=False)
    (signer,) = v.verify(signed, None, v.VerifyPolicy(trust=trust)).signers
    assert signer.status == v.INVALID_SIGNATURE and "key usage" in signer.message
