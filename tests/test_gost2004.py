"""GOST 34.310-2004 (the NCA's previous generation), checked against independent references:
published GOST R 34.11-94 test-paramset vectors, and OpenSSL's GOST engine for the curve and the
NCA's byte layout, over signatures the NCA made (certificates, CRL, OCSP, TSA tokens, CMS)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from asn1crypto import core, crl, ocsp, x509

from qazmail_desktop.crypto import certificates, gost341194, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.cms import parse_signed_data
from qazmail_desktop.crypto.errors import SigningRefusedError
from qazmail_desktop.crypto.trust import CrlSet, TrustStore
from tests.conftest import PASSWORD, PRODUCTION, run_cli

# RFC 5831 section 7 and the published test-paramset digests (GOST R 34.11-94, id-GostR3411-94-TestParamSet)
VECTORS = [
    (b"", "ce85b99cc46752fffee35cab9a7b0278abb4c2d2055cff685af4912c49490f8d"),
    (b"abc", "f3134348c44fb1b2a277729e2285ebb5cb5e0f29c975bc753b70497c06a4d51d"),
    (b"message digest", "ad4434ecb18f2c99b60cbe59ec3d2469582b65273f48de72db2fde16a4889a4d"),
    (b"This is message, length=32 bytes", "b1c466d37519b82e8319819ff32595e047a28cb6f83eff1c6916a815a637fffa"),
    (
        b"Suppose the original message has length = 50 bytes",
        "471aba57a60a770d3a76130635c1fbea4ef14de51f78b4ae57dd893b62f55208",
    ),
    (b"U" * 128, "53a3a3ed25180cef0c1d85a074273e551c25660a87062a52d926a9e8fe5733a4"),
]


@pytest.mark.parametrize(("message", "expected"), VECTORS, ids=lambda x: str(x)[:12])
def test_gost341194_published_vectors(message: bytes, expected: str) -> None:
    assert gost341194.gost341194(message).hex() == expected


def test_gost341194_streams_in_any_chunks() -> None:
    data = os.urandom(1000)
    hasher = gost341194.Gost341194()
    for start in range(0, len(data), 7):
        hasher.update(data[start : start + 7])
    assert hasher.digest() == gost341194.gost341194(data)


def test_kalkan_message_digest(nca: Path) -> None:
    signed = parse_signed_data((nca / "cms" / "gost2004_attached_with_tsp.pem").read_bytes())
    content = signed["encap_content_info"]["content"].native
    (signer,) = signed["signer_infos"]
    claimed = next(a["values"][0].native for a in signer["signed_attrs"] if a["type"].native == "message_digest")
    assert claimed.hex().startswith("571816452cd5") and claimed.hex().endswith("7ba9")
    assert gost341194.gost341194(content) == claimed


def _tlv(tag: int, content: bytes) -> bytes:
    size = len(content)
    length = (
        bytes([size])
        if size < 128
        else bytes([0x80 | ((size.bit_length() + 7) // 8)]) + size.to_bytes((size.bit_length() + 7) // 8, "big")
    )
    return bytes([tag]) + length + content


def _cryptopro_public_key_pem(cert: x509.Certificate) -> str:
    """The certificate's key as OpenSSL's engine reads a GOST R 34.10-2001 key on CryptoPro-A."""
    key = certificates.public_key(cert)
    assert isinstance(key, certificates.GostPublicKey) and key.scheme is certificates.GOST2004
    raw = key.point[0].to_bytes(32, "little") + key.point[1].to_bytes(32, "little")
    oid = lambda dotted: core.ObjectIdentifier(dotted).dump()  # noqa: E731
    params = _tlv(0x30, oid("1.2.643.2.2.35.1") + oid("1.2.643.2.2.30.1"))
    spki = _tlv(0x30, _tlv(0x30, oid("1.2.643.2.2.19") + params) + _tlv(0x03, b"\x00" + _tlv(0x04, raw)))
    return "-----BEGIN PUBLIC KEY-----\n" + base64.encodebytes(spki).decode() + "-----END PUBLIC KEY-----\n"


def _signer_cms(data: bytes) -> Iterator[tuple[str, x509.Certificate, bytes, bytes]]:
    signed = parse_signed_data(data)
    certs = [c.chosen for c in signed["certificates"]]
    for signer in signed["signer_infos"]:
        sid = signer["sid"].chosen
        cert = next(c for c in certs if c.serial_number == sid["serial_number"].native)
        yield "cms", cert, b"\x31" + signer["signed_attrs"].dump()[1:], signer["signature"].native
        token = next(
            (
                a["values"][0]
                for a in signer["unsigned_attrs"] or []
                if a["type"].native == "signature_time_stamp_token"
            ),
            None,
        )
        if token is not None:
            for _, tsa, tbs, sig in _signer_cms(token.dump()):
                yield "tsa token", tsa, tbs, sig


def _independent_signatures(nca: Path) -> list[tuple[str, x509.Certificate, bytes, bytes]]:
    """(what, signer's certificate, signed bytes, signature value) made by the NCA's GOST 2004 keys."""
    cert = certificates.load_certificate_file
    out: list[tuple[str, x509.Certificate, bytes, bytes]] = []
    for child, issuer in [
        (nca / "legacy-2004/ca/root_gost_test.cer", nca / "legacy-2004/ca/root_gost_test.cer"),
        (nca / "legacy-2004/ca/nca_gost_test_3.0.cer", nca / "legacy-2004/ca/root_gost_test.cer"),
        (nca / "certs/ceo_valid_sign_2004_gost.cer", nca / "ca/nca_gost_2004_test.cer"),
        (PRODUCTION / "ca/nca_gost_2018.cer", PRODUCTION / "ca/root_gost_2015.cer"),
    ]:
        c = cert(child)
        out.append((child.name, cert(issuer), c["tbs_certificate"].dump(), c["signature_value"].native))
    for p12 in sorted((nca / "legacy-2004/keys").glob("*.p12")):
        c = keys.load_signing_key(p12, PASSWORD).certificate
        issuer = cert(nca / "legacy-2004/ca/nca_gost_test_3.0.cer")
        out.append((p12.name, issuer, c["tbs_certificate"].dump(), c["signature_value"].native))
    revocation_list = crl.CertificateList.load((nca / "crl/nca_gost_2004_test.crl").read_bytes())
    out.append(
        (
            "crl",
            cert(nca / "legacy-2004/ca/nca_gost_test_3.0.cer"),
            revocation_list["tbs_cert_list"].dump(),
            revocation_list["signature"].native,
        )
    )
    basic = ocsp.OCSPResponse.load((nca / "ocsp/ocsp_response_ceo_sign_2004_revoked.bin").read_bytes())
    basic = basic.basic_ocsp_response
    out.append(("ocsp", basic["certs"][0], basic["tbs_response_data"].dump(), basic["signature"].native))
    for name in ("cms/gost2004_attached_with_tsp.pem", "cms/gost2004_for_cosign.pem", "tsp/tsp_token.bin"):
        out += [(f"{name} {what}", c, tbs, sig) for what, c, tbs, sig in _signer_cms((nca / name).read_bytes())]
    return out


def openssl_verifies_gost2004(
    openssl_gost: list[str], work: Path, cert: x509.Certificate, digest: bytes, signature: bytes
) -> bool:
    """OpenSSL's GOST engine (not our code) checks a GOST 34.310-2004 signature in the NCA's layout
    over a GOST 34.311 ``digest``, the key given in CryptoPro encoding."""
    (work / "pub.pem").write_text(_cryptopro_public_key_pem(cert))
    (work / "digest.bin").write_bytes(digest)
    (work / "sig.bin").write_bytes(signature[::-1])  # NCA r||s little-endian = CryptoPro s||r reversed
    verify_files = ("-in", "digest.bin", "-sigfile", "sig.bin")
    proc = subprocess.run(
        [*openssl_gost, "pkeyutl", "-engine", "gost", "-verify", "-pubin", "-inkey", "pub.pem", *verify_files],
        cwd=work,
        env={**os.environ, "OPENSSL_CONF": "/dev/null"},
        capture_output=True,
        text=True,
        check=False,
    )
    return proc.returncode == 0 and "Verified Successfully" in proc.stdout


@pytest.mark.gost_engine
def test_signatures_agree_with_openssl_gost_engine(nca: Path, openssl_gost: list[str], tmp_path: Path) -> None:
    """Each NCA-made GOST 2004 signature verifies here and in OpenSSL's engine, given the key in
    CryptoPro encoding and the GOST 34.311 digest; a changed byte fails in both."""
    cases = _independent_signatures(nca)
    assert len(cases) >= 10

    def openssl_verifies(cert: x509.Certificate, digest: bytes, signature: bytes) -> bool:
        return openssl_verifies_gost2004(openssl_gost, tmp_path, cert, digest, signature)

    for what, cert, tbs, signature in cases:
        key = certificates.public_key(cert)
        ours = certificates.verify_signature(key, "1.2.398.3.10.1.1.1.2", signature, tbs)
        assert ours, what
        assert openssl_verifies(cert, gost341194.gost341194(tbs), signature), what
        tampered = tbs[:-1] + bytes([tbs[-1] ^ 1])
        assert not certificates.verify_signature(key, "1.2.398.3.10.1.1.1.2", signature, tampered), what
        assert not openssl_verifies(cert, gost341194.gost341194(tampered), signature), what


def _production_policy() -> v.VerifyPolicy:
    trust = TrustStore()
    trust.add_folder(PRODUCTION / "ca")
    return v.VerifyPolicy(trust=trust)


def test_kalkan_cades_t_2018_proven_time(nca: Path) -> None:
    """A 2018 CAdES-T under the NCA production GOST CA: signature intact, time proven by the
    production TSA at 2018-12-21, judged then; no revocation evidence from back then is at hand,
    so it is indeterminate, never plain valid and never 'expired' (it expired only in 2019)."""
    result = v.verify((nca / "cms/gost2004_attached_with_tsp.pem").read_bytes(), None, _production_policy())
    (signer,) = result.signers
    assert signer.timestamp is not None and signer.timestamp.trusted
    assert signer.time_proven and signer.signing_time == dt.datetime(2018, 12, 21, 9, 25, 4, tzinfo=dt.UTC)
    assert signer.judged_at == signer.signing_time
    assert signer.status == v.INDETERMINATE, signer.message
    assert signer.info is not None and signer.info.bin == "123456789021" and signer.info.iin == "123456789012"
    assert [c.subject.native["common_name"] for c in signer.chain][1:] == [
        "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST)",
        "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST)",
    ]


def test_kalkan_cades_t_2018_without_trusted_tsa_is_expired_now(nca: Path) -> None:
    """Without a trusted time-stamp (the production roots not trusted) the time rule judges now."""
    trust = TrustStore()
    trust.add_folder(nca / "legacy-2004" / "ca")
    result = v.verify((nca / "cms/gost2004_attached_with_tsp.pem").read_bytes(), None, v.VerifyPolicy(trust=trust))
    (signer,) = result.signers
    assert signer.timestamp is not None and signer.timestamp.valid and not signer.timestamp.trusted
    assert signer.status == v.EXPIRED and "no trusted time-stamp proves" in signer.message


def test_legacy_chain_and_crl(nca: Path) -> None:
    """The previous generation's test CA and its CRL: the CRL's GOST 2004 signature checks."""
    crls = CrlSet()
    crls.add_file(nca / "crl/nca_gost_2004_test.crl")
    issuer = certificates.load_certificate_file(nca / "legacy-2004/ca/nca_gost_test_3.0.cer")
    assert len(crls.covering(issuer)) == 1


@pytest.mark.parametrize("name", ["gost2004_first_director.p12", "gost2004_individual.p12"])
def test_keyinfo_reads_gost2004_keys(nca: Path, profile_dir: Path, name: str) -> None:
    path = nca / "legacy-2004/keys" / name
    proc = run_cli("keyinfo", path, "--password-env", "QAZMAIL_TEST_PW", "--json", profile=profile_dir)
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    assert info["algorithm"].startswith("GOST 34.310-2004") and info["expired"] and not info["can_sign"]
    text = run_cli("keyinfo", path, "--password-env", "QAZMAIL_TEST_PW", profile=profile_dir)
    assert "EXPIRED on" in text.stdout


def test_gost2004_keys_never_sign(nca: Path, tmp_path: Path, profile_dir: Path) -> None:
    key = keys.load_signing_key(nca / "legacy-2004/keys/gost2004_individual.p12", PASSWORD)
    with pytest.raises(SigningRefusedError, match=r"GOST 34\.310-2004"):
        key.ensure_can_sign(key.info.not_before + dt.timedelta(days=1))
    doc = tmp_path / "doc.txt"
    doc.write_text("x")
    proc = run_cli(
        "sign", doc, "--key", nca / "legacy-2004/keys/gost2004_individual.p12", "--password-env", "QAZMAIL_TEST_PW",
        "-o", tmp_path / "doc.cms", profile=profile_dir,
    )  # fmt: skip
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert not (tmp_path / "doc.cms").exists()
