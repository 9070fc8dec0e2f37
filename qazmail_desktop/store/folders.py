"""The folders of each account, with their sync state and counts."""

from __future__ import annotations

from collections.abc import Collection

from .connections import CacheFile
from .records import Folder

_COLUMNS = "SELECT f.id, f.account, f.name, f.delimiter, f.special_use, f.uidvalidity, f.highestmodseq"
_SELECT = (
    _COLUMNS + ", (SELECT COUNT(*) FROM messages m WHERE m.folder_id = f.id) AS total, "
    "(SELECT COUNT(*) FROM messages m WHERE m.folder_id = f.id AND m.seen = 0) AS unread FROM folders f "
)


class Folders:
    def __init__(self, file: CacheFile) -> None:
        self._file = file

    def upsert(self, account: str, name: str, delimiter: str, special_use: str, selectable: bool) -> Folder:
        with self._file.transaction() as db:
            db.execute(
                "INSERT INTO folders (account, name, delimiter, special_use, selectable) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(account, name) DO UPDATE SET delimiter = excluded.delimiter, "
                "special_use = excluded.special_use, selectable = excluded.selectable",
                (account, name, delimiter, special_use, int(selectable)),
            )
        folder = self.get(account, name)
        assert folder is not None
        return folder

    def remove(self, folder_id: int) -> None:
        with self._file.transaction() as db:
            db.execute("DELETE FROM folders WHERE id = ?", (folder_id,))

    def of_account(self, account: str) -> list[Folder]:
        """The selectable ones: the inbox first, then special folders, then the rest by name."""
        rows = self._file.db.execute(
            _SELECT + "WHERE f.account = ? AND f.selectable = 1 ORDER BY "
            "CASE f.special_use WHEN '\\Inbox' THEN 0 WHEN '' THEN 2 ELSE 1 END, f.name",
            (account,),
        )
        return [Folder(**dict(r)) for r in rows]

    def get(self, account: str, name: str) -> Folder | None:
        return self._one("WHERE f.account = ? AND f.name = ?", account, name)

    def by_id(self, folder_id: int) -> Folder | None:
        return self._one("WHERE f.id = ?", folder_id)

    def without_counts(self, folder_ids: Collection[int]) -> dict[int, Folder]:
        """The folders by id in one query, their ``total`` and ``unread`` left 0: search results
        name their folders, and counting the letters of each (one of 200,000 among them) cost more
        than the search itself (bench/RESULTS.md)."""
        marks = ",".join("?" * len(folder_ids))
        rows = self._file.db.execute(_COLUMNS + f" FROM folders f WHERE f.id IN ({marks})", tuple(folder_ids))
        return {row["id"]: Folder(**dict(row)) for row in rows}

    def special(self, account: str, use: str) -> Folder | None:
        """By RFC 6154 special use (``\\Sent``, ``\\Drafts``, …)."""
        return self._one("WHERE f.account = ? AND f.special_use = ?", account, use)

    def set_state(self, folder_id: int, uidvalidity: int | None, highestmodseq: int | None) -> None:
        with self._file.transaction() as db:
            db.execute(
                "UPDATE folders SET uidvalidity = ?, highestmodseq = ? WHERE id = ?",
                (uidvalidity, highestmodseq, folder_id),
            )

    def _one(self, where: str, *params: object) -> Folder | None:
        row = self._file.db.execute(_SELECT + where, params).fetchone()
        return Folder(**dict(row)) if row else None
