"""Exceptions of the EDS core. Each one carries a message fit to show a user as it is."""

from __future__ import annotations

from ..errors import UserFacingError


class CryptoError(UserFacingError):
    """Base of every error the EDS core raises on purpose."""


class KeyFileError(CryptoError):
    """A key container could not be read (missing, corrupt, or not PKCS#12)."""


class WrongPasswordError(KeyFileError):
    """The password does not open the key container."""


class UnsupportedAlgorithmError(CryptoError):
    """An algorithm the core does not implement (for example GOST 34.310-2004)."""


class MalformedDataError(CryptoError):
    """Input that is not well-formed ASN.1 / CMS of the expected kind."""


class SigningRefusedError(CryptoError):
    """The key may not be used to sign (an AUTH key, or no private key)."""


# What asn1crypto raises on input it cannot parse (it has no exception type of its own);
# every parser boundary in this package turns these into MalformedDataError or a `malformed` verdict.
ASN1_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OverflowError,
    AttributeError,
    RecursionError,
    UnicodeError,
)
CRYPTO_OR_ASN1_ERRORS: tuple[type[Exception], ...] = (CryptoError, *ASN1_ERRORS)
MALFORMED_OR_ASN1_ERRORS: tuple[type[Exception], ...] = (MalformedDataError, *ASN1_ERRORS)
