"""SQLite connections and transactions as both the cache and the embedded server's store use them."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_MS = 30_000  # how long a writer waits for another one before giving up
AUTOCHECKPOINT_PAGES = 1000  # SQLite's default


def owner_only(path: Path) -> None:
    """The database file readable by its owner only (it holds letters and verdicts): created so,
    or tightened when an older version left it readable by others. SQLite gives its -wal and -shm
    files the database file's permissions."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            with contextlib.suppress(OSError):  # not ours, or gone meanwhile: SQLite will say what matters
                if name.stat().st_mode & 0o077:
                    name.chmod(0o600)


def connect(path: Path, page_size: int | None = None) -> sqlite3.Connection:
    """WAL, foreign keys, autocommit off by hand (``transaction``), usable from the creating thread.
    ``page_size`` applies to a database file being created (it is fixed once the file has pages).
    The file is its owner's only (``owner_only``)."""
    owner_only(path)
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


@contextmanager
def checkpoints_aside(db: sqlite3.Connection, path: Path, every: float = 0.25) -> Iterator[None]:
    """For a run of large commits: ``db`` stops copying the WAL into the database file at commit
    time, and a second thread does it every ``every`` seconds instead. SQLite lets a checkpoint run
    beside a writer (and Python releases the GIL meanwhile), so the copy and its fsyncs no longer
    stall the writer: on a disk they were 40% of the time a first sync spent storing letters."""
    stop = threading.Event()

    def checkpoint_until_stopped() -> None:
        conn = connect(path)
        try:
            while not stop.wait(every):
                with contextlib.suppress(sqlite3.Error):  # a missed checkpoint is only a larger WAL for a while
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()

    db.execute("PRAGMA wal_autocheckpoint = 0")
    thread = threading.Thread(target=checkpoint_until_stopped, name="qazmail-checkpoint", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        db.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
