"""Running core work off the UI thread, with progress, results and errors delivered as signals."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """``work(report, cancel)`` runs in the thread pool; ``report(done, total, text)`` reaches the UI."""

    def __init__(self, work: Callable[[Callable[[int, int, str], None], threading.Event], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.cancel)
        except Exception as exc:
            self.signals.failed.emit(str(exc) or type(exc).__name__)
            return
        self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Keeps running tasks alive (Python would collect them otherwise) and starts them: in Qt's
    thread pool, or one after another on a thread of the runner's own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self._running: set[Task] = set()
        self._own_thread: ThreadPoolExecutor | None = None
        self._last_own: Future[None] | None = None  # one thread, in order: ended, every earlier one has

    def start(
        self,
        work: Callable[[Callable[[int, int, str], None], threading.Event], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        own_thread: bool = False,
    ) -> Task:
        """``own_thread``: on the runner's own thread, which lives as long as the runner, so what a
        task keeps per thread lasts to the next one (the cache's connections, with their page cache:
        a search's reads stay warm). A pool thread keeps nothing of Python's from one task to the
        next: each search opened its connections anew."""
        task = Task(work)
        task.setAutoDelete(False)
        self._running.add(task)
        if on_done is not None:
            task.signals.finished.connect(on_done)
        if on_error is not None:
            task.signals.failed.connect(on_error)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.finished.connect(lambda _r: self._running.discard(task))
        task.signals.failed.connect(lambda _m: self._running.discard(task))
        if own_thread:
            if self._own_thread is None:
                self._own_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qazmail-tasks")
            self._last_own = self._own_thread.submit(task.run)
        else:
            self.pool.start(task)
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        """Until every task has ended (at most ``msecs``)."""
        began = time.monotonic()
        if self._last_own is not None and futures.wait([self._last_own], timeout=msecs / 1000).not_done:
            return False
        left = max(0, msecs - int((time.monotonic() - began) * 1000))
        return bool(self.pool.waitForDone(left))

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel.set()

    def stop_own_thread(self) -> None:
        """The runner's own thread takes no more tasks and ends after the one it runs (the window closes)."""
        if self._own_thread is not None:
            self._own_thread.shutdown(wait=False, cancel_futures=True)
            self._own_thread = None
