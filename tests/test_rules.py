"""Message rules: what a rule matches (sender, subject, signer IIN/BIN/role, verdict), which rules
are refused, and a damaged rules file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qazmail_desktop.operations.rules import Rule, RuleBook, RuleError
from qazmail_desktop.profile import Profile
from qazmail_desktop.store.cache import MessageRow

HEAD: dict[str, object] = {"iin": "850315400037", "bin": "990240000021", "roles": ["legal_entity", "head"]}


def _row(status: str | None, sender: str = "Дана <dana@dala.kz>", subject: str = "Акт № 45") -> MessageRow:
    return MessageRow(
        id=1,
        folder_id=1,
        uid=1,
        blob="b",
        has_body=True,
        size=10,
        date=dt.datetime.now(dt.UTC),
        subject=subject,
        sender=sender,
        to="anna@altyn.kz",
        cc="",
        message_id="<m@x>",
        flags=(),
        has_attachments=False,
        signed=status is not None,
        signature={"status": status} if status else None,
    )


def _verdict(*signers: dict[str, object]) -> dict[str, object]:
    return {"signatures": [{"kind": "letter", "signers": list(signers)}]}


def test_rules_match_by_signer_and_verdict() -> None:
    head_of_dala = Rule("head", signer_bin="990240000021", signer_role="head", move_to="Contracts")
    assert head_of_dala.matches(_row("valid"), _verdict({**HEAD, "status": "valid"}))
    assert not head_of_dala.matches(_row("valid"), _verdict({**HEAD, "status": "valid", "roles": ["employee"]}))
    assert not head_of_dala.matches(_row(None), None)  # an unsigned letter has no signer
    bad = Rule("bad", verdict="bad", flag=True)
    assert bad.matches(_row("revoked"), None) and bad.matches(_row("content_modified"), None)
    assert not bad.matches(_row("valid"), None) and not bad.matches(_row(None), None)
    assert Rule("exact", verdict="expired", flag=True).matches(_row("expired"), None)
    # a signer's rule takes their valid signatures only, unless it says any signature (or asks for bad ones)
    signed_by_head = _verdict({**HEAD, "status": "valid"})
    tampered = _verdict({**HEAD, "status": "content_modified"})
    head_only = Rule("head", signer_bin="990240000021", move_to="Contracts")
    assert head_only.matches(_row("valid"), signed_by_head) and not head_only.matches(
        _row("content_modified"), tampered
    )
    assert Rule("any", signer_bin="990240000021", flag=True, any_signature=True).matches(_row("revoked"), tampered)
    assert Rule("bad", signer_bin="990240000021", verdict="bad", flag=True).matches(_row("content_modified"), tampered)
    words = Rule("words", sender_contains="DALA.KZ", subject_contains="акт", flag=True)
    assert words.matches(_row(None), None) and not words.matches(_row(None, subject="Счёт"), None)


def test_rules_that_would_do_harm_or_nothing_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="no condition"):
        Rule("all", move_to="Trash").check()
    with pytest.raises(RuleError, match="does nothing"):
        Rule("idle", signer_iin="850315400037").check()
    profile = Profile(tmp_path / "p").ensure()
    with pytest.raises(RuleError):
        RuleBook([Rule("all", move_to="Trash")]).save(profile)
    (profile.root / "rules.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(RuleError, match="damaged"):
        RuleBook.load(profile)
