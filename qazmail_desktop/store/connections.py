"""The cache file's connections: one per thread, plus a read connection with the search index attached."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import AbstractContextManager
from pathlib import Path

from . import sqlite
from .schema import PAGE_SIZE
from .searchindex import index_path_for

SEARCH_CACHE_KIB = 32 * 1024  # page cache of the search connection, per file


class CacheFile:
    """Safe to share between threads (each gets its own connections); every part of the cache
    writes through ``transaction`` here, so changes of several parts commit together."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.index_path = index_path_for(path)
        self._local = threading.local()
        # the disk is full: the file is read as it is, and nothing can be written (list, show and
        # search still work; what would write says the disk is full)
        self.frozen = False

    @property
    def db(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and self._local.frozen and not self.frozen:
            self.close()  # space again: this thread's read-only connections make way for writing ones
            conn = None
        if conn is None:
            conn = self._connect()
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
            self._local.frozen = self.frozen
        return conn

    def _connect(self) -> sqlite3.Connection:
        if not self.frozen:
            try:
                return sqlite.connect(self.path, page_size=PAGE_SIZE)
            except sqlite3.OperationalError:
                if not (self.path.is_file() and sqlite.disk_full(self.path)):
                    raise
                self.frozen = True
        return sqlite.connect_frozen(self.path)

    @property
    def search_db(self) -> sqlite3.Connection:
        """A read connection with the index file attached. Not the writing one: a transaction locks
        every attached file, and the indexer must be free to write the index while a sync stores letters."""
        self.db  # noqa: B018 - finds out whether the disk is full (or has space again)
        conn: sqlite3.Connection | None = getattr(self._local, "search_conn", None)
        if conn is None:
            conn = sqlite.connect_frozen(self.path) if self.frozen else sqlite.connect(self.path)
            conn.row_factory = sqlite3.Row
            index = sqlite.frozen_uri(self.index_path) if self.frozen else str(self.index_path)
            conn.execute("ATTACH DATABASE ? AS search", (index,))
            # A common word matches tens of thousands of letters, each looked up in both files: with
            # room for those pages (SQLite's default is 2 MiB), repeated searches take half the time.
            for schema in ("main", "search"):
                conn.execute(f"PRAGMA {schema}.cache_size = -{SEARCH_CACHE_KIB}")
            self._local.search_conn = conn
        return conn

    def transaction(self, durable: bool = False) -> AbstractContextManager[sqlite3.Connection]:
        """One transaction; ``durable`` for the outbox (letters that exist only here). A cache read
        frozen while the disk was full is written again once there is space (a window left open
        sends the letter the disk refused, without a restart)."""
        if self.frozen and not sqlite.disk_full(self.path):
            self.frozen = False
        return sqlite.transaction(self.db, durable)

    def bulk_writes(self) -> AbstractContextManager[None]:
        """Around a sync that may store thousands of letters from this thread (``checkpoints_aside``)."""
        return sqlite.checkpoints_aside(self.db, self.path)

    def close(self) -> None:
        """This thread's connections."""
        for name in ("conn", "search_conn"):
            conn = getattr(self._local, name, None)
            if conn is not None:
                conn.close()
                setattr(self._local, name, None)
