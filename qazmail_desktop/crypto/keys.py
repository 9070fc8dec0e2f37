"""Signing keys loaded from NCA PKCS#12 containers; they live in memory only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import core, keys, x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ..moments import day, moment
from ..userfiles import UnreadableFileError, read_regular_file
from . import certificates, gost3410, oids
from .errors import (
    ASN1_ERRORS,
    KeyFileError,
    SigningRefusedError,
    UnsupportedAlgorithmError,
    WrongPasswordError,
)
from .identity import CertificateInfo, describe
from .pkcs12 import open_container

MAX_KEY_FILE = 1 << 20


@dataclass(frozen=True)
class DigestChoice:
    """The digest a key signs with, named as CMS needs it."""

    name: str  # "streebog512" or an RSA hash such as "sha256"
    oid: str


class SigningKey:
    """A private key with its certificate; ``sign`` takes the data to sign (not a digest)."""

    def __init__(self, certificate: x509.Certificate, label: str) -> None:
        self.certificate = certificate
        self.label = label
        self.info: CertificateInfo = describe(certificate)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.label!r})"  # never the private key

    @property
    def digest(self) -> DigestChoice:
        raise NotImplementedError

    @property
    def signature_oid(self) -> str:
        raise NotImplementedError

    def sign(self, data: bytes) -> bytes:
        raise NotImplementedError

    def ensure_can_sign(self, when: dt.datetime | None = None) -> None:
        """Refuse AUTH keys, and keys whose certificate is not valid at ``when`` (now by default):
        a signature made with them could never verify, whatever date it claims."""
        if not self.info.can_sign:
            raise SigningRefusedError(
                f"{self.label} is an authentication (AUTH) key; NCA issues a separate key for signing (RSA_/GOST_ file)"
            )
        when = when or dt.datetime.now(dt.UTC)
        if when > self.info.not_after:
            raise SigningRefusedError(
                f"the certificate of {self.label} expired on {moment(self.info.not_after, seconds=False)} "
                f"(valid {day(self.info.not_before)} to {day(self.info.not_after)}); get a new key from the NCA"
            )
        if when < self.info.not_before:
            raise SigningRefusedError(
                f"the certificate of {self.label} is not valid until {moment(self.info.not_before, seconds=False)}"
            )


class GostSigningKey(SigningKey):
    def __init__(self, certificate: x509.Certificate, label: str, private: int) -> None:
        super().__init__(certificate, label)
        key = certificates.public_key(certificate)
        if not isinstance(key, certificates.GostPublicKey):
            raise KeyFileError(f"{label}: the certificate does not hold a GOST key")
        if gost3410.public_key(key.curve, private) != key.point:
            raise KeyFileError(f"{label}: the private key does not match the certificate")
        self._scheme = key.scheme
        self._private = private
        self._legacy = key.scheme is certificates.GOST2004
        algorithm = certificates.key_algorithm_oid(certificate)
        self._tc26 = algorithm.startswith("1.2.643.")

    def ensure_can_sign(self, when: dt.datetime | None = None) -> None:
        if self._legacy:
            raise SigningRefusedError(
                f"{self.label} is a GOST 34.310-2004 key: the NCA no longer issues these, and QazMail only "
                "verifies what they signed; sign with a GOST 34.10-2015 key"
            )
        super().ensure_can_sign(when)

    @property
    def digest(self) -> DigestChoice:
        if self._legacy:  # what a 2004 key signs with (it is refused before signing; archives are verified)
            return DigestChoice("gost34311", oids.NCA_GOST34311)
        return DigestChoice("streebog512", oids.TC26_STREEBOG_512 if self._tc26 else oids.NCA_STREEBOG_512)

    @property
    def signature_oid(self) -> str:
        if self._legacy:
            return oids.NCA_GOST2004_SIGNATURE
        return oids.TC26_SIGN_WITH_512 if self._tc26 else oids.NCA_GOST2015_512_SIGNATURE

    def sign(self, data: bytes) -> bytes:
        r, s = gost3410.sign(self._scheme.curve, self._private, self._scheme.digest(data))
        return certificates.gost_signature_to_bytes(r, s, self.signature_oid, self._scheme.curve.size)


class RsaSigningKey(SigningKey):
    def __init__(self, certificate: x509.Certificate, label: str, private: rsa.RSAPrivateKey) -> None:
        super().__init__(certificate, label)
        cert_key = certificates.public_key(certificate)
        if (
            not isinstance(cert_key, rsa.RSAPublicKey)
            or cert_key.public_numbers() != private.public_key().public_numbers()
        ):
            raise KeyFileError(f"{label}: the private key does not match the certificate")
        self._private = private

    @property
    def digest(self) -> DigestChoice:
        return DigestChoice("sha256", "2.16.840.1.101.3.4.2.1")

    @property
    def signature_oid(self) -> str:
        return "1.2.840.113549.1.1.11"  # sha256WithRSAEncryption, as Kalkan writes it

    def sign(self, data: bytes) -> bytes:
        return self._private.sign(data, padding.PKCS1v15(), certificates.rsa_digest("sha256"))


def _gost_private_scalar(info: keys.PrivateKeyInfo) -> int:
    """The little-endian scalar: NCA wraps it in a DER OCTET STRING, OpenSSL's engine stores it
    raw (64 bytes), and some tools write a DER INTEGER."""
    raw = info["private_key"].native
    if len(raw) == 64:
        return int.from_bytes(raw, "little")
    try:
        if raw[:1] == b"\x04":
            return int.from_bytes(core.OctetString.load(raw).native, "little")
        if raw[:1] == b"\x02":
            return int(core.Integer.load(raw).native)
    except ValueError as exc:
        raise KeyFileError("malformed GOST private key") from exc
    raise KeyFileError("unrecognised GOST private key encoding")


def load_signing_key(path: Path, password: str) -> SigningKey:
    """Open ``path`` with ``password``; the first private key with its certificate."""
    label = path.name
    try:
        data = read_regular_file(path, "key file", MAX_KEY_FILE)
    except UnreadableFileError as exc:
        raise KeyFileError(str(exc)) from exc
    try:
        bag = open_container(data, password)
    except WrongPasswordError as exc:
        raise WrongPasswordError(f"wrong password for {label}") from exc
    except KeyFileError as exc:
        raise KeyFileError(f"{label}: {exc}") from exc
    if not bag.private_keys:
        raise KeyFileError(f"{label} holds no private key")
    key_id, info = bag.private_keys[0]
    cert = next((c for cid, c in bag.certificates if key_id is not None and cid == key_id), None)
    if cert is None and bag.certificates:
        cert = bag.certificates[0][1]
    if cert is None:
        raise KeyFileError(f"{label} holds no certificate for its key")
    try:
        return _signing_key(cert, info, label)
    except ASN1_ERRORS as exc:
        raise KeyFileError(f"{label}: malformed key or certificate ({str(exc).splitlines()[0]})") from exc


def _signing_key(cert: x509.Certificate, info: keys.PrivateKeyInfo, label: str) -> SigningKey:
    algorithm = info["private_key_algorithm"]["algorithm"].dotted
    if algorithm in oids.GOST512_KEY_OIDS or algorithm == oids.NCA_GOST2004_KEY:
        return GostSigningKey(cert, label, _gost_private_scalar(info))
    if algorithm == "1.2.840.113549.1.1.1":
        private = serialization.load_der_private_key(info.dump(), password=None)
        if not isinstance(private, rsa.RSAPrivateKey):
            raise KeyFileError(f"{label}: malformed RSA key")
        return RsaSigningKey(cert, label, private)
    raise UnsupportedAlgorithmError(f"{label}: unsupported key algorithm {algorithm}")
