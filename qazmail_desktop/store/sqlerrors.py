"""One mapping from SQLite's (and the OS's) errors to what the user should do: a full disk, a
read-only profile, another QazMail holding the cache and a damaged file each have their own advice.
Only a damaged file is worth moving aside; telling that to someone whose disk is full loses mail."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..atomic import disk_full_sentence, full_disk_phrase
from .sqlite import disk_full

_FULL = ("SQLITE_FULL",)
_READ_ONLY = ("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")
_BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")
_CANNOT_OPEN = ("SQLITE_CANTOPEN",)
_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _kind(exc: sqlite3.Error, path: Path | str) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(_FULL) or "disk is full" in text:
        return "full"
    # a write refused by a cache read frozen, or an I/O error, on a disk that is full: the disk
    if (name.startswith("SQLITE_IOERR") or "readonly" in text or "i/o error" in text) and disk_full(Path(path)):
        return "full"
    if name.startswith(_READ_ONLY) or "readonly" in text or "read-only" in text:
        return "read_only"
    if name.startswith(_BUSY) or "locked" in text:
        return "busy"
    if name.startswith(_CANNOT_OPEN) or "unable to open" in text:
        return "cannot_open"
    if name.startswith(_DAMAGED) or "malformed" in text or "not a database" in text:
        return "damaged"
    return "other"


@contextmanager
def skipped_when_full(path: Path | str) -> Iterator[None]:
    """Around what a read writes on the side (a fetched body kept, a fresh verdict stored): on a
    full disk it is left undone and the read goes on (it is done again next time); any other
    failure is raised."""
    try:
        yield
    except sqlite3.Error as exc:
        if _kind(exc, path) != "full":
            raise


def what_failed(exc: sqlite3.Error, path: Path | str) -> str:
    """Why the cache at ``path`` could not be written, without advice: for a sentence that goes on
    to say what did happen (a letter the SMTP server took before the cache filled up)."""
    return full_disk_phrase(f"the mail cache {path}") if _kind(exc, path) == "full" else str(exc)


def describe(exc: sqlite3.Error, path: Path | str) -> str:
    """What went wrong with the cache at ``path``, and what to do about it."""
    kind = _kind(exc, path)
    if kind == "full":
        return disk_full_sentence(f"the mail cache {path}")
    if kind == "read_only":
        return (
            f"the mail cache {path} cannot be written (read-only file, folder or disk): QazMail needs to write "
            "even to read it; give it write permission, or use another profile (--profile)"
        )
    if kind == "busy":
        return (
            f"the mail cache {path} is busy: another QazMail (window or command) is using it; try again when it is done"
        )
    if kind == "cannot_open":
        return f"the mail cache {path} cannot be opened: its folder is missing or not accessible"
    if kind == "damaged":
        return (
            f"the mail cache {path} is damaged ({exc}); move it aside and sync again to start a new one "
            "(letters still waiting to be sent stay in the old file)"
        )
    return f"the mail cache {path} could not be read or written: {exc}"
