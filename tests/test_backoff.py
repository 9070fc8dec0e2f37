"""The outbox's schedule for letters an SMTP server turned away for now (sync.backoff)."""

from __future__ import annotations

import datetime as dt

from qazmail_desktop.sync import backoff

NOW = dt.datetime(2026, 12, 4, 10, 42, tzinfo=dt.UTC)


def test_each_refusal_in_a_row_waits_longer_then_hourly() -> None:
    waits = [backoff.delay(n) for n in range(1, 10)]
    assert [w.total_seconds() / 60 for w in waits] == [1, 2, 5, 10, 30, 60, 60, 60, 60]
    assert backoff.delay(0) == dt.timedelta(0)
    assert backoff.next_attempt(3, NOW) == NOW + dt.timedelta(minutes=5)


def test_a_letter_is_due_at_its_time_and_a_damaged_time_holds_nothing_back() -> None:
    at = backoff.next_attempt(1, NOW).isoformat()
    assert not backoff.due(at, NOW) and not backoff.due(at, NOW + dt.timedelta(seconds=59))
    assert backoff.due(at, NOW + dt.timedelta(minutes=1)) and backoff.due("", NOW)
    assert backoff.due("not a time", NOW)
