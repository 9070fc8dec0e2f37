"""Certificates: loading in any encoding NCA tools use, public keys, and signature checks.

NCA publishes certificates as DER, as PEM, and (in some tools' exports) as bare base64; all
three load here. Signature verification covers GOST 2015-512 in both the NCA and the TC26
layouts, the previous generation's GOST 34.310-2004 (archives only), and RSA PKCS#1 v1.5
through ``cryptography``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from asn1crypto import cms, core, pem, x509
from asn1crypto.core import Asn1Value
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ..userfiles import UnreadableFileError, read_regular_file
from . import gost3410, gost341194, oids, streebog
from .errors import MALFORMED_OR_ASN1_ERRORS, MalformedDataError, UnsupportedAlgorithmError

_BASE64_TEXT = re.compile(rb"^[A-Za-z0-9+/=\s]+$")


def decode_der(data: bytes) -> bytes:
    """DER bytes from DER, PEM or bare base64 input."""
    stripped = data.strip()
    if pem.detect(stripped):
        _, _, der = pem.unarmor(stripped)
        return bytes(der)
    if stripped[:1] != b"\x30" and _BASE64_TEXT.match(stripped):
        try:
            return base64.b64decode(b"".join(stripped.split()), validate=True)
        except binascii.Error as exc:
            raise MalformedDataError("neither DER, PEM nor base64 data") from exc
    return data


def load_certificate(data: bytes) -> x509.Certificate:
    try:
        cert = x509.Certificate.load(decode_der(data))
        cert.native  # noqa: B018 - parse fully so corruption is reported here
    except MALFORMED_OR_ASN1_ERRORS as exc:
        raise MalformedDataError("not an X.509 certificate (DER, PEM or base64)") from exc
    return cert


MAX_CERTIFICATE_FILE = 1 << 20  # a certificate is a few KiB; a file this large is not one


def load_certificate_file(path: Path) -> x509.Certificate:
    try:
        return load_certificate(read_regular_file(path, "certificate", MAX_CERTIFICATE_FILE))
    except UnreadableFileError as exc:
        raise MalformedDataError(str(exc)) from exc
    except MalformedDataError as exc:
        raise MalformedDataError(f"{path} is {exc}") from exc


def display_name(name: x509.Name) -> str:
    """A name as people say it: its common name, else every attribute."""
    common = name.native.get("common_name") if isinstance(name.native, dict) else None
    if isinstance(common, list):
        common = common[0] if common else None
    return str(common) if common else str(name.human_friendly)


@dataclass(frozen=True)
class GostScheme:
    """One generation of NCA GOST signatures: its curve, its digest and the OIDs that name it.
    Both write the public key as x||y and the signature as r||s, little-endian."""

    name: str
    curve: gost3410.Curve
    digest: Callable[[bytes], bytes]
    signature_oids: frozenset[str]


GOST2015_512 = GostScheme("GOST 34.10-2015 512", gost3410.TC26_512_A, streebog.streebog512, oids.GOST512_SIGNATURE_OIDS)
GOST2004 = GostScheme("GOST 34.310-2004", gost3410.CRYPTOPRO_A, gost341194.gost341194, oids.GOST2004_SIGNATURE_OIDS)
_GOST_SCHEMES = {
    **dict.fromkeys(oids.GOST512_KEY_OIDS, GOST2015_512),
    oids.NCA_GOST2004_KEY: GOST2004,
}


@dataclass(frozen=True)
class GostPublicKey:
    """A GOST 34.10 public point with the scheme (curve and digest) it belongs to."""

    scheme: GostScheme
    point: tuple[int, int]

    @property
    def curve(self) -> gost3410.Curve:
        return self.scheme.curve


PublicKey = GostPublicKey | rsa.RSAPublicKey


def key_algorithm_oid(cert: x509.Certificate) -> str:
    return str(cert["tbs_certificate"]["subject_public_key_info"]["algorithm"]["algorithm"].dotted)


def public_key(cert: x509.Certificate) -> PublicKey:
    spki = cert["tbs_certificate"]["subject_public_key_info"]
    algorithm = spki["algorithm"]["algorithm"].dotted
    scheme = _GOST_SCHEMES.get(algorithm)
    if scheme is not None:
        size = scheme.curve.size
        try:
            raw = core.OctetString.load(spki["public_key"].native).native
        except (ValueError, TypeError) as exc:
            raise MalformedDataError("malformed GOST public key") from exc
        if not isinstance(raw, bytes) or len(raw) != 2 * size:
            raise MalformedDataError(f"malformed {scheme.name} public key (expected {2 * size} bytes x||y)")
        point = (int.from_bytes(raw[:size], "little"), int.from_bytes(raw[size:], "little"))
        return GostPublicKey(scheme, point)
    if algorithm == "1.2.840.113549.1.1.1":
        key = serialization.load_der_public_key(spki.dump())
        if not isinstance(key, rsa.RSAPublicKey):
            raise MalformedDataError("malformed RSA public key")
        return key
    raise UnsupportedAlgorithmError(f"unsupported public key algorithm {algorithm}")


def gost_signature_from_bytes(signature: bytes, algorithm_oid: str, size: int = 64) -> tuple[int, int]:
    """(r, s) from a signature value: NCA writes r||s little-endian, TC26 s||r big-endian;
    ``size`` is the curve's (64 bytes for 2015-512, 32 for 2004)."""
    if len(signature) != 2 * size:
        raise MalformedDataError(f"a GOST signature on this curve must be {2 * size} bytes, not {len(signature)}")
    if algorithm_oid.startswith("1.2.643."):
        return int.from_bytes(signature[size:], "big"), int.from_bytes(signature[:size], "big")
    return int.from_bytes(signature[:size], "little"), int.from_bytes(signature[size:], "little")


def gost_signature_to_bytes(r: int, s: int, algorithm_oid: str, size: int = 64) -> bytes:
    """The signature value as ``gost_signature_from_bytes`` reads it (``size``: the curve's)."""
    if algorithm_oid.startswith("1.2.643."):
        return s.to_bytes(size, "big") + r.to_bytes(size, "big")
    return r.to_bytes(size, "little") + s.to_bytes(size, "little")


_RSA_DIGESTS: dict[str, hashes.HashAlgorithm] = {
    "sha1": hashes.SHA1(),
    "sha224": hashes.SHA224(),
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}
_RSA_SIGNATURE_DIGESTS = {
    "1.2.840.113549.1.1.5": "sha1",
    "1.2.840.113549.1.1.14": "sha224",
    "1.2.840.113549.1.1.11": "sha256",
    "1.2.840.113549.1.1.12": "sha384",
    "1.2.840.113549.1.1.13": "sha512",
}


def verify_signature(
    key: PublicKey, signature_oid: str, signature: bytes, data: bytes, digest_name: str | None = None
) -> bool:
    """Check ``signature`` over ``data``; the digest comes from the signature OID or ``digest_name``."""
    if isinstance(key, GostPublicKey):
        if signature_oid not in key.scheme.signature_oids:
            raise UnsupportedAlgorithmError(f"signature algorithm {signature_oid} does not fit a {key.scheme.name} key")
        r, s = gost_signature_from_bytes(signature, signature_oid, key.curve.size)
        return gost3410.verify(key.curve, key.point, key.scheme.digest(data), r, s)
    name = digest_name or _RSA_SIGNATURE_DIGESTS.get(signature_oid)
    if signature_oid in oids.GOST512_SIGNATURE_OIDS or signature_oid in oids.GOST2004_SIGNATURE_OIDS:
        raise UnsupportedAlgorithmError(f"signature algorithm {signature_oid} does not fit an RSA key")
    if name not in _RSA_DIGESTS:
        raise UnsupportedAlgorithmError(f"unsupported RSA signature algorithm {signature_oid}")
    try:
        key.verify(signature, data, padding.PKCS1v15(), _RSA_DIGESTS[name])
    except InvalidSignature:
        return False
    return True


def rsa_digest(name: str) -> hashes.HashAlgorithm:
    if name not in _RSA_DIGESTS:
        raise UnsupportedAlgorithmError(f"unsupported digest {name}")
    return _RSA_DIGESTS[name]


K = TypeVar("K")
V = TypeVar("V")


class Remembered(Generic[K, V]):
    """Values computed once per key, at most ``limit`` of them (then all forgotten at once):
    checking a mailbox meets the same few CAs, signers, TSA and CRLs for every letter."""

    def __init__(self, limit: int = 4096) -> None:
        self._values: dict[K, V] = {}
        self._limit = limit

    def get(self, key: K, compute: Callable[[], V]) -> V:
        value = self._values.get(key)
        if value is None:
            if len(self._values) >= self._limit:
                self._values.clear()
            value = self._values[key] = compute()
        return value


def der(value: Asn1Value) -> bytes:
    """The encoding of a value as it was read: what dump() returns for a certificate, name or
    TBS nobody changed, without dump()'s walk over every child to see whether one was (a tenth of
    a mailbox check). Only for values read from bytes and never modified (certificates are not)."""
    header = value._header
    if header is None or value.explicit:
        return bytes(value.dump())
    # a Sequence's `contents` property runs the same walk: its bytes as read are in `_contents`
    contents = value.__dict__.get("_contents")
    if contents is None:
        contents = value.contents
    return bytes(header + contents + (value._trailer or b""))


_SIGNED_BY: Remembered[tuple[bytes, str, bytes, bytes], bool] = Remembered()
_INTERNED: Remembered[bytes, x509.Certificate] = Remembered()
_FRIENDLY_NAMES: Remembered[bytes, str] = Remembered()
_NAME_KEYS: Remembered[bytes, str] = Remembered()


def signed_by(issuer: x509.Certificate, algorithm: str, signature: bytes, data: bytes) -> bool:
    """True when ``issuer``'s key made ``signature`` over ``data``; False also for keys or algorithms
    that cannot be checked. Remembered: each GOST check costs milliseconds."""

    def check() -> bool:
        try:
            return verify_signature(public_key(issuer), algorithm, signature, data)
        except (UnsupportedAlgorithmError, MalformedDataError):
            return False

    key = (hashlib.sha256(der(issuer)).digest(), algorithm, signature, hashlib.sha256(data).digest())
    return _SIGNED_BY.get(key, check)


def interned(cert: x509.Certificate) -> x509.Certificate:
    """One object per certificate: the letters of a mailbox carry the same few signer and TSA
    certificates, and asn1crypto parses each field of an object on first use, so the object
    met before answers at once. Certificates are never changed once read."""
    return _INTERNED.get(der(cert), lambda: cert)


def friendly_name(name: x509.Name) -> str:
    """The name as people read it ("Common Name: …, Organization: …"), remembered by its DER:
    every verdict names the CAs of its chain, and asn1crypto builds the text field by field."""
    return _FRIENDLY_NAMES.get(der(name), lambda: str(name.human_friendly))


def same_name(a: x509.Name, b: x509.Name) -> bool:
    """Equality of names as RFC 5280 7.1 defines it (case and spaces folded). The folded form is
    remembered by the name's DER: chain building compares the same few CA names for every letter."""
    return _name_key(a) == _name_key(b)


def _name_key(name: x509.Name) -> str:
    return _NAME_KEYS.get(der(name), lambda: str(name.hashable))


def is_issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """True when ``issuer``'s key made ``cert``'s signature (names are not enough)."""
    if not same_name(cert.issuer, issuer.subject):
        return False
    algorithm = cert["signature_algorithm"]["algorithm"].dotted
    return signed_by(issuer, algorithm, cert["signature_value"].native, der(cert["tbs_certificate"]))


def find_certificate(sid: cms.SignerIdentifier, certs: list[x509.Certificate]) -> x509.Certificate | None:
    """The certificate a SignerInfo names, by issuer and serial or by key identifier."""
    if sid.name == "issuer_and_serial_number":
        ias = sid.chosen
        serial = ias["serial_number"].native
        for c in certs:  # the serial first: comparing names (normalised) is the slow part
            if c.serial_number == serial and same_name(c.issuer, ias["issuer"]):
                return c
    else:
        for c in certs:
            if c.key_identifier == sid.chosen.native:
                return c
    return None
