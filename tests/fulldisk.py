"""A real full disk for tests (issue 27: "while the disk is full, list, show and search fail"): a
small tmpfs of its own, filled to the last byte by a file, as a disk fills up in real use. Not a
patched store: what SQLite and the OS do on ENOSPC is the point. Mounting needs root (CI runs as
root); elsewhere the tests that need it are skipped, saying why."""

from __future__ import annotations

import contextlib
import errno
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(megabytes: int = 8) -> Iterator[Path]:
    """A tmpfs of ``megabytes`` mounted on a new folder, unmounted afterwards."""
    mount_point = Path(tempfile.mkdtemp(prefix="qazmail-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}M,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        mount_point.rmdir()
        pytest.skip(f"a small disk of its own needs mount (root): {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
        mount_point.rmdir()


def fill(disk: Path) -> Path:
    """Write zeros until the disk says it is full; the file that filled it (remove it to free the disk)."""
    filler = disk / "filler"
    chunk = b"\0" * (64 << 10)
    with filler.open("wb", buffering=0) as out:
        while True:
            try:
                out.write(chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                if len(chunk) == 1:
                    return filler
                chunk = chunk[: len(chunk) // 2]
