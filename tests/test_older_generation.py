"""Signatures of NCA generations this version cannot check get their own honest verdict.

Two kinds of 2011–2016 material: the first national CA's GOST family (Gamma Technologies' arc
1.3.6.1.4.1.6801: GOST 34.311-95 hashing 6801.1.2.1, GOST 34.310 signatures 6801.1.2.2, keys
6801.1.5.8, as Tumar/Kalkan name them), and RSA with SHA-1 (made here by OpenSSL, an independent
signer). Neither is "invalid signature" or "modified": the verdict says which generation it is.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from asn1crypto import cms as asn1_cms
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.status import Status
from tests import rsa_pki
from tests.conftest import PASSWORD, run_cli

OLD_GOST_DIGEST = "1.3.6.1.4.1.6801.1.2.1"
OLD_GOST_SIGNATURE = "1.3.6.1.4.1.6801.1.2.2"
OLD_GOST_KEY = "1.3.6.1.4.1.6801.1.5.8"
DOCUMENT = "Акт № 12 от 2014 года".encode()


def older_gost_cms(tmp: Path) -> bytes:
    """A CMS whose signer, digest and certificate name the 2011–2016 GOST family (the values
    themselves are whatever they are: this version reads the structure, never the mathematics)."""
    key = keys.load_signing_key(rsa_pki.make_user(tmp, rsa_pki.make_ca(tmp), "old_gost"), PASSWORD)
    info = asn1_cms.ContentInfo.load(cms.sign(Content(data=DOCUMENT), key, detached=False))
    signed = info["content"]
    signed["digest_algorithms"] = [{"algorithm": OLD_GOST_DIGEST}]
    signer = signed["signer_infos"][0]
    signer["digest_algorithm"] = {"algorithm": OLD_GOST_DIGEST}
    signer["signature_algorithm"] = {"algorithm": OLD_GOST_SIGNATURE}
    cert = signed["certificates"][0].chosen
    cert["tbs_certificate"]["subject_public_key_info"]["algorithm"] = {"algorithm": OLD_GOST_KEY}
    cert["tbs_certificate"]["signature"] = {"algorithm": OLD_GOST_SIGNATURE}
    cert["signature_algorithm"] = {"algorithm": OLD_GOST_SIGNATURE}
    data: bytes = info.dump(force=True)
    return data


def sha1_rsa_cms(tmp: Path) -> bytes:
    """An attached CMS signed with RSA over SHA-1 by OpenSSL."""
    p12 = rsa_pki.make_user(tmp, rsa_pki.make_ca(tmp), "old_rsa")
    key, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), PASSWORD.encode())
    assert key is not None and cert is not None
    (tmp / "old_rsa.key").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    (tmp / "document.txt").write_bytes(DOCUMENT)
    out = tmp / "sha1.cms"
    command = ["openssl", "cms", "-sign", "-md", "sha1", "-nodetach", "-binary", "-outform", "DER"]
    command += ["-signer", str(tmp / "old_rsa.cer"), "-inkey", str(tmp / "old_rsa.key")]
    command += ["-in", str(tmp / "document.txt"), "-out", str(out)]
    subprocess.run(command, check=True, capture_output=True)
    signed = asn1_cms.ContentInfo.load(out.read_bytes())["content"]
    assert signed["signer_infos"][0]["digest_algorithm"]["algorithm"].native == "sha1"
    return out.read_bytes()


def _only(data: bytes) -> v.SignerVerdict:
    (signer,) = v.verify(data, None, v.VerifyPolicy()).signers
    return signer


def test_the_older_gost_family_is_named_not_called_invalid(tmp_path: Path) -> None:
    signer = _only(older_gost_cms(tmp_path))
    assert signer.status == Status.OLDER_GENERATION
    assert signer.message.startswith("an older NCA generation this version cannot check: the GOST family of 2011–2016")
    assert OLD_GOST_SIGNATURE in signer.message or OLD_GOST_DIGEST in signer.message
    assert signer.info is not None and signer.info.iin == "123456789011"  # who signed is still shown
    assert signer.claimed_time is not None and signer.time_source == "signing_time"


def test_rsa_with_sha1_is_named_even_when_its_document_changed(tmp_path: Path) -> None:
    data = sha1_rsa_cms(tmp_path)
    signer = _only(data)
    assert signer.status == Status.OLDER_GENERATION and "RSA with SHA-1" in signer.message
    changed = data.replace(b"2014", b"2019")
    assert changed != data
    assert _only(changed).status == Status.OLDER_GENERATION  # never "content_modified": it is not checked


def test_the_status_is_not_proven_either_way_and_ranks_before_unknown_algorithm() -> None:
    assert Status.OLDER_GENERATION.tone == "unknown"
    assert Status.EXPIRED.severity < Status.OLDER_GENERATION.severity < Status.UNKNOWN_ALGORITHM.severity


def test_verify_prints_the_generation_and_exits_1(tmp_path: Path, profile_dir: Path) -> None:
    signature = tmp_path / "old.cms"
    signature.write_bytes(older_gost_cms(tmp_path))
    proc = run_cli("verify", signature, "--offline", profile=profile_dir)
    assert proc.returncode == 1, proc.stderr
    assert "[OLDER_GENERATION] an older NCA generation this version cannot check" in proc.stdout
    assert "invalid" not in proc.stdout.replace("shown invalid", "") and "Traceback" not in proc.stderr
    (signer,) = json.loads(run_cli("verify", signature, "--offline", "--json", profile=profile_dir).stdout)["signers"]
    assert signer["status"] == "older_generation" and signer["iin"] == "123456789011"
