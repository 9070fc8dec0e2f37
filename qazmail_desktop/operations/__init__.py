"""Application operations: what a user does, once, for the command line and the window alike.

Each operation is a typed function with progress and cancel hooks (``Progress``): the CLI calls
it in the foreground, the window on its thread pool. Neither re-implements a step, so the two
cannot drift apart. No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: how far an operation is, for a status bar or a terminal."""


def no_progress(done: int, total: int, what: str) -> None:
    """The progress hook of a caller that shows none."""


Cancel = threading.Event
