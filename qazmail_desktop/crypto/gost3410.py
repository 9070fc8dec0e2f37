"""GOST 34.10 signatures: ST RK GOST R 34.10-2015 (= GOST R 34.10-2012) on the 512-bit TC26
paramSetA curve, and the previous generation's GOST 34.310-2004 (= GOST R 34.10-2001) on the
256-bit CryptoPro-A curve; the equations are the same, only the curve and the digest differ.

The compiled extension ``_gost3410`` does the point arithmetic when it was built (constant-time
signing, complete formulas; see its source); the pure-Python path below is the fallback and the
reference it is tested against: Jacobian coordinates (a = -3), a window over a precomputed table
of the generator for signing and Shamir's trick for verification. Byte layouts are not decided
here: ``nca_layout`` below converts between integers and the NCA's little-endian encodings.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from .errors import CryptoError


@dataclass(frozen=True)
class Curve:
    name: str
    p: int
    a: int
    b: int
    q: int
    x: int
    y: int

    def contains(self, point: tuple[int, int]) -> bool:
        """Whether (x, y) is a point of this curve (a public key must be, before anything is computed)."""
        x, y = point
        return 0 <= x < self.p and 0 <= y < self.p and (y * y - (x * x * x + self.a * x + self.b)) % self.p == 0

    @property
    def size(self) -> int:
        """Length in bytes of a coordinate, a scalar and half a signature."""
        return (self.p.bit_length() + 7) // 8


TC26_512_A = Curve(
    name="tc26-512-paramSetA",
    p=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFDC7,
    a=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFDC4,
    b=0xE8C2505DEDFC86DDC1BD0B2B6667F1DA34B82574761CB0E879BD081CFD0B6265EE3CB090F30D27614CB4574010DA90DD862EF9D4EBEE4761503190785A71C760,
    q=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF27E69532F48D89116FF22B8D4E0560609B4B38ABFAD2B85DCACDB1411F10B275,
    x=3,
    y=0x7503CFE87A836AE3A61B8816E25450E6CE5E1C93ACF1ABC1778064FDCBEFA921DF1626BE4FD036E93D75E6A50E3A41E98028FE5FC235F5B889A589CB5215F2A4,
)

CRYPTOPRO_A = Curve(
    name="cryptopro-A",
    p=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFD97,
    a=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFD94,
    b=0xA6,
    q=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF6C611070995AD10045841B09B761B893,
    x=1,
    y=0x8D91E471E0989CDA27DF505A453F2B7635294F2DDF23E3B122ACC99C9E9F1E14,
)

# A point in Jacobian coordinates (X, Y, Z); Z == 0 is the point at infinity.
Jacobian = tuple[int, int, int]
_INFINITY: Jacobian = (1, 1, 0)
_WINDOW = 4


class _Arithmetic:
    """Point operations for one curve with a = -3 (true of every TC26 curve used by the NCA)."""

    def __init__(self, curve: Curve) -> None:
        if (curve.a + 3) % curve.p:
            raise CryptoError(f"curve {curve.name}: only a = -3 curves are supported")
        self.curve = curve
        self.p = curve.p
        self._generator_table = self._window_table((curve.x, curve.y, 1))

    def double(self, pt: Jacobian) -> Jacobian:
        x, y, z = pt
        if z == 0 or y == 0:
            return _INFINITY
        p = self.p
        zz = z * z % p
        yy = y * y % p
        s = 4 * x * yy % p
        m = 3 * (x - zz) * (x + zz) % p
        x3 = (m * m - 2 * s) % p
        y3 = (m * (s - x3) - 8 * yy * yy) % p
        z3 = 2 * y * z % p
        return x3, y3, z3

    def add(self, p1: Jacobian, p2: Jacobian) -> Jacobian:
        x1, y1, z1 = p1
        x2, y2, z2 = p2
        if z1 == 0:
            return p2
        if z2 == 0:
            return p1
        p = self.p
        z1z1 = z1 * z1 % p
        z2z2 = z2 * z2 % p
        u1 = x1 * z2z2 % p
        u2 = x2 * z1z1 % p
        s1 = y1 * z2 * z2z2 % p
        s2 = y2 * z1 * z1z1 % p
        h = (u2 - u1) % p
        r = (s2 - s1) % p
        if h == 0:
            return self.double(p1) if r == 0 else _INFINITY
        hh = h * h % p
        hhh = h * hh % p
        v = u1 * hh % p
        x3 = (r * r - hhh - 2 * v) % p
        y3 = (r * (v - x3) - s1 * hhh) % p
        z3 = z1 * z2 * h % p
        return x3, y3, z3

    def to_affine(self, pt: Jacobian) -> tuple[int, int] | None:
        x, y, z = pt
        if z == 0:
            return None
        p = self.p
        zinv = pow(z, -1, p)
        zinv2 = zinv * zinv % p
        return x * zinv2 % p, y * zinv2 * zinv % p

    def _window_table(self, pt: Jacobian) -> list[Jacobian]:
        table = [_INFINITY, pt]
        for _ in range(2, 1 << _WINDOW):
            table.append(self.add(table[-1], pt))
        return table

    def multiply(self, k: int, table: list[Jacobian]) -> Jacobian:
        acc = _INFINITY
        for shift in range((k.bit_length() + _WINDOW - 1) // _WINDOW * _WINDOW - _WINDOW, -1, -_WINDOW):
            for _ in range(_WINDOW):
                acc = self.double(acc)
            digit = (k >> shift) & ((1 << _WINDOW) - 1)
            if digit:
                acc = self.add(acc, table[digit])
        return acc

    def multiply_generator(self, k: int) -> Jacobian:
        return self.multiply(k, self._generator_table)

    def shamir(self, k1: int, k2: int, point: tuple[int, int]) -> Jacobian:
        """k1*G + k2*Q with one shared chain of doublings."""
        q_table = self._window_table((point[0], point[1], 1))
        g_table = self._generator_table
        acc = _INFINITY
        bits = max(k1.bit_length(), k2.bit_length())
        mask = (1 << _WINDOW) - 1
        for shift in range((bits + _WINDOW - 1) // _WINDOW * _WINDOW - _WINDOW, -1, -_WINDOW):
            for _ in range(_WINDOW):
                acc = self.double(acc)
            d1 = (k1 >> shift) & mask
            d2 = (k2 >> shift) & mask
            if d1:
                acc = self.add(acc, g_table[d1])
            if d2:
                acc = self.add(acc, q_table[d2])
        return acc


_ARITHMETIC: dict[str, _Arithmetic] = {}

try:
    from . import _gost3410

    HAVE_EXTENSION = True
    NATIVE_ARITHMETIC: str | None = _gost3410.LIMBS  # the limb arithmetic its compiler allowed
except ImportError:  # no C compiler at install time: the pure-Python path
    HAVE_EXTENSION = False
    NATIVE_ARITHMETIC = None

_NATIVE: dict[str, _gost3410.Curve] = {}
_MASK64 = (1 << 64) - 1


def _le(value: int, limbs: int) -> bytes:
    return value.to_bytes(8 * limbs, "little")


def native_parameters(curve: Curve) -> tuple[int, bytes, int, bytes, bytes, bytes, int, bytes, bytes, bytes]:
    """The extension's constructor arguments for ``curve``: limbs, p, c (p = 2^(64n) - c, with a
    small c), q with its Montgomery constants R² mod q, R mod q and -1/q mod 2^64, b, and the
    generator; the tests' known-answer program reads the same numbers."""
    if (curve.a + 3) % curve.p:
        raise CryptoError(f"curve {curve.name}: only a = -3 curves are supported")
    limbs = _limbs(curve)
    radix = 1 << (64 * limbs)
    return (
        limbs,
        _le(curve.p, limbs),
        radix - curve.p,
        _le(curve.q, limbs),
        _le(radix * radix % curve.q, limbs),
        _le(radix % curve.q, limbs),
        (-pow(curve.q, -1, 1 << 64)) & _MASK64,
        _le(curve.b, limbs),
        _le(curve.x, limbs),
        _le(curve.y, limbs),
    )


def _native(curve: Curve) -> _gost3410.Curve:
    """The extension's curve object (its generator table is built once per curve and process)."""
    if curve.name not in _NATIVE:
        _NATIVE[curve.name] = _gost3410.Curve(*native_parameters(curve))
    return _NATIVE[curve.name]


def _from_projective(curve: Curve, point: tuple[bytes, bytes, bytes]) -> tuple[int, int] | None:
    """(X:Y:Z) with x = X/Z, y = Y/Z, as ``base_mult`` returns it (public values only)."""
    x, y, z = (int.from_bytes(v, "little") for v in point)
    if z == 0:
        return None
    zinv = pow(z, -1, curve.p)
    return x * zinv % curve.p, y * zinv % curve.p


def _x_matches(curve: Curve, point: tuple[bytes, bytes, bytes], r: int) -> bool:
    """Whether x mod q = r for the affine x = X/Z² of (X:Y:Z), as ``shamir`` returns it, without
    inverting Z: x lies in [0, p), so x mod q = r means x = r or x = r + q, that is X = x·Z² mod p."""
    x, _y, z = (int.from_bytes(v, "little") for v in point)
    if z == 0:
        return False
    zz = z * z % curve.p
    return any(x == candidate * zz % curve.p for candidate in (r, r + curve.q) if candidate < curve.p)


def _arith(curve: Curve) -> _Arithmetic:
    if curve.name not in _ARITHMETIC:
        _ARITHMETIC[curve.name] = _Arithmetic(curve)
    return _ARITHMETIC[curve.name]


def _digest_scalar(digest: bytes, curve: Curve) -> int:
    """The standard's e: the digest read as a little-endian number, mod q, never 0."""
    e = int.from_bytes(digest, "little") % curve.q
    return e or 1


def public_key(curve: Curve, private: int) -> tuple[int, int]:
    if not 0 < private < curve.q:
        raise CryptoError("private key out of range for the curve")
    if HAVE_EXTENSION:
        native = _native(curve)
        point = _from_projective(curve, native.base_mult(_le(private, _limbs(curve))))
    else:
        point = _arith(curve).to_affine(_arith(curve).multiply_generator(private))
    if point is None:
        raise CryptoError("private key gives the point at infinity")
    return point


def _limbs(curve: Curve) -> int:
    return (curve.p.bit_length() + 63) // 64


def sign(curve: Curve, private: int, digest: bytes, k: int | None = None) -> tuple[int, int]:
    """(r, s) over ``digest``; ``k`` only for known-answer tests, otherwise fresh and secret."""
    e = _digest_scalar(digest, curve)
    if HAVE_EXTENSION:
        return _sign_native(curve, private, e, k)
    arith = _arith(curve)
    while True:
        nonce = k if k is not None else secrets.randbelow(curve.q - 1) + 1
        point = arith.to_affine(arith.multiply_generator(nonce))
        if point is None:
            continue
        r = point[0] % curve.q
        s = (r * private + nonce * e) % curve.q
        if r and s:
            return r, s
        if k is not None:
            raise CryptoError("the given nonce yields a degenerate signature")


def _sign_native(curve: Curve, private: int, e: int, k: int | None) -> tuple[int, int]:
    """The extension's constant-time signing; the nonce comes from the OS's generator as bytes
    and is turned into an integer only inside the extension."""
    native, limbs = _native(curve), _limbs(curve)
    secret = _le(private, limbs)
    while True:
        nonce = _le(k, limbs) if k is not None else _random_scalar(curve, limbs)
        r_bytes, s_bytes = native.sign(secret, _le(e, limbs), nonce)
        r, s = int.from_bytes(r_bytes, "little"), int.from_bytes(s_bytes, "little")
        if r and s:
            return r, s
        if k is not None:
            raise CryptoError("the given nonce yields a degenerate signature")


def _random_scalar(curve: Curve, limbs: int) -> bytes:
    """A uniform nonce in [1, q-1], by rejection (the comparison is of a discarded candidate's
    size, never of the nonce that is used)."""
    while True:
        candidate = secrets.token_bytes(8 * limbs)
        value = int.from_bytes(candidate, "little")
        if 0 < value < curve.q:
            return candidate


def verify(curve: Curve, point: tuple[int, int], digest: bytes, r: int, s: int) -> bool:
    if not (0 < r < curve.q and 0 < s < curve.q):
        return False
    if not curve.contains(point):
        return False
    e = _digest_scalar(digest, curve)
    v = pow(e, -1, curve.q)
    z1 = s * v % curve.q
    z2 = (curve.q - r) * v % curve.q
    if HAVE_EXTENSION:
        limbs = _limbs(curve)
        scalars = (_le(z1, limbs), _le(z2, limbs), _le(point[0], limbs), _le(point[1], limbs))
        return _x_matches(curve, _native(curve).shamir(*scalars), r)
    arith = _arith(curve)  # the pure-Python path builds its tables only when it is the one in use
    c = arith.to_affine(arith.shamir(z1, z2, point))
    return c is not None and c[0] % curve.q == r
