"""Reading on a full disk, and writing that says so (issue 27): the cache is read as it is when
SQLite cannot make even the shared-memory file a WAL database needs; a letter sent on a full disk
is neither sent nor queued half, and the user is told the disk is full; the search index is never
deleted for a full disk, as it was for a damaged file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from qazmail_desktop.operations.outbox import outbox
from qazmail_desktop.profile import Profile
from qazmail_desktop.server.demo import DEMO_ACCOUNTS
from qazmail_desktop.server.runner import EmbeddedServer
from qazmail_desktop.ui.app import Application
from tests import test_send
from tests.conftest import run_cli
from tests.embedded import Embedded
from tests.fulldisk import fill, small_disk
from tests.test_demo_pki import synced_demo_account
from tests.test_send import _inbox_of, _MisbehavingSmtp, add_anna
from tests.test_ui import PATIENCE, _click_letter, _new_letter_by_keyboard, _read_the_next_message_box

server = test_send.server  # the embedded mail server, as the send tests have it


@contextmanager
def _window_on_a_full_disk(qtbot, qapp: QApplication, demo: EmbeddedServer) -> Iterator[tuple[Application, Path]]:
    """The window over a demo profile synced on a small disk that was then filled (``filler`` frees
    it), its inbox listed; the account's password given as if typed in its dialog."""
    with small_disk() as disk:
        profile_dir = disk / "profile"
        profile_dir.mkdir()
        synced_demo_account(demo, DEMO_ACCOUNTS[0], profile_dir)
        filler = fill(disk)
        app = Application(Profile.resolve(str(profile_dir)), demo=False, qt_app=qapp)
        app.secrets.session[DEMO_ACCOUNTS[0].name] = DEMO_ACCOUNTS[0].password
        try:
            app.window.show()
            qtbot.waitUntil(lambda: app.window.messages.rowCount() >= 6, timeout=PATIENCE)
            yield app, filler
        finally:
            app.window.close()
            app.close()
            filler.unlink(missing_ok=True)


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
    with _window_on_a_full_disk(qtbot, qapp, demo) as (app, _filler):
        _click_letter(qtbot, app, "Акт выполненных работ")
        reading = app.window.reading
        qtbot.waitUntil(lambda: "Направляем акт" in reading.body.toPlainText(), timeout=PATIENCE)
        qtbot.waitUntil(lambda: "Signature valid" in reading.signatures.text(), timeout=PATIENCE)


def test_the_window_keeps_a_letter_it_cannot_send_on_a_full_disk_open_and_sends_it_once_there_is_space(
    qtbot, qapp: QApplication, demo: EmbeddedServer
) -> None:
    """Send clicked on a full disk: a dialog says the disk is full and the letter was not sent;
    its window stays open with the text, says the letter is kept nowhere else, and asks before
    closing would lose it; nothing is queued. With space again, the same window's Send sends it
    (the cache read as it was while the disk was full is written again)."""
    with _window_on_a_full_disk(qtbot, qapp, demo) as (app, filler):
        compose = _new_letter_by_keyboard(qtbot, app.window)
        qtbot.keyClicks(compose.to, "bolat@altyn.kz")
        qtbot.keyClicks(compose.subject, "Full disk")
        qtbot.keyClicks(compose.body, "Not lost.")
        said = _read_the_next_message_box()
        qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(said), timeout=PATIENCE)
        assert "The disk is full" in said[0] and "not sent" in said[0], said
        assert compose.isVisible() and compose.body.toPlainText() == "Not lost."
        assert compose.unkept.isVisible() and "only in this window" in compose.unkept.text()
        assert outbox(app.window.cache) == []

        asked = _read_the_next_message_box(QMessageBox.StandardButton.Cancel)
        compose.close()  # the window's close button: the text would be lost, so it asks
        assert asked and "lose its text" in asked[0]
        assert compose.isVisible() and compose.body.toPlainText() == "Not lost."

        filler.unlink()
        qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not compose.isVisible(), timeout=PATIENCE)
        assert "Letter sent" in app.window.statusBar().currentMessage()
        assert outbox(app.window.cache) == []
        inbox = demo.store.mailbox("bolat@altyn.kz", "INBOX")
        assert inbox is not None
        assert any(b"Not lost." in demo.store.read(m.blob) for m in demo.store.messages(inbox.id))


def test_a_letter_the_smtp_server_took_as_the_disk_filled_is_said_sent_and_never_sent_again(
    server: Embedded, tmp_path: Path
) -> None:
    """The disk fills while the SMTP server takes the letter `send` hands it: its hand-over was
    recorded before the end of DATA, and the server's 250 cannot be. The user is told it was sent
    and could not be recorded (not 'nothing was lost', nor 'nothing was changed': a script would
    send it again); its copy goes to Sent (the server's disk, not ours), so the next sync, with
    space again, finds it there and marks it sent: one letter delivered, one copy in Sent."""
    with small_disk() as disk:
        profile = disk / "profile"
        filled: list[Path] = []
        smtp = _MisbehavingSmtp(before_accepting=lambda: filled.append(fill(disk)))
        try:
            env = add_anna(profile, server.port, smtp.port)
            assert run_cli("sync", "anna", "--password-env", "PW", env=env, profile=profile).returncode == 0
            body = tmp_path / "body.txt"
            body.write_text("Only once.\n", encoding="utf-8")
            sent = run_cli(
                "send",
                "--account",
                "anna",
                "--to",
                "bolat@example.kz",
                "--subject",
                "As the disk filled",
                "--body-file",
                body,
                "--password-env",
                "PW",
                env=env,
                profile=profile,
            )
            assert filled and len(smtp.letters) == 1
            assert sent.returncode == 0 and "Traceback" not in sent.stderr, sent.stderr
            assert re.search(
                r"the letter was sent .*but it could not be recorded: the disk holding the mail cache .* is full\. "
                r"Its copy is in Sent; it is not sent again",
                sent.stderr,
            ), sent.stderr
            assert "nothing was" not in sent.stderr

            filled[0].unlink()
            again = run_cli("sync", "anna", "--password-env", "PW", env=env, profile=profile)
            assert again.returncode == 0, again.stderr
            assert len(smtp.letters) == 1  # not handed over a second time
            waiting = run_cli("outbox", "list", profile=profile)
            assert "the outbox is empty" in waiting.stdout, waiting.stdout  # marked sent, not 'may have been sent'
            copies = [raw for raw in _inbox_of(server, "anna@example.kz", "Sent") if b"As the disk filled" in raw]
            assert len(copies) == 1
        finally:
            smtp.close()
