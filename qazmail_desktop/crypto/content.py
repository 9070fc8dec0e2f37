"""Signed content given as bytes or as a file that is read in chunks, never whole."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import MalformedDataError

CHUNK = 1 << 20


@dataclass(frozen=True)
class Content:
    """Either ``data`` or ``path``; ``chunks`` streams it either way."""

    data: bytes | None = None
    path: Path | None = None

    @classmethod
    def of_file(cls, path: Path) -> Content:
        if not path.is_file():
            raise MalformedDataError(f"no such file: {path}")
        return cls(path=path)

    def chunks(self) -> Iterator[bytes]:
        if self.data is not None:
            yield self.data
            return
        assert self.path is not None
        try:
            with self.path.open("rb") as stream:
                while chunk := stream.read(CHUNK):
                    yield chunk
        except OSError as exc:
            raise MalformedDataError(f"cannot read {self.path}: {exc.strerror}") from exc

    def read_all(self) -> bytes:
        return b"".join(self.chunks())
