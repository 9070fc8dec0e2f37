"""Raw letters stored once each under their SHA-256, in the cache file itself.

Keeping the bytes in the database rather than one file each makes a first sync of many small
letters several times faster (no file creation per letter), and a letter's bytes, its row and its
search entry appear together in one transaction or not at all.
"""

from __future__ import annotations

import hashlib

from .connections import CacheFile


class Blobs:
    def __init__(self, file: CacheFile) -> None:
        self._file = file

    def put(self, data: bytes, durable: bool = False) -> str:
        """Written in the caller's transaction, if any; returns the digest."""
        digest = hashlib.sha256(data).hexdigest()
        with self._file.transaction(durable) as db:
            db.execute("INSERT OR IGNORE INTO blobs (digest, data) VALUES (?, ?)", (digest, data))
        return digest

    def get(self, digest: str) -> bytes | None:
        row = self._file.db.execute("SELECT data FROM blobs WHERE digest = ?", (digest,)).fetchone()
        return bytes(row[0]) if row else None

    def drop_unreferenced(self) -> int:
        """Drop the bytes (and signature verdicts) of letters that no message row and no unfinished
        action needs any more: expunged, moved away, given a full body, sent. The cache keeps no copy
        of what the user deleted. Only the candidates the triggers noted are looked at."""
        if self._file.db.execute("SELECT 1 FROM blob_candidates LIMIT 1").fetchone() is None:
            return 0  # none noted (every sync that changed nothing): no write transaction at all
        with self._file.transaction() as db:
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
