"""``--help`` and bad usage in Kazakh and Russian (issue 29): the help texts of every command, and
argparse's own words ("usage:", "options:", "the following arguments are required: …") in the
chosen language; option names, command names and placeholders as they are; English byte for byte
what it was."""

from __future__ import annotations

import argparse
import gettext
import inspect

import pytest

from qazmail_desktop.choices import NCA_TSA_URL
from qazmail_desktop.cli import main as cli_main
from qazmail_desktop.cli import speech
from tests.conftest import run_cli

WIDE = {"COLUMNS": "100"}  # argparse wraps to the terminal's width: the same lines on every machine

ENGLISH_VERIFY_HELP = """\
usage: qazmail-desktop verify [-h] [--message] [--account ACCOUNT] [--folder FOLDER] [--uid UID]
                              [--data DATA] [--json] [--trust DIR] [--crl FILE] [--offline]
                              [--extract FILE] [--force]
                              [cms]

positional arguments:
  cms                CMS file (DER, PEM or base64), or a signed XML document

options:
  -h, --help         show this help message and exit
  --message          verify a cached letter: --account, --folder, --uid
  --account ACCOUNT  with --message
  --folder FOLDER    with --message
  --uid UID          with --message
  --data DATA        the signed document, for a detached CMS
  --json             print the verdict as JSON
  --trust DIR        also trust the root certificates in DIR (repeatable)
  --crl FILE         check revocation against this CRL file (repeatable)
  --offline          use no network: only cached and given CRLs
  --extract FILE     write the embedded document of an attached CMS
  --force            replace an output file that exists (never an input)
"""

ENGLISH_HELP_WORDS = ("usage:", "options:", "show this help message and exit")


def test_the_program_help_in_russian() -> None:
    proc = run_cli("--lang", "ru", "--help", env=WIDE)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for word in (
        "использование: qazmail-desktop",
        "параметры:",
        "команды:",
        "показать эту справку и выйти",
        "показать версию программы и выйти",
        "подписать документ ключом НУЦ",
        "почта с казахстанскими подписями ЭЦП",
    ):
        assert word in out, word
    for word in (*ENGLISH_HELP_WORDS, "commands:", "open the QazMail window", "show program's version number"):
        assert word not in out, word
    for name in ("--profile DIR", "--lang {kk,ru,en}", "--version", "COMMAND", "sign", "verify", "save-attachments"):
        assert name in out, name


def test_a_command_help_in_kazakh() -> None:
    proc = run_cli("--lang", "kk", "verify", "--help", env=WIDE)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for word in (
        "қолданылуы: qazmail-desktop verify",
        "позициялық аргументтер:",
        "параметрлер:",
        "осы анықтаманы көрсетіп, шығу",
        "қорытындыны JSON түрінде шығару",
        "түбірлік куәліктерге де сену",
    ):
        assert word in out, word
    for word in (*ENGLISH_HELP_WORDS, "positional arguments", "print the verdict as JSON", "CMS file (DER"):
        assert word not in out, word
    for name in ("--message", "--json", "--trust DIR", "--crl FILE", "--extract FILE", "--offline", "cms"):
        assert name in out, name


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("ru_RU.UTF-8", ("использование:", "документ для подписи", "записать отсоединённую подпись", "НУЦ")),
        ("kk_KZ.UTF-8", ("қолданылуы:", "қол қойылатын құжат", "бөлек қолтаңба жазу", "ҰКО")),
    ],
)
def test_the_help_speaks_the_locale(locale: str, words: tuple[str, ...]) -> None:
    proc = run_cli("sign", "--help", env={"LC_ALL": locale, **WIDE})
    assert proc.returncode == 0, proc.stderr
    for word in words:
        assert word in proc.stdout, word
    for word in (*ENGLISH_HELP_WORDS, "document to sign", "write a detached signature", "add an RFC 3161"):
        assert word not in proc.stdout, word
    for name in ("--key KEY", "--detached", "--xml", "--pades", "--tsa [URL]", "-o OUTPUT, --output OUTPUT"):
        assert name in proc.stdout, name
    assert NCA_TSA_URL in proc.stdout.replace("\n", "").replace(" ", "")  # the NCA's TSA, as a value


@pytest.mark.parametrize(
    ("args", "ru", "kk"),
    [
        (
            ("sign",),
            "qazmail-desktop sign: не указаны обязательные аргументы: file, -o/--output (см. --help)",
            "qazmail-desktop sign: мына міндетті аргументтер берілмеген: file, -o/--output (--help қараңыз)",
        ),
        (
            ("nope",),
            "qazmail-desktop: аргумент COMMAND: недопустимый вариант: 'nope' (выберите из 'gui', 'sign',",
            "qazmail-desktop: COMMAND аргументі: жарамсыз таңдау: 'nope' (мыналардың бірін таңдаңыз: 'gui', 'sign',",
        ),
        (
            ("send", "--subject", "s", "--body-file", "b.txt", "--sign-attachments", "zz"),
            "аргумент --sign-attachments: недопустимый вариант: 'zz' (выберите из 'sig', 'cms', 'pades') (см. --help)",
            "--sign-attachments аргументі: жарамсыз таңдау: 'zz' (мыналардың бірін таңдаңыз: 'sig', 'cms', 'pades')",
        ),
        (
            ("verify", "x.cms", "--bogus"),
            "qazmail-desktop: нераспознанные аргументы: --bogus (см. --help)",
            "qazmail-desktop: танылмаған аргументтер: --bogus (--help қараңыз)",
        ),
        (
            ("sign", "doc.txt", "--key"),
            "qazmail-desktop sign: аргумент --key: ожидается одно значение (см. --help)",
            "qazmail-desktop sign: --key аргументі: бір мән күтілген (--help қараңыз)",
        ),
        (
            ("flag", "--uid", "1"),
            "требуется один из аргументов --seen --unseen --flagged --unflagged (см. --help)",
            "--seen --unseen --flagged --unflagged аргументтерінің біреуі қажет (--help қараңыз)",
        ),
        (
            ("verify", "--uid", "x"),
            "qazmail-desktop verify: аргумент --uid: 'x' — не целое число (см. --help)",
            "qazmail-desktop verify: --uid аргументі: 'x' — бүтін сан емес (--help қараңыз)",
        ),
        (
            ("outbox", "drop", "0"),
            "аргумент ID: 0 вне допустимого диапазона: укажите от 1 до 9223372036854775807 (см. --help)",
            "ID аргументі: 0 рұқсат етілген аралықтан тыс: 1 мен 9223372036854775807 аралығында беріңіз",
        ),
        (
            ("trust", "fetch", "ftp://ca.example.kz/ca.cer"),
            "аргумент URL: 'ftp://ca.example.kz/ca.cer' — не URL вида http:// или https:// (см. --help)",
            "URL аргументі: 'ftp://ca.example.kz/ca.cer' — http:// немесе https:// URL емес (--help қараңыз)",
        ),
    ],
)
def test_bad_usage_in_russian_and_kazakh(args: tuple[str, ...], ru: str, kk: str) -> None:
    for language, expected in (("ru", ru), ("kk", kk)):
        proc = run_cli("--lang", language, *args)
        assert proc.returncode == 2, proc.stderr
        assert proc.stdout == ""
        assert expected in proc.stderr, proc.stderr
        assert proc.stderr.startswith("qazmail-desktop") and proc.stderr.count("\n") == 1, proc.stderr
        for word in ("see --help", "argument", "required", "invalid choice", "unrecognized", "expected"):
            assert word not in proc.stderr, word


def test_a_value_error_from_the_locale() -> None:
    proc = run_cli("account", "add", "n", "--email", "not-an-address", env={"LC_ALL": "kk_KZ.UTF-8"})
    assert proc.returncode == 2
    assert "--email аргументі: 'not-an-address' — электрондық пошта мекенжайы емес (name@example.kz)" in proc.stderr


def test_english_is_as_it_was() -> None:
    proc = run_cli("verify", "--help", env=WIDE)
    assert proc.returncode == 0 and proc.stdout == ENGLISH_VERIFY_HELP
    proc = run_cli("--lang", "en", "sign", env={"LC_ALL": "ru_RU.UTF-8"})
    assert proc.returncode == 2
    assert proc.stderr == (
        "qazmail-desktop sign: the following arguments are required: file, -o/--output (see --help)\n"
    )
    proc = run_cli("verify", "--uid", "0")
    assert (
        proc.stderr == "qazmail-desktop verify: argument --uid: 0 is out of range: give 1 to 4294967295 (see --help)\n"
    )


def test_english_again_after_another_language_in_one_process() -> None:
    """argparse's words are routed only while the language is not English: building the parser in
    English afterwards gives argparse its gettext back."""
    try:
        speech.use_language("ru")
        assert "использование:" in cli_main.build_parser().format_help()
        assert getattr(argparse, "_") is cli_main._argparse_gettext  # noqa: B009
    finally:
        speech.use_language("en")
        english = cli_main.build_parser().format_help()
    assert getattr(argparse, "_") is gettext.gettext and getattr(argparse, "ngettext") is gettext.ngettext  # noqa: B009
    assert english.startswith("usage: qazmail-desktop") and "\noptions:\n" in english
    assert "использование" not in english


def test_argparse_words_are_its_own_and_translated() -> None:
    """The words looked up are argparse's exact source strings (a Python that changes one would
    leave it English, so this says which), and each has a Kazakh and a Russian translation."""
    source = inspect.getsource(argparse)
    catalogs = {language: speech._catalog(language) for language in ("kk", "ru")}
    for word in cli_main._ARGPARSE_WORDS:
        assert repr(word) in source or f'"{word}"' in source, word
        for language, catalog in catalogs.items():
            assert ("cli", word) in catalog, (language, word)
