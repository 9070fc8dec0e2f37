"""The shipped NCA production trust store, the pinned fetch of the NCA 2022 CAs, and `trust`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from qazmail_desktop.crypto import certificates as certificates_module
from qazmail_desktop.crypto import nca as nca_module
from qazmail_desktop.crypto.errors import CryptoError
from qazmail_desktop.profile import Profile
from qazmail_desktop.signing import anchors
from tests import rsa_pki
from tests.conftest import PRODUCTION, run_cli

SHIPPED = {
    "a7064abc5699827f370c67b09f1a1bfd7ad5e1514d471223df209c08300ea972",
    "34d1b311a9873191ae3382805df51e0a5da23315c512a8deeb885668ceeb5834",
    "aef2f2907554f12292cb3456d5110062e3581d0a05c0f03540f870f25d5b816c",
    "9ab210e54e6b0343321131202d9edcc2598f598cfdd9ee4ec1056021ab2e9759",
    "908521d0531e5645e64b34d3588374a3a83582c860e5f7293a04c41217e8cc18",
}


def test_shipped_anchors_are_the_published_production_cas(profile_dir: Path) -> None:
    proc = run_cli("trust", "list", "--json", profile=profile_dir)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert {r["sha256"] for r in rows if r["origin"] == "shipped"} == SHIPPED
    assert all(r["source"] and r["not_after"] for r in rows)
    published = (PRODUCTION / "README.md").read_text()
    assert all(fingerprint in published for fingerprint in SHIPPED)


def test_status_names_the_missing_2022_cas(profile_dir: Path) -> None:
    proc = run_cli("trust", "status", profile=profile_dir)
    assert proc.returncode == 1
    assert proc.stdout.count("missing: ") == 2 and "trust update" in proc.stdout
    status = json.loads(run_cli("trust", "status", "--json", profile=profile_dir).stdout)
    assert not status["complete"] and len(status["missing"]) == 2


def test_update_without_network_says_why(profile_dir: Path) -> None:
    proc = run_cli("trust", "update", profile=profile_dir)
    assert proc.returncode == 2 and "pki.gov.kz" in proc.stderr and "Traceback" not in proc.stderr
    assert not list((profile_dir / "trust").glob("*.cer"))


def _ca_pair(tmp: Path) -> tuple[bytes, bytes, str]:
    """A root and an issuing CA (with a subject key identifier), as the NCA's URLs would serve them."""
    root_key, root = rsa_pki.make_ca(tmp)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    now = dt.datetime.now(dt.UTC)
    issuing = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "TEST ISSUING 2022")]))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(ski, critical=False)
        .sign(root_key, hashes.SHA256())
    )
    der = serialization.Encoding.DER
    return root.public_bytes(der), issuing.public_bytes(der), ski.digest.hex()


def _spec(pin: str) -> nca_module.IssuingCa:
    return nca_module.IssuingCa(
        "TEST ISSUING 2022", "http://nca.test/issuing.cer", pin, "TEST ROOT", "http://nca.test/root.cer", ()
    )


def test_pinned_pair_is_trusted_with_its_origin(tmp_path: Path) -> None:
    root, issuing, pin = _ca_pair(tmp_path)
    served = {"http://nca.test/issuing.cer": issuing, "http://nca.test/root.cer": root}
    profile = Profile(tmp_path / "profile").ensure()
    fetched = anchors.update_nca_2022(profile, served.__getitem__, (_spec(pin),))
    assert [a.origin for a in fetched] == ["fetched", "fetched"]
    listed = {a.sha256: a for a in anchors.list_anchors(profile)}
    assert {a.sha256 for a in fetched} <= set(listed)
    assert listed[fetched[1].sha256].source == "http://nca.test/issuing.cer"


def test_wrong_pin_trusts_nothing(tmp_path: Path) -> None:
    root, issuing, _pin = _ca_pair(tmp_path)
    served = {"http://nca.test/issuing.cer": issuing, "http://nca.test/root.cer": root}
    profile = Profile(tmp_path / "profile").ensure()
    with pytest.raises(CryptoError, match="not the pinned"):
        anchors.update_nca_2022(profile, served.__getitem__, (_spec("00" * 20),))
    assert not list(profile.trust_dir.glob("*.cer"))


def test_issuing_ca_must_chain_to_the_fetched_root(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    _root, issuing, pin = _ca_pair(tmp_path / "a")
    other_root, _other, _ = _ca_pair(tmp_path / "b")
    served = {"http://nca.test/issuing.cer": issuing, "http://nca.test/root.cer": other_root}
    profile = Profile(tmp_path / "profile").ensure()
    with pytest.raises(CryptoError, match="not signed by the root"):
        anchors.update_nca_2022(profile, served.__getitem__, (_spec(pin),))
    assert not list(profile.trust_dir.glob("*.cer"))


def test_shipped_trust_proves_a_2018_time_stamp_from_the_cli(nca: Path, profile_dir: Path) -> None:
    """With nothing but the shipped store, the 2018 Kalkan CAdES-T is judged at its proven time."""
    proc = run_cli("verify", nca / "cms/gost2004_attached_with_tsp.pem", "--offline", "--json", profile=profile_dir)
    assert proc.returncode == 1
    (signer,) = json.loads(proc.stdout)["signers"]
    assert signer["status"] == "indeterminate" and signer["time_source"] == "timestamp"
    assert signer["signing_time"].startswith("2018-12-21T09:25:04") and signer["timestamp_trusted"]
    assert signer["claimed_signing_time"].startswith("2018-12-21T09:24")


def test_nca_service_urls_are_defaults_after_the_certificates_own(nca: Path) -> None:
    """A certificate's own CDP/AIA come first; the NCA's production URLs are added only for the
    pinned 2022 issuing CAs (identified by key id, never by name)."""
    from qazmail_desktop.crypto import certificates, revocation

    leaf = certificates.load_certificate_file(nca / "cms" / "individual_signer.cer")
    test_ca = certificates.load_certificate_file(nca / "ca" / "nca_gost2022_test.cer")
    own = revocation.crl_urls(leaf)
    assert own and revocation.crl_urls(leaf, test_ca) == own  # the test CA is not the production one
    issuer = _with_key_id(nca_module.NCA_2022[0].pinned_key_id)  # same key id as the NCA GOST 2022 CA
    assert revocation.crl_urls(leaf, issuer) == [*own, *nca_module.NCA_2022[0].crl_urls]
    assert revocation.ocsp_urls(leaf, issuer)[-1] == nca_module.OCSP_URL


def _with_key_id(key_id: str) -> asn1_x509.Certificate:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, f"key id {key_id[:8]}")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectKeyIdentifier(bytes.fromhex(key_id)), critical=False)
        .sign(key, hashes.SHA256())
    )
    return certificates_module.load_certificate(cert.public_bytes(serialization.Encoding.DER))


def test_online_start_asks_only_for_what_the_store_it_read_lacks(tmp_path: Path) -> None:
    """The trust folders are read once: what is missing is judged from the certificates the
    policy already holds, and a recent failed attempt is not repeated (no network touched)."""
    profile = Profile(tmp_path / "profile").ensure()
    pinned = [_with_key_id(ca.pinned_key_id) for ca in nca_module.NCA_2022]
    assert anchors.missing_nca_2022(profile, pinned) == []
    assert anchors.update_if_due(profile, pinned) == ("", [])
    assert [ca.name for ca in anchors.missing_nca_2022(profile, pinned[:1])] == [nca_module.NCA_2022[1].name]
    (profile.trust_dir / ".nca-2022-attempt").touch()  # failed a moment ago
    assert anchors.update_if_due(profile, pinned[:1]) == ("", [])
