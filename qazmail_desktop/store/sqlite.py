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
# Below this much free space a file's disk counts as full: SQLite cannot even make the 32 KiB
# shared-memory file that a WAL database needs to be read.
FULL_BELOW = 1 << 20


def disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` (a file, or where it would be) is full, for this user."""
    folder = path if path.is_dir() else path.parent
    try:
        stats = os.statvfs(folder)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < FULL_BELOW


class JournalNotEmpty(sqlite3.OperationalError):
    """A file whose WAL journal holds changes cannot be read frozen: they would be left out."""


def frozen_uri(path: Path) -> str:
    """The file as SQLite reads it without writing a byte: no lock, no shared memory, no journal."""
    return path.absolute().as_uri() + "?immutable=1"


def connect_frozen(path: Path) -> sqlite3.Connection:
    """``path`` opened to be read while its disk is full: SQLite's connect needs a shared-memory
    file it cannot create then. Refused when its WAL journal holds changes not yet in the file
    (another QazMail running, or one that stopped without closing): they would be missed."""
    journal = path.with_name(path.name + "-wal")
    if journal.is_file() and journal.stat().st_size > 0:
        raise JournalNotEmpty("database or disk is full (its journal holds changes not yet in the file)")
    conn = sqlite3.connect(frozen_uri(path), uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return conn


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
def snapshot(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read transaction: every statement inside sees the database files (the attached ones too)
    as they were at its first read, whatever another process commits meanwhile (WAL)."""
    if db.in_transaction:
        yield db
        return
    db.execute("BEGIN")
    try:
        yield db
    finally:
        db.execute("COMMIT")


@contextmanager
def checkpoints_aside(db: sqlite3.Connection, path: Path, every: float = 0.25) -> Iterator[None]:
    """For a run of large commits: ``db`` stops copying the WAL into the database file at commit
    time, and a second thread does it every ``every`` seconds instead. SQLite lets a checkpoint run
    beside a writer (and Python releases the GIL meanwhile), so the copy and its fsyncs no longer
    stall the writer: on a disk they were 40% of the time a first sync spent storing letters."""
    stop = threading.Event()

    def checkpoint_until_stopped() -> None:
        try:
            conn = connect(path)
        except sqlite3.Error:  # a full disk, say: the writer's own commits say so, and checkpoint themselves
            return
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
