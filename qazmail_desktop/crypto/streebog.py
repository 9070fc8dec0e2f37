"""Streebog (GOST R 34.11-2012) hashing with a streaming, hashlib-like interface.

The compiled extension ``_streebog`` does the work when it was built; the pure-Python
``PyStreebog`` below gives identical digests and is used otherwise (and by the tests, to
check the extension against it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO, Protocol

from .streebog_tables import ITERATION_CONSTANTS, LPS_TABLES

BLOCK_SIZE = 64
_MASK512 = (1 << 512) - 1
_CONSTANTS = tuple(int.from_bytes(c, "little") for c in ITERATION_CONSTANTS)
_T0, _T1, _T2, _T3, _T4, _T5, _T6, _T7 = LPS_TABLES
READ_CHUNK = 1 << 20


class StreebogHash(Protocol):
    """What both implementations offer, as hashlib objects do."""

    digest_size: int

    def update(self, data: bytes | bytearray | memoryview) -> None: ...

    def digest(self) -> bytes: ...

    def copy(self) -> StreebogHash: ...


def _lps(state: int) -> int:
    s = state.to_bytes(64, "little")
    out = 0
    for i in range(8):
        word = (
            _T0[s[i]]
            ^ _T1[s[8 + i]]
            ^ _T2[s[16 + i]]
            ^ _T3[s[24 + i]]
            ^ _T4[s[32 + i]]
            ^ _T5[s[40 + i]]
            ^ _T6[s[48 + i]]
            ^ _T7[s[56 + i]]
        )
        out |= word << (64 * i)
    return out


def _compress(h: int, n: int, m: int) -> int:
    """g_N(h, m) of the standard: E(LPS(h ^ N), m) ^ h ^ m."""
    key = _lps(h ^ n)
    state = m
    for c in _CONSTANTS:
        state = _lps(state ^ key)
        key = _lps(key ^ c)
    return state ^ key ^ h ^ m


class PyStreebog:
    """Pure-Python Streebog-512 or -256."""

    def __init__(self, digest_size: int = 64, data: bytes = b"") -> None:
        if digest_size not in (32, 64):
            raise ValueError("Streebog digest size is 32 or 64 bytes")
        self.digest_size = digest_size
        iv_byte = b"\x01" if digest_size == 32 else b"\x00"
        self._h = int.from_bytes(iv_byte * 64, "little")
        self._n = 0
        self._sigma = 0
        self._buffer = b""
        if data:
            self.update(data)

    def update(self, data: bytes | bytearray | memoryview) -> None:
        buf = self._buffer + bytes(data)
        full = len(buf) - len(buf) % BLOCK_SIZE
        h, n, sigma = self._h, self._n, self._sigma
        for offset in range(0, full, BLOCK_SIZE):
            m = int.from_bytes(buf[offset : offset + BLOCK_SIZE], "little")
            h = _compress(h, n, m)
            n = (n + 512) & _MASK512
            sigma = (sigma + m) & _MASK512
        self._h, self._n, self._sigma = h, n, sigma
        self._buffer = buf[full:]

    def digest(self) -> bytes:
        rest = self._buffer
        m = int.from_bytes(rest + b"\x01" + bytes(BLOCK_SIZE - 1 - len(rest)), "little")
        h = _compress(self._h, self._n, m)
        n = (self._n + 8 * len(rest)) & _MASK512
        sigma = (self._sigma + m) & _MASK512
        h = _compress(h, 0, n)
        h = _compress(h, 0, sigma)
        out = h.to_bytes(64, "little")
        return out if self.digest_size == 64 else out[32:]

    def copy(self) -> PyStreebog:
        clone = PyStreebog(self.digest_size)
        clone._h, clone._n, clone._sigma, clone._buffer = self._h, self._n, self._sigma, self._buffer
        return clone


def _compiled() -> Callable[[int], StreebogHash] | None:
    try:
        from ._streebog import Streebog
    except ImportError:  # no compiler when the package was built: slower, same digests
        return None
    return Streebog


_CStreebog = _compiled()
HAVE_EXTENSION = _CStreebog is not None


def new(digest_size: int = 64, data: bytes = b"") -> StreebogHash:
    """A Streebog hash object, compiled when available."""
    h: StreebogHash = _CStreebog(digest_size) if _CStreebog is not None else PyStreebog(digest_size)
    if data:
        h.update(data)
    return h


def streebog512(data: bytes) -> bytes:
    return new(64, data).digest()


def hash_stream(stream: BinaryIO, digest_size: int = 64) -> bytes:
    """Hash a file-like object in fixed chunks so a file of any size never sits in memory."""
    h = new(digest_size)
    while chunk := stream.read(READ_CHUNK):
        h.update(chunk)
    return h.digest()
