"""Message digests by OID, streaming, for every algorithm a CMS here may name."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Protocol

from . import gost341194, oids, streebog
from .errors import UnsupportedAlgorithmError

_HASHLIB_NAMES = {
    "1.3.14.3.2.26": "sha1",
    "2.16.840.1.101.3.4.2.4": "sha224",
    "2.16.840.1.101.3.4.2.1": "sha256",
    "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
}


class Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...

    def digest(self) -> bytes: ...


def new_hasher(oid: str) -> Hasher:
    if oid in oids.STREEBOG_512_OIDS:
        return streebog.new(64)
    if oid in oids.STREEBOG_256_OIDS:
        return streebog.new(32)
    if oid in _HASHLIB_NAMES:
        return hashlib.new(_HASHLIB_NAMES[oid])
    if oid == oids.NCA_GOST34311:
        return gost341194.Gost341194()
    raise UnsupportedAlgorithmError(f"unsupported digest algorithm {oid}")


def digest_name(oid: str) -> str:
    if oid in oids.STREEBOG_512_OIDS:
        return "streebog512"
    if oid in oids.STREEBOG_256_OIDS:
        return "streebog256"
    if oid == oids.NCA_GOST34311:
        return "gost34311"
    return _HASHLIB_NAMES.get(oid, oid)


def digest_chunks(oid: str, chunks: Iterable[bytes]) -> bytes:
    hasher = new_hasher(oid)
    for chunk in chunks:
        hasher.update(chunk)
    return hasher.digest()


def digest(oid: str, data: bytes) -> bytes:
    return digest_chunks(oid, (data,))
