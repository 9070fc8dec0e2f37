"""Remote images of a letter, fetched only after the user allowed them, never on the UI thread.

Bounded: http(s) only, at most ``MAX_IMAGES`` per letter of at most ``MAX_BYTES`` each, a
transfer timeout, no cookies kept (a letter's images must not track the reader across letters),
redirects only to equally safe URLs (Qt's default policy).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkCookie, QNetworkCookieJar, QNetworkReply, QNetworkRequest

MAX_IMAGES = 100
MAX_BYTES = 5 << 20
TIMEOUT_MS = 20_000


class _NoCookies(QNetworkCookieJar):
    def setCookiesFromUrl(self, cookies: Sequence[QNetworkCookie], url: QUrl | str) -> bool:  # noqa: N802 - Qt's API
        return False


class RemoteImages(QObject):
    """Fetches images by URL; ``arrived`` carries each one decoded. ``clear`` forgets the letter:
    what is still under way is aborted and its answer dropped."""

    arrived = Signal(QUrl, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._manager = QNetworkAccessManager(self)
        self._manager.setCookieJar(_NoCookies(self._manager))
        self._asked: set[str] = set()
        self._replies: list[QNetworkReply] = []

    def request(self, url: QUrl) -> None:
        key = url.toString()
        if url.scheme() not in ("http", "https") or key in self._asked or len(self._asked) >= MAX_IMAGES:
            return
        self._asked.add(key)
        request = QNetworkRequest(url)
        request.setTransferTimeout(TIMEOUT_MS)
        reply = self._manager.get(request)
        reply.downloadProgress.connect(lambda received, _total: self._limit(reply, received))
        reply.finished.connect(lambda: self._finished(reply, url))
        self._replies.append(reply)

    @staticmethod
    def _limit(reply: QNetworkReply, received: int) -> None:
        if received > MAX_BYTES:
            reply.abort()

    def _finished(self, reply: QNetworkReply, url: QUrl) -> None:
        if reply in self._replies:
            self._replies.remove(reply)
            if reply.error() == QNetworkReply.NetworkError.NoError:
                image = QImage.fromData(bytes(reply.readAll().data())[:MAX_BYTES])
                if not image.isNull():
                    self.arrived.emit(url, image)
        reply.deleteLater()

    def clear(self) -> None:
        replies, self._replies = self._replies, []
        for reply in replies:
            reply.abort()
        self._asked.clear()
