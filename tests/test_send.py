"""Sending through the outbox to the embedded server: delivery, the copy in Sent, Bcc, offline."""

from __future__ import annotations

import imaplib
from collections.abc import Iterator
from pathlib import Path

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


def _engine(tmp_path: Path, server: Embedded) -> MailEngine:
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
    return MailEngine(cache, secrets)


def _inbox_of(server: Embedded, user: str) -> list[bytes]:
    imap = imaplib.IMAP4("127.0.0.1", server.port)
    imap.login(user, USERS[user])
    imap.select("INBOX")
    _, data = imap.fetch("1:*", "(BODY.PEEK[])") if imap.select("INBOX")[1] != [b"0"] else ("OK", [])
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
