"""Reading on a full disk, and writing that says so (issue 27): the cache is read as it is when
SQLite cannot make even the shared-memory file a WAL database needs; a letter sent on a full disk
is neither sent nor queued half, and the user is told the disk is full; the search index is never
deleted for a full disk, as it was for a damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from qazmail_desktop.profile import Profile
from qazmail_desktop.server.demo import DEMO_ACCOUNTS
from qazmail_desktop.server.runner import EmbeddedServer
from qazmail_desktop.sync.errors import SentButNotRecorded
from qazmail_desktop.ui.app import Application
from tests import test_send
from tests.conftest import run_cli
from tests.embedded import Embedded
from tests.fulldisk import fill, small_disk
from tests.test_demo_pki import synced_demo_account
from tests.test_send import _engine, _MisbehavingSmtp, _queued_through
from tests.test_ui import PATIENCE, _click_letter

server = test_send.server  # the embedded mail server, as the send tests have it


def test_list_show_and_search_read_a_full_disk_and_send_says_it_is_full(demo: EmbeddedServer, tmp_path: Path) -> None:
    anna = DEMO_ACCOUNTS[0]
    with small_disk() as disk:
        profile = disk / "profile"
        profile.mkdir()
        inbox = synced_demo_account(demo, anna, profile)
        act = next(letter for letter in inbox if "Акт выполненных работ" in letter["subject"])
        index = profile / "mail-search.sqlite3"
        filler = fill(disk)

        listed = run_cli("list", "--account", "anna", profile=profile)
        assert listed.returncode == 0, listed.stderr
        assert "Акт выполненных работ № 45" in listed.stdout
        shown = run_cli("show", "--account", "anna", "--uid", str(act["uid"]), profile=profile)
        assert shown.returncode == 0, shown.stderr
        assert "Направляем акт выполненных работ № 45" in shown.stdout
        found = run_cli("search", "реквизиты", profile=profile)
        assert found.returncode == 0, found.stderr
        assert "Реквизиты для оплаты" in found.stdout
        assert index.is_file()  # a full disk is not a damaged index: it stays

        body = tmp_path / "body.txt"  # the letter's text lives elsewhere: a full disk loses none of it
        body.write_text("Акт подписан.\n", encoding="utf-8")
        env = {"ACCOUNT_PW": anna.password}
        sent = run_cli(
            "send",
            "--account",
            "anna",
            "--to",
            "bolat@altyn.kz",
            "--subject",
            "Акт",
            "--body-file",
            body,
            "--password-env",
            "ACCOUNT_PW",
            env=env,
            profile=profile,
        )
        assert sent.returncode == 2 and "Traceback" not in sent.stderr
        assert "is full: nothing was changed" in sent.stderr, sent.stderr

        filler.unlink()  # space again: nothing was queued half, and the cache is whole
        waiting = run_cli("outbox", "list", profile=profile)
        assert waiting.returncode == 0 and "the outbox is empty" in waiting.stdout, waiting.stdout + waiting.stderr
        again = run_cli("list", "--account", "anna", profile=profile)
        assert again.returncode == 0 and again.stdout == listed.stdout


def test_the_window_opens_a_full_disks_profile_and_shows_the_letters(
    qtbot, qapp: QApplication, demo: EmbeddedServer
) -> None:
    """A profile synced on a small disk, the disk then filled: the window opens, lists the inbox and
    shows the letter clicked in the list with its signature card (its sync says the disk is full)."""
    with small_disk() as disk:
        profile_dir = disk / "profile"
        profile_dir.mkdir()
        synced_demo_account(demo, DEMO_ACCOUNTS[0], profile_dir)
        filler = fill(disk)
        app = Application(Profile.resolve(str(profile_dir)), demo=False, qt_app=qapp)
        try:
            app.window.show()
            qtbot.waitUntil(lambda: app.window.messages.rowCount() >= 6, timeout=PATIENCE)
            _click_letter(qtbot, app, "Акт выполненных работ")
            reading = app.window.reading
            qtbot.waitUntil(lambda: "Направляем акт" in reading.body.toPlainText(), timeout=PATIENCE)
            qtbot.waitUntil(lambda: "Signature valid" in reading.signatures.text(), timeout=PATIENCE)
        finally:
            app.window.close()
            app.close()
            filler.unlink()


def test_a_letter_the_smtp_server_took_as_the_disk_filled_is_said_sent_and_never_sent_again(
    server: Embedded,
) -> None:
    """The disk fills while the SMTP server takes the letter: the hand-over was recorded before the
    end of DATA, and the server's 250 cannot be. The user is told it was sent (not 'nothing was
    lost'); once there is space, the next sync does not send it again."""
    with small_disk() as disk:
        filled: list[Path] = []
        smtp = _MisbehavingSmtp(before_accepting=lambda: filled.append(fill(disk)))
        try:
            engine = _queued_through(disk, server, smtp.port, "as the disk filled", "once")
            with pytest.raises(SentButNotRecorded, match=r"the letter was sent .* It is not sent again"):
                engine.sync("anna")
            assert len(smtp.letters) == 1
            engine.cache.close()
            filled[0].unlink()
            again = _engine(disk, server)
            (later,) = again.sync("anna").replayed
            assert not later.ok and "it may have been sent" in later.message  # set aside for the user, not resent
            assert len(smtp.letters) == 1
            again.cache.close()
        finally:
            smtp.close()
