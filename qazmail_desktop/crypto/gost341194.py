"""GOST R 34.11-94 (Kazakhstan's GOST 34.311-95), the digest of the NCA's GOST 34.310-2004 keys.

The NCA's hash paramset 1.2.398.3.10.1.3.1.1.0 is the standard's *test* S-box
(id-GostR3411-94-TestParamSet) with a zero starting vector. Values follow RFC 5831: 256-bit
blocks read little-endian, the last partial block padded with zeros, then the bit length and
the checksum Σ hashed in. Only archives use it (verification of documents signed until 2024),
so it is plain Python; the GOST 28147-89 rounds use byte tables with the rotation folded in.
"""

from __future__ import annotations

from collections.abc import Iterable

_TEST_SBOX = (
    (4, 10, 9, 2, 13, 8, 0, 14, 6, 11, 1, 12, 7, 15, 5, 3),
    (14, 11, 4, 12, 6, 13, 15, 10, 2, 3, 8, 1, 0, 7, 5, 9),
    (5, 8, 1, 13, 10, 3, 4, 2, 14, 15, 12, 7, 6, 0, 9, 11),
    (7, 13, 10, 1, 0, 8, 9, 15, 14, 4, 6, 12, 11, 2, 5, 3),
    (6, 12, 7, 1, 5, 15, 13, 8, 4, 10, 9, 14, 0, 3, 11, 2),
    (4, 11, 10, 0, 7, 2, 1, 13, 3, 6, 8, 5, 9, 12, 15, 14),
    (13, 11, 4, 1, 3, 15, 5, 9, 0, 10, 14, 7, 6, 8, 2, 12),
    (1, 15, 13, 0, 5, 7, 10, 4, 9, 2, 3, 14, 6, 11, 8, 12),
)
_MASK32 = 0xFFFFFFFF
_MASK64 = (1 << 64) - 1
_MASK256 = (1 << 256) - 1
_C3 = 0xFF00FFFF000000FFFF0000FF00FFFF0000FF00FF00FF00FFFF00FF00FF00FF00
BLOCK = 32


def _rotl11(x: int) -> int:
    return ((x << 11) | (x >> 21)) & _MASK32


def _byte_tables() -> list[list[int]]:
    """For each input byte position, the substituted and rotated 32-bit contribution."""
    tables = []
    for position in range(4):
        low, high = _TEST_SBOX[2 * position], _TEST_SBOX[2 * position + 1]
        tables.append([_rotl11((low[b & 15] | high[b >> 4] << 4) << (8 * position)) for b in range(256)])
    return tables


_T0, _T1, _T2, _T3 = _byte_tables()
# byte permutation P: output byte i + 4k (0-based) is input byte 8i + k
_P_ORDER = [8 * i + k for k in range(8) for i in range(4)]


def _f(x: int) -> int:
    return _T0[x & 0xFF] ^ _T1[(x >> 8) & 0xFF] ^ _T2[(x >> 16) & 0xFF] ^ _T3[x >> 24]


def _encrypt(key: bytes, block: int) -> int:
    """GOST 28147-89 simple substitution of one 64-bit block (little-endian words)."""
    k = [int.from_bytes(key[4 * i : 4 * i + 4], "little") for i in range(8)]
    order = k * 3 + k[::-1]
    n1, n2 = block & _MASK32, block >> 32
    for i in range(0, 32, 2):
        n2 ^= _f((n1 + order[i]) & _MASK32)
        n1 ^= _f((n2 + order[i + 1]) & _MASK32)
    return n2 | n1 << 32


def _a(y: int) -> int:
    y1, y2 = y & _MASK64, (y >> 64) & _MASK64
    return (y >> 64) | (y1 ^ y2) << 192


def _p(y: int) -> bytes:
    data = y.to_bytes(32, "little")
    return bytes(data[i] for i in _P_ORDER)


def _psi(y: int, times: int) -> int:
    for _ in range(times):
        x = y ^ (y >> 16) ^ (y >> 32) ^ (y >> 48) ^ (y >> 192) ^ (y >> 240)
        y = (y >> 16) | (x & 0xFFFF) << 240
    return y


def _step(h: int, m: int) -> int:
    u, v = h, m
    keys = [_p(u ^ v)]
    for constant in (0, _C3, 0):
        u = _a(u) ^ constant
        v = _a(_a(v))
        keys.append(_p(u ^ v))
    s = 0
    for i, key in enumerate(keys):
        s |= _encrypt(key, (h >> (64 * i)) & _MASK64) << (64 * i)
    return _psi(h ^ _psi(m ^ _psi(s, 12), 1), 61)


class Gost341194:
    """Streaming hasher with the ``update``/``digest`` shape of hashlib's."""

    digest_size = 32

    def __init__(self, data: bytes = b"") -> None:
        self._h = 0
        self._sigma = 0
        self._length = 0
        self._pending = b""
        self.update(data)

    def update(self, data: bytes, /) -> None:
        buffer = self._pending + bytes(data)
        whole = len(buffer) - len(buffer) % BLOCK
        for offset in range(0, whole, BLOCK):
            self._absorb(int.from_bytes(buffer[offset : offset + BLOCK], "little"), BLOCK)
        self._pending = buffer[whole:]

    def _absorb(self, block: int, size: int) -> None:
        self._h = _step(self._h, block)
        self._sigma = (self._sigma + block) & _MASK256
        self._length += 8 * size

    def digest(self) -> bytes:
        h, sigma, length = self._h, self._sigma, self._length
        if self._pending:
            block = int.from_bytes(self._pending, "little")
            h = _step(h, block)
            sigma = (sigma + block) & _MASK256
            length += 8 * len(self._pending)
        h = _step(h, length)
        h = _step(h, sigma)
        return h.to_bytes(32, "little")

    def hexdigest(self) -> str:
        return self.digest().hex()


def gost341194(data: bytes | Iterable[bytes]) -> bytes:
    hasher = Gost341194()
    for chunk in [data] if isinstance(data, bytes | bytearray | memoryview) else data:
        hasher.update(bytes(chunk))
    return hasher.digest()
