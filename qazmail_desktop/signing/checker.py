"""Checking the signatures of cached letters and storing the verdicts, so lists and search show
them offline; letters are checked again when the trust data (roots, CRLs) changes.

A mailbox's worth of letters is checked in worker processes, one per core: the work is Python
(ASN.1, MIME) under one interpreter lock, so threads would not share it. Verdicts are stored in
batches as they come, so a window fills them in while the rest are checked.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import multiprocessing
import os
import threading
from collections import Counter
from collections.abc import Callable, Generator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from asn1crypto import ocsp

from ..crypto.policyrecipe import PolicyRecipe
from ..crypto.verify import VerifyPolicy
from ..store.blobs import Blobs
from ..store.cache import Cache
from ..store.connections import CacheFile
from ..store.sqlerrors import skipped_when_full
from ..store.verdicts import Verdicts, encoded
from .letterverdict import LetterVerdict
from .policy import fingerprint
from .verdicts import verify_letter

ProgressCallback = Callable[[int, int], None]
# Fewer letters are checked in this process: starting workers (each imports the crypto stack)
# costs more than it saves.
POOL_THRESHOLD = 64
# Verdicts stored per transaction (and reported).
WINDOW = 256
CHUNK = 8


def check_letter(cache: Cache, blob: str, policy: VerifyPolicy, trust_key: str | None = None) -> LetterVerdict | None:
    """Verify one letter now, store the verdict and make its signer searchable (on a full disk
    the verdict is given, not stored)."""
    verdict = verify_cached(cache, blob, policy)
    if verdict is None:
        return None
    with skipped_when_full(cache.path):
        cache.verdicts.put(blob, verdict.to_json(), verdict.summary(), trust_key or fingerprint(policy))
        cache.update_search_index(wait=False)
    return verdict


def verify_cached(cache: Cache, blob: str, policy: VerifyPolicy) -> LetterVerdict | None:
    """A cached letter's verdict now, stored nowhere (reading commands write nothing); None when
    its bytes are not in the cache."""
    raw = cache.blobs.get(blob)
    return None if raw is None else _judged(raw, cache.verdicts.get(blob), policy)


def shown_verdict(cache: Cache, blob: str, policy: Callable[[], VerifyPolicy]) -> dict[str, Any] | None:
    """A cached letter's verdict as the window shows it: the one its last check stored (checking
    again, offline or with other evidence than that check had, could say otherwise: one letter,
    one verdict, in the window, `show`, `verify --message` and registers). A letter never checked
    is checked now with ``policy()`` (built only then: the trust store takes time to load), stored
    nowhere; None when its bytes are not in the cache."""
    stored = cache.verdicts.get(blob)
    if stored is not None:
        return stored
    fresh = verify_cached(cache, blob, policy())
    return fresh.to_json() if fresh is not None else None


def _judged(raw: bytes, stored: dict[str, Any] | None, policy: VerifyPolicy) -> LetterVerdict:
    """The letter verified, resting also on the OCSP answers its ``stored`` verdict kept (for a
    proven signing time): offline, years later, or checked again under new trust data, the letter
    is judged on what was proven then."""
    kept = kept_ocsp(stored)
    return verify_letter(raw, dataclasses.replace(policy, kept_ocsp=[*policy.kept_ocsp, *kept]) if kept else policy)


def kept_ocsp(verdict: dict[str, Any] | None) -> list[ocsp.BasicOCSPResponse]:
    """The OCSP answers a stored verdict kept (its signers' revocation evidence); damaged ones are
    left out (reading one is checked again anyway: its signature, its responder)."""
    found = []
    for item in (verdict or {}).get("signatures") or []:
        for signer in item.get("signers") or [] if isinstance(item, dict) else []:
            for evidence in signer.get("revocation_evidence") or [] if isinstance(signer, dict) else []:
                text = evidence.get("response") if isinstance(evidence, dict) else None
                if not isinstance(text, str):
                    continue
                try:
                    found.append(ocsp.BasicOCSPResponse.load(base64.b64decode(text, validate=True)))
                except (ValueError, binascii.Error):
                    continue
    return found


# What crosses to the parent: the letter's blob digest, its verdict and its summary as stored (JSON),
# and its status.
Checked = tuple[str, str, str, str]


def check_pending(
    cache: Cache,
    policy: VerifyPolicy,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
    tally: Counter[str] | None = None,
) -> int:
    """Verify every signed letter without a verdict under the current trust data; returns how many.
    ``workers``: processes to use (default: one per core; 1 checks here); ``tally`` counts the
    letters by status."""
    key = fingerprint(policy)
    pending = cache.verdicts.unchecked_blobs(key)
    if not pending:
        return 0
    if progress is not None:
        progress(0, len(pending))  # the letters are all stored now: a window lists them while they are checked
    workers = workers or os.cpu_count() or 1
    results: Generator[Checked | None]
    if workers > 1 and len(pending) >= POOL_THRESHOLD:
        results = _in_workers(pending, cache.path, policy, min(workers, len(pending) // CHUNK), cancel)
    else:
        results = (_checked(cache.blobs, cache.verdicts, blob, policy) for blob in pending)
    checked = 0
    while window := list(islice(results, WINDOW if checked else CHUNK)):  # the first verdicts show soon
        done = [verdict for verdict in window if verdict is not None]
        cache.verdicts.put_many([(blob, verdict, summary) for blob, verdict, summary, _status in done], key)
        if tally is not None:
            tally.update(status for *_stored, status in done)
        checked += len(window)
        if progress is not None:
            progress(checked, len(pending))
        if cancel is not None and cancel.is_set():
            break
    results.close()
    if checked:
        cache.update_search_index()
    return checked


def _checked(blobs: Blobs, verdicts: Verdicts, blob: str, policy: VerifyPolicy) -> Checked | None:
    """None when the letter's bytes are gone (deleted meanwhile)."""
    raw = blobs.get(blob)
    if raw is None:
        return None
    verdict = _judged(raw, verdicts.get(blob), policy)
    return blob, encoded(verdict.to_json()), encoded(verdict.summary()), verdict.status


def _in_workers(
    pending: list[str], cache_path: Path, policy: VerifyPolicy, workers: int, cancel: threading.Event | None
) -> Generator[Checked | None]:
    """Verdicts in the letters' order, from ``workers`` processes that read the letters from the
    cache file themselves (only digests cross over, all handed out at once: no worker waits for
    another at a window's end). Should a worker die (out of memory, killed), the rest are checked
    in this process."""
    context = multiprocessing.get_context("spawn")  # fork is unsafe in a process with threads (Qt)
    recipe = PolicyRecipe.of(policy)
    pool = ProcessPoolExecutor(workers, context, initializer=_start_worker, initargs=(recipe, cache_path))
    done = 0
    try:
        for result in pool.map(_check_in_worker, pending, chunksize=CHUNK):
            yield result
            done += 1
            if cancel is not None and cancel.is_set():
                return
    except BrokenProcessPool:
        here = _Worker.reading(cache_path, policy)
        yield from (_checked(here.blobs, here.verdicts, blob, policy) for blob in pending[done:])
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@dataclass
class _Worker:
    """What checks letters in a worker process: the policy, and the cache file's letters and verdicts."""

    policy: VerifyPolicy
    blobs: Blobs
    verdicts: Verdicts

    @classmethod
    def reading(cls, cache_path: Path, policy: VerifyPolicy) -> _Worker:
        file = CacheFile(cache_path)
        return cls(policy, Blobs(file), Verdicts(file))


_WORKER: list[_Worker] = []  # in a worker process: the one it is


def _start_worker(recipe: PolicyRecipe, cache_path: Path) -> None:
    _WORKER.append(_Worker.reading(cache_path, recipe.policy()))


def _check_in_worker(blob: str) -> Checked | None:
    worker = _WORKER[0]
    return _checked(worker.blobs, worker.verdicts, blob, worker.policy)
