"""Teach asn1crypto the GOST key algorithms so certificates and PKCS#8 keys with them parse.

asn1crypto picks the type inside a key's BIT/OCTET STRING from the algorithm name and fails on
names it does not know. Importing this module (the crypto package does) makes the NCA and TC26
GOST key OIDs parse as opaque bytes; ``certificates.py`` and ``keys.py`` decode them, because
NCA and OpenSSL encode the inner key differently. Any other algorithm asn1crypto does not know
(such as the 2011–2016 NCA GOST family, 1.3.6.1.4.1.6801) parses as opaque bytes too: the
certificate still names its holder, and the verdict names the algorithm instead of failing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from asn1crypto import core, keys

from . import oids

GOST_KEY_OIDS = oids.GOST512_KEY_OIDS | {
    oids.NCA_GOST2004_KEY,
    oids.NCA_GOST2015_256_KEY,
    oids.TC26_GOST2012_256_KEY,
}


def _opaque_for_gost(algorithm_field: str, opaque: type, original: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def spec(info: Any) -> Any:
        if info[algorithm_field]["algorithm"].dotted in GOST_KEY_OIDS:
            return (opaque, None)
        try:
            return original(info)
        except KeyError:  # asn1crypto's table lacks the algorithm
            return (opaque, None)

    spec.qazmail_gost = True  # type: ignore[attr-defined]
    return spec


def _register() -> None:
    for cls, key_field, algorithm_field, opaque in (
        (keys.PublicKeyInfo, "public_key", "algorithm", core.OctetBitString),
        (keys.PrivateKeyInfo, "private_key", "private_key_algorithm", core.OctetString),
    ):
        original = cls._spec_callbacks[key_field]
        if not getattr(original, "qazmail_gost", False):
            cls._spec_callbacks[key_field] = _opaque_for_gost(algorithm_field, opaque, original)


_register()
