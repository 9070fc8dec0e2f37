"""Signing each attachment of a letter whose attachment already is a signature (issue 29: "signing
each attachment of a forward whose attachment is a .cms makes the partner see red"). The partner
asks "sign it from your side and send it back": the sender's signature joins the existing one
(co-signs) — one document, both signers — and the recipient's verdict is right for every form:
a CMS carrying its document, a detached signature beside its document, a detached one alone
(signed as a file, and paired as one), and one whose earlier signer no longer proves the document."""

from __future__ import annotations

from pathlib import Path

import pytest

from qazmail_desktop.choices import AttachmentSignature
from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.signing import verdicts
from qazmail_desktop.signing.letterverdict import SignedItem
from qazmail_desktop.signing.outgoing import SigningOptions, add_signed_attachments, plan_attachments
from qazmail_desktop.sync.compose import Draft, build_message
from tests.accounts import make_account
from tests.conftest import PASSWORD
from tests.test_ui import PATIENCE, _click_letter, _server_mailbox, _synced, _type_key_password_when_asked

ACCOUNT = make_account("anna", "user@example.kz", username="anna", host="h")
ACT = "АКТ выполненных работ № 45\nСумма: 1 250 000 тенге\n".encode()


@pytest.fixture
def partner(nca: Path) -> keys.SigningKey:
    return keys.load_signing_key(nca / "keys/legal/valid/head.p12", PASSWORD)


@pytest.fixture
def sender(nca: Path) -> keys.SigningKey:
    return keys.load_signing_key(nca / "keys/legal/valid/employee_signright.p12", PASSWORD)


def _sent(files: list[Path], key: keys.SigningKey, form: str) -> tuple[bytes, list[str]]:
    """The letter as QazMail builds it with 'sign each attachment' in ``form``, and the notes."""
    options = SigningOptions(key, sign_letter=False, attachments=AttachmentSignature(form))
    plan = plan_attachments(files, options)
    msg = build_message(ACCOUNT, Draft(to=["a@example.kz"], subject="Акт", body="Подписан", attachments=plan.carried))
    notes = add_signed_attachments(msg, plan, options)
    return msg.as_bytes(), notes


def _signers(item: SignedItem) -> list[tuple[str, str]]:
    assert item.result is not None, item.error
    return [(s.info.iin if s.info else "", s.status) for s in item.result.signers]


@pytest.mark.parametrize("form", ["sig", "cms"])
def test_a_forwarded_cms_with_its_act_inside_is_cosigned(
    tmp_path: Path, partner: keys.SigningKey, sender: keys.SigningKey, test_policy: v.VerifyPolicy, form: str
) -> None:
    forwarded = tmp_path / "act_45.txt.cms"
    forwarded.write_bytes(cms.sign(Content(data=ACT), partner, detached=False))
    raw, notes = _sent([forwarded], sender, form)
    verdict = verdicts.verify_letter(raw, test_policy)
    assert [(i.kind, i.name) for i in verdict.items] == [("attachment", "act_45.txt.cms")]
    (item,) = verdict.items
    assert [status for _, status in _signers(item)] == [v.VALID, v.VALID]
    assert item.result is not None and item.result.content == ACT
    assert notes == ["act_45.txt.cms already carried a signature: yours was added to it (co-signed)"]


def test_a_detached_signature_beside_its_act_is_cosigned_not_signed_twice(
    tmp_path: Path, partner: keys.SigningKey, sender: keys.SigningKey, test_policy: v.VerifyPolicy
) -> None:
    act, signature = tmp_path / "act_45.txt", tmp_path / "act_45.txt.sig"
    act.write_bytes(ACT)
    signature.write_bytes(cms.sign(Content(data=ACT), partner, detached=True))
    raw, _ = _sent([act, signature], sender, "sig")
    assert raw.count(b'filename="act_45.txt.sig"') == 1  # one signature file, not two of one name
    verdict = verdicts.verify_letter(raw, test_policy)
    (item,) = verdict.items
    assert item.name == "act_45.txt" and [s for _, s in _signers(item)] == [v.VALID, v.VALID]
    assert verdict.unsigned_parts == ["text"]  # the act itself is covered


def test_a_signature_without_its_document_is_signed_as_a_file_and_paired_as_one(
    tmp_path: Path, partner: keys.SigningKey, sender: keys.SigningKey, test_policy: v.VerifyPolicy
) -> None:
    alone = tmp_path / "act_45.txt.p7s"
    alone.write_bytes(cms.sign(Content(data=ACT), partner, detached=True))
    raw, notes = _sent([alone], sender, "sig")
    assert notes == [] and b'filename="act_45.txt.p7s.sig"' in raw
    verdict = verdicts.verify_letter(raw, test_policy)
    assert not any("is not attached" in (item.error or "") for item in verdict.items)
    statuses = [(item.name, [s for _, s in _signers(item)]) for item in verdict.items]
    # the partner's signature cannot be checked without the act; the sender's signs the .p7s file itself
    assert statuses == [("act_45.txt.p7s", [v.CONTENT_MISSING]), ("act_45.txt.p7s", [v.VALID])]


def test_a_signature_that_no_longer_proves_its_act_is_not_cosigned(
    tmp_path: Path, partner: keys.SigningKey, sender: keys.SigningKey, test_policy: v.VerifyPolicy
) -> None:
    act, signature = tmp_path / "act_45.txt", tmp_path / "act_45.txt.sig"
    signature.write_bytes(cms.sign(Content(data=ACT), partner, detached=True))
    act.write_bytes(ACT.replace(b"1 250 000", b"9 250 000"))  # changed after the partner signed
    raw, notes = _sent([act, signature], sender, "sig")
    assert len(notes) == 1 and "act_45.txt.sig is not co-signed" in notes[0] and "signed as a file" in notes[0]
    assert raw.count(b'filename="act_45.txt.sig"') == 1  # the sender's own is act_45.txt.2.sig, not a second one
    verdict = verdicts.verify_letter(raw, test_policy)
    statuses = [(item.name, [s for _, s in _signers(item)]) for item in verdict.items]
    assert statuses == [
        ("act_45.txt", [v.CONTENT_MODIFIED]),  # the partner's, over the changed act: red, as it must be
        ("act_45.txt", [v.VALID]),  # act_45.txt.2.sig: the sender's, over the act as it is now
        ("act_45.txt.sig", [v.VALID]),  # act_45.txt.sig.sig: the sender's over the partner's signature file
    ]


def test_a_file_beside_a_cms_must_be_the_file_inside_it(
    tmp_path: Path, partner: keys.SigningKey, test_policy: v.VerifyPolicy
) -> None:
    """A letter with act.txt and act.txt.cms: act.txt is not 'signed' unless it is what the CMS holds."""
    act, signed = tmp_path / "act_45.txt", tmp_path / "act_45.txt.cms"
    signed.write_bytes(cms.sign(Content(data=ACT), partner, detached=False))
    act.write_bytes(ACT.replace(b"1 250 000", b"9 250 000"))
    msg = build_message(ACCOUNT, Draft(to=["a@example.kz"], subject="Акт", body="x", attachments=[act, signed]))
    (item,) = verdicts.verify_letter(msg.as_bytes(), test_policy).items
    assert [s for _, s in _signers(item)] == [v.CONTENT_MODIFIED]


def test_anna_forwards_danas_act_signing_each_attachment_and_dana_sees_both_signers(qtbot, demo_app) -> None:
    """The window end to end: Dana's letter 'Акт № 45' (the act inside act_45.txt.cms) forwarded
    with Ctrl+L, 'Sign each attachment' and 'Sign with EDS' ticked, the password typed, Send
    clicked: what reaches Dana's mailbox is green, the act carrying Dana's and Anna's signatures."""
    from PySide6.QtCore import Qt

    from qazmail_desktop.crypto.trust import TrustStore

    window = demo_app.window
    _synced(qtbot, demo_app)
    _click_letter(qtbot, demo_app, "Акт выполненных работ")
    qtbot.waitUntil(lambda: window.reading.attachments.count() == 1, timeout=PATIENCE)
    before = len(window.compose_windows)
    qtbot.keyClick(window.message_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.compose_windows) == before + 1, timeout=PATIENCE)
    forward = window.compose_windows[-1]
    qtbot.keyClicks(forward.to, "dana@dala.kz")
    anna_key = next(i for i in range(forward.key_choice.count()) if "anna" in str(forward.key_choice.itemData(i)))
    forward.key_choice.setCurrentIndex(anna_key)
    for box in (forward.sign, forward.sign_attachments):
        if not box.isChecked():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert forward.sign.isChecked() and forward.sign_attachments.isChecked()
    prompts: list[str] = []
    _type_key_password_when_asked(qtbot, prompts)
    qtbot.mouseClick(forward.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not forward.isVisible(), timeout=PATIENCE)
    store, inbox = _server_mailbox(demo_app, "dana@dala.kz", "INBOX")
    raw = store.read(store.messages(inbox.id)[-1].blob)
    assert raw.count(b'filename="act_45.txt.cms"') == 1 and b".cms.sig" not in raw
    trust = TrustStore()
    trust.add_folder(demo_app.demo.server.data_dir / "pki")
    verdict = verdicts.verify_letter(raw, v.VerifyPolicy(trust=trust))
    assert verdict.status == v.VALID, verdict.to_json()
    act = next(item for item in verdict.items if item.name == "act_45.txt.cms")
    assert act.result is not None
    assert [s.info.email for s in act.result.signers if s.info] == ["dana@dala.kz", "anna@altyn.kz"]
