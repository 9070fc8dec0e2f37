"""Compose, sign (letter and attachments, S/MIME, time-stamp) and send a letter."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ..crypto.trust import TrustStore
from ..signing.keystatus import evidence_for
from ..signing.outgoing import SigningOptions, add_signed_attachments, attachments_to_carry, finish
from ..store.cache import Account
from ..sync.actions import ReplayResult
from ..sync.compose import Draft
from ..sync.engine import MailEngine
from . import Progress, no_progress
from .documents import check_signing_key


@dataclass(frozen=True)
class SendResult:
    action_id: int
    delivery: ReplayResult | None  # None: the server was not reached, the letter waits in the outbox
    notes: list[str] = field(default_factory=list)  # e.g. the key's revocation status was unknown

    @property
    def refused(self) -> bool:
        return self.delivery is not None and not self.delivery.ok


def send_letter(
    engine: MailEngine,
    account: Account,
    draft: Draft,
    signing: SigningOptions | None = None,
    trust: TrustStore | None = None,
    progress: Progress = no_progress,
) -> SendResult:
    """Build the letter the user wrote (``draft.attachments``: the files chosen), sign what
    ``signing`` asks for, put it into the persistent outbox and try to deliver it now. ``trust``
    (the verification trust store) enables the OCSP check of the key before anything is signed."""
    notes = check_signing_key(signing.key, trust) if signing is not None else []
    if signing is not None:  # signatures that prove themselves for years
        signing = dataclasses.replace(signing, evidence=evidence_for(signing.key, trust, signing.tsa_url, notes))
    chosen = draft.attachments
    draft = dataclasses.replace(draft, attachments=attachments_to_carry(chosen, signing))
    msg = engine.compose(account, draft)
    progress(0, 2, "signing")
    if signing is not None and signing.attachments:
        add_signed_attachments(msg, chosen, signing)
    action_id = engine.send(account, msg, finish(msg, signing))
    progress(1, 2, "sending")
    results = engine.try_replay(account)
    delivery = next((r for r in results or [] if r.action_id == action_id), None)
    if delivery is None and results is not None:  # a sync's replay, running at the same moment, sent it
        delivery = engine.outcome_of(account, action_id)
    progress(2, 2, "sent")
    return SendResult(action_id, delivery, notes)
