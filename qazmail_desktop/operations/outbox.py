"""The outbox: letters written but not yet handed to the SMTP server (offline, or refused), which
the user can see, send again or drop. Sending itself happens at the next sync (the replay queue)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from ..store.cache import Cache
from ..sync.actionkinds import DamagedAction, SendAction, decode, payload


class NotInOutbox(LookupError):
    """No letter with that number waits in the outbox."""


@dataclass(frozen=True)
class OutboxLetter:
    id: int
    account: str
    subject: str
    recipients: list[str]
    state: str  # "pending" (waits for the next sync), "running" (being sent) or "failed"
    attempts: int
    last_error: str
    awaiting_proof: bool = False  # signed offline: waits for its time-stamp before it leaves
    retry_at: dt.datetime | None = None  # the SMTP server asked for it later: not tried before then

    @property
    def failed(self) -> bool:
        return self.state == "failed"


def outbox(cache: Cache, account: str | None = None) -> list[OutboxLetter]:
    """Every letter not yet sent, oldest first (a damaged entry shows with its reason)."""
    letters = []
    for row in cache.actions.all(account):
        if row.kind != SendAction.kind or row.state == "done":
            continue
        try:
            action = decode(row.kind, row.payload)
        except DamagedAction as exc:
            letters.append(OutboxLetter(row.id, row.account, "", [], "failed", row.attempts, str(exc)))
            continue
        assert isinstance(action, SendAction)
        letters.append(
            OutboxLetter(
                row.id,
                row.account,
                action.subject,
                action.recipients,
                row.state,
                row.attempts,
                row.last_error,
                bool(action.proof_tsa),
                _when(action.retry_at),
            )
        )
    return letters


def _letter(cache: Cache, letter_id: int) -> OutboxLetter:
    found = next((letter for letter in outbox(cache) if letter.id == letter_id), None)
    if found is None:
        raise NotInOutbox(f"no letter {letter_id} waits in the outbox")
    return found


def retry(cache: Cache, letter_id: int) -> OutboxLetter:
    """A failed letter goes back in line, and one the SMTP server asked for later no longer waits
    for its time: the next sync sends it."""
    letter = _letter(cache, letter_id)
    if letter.retry_at is not None:  # listed with its time, so its data reads
        row = next(row for row in cache.actions.all(letter.account) if row.id == letter_id)
        action = decode(row.kind, row.payload)
        assert isinstance(action, SendAction)
        now = payload(dataclasses.replace(action, retry_at="", refusals=0))
        cache.actions.mark(letter_id, "pending", row.last_error, payload=now)
    elif letter.failed:
        cache.actions.mark(letter_id, "pending")
    return _letter(cache, letter_id)


def _when(iso: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def drop(cache: Cache, letter_id: int) -> OutboxLetter:
    """The letter is not sent at all (its stored copy goes with it). One being handed to the
    server right now cannot be dropped: it may have been accepted already."""
    letter = _letter(cache, letter_id)
    if letter.state == "running":
        raise NotInOutbox(f"letter {letter_id} is being sent right now; it cannot be dropped")
    cache.actions.remove(letter_id)
    return letter


def waiting(cache: Cache, account: str) -> list[tuple[int, SendAction]]:
    """The account's letters signed offline that wait for their time-stamp: (action id, action)."""
    out = []
    for row in cache.actions.pending(account):
        if row.kind != SendAction.kind:
            continue
        try:
            action = decode(row.kind, row.payload)
        except DamagedAction:
            continue  # the replay sets it aside with its reason
        if isinstance(action, SendAction) and action.proof_tsa and not action.smtp_done:
            out.append((row.id, action))
    return out


def release(cache: Cache, letter_id: int) -> OutboxLetter:
    """Send a letter signed offline without waiting for its time-stamp: its signing time then rests
    on the sender's claim alone, and its certificate's status is judged whenever it is checked."""
    letter = _letter(cache, letter_id)
    found = next((entry for entry in waiting(cache, letter.account) if entry[0] == letter_id), None)
    if found is None:
        raise NotInOutbox(f"letter {letter_id} does not wait for a time-stamp")
    cache.actions.mark(letter_id, "pending", payload=payload(dataclasses.replace(found[1], proof_tsa="")))
    return _letter(cache, letter_id)
