"""Reading the files a user names: signatures, documents, signed PDFs and cards, each within a size
limit and with a plain message for what is missing; and the document a detached signature names."""

from __future__ import annotations

import os
from pathlib import Path

from ..crypto.errors import MalformedDataError
from ..signaturenames import signed_names
from ..userfiles import UnreadableFileError, open_regular_file, read_regular_file

MAX_SIGNED_FILE = 200 << 20  # a signature file, or a PDF with its signatures, is read whole
MAX_CMS = 64 << 20  # an attached CMS is read whole; beyond this, sign detached


def companion_document(signature: Path) -> Path | None:
    """The document a detached signature names by its file name: ``act.pdf.sig`` (or ``act.pdf.2.sig``,
    a second signature) → ``act.pdf`` beside it."""
    candidates = (signature.with_name(name) for name in signed_names(signature.name))
    return next((candidate for candidate in candidates if candidate.is_file()), None)


def starts_with(path: Path, prefix: bytes) -> bool:
    """Whether a regular file begins with ``prefix``, read without reading the rest (False for what
    is no readable regular file: the read that follows says why)."""
    try:
        fd = open_regular_file(path, "file")
    except UnreadableFileError:
        return False
    try:
        return os.read(fd, len(prefix)) == prefix
    except OSError:
        return False
    finally:
        os.close(fd)


def read_limited(path: Path, what: str, limit: int) -> bytes:
    """A regular file read whole (a bounded read, whatever its size claims), refused with a clear
    message when it is larger than ``limit``, missing, a folder, a device or a pipe."""
    try:
        return read_regular_file(path, what, limit)
    except UnreadableFileError as exc:
        raise MalformedDataError(str(exc)) from exc
