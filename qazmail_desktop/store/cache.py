"""The SQLite cache (WAL): accounts, folders, message rows, flags, search index, signatures, and
the raw letters themselves, stored once each under their SHA-256 (``blobs``).

Every change that belongs together happens in one transaction, so a letter's bytes, its row
and its search entry appear together or not at all: a process killed at any point leaves a
consistent cache, and the next sync simply continues from the highest stored UID. Keeping the
bytes in the database rather than one file each also makes a first sync of many small letters
several times faster (no file creation per letter). Letters that exist only here (the outbox,
queued appends) and queue state changes are durable commits, flushed to disk before returning.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from . import sqlite
from .errors import CacheUnusable
from .mailparse import MessageSummary, summarize
from .searchindex import QUEUE_NEW_LETTERS, QUEUE_SCHEMA, SearchIndex, index_path_for

# 2: the search index moved to a file of its own (searchindex.py);
# 3: blobs in a rowid table (letters of 10+ KB keyed by a random digest made inserts twice as slow);
# 4: partial indexes for unread counts and unchecked signatures, new letters queued for the index by batch
SCHEMA_VERSION = 4
SEARCH_CACHE_KIB = 32 * 1024  # page cache of the search connection, per file
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
    UNIQUE(folder_id, uid)
);
CREATE INDEX IF NOT EXISTS messages_by_date ON messages(folder_id, date DESC);
CREATE INDEX IF NOT EXISTS messages_by_msgid ON messages(message_id);
CREATE INDEX IF NOT EXISTS messages_by_blob ON messages(blob);
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


@dataclass(frozen=True)
class Account:
    name: str
    email: str
    username: str
    imap_host: str
    imap_port: int
    imap_security: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    display_name: str = ""
    max_body_bytes: int | None = None  # larger messages keep headers only until opened online
    max_age_days: int | None = None  # older messages keep headers only until opened online


@dataclass(frozen=True)
class Folder:
    id: int
    account: str
    name: str
    delimiter: str
    special_use: str
    uidvalidity: int | None
    highestmodseq: int | None
    total: int = 0
    unread: int = 0


@dataclass(frozen=True)
class MessageRow:
    id: int
    folder_id: int
    uid: int
    blob: str
    has_body: bool
    size: int
    date: dt.datetime | None
    subject: str
    sender: str
    to: str
    cc: str
    message_id: str
    flags: tuple[str, ...]
    has_attachments: bool
    signed: bool
    signature: dict[str, Any] | None = None

    @property
    def seen(self) -> bool:
        return "\\Seen" in self.flags

    @property
    def flagged(self) -> bool:
        return "\\Flagged" in self.flags


@dataclass(frozen=True)
class Action:
    id: int
    account: str
    kind: str
    payload: dict[str, Any]
    state: str
    attempts: int
    last_error: str


def _action(row: sqlite3.Row) -> Action:
    """A queue row; a payload that is not JSON any more is handed on as None (the replayer sets
    that action aside and says so) instead of stopping the whole queue."""
    try:
        payload = json.loads(row["payload"])
    except (ValueError, TypeError):
        payload = None
    return Action(row["id"], row["account"], row["kind"], payload, row["state"], row["attempts"], row["last_error"])


@dataclass
class IncomingMessage:
    """One message as fetched: raw bytes (or only the header, for messages past the cache limits)."""

    uid: int
    raw: bytes
    has_body: bool
    flags: tuple[str, ...]
    size: int
    internaldate: dt.datetime | None = None
    summary: MessageSummary | None = field(default=None, repr=False)


class _Blobs:
    """Raw letters by SHA-256 in the cache database (written in the caller's transaction, if any)."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache

    def put(self, data: bytes, durable: bool = False) -> str:
        digest = hashlib.sha256(data).hexdigest()
        with self.cache.transaction(durable) as db:
            db.execute("INSERT OR IGNORE INTO blobs (digest, data) VALUES (?, ?)", (digest, data))
        return digest

    def get(self, digest: str) -> bytes | None:
        row = self.cache.db.execute("SELECT data FROM blobs WHERE digest = ?", (digest,)).fetchone()
        return bytes(row[0]) if row else None


def _flags_text(flags: Iterable[str]) -> str:
    return " ".join(sorted(set(flags)))


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()


_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must match, as a prefix, in any field."""
    words = _FTS_TOKEN.findall(text)
    return " ".join(f'"{w}"*' for w in words)


class Cache:
    """One cache per profile; safe to share between threads (one connection each)."""

    def __init__(self, db_path: Path) -> None:
        db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = db_path
        self.blobs = _Blobs(self)
        self._local = threading.local()
        self.index_path = index_path_for(db_path)
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise CacheUnusable(
                f"the mail cache {db_path} cannot be opened ({exc}); move it aside and sync again to start a new "
                "one (letters still waiting to be sent stay in the old file)"
            ) from exc

    def _open(self) -> None:
        """Bring the file to this version's schema. A cache already there is only read: commands
        that only read (list, show, search) write nothing and wait for no writer, such as a sync."""
        if self._stored_schema_version() != SCHEMA_VERSION:
            self._migrate()
            # Idempotent statements; executescript commits itself.
            self.db.executescript(
                ";".join((_SCHEMA, _BLOBS_TABLE, _CANDIDATES_TABLE, _CANDIDATE_TRIGGERS, QUEUE_SCHEMA))
            )
            with self.transaction() as db:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        SearchIndex(self.path).close()  # creates the index file (queueing every letter) if there is none

    def _stored_schema_version(self) -> int | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError:  # a new file, without tables yet
            return None
        return int(row[0]) if row else None

    def _migrate(self) -> None:
        """Version 1 kept the search index in this file: drop it (the new index file is built from the letters).
        Versions 1 and 2 kept blobs WITHOUT ROWID: copy them into the rowid table, in the same transaction,
        and let the next clean-up look at each of them (those versions never dropped a letter's bytes)."""
        with self.transaction() as db:
            db.execute("DROP TABLE IF EXISTS message_text")
            blobs = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'blobs'").fetchone()
            if blobs is not None and "WITHOUT ROWID" in blobs[0].upper():
                db.execute("ALTER TABLE blobs RENAME TO blobs_v2")
                db.execute(_BLOBS_TABLE)
                db.execute("INSERT INTO blobs (digest, data) SELECT digest, data FROM blobs_v2")
                db.execute("DROP TABLE blobs_v2")
                db.execute(_CANDIDATES_TABLE)
                db.execute("INSERT OR IGNORE INTO blob_candidates SELECT digest FROM blobs")

    def update_search_index(self, wait: bool = True) -> int:
        """Index what changed since the index was last brought up to date (usually nothing or a few letters)."""
        index = SearchIndex(self.path)
        try:
            return index.catch_up(wait)
        finally:
            index.close()

    @property
    def db(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite.connect(self.path, page_size=PAGE_SIZE)
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    @property
    def _search_db(self) -> sqlite3.Connection:
        """A read connection with the index file attached. Not the writing one: a transaction locks
        every attached file, and the indexer must be free to write the index while a sync stores letters."""
        conn: sqlite3.Connection | None = getattr(self._local, "search_conn", None)
        if conn is None:
            conn = sqlite.connect(self.path)
            conn.row_factory = sqlite3.Row
            conn.execute("ATTACH DATABASE ? AS search", (str(self.index_path),))
            # A common word matches tens of thousands of letters, each looked up in both files: with
            # room for those pages (SQLite's default is 2 MiB), repeated searches take half the time.
            for schema in ("main", "search"):
                conn.execute(f"PRAGMA {schema}.cache_size = -{SEARCH_CACHE_KIB}")
            self._local.search_conn = conn
        return conn

    def close(self) -> None:
        for name in ("conn", "search_conn"):
            conn = getattr(self._local, name, None)
            if conn is not None:
                conn.close()
                setattr(self._local, name, None)

    def bulk_writes(self) -> AbstractContextManager[None]:
        """Around a sync that may store thousands of letters from this thread (``checkpoints_aside``)."""
        return sqlite.checkpoints_aside(self.db, self.path)

    def transaction(self, durable: bool = False) -> AbstractContextManager[sqlite3.Connection]:
        """One transaction; ``durable`` for the outbox (letters that exist only here)."""
        return sqlite.transaction(self.db, durable)

    # accounts -----------------------------------------------------------------------------
    def add_account(self, account: Account) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO accounts VALUES (:name, :email, :username, :imap_host, :imap_port, :imap_security,"
                " :smtp_host, :smtp_port, :smtp_security, :display_name, :max_body_bytes, :max_age_days)",
                account.__dict__,
            )

    def account(self, name: str) -> Account | None:
        row = self.db.execute("SELECT * FROM accounts WHERE name = ?", (name,)).fetchone()
        return Account(**dict(row)) if row else None

    def accounts(self) -> list[Account]:
        return [Account(**dict(r)) for r in self.db.execute("SELECT * FROM accounts ORDER BY name")]

    def remove_account(self, name: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM actions WHERE account = ?", (name,))
            db.execute("DELETE FROM accounts WHERE name = ?", (name,))
        self.drop_unreferenced_blobs()

    # folders ------------------------------------------------------------------------------
    def upsert_folder(self, account: str, name: str, delimiter: str, special_use: str, selectable: bool) -> Folder:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO folders (account, name, delimiter, special_use, selectable) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(account, name) DO UPDATE SET delimiter = excluded.delimiter, "
                "special_use = excluded.special_use, selectable = excluded.selectable",
                (account, name, delimiter, special_use, int(selectable)),
            )
        folder = self.folder(account, name)
        assert folder is not None
        return folder

    def remove_folder(self, folder_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM folders WHERE id = ?", (folder_id,))

    _FOLDER_SELECT = (
        "SELECT f.id, f.account, f.name, f.delimiter, f.special_use, f.uidvalidity, f.highestmodseq, "
        "(SELECT COUNT(*) FROM messages m WHERE m.folder_id = f.id) AS total, "
        "(SELECT COUNT(*) FROM messages m WHERE m.folder_id = f.id AND m.seen = 0) AS unread FROM folders f "
    )

    def folders(self, account: str) -> list[Folder]:
        rows = self.db.execute(
            self._FOLDER_SELECT + "WHERE f.account = ? AND f.selectable = 1 ORDER BY "
            "CASE f.special_use WHEN '\\Inbox' THEN 0 WHEN '' THEN 2 ELSE 1 END, f.name",
            (account,),
        )
        return [Folder(**dict(r)) for r in rows]

    def folder(self, account: str, name: str) -> Folder | None:
        row = self.db.execute(self._FOLDER_SELECT + "WHERE f.account = ? AND f.name = ?", (account, name)).fetchone()
        return Folder(**dict(row)) if row else None

    def folder_by_id(self, folder_id: int) -> Folder | None:
        row = self.db.execute(self._FOLDER_SELECT + "WHERE f.id = ?", (folder_id,)).fetchone()
        return Folder(**dict(row)) if row else None

    def special_folder(self, account: str, use: str) -> Folder | None:
        row = self.db.execute(self._FOLDER_SELECT + "WHERE f.account = ? AND f.special_use = ?", (account, use))
        found = row.fetchone()
        return Folder(**dict(found)) if found else None

    def set_folder_state(self, folder_id: int, uidvalidity: int | None, highestmodseq: int | None) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE folders SET uidvalidity = ?, highestmodseq = ? WHERE id = ?",
                (uidvalidity, highestmodseq, folder_id),
            )

    def forget_folder_messages(self, folder_id: int) -> None:
        """After a UIDVALIDITY change: the UIDs mean nothing now. Raw bytes and signature verdicts
        (keyed by content) stay, so refetched messages find them again."""
        with self.transaction() as db:
            db.execute("DELETE FROM messages WHERE folder_id = ?", (folder_id,))

    # messages -----------------------------------------------------------------------------
    def store_messages(self, folder_id: int, batch: list[IncomingMessage]) -> None:
        """The bytes and the rows of a batch, in one transaction (the search index follows from the queue)."""
        prepared = [
            (item, item.summary or summarize(item.raw, with_text=False), hashlib.sha256(item.raw).hexdigest())
            for item in batch
        ]
        with self.transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO blobs (digest, data) VALUES (?, ?)", [(d, i.raw) for i, _s, d in prepared]
            )
            highest_before = db.execute("SELECT COALESCE(MAX(id), 0) FROM messages").fetchone()[0]
            db.executemany(
                "INSERT INTO messages (folder_id, uid, blob, has_body, size, internaldate, date, subject, sender,"
                " recipients, cc, message_id, flags, seen, flagged, has_attachments, signed)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(folder_id, uid) DO NOTHING",
                [
                    (
                        folder_id,
                        item.uid,
                        digest,
                        int(item.has_body),
                        item.size,
                        _iso(item.internaldate),
                        _iso(summary.date or item.internaldate),
                        summary.subject,
                        summary.sender,
                        summary.to,
                        summary.cc,
                        summary.message_id,
                        _flags_text(item.flags),
                        int("\\Seen" in item.flags),
                        int("\\Flagged" in item.flags),
                        int(summary.has_attachments),
                        int(summary.signed),
                    )
                    for item, summary, digest in prepared
                ],
            )
            db.execute(QUEUE_NEW_LETTERS, (highest_before,))

    def replace_body(self, message_id: int, raw: bytes) -> None:
        """A message cached as headers only gets its full bytes (opened online)."""
        summary = summarize(raw, with_text=False)
        digest = self.blobs.put(raw)
        with self.transaction() as db:
            db.execute(
                "UPDATE messages SET blob = ?, has_body = 1, has_attachments = ?, signed = ? WHERE id = ?",
                (digest, int(summary.has_attachments), int(summary.signed), message_id),
            )

    def drop_unreferenced_blobs(self) -> int:
        """Drop the bytes (and signature verdicts) of letters that no message row and no unfinished
        action needs any more: expunged, moved away, given a full body, sent. The cache keeps no copy
        of what the user deleted. Only the candidates the triggers noted are looked at."""
        if self.db.execute("SELECT 1 FROM blob_candidates LIMIT 1").fetchone() is None:
            return 0  # none noted (every sync that changed nothing): no write transaction at all
        with self.transaction() as db:
            gone = [
                (row[0],)
                for row in db.execute(
                    "SELECT digest FROM blob_candidates c"
                    " WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.blob = c.digest)"
                    " AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.state != 'done'"
                    " AND json_extract(a.payload, '$.blob') = c.digest)"
                )
            ]
            db.executemany("DELETE FROM blobs WHERE digest = ?", gone)
            db.executemany("DELETE FROM signatures WHERE blob = ?", gone)
            db.execute("DELETE FROM blob_candidates")
        return len(gone)

    def uids(self, folder_id: int) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT uid FROM messages WHERE folder_id = ?", (folder_id,))}

    def max_uid(self, folder_id: int) -> int:
        row = self.db.execute("SELECT MAX(uid) FROM messages WHERE folder_id = ?", (folder_id,)).fetchone()
        return int(row[0] or 0)

    def count(self, folder_id: int) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM messages WHERE folder_id = ?", (folder_id,)).fetchone()[0])

    def flags_by_uid(self, folder_id: int) -> dict[int, tuple[str, ...]]:
        rows = self.db.execute("SELECT uid, flags FROM messages WHERE folder_id = ?", (folder_id,))
        return {r[0]: tuple(r[1].split()) for r in rows}

    def set_flags(self, folder_id: int, changes: Mapping[int, Iterable[str]]) -> int:
        with self.transaction() as db:
            changed = 0
            for uid, flags in changes.items():
                flag_set = set(flags)
                cursor = db.execute(
                    "UPDATE messages SET flags = ?, seen = ?, flagged = ? WHERE folder_id = ? AND uid = ? "
                    "AND flags != ?",
                    (
                        _flags_text(flag_set),
                        int("\\Seen" in flag_set),
                        int("\\Flagged" in flag_set),
                        folder_id,
                        uid,
                        _flags_text(flag_set),
                    ),
                )
                changed += cursor.rowcount
        return changed

    def delete_uids(self, folder_id: int, uids: Iterable[int]) -> int:
        with self.transaction() as db:
            cursor = db.executemany(
                "DELETE FROM messages WHERE folder_id = ? AND uid = ?", ((folder_id, uid) for uid in uids)
            )
        return cursor.rowcount

    _MESSAGE_SELECT = (
        "SELECT m.id, m.folder_id, m.uid, m.blob, m.has_body, m.size, m.date, m.subject, m.sender, "
        "m.recipients AS 'to', m.cc, m.message_id, m.flags, m.has_attachments, m.signed, s.summary AS signature "
        "FROM messages m LEFT JOIN signatures s ON s.blob = m.blob "
    )
    SORT_COLUMNS: ClassVar[dict[str, str]] = {
        "date": "m.date",
        "subject": "m.subject COLLATE NOCASE",
        "sender": "m.sender COLLATE NOCASE",
        "size": "m.size",
        "uid": "m.uid",
    }

    @staticmethod
    def _row(row: sqlite3.Row) -> MessageRow:
        data = dict(row)
        data["date"] = dt.datetime.fromisoformat(data["date"]) if data["date"] else None
        data["flags"] = tuple(data["flags"].split())
        data["has_body"] = bool(data["has_body"])
        data["has_attachments"] = bool(data["has_attachments"])
        data["signed"] = bool(data["signed"])
        data["signature"] = json.loads(data["signature"]) if data["signature"] else None
        return MessageRow(**data)

    def messages(
        self, folder_id: int, sort: str = "date", descending: bool = True, limit: int = -1, offset: int = 0
    ) -> list[MessageRow]:
        order = self.SORT_COLUMNS.get(sort, "m.date")
        direction = "DESC" if descending else "ASC"
        rows = self.db.execute(
            self._MESSAGE_SELECT + f"WHERE m.folder_id = ? ORDER BY {order} {direction}, m.uid {direction} "
            "LIMIT ? OFFSET ?",
            (folder_id, limit, offset),
        )
        return [self._row(r) for r in rows]

    def message(self, folder_id: int, uid: int) -> MessageRow | None:
        row = self.db.execute(self._MESSAGE_SELECT + "WHERE m.folder_id = ? AND m.uid = ?", (folder_id, uid))
        found = row.fetchone()
        return self._row(found) if found else None

    def message_by_id(self, message_id: int) -> MessageRow | None:
        found = self.db.execute(self._MESSAGE_SELECT + "WHERE m.id = ?", (message_id,)).fetchone()
        return self._row(found) if found else None

    def raw(self, row: MessageRow) -> bytes | None:
        return self.blobs.get(row.blob)

    def search(self, query: str, account: str | None = None, limit: int = 200) -> list[tuple[Folder, MessageRow]]:
        match = fts_query(query)
        if not match:
            return []
        # The newest matches are picked by (id, date) alone, then only those rows are read whole:
        # sorting whole rows of 40,000 matches took three times as long.
        newest = (
            "SELECT m.id FROM search.message_text t JOIN messages m ON m.id = t.rowid "
            + ("JOIN folders f ON f.id = m.folder_id AND f.account = ? " if account else "")
            + "WHERE t.message_text MATCH ? ORDER BY m.date DESC LIMIT ?"
        )
        sql = self._MESSAGE_SELECT + f"WHERE m.id IN ({newest}) ORDER BY m.date DESC"
        params: list[Any] = [account, match, limit] if account else [match, limit]
        out = []
        folders: dict[int, Folder] = {}
        for r in self._search_db.execute(sql, params):
            row = self._row(r)
            if row.folder_id not in folders:
                folder = self.folder_by_id(row.folder_id)
                assert folder is not None
                folders[row.folder_id] = folder
            out.append((folders[row.folder_id], row))
        return out

    def addresses(self, prefix: str, limit: int = 20) -> list[str]:
        """Known correspondents for address completion, most frequent first."""
        like = f"%{prefix}%"
        rows = self.db.execute(
            "SELECT addr, COUNT(*) AS n FROM (SELECT sender AS addr FROM messages UNION ALL "
            "SELECT recipients FROM messages) WHERE addr LIKE ? AND addr != '' GROUP BY addr ORDER BY n DESC LIMIT ?",
            (like, limit),
        )
        return [r[0] for r in rows]

    # signatures ---------------------------------------------------------------------------
    def set_signature(self, digest: str, verdict: dict[str, Any], summary: dict[str, Any], trust_key: str) -> None:
        """Store a letter's signature verdict (by content); the queue makes its signer searchable."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO signatures VALUES (?, ?, ?, ?, ?) ON CONFLICT(blob) DO UPDATE SET "
                "verdict = excluded.verdict, summary = excluded.summary, checked_at = excluded.checked_at, "
                "trust_key = excluded.trust_key",
                (
                    digest,
                    json.dumps(verdict, ensure_ascii=False, default=str),
                    json.dumps(summary, ensure_ascii=False, default=str),
                    dt.datetime.now(dt.UTC).isoformat(),
                    trust_key,
                ),
            )

    def signature_verdict(self, digest: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT verdict FROM signatures WHERE blob = ?", (digest,)).fetchone()
        return json.loads(row[0]) if row else None

    def has_unverified_signed(self) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM messages m LEFT JOIN signatures s ON s.blob = m.blob "
            "WHERE m.signed = 1 AND m.has_body = 1 AND s.blob IS NULL LIMIT 1"
        ).fetchone()
        return row is not None

    def unchecked_signed_blobs(self, trust_key: str, limit: int = 10_000) -> list[str]:
        """Signed letters never checked, or checked under other trust data."""
        rows = self.db.execute(
            "SELECT DISTINCT m.blob FROM messages m LEFT JOIN signatures s ON s.blob = m.blob "
            "WHERE m.signed = 1 AND m.has_body = 1 AND (s.blob IS NULL OR s.trust_key != ?) LIMIT ?",
            (trust_key, limit),
        )
        return [r[0] for r in rows]

    # offline actions ----------------------------------------------------------------------
    def enqueue(self, account: str, kind: str, payload: dict[str, Any]) -> int:
        with self.transaction(durable=True) as db:
            cursor = db.execute(
                "INSERT INTO actions (account, kind, payload, created) VALUES (?, ?, ?, ?)",
                (account, kind, json.dumps(payload, ensure_ascii=False), dt.datetime.now(dt.UTC).isoformat()),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def pending_actions(self, account: str) -> list[Action]:
        rows = self.db.execute(
            "SELECT * FROM actions WHERE account = ? AND state IN ('pending', 'running') ORDER BY id", (account,)
        )
        return [_action(r) for r in rows]

    def all_actions(self, account: str | None = None) -> list[Action]:
        sql = "SELECT * FROM actions" + (" WHERE account = ?" if account else "") + " ORDER BY id"
        rows = self.db.execute(sql, (account,) if account else ())
        return [_action(r) for r in rows]

    def mark_action(self, action_id: int, state: str, error: str = "", payload: dict[str, Any] | None = None) -> None:
        with self.transaction(durable=True) as db:  # "sent" must survive a power cut: no resend
            db.execute(
                "UPDATE actions SET state = ?, last_error = ?, attempts = attempts + (? = 'running') WHERE id = ?",
                (state, error, state, action_id),
            )
            if payload is not None:
                db.execute(
                    "UPDATE actions SET payload = ? WHERE id = ?", (json.dumps(payload, ensure_ascii=False), action_id)
                )
