"""OpenSSL's GOST engine (TC26 OIDs) and the project verify each other's CMS, both ways."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.trust import TrustStore
from tests.conftest import PASSWORD

pytestmark = pytest.mark.gost_engine
ENV = {**os.environ, "OPENSSL_CONF": "/dev/null"}


@pytest.fixture(scope="module")
def tc26(tmp_path_factory: pytest.TempPathFactory, openssl_gost: list[str]) -> Path:
    """A GOST 2012-512 key and self-signed certificate made by OpenSSL, and a PKCS#12 of them."""
    d = tmp_path_factory.mktemp("tc26")

    def run(*args: str) -> None:
        subprocess.run([*openssl_gost, *args], cwd=d, env=ENV, check=True, capture_output=True)

    run("genpkey", "-engine", "gost", "-algorithm", "gost2012_512", "-pkeyopt", "paramset:A", "-out", "key.pem")
    run(
        "req",
        "-engine",
        "gost",
        "-new",
        "-x509",
        "-key",
        "key.pem",
        "-days",
        "30",
        "-out",
        "cert.pem",
        "-subj",
        "/CN=ТЕСТОВ ТЕСТ/serialNumber=IIN123456789011/O=ТОО Тест/OU=BIN123456789021",
        "-utf8",
        "-addext",
        "keyUsage=critical,digitalSignature,nonRepudiation,keyCertSign",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "extendedKeyUsage=emailProtection",
    )
    run(
        "pkcs12",
        "-engine",
        "gost",
        "-export",
        "-inkey",
        "key.pem",
        "-in",
        "cert.pem",
        "-out",
        "key.p12",
        "-passout",
        f"pass:{PASSWORD}",
    )
    (d / "trust").mkdir()
    (d / "trust" / "cert.pem").write_bytes((d / "cert.pem").read_bytes())
    (d / "doc.txt").write_bytes("Договор поставки №7\n".encode() + os.urandom(1000))
    return d


def _policy(d: Path) -> v.VerifyPolicy:
    trust = TrustStore()
    trust.add_folder(d / "trust")
    return v.VerifyPolicy(trust=trust)


@pytest.mark.parametrize("detached", [False, True], ids=["attached", "detached"])
def test_we_verify_openssl_cms(tc26: Path, openssl_gost: list[str], detached: bool) -> None:
    out = tc26 / f"ossl-{detached}.cms"
    cmd = [
        *openssl_gost,
        "cms",
        "-engine",
        "gost",
        "-sign",
        "-binary",
        "-in",
        "doc.txt",
        "-signer",
        "cert.pem",
        "-inkey",
        "key.pem",
        "-outform",
        "DER",
        "-out",
        out.name,
    ]
    if not detached:
        cmd.append("-nodetach")
    subprocess.run(cmd, cwd=tc26, env=ENV, check=True, capture_output=True)
    document = (tc26 / "doc.txt").read_bytes()
    result = v.verify(out.read_bytes(), Content(data=document) if detached else None, _policy(tc26))
    assert result.valid, result.signers[0].message
    assert result.signers[0].info is not None and result.signers[0].info.bin == "123456789021"
    tampered = document[:-1] + bytes([document[-1] ^ 0xFF])
    if detached:
        bad = v.verify(out.read_bytes(), Content(data=tampered), _policy(tc26))
        assert [s.status for s in bad.signers] == [v.CONTENT_MODIFIED]


@pytest.mark.parametrize("detached", [False, True], ids=["attached", "detached"])
def test_openssl_verifies_our_cms(tc26: Path, openssl_gost: list[str], detached: bool) -> None:
    key = keys.load_signing_key(tc26 / "key.p12", PASSWORD)
    assert key.signature_oid == "1.2.643.7.1.1.3.3"  # an OpenSSL key keeps its TC26 OIDs
    signed = cms.sign(Content.of_file(tc26 / "doc.txt"), key, detached=detached)
    (tc26 / "ours.cms").write_bytes(signed)
    cmd = [
        *openssl_gost,
        "cms",
        "-engine",
        "gost",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-in",
        "ours.cms",
        "-CAfile",
        "cert.pem",
        "-purpose",
        "any",
        "-out",
        "extracted.txt",
    ]
    if detached:
        cmd += ["-content", "doc.txt"]
    proc = subprocess.run(cmd, cwd=tc26, env=ENV, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "Verification successful" in proc.stderr
    assert (tc26 / "extracted.txt").read_bytes() == (tc26 / "doc.txt").read_bytes()
