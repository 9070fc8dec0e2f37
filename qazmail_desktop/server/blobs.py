"""Files named by their SHA-256, written atomically: the embedded server's message store.

A message copied to three folders is one file; a crash mid-write leaves at most a temporary
file that the next write of the same content replaces, never a half-written message; ``durable``
writes are flushed to disk before they count.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..atomic import write_atomically


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True, mode=0o700)

    def path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:]

    def put(self, data: bytes, durable: bool = False) -> str:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if target.exists() and target.stat().st_size == len(data):
            return digest
        target.parent.mkdir(exist_ok=True, mode=0o700)
        write_atomically(target, data, durable)
        return digest

    def get(self, digest: str) -> bytes | None:
        """The bytes, or None when missing or not what the name promises (so they are refetched)."""
        try:
            data = self.path(digest).read_bytes()
        except FileNotFoundError:
            return None
        if not data or hashlib.sha256(data).hexdigest() != digest:
            return None
        return data
