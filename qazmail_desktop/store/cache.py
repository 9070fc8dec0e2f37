"""The SQLite cache (WAL) of one profile, in focused parts that share one file and its transactions.

``cache.accounts``, ``cache.folders``, ``cache.messages`` (rows and flags), ``cache.blobs`` (the
raw letters), ``cache.lookup`` (search and correspondents), ``cache.verdicts`` (signature checks)
and ``cache.actions`` (the offline queue). Changes of several parts that belong together go in
one ``cache.transaction()``: a process killed at any point leaves a consistent cache.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path

from . import schema, sqlerrors
from .accounts import Accounts
from .actions import ActionQueue
from .blobs import Blobs
from .connections import CacheFile
from .errors import CacheUnusable
from .folders import Folders
from .lookup import Lookup
from .messages import Messages
from .records import Account, Action, Folder, IncomingMessage, MessageRow
from .searchindex import SearchIndex
from .verdicts import Verdicts

__all__ = ["Account", "Action", "Cache", "Folder", "IncomingMessage", "MessageRow"]


class Cache:
    """One cache per profile; safe to share between threads (one connection each)."""

    def __init__(self, db_path: Path) -> None:
        db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.file = CacheFile(db_path)
        self.blobs = Blobs(self.file)
        self.accounts = Accounts(self.file, self.blobs)
        self.folders = Folders(self.file)
        self.messages = Messages(self.file, self.blobs)
        self.lookup = Lookup(self.file, self.folders)
        self.verdicts = Verdicts(self.file)
        self.actions = ActionQueue(self.file)
        try:
            schema.prepare(self.file.db)
            if not self.file.frozen:
                SearchIndex(db_path).close()  # creates the index file (queueing every letter) if there is none
        except sqlite3.DatabaseError as exc:
            self.close()
            raise CacheUnusable(sqlerrors.describe(exc, db_path)) from exc

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def index_path(self) -> Path:
        return self.file.index_path

    def transaction(self, durable: bool = False) -> AbstractContextManager[sqlite3.Connection]:
        """One transaction across the parts; ``durable`` for the outbox (letters that exist only here)."""
        return self.file.transaction(durable)

    def bulk_writes(self) -> AbstractContextManager[None]:
        return self.file.bulk_writes()

    @property
    def frozen(self) -> bool:
        """The disk is full: the cache is read as it is and cannot be written."""
        return self.file.frozen

    def update_search_index(self, wait: bool = True) -> int:
        """Index what changed since the index was last brought up to date (usually nothing or a few
        letters); on a full disk nothing can be, and search uses the index as it is."""
        if self.file.frozen:
            return 0
        index = SearchIndex(self.path)
        try:
            return index.catch_up(wait)
        finally:
            index.close()

    def close(self) -> None:
        """This thread's connections."""
        self.file.close()
