"""Signing with every valid NCA key, attached and detached, co-signing, and RSA signatures."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from asn1crypto import cms as asn1_cms
from cryptography.hazmat.primitives import serialization

from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.errors import SigningRefusedError
from tests import independent_gost, rsa_pki
from tests.conftest import EXPIRED_KEYS, PASSWORD, REVOKED_KEYS, VALID_KEYS

# Ground truth found in the material: two keys under legal/valid/ are on the GOST 2022 test CA's
# CRL #166 as "superseded" (revoked 2026-06-02, after the keys were issued and reissued).
SUPERSEDED = {"legal/employee.p12", "legal/infosystem.p12"}


def _short(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.name}"


@pytest.mark.parametrize("key_path", VALID_KEYS, ids=_short)
@pytest.mark.parametrize("detached", [False, True], ids=["attached", "detached"])
def test_sign_with_each_valid_key(key_path: Path, detached: bool, test_policy: v.VerifyPolicy) -> None:
    key = keys.load_signing_key(key_path, PASSWORD)
    document = f"Счёт-фактура № {os.urandom(4).hex()} / {key_path.name}".encode()
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    signed = cms.sign(Content(data=document), key, detached=detached)
    after = dt.datetime.now(dt.UTC)
    independent_gost.check_cms(signed, document)
    result = v.verify(signed, Content(data=document) if detached else None, test_policy)
    if _short(key_path) in SUPERSEDED:
        assert [s.status for s in result.signers] == [v.REVOKED]
        assert "superseded" in result.signers[0].message
        # without the CRL nothing says whether the key was revoked: never a plain "valid"
        result = v.verify(signed, Content(data=document) if detached else None, v.VerifyPolicy(trust=test_policy.trust))
        assert [s.status for s in result.signers] == [v.INDETERMINATE]
        return
    assert result.valid, result.signers[0].message
    assert result.signers[0].info is not None and result.signers[0].info.serial == key.info.serial
    when = result.signers[0].signing_time
    assert when is not None and before <= when <= after  # signingTime is the moment of signing
    embedded = asn1_cms.ContentInfo.load(signed)["content"]["encap_content_info"]["content"]
    assert (embedded.native is None) == detached


def test_signed_attributes_as_kalkan_writes_them(nca: Path) -> None:
    key = keys.load_signing_key(nca / "keys/individual/valid/individual_valid.p12", PASSWORD)
    signer = asn1_cms.ContentInfo.load(cms.sign(Content(data=b"x"), key, detached=False))["content"]["signer_infos"][0]
    names = [a["type"].native for a in signer["signed_attrs"]]
    assert names == ["content_type", "signing_time", "signing_certificate_v2", "message_digest"]
    ess = signer["signed_attrs"][2]["values"][0]["certs"][0]
    assert ess["cert_hash"].native == hashlib.sha256(key.certificate.dump()).digest()
    assert signer["digest_algorithm"]["algorithm"].dotted == "1.2.398.3.10.1.3.3"
    assert signer["signature_algorithm"]["algorithm"].dotted == "1.2.398.3.10.1.1.2.3.2"


def test_we_verify_independently_made_signature(nca: Path, test_policy: v.VerifyPolicy) -> None:
    """Replace our signature value with one made by gostcrypto over the same attributes."""
    key = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    document = b"independently signed"
    info = asn1_cms.ContentInfo.load(cms.sign(Content(data=document), key, detached=True))
    signer = info["content"]["signer_infos"][0]
    private = key._private.to_bytes(64, "little")  # type: ignore[attr-defined]
    signer["signature"] = independent_gost.sign_nca(private, b"\x31" + signer["signed_attrs"].dump()[1:])
    result = v.verify(info.dump(force=True), Content(data=document), test_policy)
    assert result.valid, result.signers[0].message


@pytest.mark.parametrize("key_path", REVOKED_KEYS, ids=lambda p: p.name)
def test_keys_on_hold_are_suspended(key_path: Path, test_policy: v.VerifyPolicy) -> None:
    """The NCA's CRL #166 lists every key under */revoked/ with reason certificateHold: a
    suspension the CA may lift, not a revocation (issue 28)."""
    key = keys.load_signing_key(key_path, PASSWORD)
    result = v.verify(cms.sign(Content(data=b"doc"), key, detached=False), None, test_policy)
    (signer,) = result.signers
    assert signer.status == v.SUSPENDED and not result.valid
    assert "suspended on " in signer.message and "per CRL #166 (certificate_hold)" in signer.message
    assert signer.message.endswith("the CA may lift it")


@pytest.mark.parametrize("key_path", EXPIRED_KEYS[:1], ids=lambda p: p.name)
def test_expired_key_is_refused_for_signing(key_path: Path) -> None:
    key = keys.load_signing_key(key_path, PASSWORD)
    with pytest.raises(SigningRefusedError, match=r"expired on \d\d\.\d\d\.2024 "):
        cms.sign(Content(data=b"doc"), key, detached=False)


@pytest.mark.parametrize("key_path", EXPIRED_KEYS[:1], ids=lambda p: p.name)
def test_backdated_signing_time_does_not_rescue_an_expired_key(key_path: Path, test_policy: v.VerifyPolicy) -> None:
    """signingTime is the signer's claim: a signature claiming a date inside the key's validity,
    with no trusted time-stamp, is judged now, when the certificate has expired."""
    key = keys.load_signing_key(key_path, PASSWORD)
    claimed = key.info.not_before + dt.timedelta(days=30)
    result = v.verify(cms.sign(Content(data=b"doc"), key, detached=False, now=claimed), None, test_policy)
    (signer,) = result.signers
    assert signer.status == v.EXPIRED
    assert "no trusted time-stamp proves" in signer.message
    assert signer.claimed_time == claimed.replace(microsecond=0) and signer.time_source == "signing_time"


def test_cosign_kalkan_cms(nca: Path, test_policy: v.VerifyPolicy) -> None:
    key = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    original = (nca / "cms" / "individual_attached.der").read_bytes()
    both = cms.cosign(original, key)
    result = v.verify(both, None, test_policy)
    assert [s.status for s in result.signers] == [v.VALID, v.VALID]
    assert [s.info.bin for s in result.signers if s.info] == ["", "123456789021"]  # in order of signing


def test_cosign_detached_needs_document(nca: Path, test_policy: v.VerifyPolicy) -> None:
    key = keys.load_signing_key(nca / "keys/legal/valid/employee_signright.p12", PASSWORD)
    original = (nca / "cms" / "legal_entity_detached.der").read_bytes()
    document = Content(data=(nca / "cms" / "legal_entity_document.txt").read_bytes())
    with pytest.raises(Exception, match="--data"):
        cms.cosign(original, key)
    both = cms.cosign(original, key, document)
    result = v.verify(both, document, test_policy)
    assert result.valid and len(result.signers) == 2


def test_rsa_sign_verifies_here_and_in_openssl(tmp_path: Path) -> None:
    ca = rsa_pki.make_ca(tmp_path)
    key = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "RSA_signer"), PASSWORD)
    document = b"RSA signed act\r\n"
    (tmp_path / "doc.txt").write_bytes(document)
    (tmp_path / "ca.pem").write_bytes(ca[1].public_bytes(serialization.Encoding.PEM))
    rsa_pki.make_crl(tmp_path, ca)
    for detached in (False, True):
        signed = cms.sign(Content(data=document), key, detached=detached)
        result = v.verify(signed, Content(data=document) if detached else None, rsa_pki.policy(tmp_path))
        assert result.valid, result.signers[0].message
        (tmp_path / "s.cms").write_bytes(signed)
        content = tmp_path / "doc.txt" if detached else None
        proc = rsa_pki.openssl_verify(tmp_path / "s.cms", tmp_path / "ca.pem", tmp_path / "out", content)
        assert proc.returncode == 0, proc.stderr
        assert (tmp_path / "out").read_bytes() == document
