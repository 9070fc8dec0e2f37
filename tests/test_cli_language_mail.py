"""The mail, outbox and trust commands in Kazakh and Russian (issue 29): what `list`, `show`,
`sync`, `outbox` and `trust list` write for a person is in the chosen language, what they write
for a program (--json) and their exit codes are the same in every language."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qazmail_desktop.cli import speech
from qazmail_desktop.cli.common import print_notes
from qazmail_desktop.server.demo import DEMO_ACCOUNTS
from qazmail_desktop.server.runner import EmbeddedServer
from tests.conftest import run_cli
from tests.test_demo_pki import synced_demo_account

RU: tuple[list[str], dict[str, str]] = (["--lang", "ru"], {})
KK: tuple[list[str], dict[str, str]] = ([], {"LC_ALL": "kk_KZ.UTF-8"})  # the locale's language
EN: tuple[list[str], dict[str, str]] = ([], {})
REVOKED_SUBJECT = "Доверенность на получение груза"


class Mailbox:
    """A profile with the demo's anna synced (her INBOX as `list --json` gives it) and a letter
    the demo's SMTP server refused waiting in the outbox."""

    def __init__(self, profile: Path, inbox: list[dict[str, Any]]) -> None:
        self.profile = profile
        self.inbox = inbox

    def run(self, language: tuple[list[str], dict[str, str]], *args: str | Path) -> subprocess.CompletedProcess[str]:
        arguments, env = language
        return run_cli(*arguments, *args, env=env, profile=self.profile)

    def uid(self, match: str) -> str:
        return str(next(letter["uid"] for letter in self.inbox if match in letter["subject"]))


@pytest.fixture(scope="module")
def mailbox(demo: EmbeddedServer, tmp_path_factory: pytest.TempPathFactory) -> Mailbox:
    profile = tmp_path_factory.mktemp("language-mail") / "profile"
    profile.mkdir()
    anna = DEMO_ACCOUNTS[0]
    inbox = synced_demo_account(demo, anna, profile)
    sent = run_cli(
        "send",
        "--account",
        anna.name,
        "--to",
        "someone@gmail.com",  # the demo server delivers locally only: refused, kept as failed
        "--subject",
        "Счёт 12",
        "--body-file",
        "-",
        "--password-env",
        "ACCOUNT_PW",
        env={"ACCOUNT_PW": anna.password},
        input_=b"x\n",
        profile=profile,
    )
    assert "Traceback" not in sent.stderr, sent.stderr
    return Mailbox(profile, inbox)


def _same_json(mailbox: Mailbox, *args: str) -> Any:
    """``args`` with --json in English, Russian and Kazakh: one and the same output, exit 0."""
    outputs = [mailbox.run(language, *args, "--json") for language in (EN, RU, KK)]
    assert [proc.returncode for proc in outputs] == [0, 0, 0], [proc.stderr for proc in outputs]
    assert outputs[0].stdout == outputs[1].stdout == outputs[2].stdout
    return json.loads(outputs[0].stdout)


def test_list_speaks_the_language_and_its_json_does_not(mailbox: Mailbox) -> None:
    english = mailbox.run(EN, "list", "--account", "anna")
    russian = mailbox.run(RU, "list", "--account", "anna")
    kazakh = mailbox.run(KK, "list", "--account", "anna")
    assert english.returncode == russian.returncode == kazakh.returncode == 0, russian.stderr + kazakh.stderr
    assert "N new, * flagged, @ attachments; signatures: ✓ valid" in english.stdout
    assert "N новое, * помечено, @ вложения; подписи: ✓ действительна" in russian.stdout
    assert "; время UTC" in russian.stdout  # the zone is the machine's
    for word in ("new", "flagged", "signatures", "valid", "not proven", "times UTC"):
        assert word not in russian.stdout.splitlines()[-1], word
    assert "N жаңа, * белгіленген, @ тіркемелер; қолтаңбалар: ✓ жарамды" in kazakh.stdout
    # the letters' lines are the same: only the legend is in words
    assert english.stdout.splitlines()[:-1] == russian.stdout.splitlines()[:-1] == kazakh.stdout.splitlines()[:-1]
    assert _same_json(mailbox, "list", "--account", "anna") == mailbox.inbox


def test_show_labels_and_verdict_in_russian_and_kazakh(mailbox: Mailbox) -> None:
    uid = mailbox.uid(REVOKED_SUBJECT)
    english = mailbox.run(EN, "show", "--account", "anna", "--uid", uid)
    assert english.stdout.startswith("letter: [REVOKED] ") and "\nSubject: " in english.stdout
    russian = mailbox.run(RU, "show", "--account", "anna", "--uid", uid)
    assert russian.returncode == english.returncode == 0, russian.stderr
    assert russian.stdout.startswith("письмо: [ОТОЗВАН] "), russian.stdout
    for label in ("\nОт: ", "\nКому: ", "\nДата: ", f"\nТема: {REVOKED_SUBJECT}", "  подписант: ", ", ИИН "):
        assert label in russian.stdout, label
    for label in ("letter:", "[REVOKED]", "\nFrom: ", "\nTo: ", "\nDate: ", "\nSubject: ", "signer:", "IIN", "BIN"):
        assert label not in russian.stdout, label
    kazakh = mailbox.run(KK, "show", "--account", "anna", "--uid", uid)
    assert kazakh.returncode == 0 and kazakh.stdout.startswith("хат: [КЕРІ ҚАЙТАРЫЛҒАН] "), kazakh.stdout
    for label in ("\nКімнен: ", "\nКімге: ", "\nКүні: ", "\nТақырып: ", "  қол қоюшы: ", ", ЖСН ", ", БСН "):
        assert label in kazakh.stdout, label
    shown = _same_json(mailbox, "show", "--account", "anna", "--uid", uid)
    assert set(shown["headers"]) >= {"From", "To", "Subject"} and shown["verdict"]["status"] == "revoked"


def test_show_names_attachments_in_the_language(mailbox: Mailbox) -> None:
    uid = mailbox.uid("Акт выполненных работ")
    assert "\nAttachment: act_45.txt.cms (" in mailbox.run(EN, "show", "--account", "anna", "--uid", uid).stdout
    russian = mailbox.run(RU, "show", "--account", "anna", "--uid", uid).stdout
    assert "\nВложение: act_45.txt.cms (" in russian and " байт)" in russian and "Attachment" not in russian
    assert "\nТіркеме: act_45.txt.cms (" in mailbox.run(KK, "show", "--account", "anna", "--uid", uid).stdout


def test_outbox_states_in_the_language(mailbox: Mailbox) -> None:
    english = mailbox.run(EN, "outbox", "list")
    assert "[failed]" in english.stdout and "last attempt:" in english.stdout
    russian = mailbox.run(RU, "outbox", "list")
    assert russian.returncode == 0 and "[не удалось]" in russian.stdout and "последняя попытка: " in russian.stdout
    assert "[failed]" not in russian.stdout and "last attempt" not in russian.stdout
    kazakh = mailbox.run(KK, "outbox", "list")
    assert "[сәтсіз]" in kazakh.stdout and "соңғы әрекет: " in kazakh.stdout
    (letter,) = _same_json(mailbox, "outbox", "list")
    assert letter["state"] == "failed" and letter["subject"] == "Счёт 12"
    gone = mailbox.run(RU, "outbox", "drop", "999999")
    assert gone.returncode == 2 and gone.stderr.count("\n") == 1


def test_an_empty_outbox_in_the_language(profile_dir: Path) -> None:
    assert run_cli("--lang", "ru", "outbox", "list", profile=profile_dir).stdout == "исходящих нет\n"
    assert run_cli("outbox", "list", env=KK[1], profile=profile_dir).stdout == "шығыс жәшігі бос\n"


def test_trust_list_in_the_language(mailbox: Mailbox) -> None:
    english = mailbox.run(EN, "trust", "list")
    assert "[shipped root]" in english.stdout and "\n    valid " in english.stdout
    russian = mailbox.run(RU, "trust", "list")
    assert russian.returncode == 0 and "[встроенный корневой]" in russian.stdout
    assert "[добавленный корневой]" in russian.stdout  # the demo root the fixture trusted
    assert "\n    действителен с " in russian.stdout and "\n    источник: " in russian.stdout
    for word in ("[shipped", "[added", "root]", "\n    valid ", "\n    from "):
        assert word not in russian.stdout, word
    kazakh = mailbox.run(KK, "trust", "list")
    assert "[кірістірілген түбір]" in kazakh.stdout and "\n    көзі: " in kazakh.stdout
    assert len(_same_json(mailbox, "trust", "list")) == english.stdout.count("  SHA-256 ")


def test_sync_summary_and_a_missing_password_variable_in_the_language(mailbox: Mailbox) -> None:
    env = {"ACCOUNT_PW": DEMO_ACCOUNTS[0].password}
    synced = run_cli("--lang", "ru", "sync", "anna", "--password-env", "ACCOUNT_PW", env=env, profile=mailbox.profile)
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("anna: новых — 0, изменений отметок — "), synced.stdout
    missing = mailbox.run(RU, "sync", "anna", "--password-env", "NO_SUCH_VARIABLE")
    assert missing.returncode == 2
    assert missing.stderr == "qazmail-desktop: переменная окружения NO_SUCH_VARIABLE не задана\n"
    kazakh = mailbox.run(KK, "sync", "anna", "--password-env", "NO_SUCH_VARIABLE")
    assert kazakh.returncode == 2 and "NO_SUCH_VARIABLE орта айнымалысы орнатылмаған" in kazakh.stderr


def test_an_output_that_would_destroy_a_file_is_refused_in_the_language(tmp_path: Path, nca: Path) -> None:
    document = tmp_path / "doc.txt"
    document.write_text("Договор № 7\n", encoding="utf-8")
    existing = tmp_path / "doc.txt.cms"
    existing.write_bytes(b"mine")
    key = nca / "keys/legal/valid/head.p12"
    sign = ("sign", document, "--key", key, "--password-env", "QAZMAIL_TEST_PW", "--offline", "-o")
    for args, env, expected in (
        (["--lang", "ru"], {}, f"{existing} уже существует: добавьте --force, чтобы заменить его"),
        ([], KK[1], f"{existing} бұрыннан бар: ауыстыру үшін --force қосыңыз"),
        ([], {}, f"{existing} exists: add --force to replace it"),
    ):
        proc = run_cli(*args, *sign, existing, env=env, profile=tmp_path)
        assert proc.returncode == 2 and proc.stderr == f"qazmail-desktop: {expected}\n", proc.stderr
    folder = run_cli("--lang", "ru", *sign, tmp_path, profile=tmp_path)
    assert folder.returncode == 2
    assert folder.stderr == f"qazmail-desktop: {tmp_path} — это папка: укажите файл для записи\n", folder.stderr
    nowhere = run_cli("--lang", "ru", *sign, tmp_path / "нет" / "x.cms", profile=tmp_path)
    assert nowhere.returncode == 2 and f"папка для вывода не существует: {tmp_path / 'нет'}" in nowhere.stderr
    itself = run_cli("--lang", "ru", *sign, document, "--force", profile=tmp_path)
    assert itself.returncode == 2 and f"выходной файл {document} — это входной файл {document}" in itself.stderr
    assert existing.read_bytes() == b"mine" and document.read_text(encoding="utf-8") == "Договор № 7\n"


@pytest.fixture
def russian() -> Iterator[None]:
    speech.use_language("ru")
    yield
    speech.use_language("en")


def test_notes_come_from_the_core_in_the_language(russian: None, capsys: pytest.CaptureFixture[str]) -> None:
    print_notes(["/tmp/x is a folder, not a file", "a sentence the command line does not know"])
    assert capsys.readouterr().err == (
        "примечание: /tmp/x — это папка, а не файл\nпримечание: a sentence the command line does not know\n"
    )
