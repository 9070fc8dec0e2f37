"""Whether a host is this computer: plain-text passwords (``--security none``), plain HTTP to the
local SIGEX and the demo phone are allowed there alone."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
