"""One way to write a moment everywhere (issue 29: a card said UTC+6, a register UTC+5, the command
line UTC and the window no zone at all, for the same signature)."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator

import pytest

from qazmail_desktop import moments
from qazmail_desktop.card import texts

SIGNED = dt.datetime(2026, 12, 5, 6, 16, 9, tzinfo=dt.UTC)


@pytest.fixture
def in_kathmandu() -> Iterator[None]:
    """The computer's zone set to one with a 45-minute offset, so "local" cannot pass by chance."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Kathmandu"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_moment_is_the_computers_local_time_with_its_offset(in_kathmandu: None) -> None:
    assert moments.moment(SIGNED) == "05.12.2026 12:01:09 UTC+05:45"
    assert moments.moment(SIGNED, seconds=False) == "05.12.2026 12:01 UTC+05:45"
    assert moments.clock(SIGNED) == "12:01 UTC+05:45"
    assert moments.day(dt.datetime(2026, 12, 31, 20, 0, tzinfo=dt.UTC)) == "01.01.2027"  # the local day


def test_other_zones_and_moments_without_a_zone() -> None:
    west = dt.timezone(-dt.timedelta(hours=3, minutes=30))
    assert moments.moment(SIGNED, west) == "05.12.2026 02:46:09 UTC-03:30"
    assert moments.moment(SIGNED, dt.UTC) == "05.12.2026 06:16:09 UTC+00:00"
    naive = SIGNED.replace(tzinfo=None)  # asn1crypto and SQLite hand some moments over without a zone: UTC
    assert moments.moment(naive, dt.UTC) == moments.moment(SIGNED, dt.UTC)


def test_cards_write_astanas_time_in_the_same_form(in_kathmandu: None) -> None:
    assert texts.moment(SIGNED) == "05.12.2026 11:16:09 UTC+05:00"  # UTC+5 since March 2024
    assert texts.moment(dt.datetime(2021, 5, 18, 19, 1, 51, tzinfo=dt.UTC)) == "19.05.2021 01:01:51 UTC+06:00"
