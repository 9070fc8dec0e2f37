"""Sending through the outbox to the embedded server: delivery, the copy in Sent, Bcc, offline."""

from __future__ import annotations

import datetime as dt
import imaplib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from qazmail_desktop.store.cache import Cache
from qazmail_desktop.sync.compose import Draft
from qazmail_desktop.sync.engine import MailEngine
from qazmail_desktop.sync.errors import MailError
from qazmail_desktop.sync.secrets import SecretStore
from tests.accounts import make_account
from tests.embedded import Embedded

USERS = {"anna@example.kz": "pw-anna", "bolat@example.kz": "pw-bolat", "dana@example.kz": "pw-dana"}


@pytest.fixture
def server() -> Iterator[Embedded]:
    srv = Embedded(dict(USERS)).start()
    yield srv
    srv.cleanup()


class Clock:
    """The outbox's clock, moved on by hand: waits are checked without waiting."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 4, 10, 42, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def later(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def _engine(tmp_path: Path, server: Embedded, clock: Clock | None = None) -> MailEngine:
    cache = Cache(tmp_path / "c.sqlite3")
    if cache.accounts.get("anna") is None:
        cache.accounts.add(
            make_account(
                "anna",
                "anna@example.kz",
                imap_port=server.port,
                smtp_port=server.smtp_port,
                display_name="Анна Бухгалтер",
            )
        )
    secrets = SecretStore()
    secrets.remember_for_session("anna", "pw-anna")
    return MailEngine(cache, secrets, clock=clock or Clock())


def _inbox_of(server: Embedded, user: str, folder: str = "INBOX") -> list[bytes]:
    """The letters in ``user``'s ``folder`` on the server, as it holds them."""
    imap = imaplib.IMAP4("127.0.0.1", server.port)
    imap.login(user, USERS[user])
    _, data = imap.fetch("1:*", "(BODY.PEEK[])") if imap.select(folder)[1] != [b"0"] else ("OK", [])
    imap.logout()
    return [part[1] for part in data if isinstance(part, tuple)]


def test_send_delivers_and_files_in_sent(tmp_path: Path, server: Embedded) -> None:
    attachment = tmp_path / "акт.pdf"
    attachment.write_bytes(b"%PDF-1.4 demo")
    engine = _engine(tmp_path, server)
    engine.sync("anna")
    account = engine.account("anna")
    msg = engine.compose(
        account,
        Draft(
            to=["bolat@example.kz"],
            bcc=["dana@example.kz"],
            subject="Акт сверки",
            body="Добрый день!\nАкт во вложении.",
            attachments=[attachment],
        ),
    )
    action_id = engine.send(account, msg)
    results = engine.try_replay(account)
    assert results is not None and [(r.action_id, r.ok) for r in results] == [(action_id, True)]
    (delivered,) = _inbox_of(server, "bolat@example.kz")
    assert b"Bcc" not in delivered and "Акт сверки".encode() not in delivered  # subject is RFC 2047 encoded
    assert b"filename" in delivered and b"\r\n" in delivered
    (hidden,) = _inbox_of(server, "dana@example.kz")
    assert b"Bcc" not in hidden
    engine.sync("anna")
    sent = engine.cache.folders.get("anna", "Sent")
    assert sent is not None and sent.total == 1
    (row,) = engine.cache.messages.in_folder(sent.id)
    assert row.subject == "Акт сверки" and row.seen and row.has_attachments


def test_offline_send_waits_in_outbox(tmp_path: Path, server: Embedded) -> None:
    engine = _engine(tmp_path, server)
    engine.sync("anna")
    server.stop()
    account = engine.account("anna")
    engine.send(account, engine.compose(account, Draft(to=["bolat@example.kz"], subject="offline", body="later")))
    assert engine.try_replay(account) is None
    assert [a.kind for a in engine.cache.actions.pending("anna")] == ["send"]
    engine.cache.close()
    server.start()
    restarted = _engine(tmp_path, server)  # a restart in between loses nothing
    outcome = restarted.sync("anna")
    assert [(r.kind, r.ok) for r in outcome.replayed] == [("send", True)]
    assert len(_inbox_of(server, "bolat@example.kz")) == 1
    assert restarted.sync("anna").replayed == []  # sent exactly once


def test_refused_recipient_is_reported(tmp_path: Path, server: Embedded) -> None:
    engine = _engine(tmp_path, server)
    account = engine.account("anna")
    engine.send(account, engine.compose(account, Draft(to=["nobody@elsewhere.kz"], subject="x", body="y")))
    results = engine.try_replay(account)
    assert results is not None and not results[0].ok
    assert "relaying denied" in results[0].message
    assert engine.cache.actions.all("anna")[0].state == "failed"


def test_bad_addresses_are_refused_before_queueing(tmp_path: Path, server: Embedded) -> None:
    engine = _engine(tmp_path, server)
    account = engine.account("anna")
    with pytest.raises(MailError, match="not an e-mail address"):
        engine.compose(account, Draft(to=["not-an-address"], subject="x", body="y"))
    with pytest.raises(MailError, match="no recipient"):
        engine.compose(account, Draft(to=[], subject="x", body="y"))


def test_a_letter_another_replay_sent_is_reported_as_sent(tmp_path: Path, server: Embedded) -> None:
    """The window's send and a sync replay one account's queue one at a time; the send that finds its
    letter already sent by the sync's replay reports it sent, not waiting offline."""
    engine = _engine(tmp_path, server)
    engine.sync("anna")
    account = engine.account("anna")
    action_id = engine.send(account, engine.compose(account, Draft(to=["bolat@example.kz"], subject="Акт", body="x")))
    assert engine.outcome_of(account, action_id) is None  # still queued
    assert engine.replay(account)[0].ok  # a sync's replay
    outcome = engine.outcome_of(account, action_id)
    assert outcome is not None and outcome.ok
    assert len(_inbox_of(server, "bolat@example.kz")) == 1


def test_an_smtp_outage_holds_up_neither_incoming_mail_nor_other_letters(tmp_path: Path, server: Embedded) -> None:
    """SMTP down (its port closed) while IMAP answers: the sync brings the new letter in and
    reports the letter it could not send, with the SMTP server's reason; the letter stays queued
    (not failed) and leaves at the first sync after SMTP is back, once."""
    import dataclasses
    import socket

    engine = _engine(tmp_path, server)
    engine.sync("anna")
    account = engine.account("anna")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    engine.cache.accounts.update(dataclasses.replace(account, smtp_port=closed_port))
    account = engine.account("anna")
    engine.send(account, engine.compose(account, Draft(to=["bolat@example.kz"], subject="waits", body="for SMTP")))
    imap = imaplib.IMAP4("127.0.0.1", server.port)
    imap.login("anna@example.kz", USERS["anna@example.kz"])
    imap.append("INBOX", None, None, b"From: bolat@example.kz\r\nSubject: new while SMTP is down\r\n\r\nhello")
    imap.logout()

    outcome = engine.sync("anna")  # does not raise: receiving is independent of sending
    inbox = engine.cache.folders.get("anna", "INBOX")
    assert inbox is not None
    assert any(r.subject == "new while SMTP is down" for r in engine.cache.messages.in_folder(inbox.id))
    (result,) = outcome.replayed
    assert result.waits and not result.ok and f"SMTP server 127.0.0.1:{closed_port} unreachable" in result.message
    assert [a.state for a in engine.cache.actions.all("anna")] == ["pending"]
    assert _inbox_of(server, "bolat@example.kz") == []

    engine.cache.accounts.update(dataclasses.replace(account, smtp_port=server.smtp_port))
    assert [(r.ok, r.waits) for r in engine.sync("anna").replayed] == [(True, False)]
    assert len(_inbox_of(server, "bolat@example.kz")) == 1
    assert engine.sync("anna").replayed == []


def test_send_and_flag_say_why_nothing_reached_the_server(tmp_path: Path, server: Embedded, profile_dir: Path) -> None:
    """Without a password (no keyring, none given) the command says so, not "server unreachable"."""
    from tests.conftest import run_cli

    add_anna(profile_dir, server.port, server.smtp_port)
    body = tmp_path / "body.txt"
    body.write_text("later", encoding="utf-8")
    sent = run_cli("send", "--to", "bolat@example.kz", "--subject", "x", "--body-file", body, profile=profile_dir)
    assert sent.returncode == 0, sent.stderr
    assert "not sent yet" in sent.stderr and "password" in sent.stderr and "unreachable" not in sent.stderr
    listed = run_cli("outbox", "list", profile=profile_dir)
    assert "[pending]" in listed.stdout


def add_anna(profile: Path, imap_port: int, smtp_port: int) -> dict[str, str]:
    """anna@example.kz added by the command line, as a user would (the embedded server's IMAP,
    the SMTP server at ``smtp_port``); returns the environment that gives her password as PW."""
    from tests.conftest import run_cli

    env = {"PW": USERS["anna@example.kz"]}
    added = run_cli(
        "account", "add", "anna", "--email", "anna@example.kz", "--imap", f"127.0.0.1:{imap_port}",
        "--smtp", f"127.0.0.1:{smtp_port}", "--user", "anna@example.kz", "--security", "none",
        "--password-env", "PW", env=env, profile=profile,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return env


class _MisbehavingSmtp:
    """By default an SMTP server that takes a letter whole and then drops the connection instead of saying
    250: the sender cannot know whether it went (what a crash or a network cut after DATA leaves).
    ``after_data``: answer this instead of hanging up (a 4xx "try later"); ``hang_up_after_ehlo``:
    drop the session right after EHLO, before any letter could go."""

    def __init__(
        self,
        after_data: bytes | None = None,
        hang_up_after_ehlo: bool = False,
        before_accepting: Callable[[], object] | None = None,
    ) -> None:
        import socket
        import threading

        self.after_data, self.hang_up_after_ehlo = after_data, hang_up_after_ehlo
        self.before_accepting = before_accepting  # given: runs once the letter is in, then 250 as a good server
        self.letters: list[bytes] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn, conn.makefile("rb") as lines:
                conn.sendall(b"220 hangs-up ESMTP\r\n")
                for line in lines:
                    verb = line[:4].upper()
                    if verb in (b"EHLO", b"HELO") and self.hang_up_after_ehlo:
                        conn.sendall(b"250 OK\r\n")
                        break
                    if verb in (b"EHLO", b"HELO", b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                        conn.sendall(b"250 OK\r\n")
                    elif verb == b"DATA":
                        conn.sendall(b"354 go on\r\n")
                        data = b"".join(iter(lines.readline, b".\r\n"))
                        if self.after_data is not None:
                            conn.sendall(self.after_data)  # refused for now: the letter did not stay here
                            continue
                        self.letters.append(data)
                        if self.before_accepting is not None:
                            self.before_accepting()
                            conn.sendall(b"250 OK queued\r\n")
                            continue
                        break  # taken, and the line goes dead before the 250
                    elif verb == b"QUIT":
                        conn.sendall(b"221 bye\r\n")
                        break

    def close(self) -> None:
        self.sock.close()


def _queued_through(
    tmp_path: Path, server: Embedded, smtp_port: int, subject: str, body: str, clock: Clock | None = None
) -> MailEngine:
    """Anna's engine with its SMTP server at ``smtp_port`` and one letter to Bolat queued."""
    import dataclasses

    engine = _engine(tmp_path, server, clock)
    engine.sync("anna")
    engine.cache.accounts.update(dataclasses.replace(engine.account("anna"), smtp_port=smtp_port))
    account = engine.account("anna")
    engine.send(account, engine.compose(account, Draft(to=["bolat@example.kz"], subject=subject, body=body)))
    return engine


def test_a_letter_whose_hand_over_was_cut_is_not_sent_twice(tmp_path: Path, server: Embedded) -> None:
    """The SMTP server took the letter and the connection died before its answer: the letter is
    not sent again by itself (6 of 6 trials delivered it twice before); the next sync finds no copy
    in Sent and sets it aside saying it may have been sent; only the user's retry sends it again."""
    from qazmail_desktop.operations.outbox import outbox, retry

    smtp = _MisbehavingSmtp()
    try:
        engine = _queued_through(tmp_path, server, smtp.port, "once", "only once")
        (first,) = engine.sync("anna").replayed
        assert first.waits and "dropped" in first.message
        (second,) = engine.sync("anna").replayed
        assert not second.ok and not second.waits and "it may have been sent" in second.message
        assert len(smtp.letters) == 1  # not handed over a second time
        assert engine.sync("anna").replayed == []  # set aside: nothing more happens by itself
        (waiting,) = outbox(engine.cache)
        assert waiting.failed and "Ask the recipient" in waiting.last_error
        retry(engine.cache, waiting.id)  # the user decides
        engine.sync("anna")
        assert len(smtp.letters) == 2
    finally:
        smtp.close()


@pytest.mark.parametrize(
    ("smtp_kwargs", "said"),
    [
        ({"hang_up_after_ehlo": True}, "the SMTP connection dropped"),
        ({"after_data": b"451 4.3.0 mailbox busy, try later\r\n"}, "asked to try later (451"),
        ({"after_data": b"421 4.7.0 closing, try later\r\n"}, "asked to try later (421"),
    ],
    ids=["dropped after EHLO", "451 after the dot", "421 after the dot"],
)
def test_a_letter_that_never_left_waits_and_goes_once_later(
    tmp_path: Path, server: Embedded, smtp_kwargs: dict[str, Any], said: str
) -> None:
    """Issue 27: a session dropped before DATA's final dot, or a 4xx "try later", parked the letter
    as "may have been sent" (or failed it for good); it never left, so it waits and goes once —
    and not at once: twice turned away, it waits 1 then 2 minutes (the outbox says until when),
    and a sync before its time leaves it alone."""
    import dataclasses

    from qazmail_desktop.operations.outbox import outbox

    smtp, clock = _MisbehavingSmtp(**smtp_kwargs), Clock()
    try:
        engine = _queued_through(tmp_path, server, smtp.port, "later", "once", clock)
        account = engine.account("anna")
        (first,) = engine.sync("anna").replayed
        assert first.waits and not first.ok and said in first.message, first.message
        assert "next attempt at" in first.message
        (waiting,) = outbox(engine.cache)
        assert waiting.state == "pending" and waiting.retry_at == clock.now + dt.timedelta(minutes=1)
        clock.later(seconds=30)
        (early,) = engine.sync("anna").replayed
        assert early.waits and smtp.letters == []  # not before its time: the server was not asked again
        clock.later(seconds=31)
        (second,) = engine.sync("anna").replayed
        assert second.waits and outbox(engine.cache)[0].retry_at == clock.now + dt.timedelta(minutes=2)
        engine.cache.accounts.update(dataclasses.replace(account, smtp_port=server.smtp_port))
        clock.later(minutes=1)
        assert engine.sync("anna").replayed[0].waits  # the good server too waits for the letter's time
        clock.later(minutes=1)
        (third,) = engine.sync("anna").replayed
        assert third.ok and not third.waits, third.message  # no "it may have been sent" doubt
        assert smtp.letters == [] and len(_inbox_of(server, "bolat@example.kz")) == 1
    finally:
        smtp.close()


def test_send_again_clears_the_wait(tmp_path: Path, server: Embedded) -> None:
    """Outbox ▸ Send again (outbox retry) on a letter the server asked for later: it goes at the next sync."""
    import dataclasses

    from qazmail_desktop.operations.outbox import outbox, retry

    smtp = _MisbehavingSmtp(after_data=b"451 4.3.0 mailbox busy, try later\r\n")
    try:
        engine = _queued_through(tmp_path, server, smtp.port, "now", "please", Clock())
        engine.sync("anna")
        engine.cache.accounts.update(dataclasses.replace(engine.account("anna"), smtp_port=server.smtp_port))
        (waiting,) = outbox(engine.cache)
        assert waiting.retry_at is not None
        assert retry(engine.cache, waiting.id).retry_at is None
        (sent,) = engine.sync("anna").replayed
        assert sent.ok and len(_inbox_of(server, "bolat@example.kz")) == 1
    finally:
        smtp.close()


def test_pades_asked_for_a_file_that_is_not_a_pdf_says_what_it_did(tmp_path: Path, server: Embedded, nca: Path) -> None:
    """PAdES signs PDFs only: a .txt gets a .sig beside it, and the sender is told (it was silent)."""
    from qazmail_desktop.choices import AttachmentSignature
    from qazmail_desktop.crypto import keys
    from qazmail_desktop.operations.send import send_letter
    from qazmail_desktop.signing.outgoing import SigningOptions
    from tests.conftest import PASSWORD

    engine = _engine(tmp_path, server)
    account = engine.account("anna")
    act = tmp_path / "akt.txt"
    act.write_text("Акт № 5", encoding="utf-8")
    key = keys.load_signing_key(nca / "keys" / "individual" / "valid" / "individual_valid.p12", PASSWORD)
    signing = SigningOptions(key, sign_letter=False, attachments=AttachmentSignature.PADES)
    draft = Draft(to=["bolat@example.kz"], subject="act", body="see the act", attachments=[act])
    result = send_letter(engine, account, draft, signing)
    assert result.notes == ["akt.txt is not a PDF: signed as akt.txt.sig beside it instead"]
    (delivered,) = _inbox_of(server, "bolat@example.kz")
    assert b'filename="akt.txt.sig"' in delivered


def test_a_pdf_pades_cannot_sign_still_goes_with_its_sig(tmp_path: Path, server: Embedded, nca: Path) -> None:
    """A damaged PDF cannot be signed inside: it is sent as it is with a .sig beside it (the PDF
    itself was left out of the letter once: planned to be replaced by its signed copy)."""
    from qazmail_desktop.choices import AttachmentSignature
    from qazmail_desktop.crypto import keys
    from qazmail_desktop.operations.send import send_letter
    from qazmail_desktop.signing.outgoing import SigningOptions
    from tests.conftest import PASSWORD

    engine = _engine(tmp_path, server)
    account = engine.account("anna")
    broken = tmp_path / "schet.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% cut short\n")
    key = keys.load_signing_key(nca / "keys" / "individual" / "valid" / "individual_valid.p12", PASSWORD)
    signing = SigningOptions(key, sign_letter=False, attachments=AttachmentSignature.PADES)
    draft = Draft(to=["bolat@example.kz"], subject="invoice", body="see the invoice", attachments=[broken])
    result = send_letter(engine, account, draft, signing)
    assert [n.split(" (")[0] for n in result.notes] == ["schet.pdf cannot be signed inside"]
    (delivered,) = _inbox_of(server, "bolat@example.kz")
    assert b'filename="schet.pdf.sig"' in delivered and b'filename="schet.pdf"' in delivered


def test_sync_says_a_letter_waits_for_smtp_and_still_brings_the_mail(
    tmp_path: Path, server: Embedded, profile_dir: Path
) -> None:
    """Through the command line: SMTP down, `sync` exits 0 (the mail came in) and says the letter
    waits, with the SMTP server's reason; it does not call it failed."""
    import socket

    from tests.conftest import run_cli

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    env = add_anna(profile_dir, server.port, closed)
    body = tmp_path / "body.txt"
    body.write_text("later", encoding="utf-8")
    sent = run_cli(
        "send", "--to", "bolat@example.kz", "--subject", "waits", "--body-file", body, "--password-env", "PW",
        env=env, profile=profile_dir,
    )  # fmt: skip
    assert sent.returncode == 0 and f"SMTP server 127.0.0.1:{closed} unreachable" in sent.stderr, sent.stderr
    synced = run_cli("sync", "--password-env", "PW", env=env, profile=profile_dir)
    assert synced.returncode == 0, synced.stderr
    assert "(send) waits: not sent: SMTP server" in synced.stderr and "failed" not in synced.stderr


def test_inbox_is_found_in_any_case(tmp_path: Path) -> None:
    """Issue 29: `--folder Inbox` said 'no folder'. INBOX's name is case-insensitive (RFC 3501
    §5.1); other folders' names are not."""
    from qazmail_desktop.sync.errors import AccountError

    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(make_account("anna", "anna@example.kz"))
    cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    cache.folders.upsert("anna", "Sent", "/", "\\Sent", True)
    engine = MailEngine(cache, SecretStore())
    account = engine.account("anna")
    assert {engine.folder(account, name).name for name in ("Inbox", "inbox", "INBOX")} == {"INBOX"}
    with pytest.raises(AccountError, match="no folder 'sent'"):
        engine.folder(account, "sent")
