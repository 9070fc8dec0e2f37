"""Finding letters and people: full-text search over the index file, and known correspondents."""

from __future__ import annotations

import re
from typing import Any

from .connections import CacheFile
from .folders import Folders
from .messages import SELECT_ROWS
from .records import Folder, MessageRow

_FTS_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits: "act_45.txt" is act, 45, txt


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must match, as a prefix, in any field. Words are
    split where the index's tokenizer splits them, so no query term becomes an (unsupported) phrase."""
    words = _FTS_TOKEN.findall(text)
    return " ".join(f'"{w}"*' for w in words)


class Lookup:
    def __init__(self, file: CacheFile, folders: Folders) -> None:
        self._file = file
        self._folders = folders

    def search(self, query: str, account: str | None = None, limit: int = 200) -> list[tuple[Folder, MessageRow]]:
        """The newest letters matching every word of ``query``, with their folders."""
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
        sql = SELECT_ROWS + f"WHERE m.id IN ({newest}) ORDER BY m.date DESC"
        params: list[Any] = [account, match, limit] if account else [match, limit]
        out = []
        folders: dict[int, Folder] = {}
        for r in self._file.search_db.execute(sql, params):
            row = MessageRow.from_row(r)
            if row.folder_id not in folders:
                folder = self._folders.by_id(row.folder_id)
                assert folder is not None
                folders[row.folder_id] = folder
            out.append((folders[row.folder_id], row))
        return out

    def addresses(self, prefix: str, limit: int = 20) -> list[str]:
        """Known correspondents for address completion, most frequent first."""
        rows = self._file.db.execute(
            "SELECT addr, COUNT(*) AS n FROM (SELECT sender AS addr FROM messages UNION ALL "
            "SELECT recipients FROM messages) WHERE addr LIKE ? AND addr != '' GROUP BY addr ORDER BY n DESC LIMIT ?",
            (f"%{prefix}%", limit),
        )
        return [r[0] for r in rows]

    def letters_by_sender(self) -> list[tuple[str, str | None, str | None]]:
        """(From, date, signature verdict JSON or None) of every letter, for the address book."""
        rows = self._file.db.execute(
            "SELECT m.sender, m.date, s.verdict FROM messages m LEFT JOIN signatures s ON s.blob = m.blob"
        )
        return [(r[0], r[1], r[2]) for r in rows]
