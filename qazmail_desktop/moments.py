"""One way to write a moment, for the window, the command line, registers, cards and the verdicts'
own sentences: ``05.12.2026 11:16:00 UTC+05:00``.

Why one module: users compared a card ("UTC+6"), a register ("UTC+5"), the command line
("2026-12-05 11:16 UTC") and the window (no zone at all) and could not tell whether they read the
same moment. Day.month.year is how Kazakh and Russian documents write dates, in every language of
the window; the zone is always written out, as an offset, since a bare time is read as local.

The zone is the computer's own (the person at it reads their clock), except where a caller has a
reason for another: document cards follow their specification's Astana time.
"""

from __future__ import annotations

import datetime as dt


def zone_name(offset: dt.timedelta | None) -> str:
    """``UTC+05:00``; ``UTC+00:00`` for UTC itself."""
    minutes = int((offset or dt.timedelta(0)).total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def in_zone(when: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """``when`` on the clock of ``zone`` (the computer's zone when None); a moment without a zone
    is taken as UTC, the way certificates, CRLs and time-stamps carry theirs."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(zone) if zone is not None else when.astimezone()


def moment(when: dt.datetime, zone: dt.tzinfo | None = None, seconds: bool = True) -> str:
    """``05.12.2026 11:16:00 UTC+05:00``; without ``seconds``, ``05.12.2026 11:16 UTC+05:00``."""
    local = in_zone(when, zone)
    clock = "%H:%M:%S" if seconds else "%H:%M"
    return f"{local.strftime('%d.%m.%Y ' + clock)} {zone_name(local.utcoffset())}"


def day(when: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """``05.12.2026``: a date alone (a certificate's validity, an expired anchor)."""
    return in_zone(when, zone).strftime("%d.%m.%Y")


def clock(when: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """``10:47 UTC+05:00``: a time today, as the outbox says when it tries again."""
    local = in_zone(when, zone)
    return f"{local:%H:%M} {zone_name(local.utcoffset())}"
