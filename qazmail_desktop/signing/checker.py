"""Checking the signatures of cached letters and storing the verdicts, so lists and search show
them offline; letters are checked again when the trust data (roots, CRLs) changes."""

from __future__ import annotations

import threading
from collections.abc import Callable

from ..crypto.verify import VerifyPolicy
from ..store.cache import Cache
from .policy import fingerprint
from .verdicts import LetterVerdict, verify_letter

ProgressCallback = Callable[[int, int], None]


def check_letter(cache: Cache, blob: str, policy: VerifyPolicy, trust_key: str | None = None) -> LetterVerdict | None:
    raw = cache.blobs.get(blob)
    if raw is None:
        return None
    verdict = verify_letter(raw, policy)
    cache.set_signature(blob, verdict.to_json(), verdict.summary(), trust_key or fingerprint(policy))
    return verdict


def check_pending(
    cache: Cache, policy: VerifyPolicy, progress: ProgressCallback | None = None, cancel: threading.Event | None = None
) -> int:
    """Verify every signed letter without a verdict under the current trust data; returns how many."""
    key = fingerprint(policy)
    pending = cache.unchecked_signed_blobs(key)
    for done, blob in enumerate(pending, 1):
        if cancel is not None and cancel.is_set():
            return done - 1
        check_letter(cache, blob, policy, key)
        if progress is not None:
            progress(done, len(pending))
    return len(pending)
