"""PDFs signed inside (PAdES) with every key, GOST above all: `sign --pades`, `verify FILE.pdf`, the
signed PDF attached to a letter; what was added after the last signature is never shown as signed.

Second readers: pyhanko (not our byte-range scan) finds the signatures and their coverage and, for
RSA, validates them end to end; gostcrypto (not our GOST code) checks the GOST signatures."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from qazmail_desktop.crypto import keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.errors import MalformedDataError
from qazmail_desktop.signing import pdf, verdicts
from qazmail_desktop.signing.cosigning import CosignRefused
from qazmail_desktop.sync.compose import Draft, build_message
from tests import independent_gost, rsa_pki
from tests.accounts import make_account
from tests.conftest import PASSWORD, run_cli
from tests.pdfgen import one_page_pdf

ACCOUNT = make_account("anna", "anna@altyn.kz")
TRUST = ("--trust", "{nca}/ca", "--crl", "{nca}/crl/nca_gost2022_test.crl", "--offline")


def _trust(nca: Path) -> list[str]:
    return [part.format(nca=nca) for part in TRUST]


def _pyhanko_reading(data: bytes) -> list[tuple[str, str]]:
    """The signatures pyhanko's own parser finds: (field name, coverage level)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    return [(sig.field_name, sig.evaluate_signature_coverage().name) for sig in reader.embedded_signatures]


def test_gost_keys_sign_pdfs_inside_and_a_second_signer_adds_a_revision(nca: Path, tmp_path: Path) -> None:
    head = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    employee = keys.load_signing_key(nca / "keys/legal/valid/employee_signright.p12", PASSWORD)
    original = one_page_pdf()
    once = pdf.sign_pdf(original, head)
    twice = pdf.sign_pdf(once, employee)
    assert twice.startswith(once)  # an incremental update: the first signer's bytes stay as they were
    found = pdf.pdf_signatures(twice)
    assert len(found) == 2 and found[0].end == len(once) and found[1].covers_whole(twice)
    for signature in found:  # gostcrypto agrees on each digest and signature
        independent_gost.check_cms(signature.cms, signature.covered)
    assert _pyhanko_reading(twice) == [("Signature1", "ENTIRE_REVISION"), ("Signature2", "ENTIRE_FILE")]
    (tmp_path / "dogovor.pdf").write_bytes(twice)


def test_sign_pades_and_verify_on_the_command_line(nca: Path, tmp_path: Path, profile_dir: Path) -> None:
    (tmp_path / "dogovor.pdf").write_bytes(one_page_pdf())
    signed = tmp_path / "dogovor_signed.pdf"
    made = run_cli(
        "sign", tmp_path / "dogovor.pdf", "--pades", "--key", nca / "keys/legal/valid/head.p12",
        "--password-env", "QAZMAIL_TEST_PW", "--offline", "-o", signed, profile=profile_dir,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "signed by ТЕСТОВ ТЕСТ (GOST 34.10-2015 512)" in made.stderr
    checked = run_cli("verify", signed, *_trust(nca), profile=profile_dir)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("signature 1 (dogovor_signed.pdf): [VALID]")
    assert "IIN:          123456789011" in checked.stdout and "not signed" not in checked.stdout
    as_json = json.loads(run_cli("verify", signed, "--json", *_trust(nca), profile=profile_dir).stdout)
    assert as_json["valid"] and as_json["unsigned_parts"] == [] and as_json["signers"][0]["iin"] == "123456789011"


def test_a_revision_added_after_the_last_signature_is_said_and_not_signed_over(
    nca: Path, tmp_path: Path, profile_dir: Path
) -> None:
    """An attacker appends an incremental update (a new page content) to a genuinely signed PDF:
    every signature still checks over its bytes, but a PDF reader shows the new revision."""
    head = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    signed = pdf.sign_pdf(one_page_pdf("Сумма: 100 000 тенге"), head)
    changed = (
        signed
        + b"\n5 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (999 999 999) Tj ET\nendstream\nendobj\n%%EOF\n"
    )
    (tmp_path / "changed.pdf").write_bytes(changed)
    shown = run_cli("verify", tmp_path / "changed.pdf", "--extract", tmp_path / "as_signed.pdf", *_trust(nca))
    assert shown.returncode == 1, shown.stdout + shown.stderr
    assert "[VALID]" in shown.stdout  # the signature over its own revision is intact …
    assert "not signed: what was added to changed.pdf after its last signature" in shown.stdout  # … the rest is not
    assert (tmp_path / "as_signed.pdf").read_bytes() == signed  # the revision the signer signed
    verdict = verdicts.verify_signed_file("changed.pdf", changed, None, v.VerifyPolicy())
    assert verdict.unsigned_parts == ["what was added to changed.pdf after its last signature"]
    with pytest.raises(CosignRefused, match="changed after its last signature"):
        pdf.sign_pdf(changed, head)
    again = run_cli(
        "sign", tmp_path / "changed.pdf", "--pades", "--key", nca / "keys/legal/valid/head.p12",
        "--password-env", "QAZMAIL_TEST_PW", "--offline", "-o", tmp_path / "x.pdf", profile=profile_dir,
    )  # fmt: skip
    assert again.returncode == 1 and "signing refused" in again.stderr and not (tmp_path / "x.pdf").exists()


def test_a_tampered_earlier_signature_refuses_a_new_one(nca: Path) -> None:
    head = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    signed = pdf.sign_pdf(one_page_pdf(), head)
    tampered = signed.replace(b"/MediaBox", b"/MediaBoy", 1)
    with pytest.raises(CosignRefused, match=r"signature 1 \(ТЕСТОВ ТЕСТ\) is .*; co-signing refused"):
        pdf.sign_pdf(tampered, head)


def test_a_signed_pdf_in_a_letter_is_checked_with_what_was_added_after_it(
    nca: Path, test_policy: v.VerifyPolicy
) -> None:
    head = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    signed = pdf.sign_pdf(one_page_pdf(), head)
    for data, unsigned in (
        (signed, []),
        (signed + b"\n%%EOF\n% more\n", ["what was added to contract.pdf after its last signature"]),
    ):
        msg = build_message(ACCOUNT, Draft(to=["a@example.kz"], subject="pdf", body="see the contract"))
        msg.add_attachment(data, maintype="application", subtype="pdf", filename="contract.pdf")
        verdict = verdicts.verify_letter(msg.as_bytes(), test_policy)
        assert [(i.name, i.status) for i in verdict.items] == [("contract.pdf", v.VALID)]
        assert [part for part in verdict.unsigned_parts if "contract.pdf" in part] == unsigned
    tampered = signed.replace(b"/MediaBox", b"/MediaBoy", 1)
    msg = build_message(ACCOUNT, Draft(to=["a@example.kz"], subject="pdf", body="signed pdf"))
    msg.add_attachment(tampered, maintype="application", subtype="pdf", filename="contract.pdf")
    assert verdicts.verify_letter(msg.as_bytes(), test_policy).status == v.CONTENT_MODIFIED


def test_rsa_pades_is_valid_for_pyhanko_too(tmp_path: Path) -> None:
    """pyhanko's validator (its own CMS code, its own PDF reading) accepts the PDF we sign with RSA."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    ca = rsa_pki.make_ca(tmp_path)
    key = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "RSA_pdf"), PASSWORD)
    signed = pdf.sign_pdf(one_page_pdf(), key)
    (embedded,) = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization

    root = asn1_x509.Certificate.load(ca[1].public_bytes(serialization.Encoding.DER))
    status = validate_pdf_signature(embedded, ValidationContext(trust_roots=[root], allow_fetching=False))
    assert status.intact and status.valid and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    rsa_pki.make_crl(tmp_path, ca)
    assert verdicts.verify_signed_file("c.pdf", signed, None, rsa_pki.policy(tmp_path)).status == v.VALID


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"not a pdf at all", "is not a PDF file"),
        (b"%PDF-1.7\n" + b"\x00" * 100, "cannot be signed"),
    ],
)
def test_what_cannot_be_signed_inside_is_said(
    nca: Path, tmp_path: Path, profile_dir: Path, content: bytes, said: str
) -> None:
    (tmp_path / "in.pdf").write_bytes(content)
    proc = run_cli(
        "sign", tmp_path / "in.pdf", "--pades", "--key", nca / "keys/legal/valid/head.p12",
        "--password-env", "QAZMAIL_TEST_PW", "--offline", "-o", tmp_path / "out.pdf", profile=profile_dir,
    )  # fmt: skip
    assert proc.returncode == 2 and said in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_an_encrypted_pdf_is_refused_with_a_reason(nca: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(one_page_pdf())))
    writer.encrypt("owner-secret", "secret")
    out = io.BytesIO()
    writer.write(out)
    head = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    with pytest.raises(MalformedDataError, match="the PDF is encrypted"):
        pdf.sign_pdf(out.getvalue(), head)


def test_device_and_pipe_are_refused(nca: Path, tmp_path: Path, profile_dir: Path) -> None:
    import os

    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    for source in (fifo, Path("/dev/zero")):
        proc = run_cli(
            "sign", source, "--pades", "--key", nca / "keys/legal/valid/head.p12",
            "--password-env", "QAZMAIL_TEST_PW", "--offline", "-o", tmp_path / "o.pdf", profile=profile_dir,
        )  # fmt: skip
        assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
        checked = run_cli("verify", source, "--offline", profile=profile_dir)
        assert checked.returncode == 2 and "Traceback" not in checked.stderr, checked.stderr


def test_a_letters_pdf_attachment_is_signed_inside_with_a_gost_key(
    nca: Path, tmp_path: Path, test_policy: v.VerifyPolicy
) -> None:
    """PAdES for attachments took RSA keys only: a GOST key got a .sig beside the PDF. Now the PDF
    is replaced by contract_signed.pdf, signed inside."""
    from qazmail_desktop.choices import AttachmentSignature
    from qazmail_desktop.signing.outgoing import SigningOptions, add_signed_attachments, plan_attachments

    key = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    contract = tmp_path / "contract.pdf"
    contract.write_bytes(one_page_pdf())
    options = SigningOptions(key, sign_letter=False, attachments=AttachmentSignature.PADES)
    plan = plan_attachments([contract], options)
    msg = build_message(ACCOUNT, Draft(to=["a@example.kz"], subject="x", body="y", attachments=plan.carried))
    assert add_signed_attachments(msg, plan, options) == []
    verdict = verdicts.verify_letter(msg.as_bytes(), test_policy)
    assert [(i.name, i.status) for i in verdict.items] == [("contract_signed.pdf", v.VALID)]
    assert [p.get_filename() for p in msg.iter_attachments()] == ["contract_signed.pdf"]
