"""Verifying a CAdES-T CMS reads each structure once: asn1crypto never re-encodes a parsed
structure (calling ``.native`` on a whole SignedData did so at every nesting level, hundreds of
thousands of times: seconds per letter). The bound is on work, not on time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from asn1crypto import core

from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from tests import rsa_pki
from tests.conftest import PASSWORD


def test_verifying_a_time_stamped_cms_re_encodes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ca = rsa_pki.make_ca(tmp_path)
    tsa_valid = (rsa_pki.NOW - dt.timedelta(days=900), rsa_pki.NOW + dt.timedelta(days=300))
    tsa = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "TSA", valid=tsa_valid, tsa=True), PASSWORD)
    user = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "USER"), PASSWORD)
    signed = cms.sign(Content(data=b"act 45" * 200), user, False, rsa_pki.timestamper(tsa, rsa_pki.NOW))
    rsa_pki.make_crl(tmp_path, ca)
    policy = rsa_pki.policy(tmp_path)
    re_encoded = 0
    original = core.Sequence._set_contents

    def counting(self: core.Sequence, *args: object, **kwargs: object) -> None:
        nonlocal re_encoded
        re_encoded += 1
        original(self, *args, **kwargs)

    monkeypatch.setattr(core.Sequence, "_set_contents", counting)
    (signer,) = v.verify(signed, None, policy).signers
    assert signer.status == v.VALID and signer.time_proven
    assert re_encoded == 0
