"""What a session knows between commands, and the protocol constants the handlers share."""

from __future__ import annotations

from dataclasses import dataclass

from ..mailstore import Mailbox

CAPABILITIES = (
    b"IMAP4rev1 LITERAL+ SASL-IR AUTH=PLAIN ID IDLE ENABLE NAMESPACE UIDPLUS MOVE CONDSTORE "
    b"SPECIAL-USE UNSELECT CHILDREN"
)
PERMANENT_FLAGS = b"(\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)"


@dataclass
class Selected:
    """The selected mailbox as this client last saw it (sequence numbers, flags, modseq)."""

    mailbox: Mailbox
    readonly: bool
    uids: list[int]
    flags: dict[int, frozenset[str]]
    modseq: int
