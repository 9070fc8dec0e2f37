"""Writing a file so that readers and crashes see the old file or the new one, never half of one."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from .errors import UserFacingError

NO_SPACE = (errno.ENOSPC, errno.EDQUOT)  # the disk is full, or the user's share of it


def full_disk_phrase(where: Path | str) -> str:
    """That the disk holding ``where`` is full, for a sentence that goes on to say what happened."""
    return f"the disk holding {where} is full"


def disk_full_sentence(where: Path | str) -> str:
    """What a write that found no space says; ``write_atomically`` leaves the old file as it was."""
    return f"{full_disk_phrase(where)}: nothing was changed; free some space and try again"


def write_atomically(path: Path, data: bytes, durable: bool = False, private: bool = True) -> None:
    """Write beside ``path`` and rename over it. ``private``: the file is the user's alone
    (mkstemp's 0600: the profile's files); else it is a document the user writes where they chose,
    made as any program makes a file (0666 less the umask), or keeping the mode of the file it
    replaces. ``durable`` flushes it to disk first, for data that exists nowhere else."""
    if path.is_dir():
        raise UserFacingError(f"{path} is a folder: name the file to write")
    mode = None if private else _document_mode(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
            if mode is not None:
                os.fchmod(out.fileno(), mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _document_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0o077)  # reading the umask means setting it: put back at once
        os.umask(umask)
        return 0o666 & ~umask
