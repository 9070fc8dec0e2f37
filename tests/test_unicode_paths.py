"""Every file the command line reads or writes under a path with Kazakh and Cyrillic letters and spaces,
as a user named Әлия has them on Windows (C:\\Users\\Әлия\\Documents\\Менің құжаттарым): the profile, the
key, documents, signatures, extracted files, registers, cards, the embedded server's data and the
folder attachments are saved into. Run through the real console entry point (integration tier)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from qazmail_desktop.server.demo import DEMO_ACCOUNTS, seed_demo
from qazmail_desktop.server.pki import DEMO_PASSWORD
from qazmail_desktop.server.runner import EmbeddedServer
from tests.conftest import PASSWORD, run_cli
from tests.pdfgen import one_page_pdf

# C:\Users\Әлия Сәрсенқызы\Менің құжаттарым: Kazakh letters (ә ң қ ұ і ө), Cyrillic, spaces
HOME_PARTS = ("Users", "Әлия Сәрсенқызы", "Менің құжаттарым")
DOCUMENT = "Шарт № 5: 1 200 000 ₸\nҚазақша: әғқңөұүһі; русский: ёщъ\n".encode()
XML_ACT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<акт xmlns="urn:demo:act"><нөмір>45</нөмір><сома>1 250 000</сома></акт>\n'
)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("unicode").joinpath(*HOME_PARTS)
    path.mkdir(parents=True)
    return path


@pytest.fixture(scope="module")
def kazakh_server(home: Path) -> Iterator[EmbeddedServer]:
    """The embedded server and demo PKI with their data (mailboxes, keys, CA state) under the same path."""
    server = EmbeddedServer(home / "Пошта сервері (демо)").start_in_thread()
    seed_demo(server)
    yield server
    server.stop()


def _folder(parent: Path, name: str) -> Path:
    path = parent / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def _nca_trust(nca: Path, home: Path) -> list[str | Path]:
    """The NCA test CAs and CRL, copied into a folder of that path too."""
    trust = _folder(home, "Сенімді ОО сертификаттары")
    for cert in (nca / "ca").glob("*.cer"):
        shutil.copy(cert, trust / cert.name)
    crl = trust / "ҰКО тізімі (CRL).crl"
    shutil.copy(nca / "crl" / "nca_gost2022_test.crl", crl)
    return ["--trust", trust, "--crl", crl, "--offline"]


def _key(nca: Path, home: Path, source: str, name: str) -> Path:
    key = _folder(home, "ЭЦҚ кілттері") / name
    shutil.copy(nca / "keys" / source, key)
    return key


def _ok(proc: object) -> None:
    assert proc.returncode == 0, proc.stdout + proc.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in proc.stderr  # type: ignore[attr-defined]


def _no_secret_under(folder: Path, *secrets: str) -> None:
    """No file below ``folder`` holds one of ``secrets``, as UTF-8 or as Windows' UTF-16."""
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in secrets:
                for form in (secret.encode(), secret.encode("utf-16-le")):
                    assert form not in data, f"{secret!r} found in {path}"


def test_sign_verify_extract_cosign_and_register_under_a_kazakh_path(nca: Path, home: Path) -> None:
    work = _folder(home, "Шарттар 2026")
    profile = home / "QazMail профилі"  # --profile DIR that does not exist yet
    key = _key(nca, home, "legal/valid/head.p12", "Басшы кілті (ТЕСТОВ).p12")
    second = _key(nca, home, "individual/valid/individual_valid.p12", "Жеке тұлға кілті.p12")
    trust = _nca_trust(nca, home)
    doc = work / "Шарт № 5 — акт.txt"
    doc.write_bytes(DOCUMENT)
    sign: list[str | Path] = ["--profile", profile, "sign", doc, "--password-env", "QAZMAIL_TEST_PW", "--offline"]

    attached = work / "Шарт № 5 — акт.txt.cms"
    _ok(run_cli(*sign, "--key", key, "-o", attached))
    verdict = run_cli("--profile", profile, "verify", attached, "--json", *trust)
    _ok(verdict)
    (signer,) = json.loads(verdict.stdout)["signers"]
    assert signer["status"] == "valid" and signer["bin"] == "123456789021"
    extracted = _folder(home, "Шығарылған құжаттар") / "Шарт (қол қойылған нұсқа).txt"
    _ok(run_cli("--profile", profile, "verify", attached, "--extract", extracted, *trust))
    assert extracted.read_bytes() == DOCUMENT

    detached = work / "Шарт № 5 — акт.txt.sig"
    _ok(run_cli(*sign, "--key", second, "--detached", "-o", detached))
    _ok(run_cli("--profile", profile, "verify", detached, "--data", doc, *trust))

    both = work / "Екі қолтаңба — шарт.cms"
    _ok(run_cli("--profile", profile, "cosign", attached, "--key", second, "--password-env", "QAZMAIL_TEST_PW",
                "--offline", "-o", both))  # fmt: skip
    verdict = run_cli("--profile", profile, "verify", both, "--json", *trust)
    _ok(verdict)
    assert [s["status"] for s in json.loads(verdict.stdout)["signers"]] == ["valid", "valid"]

    info = run_cli("--profile", profile, "keyinfo", key, "--password-env", "QAZMAIL_TEST_PW", "--offline", "--json")
    _ok(info)
    assert "123456789021" in info.stdout

    # the register of the folder, in each format, into a folder of that path
    registers = _folder(home, "Тізілімдер")
    for name in ("Қолтаңбалар тізілімі.csv", "Қолтаңбалар тізілімі.xlsx", "Қолтаңбалар тізілімі.pdf"):
        _ok(run_cli("--profile", profile, "register", work, "-o", registers / name, *trust))
        assert (registers / name).stat().st_size > 0
    data = (registers / "Қолтаңбалар тізілімі.csv").read_bytes()
    rows = list(csv.DictReader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))
    assert sorted(r["Source / Источник"] for r in rows) == sorted([attached.name, detached.name, both.name, both.name])

    # trust add of a certificate from that path, into the profile under that path
    _ok(run_cli("--profile", profile, "trust", "add", *sorted((home / "Сенімді ОО сертификаттары").glob("*.cer"))))
    listed = run_cli("--profile", profile, "trust", "list", "--json")
    _ok(listed)
    assert len(list((profile / "trust").glob("*.cer"))) == len(list((nca / "ca").glob("*.cer"))), listed.stdout
    _no_secret_under(profile, PASSWORD)


def test_kazakh_words_into_a_legacy_code_page_are_no_traceback(nca: Path, home: Path) -> None:
    """Windows writes redirected output in its ANSI code page (cp1251 on a Kazakh or Russian system),
    which has no ә, қ, ң, ұ, ү, ө, ғ, һ: `keyinfo --lang kk KEY > info.txt` ended in a UnicodeEncodeError.
    Here the same code page is forced the way Python allows on Linux."""
    key = _key(nca, home, "legal/valid/head.p12", "Кілт (cp1251).p12")
    proc = subprocess.run(
        [sys.executable, "-m", "qazmail_desktop", "--lang", "kk", "--profile", home / "cp1251 профилі",
         "keyinfo", key, "--password-env", "QAZMAIL_TEST_PW", "--offline"],
        capture_output=True, timeout=300,
        env={**os.environ, "QAZMAIL_TEST_PW": PASSWORD, "PYTHONIOENCODING": "cp1251", "LANGUAGE": ""},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode("cp1251", "replace")
    assert b"Traceback" not in proc.stderr and b"123456789021" in proc.stdout
    assert "ТЕСТОВ".encode("cp1251") in proc.stdout  # Cyrillic the code page has stays readable


def test_signed_xml_and_pdf_under_a_kazakh_path(nca: Path, home: Path) -> None:
    work = _folder(home, "XML және PDF құжаттар")
    profile = _folder(home, "Профиль (QAZMAIL_PROFILE)")  # this time through the environment
    key = _key(nca, home, "legal/valid/head.p12", "Басшы кілті (XML, PDF).p12")
    trust = _nca_trust(nca, home)
    base: list[str | Path] = ["--key", key, "--password-env", "QAZMAIL_TEST_PW", "--offline"]

    act = work / "Акт № 45 (электрондық).xml"
    act.write_text(XML_ACT, encoding="utf-8")
    signed_xml = work / "Акт № 45 — қол қойылған.xml"
    _ok(run_cli("sign", act, "--xml", *base, "-o", signed_xml, profile=profile))
    verdict = run_cli("verify", signed_xml, "--json", *trust, profile=profile)
    _ok(verdict)
    assert [s["status"] for s in json.loads(verdict.stdout)["signers"]] == ["valid"]
    xml_out = work / "Акт (шығарылған).xml"
    _ok(run_cli("verify", signed_xml, "--extract", xml_out, *trust, profile=profile))
    assert xml_out.read_bytes()

    pdf = work / "Келісімшарт № 7.pdf"
    pdf.write_bytes(one_page_pdf("Келісімшарт № 7"))
    signed_pdf = work / "Келісімшарт № 7 — қол қойылған.pdf"
    _ok(run_cli("sign", pdf, "--pades", *base, "-o", signed_pdf, profile=profile))
    verdict = run_cli("verify", signed_pdf, "--json", *trust, profile=profile)
    _ok(verdict)
    assert json.loads(verdict.stdout)["valid"] is True
    pdf_out = work / "Келісімшарт (қол қойылғандай).pdf"
    _ok(run_cli("verify", signed_pdf, "--extract", pdf_out, *trust, profile=profile))
    assert pdf_out.read_bytes().startswith(b"%PDF")
    _no_secret_under(profile, PASSWORD)


def test_a_card_under_a_kazakh_path(kazakh_server: EmbeddedServer, home: Path) -> None:
    """Keys and the demo CAs from the server's folder under that path, the card written and read there."""
    work = _folder(home, "Құжат карточкалары")
    profile = home / "Карточка профилі"
    pki = kazakh_server.data_dir / "pki"
    doc = work / "Салыстыру акті.txt"
    doc.write_bytes(DOCUMENT)
    signature = work / "Салыстыру акті.txt.cms"
    _ok(run_cli("--profile", profile, "trust", "add", pki / "demo_root.cer", pki / "demo_ca.cer"))
    _ok(run_cli("--profile", profile, "sign", doc, "--key", kazakh_server.data_dir / "keys" / "anna_sign.p12",
                "--password-env", "DEMO_KEY_PW", "--tsa", f"{kazakh_server.base_url}/tsp", "-o", signature,
                env={"DEMO_KEY_PW": DEMO_PASSWORD}))  # fmt: skip
    card = work / "Карточка — салыстыру акті.pdf"
    _ok(run_cli("--profile", profile, "card", "create", doc, "--signature", signature, "--description",
                "ІІІ тоқсан", "--trust", pki, "-o", card))  # fmt: skip
    out = _folder(work, "Карточкадан шығарылғандар")
    checked = run_cli("--profile", profile, "card", "verify", card, "--trust", pki, "--extract", out)
    _ok(checked)
    assert (out / doc.name).read_bytes() == DOCUMENT


def test_mail_attachments_sent_and_saved_under_a_kazakh_path(kazakh_server: EmbeddedServer, home: Path) -> None:
    anna = DEMO_ACCOUNTS[0]
    profile = home / "Пошта профилі"
    env = {"ACCOUNT_PW": anna.password, "DEMO_KEY_PW": DEMO_PASSWORD}
    _ok(run_cli("--profile", profile, "account", "add", anna.name, "--email", anna.email,
                "--imap", f"127.0.0.1:{kazakh_server.imap_port}", "--smtp", f"127.0.0.1:{kazakh_server.smtp_port}",
                "--user", anna.email, "--security", "none", "--password-env", "ACCOUNT_PW", env=env))  # fmt: skip
    pki = kazakh_server.data_dir / "pki"
    _ok(run_cli("--profile", profile, "trust", "add", pki / "demo_root.cer", pki / "demo_ca.cer"))

    # a letter to herself with an attachment from that path, signed and with the attachment signed beside it
    outgoing = _folder(home, "Жіберілетін хаттар")
    body = outgoing / "Хат мәтіні.txt"
    body.write_text("Сәлеметсіз бе! Шарт қоса берілді.\n", encoding="utf-8")
    attachment = outgoing / "Есеп-шот № 7 (қазан).txt"
    attachment.write_bytes(DOCUMENT)
    sent = run_cli("--profile", profile, "send", "--account", anna.name, "--to", anna.email,
                   "--subject", "Есеп-шот № 7", "--body-file", body, "--attach", attachment,
                   "--password-env", "ACCOUNT_PW", "--sign-key", kazakh_server.data_dir / "keys" / "anna_sign.p12",
                   "--key-password-env", "DEMO_KEY_PW", "--sign-attachments", env=env)  # fmt: skip
    _ok(sent)
    _ok(run_cli("--profile", profile, "sync", anna.name, "--password-env", "ACCOUNT_PW", env=env))
    inbox = json.loads(run_cli("--profile", profile, "list", "--account", anna.name, "--json").stdout)

    saved = _folder(home, "Сақталған тіркемелер")
    ours = next(letter for letter in inbox if letter["subject"] == "Есеп-шот № 7")
    proc = run_cli("--profile", profile, "save-attachments", "--account", anna.name, "--uid", str(ours["uid"]),
                   "-o", saved)  # fmt: skip
    _ok(proc)
    assert sorted(Path(line).name for line in proc.stdout.splitlines()) == [
        "Есеп-шот № 7 (қазан).txt",
        "Есеп-шот № 7 (қазан).txt.sig",
    ]
    assert (saved / attachment.name).read_bytes() == DOCUMENT
    _ok(run_cli("--profile", profile, "verify", saved / f"{attachment.name}.sig", "--data", saved / attachment.name))

    # a demo letter's signed attachment, saved and verified there too
    act = next(letter for letter in inbox if "Акт выполненных работ" in letter["subject"])
    proc = run_cli("--profile", profile, "save-attachments", "--account", anna.name, "--uid", str(act["uid"]),
                   "-o", saved)  # fmt: skip
    _ok(proc)
    (cms,) = (Path(line) for line in proc.stdout.splitlines())
    assert cms.parent == saved and cms.is_file()
    verdict = run_cli("--profile", profile, "verify", cms, "--json")
    assert json.loads(verdict.stdout)["signers"], verdict.stderr

    # neither the key's nor the account's password anywhere in the profile
    _no_secret_under(profile, DEMO_PASSWORD, anna.password)
