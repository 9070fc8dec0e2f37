"""A fix for asn1crypto 1.5.1 (the latest release): ``dump()`` takes any header whose last byte
is 0x80 for BER's indefinite length, so a value 128, 384, … bytes long (length octets 81 80,
82 01 80) is re-encoded from scratch each time its bytes are asked for, with everything inside
it, at every level: a time-stamped signature that happened to hold such lengths took 20-40 s to
write, and verifying a CAdES-T took seconds (wbond/asn1crypto#249, open since 2022).

Installed once, on import of ``qazmail_desktop.crypto``: before the library's check runs, a
definite-length header is dropped so that the library derives it again from the contents (the
same bytes for DER, and nothing inside is re-encoded). True indefinite-length BER is left to the
library, which re-encodes it as DER as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from asn1crypto import core

_FIXED = "_qazmail_definite_length_fix"


def ends_indefinite(header: bytes) -> bool:
    """Whether the last of the (explicit tag, then own) headers in ``header`` has BER's indefinite
    length: its first length octet is 0x80 itself, not a long-form length that ends in 0x80."""
    at, indefinite = 0, False
    while at < len(header):
        if header[at] & 0x1F == 0x1F:  # a tag number in the following octets, the last without bit 8
            at += 1
            while at < len(header) and header[at] & 0x80:
                at += 1
        at += 1
        if at >= len(header):
            return False
        first = header[at]
        indefinite = first == 0x80
        at += 1 + (first & 0x7F if first > 0x80 else 0)
    return indefinite


def _definite_aware(dump: Callable[..., bytes]) -> Callable[..., bytes]:
    def fixed(self: Any, force: bool = False) -> bytes:
        header = self._header
        if not force and header and header[-1] == 0x80 and not ends_indefinite(header):
            self._header = None  # derived again from the contents: the same definite-length bytes
        return dump(self, force)

    setattr(fixed, _FIXED, True)
    fixed.__doc__ = dump.__doc__
    return fixed


def install() -> None:
    for cls in (core.Asn1Value, core.Choice, core.Primitive, core.Sequence, core.SequenceOf):
        method = cls.__dict__["dump"]
        if not getattr(method, _FIXED, False):
            cls.dump = _definite_aware(method)
