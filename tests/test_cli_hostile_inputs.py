"""The real command line against hostile inputs (issues 27 and 28): an output that is an input, an
existing output, devices, FIFOs and folders where a file belongs, control characters in arguments,
names that are not UTF-8, and letters whose text carries terminal escape sequences. Every refusal is
one line on stderr with exit 2, no traceback, and every file the user had is byte for byte as it was.
The FIFO cases cannot hang the suite: ``run_cli`` kills the child after a timeout far above the
fraction of a second a refusal takes."""

from __future__ import annotations

import hashlib
import imaplib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from qazmail_desktop.server.runner import EmbeddedServer
from tests.conftest import run_cli
from tests.dovecot import Dovecot
from tests.test_cards import DOCUMENT, _signed_by_two
from tests.test_sync_cli import PW_ENV, add_account

KEY = "keys/legal/valid/head.p12"
SIGN = ("--password-env", "QAZMAIL_TEST_PW", "--offline")
TRUST = ("--trust", "{nca}/ca", "--crl", "{nca}/crl/nca_gost2022_test.crl", "--offline")


@pytest.fixture
def work(tmp_path: Path, nca: Path) -> Path:
    """A folder with what a user has: a document, its key, an attached and a detached signature,
    a hard link and a symlink to the document, symlinks to the key and the signature, a FIFO and a
    subfolder."""
    folder = tmp_path / "work"
    folder.mkdir()
    shutil.copy(nca / "cms/legal_entity_document.txt", folder / "doc.txt")
    shutil.copy(nca / KEY, folder / "key.p12")
    shutil.copy(nca / "cms/legal_entity_attached.der", folder / "attached.cms")
    shutil.copy(nca / "cms/legal_entity_detached.der", folder / "doc.txt.sig")
    os.link(folder / "doc.txt", folder / "hardlink.txt")
    (folder / "doclink.txt").symlink_to(folder / "doc.txt")
    (folder / "keylink.p12").symlink_to(folder / "key.p12")
    (folder / "siglink.csv").symlink_to(folder / "doc.txt.sig")
    os.mkfifo(folder / "fifo")
    (folder / "sub").mkdir()
    return folder


def _hashes(folder: Path) -> dict[str, str]:
    """Every regular file under ``folder`` (links followed) with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _refused(proc: object, message: str) -> None:
    stderr = proc.stderr  # type: ignore[attr-defined]
    assert proc.returncode == 2, (proc.stdout, stderr)  # type: ignore[attr-defined]
    assert "Traceback" not in stderr and stderr.count("\n") == 1, stderr
    assert message in stderr, stderr


def _args(args: tuple[str, ...], work: Path, nca: Path) -> list[str]:
    return [a.format(w=work, nca=nca) for a in args]


SAME_FILE = [
    # the key, the document, a signature: each written over is lost
    ("sign", "{w}/doc.txt", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/key.p12"),
    ("sign", "{w}/doc.txt", "--key", "{w}/key.p12", *SIGN, "--detached", "-o", "{w}/doc.txt"),
    ("sign", "{w}/doc.txt", "--key", "{w}/key.p12", *SIGN, "--detached", "-o", "{w}/hardlink.txt"),
    ("sign", "{w}/doc.txt", "--key", "{w}/key.p12", *SIGN, "--detached", "-o", "{w}/doclink.txt"),
    ("sign", "{w}/doclink.txt", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/doc.txt"),
    ("sign", "{w}/doc.txt", "--key", "{w}/keylink.p12", *SIGN, "-o", "{w}/key.p12"),
    ("sign", "{w}/doc.txt", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/sub/../doc.txt", "--force"),
    ("cosign", "{w}/doc.txt.sig", "--key", "{w}/key.p12", *SIGN, "--data", "{w}/doc.txt", "-o", "{w}/doc.txt"),
    ("cosign", "{w}/attached.cms", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/attached.cms", "--force"),
    ("verify", "{w}/attached.cms", "--extract", "{w}/attached.cms"),
    ("verify", "{w}/doc.txt.sig", "--data", "{w}/doc.txt", "--extract", "{w}/hardlink.txt", "--force"),
    ("card", "create", "{w}/doc.txt", "--signature", "{w}/doc.txt.sig", "-o", "{w}/doc.txt.sig"),
    ("card", "create", "{w}/doc.txt", "--signature", "{w}/doc.txt.sig", "-o", "{w}/doclink.txt", "--force"),
    ("register", "{w}", "-o", "{w}/siglink.csv", "--force"),
]


@pytest.mark.parametrize("args", SAME_FILE, ids=lambda a: " ".join(a[:1] + a[-3:]))
def test_an_output_that_is_an_input_is_refused_and_nothing_is_written(
    work: Path, nca: Path, profile_dir: Path, args: tuple[str, ...]
) -> None:
    """Same path, hard link, symlink either way, ``..`` in the path; ``--force`` does not lift it."""
    before = _hashes(work)
    proc = run_cli(*_args(args, work, nca), profile=profile_dir)
    _refused(proc, "is the input")
    assert _hashes(work) == before


EXISTING_OUTPUT = [
    ("sign", "{w}/doc.txt", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/out"),
    ("cosign", "{w}/attached.cms", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/out"),
    ("verify", "{w}/attached.cms", *TRUST, "--extract", "{w}/out"),
    ("register", "{w}/attached.cms", *TRUST, "-o", "{w}/out.csv"),
    ("register", "{w}", *TRUST, "-o", "{w}/out.csv"),  # a folder's register kept in it, made again
]


@pytest.mark.parametrize("args", EXISTING_OUTPUT, ids=lambda a: a[0])
def test_an_existing_output_is_replaced_only_with_force(
    work: Path, nca: Path, profile_dir: Path, args: tuple[str, ...]
) -> None:
    target = work / args[-1].rpartition("/")[2]
    target.write_bytes(b"the user's own file, not to be lost")
    before = _hashes(work)
    _refused(run_cli(*_args(args, work, nca), profile=profile_dir), "exists: add --force")
    assert _hashes(work) == before
    forced = run_cli(*_args(args, work, nca), "--force", profile=profile_dir)
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes() != b"the user's own file, not to be lost"
    assert {k: v for k, v in _hashes(work).items() if k != target.name} == {
        k: v for k, v in before.items() if k != target.name
    }


def test_card_outputs_need_force_and_are_never_an_input(demo: EmbeddedServer, work: Path, profile_dir: Path) -> None:
    """``card create -o`` and ``card verify --extract``: an existing file only with --force, every
    target checked before the first is written (the original the card carries is one of them)."""
    (work / "act.txt").write_bytes(DOCUMENT)
    (work / "act.txt.cms").write_bytes(_signed_by_two(demo, DOCUMENT))
    trust = ("--trust", str(demo.data_dir / "pki"))
    card = work / "card.pdf"
    card.write_bytes(b"an older card the user keeps")
    create = ("card", "create", work / "act.txt", "--signature", work / "act.txt.cms", *trust, "-o", card)
    before = _hashes(work)
    _refused(run_cli(*create, profile=profile_dir), "exists: add --force")
    assert _hashes(work) == before
    assert run_cli(*create, "--force", profile=profile_dir).returncode == 0
    out = work / "sub"
    (out / "act.txt").write_bytes(b"an older copy the user keeps")
    before = _hashes(work)
    _refused(run_cli("card", "verify", card, *trust, "--extract", out, profile=profile_dir), "exists: add --force")
    assert _hashes(work) == before
    named_as_its_original = out / "act.txt"  # the card saved under its document's name: extracting would replace it
    named_as_its_original.write_bytes(card.read_bytes())
    before = _hashes(work)
    checked_in_place = ("card", "verify", named_as_its_original, *trust, "--extract", out, "--force")
    _refused(run_cli(*checked_in_place, profile=profile_dir), "is the input")
    assert _hashes(work) == before
    forced = run_cli("card", "verify", card, *trust, "--extract", out, "--force", profile=profile_dir)
    assert forced.returncode == 0, forced.stderr
    assert (out / "act.txt").read_bytes() == DOCUMENT


NOT_A_FILE = {"{w}/fifo": "not a regular file", "/dev/zero": "not a regular file", "{w}/sub": "folder"}
READERS = [
    ("sign", "@", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/out"),
    ("sign", "{w}/doc.txt", "--key", "@", *SIGN, "-o", "{w}/out"),
    ("keyinfo", "@", "--password-env", "QAZMAIL_TEST_PW"),
    ("verify", "@"),
    ("verify", "{w}/doc.txt.sig", "--data", "@"),
    ("verify", "{w}/attached.cms", "--crl", "@"),
    ("cosign", "@", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/out"),
    ("cosign", "{w}/doc.txt.sig", "--data", "@", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/out"),
    ("card", "verify", "@"),
    ("card", "create", "--signature", "@", "-o", "{w}/out.pdf"),
    ("card", "create", "@", "--signature", "{w}/doc.txt.sig", "-o", "{w}/out.pdf"),
    ("trust", "add", "@"),
    ("gui", "@"),
]
READ_CASES = [
    pytest.param(args, where, id=f"{' '.join(args[:2])} ({args.index('@')}) {where}")
    for args in READERS
    for where in NOT_A_FILE
    if not (where == "{w}/sub" and "--crl" in args)  # --crl also takes a folder of CRLs
]


@pytest.mark.parametrize(("args", "where"), READ_CASES)
def test_a_device_a_fifo_or_a_folder_is_refused_without_blocking(
    work: Path, nca: Path, profile_dir: Path, args: tuple[str, ...], where: str
) -> None:
    """/dev/zero would be read without end, a FIFO with no writer would block for ever."""
    before = _hashes(work)
    proc = run_cli(*_args(tuple(where if a == "@" else a for a in args), work, nca), profile=profile_dir)
    _refused(proc, NOT_A_FILE[where])
    assert _hashes(work) == before


def test_a_large_input_is_read_only_up_to_its_limit(work: Path, profile_dir: Path) -> None:
    """A sparse 2 GiB file claims its size honestly, but the read stops at the limit either way."""
    huge = work / "huge.cms"
    with huge.open("wb") as out:
        out.truncate(2 << 30)
    _refused(run_cli("verify", huge, profile=profile_dir), "larger than the 64 MiB limit")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("trust", "fetch", "notaurl", "--yes"), "is not an http:// or https:// URL"),
        (("register", "{w}/nothing-\udcff.cms", "-o", "{w}/r.csv"), "no such file or folder"),
        (("verify", "{w}/nothing-\udcff.cms"), "no such file: "),
        (("sign", "{w}/doc.txt", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/nowhere/x.cms"), "does not exist"),
        (("sign", "{w}/doc.txt", "--key", "{w}/key.p12", *SIGN, "-o", "{w}/sub"), "is a folder"),
    ],
)
def test_hostile_arguments_are_one_line_and_exit_2(
    work: Path, nca: Path, profile_dir: Path, args: tuple[str, ...], message: str
) -> None:
    before = _hashes(work)
    _refused(run_cli(*_args(args, work, nca), profile=profile_dir), message)
    assert _hashes(work) == before


@pytest.fixture
def mail_account(profile_dir: Path) -> Path:
    """A profile with one account whose servers are never reached (every case is refused before)."""
    added = run_cli(
        "account", "add", "anna", "--email", "anna@example.kz", "--imap", "127.0.0.1:1", "--smtp", "127.0.0.1:1",
        "--user", "anna@example.kz", "--security", "none", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return profile_dir


@pytest.mark.parametrize("option", ["--to", "--cc", "--bcc"])
def test_a_recipient_with_a_line_break_is_refused_and_nothing_is_queued(
    work: Path, mail_account: Path, option: str
) -> None:
    """A CR LF in an address would add a header of its own (a Bcc the user never wrote): it ended
    in a traceback."""
    profile_dir = mail_account
    recipients = ["--to", "bolat@example.kz"] if option != "--to" else []
    sent = run_cli(
        "send", *recipients, option, "dana@example.kz\r\nBcc: spy@evil.kz", "--subject", "Invoice",
        "--body-file", work / "doc.txt", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir,
    )  # fmt: skip
    _refused(sent, "the recipient may not contain line breaks")
    assert "the outbox is empty" in run_cli("outbox", "list", profile=profile_dir).stdout


@pytest.mark.parametrize("where", NOT_A_FILE)
@pytest.mark.parametrize("option", ["--body-file", "--attach", "--sign-key"])
def test_send_reads_only_regular_files(work: Path, nca: Path, mail_account: Path, option: str, where: str) -> None:
    files = {"--body-file": "{w}/doc.txt", option: where}
    args = [a for name, value in files.items() for a in (name, value)]
    sent = run_cli(
        "send", "--to", "bolat@example.kz", "--subject", "Act", *_args(tuple(args), work, nca),
        "--key-password-env", "QAZMAIL_TEST_PW", "--password-env", "MAIL_PW", env=PW_ENV, profile=mail_account,
    )  # fmt: skip
    _refused(sent, NOT_A_FILE[where])
    assert "the outbox is empty" in run_cli("outbox", "list", profile=mail_account).stdout


def test_a_register_of_a_file_whose_name_is_not_utf8(work: Path, nca: Path, profile_dir: Path) -> None:
    """The name shows escaped (``\\udcff``) in the register instead of stopping it."""
    odd = Path(os.fsdecode(os.fsencode(work) + b"/act-\xff.cms"))
    shutil.copy(work / "attached.cms", odd)
    out = work / "register.csv"
    proc = run_cli("register", odd, *_args(TRUST, work, nca), "-o", out, profile=profile_dir)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "act-\\udcff.cms" in out.read_bytes().decode("utf-8")


def test_signing_an_empty_file_warns_and_signs(work: Path, profile_dir: Path) -> None:
    empty = work / "empty.txt"
    empty.touch()
    proc = run_cli("sign", empty, "--key", work / "key.p12", *SIGN, "-o", work / "empty.cms", profile=profile_dir)
    assert proc.returncode == 0, proc.stderr
    assert "warning: " in proc.stderr and "is empty" in proc.stderr
    assert (work / "empty.cms").stat().st_size > 0


ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x1b]52;c;cm0gLXJmIH4=\x07\x1b[32m"
HOSTILE_LETTER = (
    "From: =?utf-8?q?Bank=1B[2J=C2=9B31m?= <bank@example.kz>\r\n"
    "To: anna@example.kz\r\n"
    "Subject: =?utf-8?b?cGF5IG5vdxtbMkobXTA7dGl0bGUH4oCu?=\r\n"
    "Date: Fri, 04 Dec 2026 10:00:00 +0000\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/mixed; boundary="b"\r\n'
    "\r\n"
    "--b\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    f"Payment details below.\r\n{ESCAPES}[VALID] signed by the National Bank\rIBAN KZ00\r\n"
    "--b\r\n"
    "Content-Type: application/octet-stream\r\n"
    "Content-Disposition: attachment; filename*=utf-8''invoice%1B%5D0%3Bx%07%E2%80%AEfdp.exe\r\n"
    "\r\n"
    "MZ\r\n"
    "--b--\r\n"
)


@pytest.mark.dovecot
def test_list_search_and_show_print_no_escape_sequence_of_a_letter(
    dovecot_factory: Callable[..., Dovecot], profile_dir: Path
) -> None:
    server = dovecot_factory()
    imap = imaplib.IMAP4("127.0.0.1", server.port)
    imap.login("anna@example.kz", "secret")
    assert imap.append("INBOX", None, None, HOSTILE_LETTER.encode())[0] == "OK"
    imap.logout()
    add_account(server, profile_dir)
    assert run_cli("sync", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir).returncode == 0
    (row,) = json.loads(run_cli("list", "--json", profile=profile_dir).stdout)
    printed = {
        "list": run_cli("list", profile=profile_dir),
        "search": run_cli("search", "payment", profile=profile_dir),
        "show": run_cli("show", "--uid", str(row["uid"]), profile=profile_dir),
    }
    for command, proc in printed.items():
        assert proc.returncode == 0, (command, proc.stderr)
        assert not any(c in proc.stdout for c in "\x1b\x07\r\x9b"), (command, proc.stdout)
    show = printed["show"].stdout
    assert "<U+202E>" in show and "pay now" in show  # a bidi control is shown, not obeyed
    assert "\n[VALID]" not in show and "IBAN KZ00" in show  # the fake line stays in the letter's line
    assert "Attachment: invoice" in show and "fdp.exe" in show
    as_json = run_cli("show", "--uid", str(row["uid"]), "--json", profile=profile_dir).stdout
    assert not any(c in as_json for c in "\x1b\x07\x9b\u202e"), as_json  # escaped as \\uXXXX
    assert json.loads(as_json)["subject"].endswith("\u202e") and "\x9b" in json.loads(as_json)["from"]
