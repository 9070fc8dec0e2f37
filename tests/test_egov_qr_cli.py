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

from qazmail_desktop.crypto.keys import load_signing_key
from qazmail_desktop.server.demo import REVOKED_USER, attach_demo_phone, local_evidence, local_timestamper
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer
from qazmail_desktop.server.sigexqr import DemoPhone, procedure_of
from tests.conftest import run_cli

DOCUMENT = "Акт № 77 выполненных работ: 120 000 KZT\n"


class Signing:
    """`sign --qr` running in a child process, read line by line until it shows its link."""

    def __init__(self, demo: EmbeddedServer, tmp_path: Path, *extra: str) -> None:
        self.document = tmp_path / "act77.txt"
        self.document.write_text(DOCUMENT, encoding="utf-8")
        self.output = tmp_path / "act77.txt.cms"
        env = {
            **os.environ,
            "LANGUAGE": "",
            "LC_ALL": "C.UTF-8",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }
        command = [sys.executable, "-m", "qazmail_desktop", "--profile", str(tmp_path / "profile"), "sign"]
        command += [str(self.document), "--qr", "--sigex", demo.sigex.base_url, "--trust", str(demo.data_dir / "pki")]
        self.process = subprocess.Popen(
            [*command, "-o", str(self.output), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
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
