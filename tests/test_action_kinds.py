"""The offline action kinds: every kind round-trips through the queue's JSON, and what cannot be
read says why (unit tests; the replay itself is tested against Dovecot and the embedded server)."""

from __future__ import annotations

import json

import pytest

from qazmail_desktop.sync.actionkinds import (
    KINDS,
    AppendAction,
    CopyAction,
    DamagedAction,
    DeleteAction,
    FlagAction,
    MoveAction,
    SendAction,
    decode,
    payload,
)

EXAMPLES = [
    FlagAction("INBOX", 4, 1700000000, "<a@x>", add=["\\Flagged"]),
    DeleteAction("INBOX", 5),
    CopyAction("INBOX", 6, None, "<b@x>", target="Archive"),
    MoveAction("INBOX", 7, 17, "", target="Trash"),
    AppendAction("Drafts", "ab" * 32, ["\\Draft"], "<c@x>"),
    SendAction("cd" * 32, ["bolat@altyn.kz"], "<d@x>", "Акт", "Sent", smtp_done=True, refused=["x@y"]),
]


@pytest.mark.parametrize("action", EXAMPLES, ids=lambda a: a.kind)
def test_round_trip_through_the_queue(action: object) -> None:
    stored = json.loads(json.dumps(payload(action)))  # type: ignore[arg-type]
    assert decode(action.kind, stored) == action  # type: ignore[attr-defined]


def test_every_kind_is_registered() -> None:
    assert set(KINDS) == {"flag", "delete", "copy", "move", "append", "send"}


def test_payloads_written_by_earlier_versions_still_read() -> None:
    old_send = {
        "blob": "ef" * 32,
        "recipients": ["a@b.kz"],
        "message_id": "<m@x>",
        "subject": "s",
        "sent_folder": "Sent",
    }
    assert decode("send", old_send) == SendAction("ef" * 32, ["a@b.kz"], "<m@x>", "s", "Sent")


@pytest.mark.parametrize(
    ("kind", "stored", "says"),
    [
        ("archive", {"folder": "INBOX", "uid": 1}, "unknown kind"),
        ("flag", None, "damaged"),
        ("flag", "text", "damaged"),
        ("flag", {"folder": "INBOX"}, "incomplete"),
        ("move", {"folder": "INBOX", "uid": "seven", "target": "Trash"}, "uid is damaged"),
        ("send", {"blob": "x", "recipients": "a@b.kz"}, "recipients is damaged"),
        ("delete", {"folder": "INBOX", "uid": 1, "colour": "red"}, "does not know: colour"),
    ],
)
def test_what_cannot_be_read_says_why(kind: str, stored: object, says: str) -> None:
    with pytest.raises(DamagedAction, match=says):
        decode(kind, stored)
