"""The letters' bytes in the cache: kept while anything needs them, dropped after, and carried over
from the version 2 schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qazmail_desktop.store.cache import Cache, IncomingMessage
from tests.accounts import make_account
from tests.mailgen import letter

ACCOUNT = make_account("anna", "anna@example.kz", imap_port=143, smtp_port=25)


LETTERS = {n: letter(n) for n in range(1, 5)}  # made once: a letter's Message-ID differs at each call


def _cache_with_letters(path: Path, count: int) -> tuple[Cache, int]:
    cache = Cache(path)
    cache.accounts.add(ACCOUNT)
    folder = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    cache.messages.store(folder.id, [IncomingMessage(n, LETTERS[n], True, (), 0) for n in range(1, count + 1)])
    return cache, folder.id


def test_bytes_go_with_the_last_message_that_needs_them(tmp_path: Path) -> None:
    cache, folder_id = _cache_with_letters(tmp_path / "c.sqlite3", 3)
    gone = cache.messages.get(folder_id, 2)
    kept = cache.messages.get(folder_id, 3)
    assert gone is not None and kept is not None
    other = cache.folders.upsert("anna", "Archive", "/", "\\Archive", True)
    cache.messages.store(other.id, [IncomingMessage(1, LETTERS[3], True, (), 0)])  # the same letter twice
    cache.messages.delete_uids(folder_id, [2, 3])
    assert cache.blobs.drop_unreferenced() == 1
    assert cache.blobs.get(gone.blob) is None
    assert cache.blobs.get(kept.blob) is not None  # the Archive copy still needs it
    assert cache.blobs.drop_unreferenced() == 0


def test_unsent_letters_keep_their_bytes_until_sent(tmp_path: Path) -> None:
    cache, _ = _cache_with_letters(tmp_path / "c.sqlite3", 1)
    outgoing = cache.blobs.put(letter(99), durable=True)
    action = cache.actions.enqueue("anna", "send", {"blob": outgoing, "recipients": ["bolat@example.kz"]})
    cache.actions.mark(action, "failed", "550 mailbox unavailable")  # failed: the user may send it again
    cache.blobs.drop_unreferenced()
    assert cache.blobs.get(outgoing) is not None
    cache.actions.mark(action, "done")
    assert cache.blobs.drop_unreferenced() == 1
    assert cache.blobs.get(outgoing) is None


def test_version_2_cache_opens_with_its_letters(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache, folder_id = _cache_with_letters(path, 4)
    rows = [cache.messages.get(folder_id, uid) for uid in range(1, 5)]
    cache.close()
    with sqlite3.connect(path) as db:  # the blobs table as schema 2 had it, plus a letter nothing needs
        db.execute("ALTER TABLE blobs RENAME TO new_blobs")
        db.execute("CREATE TABLE blobs (digest TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID")
        db.execute("INSERT INTO blobs SELECT digest, data FROM new_blobs")
        db.execute("INSERT INTO blobs VALUES ('orphan', x'00')")
        db.execute("DROP TABLE new_blobs")
        db.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    reopened = Cache(path)
    for row in rows:
        assert row is not None and reopened.messages.raw(row) == LETTERS[row.uid]
    assert reopened.blobs.drop_unreferenced() == 1  # the orphan
    assert reopened.file.db.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 4


def test_the_cache_is_its_owners_only(tmp_path: Path) -> None:
    """Cache files were created 0644 (any local user could read all mail): the profile folder is
    0700 and every cache file 0600, and an older, readable cache is tightened when opened."""
    import stat

    from qazmail_desktop.profile import Profile

    profile = Profile(tmp_path / "profile")
    profile.root.mkdir(mode=0o755)
    profile.root.chmod(0o755)
    profile.ensure()
    cache = Cache(profile.cache_db)
    cache.accounts.add(ACCOUNT)
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    cache.messages.store(inbox.id, [IncomingMessage(1, letter(1), True, (), 0)])
    cache.update_search_index()
    files = [p for p in profile.root.iterdir() if p.name.startswith("mail")]
    assert any(p.name.endswith("-wal") for p in files) and len(files) >= 3
    assert stat.S_IMODE(profile.root.stat().st_mode) == 0o700
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {p.name: 0o600 for p in files}
    cache.close()
    profile.cache_db.chmod(0o644)
    reopened = Cache(profile.cache_db)
    assert len(reopened.accounts.all()) == 1
    assert stat.S_IMODE(profile.cache_db.stat().st_mode) == 0o600
