"""The verdict covers exactly what is shown: signature-wrapping letters (a genuinely signed part
beside or around unsigned words) are never 'signed letters', and hostile nesting never breaks
the verdict or the letter view."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from qazmail_desktop.crypto import keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.signing import smime, verdicts
from qazmail_desktop.sync.compose import Draft, build_message
from qazmail_desktop.ui.letterview import letter_view
from tests.accounts import make_account
from tests.conftest import PASSWORD

ACCOUNT = make_account("anna", "head@test.kz", username="anna", host="h")
SPOOF = "URGENT: the account changed, pay 9,000,000 KZT to KZ99 0000 1111"
GENUINE = "Акт сверки за 3 квартал: сальдо 0 KZT."


@pytest.fixture(scope="module")
def signed_letter(nca: Path) -> bytes:
    key = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    msg = build_message(ACCOUNT, Draft(to=["partner@test.kz"], subject="Акт сверки", body=GENUINE))
    return smime.sign_letter(msg, key)


def _wrap(content_type: str, *parts: bytes, headers: str = "") -> bytes:
    boundary = "WRAP" + secrets.token_hex(6)
    out = (
        f"From: head@test.kz\r\nTo: partner@test.kz\r\nSubject: Акт сверки\r\n{headers}MIME-Version: 1.0\r\n"
        f'Content-Type: {content_type}; boundary="{boundary}"\r\n\r\n'
    ).encode()
    for part in parts:
        out += f"--{boundary}\r\n".encode() + part + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def _text(body: str, subtype: str = "plain") -> bytes:
    return f"Content-Type: text/{subtype}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}".encode()


def _forwarded(letter: bytes) -> bytes:
    return b"Content-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n" + letter


def test_the_signed_letter_itself_is_fully_covered(signed_letter: bytes, test_policy: v.VerifyPolicy) -> None:
    verdict = verdicts.verify_letter(signed_letter, test_policy)
    assert verdict.coverage == "full" and verdict.status == v.VALID
    assert [i.kind for i in verdict.items] == ["letter"] and verdict.unsigned_parts == []


def test_single_part_container_around_the_signed_letter_is_still_full(
    signed_letter: bytes, test_policy: v.VerifyPolicy
) -> None:
    verdict = verdicts.verify_letter(_wrap("multipart/mixed", signed_letter), test_policy)
    assert verdict.coverage == "full"


@pytest.mark.parametrize(
    ("container", "spoof"),
    [
        ("multipart/mixed", _text(SPOOF)),
        ("multipart/alternative", _text(SPOOF)),
        ("multipart/mixed", _text(f"<p><b>{SPOOF}</b></p>", "html")),
    ],
    ids=["mixed", "alternative", "html-beside"],
)
def test_unsigned_words_beside_a_signed_part(
    signed_letter: bytes, test_policy: v.VerifyPolicy, container: str, spoof: bytes
) -> None:
    raw = _wrap(container, spoof, signed_letter)
    verdict = verdicts.verify_letter(raw, test_policy)
    assert verdict.coverage == "partial"
    assert [i.kind for i in verdict.items] == ["part"]
    assert verdict.unsigned_parts and verdict.summary()["coverage"] == "partial"
    (item,) = verdict.items
    assert GENUINE in item.signed_text and SPOOF not in item.signed_text
    assert verdict.to_json()["signatures"][0]["kind"] == "part"


def test_sender_of_the_wrapper_is_compared_with_the_signer(signed_letter: bytes, test_policy: v.VerifyPolicy) -> None:
    raw = _wrap("multipart/mixed", _text(SPOOF), signed_letter).replace(b"From: head@test.kz", b"From: bank@evil.kz")
    verdict = verdicts.verify_letter(raw, test_policy)
    # the NCA test key names no e-mail: the reader is told there is nothing to compare From with
    assert verdict.coverage == "partial"
    assert verdict.warnings == ["the signer's certificate names no e-mail address to compare with From"]


def test_forwarded_signed_letter_under_new_words(signed_letter: bytes, test_policy: v.VerifyPolicy) -> None:
    verdict = verdicts.verify_letter(_wrap("multipart/mixed", _text(SPOOF), _forwarded(signed_letter)), test_policy)
    assert verdict.coverage == "partial" and verdict.unsigned_parts == ["text"]


def test_nested_multipart_signed_inside_a_signed_letter(
    nca: Path, signed_letter: bytes, test_policy: v.VerifyPolicy
) -> None:
    key = keys.load_signing_key(nca / "keys/legal/valid/employee_signright.p12", PASSWORD)
    outer = build_message(ACCOUNT, Draft(to=["partner@test.kz"], subject="Fwd", body="see below"))
    outer.add_attachment(signed_letter, maintype="message", subtype="rfc822")
    verdict = verdicts.verify_letter(smime.sign_letter(outer, key), test_policy)
    assert verdict.coverage == "full"
    assert [i.kind for i in verdict.items] == ["letter", "part"]


def _deep(depth: int) -> bytes:
    raw = _text("the bottom")
    for level in range(depth):
        boundary = f"b{level}"
        raw = (
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n--{boundary}\r\n'.encode()
            + raw
            + f"\r\n--{boundary}--\r\n".encode()
        )
    return b"From: x@test.kz\r\nSubject: deep\r\nMIME-Version: 1.0\r\n" + raw


def test_thousand_deep_nesting_neither_breaks_the_verdict_nor_the_view(test_policy: v.VerifyPolicy) -> None:
    raw = _deep(1000)
    verdict = verdicts.verify_letter(raw, test_policy)
    assert not verdict.signed
    view = letter_view(raw)
    assert view.subject == "deep" and view.problem


def test_view_of_an_opaque_signed_letter_shows_what_was_signed(nca: Path, test_policy: v.VerifyPolicy) -> None:
    """application/pkcs7-mime at the top: the view shows the letter inside the CMS."""
    from qazmail_desktop.crypto import cms
    from qazmail_desktop.crypto.content import Content

    key = keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)
    inner = _text(GENUINE)
    blob = cms.sign(Content(data=inner), key, detached=False)
    import base64

    raw = (
        b"From: head@test.kz\r\nSubject: opaque\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(blob)
    )
    verdict = verdicts.verify_letter(raw, test_policy)
    assert verdict.coverage == "full" and verdict.status == v.VALID
    assert GENUINE in letter_view(raw).body_html
