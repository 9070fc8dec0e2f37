"""The EDS command line as a user runs it: outputs, JSON, exit codes, and no tracebacks."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.conftest import run_cli

TRUST = ("--trust", "{nca}/ca", "--crl", "{nca}/crl/nca_gost2022_test.crl", "--offline")


def _trust(nca: Path) -> list[str]:
    return [a.format(nca=nca) for a in TRUST]


def _no_traceback(proc: object) -> None:
    assert "Traceback" not in proc.stderr  # type: ignore[attr-defined]


def test_version_and_help() -> None:
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("qazmail-desktop ")
    helptext = run_cli("--help").stdout
    for command in ("gui", "sign", "cosign", "verify", "keyinfo"):
        assert command in helptext


def test_sign_verify_json_roundtrip(tmp_path: Path, nca: Path, profile_dir: Path) -> None:
    doc = tmp_path / "акт.txt"
    doc.write_text(f"Акт выполненных работ {os.urandom(3).hex()}", encoding="utf-8")
    key = nca / "keys/legal/valid/head.p12"
    signed = tmp_path / "акт.txt.cms"
    proc = run_cli("sign", doc, "--key", key, "--password-env", "QAZMAIL_TEST_PW", "-o", signed, profile=profile_dir)
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("verify", signed, "--json", *_trust(nca), profile=profile_dir)
    assert proc.returncode == 0, proc.stderr
    verdict = json.loads(proc.stdout)
    assert verdict["valid"] is True
    (signer,) = verdict["signers"]
    assert signer["status"] == "valid"
    assert signer["iin"] == "123456789011" and signer["bin"] == "123456789021"
    assert signer["organization"] == 'АО "ТЕСТ"' and signer["surname"] == "ТЕСТОВ"
    assert signer["signing_time"].endswith("+00:00")
    assert signer["certificate"]["serial"]


def test_detached_and_tampered(tmp_path: Path, nca: Path, profile_dir: Path) -> None:
    doc = tmp_path / "invoice.txt"
    doc.write_bytes(b"Invoice 1000 KZT")
    sig = tmp_path / "invoice.txt.sig"
    key = nca / "keys/individual/valid/individual_valid.p12"
    assert (
        run_cli(
            "sign", doc, "--key", key, "--password-env", "QAZMAIL_TEST_PW", "--detached", "-o", sig, profile=profile_dir
        ).returncode
        == 0
    )
    assert run_cli("verify", sig, "--data", doc, *_trust(nca), profile=profile_dir).returncode == 0
    doc.write_bytes(b"Invoice 9000 KZT")
    proc = run_cli("verify", sig, "--data", doc, "--json", *_trust(nca), profile=profile_dir)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["signers"][0]["status"] == "content_modified"
    proc = run_cli("verify", sig, *_trust(nca), profile=profile_dir)
    assert proc.returncode == 1, proc.stderr
    assert "CONTENT_MISSING" in proc.stdout and "123456789011" in proc.stdout and "--data" in proc.stdout
    _no_traceback(proc)


def test_an_attached_signature_is_judged_over_the_document_the_user_names(
    tmp_path: Path, nca: Path, profile_dir: Path
) -> None:
    """Issue 28: `verify ATTACHED --data OTHER` ignored OTHER and said valid."""
    doc = tmp_path / "act.txt"
    doc.write_bytes("Акт № 5: 100 000 KZT".encode())
    signed = tmp_path / "act.txt.cms"
    key = nca / "keys/individual/valid/individual_valid.p12"
    run_cli("sign", doc, "--key", key, "--password-env", "QAZMAIL_TEST_PW", "-o", signed, profile=profile_dir)
    assert run_cli("verify", signed, "--data", doc, *_trust(nca), profile=profile_dir).returncode == 0
    other, empty = tmp_path / "other.txt", tmp_path / "empty.txt"
    other.write_bytes("Акт № 5: 900 000 KZT".encode())
    empty.write_bytes(b"")
    for named in (other, empty):
        proc = run_cli("verify", signed, "--data", named, *_trust(nca), profile=profile_dir)
        assert proc.returncode == 1, proc.stdout
        assert "[CONTENT_MODIFIED] the document differs from the one that was signed" in proc.stdout
        _no_traceback(proc)


def test_untrusted_without_trust_exits_1(nca: Path, profile_dir: Path) -> None:
    proc = run_cli("verify", nca / "cms/legal_entity_attached.der", profile=profile_dir)
    assert proc.returncode == 1
    assert "UNTRUSTED" in proc.stdout and "123456789021" in proc.stdout


def test_cosign_cli(tmp_path: Path, nca: Path, profile_dir: Path) -> None:
    out = tmp_path / "two.cms"
    proc = run_cli(
        "cosign",
        nca / "cms/legal_entity_attached.der",
        "--key",
        nca / "keys/legal/valid/head.p12",
        "--password-env",
        "QAZMAIL_TEST_PW",
        "-o",
        out,
        profile=profile_dir,
    )
    assert proc.returncode == 0, proc.stderr
    verdict = json.loads(run_cli("verify", out, "--json", *_trust(nca), profile=profile_dir).stdout)
    assert [s["status"] for s in verdict["signers"]] == ["valid", "valid"]


def test_keyinfo(nca: Path, profile_dir: Path) -> None:
    proc = run_cli(
        "keyinfo",
        nca / "keys/legal/valid/employee_signright.p12",
        "--password-env",
        "QAZMAIL_TEST_PW",
        "--json",
        profile=profile_dir,
    )
    assert proc.returncode == 0
    info = json.loads(proc.stdout)
    assert info["roles"] == ["legal_entity", "sign_right"] and info["can_sign"] is True
    assert info["algorithm"] == "GOST 34.10-2015 512"
    text = run_cli("keyinfo", nca / "keys/legal/valid/head.p12", "--password-env", "QAZMAIL_TEST_PW").stdout
    assert "BIN:" in text and "123456789021" in text


def _account_add(**changed: str) -> list[str]:
    """`account add` with good arguments but the ``changed`` ones."""
    values = {"email": "a@b.kz", "imap": "127.0.0.1:1", "smtp": "127.0.0.1:2", "user": "u", "security": "none"}
    values.update(changed)
    return ["account", "add", "x", *(item for key, value in values.items() for item in (f"--{key}", value))]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["keyinfo", "{nca}/keys/legal/valid/head.p12", "--password-env", "WRONG_PW"], "wrong password for head.p12"),
        (["keyinfo", "{nca}/keys/legal/valid/head.p12", "--password-env", "UNSET_VAR_X"], "UNSET_VAR_X is not set"),
        (["keyinfo", "{nca}/keys/legal/valid/head.p12"], "no terminal"),
        (["keyinfo", "{nca}/cms/individual_document.txt", "--password-env", "QAZMAIL_TEST_PW"], "PKCS#12"),
        (["verify", "{nca}/cms/individual_document.txt"], "not a CMS signature"),
        (
            ["verify", "{nca}/cms/individual_attached.der", "--trust", "{nca}/cms/individual_document.txt"],
            "not an X.509",
        ),
        (
            [
                "cosign",
                "{nca}/cms/individual_document.txt",
                "--key",
                "{nca}/keys/legal/valid/head.p12",
                "-o",
                "{tmp}/x",
            ],
            "CMS",
        ),
        (
            [
                "sign",
                "{nca}/cms/individual_document.txt",
                "--key",
                "{nca}/keys/legal/valid/head.p12",
                "--password-env",
                "QAZMAIL_TEST_PW",
                "-o",
                "{nca}",
            ],
            "is a folder",
        ),
        (
            [
                "sign",
                "{nca}/cms/individual_document.txt",
                "--key",
                "{nca}/keys/legal/valid/head.p12",
                "--tsa",
                "notaurl",
                "-o",
                "{tmp}/x",
            ],
            "not an http",
        ),
        (["card", "verify", "{nca}/cms/individual_document.txt"], "not a PDF"),
        (
            [
                "card",
                "create",
                "{nca}/cms/individual_document.txt",
                "--signature",
                "{nca}/cms/individual_detached.der",
                "-o",
                "{nca}/nope/card.pdf",
            ],
            "output folder does not exist",
        ),
        (["register", "{nca}/cms", "-o", "{tmp}/register.txt"], ".csv or .pdf"),
        (_account_add(email="notanemail"), "not an e-mail address"),
        (_account_add(imap="[::1"), "IPv6"),
        (_account_add(imap="host:99999"), "HOST:PORT"),
        (["list", "--limit", "1000000000000000000000000000000"], "out of range"),
        (["outbox", "release", "0"], "out of range"),
        (["verify", "{nca}/no-such.cms"], "no such file"),
        (["verify", "{nca}/cms"], "folder"),
        (["sign", "{nca}/absent.txt", "--key", "{nca}/keys/legal/valid/head.p12", "-o", "{tmp}/x"], "no such file"),
        (
            ["verify", "{nca}/cms/individual_attached.der", "--trust", "{nca}/nope"],
            "trust folder or certificate not found",
        ),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    nca: Path, tmp_path: Path, profile_dir: Path, args: list[str], message: str
) -> None:
    """Exit 2, the reason on stderr, no traceback, no file written, nothing in the profile changed."""
    before = _files(tmp_path)
    formatted = [a.format(nca=nca, tmp=tmp_path) for a in args]
    proc = run_cli(*formatted, env={"WRONG_PW": "Qwerty13"}, profile=profile_dir)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert message in proc.stderr
    _no_traceback(proc)
    assert _files(tmp_path) == before


def _files(folder: Path) -> dict[str, int]:
    """Every file under ``folder`` with its modification time."""
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_output_is_not_left_half_written(tmp_path: Path, nca: Path, profile_dir: Path) -> None:
    out = tmp_path / "missing-dir" / "out.cms"
    proc = run_cli(
        "sign",
        nca / "cms/individual_document.txt",
        "--key",
        nca / "keys/legal/valid/head.p12",
        "--password-env",
        "QAZMAIL_TEST_PW",
        "-o",
        out,
        profile=profile_dir,
    )
    assert proc.returncode == 2 and "does not exist" in proc.stderr
    assert not out.parent.exists()


def test_gui_refuses_a_missing_file_before_any_window(tmp_path: Path, profile_dir: Path) -> None:
    proc = run_cli("gui", str(tmp_path / "act.pdf.sig"), profile=profile_dir)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "no such file" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("case", ["tampered", "wrong_document"])
def test_cosign_refuses_what_is_not_intact(tmp_path: Path, nca: Path, profile_dir: Path, case: str) -> None:
    """Co-signing a tampered CMS, or a detached one over another document, would put a new
    signature under a broken one: refused with exit 1, nothing written, no password asked."""
    if case == "tampered":
        data = bytearray((nca / "cms/legal_entity_attached.der").read_bytes())
        document = (nca / "cms/legal_entity_document.txt").read_bytes()
        at = bytes(data).index(document[:16])
        data[at] ^= 1
        cms_file, extra = tmp_path / "tampered.der", []
        cms_file.write_bytes(bytes(data))
    else:
        cms_file = nca / "cms/legal_entity_detached.der"
        other = tmp_path / "other.txt"
        other.write_text("another document")
        extra = ["--data", str(other)]
    out = tmp_path / "two.cms"
    key = nca / "keys/legal/valid/head.p12"  # no --password-env: the refusal comes before any prompt
    proc = run_cli("cosign", cms_file, *extra, "--key", key, "-o", out, profile=profile_dir)
    assert proc.returncode == 1, proc.stderr
    assert "co-signing refused" in proc.stderr and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert not out.exists()


def test_cosign_finds_the_document_beside_a_detached_signature_or_asks_for_it(
    tmp_path: Path, nca: Path, profile_dir: Path
) -> None:
    """Issue 29: `cosign` of a detached signature without --data gave exit 1 and an unrelated trust
    message. The document beside it by name (act.txt.p7s → act.txt) is taken, as verify takes it;
    without one, exit 2 and 'give --data', before any password is asked."""
    act, signature = tmp_path / "act.txt", tmp_path / "act.txt.p7s"
    act.write_bytes((nca / "cms/legal_entity_document.txt").read_bytes())
    signature.write_bytes((nca / "cms/legal_entity_detached.der").read_bytes())
    out, key = tmp_path / "two.p7s", nca / "keys/legal/valid/head.p12"
    proc = run_cli(
        "cosign", signature, "--key", key, "--password-env", "QAZMAIL_TEST_PW", "-o", out, profile=profile_dir
    )
    assert proc.returncode == 0, proc.stderr
    assert "act.txt (found beside the signature)" in proc.stderr
    verdict = json.loads(run_cli("verify", out, "--data", act, "--json", *_trust(nca), profile=profile_dir).stdout)
    assert [s["status"] for s in verdict["signers"]] == ["valid", "valid"]

    act.unlink()
    lonely = run_cli("cosign", signature, "--key", key, "-o", tmp_path / "three.p7s", profile=profile_dir)
    assert lonely.returncode == 2 and "act.txt.p7s is a detached signature: give the signed document with --data" in (
        lonely.stderr
    )
    assert "Traceback" not in lonely.stderr and not (tmp_path / "three.p7s").exists()


ADD_ACCOUNT = ["account", "add", "x", "--email", "x@y.kz", "--imap", "h:1", "--smtp", "h:1", "--user", "x"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--account", "a", "--folder", "INBOX", "--limit", str(10**30)], "out of range"),
        (["search", "act", "--limit", "0"], "out of range"),
        (["show", "--account", "a", "--folder", "INBOX", "--uid", str(10**30)], "out of range"),
        (["flag", "--account", "a", "--folder", "INBOX", "--uid", "-1", "--seen"], "out of range"),
        (["verify", "--message", "--uid", "12x"], "not a whole number"),
        (
            [*ADD_ACCOUNT, "--max-age-days", str(10**30)],
            "out of range",
        ),
        (
            [*ADD_ACCOUNT, "--max-body-size", "-5"],
            "out of range",
        ),
        (["sign", "doc.txt", "--key", "k.p12", "--tsa", "notaurl", "-o", "out.cms"], "not an http"),
        (["cosign", "a.cms", "--key", "k.p12", "--tsa", "ftp://tsa.kz", "-o", "out.cms"], "not an http"),
        (["serve", "--data", "d", "--imap-port", "70000"], "out of range"),
        (["outbox", "drop", str(10**30)], "out of range"),
        (["nonsense"], "invalid choice"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(
    tmp_path: Path, profile_dir: Path, args: list[str], message: str
) -> None:
    """Checked before any work: one line on stderr, exit 2, no traceback, nothing written."""
    before = sorted(p.name for p in profile_dir.iterdir()) if profile_dir.exists() else []
    proc = run_cli(*args, profile=profile_dir)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and message in proc.stderr and "Traceback" not in proc.stderr
    after = sorted(p.name for p in profile_dir.iterdir()) if profile_dir.exists() else []
    assert after == before


def test_output_files_get_the_mode_of_any_document(tmp_path: Path, nca: Path, profile_dir: Path) -> None:
    """`-o` made signatures 0600 (the profile's private mode), and an in-place `-o` replaced the file's
    own mode: a new one gets 0666 less the umask, a replaced one keeps its mode."""
    doc = tmp_path / "act.txt"
    doc.write_text("Акт № 61", encoding="utf-8")
    key = nca / "keys/legal/valid/head.p12"
    umask = os.umask(0o022)
    os.umask(umask)
    fresh = tmp_path / "act.txt.cms"
    assert (
        run_cli(
            "sign", doc, "--key", key, "--password-env", "QAZMAIL_TEST_PW", "-o", fresh, profile=profile_dir
        ).returncode
        == 0
    )
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    fresh.chmod(0o640)
    assert (
        run_cli(
            "sign", doc, "--key", key, "--password-env", "QAZMAIL_TEST_PW", "-o", fresh, "--force", profile=profile_dir
        ).returncode
        == 0
    )
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640


def test_bytes_after_a_cms_are_refused_but_a_final_line_break_is_not(nca: Path, tmp_path: Path, profile_dir: Path):
    """Whatever follows a CMS in its file would go unseen by every check: refused (it was ignored)."""
    signed = (nca / "cms" / "legal_entity_attached.der").read_bytes()
    (tmp_path / "padded.cms").write_bytes(signed + b"\r\n")
    (tmp_path / "smuggled.cms").write_bytes(signed + b"PAY TO KZ99")
    ok = run_cli("verify", tmp_path / "padded.cms", "--trust", nca / "ca", "--offline", profile=profile_dir)
    assert ok.returncode in (0, 1) and "Traceback" not in ok.stderr, ok.stderr
    bad = run_cli("verify", tmp_path / "smuggled.cms", "--offline", profile=profile_dir)
    assert bad.returncode == 2 and "11 bytes follow the end of the CMS" in bad.stderr


def test_trust_takes_a_certificate_file_and_skips_a_stray_file_by_name(nca: Path, tmp_path: Path, profile_dir: Path):
    folder = tmp_path / "roots"
    folder.mkdir()
    (folder / "root.cer").write_bytes((nca / "ca" / "root_test_gost_2022.cer").read_bytes())
    (folder / "notes.cer").write_text("not a certificate", encoding="utf-8")
    proc = run_cli(
        "verify", nca / "cms" / "legal_entity_attached.der", "--trust", folder,
        "--trust", nca / "ca" / "nca_gost2022_test.cer", "--crl", nca / "crl" / "nca_gost2022_test.crl",
        "--offline", "--json", profile=profile_dir,
    )  # fmt: skip
    assert "note: skipped" in proc.stderr and "notes.cer is not an X.509 certificate" in proc.stderr
    (signer,) = json.loads(proc.stdout)["signers"]
    assert signer["status"] != "untrusted", signer["message"]  # the file given as --trust counted


def test_certificate_templates_are_named_in_words(nca: Path, profile_dir: Path) -> None:
    """Issue 28: certificatePolicies were bare OIDs; `verify` and `keyinfo` name the NCA's templates."""
    from qazmail_desktop.crypto.certificates import load_certificate_file
    from qazmail_desktop.crypto.identity import describe

    verified = run_cli("verify", nca / "cms/legal_entity_attached.der", *_trust(nca), profile=profile_dir)
    assert "  template:     NCA certificate policy (1.2.398.3.3.2)" in verified.stdout, verified.stdout
    key = nca / "keys/legal/valid/head.p12"
    shown = run_cli("keyinfo", key, "--password-env", "QAZMAIL_TEST_PW", "--offline", profile=profile_dir)
    assert "Template:     NCA certificate policy (1.2.398.3.3.2)" in shown.stdout
    older = describe(load_certificate_file(nca / "certs/individual_valid_sign_2004_rsa_auth.cer"))
    assert older.templates == ["NCA policy: individual, authentication (1.2.398.3.3.2.4)"]
    root = describe(load_certificate_file(nca / "ca/root_test_gost_2022.cer"))
    assert root.templates == ["Root CA of the Republic of Kazakhstan policy (1.2.398.3.1.2)"]
