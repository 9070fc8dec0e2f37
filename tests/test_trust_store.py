"""The shipped NCA production trust store, the pinned fetch of the NCA 2022 CAs, and `trust`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from qazmail_desktop import resources
from qazmail_desktop.cli.trust import cmd_trust_status
from qazmail_desktop.crypto import certificates as certificates_module
from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto import nca as nca_module
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.errors import CryptoError
from qazmail_desktop.crypto.trust import TrustStore
from qazmail_desktop.crypto.verify import VerifyPolicy
from qazmail_desktop.crypto.verify import verify as verify_cms
from qazmail_desktop.operations.documents import verify_document
from qazmail_desktop.profile import Profile
from qazmail_desktop.signing import anchors
from qazmail_desktop.signing.policy import build_policy
from tests import rsa_pki
from tests.conftest import PASSWORD, PRODUCTION, run_cli

SHIPPED = {  # SHA-256 -> role, as ../nca-production/README.md publishes them
    "a7064abc5699827f370c67b09f1a1bfd7ad5e1514d471223df209c08300ea972": "nca_root",
    "34d1b311a9873191ae3382805df51e0a5da23315c512a8deeb885668ceeb5834": "nca_issuing",
    "aef2f2907554f12292cb3456d5110062e3581d0a05c0f03540f870f25d5b816c": "nca_issuing",
    "9ab210e54e6b0343321131202d9edcc2598f598cfdd9ee4ec1056021ab2e9759": "nca_root",
    "908521d0531e5645e64b34d3588374a3a83582c860e5f7293a04c41217e8cc18": "nca_issuing",
    "af77725f8328bb24f89d81da3acdf7cee4324248538b7ba2cd2a860517fb9dca": "nca_root",
    "32c7d233a42703a327f3025543a05b930e3f39a786c68dfa196baa86d5618524": "nca_issuing",
    "9ba06354b626641715182e4d07c9dbaa1777720fa795d03174ffc68876535dcd": "nca_root",
    "84fb799a66140950818c056a5d9730acc2a7622cdd4ef0d47113b132fb892905": "nca_issuing",
    "c48164ab5ccaaee6b938299a1e3aeebd6f698bb2bd716a0f0d85befc46166aa2": "nca_root",
    "eb5a5318299db447a46619d2a541f026b52c1fce8a1d371262da8f6f2d7bb6f5": "state_bodies",
    "74bb80edf34f4594e5e69b79029c64214e67630e3d16b82f952ab6e5956c5fa8": "bts_digital",
}


def test_shipped_anchors_are_the_published_production_cas_with_their_roles(profile_dir: Path) -> None:
    proc = run_cli("trust", "list", "--json", profile=profile_dir)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert {r["sha256"]: r["role"] for r in rows if r["origin"] == "shipped"} == SHIPPED
    assert all(r["source"] and r["not_after"] for r in rows)
    published = (PRODUCTION / "README.md").read_text()
    assert all(fingerprint in published for fingerprint in SHIPPED)
    text = run_cli("trust", "list", profile=profile_dir).stdout
    assert "Удостоверяющий центр Государственных органов — state bodies' CA (УЦГО)" in text
    assert "BTSD CA — BTS Digital's CA" in text
    assert "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2022 — NCA issuing CA" in text
    assert "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) 2022 — NCA root" in text


def test_a_fresh_profile_lacks_nothing_and_update_fetches_nothing(profile_dir: Path) -> None:
    """The NCA 2022 CAs ship: `trust status` is complete and `trust update` needs no network."""
    proc = run_cli("trust", "status", profile=profile_dir)
    assert proc.returncode == 0 and "NCA 2022 CAs present" in proc.stdout and "missing: " not in proc.stdout
    status = json.loads(run_cli("trust", "status", "--json", profile=profile_dir).stdout)
    assert status["complete"] and status["missing"] == [] and status["refused"] == []
    proc = run_cli("trust", "update", profile=profile_dir)
    assert proc.returncode == 0 and "nothing to fetch" in proc.stdout, proc.stderr
    assert not list((profile_dir / "trust").glob("*.cer"))


def _shipped_copy(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped store that the loader reads instead of the package's."""
    folder = tmp / "shipped"
    shutil.copytree(resources.shipped_trust_dir(), folder)
    monkeypatch.setattr(anchors, "shipped_trust_dir", lambda: folder)
    return folder


def test_a_shipped_file_that_does_not_match_its_pin_is_refused_at_load(
    nca: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """nca_gost_2022.cer replaced by another CA, and a certificate added that no pin names: neither
    is trusted, each is named, and the real 2026 time-stamps under that CA lose their trust."""
    folder = _shipped_copy(tmp_path, monkeypatch)
    shutil.copy(nca / "ca" / "nca_gost2022_test.cer", folder / "nca_gost_2022.cer")
    shutil.copy(nca / "ca" / "root_test_gost_2022.cer", folder / "extra_root.cer")
    profile = Profile(tmp_path / "profile").ensure()
    policy = build_policy(profile)
    trusted = {c.sha256.hex() for c in policy.trust.roots + policy.trust.intermediates}
    assert "32c7d233a42703a327f3025543a05b930e3f39a786c68dfa196baa86d5618524" not in trusted
    assert len(trusted) == len(SHIPPED) - 1
    refused = [note for note in policy.notes if note.startswith("refused ")]
    assert len(refused) == 2
    assert any("nca_gost_2022.cer: its SHA-256" in n and "is not the pinned 32c7d233" in n for n in refused)
    assert any("extra_root.cer: not pinned" in n for n in refused)
    assert all(line in anchors.status_lines(profile) for line in refused)
    assert cmd_trust_status(argparse.Namespace(json=True), profile) == 1  # the CLI's `trust status --json`
    assert json.loads(capsys.readouterr().out)["refused"] == refused
    data = (nca / "cms" / "individual_attached.der").read_bytes()
    (signer,) = verify_document(data, None, policy).signers
    assert signer.timestamp is not None and not signer.timestamp.trusted


def test_fresh_profile_offline_trusts_a_real_production_time_stamp(nca: Path, profile_dir: Path) -> None:
    """The time-stamps in the NCA test CMS come from the NCA's production TSA (under the GOST 2022
    issuing CA): with only the shipped store and no network they are trusted, so the signature is
    judged at its proven time. (The signer is a *test* key: trusted when its test root is added.)"""
    cms_file = nca / "cms" / "individual_attached.der"
    proc = run_cli("verify", cms_file, "--offline", "--json", profile=profile_dir)
    (signer,) = json.loads(proc.stdout)["signers"]
    assert signer["timestamp_trusted"] and signer["time_source"] == "timestamp"
    assert signer["judged_at"] == signer["timestamp"] == signer["signing_time"]
    assert signer["timestamp"].startswith("2026-07-20T09:08:07")
    test_crl = nca / "crl" / "nca_gost2022_test.crl"
    proc = run_cli(
        "verify", cms_file, "--offline", "--json", "--trust", nca / "ca", "--crl", test_crl, profile=profile_dir
    )
    (signer,) = json.loads(proc.stdout)["signers"]
    assert signer["status"] == "valid" and proc.returncode == 0, signer["message"]
    assert signer["judged_at"].startswith("2026-07-20T09:08:07") and signer["timestamp_trusted"]


@dataclass(frozen=True)
class _CaPair:
    """A root and an issuing CA (with a subject key identifier), as the NCA's URLs would serve them."""

    root: bytes
    issuing: bytes
    pin: str  # the issuing CA's subject key identifier
    issuing_ca: tuple[rsa.RSAPrivateKey, x509.Certificate]  # to issue test signers


def _ca_pair(tmp: Path) -> _CaPair:
    root = rsa_pki.make_ca(tmp)
    issuing = rsa_pki.make_intermediate(tmp, root, "TEST ISSUING 2022")
    pin = issuing[1].extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest.hex()
    der = serialization.Encoding.DER
    return _CaPair(root[1].public_bytes(der), issuing[1].public_bytes(der), pin, issuing)


def _spec(pin: str) -> nca_module.IssuingCa:
    return nca_module.IssuingCa(
        "TEST ISSUING 2022", "http://nca.test/issuing.cer", pin, "TEST ROOT", "http://nca.test/root.cer", ()
    )


def test_pinned_pair_is_trusted_with_its_origin(tmp_path: Path) -> None:
    pair = _ca_pair(tmp_path)
    served = {"http://nca.test/issuing.cer": pair.issuing, "http://nca.test/root.cer": pair.root}
    profile = Profile(tmp_path / "profile").ensure()
    fetched = anchors.update_nca_2022(profile, served.__getitem__, (_spec(pair.pin),))
    assert [a.origin for a in fetched] == ["fetched", "fetched"]
    listed = {a.sha256: a for a in anchors.list_anchors(profile)}
    assert {a.sha256 for a in fetched} <= set(listed)
    assert listed[fetched[1].sha256].source == "http://nca.test/issuing.cer"


def test_wrong_pin_trusts_nothing(tmp_path: Path) -> None:
    pair = _ca_pair(tmp_path)
    served = {"http://nca.test/issuing.cer": pair.issuing, "http://nca.test/root.cer": pair.root}
    profile = Profile(tmp_path / "profile").ensure()
    with pytest.raises(CryptoError, match="not the pinned"):
        anchors.update_nca_2022(profile, served.__getitem__, (_spec("00" * 20),))
    assert not list(profile.trust_dir.glob("*.cer"))


def test_issuing_ca_must_chain_to_the_fetched_root(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    pair = _ca_pair(tmp_path / "a")
    other = _ca_pair(tmp_path / "b")
    served = {"http://nca.test/issuing.cer": pair.issuing, "http://nca.test/root.cer": other.root}
    profile = Profile(tmp_path / "profile").ensure()
    with pytest.raises(CryptoError, match="not signed by the root"):
        anchors.update_nca_2022(profile, served.__getitem__, (_spec(pair.pin),))
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


def test_the_verdict_names_the_ca_that_issued_the_signer(tmp_path: Path, profile_dir: Path) -> None:
    """A signer under an NCA issuing CA fetched into the profile (its role recorded with it): the
    JSON and the text of `verify` say it was issued by the NCA."""
    pair = _ca_pair(tmp_path)
    served = {"http://nca.test/issuing.cer": pair.issuing, "http://nca.test/root.cer": pair.root}
    profile = Profile(profile_dir).ensure()
    fetched = anchors.update_nca_2022(profile, served.__getitem__, (_spec(pair.pin),))
    assert [a.role for a in fetched] == ["nca_root", "nca_issuing"]
    key = keys.load_signing_key(rsa_pki.make_user(tmp_path, pair.issuing_ca, "signer"), PASSWORD)
    signed = tmp_path / "signed.cms"
    signed.write_bytes(cms.sign(Content(data=b"act 45"), key, detached=False))
    (signer,) = json.loads(run_cli("verify", signed, "--offline", "--json", profile=profile_dir).stdout)["signers"]
    assert signer["issuer_role"] == "nca_issuing" and signer["issued_by"] == "issued by the NCA"
    text = run_cli("verify", signed, "--offline", profile=profile_dir).stdout
    assert "  certificate:  issued by the NCA\n" in text


def test_a_state_bodies_ca_is_named_in_the_verdict(tmp_path: Path) -> None:
    root = rsa_pki.make_ca(tmp_path)
    issuing = rsa_pki.make_intermediate(tmp_path, root, "STATE BODIES TEST CA")
    key = keys.load_signing_key(rsa_pki.make_user(tmp_path, issuing, "official"), PASSWORD)
    signed = cms.sign(Content(data=b"order 7"), key, detached=False)
    store = TrustStore()
    store.add(certificates_module.load_certificate(root[1].public_bytes(serialization.Encoding.DER)), "nca_root")
    store.add(certificates_module.load_certificate(issuing[1].public_bytes(serialization.Encoding.DER)), "state_bodies")
    (signer,) = verify_cms(signed, None, VerifyPolicy(trust=store)).signers
    assert signer.issuer_role == "state_bodies"
    assert signer.to_json()["issued_by"] == "issued by the state bodies' CA (УЦГО)"
    (untrusted,) = verify_cms(signed, None, VerifyPolicy(trust=TrustStore())).signers
    assert untrusted.issuer_role == "" and untrusted.to_json()["issued_by"] is None
