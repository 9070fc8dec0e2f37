"""userfiles: the bounded read trusts no size a file claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from qazmail_desktop.userfiles import UnreadableFileError, read_regular_file


def test_a_regular_file_that_claims_no_size_is_still_read_only_up_to_the_limit() -> None:
    """/proc files are regular and report st_size 0 whatever they hold: the read itself stops."""
    maps = Path("/proc/self/maps")
    assert maps.stat().st_size == 0 and len(maps.read_bytes()) > 64
    with pytest.raises(UnreadableFileError, match="larger than the 64 bytes limit"):
        read_regular_file(maps, "test file", 64)
    assert read_regular_file(maps, "test file", 1 << 20).startswith(maps.read_bytes()[:10])


def test_a_file_within_its_limit_is_read_whole(tmp_path: Path) -> None:
    exact = tmp_path / "exact.bin"
    exact.write_bytes(b"x" * 64)
    assert read_regular_file(exact, "test file", 64) == b"x" * 64
    with pytest.raises(UnreadableFileError, match="larger than the 63 bytes limit"):
        read_regular_file(exact, "test file", 63)
