"""Hostile and random input to the parsers: a verdict or a clean error, never a crash; and a
changed byte in what a signature covers never yields a valid verdict."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qazmail_desktop.crypto import certificates, pkcs12
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.errors import CryptoError
from qazmail_desktop.crypto.status import Status
from qazmail_desktop.crypto.trust import CrlSet, TrustStore
from tests.conftest import NCA

SAMPLE = NCA / "cms" / "legal_entity_attached.der"


def _policy() -> v.VerifyPolicy:
    """The NCA test roots and CRL, judged on a day both are current: the untouched sample is valid."""
    trust = TrustStore()
    trust.add_folder(NCA / "ca")
    crls = CrlSet()
    crls.add_file(NCA / "crl" / "nca_gost2022_test.crl")
    return v.VerifyPolicy(trust=trust, crls=crls, now=dt.datetime(2026, 9, 1, tzinfo=dt.UTC))


POLICY = _policy()
ORIGINAL = v.verify(SAMPLE.read_bytes(), None, POLICY)


def _verify_or_clean_error(data: bytes) -> None:
    """A clean CryptoError or a verdict with known statuses; valid only over the original document
    and certificate (a mutation there must be caught)."""
    try:
        result = v.verify(data, Content(data=b"document"), POLICY)
    except CryptoError:
        return
    for signer in result.signers:
        assert isinstance(signer.status, Status) and (signer.valid or signer.message)
    if result.valid:
        assert result.content == ORIGINAL.content
        assert [s.certificate.dump() for s in result.signers if s.certificate] == [
            s.certificate.dump() for s in ORIGINAL.signers if s.certificate
        ]


def test_the_untouched_sample_is_valid() -> None:
    assert ORIGINAL.valid, ORIGINAL.signers[0].message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_random_bytes(data: bytes) -> None:
    _verify_or_clean_error(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 3567), st.integers(0, 255)), min_size=1, max_size=6))
def test_mutated_kalkan_cms(mutations: list[tuple[int, int]]) -> None:
    data = bytearray(SAMPLE.read_bytes())
    for offset, value in mutations:
        data[offset % len(data)] = value
    _verify_or_clean_error(bytes(data))


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 3567))
def test_truncated_kalkan_cms(length: int) -> None:
    _verify_or_clean_error(SAMPLE.read_bytes()[:length])


@pytest.mark.parametrize(
    "hostile",
    [
        b"\x30\x80" * 200_000,  # deep indefinite-length nesting
        b"\x30\x84\xff\xff\xff\xff" + b"\x00" * 16,  # a 4 GiB length with no bytes behind it
        b"\x30\x89\xff\xff\xff\xff\xff\xff\xff\xff\xff",  # a length longer than any file
        b"\x06\x82\xff\xff" + b"\x81" * 100,  # an unterminated OID
        b"\x30\x03\x06\x01",  # truncated
    ],
)
def test_hostile_asn1(hostile: bytes) -> None:
    _verify_or_clean_error(hostile)
    with pytest.raises(CryptoError):
        certificates.load_certificate(hostile)
    with pytest.raises(CryptoError):
        pkcs12.open_container(hostile, "x")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=1024))
def test_random_key_containers(data: bytes) -> None:
    with pytest.raises(CryptoError):
        pkcs12.open_container(data, "Qwerty12")
