"""Signed letters and attachments: S/MIME with NCA GOST keys (checked independently) and RSA keys
(checked by `openssl smime`), tampering, sender mismatch, .sig/.cms attachments and PAdES."""

from __future__ import annotations

import base64
import subprocess
from email.message import EmailMessage
from pathlib import Path

import pytest
from asn1crypto import cms as asn1_cms

from qazmail_desktop.choices import AttachmentSignature
from qazmail_desktop.crypto import certificates, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.signing import smime, verdicts
from qazmail_desktop.signing.outgoing import SigningOptions, add_signed_attachments, finish, plan_attachments
from qazmail_desktop.store.rawmime import parse
from qazmail_desktop.sync.compose import Draft, build_message
from tests import independent_gost, rsa_pki
from tests.accounts import make_account
from tests.conftest import PASSWORD

ACCOUNT = make_account("anna", "user@example.kz", username="anna", host="h")


@pytest.fixture
def nca_policy(test_policy: v.VerifyPolicy) -> v.VerifyPolicy:
    return test_policy


def _letter(tmp_path: Path, attach: bool = True) -> EmailMessage:
    files = []
    if attach:
        doc = tmp_path / "акт сверки.txt"
        doc.write_bytes("Акт сверки\nLF line ends must survive\n".encode())
        files.append(doc)
    return build_message(
        ACCOUNT,
        Draft(
            to=["partner@example.kz"],
            subject="Акт сверки за 3 квартал",
            body="Добрый день!\nАкт сверки во вложении.\n",
            attachments=files,
        ),
    )


def test_gost_smime_is_multipart_signed_and_independently_valid(
    tmp_path: Path, nca: Path, nca_policy: v.VerifyPolicy
) -> None:
    key = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    raw = smime.sign_letter(_letter(tmp_path), key)
    root = parse(raw)
    assert root.content_type == "multipart/signed"
    assert root.params["protocol"] == "application/pkcs7-signature"
    assert root.params["micalg"] == "gostr3411-2012-512"
    signed_part, signature_part = root.children
    signed_bytes = signed_part.header + signed_part.body
    signature = base64.b64decode(b"".join(signature_part.body.split()))
    # independent check: gostcrypto recomputes the digest of the signed part and checks the signature
    signer = asn1_cms.ContentInfo.load(signature)["content"]["signer_infos"][0]
    digest = next(a["values"][0].native for a in signer["signed_attrs"] if a["type"].native == "message_digest")
    assert digest == independent_gost.streebog512(signed_bytes)
    point = certificates.public_key(key.certificate)
    assert isinstance(point, certificates.GostPublicKey)
    public = point.point[0].to_bytes(64, "little") + point.point[1].to_bytes(64, "little")
    assert independent_gost.verify_nca(public, b"\x31" + signer["signed_attrs"].dump()[1:], signer["signature"].native)
    verdict = verdicts.verify_letter(raw, nca_policy)
    assert verdict.status == v.VALID
    summary = verdict.summary()["signer"]
    assert summary["iin"] == "123456789011" and summary["bin"] == "123456789021"


def test_altered_in_transit_is_content_modified(tmp_path: Path, nca: Path, nca_policy: v.VerifyPolicy) -> None:
    key = keys.load_signing_key(nca / "keys/individual/valid/individual_valid.p12", PASSWORD)
    raw = smime.sign_letter(_letter(tmp_path, attach=False), key)
    entity_at = raw.index(b"Content-Transfer-Encoding", raw.index(b"--=_qazmail_signed_"))
    body_at = raw.index(b"\r\n\r\n", entity_at) + 4
    altered = raw[:body_at] + bytes([raw[body_at] ^ 0x02]) + raw[body_at + 1 :]
    assert verdicts.verify_letter(altered, nca_policy).status == v.CONTENT_MODIFIED


def test_sender_mismatch_is_warned(tmp_path: Path) -> None:
    ca = rsa_pki.make_ca(tmp_path)
    key = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "RSA_x", email="someone.else@example.kz"), PASSWORD)
    rsa_pki.make_crl(tmp_path, ca)
    verdict = verdicts.verify_letter(smime.sign_letter(_letter(tmp_path), key), rsa_pki.policy(tmp_path))
    assert verdict.status == v.VALID
    assert verdict.warnings == ["signed by someone.else@example.kz, but the letter is from user@example.kz"]


def test_rsa_smime_verifies_with_openssl(tmp_path: Path) -> None:
    ca = rsa_pki.make_ca(tmp_path)
    key = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "RSA_signer", email="user@example.kz"), PASSWORD)
    raw = smime.sign_letter(_letter(tmp_path), key)
    (tmp_path / "letter.eml").write_bytes(raw)
    (tmp_path / "ca.pem").write_bytes(
        subprocess.run(
            ["openssl", "x509", "-inform", "DER", "-in", str(tmp_path / "ca" / "root.cer")],
            capture_output=True,
            check=True,
        ).stdout
    )
    proc = subprocess.run(
        [
            "openssl",
            "smime",
            "-verify",
            "-in",
            str(tmp_path / "letter.eml"),
            "-CAfile",
            str(tmp_path / "ca.pem"),
            "-purpose",
            "any",
            "-out",
            str(tmp_path / "content.eml"),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Verification successful" in proc.stderr
    assert b"Content-Type: multipart/mixed" in (tmp_path / "content.eml").read_bytes()


@pytest.mark.parametrize("form", ["sig", "cms"])
def test_signed_attachments(tmp_path: Path, nca: Path, nca_policy: v.VerifyPolicy, form: str) -> None:
    key = keys.load_signing_key(nca / "keys/legal/valid/employee_signright.p12", PASSWORD)
    document = tmp_path / "invoice.xml"
    document.write_bytes(b"<invoice>\n  <sum>1000</sum>\n</invoice>\n")
    options = SigningOptions(key, sign_letter=False, attachments=AttachmentSignature(form))
    plan = plan_attachments([document], options)
    assert plan.carried == ([document] if form == "sig" else [])
    msg = build_message(ACCOUNT, Draft(to=["a@example.kz"], subject="x", body="y", attachments=plan.carried))
    add_signed_attachments(msg, plan, options)
    assert finish(msg, options) is None
    verdict = verdicts.verify_letter(msg.as_bytes(), nca_policy)
    assert [(i.kind, i.name, i.status) for i in verdict.items] == [
        ("attachment", "invoice.xml" if form == "sig" else "invoice.xml.cms", v.VALID)
    ]


