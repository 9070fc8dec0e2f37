"""What the window shows beside a signed file's verdict (issue 29): the document the check read,
byte for byte, and no other: the one inside an attached CMS, the file beside a detached one (also
when the CMS holds one of its own), nothing for a signed PDF or a document too large to show."""

from __future__ import annotations

from pathlib import Path

import pytest

from qazmail_desktop.crypto import cms, keys
from qazmail_desktop.crypto import verify as v
from qazmail_desktop.crypto.content import Content
from qazmail_desktop.crypto.status import Status
from qazmail_desktop.operations import documents
from qazmail_desktop.operations.documents import SignedDocument, check_file, document_inside
from qazmail_desktop.signaturenames import embedded_name
from tests import rsa_pki
from tests.conftest import PASSWORD

ACT = "Акт № 45: 1 250 000 тенге".encode()


def _statuses(checked: documents.CheckedFile) -> list[Status]:
    return [s.status for item in checked.verdict.items if item.result for s in item.result.signers]


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Path, v.VerifyPolicy, keys.SigningKey]:
    ca = rsa_pki.make_ca(tmp_path)
    user = keys.load_signing_key(rsa_pki.make_user(tmp_path, ca, "USER"), PASSWORD)
    rsa_pki.make_crl(tmp_path, ca)
    folder = tmp_path / "files"
    folder.mkdir()
    return folder, rsa_pki.policy(tmp_path), user


def test_the_document_inside_an_attached_signature_is_shown(signed) -> None:
    folder, policy, user = signed
    (folder / "act_45.txt.2.cms").write_bytes(cms.sign(Content(data=ACT), user, detached=False))
    checked = check_file(folder / "act_45.txt.2.cms", policy)
    assert _statuses(checked) == [v.VALID]
    assert checked.document == SignedDocument("act_45.txt", ACT)


def test_the_file_beside_a_signature_is_shown_when_the_verdict_is_about_it(signed) -> None:
    """An attached CMS next to a different file of its name: the verdict is about that file
    (content_modified), and so is what is shown, not the text inside the CMS."""
    folder, policy, user = signed
    (folder / "act.txt.sig").write_bytes(cms.sign(Content(data=ACT), user, detached=False))
    (folder / "act.txt").write_bytes(ACT.replace(b"250", b"950"))
    checked = check_file(folder / "act.txt.sig", policy)
    assert _statuses(checked) == [v.CONTENT_MODIFIED]
    assert checked.document == SignedDocument("act.txt", ACT.replace(b"250", b"950"))


def test_a_detached_signature_without_its_document_shows_none(signed) -> None:
    folder, policy, user = signed
    (folder / "act.txt.sig").write_bytes(cms.sign(Content(data=ACT), user, detached=True))
    checked = check_file(folder / "act.txt.sig", policy)
    assert _statuses(checked) == [v.CONTENT_MISSING]
    assert checked.document is None
    assert document_inside("act.txt.sig", (folder / "act.txt.sig").read_bytes()) is None


def test_a_document_too_large_to_show_is_checked_as_a_stream(signed, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, policy, user = signed
    (folder / "act.txt.sig").write_bytes(cms.sign(Content(data=ACT), user, detached=True))
    (folder / "act.txt").write_bytes(ACT)
    monkeypatch.setattr(documents, "SHOWN_LIMIT", len(ACT) - 1)
    checked = check_file(folder / "act.txt.sig", policy)
    assert _statuses(checked) == [v.VALID]
    assert checked.document is None


def test_names_of_the_document_inside() -> None:
    assert embedded_name("act.docx.2.cms") == "act.docx"
    assert embedded_name("act.docx.p7s") == "act.docx"
    assert embedded_name("act.pem") == "act"
    assert embedded_name("signature") == "signature.bin"
