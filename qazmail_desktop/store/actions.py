"""The offline action queue: what the user did while offline, replayed in order when the server answers.

State changes are durable commits (flushed to disk before returning): a letter recorded as sent
must stay so after a power cut, or it would be sent again.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from .connections import CacheFile
from .records import Action


class ActionQueue:
    def __init__(self, file: CacheFile) -> None:
        self._file = file

    def enqueue(self, account: str, kind: str, payload: dict[str, Any]) -> int:
        with self._file.transaction(durable=True) as db:
            cursor = db.execute(
                "INSERT INTO actions (account, kind, payload, created) VALUES (?, ?, ?, ?)",
                (account, kind, json.dumps(payload, ensure_ascii=False), dt.datetime.now(dt.UTC).isoformat()),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def pending(self, account: str) -> list[Action]:
        rows = self._file.db.execute(
            "SELECT * FROM actions WHERE account = ? AND state IN ('pending', 'running') ORDER BY id", (account,)
        )
        return [Action.from_row(r) for r in rows]

    def all(self, account: str | None = None) -> list[Action]:
        sql = "SELECT * FROM actions" + (" WHERE account = ?" if account else "") + " ORDER BY id"
        rows = self._file.db.execute(sql, (account,) if account else ())
        return [Action.from_row(r) for r in rows]

    def mark(self, action_id: int, state: str, error: str = "", payload: dict[str, Any] | None = None) -> None:
        with self._file.transaction(durable=True) as db:
            db.execute(
                "UPDATE actions SET state = ?, last_error = ?, attempts = attempts + (? = 'running') WHERE id = ?",
                (state, error, state, action_id),
            )
            if payload is not None:
                db.execute(
                    "UPDATE actions SET payload = ? WHERE id = ?", (json.dumps(payload, ensure_ascii=False), action_id)
                )

    def remove(self, action_id: int) -> None:
        """Forget an action that will not run (its letter's bytes are dropped at the next clean-up)."""
        with self._file.transaction(durable=True) as db:
            db.execute("DELETE FROM actions WHERE id = ?", (action_id,))
