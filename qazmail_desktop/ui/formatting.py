"""Dates and sizes in the user's language (QLocale follows the language chosen in settings)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, QTimeZone


def local_datetime(value: dt.datetime, seconds: bool = False) -> str:
    """A date-time in local time, formatted the way the current locale writes it."""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    if seconds:  # signing times: the locale's date, a 24-hour time to the second
        return f"{QLocale().toString(stamp.date(), QLocale.FormatType.ShortFormat)} {stamp.time().toString('HH:mm:ss')}"
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def local_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 0)
