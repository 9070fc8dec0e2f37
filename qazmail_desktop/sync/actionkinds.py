"""The kinds of offline action, one dataclass each, and the registry that reads them back.

The queue stores an action as its kind and a JSON payload. ``decode`` turns a stored row into
its dataclass and says exactly what is wrong with one that cannot be read (an unknown kind from
a newer version, a damaged payload): the replayer sets such an action aside with that reason and
goes on with the rest of the queue.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar


class DamagedAction(ValueError):
    """A queued action that cannot be read: set aside, never replayed."""


@dataclass(frozen=True)
class Target:
    """The letter an action is about: where it was, and how to find it again if UIDs changed."""

    folder: str
    uid: int
    uidvalidity: int | None = None
    message_id: str = ""


@dataclass(frozen=True)
class FlagAction(Target):
    kind: ClassVar[str] = "flag"
    add: list[str] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DeleteAction(Target):
    kind: ClassVar[str] = "delete"


@dataclass(frozen=True)
class CopyAction(Target):
    kind: ClassVar[str] = "copy"
    target: str = ""


@dataclass(frozen=True)
class MoveAction(Target):
    kind: ClassVar[str] = "move"
    target: str = ""


@dataclass(frozen=True)
class AppendAction:
    kind: ClassVar[str] = "append"
    folder: str
    blob: str
    flags: list[str] = field(default_factory=list)
    message_id: str = ""


@dataclass(frozen=True)
class SendAction:
    """A letter in the outbox; ``smtp_done`` is set (durably) once the SMTP server took it, and
    ``handing_over`` just before the final dot of DATA is written: interrupted in between, the letter may have gone
    (the server may have accepted it before the connection or the program died), so it is not sent
    again unless its copy is not found in Sent and the user says so (``outbox retry``).
    ``proof_tsa``: the letter was signed offline and waits for a time-stamp from this TSA (and the
    signer's status) before it leaves; the sender may release it without (``proof_tsa`` cleared)."""

    kind: ClassVar[str] = "send"
    blob: str
    recipients: list[str]
    message_id: str = ""
    subject: str = ""
    sent_folder: str = "Sent"
    smtp_done: bool = False
    refused: list[str] = field(default_factory=list)
    proof_tsa: str = ""
    handing_over: bool = False  # recorded just before DATA's final dot: a crash after it leaves a doubt
    refusals: int = 0  # "try later" answers in a row (sync.backoff)
    retry_at: str = ""  # ISO time before which it is not tried again ("" : at the next sync)


QueuedAction = FlagAction | DeleteAction | CopyAction | MoveAction | AppendAction | SendAction
KINDS: dict[str, type[QueuedAction]] = {
    cls.kind: cls for cls in (FlagAction, DeleteAction, CopyAction, MoveAction, AppendAction, SendAction)
}


def payload(action: QueuedAction) -> dict[str, Any]:
    """What the queue stores for ``action`` (its kind is stored beside it)."""
    return dataclasses.asdict(action)


def decode(kind: str, stored: Any) -> QueuedAction:
    """The action a queue row holds; DamagedAction says why it cannot be replayed."""
    cls = KINDS.get(kind)
    if cls is None:
        raise DamagedAction(f"unknown kind of action {kind!r} (made by another version of QazMail?)")
    if not isinstance(stored, dict):
        raise DamagedAction(f"the {kind} action's data is damaged")
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(stored) - names)
    if unknown:
        raise DamagedAction(f"the {kind} action has fields this version does not know: {', '.join(unknown)}")
    try:
        action = cls(**stored)
    except TypeError as exc:
        raise DamagedAction(f"the {kind} action's data is incomplete ({exc})") from exc
    for f in dataclasses.fields(cls):
        value = getattr(action, f.name)
        expected = {"int": int, "str": str, "bool": bool, "list[str]": list}.get(str(f.type))
        if expected is not None and not isinstance(value, expected):
            raise DamagedAction(f"the {kind} action's {f.name} is damaged")
    return action
