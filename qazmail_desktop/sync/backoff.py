"""When a letter the SMTP server turned away for now goes again.

A 4xx answer ("421 closing", "451 mailbox busy, try later") or a session that drops before the
end of DATA means the letter did not leave and the server wants it later. Trying at every sync
(every few minutes, and at each Send) hammers a server that is struggling and fills the log; so
each such refusal moves the next attempt further off: 1, 2, 5, 10, 30 and 60 minutes, then every
hour. A server that cannot be reached at all is not in this schedule: that is the user being
offline, and the next sync tries as soon as there is a network. "Send again" clears the wait."""

from __future__ import annotations

import datetime as dt

DELAYS_MINUTES = (1, 2, 5, 10, 30, 60)  # then DELAYS_MINUTES[-1] for every later try


def delay(refusals: int) -> dt.timedelta:
    """How long to wait after the ``refusals``-th refusal in a row (1 for the first)."""
    if refusals < 1:
        return dt.timedelta(0)
    return dt.timedelta(minutes=DELAYS_MINUTES[min(refusals, len(DELAYS_MINUTES)) - 1])


def next_attempt(refusals: int, now: dt.datetime) -> dt.datetime:
    return now + delay(refusals)


def due(retry_at: str, now: dt.datetime) -> bool:
    """Whether a letter waiting until ``retry_at`` (ISO time, "" when it does not wait) may go now;
    a time that cannot be read does not hold a letter back."""
    if not retry_at:
        return True
    try:
        return dt.datetime.fromisoformat(retry_at) <= now
    except ValueError:
        return True
