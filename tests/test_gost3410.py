"""GOST 34.10-2015 512: the curve, sign/verify, NCA certificates, and an independent implementation."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from qazmail_desktop.crypto import certificates, gost3410, oids, streebog
from tests import independent_gost

CURVE = gost3410.TC26_512_A
NCA_SIG = oids.NCA_GOST2015_512_SIGNATURE


def _key() -> tuple[int, tuple[int, int]]:
    d = secrets.randbelow(CURVE.q - 1) + 1
    return d, gost3410.public_key(CURVE, d)


def test_curve_parameters_are_consistent() -> None:
    arith = gost3410._arith(CURVE)
    assert CURVE.contains((CURVE.x, CURVE.y))
    assert arith.multiply_generator(CURVE.q)[2] == 0  # q * G is the point at infinity


def test_sign_verify_roundtrip_and_tamper() -> None:
    d, q = _key()
    digest = streebog.streebog512(b"invoice 42")
    r, s = gost3410.sign(CURVE, d, digest)
    assert gost3410.verify(CURVE, q, digest, r, s)
    assert not gost3410.verify(CURVE, q, streebog.streebog512(b"invoice 43"), r, s)
    assert not gost3410.verify(CURVE, q, digest, r, (s + 1) % CURVE.q)
    assert not gost3410.verify(CURVE, q, digest, 0, s)
    assert not gost3410.verify(CURVE, (q[0], q[1] + 1), digest, r, s)  # not on the curve


def test_known_nonce_is_deterministic() -> None:
    d, _ = _key()
    digest = streebog.streebog512(b"x")
    assert gost3410.sign(CURVE, d, digest, k=12345) == gost3410.sign(CURVE, d, digest, k=12345)


@pytest.mark.parametrize(
    ("child", "issuer"),
    [
        ("cms/individual_signer.cer", "ca/nca_gost2022_test.cer"),
        ("cms/legal_entity_signer.cer", "ca/nca_gost2022_test.cer"),
        ("ca/nca_gost2022_test.cer", "ca/root_test_gost_2022.cer"),
        ("ca/root_test_gost_2022.cer", "ca/root_test_gost_2022.cer"),
    ],
)
def test_nca_certificate_signatures_verify(nca: Path, child: str, issuer: str) -> None:
    cert = certificates.load_certificate_file(nca / child)
    ca = certificates.load_certificate_file(nca / issuer)
    assert certificates.is_issued_by(cert, ca)


def test_wrong_issuer_rejected(nca: Path) -> None:
    cert = certificates.load_certificate_file(nca / "cms" / "individual_signer.cer")
    root = certificates.load_certificate_file(nca / "ca" / "root_test_gost_2022.cer")
    assert not certificates.is_issued_by(cert, root)


def test_independent_implementation_accepts_ours() -> None:
    d, (x, y) = _key()
    data = b"\xd0\x90\xd0\xba\xd1\x82 \xe2\x84\x96 7"
    r, s = gost3410.sign(CURVE, d, streebog.streebog512(data))
    public = x.to_bytes(64, "little") + y.to_bytes(64, "little")
    signature = certificates.gost_signature_to_bytes(r, s, NCA_SIG)
    assert independent_gost.verify_nca(public, data, signature)
    assert not independent_gost.verify_nca(public, data + b"!", signature)


def test_we_accept_independent_signatures() -> None:
    d, point = _key()
    data = b"contract.pdf contents"
    signature = independent_gost.sign_nca(d.to_bytes(64, "little"), data)
    r, s = certificates.gost_signature_from_bytes(signature, NCA_SIG)
    assert gost3410.verify(CURVE, point, streebog.streebog512(data), r, s)
    assert independent_gost.public_key_le(d.to_bytes(64, "little")) == point[0].to_bytes(64, "little") + point[
        1
    ].to_bytes(64, "little")


def test_tc26_layout_is_reversed_nca_layout() -> None:
    r, s = 123456789, 987654321
    nca = certificates.gost_signature_to_bytes(r, s, NCA_SIG)
    tc26 = certificates.gost_signature_to_bytes(r, s, oids.TC26_SIGN_WITH_512)
    assert tc26 == nca[::-1]
    assert certificates.gost_signature_from_bytes(tc26, oids.TC26_SIGN_WITH_512) == (r, s)


needs_extension = pytest.mark.skipif(not gost3410.HAVE_EXTENSION, reason="the C extension was not built")


@needs_extension
@pytest.mark.parametrize("curve", [gost3410.TC26_512_A, gost3410.CRYPTOPRO_A], ids=lambda c: c.name)
def test_extension_matches_the_python_path_on_random_vectors(curve: gost3410.Curve) -> None:
    """The C point arithmetic gives the pure-Python reference's results: k*G, k1*G + k2*Q, and
    signatures with a given nonce, on random and edge scalars (window borders, q - 1)."""
    reference = gost3410._arith(curve)
    native, limbs = gost3410._native(curve), gost3410._limbs(curve)
    scalars = [secrets.randbelow(curve.q - 1) + 1 for _ in range(25)] + [1, 2, 15, 16, 17, 31, 32, 33, curve.q - 1]
    for k in scalars:
        point = reference.to_affine(reference.multiply_generator(k))
        assert point is not None
        assert gost3410._from_projective(curve, native.base_mult(gost3410._le(k, limbs))) == point
        other = secrets.randbelow(curve.q - 1) + 1
        expected = reference.to_affine(reference.shamir(other, k, point))
        assert expected is not None
        args = (
            gost3410._le(other, limbs),
            gost3410._le(k, limbs),
            gost3410._le(point[0], limbs),
            gost3410._le(point[1], limbs),
        )
        jx, _jy, jz = (int.from_bytes(v, "little") for v in native.shamir(*args))
        assert jx * pow(jz * jz, -1, curve.p) % curve.p == expected[0]  # X/Z², the affine x
        assert gost3410._x_matches(curve, native.shamir(*args), expected[0] % curve.q)
        assert not gost3410._x_matches(curve, native.shamir(*args), (expected[0] + 1) % curve.q)
    generator = (gost3410._le(curve.x, limbs), gost3410._le(curve.y, limbs))
    assert native.shamir(gost3410._le(5, limbs), gost3410._le(curve.q - 5, limbs), *generator)[2] == bytes(8 * limbs)
    d, digest, k = secrets.randbelow(curve.q - 1) + 1, secrets.token_bytes(curve.size), scalars[0]
    e = gost3410._digest_scalar(digest, curve)
    x = reference.to_affine(reference.multiply_generator(k))
    assert x is not None
    r = x[0] % curve.q
    assert gost3410.sign(curve, d, digest, k) == (r, (r * d + k * e) % curve.q)


@needs_extension
def test_the_python_fallback_and_the_extension_accept_each_others_signatures(monkeypatch: pytest.MonkeyPatch) -> None:
    d, point = _key()
    digest = streebog.streebog512(b"act 50")
    native = gost3410.sign(CURVE, d, digest)
    monkeypatch.setattr(gost3410, "HAVE_EXTENSION", False)
    assert gost3410.public_key(CURVE, d) == point
    assert gost3410.verify(CURVE, point, digest, *native)
    fallback = gost3410.sign(CURVE, d, digest)
    assert not gost3410.verify(CURVE, point, digest + b"!", *fallback)
    monkeypatch.setattr(gost3410, "HAVE_EXTENSION", True)
    assert gost3410.verify(CURVE, point, digest, *fallback)
    assert not gost3410.verify(CURVE, point, digest, fallback[0], (fallback[1] + 1) % CURVE.q)
