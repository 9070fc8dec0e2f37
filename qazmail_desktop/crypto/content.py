"""Signed content given as bytes or as a file that is read in chunks, never whole."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..userfiles import UnreadableFileError, check_regular_file, stream_regular_file
from .errors import MalformedDataError


@dataclass(frozen=True)
class Content:
    """Either ``data`` or ``path``; ``chunks`` streams it either way."""

    data: bytes | None = None
    path: Path | None = None

    @classmethod
    def of_file(cls, path: Path) -> Content:
        try:  # refused now if missing, a folder, a device or a pipe
            check_regular_file(path, "document")
        except UnreadableFileError as exc:
            raise MalformedDataError(str(exc)) from exc
        return cls(path=path)

    def chunks(self) -> Iterator[bytes]:
        if self.data is not None:
            yield self.data
            return
        assert self.path is not None
        try:
            yield from stream_regular_file(self.path, "document")
        except UnreadableFileError as exc:
            raise MalformedDataError(str(exc)) from exc

    def read_all(self) -> bytes:
        return b"".join(self.chunks())
