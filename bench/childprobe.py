"""Measures a bench's child process takes of itself (the window started in a process of its own)."""

from __future__ import annotations

import resource


def peak_memory_mb() -> float:
    """This process's own peak resident memory. Not ru_maxrss: on Linux it keeps the larger of the
    parent's (the bench's, which built the cache) and the child's across fork and exec."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
