"""Kalkan-made CMS from the NCA test material: the ground truth for verification."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content

CASES = [
    ("individual_attached.der", None, "", "", dt.datetime(2026, 7, 20, 9, 8, 6, tzinfo=dt.UTC)),
    ("individual_detached.der", "individual_document.txt", "", "", dt.datetime(2026, 7, 20, 9, 8, 6, tzinfo=dt.UTC)),
    ("legal_entity_attached.der", None, "123456789021", 'АО "ТЕСТ"', dt.datetime(2026, 7, 20, 9, 10, 9, tzinfo=dt.UTC)),
    (
        "legal_entity_detached.der",
        "legal_entity_document.txt",
        "123456789021",
        'АО "ТЕСТ"',
        dt.datetime(2026, 7, 20, 9, 10, 9, tzinfo=dt.UTC),
    ),
]


def _content(nca: Path, name: str | None, tamper: bool = False) -> Content | None:
    if name is None:
        return None
    data = (nca / "cms" / name).read_bytes()
    if tamper:
        data = data[:5] + bytes([data[5] ^ 1]) + data[6:]
    return Content(data=data)


@pytest.mark.parametrize(("cms_name", "doc", "bin_", "org", "signed_at"), CASES)
def test_kalkan_cms_verifies(
    nca: Path, test_policy: v.VerifyPolicy, cms_name: str, doc: str | None, bin_: str, org: str, signed_at: dt.datetime
) -> None:
    result = v.verify((nca / "cms" / cms_name).read_bytes(), _content(nca, doc), test_policy)
    assert result.valid, result.signers[0].message
    (signer,) = result.signers
    assert signer.info is not None
    assert signer.info.name == "ТЕСТОВ ТЕСТ"
    assert signer.info.iin == "123456789011"
    assert signer.info.bin == bin_
    assert signer.info.organization == org
    assert signer.signing_time == signed_at
    assert signer.time_source == "signing_time"
    assert re.match(r"not revoked per CRL #166 of \d\d\.\d\d\.2026 \d\d:\d\d UTC", signer.revocation)
    # Kalkan attached an NCA time-stamp: it covers this signature, its TSA (production NCA) is not trusted here
    assert signer.timestamp is not None and signer.timestamp.valid and not signer.timestamp.trusted
    assert abs((signer.timestamp.time - signed_at).total_seconds()) < 5
    if doc is None:
        assert result.content is not None and "Тестовый файл".encode() in result.content


@pytest.mark.parametrize("cms_name", ["individual_detached.der", "legal_entity_detached.der"])
def test_one_changed_byte_is_content_modified(nca: Path, test_policy: v.VerifyPolicy, cms_name: str) -> None:
    doc = cms_name.replace("_detached.der", "_document.txt")
    result = v.verify((nca / "cms" / cms_name).read_bytes(), _content(nca, doc, tamper=True), test_policy)
    assert [s.status for s in result.signers] == [v.CONTENT_MODIFIED]
    assert not result.valid


def test_changed_byte_inside_attached_cms(nca: Path, test_policy: v.VerifyPolicy) -> None:
    data = bytearray((nca / "cms" / "individual_attached.der").read_bytes())
    at = bytes(data).index("Тестовый".encode())
    data[at + 1] ^= 0x01
    result = v.verify(bytes(data), None, test_policy)
    assert [s.status for s in result.signers] == [v.CONTENT_MODIFIED]


def test_untrusted_without_nca_test_roots(nca: Path) -> None:
    result = v.verify((nca / "cms" / "legal_entity_attached.der").read_bytes(), None, v.VerifyPolicy())
    assert [s.status for s in result.signers] == [v.UNTRUSTED]
    assert result.signers[0].info is not None and result.signers[0].info.bin == "123456789021"


@pytest.mark.parametrize("cms_name", ["individual_detached.der", "legal_entity_detached.der"])
def test_detached_without_document_names_its_signers(nca: Path, test_policy: v.VerifyPolicy, cms_name: str) -> None:
    result = v.verify((nca / "cms" / cms_name).read_bytes(), None, test_policy)
    (signer,) = result.signers
    assert signer.status == v.CONTENT_MISSING and not result.valid
    assert "the signed document is needed to check integrity" in signer.message
    assert signer.info is not None and signer.info.iin == "123456789011"
    assert signer.timestamp is not None and signer.timestamp.valid
    assert signer.claimed_time is not None


def test_nca_tsp_token_signature_checks(nca: Path, test_policy: v.VerifyPolicy) -> None:
    """The NCA test TSA's token is itself a CMS signed with GOST 34.310-2004: its signature checks,
    and read on its own (no time-stamp of its own) its TSA certificate is judged now: expired."""
    result = v.verify((nca / "tsp" / "tsp_token.bin").read_bytes(), None, test_policy)
    (signer,) = result.signers
    assert signer.status == v.EXPIRED and signer.digest_algorithm == "gost34311"
    assert signer.info is not None and signer.info.algorithm.startswith("GOST 34.310-2004")
