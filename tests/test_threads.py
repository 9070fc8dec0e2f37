"""Conversations: a letter's thread is read from References / In-Reply-To, and the list grouped by
conversation keeps each together, its first letter on top, ordered by the latest letter."""

from __future__ import annotations

import datetime as dt
import sqlite3
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from qazmail_desktop.store.cache import Cache, IncomingMessage
from qazmail_desktop.store.mailparse import summarize, thread_of
from tests.accounts import make_account

START = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def _letter(subject: str, hours: int, message_id: str, *, answers: list[str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "dana@dala.kz", "anna@altyn.kz", subject
    msg["Date"] = format_datetime(START + dt.timedelta(hours=hours))
    msg["Message-ID"] = message_id
    if answers:
        msg["In-Reply-To"] = answers[-1]
        msg["References"] = " ".join(answers)
    msg.set_content(subject)
    return msg.as_bytes()


# Two conversations and a lone letter, arriving interleaved; the contract's last answer is the newest.
LETTERS = [
    _letter("Договор", 0, "<contract@dala.kz>"),
    _letter("Акт", 1, "<act@dala.kz>"),
    _letter("Re: Договор", 2, "<c2@altyn.kz>", answers=["<contract@dala.kz>"]),
    _letter("Счёт", 3, "<invoice@dala.kz>"),
    _letter("Re: Акт", 4, "<a2@altyn.kz>", answers=["<act@dala.kz>"]),
    _letter("Re: Re: Договор", 5, "<c3@dala.kz>", answers=["<contract@dala.kz>", "<c2@altyn.kz>"]),
]


def _cache(path: Path) -> tuple[Cache, int]:
    cache = Cache(path)
    cache.accounts.add(make_account("anna", "anna@altyn.kz"))
    folder = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    cache.messages.store(folder.id, [IncomingMessage(n, raw, True, (), len(raw)) for n, raw in enumerate(LETTERS, 1)])
    return cache, folder.id


def test_thread_is_the_first_reference_else_the_answered_letter_else_its_own() -> None:
    assert thread_of("<c@x>", "<b@x>", "<a@x> <b@x>") == "<a@x>"
    assert thread_of("<c@x>", "<b@x> (by Outlook)", "") == "<b@x>"
    assert thread_of("<c@x>", "", "") == "<c@x>"
    assert thread_of("", "", "not an id") == ""
    assert summarize(LETTERS[5]).thread == "<contract@dala.kz>"


def test_grouped_list_keeps_conversations_together(tmp_path: Path) -> None:
    cache, folder_id = _cache(tmp_path / "c.sqlite3")
    flat = [(r.subject, r.in_thread) for r in cache.messages.in_folder(folder_id)]
    assert [s for s, _ in flat] == ["Re: Re: Договор", "Re: Акт", "Счёт", "Re: Договор", "Акт", "Договор"]
    assert not any(in_thread for _, in_thread in flat)
    grouped = [(r.subject, r.in_thread) for r in cache.messages.in_folder(folder_id, threaded=True)]
    assert grouped == [
        ("Договор", False),
        ("Re: Договор", True),
        ("Re: Re: Договор", True),
        ("Акт", False),
        ("Re: Акт", True),
        ("Счёт", False),
    ]
    oldest_first = [r.subject for r in cache.messages.in_folder(folder_id, descending=False, threaded=True)]
    assert oldest_first == ["Счёт", "Акт", "Re: Акт", "Договор", "Re: Договор", "Re: Re: Договор"]
    pages = cache.messages.in_folder(folder_id, limit=4, threaded=True)
    pages += cache.messages.in_folder(folder_id, limit=4, offset=4, threaded=True)
    assert [(r.subject, r.in_thread) for r in pages] == grouped


def test_a_version_4_cache_learns_the_conversations_of_its_letters(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache, folder_id = _cache(path)
    cache.close()
    with sqlite3.connect(path) as db:  # the messages table as schema 4 had it
        db.execute("DROP INDEX messages_by_thread")
        db.execute("ALTER TABLE messages DROP COLUMN thread")
        db.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    reopened = Cache(path)
    grouped = [r.subject for r in reopened.messages.in_folder(folder_id, threaded=True)]
    assert grouped[:3] == ["Договор", "Re: Договор", "Re: Re: Договор"]
