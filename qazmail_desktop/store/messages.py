"""Message rows: what a folder holds, with flags and the summary the list shows.

A batch's bytes and rows are stored in one transaction (the search index follows from a queue
filled in that same transaction), so a process killed at any point leaves a consistent cache and
the next sync simply continues from the highest stored UID.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping

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

    def count(self, folder_id: int) -> int:
        row = self._file.db.execute("SELECT COUNT(*) FROM messages WHERE folder_id = ?", (folder_id,)).fetchone()
        return int(row[0])

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
    ) -> list[MessageRow]:
        """A page of the folder's letters. ``threaded``: conversations are kept together, ordered by
        their latest (highest) value of the sort column, each oldest letter first; the answers
        within one are marked ``in_thread``."""
        order = SORT_COLUMNS.get(sort, "m.date")
        direction = "DESC" if descending else "ASC"
        if not threaded:
            query = SELECT_ROWS + f"WHERE m.folder_id = ? ORDER BY {order} {direction}, m.uid {direction}"
        else:
            query = (
                f"{ROW_COLUMNS}, ROW_NUMBER() OVER (PARTITION BY {_CONVERSATION} ORDER BY m.date, m.uid) > 1"
                f" AS in_thread{ROW_SOURCE}WHERE m.folder_id = ?"
                f" ORDER BY MAX({order}) OVER (PARTITION BY {_CONVERSATION}) {direction},"
                f" {_CONVERSATION}, m.date, m.uid"
            )
        rows = self._file.db.execute(query + " LIMIT ? OFFSET ?", (folder_id, limit, offset))
        return [MessageRow.from_row(r) for r in rows]

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
