"""Checking a pile of signed files at native pace: a register of a folder's thousand acts checked
by this process and worker processes beside it, one process per core (the work is mostly ASN.1
read in Python, under one interpreter lock: threads would not share it). Each worker builds the
verification policy once — the trusted chains, the CRLs, the TSA's certificates — and keeps, for
every file after its first, what it learnt from those before: certificates, chains and
signatures already checked (``certificates.Remembered``).

This process checks files from the front of the list from the start; the workers, once they have
started (each imports the crypto stack: a good part of a second), take chunks from the back, a
few at a time, until the two meet (should no worker have started by then, this process checks
what they were given too, and they are stopped). The rows are put back in the files' order: they
are the rows one process would have made. A worker ignores Ctrl-C: the command stops the workers and says it
was interrupted, and the register, written only once every row is in, is not written at all."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from ..crypto.policyrecipe import PolicyRecipe
from ..crypto.verify import VerifyPolicy
from ..userfiles import shown
from . import Progress
from .register import FileTask, RegisterRow, file_rows

# Fewer files are checked in this process alone: a worker would start (a good part of a second)
# after this process had checked them all.
POOL_THRESHOLD = 200
CHUNK = 16  # files handed to a worker at once
AHEAD = 2  # chunks given to each worker before it answers: none waits for the next, few are left at the end


def cores() -> int:
    """The cores this process may run on (fewer than the machine's when a container or
    ``taskset`` says so)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def rows_of_files(
    tasks: list[FileTask],
    policy: VerifyPolicy,
    jobs: int,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> list[RegisterRow]:
    """The rows of every file, in the files' order, checked by this process and ``jobs - 1``
    workers (none for fewer than ``POOL_THRESHOLD`` files). ``progress`` counts the files checked,
    whichever process checked them. Cancelled: the rows of the files up to the first not checked.
    Should a worker die (out of memory, killed), what it was given is checked here."""
    total = len(tasks)
    found: list[list[RegisterRow] | None] = [None] * total
    spans = deque(range(start, min(start + CHUNK, total)) for start in range(0, total, CHUNK))
    returned: deque[range] = deque()  # what a broken pool had been given: checked here, first
    workers = min(jobs - 1, len(spans) // (2 * AHEAD)) if total >= POOL_THRESHOLD else 0
    with _interrupts_held():
        executor = _pool(workers, policy) if workers > 0 else None
    pool = executor  # None once broken
    given: dict[Future[list[list[RegisterRow]]], range] = {}
    answered = abandoned = False  # a worker has answered; this process did what workers had been given
    done = 0

    def record(span: range, rows: list[list[RegisterRow]]) -> None:
        nonlocal done
        for index, rows_of_one in zip(span, rows, strict=True):
            found[index] = rows_of_one
        done += len(span)
        if progress is not None:
            progress(done, total, shown(tasks[span[-1]][0].name))

    try:
        while spans or returned or given:
            if cancel is not None and cancel.is_set():
                break
            with _interrupts_held():  # a worker starts on a submit, and never sees Ctrl-C
                while pool is not None and spans and len(given) < AHEAD * workers:
                    span = spans.pop()
                    given[pool.submit(_check_in_worker, [tasks[index] for index in span])] = span
            for future in [future for future in given if future.done()]:
                span = given.pop(future)
                try:
                    record(span, future.result())
                    answered = True
                except BrokenProcessPool:
                    returned.append(span)
                    pool = None
            if not returned and not spans and given and not answered:
                # no worker has started yet (a busy machine) and this process has nothing else to do:
                # it checks what they were given rather than wait for them
                returned.append(given.pop(next(iter(given))))
                abandoned = True
            if returned or spans:
                for index in returned.popleft() if returned else spans.popleft():  # file by file: the progress moves
                    path, is_document = tasks[index]
                    record(range(index, index + 1), [file_rows(path, policy, is_document)])
            elif given:
                wait(list(given), return_when=FIRST_COMPLETED)
    finally:
        if executor is not None:
            _stop(executor, interrupted=bool(given) or abandoned)
    rows: list[RegisterRow] = []
    for rows_of_one in found:
        if rows_of_one is None:  # cancelled: a register has no gap
            break
        rows += rows_of_one
    return rows


def _pool(workers: int, policy: VerifyPolicy) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("spawn")  # fork is unsafe in a process with threads (Qt)
    return ProcessPoolExecutor(workers, context, initializer=_start_worker, initargs=(PolicyRecipe.of(policy),))


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C held back from this thread while workers start: a process started meanwhile keeps it
    blocked for good (started by exec, it inherits the mask), so the terminal's Ctrl-C, sent to the
    whole process group, reaches this process alone, which stops the workers and says why. A Ctrl-C
    pressed meanwhile arrives here when the block ends. (Windows: the worker ignores it once started.)"""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop(pool: ProcessPoolExecutor, interrupted: bool) -> None:
    """Workers gone: at once when interrupted (what they are checking is not wanted), else once
    idle (they are)."""
    if interrupted:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            if process.is_alive():
                process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


_POLICY: list[VerifyPolicy] = []  # in a worker process: the one policy it checks every file with


def _start_worker(recipe: PolicyRecipe) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the command's to handle, not each worker's
    _POLICY.append(recipe.policy())


def _check_in_worker(tasks: list[FileTask]) -> list[list[RegisterRow]]:
    return [file_rows(path, _POLICY[0], is_document) for path, is_document in tasks]
