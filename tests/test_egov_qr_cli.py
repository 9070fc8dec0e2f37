"""`sign --qr` end to end against the embedded server's SIGEX, with the demo phone (issue 33): the
QR and links in the terminal, the phone signs, the CMS checked before it is written; declined,
expired, unreachable, and a signature that comes back not valid write nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from qazmail_desktop.crypto import cms
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.keys import load_signing_key
from qazmail_desktop.crypto.trust import TrustStore
from qazmail_desktop.crypto.verify import VerifyPolicy
from qazmail_desktop.server.demo import (
    DEMO_ACCOUNTS,
    REVOKED_USER,
    attach_demo_phone,
    local_evidence,
    local_timestamper,
)
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer
from qazmail_desktop.server.sigexqr import DemoPhone, procedure_of
from qazmail_desktop.signing.verdicts import verify_letter
from tests.conftest import run_cli
from tests.mailboxes import letters_titled

DOCUMENT = "Акт № 77 выполненных работ: 120 000 KZT\n"


class QrCommand:
    """A command with --qr running in a child process, read line by line as it shows its links."""

    def __init__(self, tmp_path: Path, *command: str | Path, env: dict[str, str] | None = None) -> None:
        full_env = {
            **os.environ,
            "LANGUAGE": "",
            "LC_ALL": "C.UTF-8",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            **(env or {}),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "qazmail_desktop", "--profile", str(tmp_path / "profile"), *map(str, command)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=full_env,
        )
        self.shown: list[str] = []
        self.link = ""

    def wait_for_link(self) -> str:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.shown.append(line)
            if line.startswith("eGov Mobile: "):
                self.link = line.split(" ", 2)[2].strip()
                return self.link
        code, err = self.finish()
        raise AssertionError(f"no link shown (exit {code}): " + "".join(self.shown) + err)

    def finish(self) -> tuple[int, str]:
        """The exit code and what was said on stderr, once the command ends. Read through the same
        text streams the link was read from (communicate() reads the pipes beneath them and would
        miss what they had already buffered); stderr is a few lines, it cannot fill its pipe."""
        assert self.process.stdout is not None and self.process.stderr is not None
        self.shown += self.process.stdout.read().splitlines(keepends=True)
        err = self.process.stderr.read()
        return self.process.wait(timeout=300), err


class Signing(QrCommand):
    """`sign --qr` of an act."""

    def __init__(self, demo: EmbeddedServer, tmp_path: Path, *extra: str) -> None:
        self.document = tmp_path / "act77.txt"
        self.document.write_text(DOCUMENT, encoding="utf-8")
        self.output = tmp_path / "act77.txt.cms"
        trust = demo.data_dir / "pki"
        command: list[str | Path] = ["sign", self.document, "--qr", "--sigex", demo.sigex.base_url, "--trust", trust]
        super().__init__(tmp_path, *command, "-o", self.output, *extra)


@pytest.fixture
def phone(demo: EmbeddedServer) -> Iterator[EmbeddedServer]:
    """The demo server with Bolat's demo phone again after each test (one may swap it)."""
    yield demo
    attach_demo_phone(demo)


def test_the_phone_signs_and_what_comes_back_is_checked(phone: EmbeddedServer, tmp_path: Path) -> None:
    signing = Signing(phone, tmp_path)
    link = signing.wait_for_link()
    assert any("█" in line or "▀" in line for line in signing.shown)  # the QR code itself, in the terminal
    said = run_cli("demo-phone", link)
    assert said.returncode == 0, said.stderr
    code, err = signing.finish()
    assert code == 0, err
    assert "the document passes through SIGEX to eGov Mobile" in err
    assert "signed in eGov Mobile by СЕРІКҰЛЫ БОЛАТ" in err
    assert any(line.startswith("eGov Business: ") for line in signing.shown), signing.shown[-3:]
    verified = run_cli("verify", signing.output, "--trust", phone.data_dir / "pki", "--extract", tmp_path / "out.txt")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "[VALID]" in verified.stdout and "800505300026" in verified.stdout
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == DOCUMENT  # the document inside is the one sent


def test_a_detached_signature_by_qr(phone: EmbeddedServer, tmp_path: Path) -> None:
    signing = Signing(phone, tmp_path, "--detached")
    assert run_cli("demo-phone", signing.wait_for_link()).returncode == 0
    code, err = signing.finish()
    assert code == 0, err
    verified = run_cli("verify", signing.output, "--data", signing.document, "--trust", phone.data_dir / "pki")
    assert verified.returncode == 0 and "[VALID]" in verified.stdout
    signing.document.write_text(DOCUMENT.replace("120", "920"), encoding="utf-8")
    assert (
        run_cli("verify", signing.output, "--data", signing.document, "--trust", phone.data_dir / "pki").returncode == 1
    )


def test_declined_on_the_phone_writes_nothing(phone: EmbeddedServer, tmp_path: Path) -> None:
    signing = Signing(phone, tmp_path)
    assert run_cli("demo-phone", signing.wait_for_link(), "--decline").returncode == 0
    code, err = signing.finish()
    assert code == 2
    assert "eGov Mobile did not sign" in err and "declined" in err
    assert not signing.output.exists()


def test_an_expired_qr_writes_nothing(phone: EmbeddedServer, tmp_path: Path) -> None:
    signing = Signing(phone, tmp_path)
    phone.sigex.expire_now(procedure_of(signing.wait_for_link()))
    code, err = signing.finish()
    assert code == 2 and "expired" in err, err
    assert not signing.output.exists()
    assert run_cli("demo-phone", signing.link).returncode == 2  # a used-up QR cannot be signed any more


def test_a_signature_that_comes_back_not_valid_is_refused(phone: EmbeddedServer, tmp_path: Path) -> None:
    """The phone signs with a revoked certificate: the verdict refuses it, nothing is written."""
    assert phone.pki is not None
    key = load_signing_key(phone.data_dir / "keys" / REVOKED_USER.key_file, DEMO_PASSWORD)
    phone.sigex.phone = DemoPhone(
        phone.sigex, key, local_timestamper(phone.pki, key.digest.oid), local_evidence(phone.pki, key)
    )
    signing = Signing(phone, tmp_path)
    assert run_cli("demo-phone", signing.wait_for_link()).returncode == 0
    code, err = signing.finish()
    assert code == 1, err
    assert "the signature eGov Mobile sent back is not valid" in err
    assert not signing.output.exists()


def test_unreachable_or_plain_http_sigex_and_foreign_links_are_refused(tmp_path: Path) -> None:
    document = tmp_path / "act.txt"
    document.write_text("акт", encoding="utf-8")
    out = tmp_path / "act.cms"
    unreachable = run_cli("sign", document, "--qr", "--sigex", "http://127.0.0.1:9", "-o", out)
    assert unreachable.returncode == 2 and "cannot be reached" in unreachable.stderr
    plain = run_cli("sign", document, "--qr", "--sigex", "http://sigex.example.com", "-o", out)
    assert plain.returncode == 2 and "HTTPS only" in plain.stderr
    assert not out.exists()
    neither = run_cli("sign", document, "-o", out)
    assert neither.returncode == 2 and "one of the arguments --key --qr is required" in neither.stderr
    both = run_cli("sign", document, "--qr", "--key", tmp_path / "k.p12", "-o", out)
    assert both.returncode == 2 and "not allowed with argument" in both.stderr
    foreign = run_cli("demo-phone", "https://sigex.kz/demo-phone/abc")
    assert foreign.returncode == 2 and "not a demo QR link" in foreign.stderr


# --- send --qr and cosign --qr --------------------------------------------------------------------
MAIL_PW = {"MAIL_PW": DEMO_ACCOUNTS[0].password}


def _anna_profile(demo: EmbeddedServer, tmp_path: Path) -> None:
    """Anna's demo account in the profile QrCommand uses (tmp_path/profile)."""
    anna = DEMO_ACCOUNTS[0]
    added = run_cli(
        "account", "add", "anna", "--email", anna.email, "--user", anna.email, "--security", "none",
        "--imap", f"127.0.0.1:{demo.imap_port}", "--smtp", f"127.0.0.1:{demo.smtp_port}", "--password-env", "MAIL_PW",
        env=MAIL_PW, profile=tmp_path / "profile",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr


def _sending(demo: EmbeddedServer, tmp_path: Path, subject: str, *extra: str | Path) -> QrCommand:
    body = tmp_path / "body.txt"
    body.write_text("Акт сверки во вложении, подписан в eGov Mobile.\n", encoding="utf-8")
    act = tmp_path / "akt12.txt"
    act.write_text(DOCUMENT, encoding="utf-8")
    command: list[str | Path] = [
        "send",
        "--to",
        DEMO_ACCOUNTS[2].email,
        "--subject",
        subject,
        "--body-file",
        body,
        "--attach",
        act,
    ]
    command += ["--password-env", "MAIL_PW", "--qr", "--sigex", demo.sigex.base_url, "--trust", demo.data_dir / "pki"]
    return QrCommand(tmp_path, *command, *extra, env=MAIL_PW)


def _dana_has(demo: EmbeddedServer, subject: str) -> list[bytes]:
    dana = DEMO_ACCOUNTS[2]
    return letters_titled(demo.imap_port, dana.email, dana.password, subject)


def test_send_qr_signs_the_files_then_the_letter(phone: EmbeddedServer, tmp_path: Path) -> None:
    _anna_profile(phone, tmp_path)
    sending = _sending(phone, tmp_path, "Акт сверки QR из терминала", "--sign-attachments")
    for step in ("step 1 of 2: the attached files", "step 2 of 2: the letter"):
        link = sending.wait_for_link()
        assert any(step in line for line in sending.shown), sending.shown
        assert run_cli("demo-phone", link).returncode == 0
    code, err = sending.finish()
    assert code == 0, err
    assert "the letter and the files it signs pass through SIGEX to eGov Mobile" in err
    assert "signed in eGov Mobile by СЕРІКҰЛЫ БОЛАТ" in err
    assert "warning: the signature names bolat@altyn.kz, not anna@altyn.kz: the recipients are told so" in err
    [raw] = _dana_has(phone, "Акт сверки QR из терминала")
    policy = VerifyPolicy(trust=TrustStore(), online=False)
    policy.trust.add_folder(phone.data_dir / "pki")
    verdict = verify_letter(raw, policy)
    assert verdict.status == "valid" and sorted(i.kind for i in verdict.items) == ["attachment", "letter"]
    signer = verdict.main_signer()
    assert signer is not None and signer.info is not None and signer.info.iin == DEMO_ACCOUNTS[1].key.iin


def test_send_qr_declined_sends_nothing(phone: EmbeddedServer, tmp_path: Path) -> None:
    _anna_profile(phone, tmp_path)
    sending = _sending(phone, tmp_path, "Отказ в телефоне")
    assert run_cli("demo-phone", sending.wait_for_link(), "--decline").returncode == 0
    code, err = sending.finish()
    assert code == 2 and "declined" in err, err
    assert _dana_has(phone, "Отказ в телефоне") == []
    outbox = run_cli("outbox", "list", profile=tmp_path / "profile")
    assert outbox.returncode == 0 and "Отказ в телефоне" not in outbox.stdout


def test_send_takes_a_key_or_the_qr_not_both(tmp_path: Path) -> None:
    body = tmp_path / "b.txt"
    body.write_text("x", encoding="utf-8")
    base: list[str | Path] = ["send", "--to", "a@b.kz", "--subject", "s", "--body-file", body, "--qr"]
    both = run_cli(*base, "--sign-key", tmp_path / "k.p12")
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_send_qr_with_nothing_to_sign_is_refused(phone: EmbeddedServer, tmp_path: Path) -> None:
    """--no-sign-letter and no file to sign: eGov Mobile would sign nothing; refused, nothing sent."""
    _anna_profile(phone, tmp_path)
    body = tmp_path / "b.txt"
    body.write_text("x", encoding="utf-8")
    command: list[str | Path] = ["send", "--to", DEMO_ACCOUNTS[2].email, "--subject", "Ничего", "--body-file", body]
    command += ["--password-env", "MAIL_PW", "--qr", "--no-sign-letter", "--sigex", phone.sigex.base_url]
    refused = run_cli(*command, env=MAIL_PW, profile=tmp_path / "profile")
    assert refused.returncode == 2 and "--sign-attachments and --attach FILE" in refused.stderr, refused.stderr
    assert _dana_has(phone, "Ничего") == []


def test_cosign_qr_joins_the_phones_signature(phone: EmbeddedServer, tmp_path: Path) -> None:
    """Dana's signed act (an attached CMS) co-signed in eGov Mobile: both signers verify."""
    assert phone.pki is not None
    dana = load_signing_key(phone.data_dir / "keys" / DEMO_ACCOUNTS[2].key.key_file, DEMO_PASSWORD)
    stamp, status = local_timestamper(phone.pki, dana.digest.oid), local_evidence(phone.pki, dana)
    signed = tmp_path / "act.txt.cms"
    signed.write_bytes(cms.sign(Content(data=DOCUMENT.encode()), dana, False, stamp, evidence=status))
    out = tmp_path / "act-both.cms"
    trust = phone.data_dir / "pki"
    cosigning = QrCommand(
        tmp_path, "cosign", signed, "--qr", "--sigex", phone.sigex.base_url, "--trust", trust, "-o", out
    )
    assert run_cli("demo-phone", cosigning.wait_for_link()).returncode == 0
    code, err = cosigning.finish()
    assert code == 0, err
    assert "co-signed in eGov Mobile by СЕРІКҰЛЫ БОЛАТ" in err
    verified = run_cli("verify", out, "--trust", trust)
    assert verified.returncode == 0, verified.stdout
    assert (
        verified.stdout.count("[VALID]") == 2
        and "850315400037" in verified.stdout
        and "800505300026" in verified.stdout
    )


def test_cosign_qr_of_a_changed_document_asks_no_phone(phone: EmbeddedServer, tmp_path: Path) -> None:
    assert phone.pki is not None
    dana = load_signing_key(phone.data_dir / "keys" / DEMO_ACCOUNTS[2].key.key_file, DEMO_PASSWORD)
    document = tmp_path / "act.txt"
    document.write_text(DOCUMENT, encoding="utf-8")
    signature = tmp_path / "act.txt.sig"
    signature.write_bytes(cms.sign(Content(data=DOCUMENT.encode()), dana, True))
    document.write_text(DOCUMENT.replace("120", "920"), encoding="utf-8")
    out = tmp_path / "both.sig"
    refused = run_cli("cosign", signature, "--qr", "--sigex", phone.sigex.base_url, "-o", out)
    assert refused.returncode == 1 and "co-signing refused" in refused.stderr, refused.stderr
    assert "eGov Mobile:" not in refused.stdout and not out.exists()
