"""The register of signatures (issue #20): a folder of signed files, or a mail folder's signed
letters, checked into CSV and PDF, one row per signer, through the real command line."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from qazmail_desktop.crypto import cms
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.keys import load_signing_key
from qazmail_desktop.crypto.status import Status
from qazmail_desktop.operations.batch import POOL_THRESHOLD
from qazmail_desktop.operations.files import MAX_SIGNED_FILE
from qazmail_desktop.operations.register import ROLE_WORDS, STATUS_WORDS
from qazmail_desktop.server.demo import DEMO_ACCOUNTS
from qazmail_desktop.server.runner import EmbeddedServer
from tests.conftest import run_cli
from tests.test_cards import DOCUMENT, _signed_by_two, needs_poppler
from tests.test_demo_pki import _add_account


def _csv(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the Cyrillic as UTF-8
    return list(csv.DictReader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))


@pytest.fixture
def signed_folder(demo: EmbeddedServer, tmp_path: Path) -> Path:
    folder = tmp_path / "signed"
    folder.mkdir()
    (folder / "act.txt").write_bytes(DOCUMENT)
    (folder / "act.txt.sig").write_bytes(_signed_by_two(demo, DOCUMENT))
    (folder / "other.txt").write_bytes(b"not looked at: no signature suffix")
    (folder / "broken.cms").write_bytes(b"junk")
    return folder


def test_a_folder_of_signed_files_into_csv_and_pdf(
    demo: EmbeddedServer, signed_folder: Path, tmp_path: Path, profile_dir: Path
) -> None:
    trust = ["--trust", str(demo.data_dir / "pki"), "--offline"]
    made = run_cli("register", signed_folder, "-o", tmp_path / "r.csv", *trust, profile=profile_dir)
    assert made.returncode == 1, made.stderr  # one file is not a valid signature
    assert "3 row(s), 1 not valid" in made.stderr
    rows = _csv(tmp_path / "r.csv")
    assert [(r["Source / Источник"], r["Signer / Подписал"], r["Status / Статус"]) for r in rows] == [
        ("act.txt.sig", "ЖАНСАЕВА АННА", "Signature valid / Подпись действительна"),
        ("act.txt.sig", "СЕРІКҰЛЫ БОЛАТ", "Signature valid / Подпись действительна"),
        ("broken.cms", "", "Damaged signature / Повреждённая подпись"),
    ]
    assert rows[0]["IIN / ИИН"] == DEMO_ACCOUNTS[0].key.iin and rows[0]["BIN / БИН"] == DEMO_ACCOUNTS[0].key.bin
    assert rows[0][
        "Time proof / Подтверждение времени"
    ] == "time-stamp (proven) / метка времени (доказано)" and re.fullmatch(
        r"\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d UTC[+-]\d\d:\d\d", rows[0]["Signed at / Время подписи"]
    )
    assert rows[0]["Revocation evidence / Статус сертификата"].startswith("not revoked per OCSP embedded")
    assert rows[0]["Role / Роль"] and "_" not in rows[0]["Role / Роль"]  # in words, not codes

    bad_runs: list[tuple[list[str | Path], str]] = [
        (["register", signed_folder, "-o", tmp_path / "r.txt"], ".xlsx, .csv or .pdf"),
        (["register", "-o", tmp_path / "r.csv"], "name the signed files"),
        (["register", tmp_path / "nothing", "-o", tmp_path / "r.csv"], "no such file or folder"),
        (["register", signed_folder, "-o", tmp_path / "no" / "r.csv"], "output folder does not exist"),
    ]
    for bad, message in bad_runs:
        proc = run_cli(*bad, profile=profile_dir)
        assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr, proc.stderr


def test_a_register_as_an_excel_workbook_keeps_leading_zeros_and_runs_no_formula(
    demo: EmbeddedServer, signed_folder: Path, tmp_path: Path, profile_dir: Path
) -> None:
    """Issue 29: Excel opened the CSV register's BIN "050140000014" as the number 50140000014. The
    .xlsx register's cells are text; a file named like a formula stays a name, there and in CSV."""
    from openpyxl import load_workbook

    (signed_folder / "=HYPERLINK(1).cms").write_bytes(b"junk")
    trust = ["--trust", str(demo.data_dir / "pki"), "--offline"]
    made = run_cli("register", signed_folder, "-o", tmp_path / "r.xlsx", *trust, profile=profile_dir)
    assert made.returncode == 1, made.stderr
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert str(values[0][0]).startswith("Register of signatures / Реестр подписей")
    headings = values[1]
    assert headings[:5] == ["Source / Источник", "Signed / Подписано", "Signer / Подписал", "IIN / ИИН", "BIN / БИН"]
    rows = [dict(zip(headings, row, strict=True)) for row in values[2:]]
    anna = next(r for r in rows if r["Signer / Подписал"] == "ЖАНСАЕВА АННА")
    assert anna["BIN / БИН"] == "050140000014" and anna["IIN / ИИН"] == DEMO_ACCOUNTS[0].key.iin
    bin_cell = next(row[4] for row in sheet.iter_rows(min_row=3) if row[4].value == "050140000014")
    assert bin_cell.data_type == "s" and bin_cell.number_format == "@"
    hostile = next(row[0] for row in sheet.iter_rows(min_row=3) if row[0].value == "=HYPERLINK(1).cms")
    assert hostile.data_type == "s"  # a name, not a formula
    assert [r["Status / Статус"] for r in rows if r["Source / Источник"] == "=HYPERLINK(1).cms"] == [
        STATUS_WORDS["malformed"]
    ]

    made = run_cli("register", signed_folder, "-o", tmp_path / "r.csv", *trust, "--force", profile=profile_dir)
    assert made.returncode == 1, made.stderr
    assert "'=HYPERLINK(1).cms" in [r["Source / Источник"] for r in _csv(tmp_path / "r.csv")]


@needs_poppler
def test_a_register_as_pdf(demo: EmbeddedServer, signed_folder: Path, tmp_path: Path, profile_dir: Path) -> None:
    trust = ["--trust", str(demo.data_dir / "pki"), "--offline"]
    made = run_cli("register", signed_folder / "act.txt.sig", "-o", tmp_path / "r.pdf", *trust, profile=profile_dir)
    assert made.returncode == 0, made.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Реестр подписей" in text and "ЖАНСАЕВА АННА" in text and "СЕРІКҰЛЫ БОЛАТ" in text
    assert "1/1" in text.replace(" ", "")


@needs_poppler
def test_the_pdf_register_breaks_lines_between_words(tmp_path: Path) -> None:
    """Issue 29: words were broken anywhere ("Подтвержд|ение", "ответстве|нностью"): lines now
    break at spaces, and each column is at least as wide as its heading's longest word."""
    import datetime as dt

    from qazmail_desktop.operations.register import RegisterRow, to_pdf

    values = RegisterRow(
        "Договор поставки № 17 от 01.12.2026.pdf.sig",
        "Договор поставки № 17 от 01.12.2026.pdf",
        "ЖАНСАЕВА АННА СЕРГЕЕВНА",
        "900101400013",
        "050140000014",
        "",
        "head",
        "05.12.2026 14:00:00 UTC+05:00",
        "time-stamp",
        "valid",
        "not revoked per OCSP embedded in the signature (ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ), answered 05.12.2026",
        "",
    )
    (tmp_path / "r.pdf").write_bytes(to_pdf([values], "Тізілім", dt.datetime(2026, 12, 5, tzinfo=dt.UTC)))
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    words = set(text.split())
    for word in ("Подтверждение", "поставки", "СЕРГЕЕВНА", "КУӘЛАНДЫРУШЫ", "ОРТАЛЫҚ),", "сертификата", "действительна"):
        assert word in words, word


def test_the_signed_letters_of_a_mail_folder(demo: EmbeddedServer, tmp_path: Path, profile_dir: Path) -> None:
    anna = DEMO_ACCOUNTS[0]
    _add_account(demo, anna, profile_dir)
    env = {"ANNA_PW": anna.password}
    assert run_cli("sync", "anna", "--password-env", "ANNA_PW", env=env, profile=profile_dir).returncode == 0
    listed = json.loads(run_cli("list", "--account", "anna", "--json", profile=profile_dir).stdout)
    signed = [r for r in listed if r["signed"]]
    made = run_cli(
        "register",
        "--account",
        "anna",
        "-o",
        tmp_path / "letters.csv",
        "--trust",
        demo.data_dir / "pki",
        "--offline",
        profile=profile_dir,
    )
    assert made.returncode == 1  # the demo holds a tampered letter and a revoked signer
    rows = _csv(tmp_path / "letters.csv")
    assert {r["Source / Источник"].rsplit(" (", 1)[0] for r in rows} == {r["subject"] for r in signed}
    act = [r for r in rows if r["Source / Источник"].startswith("Акт выполненных работ № 45")]
    assert {r["Signed / Подписано"] for r in act} == {"letter", "act_45.txt.cms"}
    assert {r["Status / Статус"] for r in act} == {STATUS_WORDS["valid"]}


def test_a_letters_register_row_says_what_the_window_and_show_say(
    demo: EmbeddedServer, tmp_path: Path, profile_dir: Path
) -> None:
    """Issue 29: the letter Bolat signed with his revoked key was 'revoked' in the window and
    'indeterminate — no CRL at hand' in the register, which checked it again offline with less
    evidence. The register, `list` and `show` now read the one verdict the sync's check stored."""
    anna = DEMO_ACCOUNTS[0]
    _add_account(demo, anna, profile_dir)
    pki = demo.data_dir / "pki"
    assert run_cli("trust", "add", pki / "demo_root.cer", pki / "demo_ca.cer", profile=profile_dir).returncode == 0
    env = {"ANNA_PW": anna.password}
    assert run_cli("sync", "anna", "--password-env", "ANNA_PW", env=env, profile=profile_dir).returncode == 0
    listed = json.loads(run_cli("list", "--account", "anna", "--json", profile=profile_dir).stdout)
    windows = {r["subject"]: r["status"] for r in listed if r["signed"]}
    assert "revoked" in windows.values()  # the demo's letter from a revoked key, as the sync judged it
    made = run_cli("register", "--account", "anna", "-o", tmp_path / "r.csv", "--offline", profile=profile_dir)
    assert made.returncode == 1, made.stderr
    rows = _csv(tmp_path / "r.csv")
    for subject, status in windows.items():
        statuses = {r["Status / Статус"] for r in rows if r["Source / Источник"].rsplit(" (", 1)[0] == subject}
        assert STATUS_WORDS[status] in statuses, (subject, status, statuses)
        uid = next(r["uid"] for r in listed if r["subject"] == subject)
        shown = json.loads(
            run_cli("show", "--uid", str(uid), "--account", "anna", "--json", profile=profile_dir).stdout
        )
        assert shown["verdict"]["status"] == status


def test_a_folders_register_takes_der_files_and_no_row_for_a_signatures_document(
    demo: EmbeddedServer, tmp_path: Path, profile_dir: Path, nca: Path
) -> None:
    """Issue 29: '.der signatures are included, a document next to its signature is not a separate
    unsigned row'. scan.pdf beside scan.pdf.sig is covered by its signature's rows; a PDF with no
    signature beside it is still listed as unsigned; a Kalkan .der is read."""
    from reportlab.pdfgen.canvas import Canvas

    folder = tmp_path / "quarter"
    folder.mkdir()
    for name in ("scan.pdf", "lonely.pdf"):
        canvas = Canvas(str(folder / name))
        canvas.drawString(100, 700, name)
        canvas.save()
    scan = (folder / "scan.pdf").read_bytes()
    (folder / "scan.pdf.sig").write_bytes(_signed_by_two(demo, scan))
    (folder / "kalkan.der").write_bytes((nca / "cms/legal_entity_attached.der").read_bytes())
    made = run_cli("register", folder, "-o", tmp_path / "r.csv", "--trust", demo.data_dir / "pki", profile=profile_dir)
    rows = _csv(tmp_path / "r.csv")
    assert [(r["Source / Источник"], r["Status / Статус"]) for r in rows] == [
        ("kalkan.der", STATUS_WORDS["untrusted"]),  # the NCA test CA is not trusted here: read, and said so
        ("lonely.pdf", STATUS_WORDS["unsigned"]),
        ("scan.pdf.sig", STATUS_WORDS["valid"]),
        ("scan.pdf.sig", STATUS_WORDS["valid"]),
    ], made.stderr


def test_every_status_and_role_has_words() -> None:
    """A register is read by people: no status or role is left as a code."""
    from qazmail_desktop.crypto.oids import ROLE_NAMES

    assert {str(status) for status in Status} | {"unsigned", "error"} == set(STATUS_WORDS)
    assert set(ROLE_NAMES.values()) == set(ROLE_WORDS)


# issue 32: a pile of signed files checked in worker processes -------------------------------------


@pytest.fixture(scope="module")
def rsa_signatures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Signatures of one small act by an accountant under a trusted RSA root, and by a stranger under
    a root nobody trusts; the trusted root's certificate as ``root``."""
    from tests import rsa_pki

    work = tmp_path_factory.mktemp("rsa-pile")
    ours, theirs = work / "ours", work / "theirs"
    ours.mkdir()
    theirs.mkdir()
    accountant = load_signing_key(rsa_pki.make_user(ours, rsa_pki.make_ca(ours), "accountant"), "Qwerty12")
    stranger = load_signing_key(
        rsa_pki.make_user(theirs, rsa_pki.make_ca(theirs, "FOREIGN ROOT"), "stranger"), "Qwerty12"
    )
    scan = _scan_pdf(work / "scan.pdf")
    return {
        "root": (ours / "ca" / "root.cer").read_bytes(),
        "attached": cms.sign(Content(data=ACT), accountant, detached=False),
        "detached": cms.sign(Content(data=ACT), accountant, detached=True),
        "foreign": cms.sign(Content(data=ACT), stranger, detached=False),
        "scan": scan,
        "scan.sig": cms.sign(Content(data=scan), accountant, detached=True),
    }


ACT = "Акт выполненных работ № 17\n".encode() * 20


def _scan_pdf(path: Path) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), invariant=True)
    canvas.drawString(100, 700, "scan")
    canvas.save()
    return path.read_bytes()


def _pile(folder: Path, signatures: dict[str, bytes], copies: int) -> Path:
    """``copies`` times: a valid attached CMS, a detached one whose document was changed after
    signing, a foreign CA's, garbage, and a signed PDF scan with its detached signature; and one file
    too large to be a signature (sparse: it costs no disk)."""
    folder.mkdir()
    for n in range(copies):
        (folder / f"act_{n:03}.txt.cms").write_bytes(signatures["attached"])
        (folder / f"changed_{n:03}.txt").write_bytes(ACT + b"+1")
        (folder / f"changed_{n:03}.txt.sig").write_bytes(signatures["detached"])
        (folder / f"foreign_{n:03}.cms").write_bytes(signatures["foreign"])
        (folder / f"junk_{n:03}.p7s").write_bytes(b"not a signature %d" % n)
        (folder / f"scan_{n:03}.pdf").write_bytes(signatures["scan"])
        (folder / f"scan_{n:03}.pdf.sig").write_bytes(signatures["scan.sig"])
    with (folder / "huge.cms").open("wb") as huge:
        huge.truncate(MAX_SIGNED_FILE + 1)
    return folder


def _trust(tmp_path: Path, signatures: dict[str, bytes]) -> Path:
    trust = tmp_path / "trust"
    trust.mkdir()
    (trust / "root.cer").write_bytes(signatures["root"])
    return trust


def test_a_pile_of_files_gets_the_same_register_from_one_process_or_several(
    rsa_signatures: dict[str, bytes], tmp_path: Path, profile_dir: Path
) -> None:
    """Issue 32: the register of a folder of valid, modified, foreign-CA and garbage files, checked in
    one process and in several, byte for byte the same; every file in its place and with its verdict;
    a FIFO and /dev/zero in the folder are no files of it, and hang nothing."""
    copies = POOL_THRESHOLD // 6 + 4  # enough files that workers check them
    folder = _pile(tmp_path / "pile", rsa_signatures, copies)
    os.mkfifo(folder / "pipe.cms")
    (folder / "zero.cms").symlink_to("/dev/zero")
    trust: list[str | Path] = ["--trust", _trust(tmp_path, rsa_signatures), "--offline"]
    for jobs in ("1", "2", "3"):
        made = run_cli("register", folder, "-o", tmp_path / f"r{jobs}.csv", *trust, "--jobs", jobs, profile=profile_dir)
        assert made.returncode == 1 and "Traceback" not in made.stderr, made.stderr
        assert f"{5 * copies + 1} row(s)" in made.stderr
    register = (tmp_path / "r1.csv").read_bytes()
    assert (tmp_path / "r2.csv").read_bytes() == register and (tmp_path / "r3.csv").read_bytes() == register
    rows = _csv(tmp_path / "r1.csv")
    sources = [r["Source / Источник"] for r in rows]
    assert sources == sorted(sources) and "pipe.cms" not in sources and "zero.cms" not in sources
    assert not any(source.startswith("scan_") and source.endswith(".pdf") for source in sources)
    status = {r["Source / Источник"]: r["Status / Статус"] for r in rows}
    assert status["act_000.txt.cms"] == STATUS_WORDS["indeterminate"]  # trusted; no CRL offline
    assert status[f"scan_{copies - 1:03}.pdf.sig"] == STATUS_WORDS["indeterminate"]
    assert status["changed_000.txt.sig"] == STATUS_WORDS["content_modified"]
    assert status["foreign_000.cms"] == STATUS_WORDS["untrusted"]
    assert status[f"junk_{copies - 1:03}.p7s"] == STATUS_WORDS["malformed"]
    assert status["huge.cms"] == STATUS_WORDS["error"]
    assert "larger than" in next(r["Verdict / Заключение"] for r in rows if r["Source / Источник"] == "huge.cms")


def test_workers_check_what_they_are_given_in_order_and_hang_on_no_pipe_or_device(
    rsa_signatures: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers themselves (not only the folder's listing) refuse a FIFO, /dev/zero and a huge
    file at once with a row each; the rows come back in the files' order, the progress counts to
    the end, and the rows are those this process makes alone."""
    from qazmail_desktop.crypto.trust import TrustStore
    from qazmail_desktop.crypto.verify import VerifyPolicy
    from qazmail_desktop.operations import batch
    from qazmail_desktop.operations.register import files_in, register_of_files

    folder = _pile(tmp_path / "pile", rsa_signatures, POOL_THRESHOLD // 6 + 1)
    os.mkfifo(tmp_path / "pipe.cms")
    files = [tmp_path / "pipe.cms", *files_in([folder]), Path("/dev/zero")]
    trust = TrustStore()
    trust.add_folder(_trust(tmp_path, rsa_signatures))
    policy = VerifyPolicy(trust=trust)

    submitted: list[int] = []
    make_pool = batch._pool

    def counted_pool(workers: int, policy: VerifyPolicy) -> ProcessPoolExecutor:
        pool = make_pool(workers, policy)
        submit = pool.submit

        def counted(*args: Any) -> Any:
            submitted.append(len(args[1]))
            return submit(*args)

        monkeypatch.setattr(pool, "submit", counted)
        return pool

    monkeypatch.setattr(batch, "_pool", counted_pool)
    progress: list[tuple[int, int]] = []
    several = register_of_files(files, policy, lambda done, total, _what: progress.append((done, total)), jobs=2)
    assert submitted, "workers were given files"
    assert progress[-1] == (len(files), len(files)) and progress == sorted(progress)
    alone = register_of_files(files, policy, jobs=1)
    assert several == alone
    assert [several[0].source, several[-1].source] == ["pipe.cms", "zero"]
    assert several[0].status == several[-1].status == "error"
    assert "not a regular file" in several[0].message and "not a regular file" in several[-1].message


def test_ctrl_c_stops_the_workers_and_writes_no_register(
    rsa_signatures: dict[str, bytes], tmp_path: Path, profile_dir: Path
) -> None:
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) while workers check a pile:
    exit 130 with one line, no traceback from any worker, no register written, no worker left."""
    folder = _pile(tmp_path / "pile", rsa_signatures, 200)  # a second or two of work: still running when hit
    output = tmp_path / "r.csv"
    env = {
        **os.environ,
        "QAZMAIL_PROFILE": str(profile_dir),
        "LANGUAGE": "",
        "LC_ALL": "C.UTF-8",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    trust = _trust(tmp_path, rsa_signatures)
    command = [sys.executable, "-m", "qazmail_desktop", "register", str(folder), "--trust", str(trust)]
    proc = subprocess.Popen(
        [*command, "--offline", "-o", str(output), "--jobs", "2"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        while not (workers := _children(proc.pid)) and proc.poll() is None:  # the workers are starting
            time.sleep(0.005)
        assert all(_deaf_to_ctrl_c(pid) for pid in workers)  # whenever it comes, no worker's traceback
        os.killpg(proc.pid, signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, stderr
    assert stderr.strip() == "qazmail-desktop: interrupted" and not output.exists()
    deadline = time.monotonic() + 30  # gone at once; the resource tracker when it sees its pipe closed
    while [pid for pid in workers if _alive(pid)] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers and not [pid for pid in workers if _alive(pid)]


def _children(parent: int) -> list[int]:
    """The processes whose parent is ``parent`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields_ = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields_[1]) == parent:
                found.append(int(entry.name))
    return found


def _deaf_to_ctrl_c(pid: int) -> bool:
    """Whether SIGINT is blocked or ignored in a process (gone: nothing to hear it)."""
    try:
        status = (Path("/proc") / str(pid) / "status").read_text()
    except OSError:
        return True
    masks = dict(line.split(":\t", 1) for line in status.splitlines() if line.startswith(("SigBlk", "SigIgn")))
    return any(int(masks[name], 16) & (1 << (signal.SIGINT - 1)) for name in ("SigBlk", "SigIgn"))


def _alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False



def test_a_policy_rebuilt_in_a_worker_judges_as_this_process_does(nca: Path, tmp_path: Path) -> None:
    """The recipe a worker rebuilds its policy from carries everything a verdict depends on: the
    mailbox checker's workers lost the CAs' roles and the OCSP answers kept for offline use."""
    from asn1crypto import ocsp

    from qazmail_desktop.crypto.policyrecipe import PolicyRecipe
    from qazmail_desktop.profile import Profile
    from qazmail_desktop.signing.policy import build_policy

    policy = build_policy(Profile.resolve(str(tmp_path / "profile")), [nca / "ca"], sorted((nca / "crl").glob("*")))
    answer = next(iter(sorted((nca / "ocsp").glob("*"))))
    policy.kept_ocsp.append(ocsp.OCSPResponse.load(answer.read_bytes()).basic_ocsp_response)
    assert policy.trust.roles and policy.crls.crls
    rebuilt = PolicyRecipe.of(policy).policy()
    assert rebuilt.trust.roles == policy.trust.roles
    assert [c.dump() for c in rebuilt.trust.roots] == [c.dump() for c in policy.trust.roots]
    assert [c.dump() for c in rebuilt.trust.intermediates] == [c.dump() for c in policy.trust.intermediates]
    assert [c.dump() for c in rebuilt.crls.crls] == [c.dump() for c in policy.crls.crls]
    assert [a.dump() for a in rebuilt.kept_ocsp] == [a.dump() for a in policy.kept_ocsp]
    assert (rebuilt.online, rebuilt.crl_cache, rebuilt.now) == (policy.online, policy.crl_cache, policy.now)
