"""asn1crypto 1.5.1 took a definite length that ends in 0x80 (128 bytes: 81 80) for BER's
indefinite length and re-encoded such values, everything inside them, on every dump: signing
with an OCSP answer inside sometimes took 20-40 s. The fix keeps such values as they were read."""

from __future__ import annotations

import pytest
from asn1crypto import core

import qazmail_desktop.crypto  # noqa: F401 - installs the fix
from qazmail_desktop.crypto.asn1_compat import ends_indefinite


class _Pair(core.Sequence):  # type: ignore[misc]
    _fields = [("data", core.OctetString), ("number", core.Integer)]  # noqa: RUF012 - asn1crypto's API


# 128 bytes of contents (a definite long-form length, 81 80), holding an INTEGER written with a
# redundant leading zero: valid BER that a re-encoding would change to 02 01 01.
BER_128 = b"\x30\x81\x80" + b"\x04\x7a" + b"a" * 122 + b"\x02\x02\x00\x01"


def test_a_value_128_bytes_long_keeps_its_bytes() -> None:
    pair = _Pair.load(BER_128)
    assert pair["number"].native == 1
    assert pair.dump() == BER_128  # was re-encoded to DER: ... 02 01 01, two bytes shorter


def test_true_indefinite_lengths_are_still_written_as_der() -> None:
    indefinite = b"\x30\x80" + b"\x04\x03abc" + b"\x02\x01\x05" + b"\x00\x00"
    assert _Pair.load(indefinite).dump() == b"\x30\x08\x04\x03abc\x02\x01\x05"


@pytest.mark.parametrize(
    ("header", "indefinite"),
    [
        (b"\x30\x80", True),
        (b"\x30\x81\x80", False),
        (b"\x30\x82\x01\x80", False),
        (b"\xa0\x80", True),
        (b"\xa0\x82\x01\x80\x30\x80", True),  # an explicit tag, then an indefinite inner value
        (b"\xa0\x80\x30\x81\x80", False),
        (b"\xbf\x1f\x81\x80", False),  # a tag number in a second octet
    ],
)
def test_indefinite_length_is_told_by_the_length_octet(header: bytes, indefinite: bool) -> None:
    assert ends_indefinite(header) is indefinite
