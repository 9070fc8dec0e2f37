"""The register of signatures (issue #20): a folder of signed files, or a mail folder's signed
letters, checked into CSV and PDF, one row per signer, through the real command line."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import pytest

from qazmail_desktop.crypto.status import Status
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
