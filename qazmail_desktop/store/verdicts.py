"""Signature verdicts, stored by the letter's content (its blob digest) with the trust data they were judged under."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from .connections import CacheFile


def encoded(value: dict[str, Any]) -> str:
    """A verdict as stored (worker processes encode their verdicts before they send them back)."""
    return json.dumps(value, ensure_ascii=False, default=str)


class Verdicts:
    def __init__(self, file: CacheFile) -> None:
        self._file = file

    def put(self, digest: str, verdict: dict[str, Any], summary: dict[str, Any], trust_key: str) -> None:
        """Store a letter's signature verdict (by content); the queue makes its signer searchable."""
        self.put_many([(digest, encoded(verdict), encoded(summary))], trust_key)

    def put_many(self, verdicts: Iterable[tuple[str, str, str]], trust_key: str) -> None:
        """(blob digest, verdict JSON, summary JSON) of many letters, in one transaction."""
        now = dt.datetime.now(dt.UTC).isoformat()
        with self._file.transaction() as db:
            db.executemany(
                "INSERT INTO signatures VALUES (?, ?, ?, ?, ?) ON CONFLICT(blob) DO UPDATE SET "
                "verdict = excluded.verdict, summary = excluded.summary, checked_at = excluded.checked_at, "
                "trust_key = excluded.trust_key",
                [(digest, verdict, summary, now, trust_key) for digest, verdict, summary in verdicts],
            )

    def get(self, digest: str) -> dict[str, Any] | None:
        row = self._file.db.execute("SELECT verdict FROM signatures WHERE blob = ?", (digest,)).fetchone()
        return json.loads(row[0]) if row else None

    def any_unchecked(self) -> bool:
        """Whether a signed letter (with its body) was never checked."""
        row = self._file.db.execute(
            "SELECT 1 FROM messages m LEFT JOIN signatures s ON s.blob = m.blob "
            "WHERE m.signed = 1 AND m.has_body = 1 AND s.blob IS NULL LIMIT 1"
        ).fetchone()
        return row is not None

    def unchecked_blobs(self, trust_key: str, limit: int = 10_000) -> list[str]:
        """Signed letters never checked, or checked under other trust data."""
        rows = self._file.db.execute(
            "SELECT DISTINCT m.blob FROM messages m LEFT JOIN signatures s ON s.blob = m.blob "
            "WHERE m.signed = 1 AND m.has_body = 1 AND (s.blob IS NULL OR s.trust_key != ?) LIMIT ?",
            (trust_key, limit),
        )
        return [r[0] for r in rows]
