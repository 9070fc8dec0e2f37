"""IMAP IDLE on the folder in view: the server tells us the moment mail arrives or changes, and
the watcher calls back (the UI then syncs that folder). Reconnects with back-off when the link
drops; re-issues IDLE every few minutes as RFC 2177 asks."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import imapclient
import imapclient.exceptions

from ..store.cache import Account
from .connection import open_imap
from .features import ServerFeatures

IDLE_RENEW = 25 * 60  # seconds; servers drop IDLE after 30 minutes
CHECK_INTERVAL = 5.0
MAX_BACKOFF = 300.0


class IdleWatcher:
    """Watches one folder from a background thread; ``on_change(folder)`` runs in that thread.
    ``password`` is asked there too: a keyring may take its time (or ask the user to unlock it),
    and the window that starts a watcher must not wait for it. No password: no watching."""

    def __init__(
        self,
        account: Account,
        password: Callable[[], str | None],
        folder: str,
        on_change: Callable[[str], None],
        on_offline: Callable[[str], None] | None = None,
    ) -> None:
        self.account, self.password, self.folder = account, password, folder
        self.on_change = on_change
        self.on_offline = on_offline or (lambda _m: None)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"idle-{account.name}", daemon=True)
        self.connected = threading.Event()

    def start(self) -> IdleWatcher:
        self._thread.start()
        return self

    def stop(self, wait: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(wait)

    def _run(self) -> None:
        password = self.password()
        if password is None:
            return
        backoff = 2.0
        interrupted = False
        while not self._stop.is_set():
            try:
                self._watch(password, interrupted)
                backoff = 2.0
            except (OSError, imapclient.exceptions.IMAPClientError) as exc:
                self.connected.clear()
                self.on_offline(str(exc) or type(exc).__name__)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
            except Exception as exc:
                self.connected.clear()
                self.on_offline(str(exc) or type(exc).__name__)
                self._stop.wait(MAX_BACKOFF)
            interrupted = True

    def _watch(self, password: str, interrupted: bool) -> None:
        """``interrupted``: the watch before this one ended (the link dropped, or the server said
        something unlooked-for between two IDLEs, such as an expunge before its go-ahead, which
        imapclient refuses): what changed meanwhile was told to nobody, so the folder is said to
        have changed once the watch is back."""
        client = open_imap(self.account, password)
        try:
            if not ServerFeatures.of(client).idle:
                raise imapclient.exceptions.IMAPClientError("the server does not support IDLE")
            client.select_folder(self.folder, readonly=True)
            self.connected.set()
            if interrupted:
                self.on_change(self.folder)
            while not self._stop.is_set():
                client.idle()
                waited = 0.0
                changed = False
                while not self._stop.is_set() and waited < IDLE_RENEW and not changed:
                    changed = _changes(client.idle_check(timeout=CHECK_INTERVAL))
                    waited += CHECK_INTERVAL
                _text, last = client.idle_done()  # what came after the last check, before DONE was taken
                if changed or _changes(last):
                    self.on_change(self.folder)
        finally:
            self.connected.clear()
            try:
                client.logout()
            except (OSError, imapclient.exceptions.IMAPClientError):
                client.shutdown()


def _changes(responses: list[Any]) -> bool:
    """Whether IDLE's responses tell of a letter come, gone or changed."""
    return any(
        isinstance(r, tuple)
        and len(r) >= 2
        and (r[1] in (b"EXISTS", b"EXPUNGE", b"FETCH") or r[0] == b"VANISHED")  # QRESYNC's expunge
        for r in responses
    )
