"""Argument types that refuse bad values before any work starts (argparse turns the
ArgumentTypeError into one line and exit 2): numbers within the range the program can use, URLs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from urllib.parse import urlsplit

from .speech import fill, translate

UID_MAX = 2**32 - 1  # RFC 3501: UIDs are 32-bit


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An int in [low, high] (SQLite and IMAP both overflow past their limits)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(fill(translate("cli", "%1 is not a whole number"), repr(text))) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                fill(translate("cli", "%1 is out of range: give %2 to %3"), text, low, high)
            )
        return value

    parse.__name__ = "number"  # what argparse calls the type in its messages
    return parse


def http_url(text: str) -> str:
    """An http(s) URL with a host: a TSA, OCSP or CRL address."""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(fill(translate("cli", "%1 is not an http:// or https:// URL"), repr(text)))
    return text


def host_port(default_port: int) -> Callable[[str], tuple[str, int]]:
    """``HOST``, ``HOST:PORT``, ``[IPv6]`` or ``[IPv6]:PORT`` (an IPv6 address needs its brackets
    to carry a port, as in URLs): the host without brackets, and the port."""

    def parse(text: str) -> tuple[str, int]:
        value = text.strip()
        port_text = str(default_port)
        if value.startswith("["):
            host, bracket, rest = value[1:].partition("]")
            if not bracket or (rest and not rest.startswith(":")):
                raise argparse.ArgumentTypeError(
                    fill(translate("cli", "%1: an IPv6 address is written [ADDRESS]:PORT"), repr(text))
                )
            port_text = rest[1:] or port_text
        elif value.count(":") == 1:
            host, _, port_text = value.partition(":")
        else:
            host = value  # a bare host, or an IPv6 address without a port
        if not host or any(c.isspace() for c in host) or not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise argparse.ArgumentTypeError(fill(translate("cli", "expected HOST:PORT, got %1"), repr(text)))
        return host, int(port_text)

    parse.__name__ = "address"
    return parse


def email_address(text: str) -> str:
    """One plain address, local@domain, as From and the server's login expect it."""
    not_an_address = fill(translate("cli", "%1 is not an e-mail address (name@example.kz)"), repr(text))
    local, at, domain = text.strip().rpartition("@")
    if not at or not local or not domain or any(c.isspace() or c in '<>,;"' for c in text.strip()):
        raise argparse.ArgumentTypeError(not_an_address)
    if domain.startswith(".") or domain.endswith(".") or ".." in domain:
        raise argparse.ArgumentTypeError(not_an_address)
    return text.strip()
