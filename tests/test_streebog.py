"""Streebog: the standard's vectors, compiled vs pure Python, streaming, and OpenSSL's engine."""

from __future__ import annotations

import io
import itertools
import os
import subprocess
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qazmail_desktop.crypto import streebog

# GOST R 34.11-2012, appendix A (M1, M2), digests as the byte strings implementations print
M1 = b"012345678901234567890123456789012345678901234567890123456789012"
M2 = bytes.fromhex(
    "d1e520e2e5f2f0e82c20d1f2f0e8e1eee6e820e2edf3f6e82c20e2e5fef2fa20f120eceef0ff20f1f2f0e5ebe0ece820"
    "ede020f5f0e0e1f0fbff20efebfaeafb20c8e3eef0e5e2fb"
)
VECTORS = [
    (
        M1,
        64,
        "1b54d01a4af5b9d5cc3d86d68d285462b19abc2475222f35c085122be4ba1ffa"
        "00ad30f8767b3a82384c6574f024c311e2a481332b08ef7f41797891c1646f48",
    ),
    (M1, 32, "9d151eefd8590b89daa6ba6cb74af9275dd051026bb149a452fd84e5e57b5500"),
    (
        M2,
        64,
        "1e88e62226bfca6f9994f1f2d51569e0daf8475a3b0fe61a5300eee46d961376"
        "035fe83549ada2b8620fcd7c496ce5b33f0cb9dddc2b6460143b03dabac9fb28",
    ),
    (M2, 32, "9dd2fe4e90409e5da87f53976d7405b0c0cac628fc669a741d50063c557e8f50"),
]


def test_extension_is_built() -> None:
    assert streebog.HAVE_EXTENSION, "the C extension must be built by pip install (gcc present)"


@pytest.mark.parametrize(("message", "size", "expected"), VECTORS)
def test_standard_vectors_compiled(message: bytes, size: int, expected: str) -> None:
    assert streebog.new(size, message).digest().hex() == expected


@pytest.mark.parametrize(("message", "size", "expected"), VECTORS)
def test_standard_vectors_pure_python(message: bytes, size: int, expected: str) -> None:
    assert streebog.PyStreebog(size, message).digest().hex() == expected


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=700), cuts=st.lists(st.integers(0, 700), max_size=4), size=st.sampled_from([32, 64]))
def test_compiled_equals_python_in_any_chunking(data: bytes, cuts: list[int], size: int) -> None:
    compiled = streebog.new(size)
    pure = streebog.PyStreebog(size)
    bounds = sorted({0, len(data), *(c for c in cuts if c <= len(data))})
    for start, end in itertools.pairwise(bounds):
        compiled.update(data[start:end])
        pure.update(data[start:end])
    assert compiled.digest() == pure.digest() == streebog.PyStreebog(size, data).digest()


def test_copy_is_independent() -> None:
    h = streebog.new(64, b"abc")
    clone = h.copy()
    h.update(b"def")
    assert clone.digest() == streebog.streebog512(b"abc")
    assert h.digest() == streebog.streebog512(b"abcdef")


def test_bad_digest_size() -> None:
    with pytest.raises(ValueError):
        streebog.new(48)
    with pytest.raises(ValueError):
        streebog.PyStreebog(16)


def test_streaming_keeps_memory_flat(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    chunk = os.urandom(1 << 20)
    with big.open("wb") as out:
        for _ in range(48):
            out.write(chunk)
    tracemalloc.start()
    with big.open("rb") as stream:
        digest = streebog.hash_stream(stream)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 << 20, f"hashing a 48 MiB file peaked at {peak} bytes"
    expected = streebog.new(64)
    for _ in range(48):
        expected.update(chunk)
    assert digest == expected.digest()
    assert streebog.hash_stream(io.BytesIO(b"")) == streebog.streebog512(b"")


@pytest.mark.gost_engine
@pytest.mark.parametrize("size", [32, 64])
def test_matches_openssl_gost_engine(openssl_gost: list[str], tmp_path: Path, size: int) -> None:
    data = os.urandom(200_003)
    path = tmp_path / "data.bin"
    path.write_bytes(data)
    out = subprocess.run(
        [*openssl_gost, "dgst", "-engine", "gost", f"-md_gost12_{size * 8}", "-r", str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "OPENSSL_CONF": "/dev/null"},
    ).stdout
    assert out.split()[0] == streebog.new(size, data).digest().hex()
