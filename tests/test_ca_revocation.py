"""CA-level revocation: the issuing CA is checked against its root's CRL, at the time that counts.

A test root, an issuing CA under it and a signer under that; the root's CRL lists (or not) the
issuing CA. A CA revoked before the proven time revokes its signatures as of that date; one revoked
after it does not; with no root CRL at hand the verdict carries a note and is not made worse.
Online, the root's CRL is fetched from the CA's CDP (a real HTTP server on loopback) and kept, so
the same verdict comes out offline.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.trust import CrlSet
from qazmail_desktop.moments import moment
from tests import rsa_pki
from tests.conftest import PASSWORD

NOW = rsa_pki.NOW
DAY = dt.timedelta(days=1)
SIGNED_AT = NOW - 100 * DAY  # the time-stamp's genTime

CaPair = tuple[rsa.RSAPrivateKey, x509.Certificate]


@dataclass
class Pki:
    tmp: Path
    root: CaPair
    issuing: CaPair
    signed: bytes  # signed by a key under ``issuing``, time-stamped at SIGNED_AT by a TSA under the root

    def root_crl(self, revoked_at: dt.datetime | None, number: int = 1) -> Path:
        """The root's CRL, listing the issuing CA as revoked at ``revoked_at`` (None: listing nothing)."""
        serials = {self.issuing[1].serial_number: revoked_at} if revoked_at else {}
        return rsa_pki.make_crl(self.tmp, self.root, serials, number=number)

    def leaf_crl(self) -> Path:
        return rsa_pki.make_crl(self.tmp, self.issuing, {}, number=100)

    def verdict(self, crls: list[Path]) -> v.SignerVerdict:
        (signer,) = v.verify(self.signed, None, rsa_pki.policy(self.tmp, crls)).signers
        return signer


def _pki(tmp: Path, crl_url: str = "", stamped: bool = True) -> Pki:
    root = rsa_pki.make_ca(tmp)
    issuing = rsa_pki.make_intermediate(tmp, root, "TEST ISSUING CA", crl_url)
    signer_path = rsa_pki.make_user(tmp, issuing, "signer", valid=(NOW - 200 * DAY, NOW + 60 * DAY))
    signer = keys.load_signing_key(signer_path, PASSWORD)
    tsa_path = rsa_pki.make_user(tmp, root, "TSA", valid=(NOW - 900 * DAY, NOW + 300 * DAY), tsa=True)
    stamper = rsa_pki.timestamper(keys.load_signing_key(tsa_path, PASSWORD), SIGNED_AT) if stamped else None
    signer.ensure_can_sign = lambda when=None: None  # type: ignore[method-assign]  # signed in the past
    signed = cms.sign(Content(data=b"act 45"), signer, detached=False, timestamper=stamper, now=SIGNED_AT)
    return Pki(tmp, root, issuing, signed)


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return _pki(tmp_path)


def test_issuing_ca_revoked_before_the_proven_time_revokes_its_signatures(pki: Pki) -> None:
    revoked_at = (SIGNED_AT - 10 * DAY).replace(microsecond=0)
    signer = pki.verdict([pki.leaf_crl(), pki.root_crl(revoked_at)])
    assert signer.status == v.REVOKED and signer.time_proven
    assert "the issuing CA" in signer.message and "TEST ISSUING CA" in signer.message
    assert moment(revoked_at, seconds=False) in signer.message and "before the time-stamp's time" in signer.message
    assert "TEST ISSUING CA: revoked on" in signer.ca_revocation
    assert signer.to_json()["ca_revocation"] == signer.ca_revocation


def test_without_a_time_stamp_an_issuing_ca_revoked_since_revokes_the_signature(tmp_path: Path) -> None:
    """Signed (claimed) before the CA's revocation, but nothing proves it: judged now."""
    pki = _pki(tmp_path, stamped=False)
    signer = pki.verdict([pki.leaf_crl(), pki.root_crl(SIGNED_AT + 10 * DAY)])
    assert signer.status == v.REVOKED and not signer.time_proven
    assert "before now (no trusted time-stamp proves otherwise)" in signer.message


def test_issuing_ca_revoked_after_the_proven_time_keeps_its_earlier_signatures(pki: Pki) -> None:
    signer = pki.verdict([pki.leaf_crl(), pki.root_crl(SIGNED_AT + 10 * DAY)])
    assert signer.status == v.VALID, signer.message
    assert "after the time judged" in signer.ca_revocation


def test_issuing_ca_on_no_list_is_said_to_be_checked(pki: Pki) -> None:
    signer = pki.verdict([pki.leaf_crl(), pki.root_crl(None)])
    assert signer.status == v.VALID, signer.message
    assert signer.ca_revocation.startswith("TEST ISSUING CA: not revoked per CRL #1")


def test_without_a_root_crl_the_verdict_carries_a_note_and_is_not_made_worse(pki: Pki) -> None:
    signer = pki.verdict([pki.leaf_crl()])
    assert signer.status == v.VALID, signer.message
    assert "TEST ISSUING CA: revocation not checked" in signer.ca_revocation
    assert "no CRL of" in signer.ca_revocation


class _Serve(BaseHTTPRequestHandler):
    body = b""
    requests = 0

    def do_GET(self) -> None:
        type(self).requests += 1
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def crl_server() -> Iterator[tuple[str, type[_Serve]]]:
    handler = type("RootCrl", (_Serve,), {"body": b"", "requests": 0})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/root.crl", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_root_crl_is_fetched_online_and_kept_for_offline_use(
    tmp_path: Path, crl_server: tuple[str, type[_Serve]]
) -> None:
    url, served = crl_server
    pki = _pki(tmp_path, crl_url=url)
    served.body = pki.root_crl(SIGNED_AT - 10 * DAY).read_bytes()
    cache = tmp_path / "profile-crls"
    online = rsa_pki.policy(tmp_path, [pki.leaf_crl()])
    online.online, online.crl_cache = True, cache
    (signer,) = v.verify(pki.signed, None, online).signers
    assert served.requests == 1
    assert signer.status == v.REVOKED and "the issuing CA" in signer.message
    kept = sorted(cache.glob("*.crl"))
    assert len(kept) == 1
    offline = rsa_pki.policy(tmp_path, [pki.leaf_crl()])
    offline.crls = CrlSet([*offline.crls.crls])
    offline.crls.add_file(kept[0])
    (again,) = v.verify(pki.signed, None, offline).signers
    assert again.status == v.REVOKED and again.message == signer.message
    assert served.requests == 1
