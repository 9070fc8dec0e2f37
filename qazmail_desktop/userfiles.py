"""Reading a file the user named (a key, a document, a signature, a CRL, a card, an attachment):
only a regular file, and never more than a limit. ``st_size`` is not trusted (``/dev/zero`` says 0
and never ends) and a FIFO is never waited on: the file is opened non-blocking, its type judged on
the opened descriptor (no race with a swap of the name), and at most ``limit + 1`` bytes are read."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from .errors import UserFacingError
from .safetext import one_line

CHUNK = 1 << 20


class UnreadableFileError(UserFacingError):
    """A named file that is missing, not a regular file, unreadable or larger than its limit."""


def shown(path: str | Path) -> str:
    """A path or file name as one printable line (a name may carry controls or bytes that are not
    UTF-8: those show as ``\\udcff`` rather than break a terminal, a CSV or a PDF)."""
    return one_line(os.fsdecode(path).encode("utf-8", "backslashreplace").decode("utf-8"))


def same_file(one: Path, other: Path) -> bool:
    """Whether writing ``one`` would destroy ``other``: the same resolved path (``..``, symlinks),
    or, where both exist, the same inode (a hard link, a bind mount)."""
    if one.resolve() == other.resolve():
        return True
    try:
        return os.path.samefile(one, other)
    except OSError:  # either is missing or unreadable: not the same file (its own check says why)
        return False


def open_regular_file(path: Path, what: str) -> int:
    """A read-only descriptor of ``path``, refused unless it is a regular file (opening a FIFO
    non-blocking returns at once; a device or socket is refused before anything is read)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError as exc:
        raise UnreadableFileError(f"no such file: {shown(path)}") from exc
    except OSError as exc:  # a socket (ENXIO), no permission, a name too long
        raise UnreadableFileError(f"cannot read {what} {shown(path)}: {exc.strerror}") from exc
    mode = os.fstat(fd).st_mode
    if stat.S_ISREG(mode):
        return fd
    os.close(fd)
    if stat.S_ISDIR(mode):
        raise UnreadableFileError(f"{shown(path)} is a folder, not a file")
    raise UnreadableFileError(f"{shown(path)} is not a regular file (a device, pipe or socket): give a file")


def check_regular_file(path: Path, what: str) -> None:
    """Refuse at once what cannot be read as a file, before a password is asked or work is done."""
    os.close(open_regular_file(path, what))


def read_regular_file(path: Path, what: str, limit: int) -> bytes:
    """The whole of a regular file, refused with a clear message when it holds more than ``limit``:
    at once when its size says so, else when the bounded read finds more (a file that grows)."""
    too_large = UnreadableFileError(f"{what} {shown(path)} is larger than the {_size(limit)} limit")
    fd = open_regular_file(path, what)
    parts: list[bytes] = []
    taken = 0
    try:
        if os.fstat(fd).st_size > limit:
            raise too_large
        while taken <= limit and (chunk := os.read(fd, min(CHUNK, limit + 1 - taken))):
            parts.append(chunk)
            taken += len(chunk)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {what} {shown(path)}: {exc.strerror}") from exc
    finally:
        os.close(fd)
    if taken > limit:
        raise too_large
    return b"".join(parts)


def stream_regular_file(path: Path, what: str) -> Iterator[bytes]:
    """A regular file in chunks, for documents hashed without being held whole."""
    fd = open_regular_file(path, what)
    try:
        while chunk := os.read(fd, CHUNK):
            yield chunk
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {what} {shown(path)}: {exc.strerror}") from exc
    finally:
        os.close(fd)


def _size(limit: int) -> str:
    return f"{limit >> 20} MiB" if limit >= 1 << 20 else f"{limit} bytes"
