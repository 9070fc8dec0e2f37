"""The command line speaks Kazakh and Russian as the window does (issue 29): the language from
``--lang`` wherever it stands, else from the locale as gettext reads it; English otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from qazmail_desktop.cli import speech
from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "kk_KZ.UTF-8"}, "kk"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANGUAGE": "ru:en", "LANG": "en_US.UTF-8"}, "ru"),  # gettext's order: LANGUAGE first
        ({"LC_ALL": "kk_KZ.UTF-8", "LANG": "ru_RU.UTF-8"}, "kk"),
        ({"LC_ALL": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language without a catalog reads English
    ],
)
def test_the_language_comes_from_the_locale(environ: dict[str, str], language: str) -> None:
    assert speech.language_from_environment(environ) == language


def test_windows_names_its_locales_in_words() -> None:
    assert speech._language_of("Kazakh_Kazakhstan") == "kk" and speech._language_of("Russian_Russia") == "ru"


def test_lang_is_taken_before_or_after_the_command() -> None:
    assert speech.requested_language(["--lang", "kk", "verify", "x"]) == "kk"
    assert speech.requested_language(["verify", "x", "--lang=ru"]) == "ru"
    assert speech.without_language(["verify", "--lang", "ru", "x"]) == ["verify", "x"]
    assert speech.without_language(["verify", "--", "--lang", "ru"]) == ["verify", "--", "--lang", "ru"]
    assert speech.requested_language(["verify", "--lang", "de"]) is None


def test_fill_replaces_each_place_once() -> None:
    assert speech.fill("%2 — %1", "a%2", "b") == "b — a%2"


def test_a_core_sentence_reaches_the_user_in_their_language(tmp_path: Path, profile_dir: Path) -> None:
    folder = tmp_path / "папка"
    folder.mkdir()
    for args, env, expected in (
        (["--lang", "ru"], {}, f"{folder} — это папка, а не файл"),
        ([], {"LC_ALL": "kk_KZ.UTF-8"}, f"{folder} — бұл қалта, файл емес"),
        ([], {}, f"{folder} is a folder, not a file"),
    ):
        proc = run_cli(*args, "verify", folder, env=env, profile=profile_dir)
        assert proc.returncode == 2 and expected in proc.stderr, proc.stderr


def test_a_first_command_without_an_account_is_answered_in_the_language(profile_dir: Path) -> None:
    """The first thing a new user may meet (sync.engine's own sentence), in Kazakh and Russian."""
    kazakh = run_cli("list", env={"LC_ALL": "kk_KZ.UTF-8"}, profile=profile_dir)
    assert kazakh.returncode == 2 and "әлі бірде-бір тіркелгі жоқ: `account add` арқылы қосыңыз" in kazakh.stderr
    russian = run_cli("--lang", "ru", "show", "--uid", "1", profile=profile_dir)
    assert russian.returncode == 2 and "учётных записей ещё нет" in russian.stderr
