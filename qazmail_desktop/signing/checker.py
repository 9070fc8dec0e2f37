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
    """Verify one letter now, store the verdict and make its signer searchable."""
    verdict = _check(cache, blob, policy, trust_key or fingerprint(policy))
    cache.update_search_index(wait=False)
    return verdict


def _check(cache: Cache, blob: str, policy: VerifyPolicy, trust_key: str) -> LetterVerdict | None:
    raw = cache.blobs.get(blob)
    if raw is None:
        return None
    verdict = verify_letter(raw, policy)
    cache.verdicts.put(blob, verdict.to_json(), verdict.summary(), trust_key)
    return verdict


def check_pending(
    cache: Cache, policy: VerifyPolicy, progress: ProgressCallback | None = None, cancel: threading.Event | None = None
) -> int:
    """Verify every signed letter without a verdict under the current trust data; returns how many."""
    key = fingerprint(policy)
    pending = cache.verdicts.unchecked_blobs(key)
    checked = 0
    if progress is not None and pending:
        progress(0, len(pending))  # the letters are all stored now: a window lists them while they are checked
    for blob in pending:
        if cancel is not None and cancel.is_set():
            break
        _check(cache, blob, policy, key)
        checked += 1
        if progress is not None:
            progress(checked, len(pending))
    if checked:
        cache.update_search_index()
    return checked
