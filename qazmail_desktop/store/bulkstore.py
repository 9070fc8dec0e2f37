"""Storing a first sync's thousands of letters one batch behind the network.

The sync thread reads and parses batch N+1 while a second thread commits batch N: SQLite
releases the GIL while it writes, so the two overlap on two cores. A third thread copies the WAL
into the database file meanwhile (``checkpoints_aside``). Batches are committed in order, one
transaction each, so a sync killed at any moment keeps every batch committed before it and the
next sync continues after the highest stored UID, as without this.
"""

from __future__ import annotations

import queue
import threading
from types import TracebackType

from . import sqlite
from .cache import Cache, IncomingMessage

_Batch = tuple[int, list[IncomingMessage]]  # folder id, letters
_STOP = None


class BulkStore:
    """``with BulkStore(cache) as store: store.put(folder_id, batch) ...``; ``put`` returns once
    the batch before this one is committed (and raises what storing it raised); ``flush`` once all are."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self._todo: queue.Queue[_Batch | None] = queue.Queue(maxsize=1)
        self._done: queue.Queue[BaseException | None] = queue.Queue()
        self._in_flight = 0
        self._thread = threading.Thread(target=self._write, name="qazmail-store", daemon=True)

    def __enter__(self) -> BulkStore:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        try:
            if kind is None:
                self.flush()
        finally:
            self._todo.put(_STOP)
            self._thread.join()

    def put(self, folder_id: int, batch: list[IncomingMessage]) -> None:
        while self._in_flight:  # one batch in flight: wait for the one before (memory stays bounded)
            self._collect()
        self._todo.put((folder_id, batch))
        self._in_flight += 1

    def flush(self) -> None:
        while self._in_flight:
            self._collect()

    def _collect(self) -> None:
        error = self._done.get()
        self._in_flight -= 1
        if error is not None:
            raise error

    def _write(self) -> None:
        try:
            with sqlite.checkpoints_aside(self.cache.db, self.cache.path):
                while (item := self._todo.get()) is not _STOP:
                    try:
                        self.cache.store_messages(*item)
                    except BaseException as exc:  # handed to the sync thread, which raises it
                        self._done.put(exc)
                    else:
                        self._done.put(None)
        finally:
            self.cache.close()  # this thread's connection
