"""The embedded server's persistent mailboxes: SQLite index (WAL) and content-addressed bytes.

Every change (APPEND, STORE, COPY, MOVE, EXPUNGE, delivery) is one transaction that bumps the
mailbox's MODSEQ, so concurrent sessions see each other's changes and CONDSTORE works.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import sqlite3
import threading
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from ..store import sqlite
from .blobs import BlobStore

DEFAULT_FOLDERS = {"INBOX": "", "Sent": "\\Sent", "Drafts": "\\Drafts", "Trash": "\\Trash", "Junk": "\\Junk"}
_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (email TEXT PRIMARY KEY, password TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mailboxes (
    id INTEGER PRIMARY KEY, user TEXT NOT NULL, name TEXT NOT NULL, special_use TEXT NOT NULL DEFAULT '',
    uidvalidity INTEGER NOT NULL, uidnext INTEGER NOT NULL DEFAULT 1, highestmodseq INTEGER NOT NULL DEFAULT 1,
    subscribed INTEGER NOT NULL DEFAULT 1, UNIQUE(user, name));
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY, mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    uid INTEGER NOT NULL, flags TEXT NOT NULL, internaldate TEXT NOT NULL, size INTEGER NOT NULL,
    blob TEXT NOT NULL, modseq INTEGER NOT NULL, UNIQUE(mailbox_id, uid));
"""


_HASH_SCHEME = "pbkdf2-sha256"
_HASH_ROUNDS = 100_000  # about 30 ms a check: slow for guessing, quick for a login


def password_hash(password: str, salt: bytes | None = None, rounds: int = _HASH_ROUNDS) -> str:
    """A salted PBKDF2-SHA256 hash, as the users table keeps passwords (never in clear text)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, rounds)
    return f"{_HASH_SCHEME}${rounds}${salt.hex()}${digest.hex()}"


def _matches(stored: str, password: str) -> bool:
    try:
        _scheme, rounds, salt, _digest = stored.split("$")
        expected = password_hash(password, bytes.fromhex(salt), int(rounds))
    except ValueError:
        return False
    return secrets.compare_digest(expected.encode(), stored.encode())


class MailStoreError(Exception):
    """A request the store refuses (the IMAP layer answers NO with this text)."""


@dataclass(frozen=True)
class Mailbox:
    id: int
    user: str
    name: str
    special_use: str
    uidvalidity: int
    uidnext: int
    highestmodseq: int
    subscribed: bool


@dataclass(frozen=True)
class StoredMessage:
    uid: int
    flags: frozenset[str]
    internaldate: dt.datetime
    size: int
    blob: str
    modseq: int


class MailStore:
    def __init__(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.root = root
        self.blobs = BlobStore(root / "blobs")
        self._local = threading.local()
        self._db().executescript(_SCHEMA)

    def _db(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite.connect(self.root / "mail.sqlite3")
            self._local.conn = conn
        return conn

    def _tx(self) -> AbstractContextManager[sqlite3.Connection]:
        return sqlite.transaction(self._db(), durable=True)  # this server is where the mail lives

    # users ----------------------------------------------------------------------------------
    def add_user(self, email: str, password: str) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO users VALUES (?, ?) ON CONFLICT(email) DO UPDATE SET password = excluded.password",
                (email.lower(), password_hash(password)),
            )
        for name, use in DEFAULT_FOLDERS.items():
            if self.mailbox(email, name) is None:
                self.create(email, name, use)

    def users(self) -> list[str]:
        return [r[0] for r in self._db().execute("SELECT email FROM users ORDER BY email")]

    def check_password(self, email: str, password: str) -> str | None:
        """The user's address when ``password`` is theirs. A password stored in clear text by an
        older version is checked once more that way, and stored hashed from then on."""
        row = self._db().execute("SELECT email, password FROM users WHERE email = ?", (email.lower(),)).fetchone()
        if row is None:
            password_hash(password)  # the same work for an unknown user: no timing tells who exists
            return None
        stored = str(row[1])
        if stored.startswith(_HASH_SCHEME + "$"):
            return str(row[0]) if _matches(stored, password) else None
        if not secrets.compare_digest(stored.encode(), password.encode()):
            return None
        with self._tx() as db:
            db.execute("UPDATE users SET password = ? WHERE email = ?", (password_hash(password), row[0]))
        return str(row[0])

    def has_user(self, email: str) -> bool:
        return self._db().execute("SELECT 1 FROM users WHERE email = ?", (email.lower(),)).fetchone() is not None

    # mailboxes ------------------------------------------------------------------------------
    @staticmethod
    def _normalize(name: str) -> str:
        return "INBOX" if name.upper() == "INBOX" else name

    def mailboxes(self, user: str) -> list[Mailbox]:
        rows = self._db().execute("SELECT * FROM mailboxes WHERE user = ? ORDER BY name", (user,))
        return [self._box(r) for r in rows]

    def mailbox(self, user: str, name: str) -> Mailbox | None:
        row = (
            self._db()
            .execute("SELECT * FROM mailboxes WHERE user = ? AND name = ?", (user, self._normalize(name)))
            .fetchone()
        )
        return self._box(row) if row else None

    @staticmethod
    def _box(row: tuple[int, str, str, str, int, int, int, int]) -> Mailbox:
        return Mailbox(row[0], row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]))

    def create(self, user: str, name: str, special_use: str = "") -> Mailbox:
        name = self._normalize(name).rstrip("/")
        if not name or len(name) > 512:
            raise MailStoreError("bad mailbox name")
        if self.mailbox(user, name):
            raise MailStoreError("mailbox already exists")
        uidvalidity = int(dt.datetime.now(dt.UTC).timestamp()) + secrets.randbelow(1000)
        with self._tx() as db:
            parts = name.split("/")
            for depth in range(1, len(parts)):  # parents exist too, as real folders
                parent = "/".join(parts[:depth])
                db.execute(
                    "INSERT OR IGNORE INTO mailboxes (user, name, uidvalidity) VALUES (?, ?, ?)",
                    (user, parent, uidvalidity),
                )
            db.execute(
                "INSERT INTO mailboxes (user, name, special_use, uidvalidity) VALUES (?, ?, ?, ?)",
                (user, name, special_use, uidvalidity),
            )
        box = self.mailbox(user, name)
        assert box is not None
        return box

    def delete(self, user: str, name: str) -> None:
        if self._normalize(name) == "INBOX":
            raise MailStoreError("INBOX cannot be deleted")
        with self._tx() as db:
            cur = db.execute("DELETE FROM mailboxes WHERE user = ? AND name = ?", (user, name))
            if not cur.rowcount:
                raise MailStoreError("no such mailbox")

    def rename(self, user: str, old: str, new: str) -> None:
        if self.mailbox(user, old) is None:
            raise MailStoreError("no such mailbox")
        if self.mailbox(user, new) is not None:
            raise MailStoreError("target mailbox exists")
        if self._normalize(old) == "INBOX":
            raise MailStoreError("renaming INBOX is not supported")
        with self._tx() as db:
            db.execute("UPDATE mailboxes SET name = ? WHERE user = ? AND name = ?", (new, user, old))
            db.execute(
                "UPDATE mailboxes SET name = ? || substr(name, ?) WHERE user = ? AND name LIKE ?",
                (new, len(old) + 1, user, old + "/%"),
            )

    def subscribe(self, user: str, name: str, on: bool) -> None:
        with self._tx() as db:
            db.execute("UPDATE mailboxes SET subscribed = ? WHERE user = ? AND name = ?", (int(on), user, name))

    # messages -------------------------------------------------------------------------------
    def messages(self, mailbox_id: int) -> list[StoredMessage]:
        rows = self._db().execute(
            "SELECT uid, flags, internaldate, size, blob, modseq FROM messages WHERE mailbox_id = ? ORDER BY uid",
            (mailbox_id,),
        )
        return [
            StoredMessage(r[0], frozenset(r[1].split()), dt.datetime.fromisoformat(r[2]), r[3], r[4], r[5])
            for r in rows
        ]

    def state(self, mailbox_id: int) -> tuple[int, int, int]:
        """(uidvalidity, uidnext, highestmodseq)"""
        row = (
            self._db()
            .execute("SELECT uidvalidity, uidnext, highestmodseq FROM mailboxes WHERE id = ?", (mailbox_id,))
            .fetchone()
        )
        if row is None:
            raise MailStoreError("mailbox was deleted")
        return int(row[0]), int(row[1]), int(row[2])

    def read(self, blob: str) -> bytes:
        data = self.blobs.get(blob)
        if data is None:
            raise MailStoreError("message content missing")
        return data

    def append(
        self, mailbox_id: int, raw: bytes, flags: Iterable[str] = (), internaldate: dt.datetime | None = None
    ) -> int:
        digest = self.blobs.put(raw, durable=True)  # this server is where the mail lives
        when = (internaldate or dt.datetime.now(dt.UTC)).isoformat()
        with self._tx() as db:
            uid, modseq = db.execute(
                "SELECT uidnext, highestmodseq + 1 FROM mailboxes WHERE id = ?", (mailbox_id,)
            ).fetchone()
            db.execute(
                "INSERT INTO messages (mailbox_id, uid, flags, internaldate, size, blob, modseq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (mailbox_id, uid, " ".join(sorted(set(flags))), when, len(raw), digest, modseq),
            )
            db.execute(
                "UPDATE mailboxes SET uidnext = ?, highestmodseq = ? WHERE id = ?", (uid + 1, modseq, mailbox_id)
            )
        return int(uid)

    def store_flags(
        self, mailbox_id: int, uids: Iterable[int], mode: str, flags: Iterable[str], unchanged_since: int | None = None
    ) -> tuple[dict[int, frozenset[str]], list[int]]:
        """mode is '+', '-' or '': returns ({uid: new flags} of changed messages, uids that failed UNCHANGEDSINCE)."""
        wanted = set(flags)
        changed: dict[int, frozenset[str]] = {}
        failed = []
        with self._tx() as db:
            (modseq,) = db.execute("SELECT highestmodseq + 1 FROM mailboxes WHERE id = ?", (mailbox_id,)).fetchone()
            for uid in uids:
                row = db.execute(
                    "SELECT flags, modseq FROM messages WHERE mailbox_id = ? AND uid = ?", (mailbox_id, uid)
                ).fetchone()
                if row is None:
                    continue
                if unchanged_since is not None and row[1] > unchanged_since:
                    failed.append(uid)
                    continue
                current = set(row[0].split())
                new = current | wanted if mode == "+" else current - wanted if mode == "-" else wanted
                if new != current:
                    db.execute(
                        "UPDATE messages SET flags = ?, modseq = ? WHERE mailbox_id = ? AND uid = ?",
                        (" ".join(sorted(new)), modseq, mailbox_id, uid),
                    )
                    changed[uid] = frozenset(new)
            if changed:
                db.execute("UPDATE mailboxes SET highestmodseq = ? WHERE id = ?", (modseq, mailbox_id))
        return changed, failed

    def copy(self, source_id: int, uids: Iterable[int], target_id: int) -> list[tuple[int, int]]:
        """Returns (source uid, new uid) pairs, for COPYUID."""
        pairs = []
        with self._tx() as db:
            uid, modseq = db.execute(
                "SELECT uidnext, highestmodseq + 1 FROM mailboxes WHERE id = ?", (target_id,)
            ).fetchone()
            for src in sorted(uids):
                row = db.execute(
                    "SELECT flags, internaldate, size, blob FROM messages WHERE mailbox_id = ? AND uid = ?",
                    (source_id, src),
                ).fetchone()
                if row is None:
                    continue
                db.execute(
                    "INSERT INTO messages (mailbox_id, uid, flags, internaldate, size, blob, modseq) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (target_id, uid, row[0], row[1], row[2], row[3], modseq),
                )
                pairs.append((src, uid))
                uid += 1
            db.execute("UPDATE mailboxes SET uidnext = ?, highestmodseq = ? WHERE id = ?", (uid, modseq, target_id))
        return pairs

    def expunge(self, mailbox_id: int, only_uids: Iterable[int] | None = None) -> list[int]:
        """Remove \\Deleted messages (limited to ``only_uids`` for UID EXPUNGE); returns removed UIDs."""
        with self._tx() as db:
            rows = db.execute(
                "SELECT uid FROM messages WHERE mailbox_id = ? AND ' ' || flags || ' ' LIKE '% \\Deleted %'",
                (mailbox_id,),
            ).fetchall()
            allowed = set(only_uids) if only_uids is not None else None
            removed = [r[0] for r in rows if allowed is None or r[0] in allowed]
            for uid in removed:
                db.execute("DELETE FROM messages WHERE mailbox_id = ? AND uid = ?", (mailbox_id, uid))
            if removed:
                db.execute("UPDATE mailboxes SET highestmodseq = highestmodseq + 1 WHERE id = ?", (mailbox_id,))
        return removed

    def remove(self, mailbox_id: int, uids: Iterable[int]) -> None:
        """For MOVE: take messages out without the \\Deleted dance."""
        with self._tx() as db:
            for uid in uids:
                db.execute("DELETE FROM messages WHERE mailbox_id = ? AND uid = ?", (mailbox_id, uid))
            db.execute("UPDATE mailboxes SET highestmodseq = highestmodseq + 1 WHERE id = ?", (mailbox_id,))

    def deliver(self, recipient: str, raw: bytes) -> bool:
        box = self.mailbox(recipient.lower(), "INBOX")
        if box is None:
            return False
        self.append(box.id, raw)
        return True
