"""Reading the files a user names: signatures, documents, signed PDFs and cards, each within a size
limit and with a plain message for what is missing; and the document a detached signature names."""

from __future__ import annotations

from pathlib import Path

from ..crypto.errors import MalformedDataError

SIGNATURE_SUFFIXES = (".sig", ".cms", ".p7s", ".p7m")
MAX_SIGNED_FILE = 200 << 20  # a signature file, or a PDF with its signatures, is read whole
MAX_CMS = 64 << 20  # an attached CMS is read whole; beyond this, sign detached


def companion_document(signature: Path) -> Path | None:
    """The document a detached signature names by its file name: ``act.pdf.sig`` → ``act.pdf`` beside it."""
    lowered = signature.name.lower()
    for suffix in SIGNATURE_SUFFIXES:
        if lowered.endswith(suffix) and len(lowered) > len(suffix):
            candidate = signature.with_name(signature.name[: -len(suffix)])
            return candidate if candidate.is_file() else None
    return None


def read_limited(path: Path, what: str, limit: int) -> bytes:
    """A file read whole, refused with a clear message when it is larger than ``limit``."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise MalformedDataError(f"{what} {path} is {size} bytes; larger than the {limit >> 20} MiB limit")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise MalformedDataError(f"no such file: {path}") from exc
    except IsADirectoryError as exc:
        raise MalformedDataError(f"{path} is a folder, not a file") from exc
    except OSError as exc:
        raise MalformedDataError(f"cannot read {path}: {exc.strerror}") from exc
