"""Argument types that refuse bad values before any work starts (argparse turns the
ArgumentTypeError into one line and exit 2): numbers within the range the program can use, URLs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from urllib.parse import urlsplit

UID_MAX = 2**32 - 1  # RFC 3501: UIDs are 32-bit


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An int in [low, high] (SQLite and IMAP both overflow past their limits)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is out of range: give {low} to {high}")
        return value

    parse.__name__ = "number"  # what argparse calls the type in its messages
    return parse


def http_url(text: str) -> str:
    """An http(s) URL with a host: a TSA, OCSP or CRL address."""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"{text!r} is not an http:// or https:// URL")
    return text
