"""The search index beside the cache: every stored letter queued once, newest matches first, an
index of an older layout built again, and the MIME header split it relies on."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from qazmail_desktop.store import sqlite
from qazmail_desktop.store.cache import Account, Cache, IncomingMessage
from qazmail_desktop.store.rawmime import split_header
from tests.accounts import make_account
from tests.mailgen import letter


def _account(name: str) -> Account:
    return make_account(name, f"{name}@example.kz", username=name, imap_port=143, smtp_port=25)


def _store(cache: Cache, folder_id: int, uids: range, offset: int = 0) -> None:
    """Letters numbered uid + offset: a higher number is a later Date."""
    cache.messages.store(folder_id, [IncomingMessage(u, letter(u + offset), True, (), 0) for u in uids])


def test_each_stored_letter_is_queued_once(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(_account("anna"))
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    _store(cache, inbox.id, range(1, 4))
    _store(cache, inbox.id, range(3, 6))  # UID 3 again (a sync resumed after a kill): stored and queued once
    queued = [r[0] for r in cache.file.db.execute("SELECT message_id FROM search_queue ORDER BY seq")]
    ids = [r[0] for r in cache.file.db.execute("SELECT id FROM messages ORDER BY id")]
    assert len(ids) == 5 and queued == ids
    cache.update_search_index()
    assert {row.uid for _f, row in cache.lookup.search("письма")} == {1, 2, 3, 4, 5}


def test_search_gives_the_newest_matches_of_the_account_asked(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    for name in ("anna", "bolat"):
        cache.accounts.add(_account(name))
    anna = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    archive = cache.folders.upsert("anna", "Archive", "/", "\\Archive", True)
    bolat = cache.folders.upsert("bolat", "INBOX", "/", "\\Inbox", True)
    _store(cache, anna.id, range(1, 31))
    _store(cache, archive.id, range(1, 11), offset=100)  # stored later, yet newer by date: they come first
    _store(cache, bolat.id, range(1, 11), offset=200)
    cache.update_search_index()
    hits = cache.lookup.search("письма", limit=15)
    dates = [row.date for _f, row in hits if row.date is not None]
    assert len(dates) == len(hits) == 15 and dates == sorted(dates, reverse=True)
    assert {f.account for f, _row in hits[:10]} == {"bolat"}
    anna_hits = cache.lookup.search("письма", account="anna", limit=12)
    assert [(f.name, row.uid) for f, row in anna_hits] == [("Archive", u) for u in range(10, 0, -1)] + [
        ("INBOX", 30),
        ("INBOX", 29),
    ]
    assert cache.lookup.search("письма", account="anna", limit=100)[-1][1].uid == 1


def _indexed_cache(path: Path, letters: int) -> Cache:
    cache = Cache(path)
    cache.accounts.add(_account("anna"))
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    _store(cache, inbox.id, range(1, letters + 1))
    cache.update_search_index()
    return cache


def test_an_index_of_an_older_layout_is_built_again(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = _indexed_cache(path, 5)
    index_path = cache.index_path
    cache.close()
    with sqlite3.connect(index_path) as index:  # an index file as version 1 left it: no version mark
        index.execute("DELETE FROM message_text")
        index.execute("PRAGMA user_version = 0")
    reopened = Cache(path)
    reopened.update_search_index()
    assert len(reopened.lookup.search("письма")) == 5
    with sqlite3.connect(index_path) as index:
        assert index.execute("PRAGMA user_version").fetchone()[0] >= 2


def _split_by_expression(raw: bytes) -> tuple[bytes, bytes]:
    """The definition: the header ends at the first blank line, LF or CRLF."""
    match = re.search(rb"\r?\n\r?\n", raw)
    if match is None:
        return raw, b""
    if raw.startswith((b"\r\n", b"\n")):
        nl = 2 if raw.startswith(b"\r\n") else 1
        return raw[:nl], raw[nl:]
    return raw[: match.end()], raw[match.end() :]


@pytest.mark.parametrize(
    "raw",
    [
        b"Subject: a\r\n\r\nbody\r\n\r\nmore",
        b"Subject: a\n\nbody",
        b"Subject: a\r\nX: b\n\nbody\r\n\r\n",  # a bare-LF blank line before a CRLF one
        b"Subject: a\n\r\nbody",
        b"Subject: a\r\n\nbody",
        b"\r\nbody only",
        b"\nbody only\n\n",
        b"Subject: no body at all\r\n",
        b"",
    ],
)
def test_header_ends_at_the_first_blank_line(raw: bytes) -> None:
    assert split_header(raw) == _split_by_expression(raw)


def test_reading_commands_wait_for_no_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sync holds the write locks of the cache and of the index in turns; opening the cache to
    list or search must not need either (it used to write its schema at every open)."""
    path = tmp_path / "c.sqlite3"
    cache = _indexed_cache(path, 3)
    writers = [sqlite3.connect(p, isolation_level=None) for p in (path, cache.index_path)]
    cache.close()
    for writer in writers:
        writer.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_MS", 0)  # a wait for a lock fails at once, not after 30 s
    try:
        reader = Cache(path)
        folder = reader.folders.get("anna", "INBOX")
        assert folder is not None and len(reader.messages.in_folder(folder.id)) == 3
        assert len(reader.lookup.search("письма")) == 3
    finally:
        for writer in writers:
            writer.execute("ROLLBACK")


def test_words_joined_by_underscores_and_dots_are_searchable(tmp_path: Path) -> None:
    """'act_45.txt' failed with an FTS5 error (a phrase query); it is three words to the index."""
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(_account("anna"))
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    raw = letter(1).replace(b"Subject: ", b"Subject: act_45.txt ", 1)
    cache.messages.store(inbox.id, [IncomingMessage(1, raw, True, (), 0)])
    cache.update_search_index()
    assert [row.uid for _f, row in cache.lookup.search("act_45.txt")] == [1]
    assert cache.lookup.search("___") == []
