"""SQLite connections and transactions as both the cache and the embedded server's store use them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_MS = 30_000  # how long a writer waits for another one before giving up


def connect(path: Path, page_size: int | None = None) -> sqlite3.Connection:
    """WAL, foreign keys, autocommit off by hand (``transaction``), usable from the creating thread.
    ``page_size`` applies to a database file being created (it is fixed once the file has pages)."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    if page_size is not None:
        conn.execute(f"PRAGMA page_size = {int(page_size)}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


@contextmanager
def transaction(db: sqlite3.Connection, durable: bool = False) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any error); nested calls join the open transaction.
    ``durable`` commits are flushed to disk before returning; the others survive a killed process
    and may lose only their last seconds to a power cut."""
    if db.in_transaction:
        yield db
        return
    if durable:
        db.execute("PRAGMA synchronous=FULL")
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    finally:
        if durable:
            db.execute("PRAGMA synchronous=NORMAL")
