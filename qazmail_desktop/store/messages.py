"""Message rows: what a folder holds, with flags and the summary the list shows.

A batch's bytes and rows are stored in one transaction (the search index follows from a queue
filled in that same transaction), so a process killed at any point leaves a consistent cache and
the next sync simply continues from the highest stored UID.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .blobs import Blobs
from .connections import CacheFile
from .mailparse import summarize
from .records import IncomingMessage, MessageRow
from .searchindex import QUEUE_NEW_LETTERS

# The columns of a MessageRow, with its signature summary (by content) joined in.
ROW_COLUMNS = (
    "SELECT m.id, m.folder_id, m.uid, m.blob, m.has_body, m.size, m.date, m.subject, m.sender, "
    "m.recipients AS 'to', m.cc, m.message_id, m.flags, m.has_attachments, m.signed, m.unreadable, "
    "s.summary AS signature"
)
ROW_SOURCE = " FROM messages m LEFT JOIN signatures s ON s.blob = m.blob "
SELECT_ROWS = ROW_COLUMNS + ROW_SOURCE
# A letter's conversation; a letter without Message-ID is one of its own.
_CONVERSATION = "CASE WHEN m.thread = '' THEN 'letter:' || m.id ELSE m.thread END"
SORT_COLUMNS = {
    "date": "m.date",
    "subject": "m.subject COLLATE NOCASE",
    "sender": "m.sender COLLATE NOCASE",
    "recipients": "m.recipients COLLATE NOCASE",
    "size": "m.size",
    "uid": "m.uid",
}


@dataclass(frozen=True)
class ListFilter:
    """The list's quick filter: every condition set must hold. ``text`` is found, whatever its
    case (Cyrillic and Kazakh letters too: ``str.casefold``), in the sender, the recipients or the
    subject. ``keep``: a letter (by id) listed whatever the filter says, the one open, so that
    reading an unread letter with "Unread" on does not pull it from under the reader."""

    unread: bool = False
    flagged: bool = False
    attachments: bool = False
    signed: bool = False
    text: str = ""
    keep: int | None = None

    @property
    def active(self) -> bool:
        return self.unread or self.flagged or self.attachments or self.signed or bool(self.text.strip())

    def accepts(self, row: MessageRow) -> bool:
        """The same test as the query's, for letters already in hand (search results)."""
        if row.id == self.keep:
            return True
        return (
            (not self.unread or not row.seen)
            and (not self.flagged or row.flagged)
            and (not self.attachments or row.has_attachments)
            and (not self.signed or row.signed)
            and _mentions(row.sender, row.to, row.subject, self.text.strip().casefold())
        )

    def where(self) -> tuple[str, tuple[object, ...]]:
        """An SQL condition on ``m`` and its parameters: never the user's text inside the SQL.
        The cheap column tests come first, so the text is looked at only in rows they let through."""
        tests = [
            test
            for wanted, test in (
                (self.unread, "m.seen = 0"),
                (self.flagged, "m.flagged = 1"),
                (self.attachments, "m.has_attachments = 1"),
                (self.signed, "m.signed = 1"),
            )
            if wanted
        ]
        params: list[object] = []
        if needle := self.text.strip().casefold():
            tests.append(f"{_MENTIONS}(m.sender, m.recipients, m.subject, ?)")
            params.append(needle)
        condition = " AND ".join(tests) or "1"
        return f"(({condition}) OR m.id = ?)", (*params, self.keep if self.keep is not None else -1)


_MENTIONS = "qazmail_mentions"


def _mentions(sender: str | None, to: str | None, subject: str | None, needle: str) -> bool:
    """SQLite's own LIKE and lower() fold ASCII letters only: «Қ» and «қ» would differ."""
    return not needle or any(needle in (value or "").casefold() for value in (sender, to, subject))


def _flags_text(flags: Iterable[str]) -> str:
    return " ".join(sorted(set(flags)))


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()


class Messages:
    def __init__(self, file: CacheFile, blobs: Blobs) -> None:
        self._file = file
        self._blobs = blobs

    def store(self, folder_id: int, batch: list[IncomingMessage]) -> None:
        """The bytes and the rows of a batch, in one transaction (the search index follows from the queue)."""
        prepared = [
            (item, item.summary or summarize(item.raw, with_text=False), hashlib.sha256(item.raw).hexdigest())
            for item in batch
        ]
        with self._file.transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO blobs (digest, data) VALUES (?, ?)", [(d, i.raw) for i, _s, d in prepared]
            )
            highest_before = db.execute("SELECT COALESCE(MAX(id), 0) FROM messages").fetchone()[0]
            db.executemany(
                "INSERT INTO messages (folder_id, uid, blob, has_body, size, internaldate, date, subject, sender,"
                " recipients, cc, message_id, flags, seen, flagged, has_attachments, signed, thread, unreadable)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
                        summary.thread,
                        summary.unreadable,
                    )
                    for item, summary, digest in prepared
                ],
            )
            db.execute(QUEUE_NEW_LETTERS, (highest_before,))

    def replace_body(self, message_id: int, raw: bytes) -> None:
        """A message cached as headers only gets its full bytes (opened online)."""
        summary = summarize(raw, with_text=False)
        digest = self._blobs.put(raw)
        with self._file.transaction() as db:
            db.execute(
                "UPDATE messages SET blob = ?, has_body = 1, has_attachments = ?, signed = ?, unreadable = ?"
                " WHERE id = ?",
                (digest, int(summary.has_attachments), int(summary.signed), summary.unreadable, message_id),
            )

    def forget_folder(self, folder_id: int) -> None:
        """After a UIDVALIDITY change: the UIDs mean nothing now. Raw bytes and signature verdicts
        (keyed by content) stay, so refetched messages find them again."""
        with self._file.transaction() as db:
            db.execute("DELETE FROM messages WHERE folder_id = ?", (folder_id,))

    def uids(self, folder_id: int) -> set[int]:
        return {r[0] for r in self._file.db.execute("SELECT uid FROM messages WHERE folder_id = ?", (folder_id,))}

    def max_uid(self, folder_id: int) -> int:
        row = self._file.db.execute("SELECT MAX(uid) FROM messages WHERE folder_id = ?", (folder_id,)).fetchone()
        return int(row[0] or 0)

    def count(self, folder_id: int, only: ListFilter | None = None) -> int:
        """The folder's letters, or those ``only`` lets through."""
        if only is None or not only.active:
            row = self._file.db.execute("SELECT COUNT(*) FROM messages WHERE folder_id = ?", (folder_id,)).fetchone()
            return int(row[0])
        where, params = only.where()
        found = self._filtering().execute(
            f"SELECT COUNT(*) FROM messages m WHERE m.folder_id = ? AND {where}", (folder_id, *params)
        )
        return int(found.fetchone()[0])

    def _filtering(self) -> sqlite3.Connection:
        """This thread's connection, able to fold case as Python does (``ListFilter``)."""
        db = self._file.db
        db.create_function(_MENTIONS, 4, _mentions, deterministic=True)
        return db

    def flags_by_uid(self, folder_id: int) -> dict[int, tuple[str, ...]]:
        rows = self._file.db.execute("SELECT uid, flags FROM messages WHERE folder_id = ?", (folder_id,))
        return {r[0]: tuple(r[1].split()) for r in rows}

    def set_flags(self, folder_id: int, changes: Mapping[int, Iterable[str]]) -> int:
        """Each UID's whole flag set; returns how many rows changed."""
        with self._file.transaction() as db:
            changed = 0
            for uid, flags in changes.items():
                flag_set = set(flags)
                text = _flags_text(flag_set)
                cursor = db.execute(
                    "UPDATE messages SET flags = ?, seen = ?, flagged = ? WHERE folder_id = ? AND uid = ? "
                    "AND flags != ?",
                    (text, int("\\Seen" in flag_set), int("\\Flagged" in flag_set), folder_id, uid, text),
                )
                changed += cursor.rowcount
        return changed

    def delete_uids(self, folder_id: int, uids: Iterable[int]) -> int:
        with self._file.transaction() as db:
            cursor = db.executemany(
                "DELETE FROM messages WHERE folder_id = ? AND uid = ?", ((folder_id, uid) for uid in uids)
            )
        return cursor.rowcount

    def delete_by_message_id(self, folder_id: int, message_id: str) -> int:
        with self._file.transaction() as db:
            cursor = db.execute("DELETE FROM messages WHERE folder_id = ? AND message_id = ?", (folder_id, message_id))
        return cursor.rowcount

    def in_folder(
        self,
        folder_id: int,
        sort: str = "date",
        descending: bool = True,
        limit: int = -1,
        offset: int = 0,
        *,
        threaded: bool = False,
        only: ListFilter | None = None,
        after: int | None = None,
    ) -> list[MessageRow]:
        """A page of the folder's letters (those ``only`` lets through). ``threaded``: conversations
        are kept together, ordered by their latest (highest) value of the sort column, each oldest
        letter first; the answers within one are marked ``in_thread``. ``after``: the id of the
        last letter of the previous page (``offset`` letters in): in date order the page is found
        from it along the folder's date index, where skipping ``offset`` letters cost a second near
        the end of a 200,000-letter folder (bench/RESULTS.md); other orders sort the folder anyway."""
        where, params = only.where() if only is not None and only.active else ("1", ())
        db = self._filtering() if only is not None and only.active else self._file.db
        if after is not None and sort == "date" and not threaded:
            found = self._after(db, folder_id, descending, limit, after, where, params)
            if found is not None:
                return found
        order = SORT_COLUMNS.get(sort, "m.date")
        direction = "DESC" if descending else "ASC"
        if not threaded:
            query = SELECT_ROWS + f"WHERE m.folder_id = ? AND {where} ORDER BY {order} {direction}, m.uid {direction}"
        else:
            query = (
                f"{ROW_COLUMNS}, ROW_NUMBER() OVER (PARTITION BY {_CONVERSATION} ORDER BY m.date, m.uid) > 1"
                f" AS in_thread{ROW_SOURCE}WHERE m.folder_id = ? AND {where}"
                f" ORDER BY MAX({order}) OVER (PARTITION BY {_CONVERSATION}) {direction},"
                f" {_CONVERSATION}, m.date, m.uid"
            )
        rows = db.execute(query + " LIMIT ? OFFSET ?", (folder_id, *params, limit, offset))
        return [MessageRow.from_row(r) for r in rows]

    def _after(
        self,
        db: sqlite3.Connection,
        folder_id: int,
        descending: bool,
        limit: int,
        after: int,
        where: str,
        params: Sequence[object],
    ) -> list[MessageRow] | None:
        """The letters after letter ``after`` in the folder's date order (date, then UID; letters
        without a date come last newest first, first oldest first); None when that letter is gone
        (a sync removed it), so the caller counts from the start instead. The dated and the undated
        letters are asked apart: a row value over a date that may be NULL is neither less nor
        greater, and one condition holding both would not narrow the index."""
        last = db.execute(
            "SELECT date, uid FROM messages WHERE id = ? AND folder_id = ?", (after, folder_id)
        ).fetchone()
        if last is None:
            return None
        date, uid = last
        later = "<" if descending else ">"
        direction = "DESC" if descending else "ASC"
        steps: list[tuple[str, tuple[object, ...]]] = []
        if date is not None:
            steps.append((f"(m.date, m.uid) {later} (?, ?)", (date, uid)))
            if descending:
                steps.append(("m.date IS NULL", ()))
        else:
            steps.append((f"m.date IS NULL AND m.uid {later} ?", (uid,)))
            if not descending:
                steps.append(("m.date IS NOT NULL", ()))
        found: list[MessageRow] = []
        for condition, values in steps:
            wanted = limit - len(found) if limit >= 0 else -1
            if wanted == 0:
                break
            query = (
                SELECT_ROWS + f"WHERE m.folder_id = ? AND {condition} AND {where} "
                f"ORDER BY m.date {direction}, m.uid {direction} LIMIT ?"
            )
            found += [MessageRow.from_row(r) for r in db.execute(query, (folder_id, *values, *params, wanted))]
        return found

    def after_uid(self, folder_id: int, uid: int) -> list[MessageRow]:
        """The folder's letters with a higher UID, oldest first (what arrived since ``uid``)."""
        rows = self._file.db.execute(
            SELECT_ROWS + "WHERE m.folder_id = ? AND m.uid > ? ORDER BY m.uid", (folder_id, uid)
        )
        return [MessageRow.from_row(r) for r in rows]

    def get(self, folder_id: int, uid: int) -> MessageRow | None:
        return self._one("WHERE m.folder_id = ? AND m.uid = ?", folder_id, uid)

    def by_id(self, message_id: int) -> MessageRow | None:
        return self._one("WHERE m.id = ?", message_id)

    def raw(self, row: MessageRow) -> bytes | None:
        return self._blobs.get(row.blob)

    def _one(self, where: str, *params: object) -> MessageRow | None:
        found = self._file.db.execute(SELECT_ROWS + where, params).fetchone()
        return MessageRow.from_row(found) if found else None
