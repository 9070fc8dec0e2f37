"""The EDS commands speak Kazakh and Russian (issue 29): sign, verify, keyinfo, card and register
write their words in the user's language, the signature's status as the window's signature cards
say it; the values (IIN, BIN, names), the JSON and the exit codes stay what they are in English."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from qazmail_desktop.cli import speech
from qazmail_desktop.cli.eds import status_words, validity_text
from qazmail_desktop.crypto.identity import CertificateInfo
from qazmail_desktop.crypto.status import Status
from qazmail_desktop.server.runner import EmbeddedServer
from tests.conftest import run_cli
from tests.test_cards import DOCUMENT, _signed_by_two

RU = ("--lang", "ru")
KK_ENV = {"LC_ALL": "kk_KZ.UTF-8"}
IIN, BIN, NAME, ORGANIZATION = "123456789011", "123456789021", "ТЕСТОВ ТЕСТ", 'АО "ТЕСТ"'


def _trust(nca: Path) -> list[str]:
    return ["--trust", str(nca / "ca"), "--crl", str(nca / "crl" / "nca_gost2022_test.crl"), "--offline"]


def _in(language: str, *args: str | Path, profile: Path) -> subprocess.CompletedProcess[str]:
    """The command in ``language``: Russian by --lang, Kazakh by the locale, English by default."""
    if language == "ru":
        return run_cli(*RU, *args, profile=profile)
    return run_cli(*args, env=KK_ENV if language == "kk" else None, profile=profile)


def _column(text: str, values: list[str]) -> set[int]:
    """Where each value starts on its line: one column when the labels before them are aligned."""
    return {line.index(value) for value in values for line in text.splitlines() if line.endswith(value)}


def _without_moments(data: Any) -> Any:
    """The JSON without the moment of judging (now, which differs between two runs)."""
    if isinstance(data, dict):
        return {k: _without_moments(v) for k, v in data.items() if k != "judged_at"}
    if isinstance(data, list):
        return [_without_moments(v) for v in data]
    return data


@pytest.fixture
def signed(tmp_path: Path, nca: Path, profile_dir: Path) -> Path:
    """An act signed (attached) by the legal entity's head of the NCA test keys."""
    doc = tmp_path / "акт.txt"
    doc.write_text("Акт выполненных работ № 7", encoding="utf-8")
    key = nca / "keys/legal/valid/head.p12"
    out = tmp_path / "акт.txt.cms"
    proc = run_cli(
        "--lang", "ru", "sign", doc, "--key", key, "--password-env", "QAZMAIL_TEST_PW", "-o", out, profile=profile_dir
    )
    assert proc.returncode == 0, proc.stderr
    assert f"подписано: {NAME} (GOST 34.10-2015 512) -> {out}" in proc.stderr
    assert "signed by" not in proc.stderr
    return out


@pytest.fixture
def english() -> Iterator[None]:
    yield
    speech.use_language("en")


def test_verify_speaks_russian_and_kazakh_with_the_same_values(signed: Path, nca: Path, profile_dir: Path) -> None:
    runs = {
        language: _in(language, "verify", signed, *_trust(nca), profile=profile_dir) for language in ("en", "ru", "kk")
    }
    assert {proc.returncode for proc in runs.values()} == {0}, {k: p.stderr for k, p in runs.items()}
    en, ru, kk = runs["en"].stdout, runs["ru"].stdout, runs["kk"].stdout
    assert en.startswith("signature 1: [VALID] signature valid;")
    assert f"  signer:       {NAME}\n  IIN:          {IIN}\n" in en  # English as it always was

    assert ru.startswith("подпись 1: [Подпись действительна] ")
    for words in ("подписант:", "ИИН:", "организация:", f"{ORGANIZATION}, БИН {BIN}", "роли:", "Юридическое лицо"):
        assert words in ru, ru
    for english_words in ("signer:", "VALID", "IIN:", "organization:", "BIN ", "legal_entity", "claimed by the signer"):
        assert english_words not in ru, ru
    assert kk.startswith("қолтаңба 1: [Қолтаңба дұрыс] ")
    for words in ("қол қоюшы:", "ЖСН:", "ұйым:", f"{ORGANIZATION}, БСН {BIN}", "Заңды тұлға"):
        assert words in kk, kk
    assert "signer:" not in kk and "VALID" not in kk
    for text in (en, ru, kk):  # the values unchanged, in one column under labels of another length
        assert NAME in text and IIN in text and BIN in text
        assert len(_column(text, [NAME, IIN])) == 1, text


def test_json_and_exit_codes_are_the_same_in_every_language(
    signed: Path, tmp_path: Path, nca: Path, profile_dir: Path
) -> None:
    as_json = [
        _in(language, "verify", signed, "--json", *_trust(nca), profile=profile_dir) for language in ("en", "ru", "kk")
    ]
    assert [proc.returncode for proc in as_json] == [0, 0, 0]
    first, *others = (_without_moments(json.loads(proc.stdout)) for proc in as_json)
    assert all(other == first for other in others)
    assert first["signers"][0]["status"] == "valid"

    doc, sig = tmp_path / "invoice.txt", tmp_path / "invoice.txt.sig"
    doc.write_bytes(b"Invoice 1000 KZT")
    key = nca / "keys/individual/valid/individual_valid.p12"
    made = run_cli("sign", doc, "--key", key, "--password-env", "QAZMAIL_TEST_PW", "--detached", "-o", sig)
    assert made.returncode == 0, made.stderr
    doc.write_bytes(b"Invoice 9000 KZT")
    runs = {
        language: _in(language, "verify", sig, "--data", doc, *_trust(nca), profile=profile_dir)
        for language in ("en", "ru", "kk")
    }
    assert {proc.returncode for proc in runs.values()} == {1}
    assert "[CONTENT_MODIFIED]" in runs["en"].stdout
    assert "[Документ изменён после подписания]" in runs["ru"].stdout and "CONTENT_MODIFIED" not in runs["ru"].stdout
    assert "[Құжат қол қойылғаннан кейін өзгертілді]" in runs["kk"].stdout
    missing = _in("ru", "verify", sig, *_trust(nca), profile=profile_dir)  # the document is named after it
    assert missing.returncode == 1 and "[Нет подписанного документа]" in missing.stdout
    assert "укажите подписанный документ через --data FILE" in missing.stdout


def test_keyinfo_in_kazakh(nca: Path, profile_dir: Path) -> None:
    key = nca / "keys/legal/valid/head.p12"
    args = ("keyinfo", key, "--password-env", "QAZMAIL_TEST_PW", "--offline")
    en, kk = _in("en", *args, profile=profile_dir), _in("kk", *args, profile=profile_dir)
    assert en.returncode == kk.returncode == 0, kk.stderr
    assert "Key purpose:  signing\n" in en.stdout and "Revocation:   not checked (--offline)\n" in en.stdout
    for words in ("Иесі:", "ЖСН:", "БСН:", "Кілттің мақсаты:", "қол қою", "дейін жарамды", "күн қалды", "тексерілмеді"):
        assert words in kk.stdout, kk.stdout
    for english_words in ("\nName:", "Key purpose", "signing", "valid until", "days left", "not checked"):
        assert english_words not in "\n" + kk.stdout, kk.stdout  # the issuer's name (Common Name: …) is as it is
    serial = next(line.split()[-1] for line in en.stdout.splitlines() if line.startswith("Serial:"))
    assert serial in kk.stdout and IIN in kk.stdout and NAME in kk.stdout
    assert len(_column(kk.stdout, [NAME, serial, "GOST 34.10-2015 512"])) == 1, kk.stdout
    as_json = [_in(language, *args, "--json", profile=profile_dir).stdout for language in ("en", "kk")]
    assert as_json[0] == as_json[1] and json.loads(as_json[1])["revocation"] == "not checked (--offline)"


def test_bad_input_is_told_in_russian_with_exit_2(tmp_path: Path, nca: Path, profile_dir: Path) -> None:
    folder = tmp_path / "ключи"
    folder.mkdir()
    missing = tmp_path / "нет.p12"
    for key, expected in ((folder, f"файл ключа: {folder} — это папка, а не файл"), (missing, "файл ключа: ")):
        proc = _in("ru", "keyinfo", key, "--password-env", "QAZMAIL_TEST_PW", profile=profile_dir)
        assert proc.returncode == 2 and expected in proc.stderr, proc.stderr
        assert str(key) in proc.stderr and "key file" not in proc.stderr and "Traceback" not in proc.stderr
    doc = tmp_path / "act.txt"
    doc.write_text("Акт", encoding="utf-8")
    key = nca / "keys/legal/valid/head.p12"
    proc = _in("ru", "sign", doc, "--pades", "--key", key, "-o", tmp_path / "x.pdf", profile=profile_dir)
    assert proc.returncode == 2 and f"{doc} — не PDF-файл; --pades подписывает только PDF" in proc.stderr
    proc = _in("kk", "verify", doc, "--data", doc, profile=profile_dir)  # not a signature at all
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_register_sums_up_in_russian(signed: Path, tmp_path: Path, nca: Path, profile_dir: Path) -> None:
    out = tmp_path / "реестр.csv"
    proc = _in("ru", "register", signed, "--output", out, *_trust(nca), profile=profile_dir)
    assert proc.returncode == 0, proc.stderr
    assert f"строк: 1, недействительных: 0 -> {out}" in proc.stderr and "row(s)" not in proc.stderr


def test_every_status_has_the_windows_words(english: None) -> None:
    speech.use_language("en")
    assert status_words(Status.REVOKED) == "REVOKED" and status_words(Status.AMBIGUOUS) == "AMBIGUOUS_STRUCTURE"
    for language in ("ru", "kk"):
        speech.use_language(language)
        for status in Status:
            assert status_words(status) != status.upper(), (language, status)
    speech.use_language("ru")
    assert status_words(Status.REVOKED) == "Сертификат отозван"
    speech.use_language("kk")
    assert status_words(Status.VALID) == "Қолтаңба дұрыс"


def test_validity_in_words(english: None) -> None:
    now = dt.datetime(2026, 12, 5, tzinfo=dt.UTC)

    def info(days_before: int, days_after: int) -> CertificateInfo:
        valid = SimpleNamespace(
            not_before=now - dt.timedelta(days=days_before), not_after=now + dt.timedelta(days=days_after)
        )
        return cast(CertificateInfo, valid)

    speech.use_language("en")
    assert validity_text(info(10, 1), now) == "valid until 06.12.2026, 1 day left"
    assert validity_text(info(10, 3), now) == "valid until 08.12.2026, 3 days left"
    speech.use_language("ru")
    assert validity_text(info(10, 3), now) == "действителен до 08.12.2026, осталось дней: 3"
    assert validity_text(info(10, -2), now).startswith("ИСТЁК 03.12.2026")
    speech.use_language("kk")
    assert validity_text(info(10, 1), now) == "06.12.2026 дейін жарамды, 1 күн қалды"
    assert validity_text(info(-1, 30), now) == "06.12.2026 дейін жарамсыз"


def test_a_time_stamped_signature_and_its_card_in_russian(
    demo: EmbeddedServer, tmp_path: Path, profile_dir: Path
) -> None:
    (tmp_path / "act.txt").write_bytes(DOCUMENT)
    (tmp_path / "act.txt.cms").write_bytes(_signed_by_two(demo, DOCUMENT))
    trust = ["--trust", str(demo.data_dir / "pki")]
    verified = _in(
        "ru", "verify", tmp_path / "act.txt.cms", "--data", tmp_path / "act.txt", *trust, profile=profile_dir
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    for words in ("подпись 2: [Подпись действительна]", "подписано не позднее:", "доказано доверенной меткой времени"):
        assert words in verified.stdout, verified.stdout
    assert "метка времени:" in verified.stdout and "time-stamp" not in verified.stdout
    card = tmp_path / "карточка.pdf"
    made = _in(
        "ru",
        "card",
        "create",
        tmp_path / "act.txt",
        "--signature",
        tmp_path / "act.txt.cms",
        "-o",
        card,
        *trust,
        profile=profile_dir,
    )
    assert made.returncode == 0 and f"карточка документа act.txt -> {card}" in made.stderr, made.stderr
    checked = {
        language: _in(language, "card", "verify", card, *trust, profile=profile_dir) for language in ("en", "ru")
    }
    assert checked["en"].returncode == checked["ru"].returncode == 0, checked["ru"].stdout
    assert "signature 1 (1.cms): PASSES — valid" in checked["en"].stdout
    ru = checked["ru"].stdout
    assert "подпись 1 (1.cms): ПРОХОДИТ — Подпись действительна" in ru and "время подписи:" in ru
    assert ru.rstrip().endswith(
        "карточка цела: каждая подпись действительна для оригинала и сама себя доказывает; страницы показывают именно их"
    )
    assert "PASSES" not in ru and "signer:" not in ru
    untrusted = _in("ru", "card", "verify", card, profile=profile_dir)
    assert untrusted.returncode == 1 and "НЕ ДОВЕРЯЙТЕ данным этой карточки" in untrusted.stdout
