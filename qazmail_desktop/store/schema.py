"""The cache file's tables and how an older file is brought to this version's schema."""

from __future__ import annotations

import sqlite3

from . import sqlite
from .mailparse import thread_of_letter
from .searchindex import QUEUE_SCHEMA

# 2: the search index moved to a file of its own (searchindex.py);
# 3: blobs in a rowid table (letters of 10+ KB keyed by a random digest made inserts twice as slow);
# 4: partial indexes for unread counts and unchecked signatures, new letters queued for the index by batch
# 5: each letter's conversation (thread), for the list grouped by conversation
# 6: why a letter could not be read (quarantined: listed and searchable by its headers, kept whole)
# 7: all letters by date, for search to walk them newest first (store/lookup.py)
# 8: without that index: search walks the index file's keys, which follow the dates (store/searchindex.py)
SCHEMA_VERSION = 8
# Of a new cache file. Letters of 10 KB or more span one 32 KiB page instead of three or four 4 KiB
# ones, each written to the WAL and again at the checkpoint: storing a first sync of 10,000 letters
# took 0.5 s less in RAM, for a file 13% larger (146 MB instead of 129 MB for 109 MB of mail).
PAGE_SIZE = 32_768
_SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    name TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    username TEXT NOT NULL,
    imap_host TEXT NOT NULL, imap_port INTEGER NOT NULL, imap_security TEXT NOT NULL,
    smtp_host TEXT NOT NULL, smtp_port INTEGER NOT NULL, smtp_security TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    max_body_bytes INTEGER,
    max_age_days INTEGER
);
CREATE TABLE IF NOT EXISTS folders (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL REFERENCES accounts(name) ON DELETE CASCADE,
    name TEXT NOT NULL,
    delimiter TEXT NOT NULL DEFAULT '/',
    special_use TEXT NOT NULL DEFAULT '',
    uidvalidity INTEGER,
    highestmodseq INTEGER,
    selectable INTEGER NOT NULL DEFAULT 1,
    UNIQUE(account, name)
);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    uid INTEGER NOT NULL,
    blob TEXT NOT NULL,
    has_body INTEGER NOT NULL,
    size INTEGER NOT NULL,
    internaldate TEXT,
    date TEXT,
    subject TEXT NOT NULL,
    sender TEXT NOT NULL,
    recipients TEXT NOT NULL,
    cc TEXT NOT NULL,
    message_id TEXT NOT NULL,
    flags TEXT NOT NULL,
    seen INTEGER NOT NULL,
    flagged INTEGER NOT NULL,
    has_attachments INTEGER NOT NULL,
    signed INTEGER NOT NULL,
    thread TEXT NOT NULL DEFAULT '',
    unreadable TEXT NOT NULL DEFAULT '',
    UNIQUE(folder_id, uid)
);
CREATE INDEX IF NOT EXISTS messages_by_date ON messages(folder_id, date DESC);
CREATE INDEX IF NOT EXISTS messages_by_msgid ON messages(message_id);
CREATE INDEX IF NOT EXISTS messages_by_blob ON messages(blob);
CREATE INDEX IF NOT EXISTS messages_by_thread ON messages(folder_id, thread);
-- Small partial indexes for what every sync and folder list asks: unread counts, and whether any
-- signed letter still waits for its check (each was a scan of the folder or of all letters).
CREATE INDEX IF NOT EXISTS messages_unread ON messages(folder_id) WHERE seen = 0;
CREATE INDEX IF NOT EXISTS messages_signed ON messages(blob) WHERE signed = 1 AND has_body = 1;
CREATE TABLE IF NOT EXISTS signatures (
    blob TEXT PRIMARY KEY,
    verdict TEXT NOT NULL,
    summary TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    trust_key TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS actions (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_BLOBS_TABLE = (
    "CREATE TABLE IF NOT EXISTS blobs (id INTEGER PRIMARY KEY, digest TEXT NOT NULL UNIQUE, data BLOB NOT NULL)"
)
_CANDIDATES_TABLE = "CREATE TABLE IF NOT EXISTS blob_candidates (digest TEXT PRIMARY KEY) WITHOUT ROWID"
# Letters' bytes that may no longer be needed: a message row went or got a new body, an action ended.
_CANDIDATE_TRIGGERS = """
CREATE TRIGGER IF NOT EXISTS blob_candidate_on_delete AFTER DELETE ON messages BEGIN
    INSERT OR IGNORE INTO blob_candidates VALUES (OLD.blob);
END;
CREATE TRIGGER IF NOT EXISTS blob_candidate_on_new_body AFTER UPDATE OF blob ON messages
WHEN OLD.blob != NEW.blob BEGIN
    INSERT OR IGNORE INTO blob_candidates VALUES (OLD.blob);
END;
CREATE TRIGGER IF NOT EXISTS blob_candidate_on_action_done AFTER UPDATE OF state ON actions
WHEN NEW.state = 'done' AND json_extract(NEW.payload, '$.blob') IS NOT NULL BEGIN
    INSERT OR IGNORE INTO blob_candidates VALUES (json_extract(NEW.payload, '$.blob'));
END;
CREATE TRIGGER IF NOT EXISTS blob_candidate_on_action_removed AFTER DELETE ON actions
WHEN json_extract(OLD.payload, '$.blob') IS NOT NULL BEGIN
    INSERT OR IGNORE INTO blob_candidates VALUES (json_extract(OLD.payload, '$.blob'));
END;
"""


def prepare(db: sqlite3.Connection) -> None:
    """Bring the file to this version's schema. A cache already there is only read: commands
    that only read (list, show, search) write nothing and wait for no writer, such as a sync."""
    if _stored_version(db) == SCHEMA_VERSION:
        return
    _migrate(db)
    # Idempotent statements; executescript commits itself.
    db.executescript(";".join((_SCHEMA, _BLOBS_TABLE, _CANDIDATES_TABLE, _CANDIDATE_TRIGGERS, QUEUE_SCHEMA)))
    with sqlite.transaction(db):
        db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


def _stored_version(db: sqlite3.Connection) -> int | None:
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError:  # a new file, without tables yet
        return None
    return int(row[0]) if row else None


def _migrate(db: sqlite3.Connection) -> None:
    """Version 1 kept the search index in this file: drop it (the new index file is built from the letters),
    and version 7 an index of every letter by date that search no longer walks: drop it too.
    Versions 1 and 2 kept blobs WITHOUT ROWID: copy them into the rowid table, in the same transaction,
    and let the next clean-up look at each of them (those versions never dropped a letter's bytes)."""
    with sqlite.transaction(db):
        db.execute("DROP TABLE IF EXISTS message_text")
        db.execute("DROP INDEX IF EXISTS messages_by_time")  # version 7's, which every stored letter wrote to
        blobs = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'blobs'").fetchone()
        if blobs is not None and "WITHOUT ROWID" in blobs[0].upper():
            db.execute("ALTER TABLE blobs RENAME TO blobs_v2")
            db.execute(_BLOBS_TABLE)
            db.execute("INSERT INTO blobs (digest, data) SELECT digest, data FROM blobs_v2")
            db.execute("DROP TABLE blobs_v2")
            db.execute(_CANDIDATES_TABLE)
            db.execute("INSERT OR IGNORE INTO blob_candidates SELECT digest FROM blobs")
        _add_threads(db)
        _add_unreadable(db)


def _add_unreadable(db: sqlite3.Connection) -> None:
    """Version 6 says why a letter could not be read; letters stored before were all read."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(messages)")}
    if columns and "unreadable" not in columns:
        db.execute("ALTER TABLE messages ADD COLUMN unreadable TEXT NOT NULL DEFAULT ''")


def _add_threads(db: sqlite3.Connection) -> None:
    """Version 5 keeps each letter's conversation: read it from the header of every stored letter."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(messages)")}
    if not columns or "thread" in columns:
        return
    db.execute("ALTER TABLE messages ADD COLUMN thread TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT m.id, b.data FROM messages m JOIN blobs b ON b.digest = m.blob").fetchall()
    db.executemany("UPDATE messages SET thread = ? WHERE id = ?", [(thread_of_letter(raw), id_) for id_, raw in rows])
