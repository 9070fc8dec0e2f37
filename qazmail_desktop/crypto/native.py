"""Whether GOST runs as compiled code here: the C extensions are built at install time and the
program falls back to pure Python without them, 30-100 times slower (a mailbox check of 10,000
signed letters takes hours instead of seconds). A build without them must not pass unnoticed:
``--version``, the About box and a warning at start say which one this is."""

from __future__ import annotations

from dataclasses import dataclass

from . import gost3410, streebog


@dataclass(frozen=True)
class NativeGost:
    """What was compiled: the Streebog digest, and the GOST 34.10 point arithmetic with the limb
    arithmetic its compiler allowed ("int128", "x64-intrinsics" or "portable"; None: not built)."""

    streebog: bool
    arithmetic: str | None

    @property
    def complete(self) -> bool:
        return self.streebog and self.arithmetic is not None


def native_gost() -> NativeGost:
    return NativeGost(streebog=streebog.HAVE_EXTENSION, arithmetic=gost3410.NATIVE_ARITHMETIC)
