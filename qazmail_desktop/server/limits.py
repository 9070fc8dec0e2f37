"""What keeps one client from stopping or flooding the embedded server (issue 27).

Two small policies, shared by the IMAP and SMTP servers and free of any protocol:
``ConnectionLimiter`` caps the connections open at once, per source address and in total, and
``AuthThrottle`` answers password guessing with a growing delay per source address instead of
locking the account (a lock per account let anyone lock the real owner out). ``ServerLimits``
holds the numbers, so that tests can start a real server with short timeouts.
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ServerLimits:
    """The embedded server's limits; the defaults suit the demo and the client's own connections
    (the window keeps an IDLE connection and a sync connection per account, the CLI one at a time)."""

    imap_per_address: int = 20
    imap_total: int = 200
    smtp_per_address: int = 10
    smtp_total: int = 100
    login_timeout: float = 60.0  # seconds from connecting until a client must have logged in
    imap_idle_timeout: float = 30 * 60.0  # RFC 9051 5.4: at least 30 minutes once logged in
    smtp_idle_timeout: float = 5 * 60.0  # RFC 5321 4.5.3.2.7: a server waits 5 minutes per command
    max_recipients: int = 100  # RFC 5321 4.5.3.1.8: at least 100 must be accepted
    max_message: int = 64 << 20
    auth_free_failures: int = 5  # a few typing mistakes cost nothing
    auth_base_delay: float = 0.5
    auth_max_delay: float = 16.0  # below the client's 30 s timeout: the owner waits, never times out
    auth_forget_after: float = 15 * 60.0


def source_key(host: str) -> str:
    """Whom a limit counts: an IPv4 address, or an IPv6 address's /64 (one site gets a whole /64,
    so counting single IPv6 addresses would let one client look like billions)."""
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


class ConnectionLimiter:
    """Connections open at once, per source address and in total: one address cannot take every
    slot (200 idle connections from one address locked everyone out)."""

    def __init__(self, per_address: int, total: int) -> None:
        self.per_address, self.total = per_address, total
        self._open: dict[str, int] = {}

    def acquire(self, address: str) -> bool:
        """Counts a new connection from ``address``; False (and nothing counted) when over a cap."""
        key = source_key(address)
        if self._open.get(key, 0) >= self.per_address or sum(self._open.values()) >= self.total:
            return False
        self._open[key] = self._open.get(key, 0) + 1
        return True

    def release(self, address: str) -> None:
        key = source_key(address)
        remaining = self._open.get(key, 0) - 1
        if remaining > 0:
            self._open[key] = remaining
        else:
            self._open.pop(key, None)

    def open_from(self, address: str) -> int:
        return self._open.get(source_key(address), 0)


class Throttled(Exception):
    """Too many failed logins from this address: refused without checking the password."""


@dataclass
class _Failures:
    count: int = 0
    last: float = 0.0
    not_before: float = 0.0  # the next password check from this address waits until then
    step: float = 0.0  # the current delay between checks


@dataclass
class AuthThrottle:
    """Failed logins per source address: after ``free_failures`` each further password check
    from that address waits ``base_delay``, doubling per failure up to ``max_delay``. Parallel
    attempts queue one after the other; one that would wait longer than ``max_delay`` is refused
    at once, so nobody waits without end. Accounts are never locked: a right password from another
    address is checked at once, and from this one after the wait. Failures are forgotten
    ``forget_after`` seconds after the last one (not on a success: an attacker with an account of
    his own could otherwise wipe his record between guesses)."""

    free_failures: int = 5
    base_delay: float = 0.5
    max_delay: float = 16.0
    forget_after: float = 15 * 60.0
    max_tracked: int = 4096
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, _Failures] = field(default_factory=dict, repr=False)

    @classmethod
    def from_limits(cls, limits: ServerLimits) -> AuthThrottle:
        return cls(limits.auth_free_failures, limits.auth_base_delay, limits.auth_max_delay, limits.auth_forget_after)

    def _state(self, address: str) -> _Failures | None:
        key = source_key(address)
        state = self._failures.get(key)
        if state is not None and self.clock() - state.last > self.forget_after:
            del self._failures[key]
            return None
        return state

    def admit(self, address: str) -> float | None:
        """Seconds this attempt must wait before its password is checked (its place in the queue
        is taken now), or None when the wait would exceed ``max_delay``: refuse it untried."""
        state = self._state(address)
        if state is None:
            return 0.0
        now = self.clock()
        start = max(now, state.not_before)
        if start - now > self.max_delay:
            return None
        state.not_before = start + state.step
        return start - now

    async def check(self, address: str, verify: Callable[[], str | None]) -> str | None:
        """Waits this address's turn, then runs ``verify`` (a password hash: in a thread, off the
        event loop) and counts a failure when it finds no user. Raises ``Throttled`` untried when
        the queue is longer than ``max_delay``."""
        wait = self.admit(address)
        if wait is None:
            raise Throttled(f"too many failed logins from your address: try again in {self.max_delay:.0f} seconds")
        await asyncio.sleep(wait)
        user = await asyncio.to_thread(verify)
        if user is None:
            self.failed(address)
        return user

    def failed(self, address: str) -> None:
        now = self.clock()
        state = self._state(address)
        if state is None:
            self._forget_oldest()
            state = self._failures.setdefault(source_key(address), _Failures())
        state.count += 1
        state.last = now
        extra = state.count - self.free_failures
        state.step = 0.0 if extra < 0 else min(self.max_delay, self.base_delay * 2.0**extra)
        state.not_before = max(state.not_before, now + state.step)

    def failures(self, address: str) -> int:
        state = self._state(address)
        return 0 if state is None else state.count

    def _forget_oldest(self) -> None:
        """Keeps the table bounded when many addresses fail (the stalest are forgotten first)."""
        if len(self._failures) < self.max_tracked:
            return
        for key in sorted(self._failures, key=lambda k: self._failures[k].last)[: len(self._failures) // 4 + 1]:
            del self._failures[key]
