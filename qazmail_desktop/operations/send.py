"""Compose, sign (letter and attachments, S/MIME, time-stamp) and send a letter."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass, field
from email.message import EmailMessage

from ..crypto.trust import TrustStore
from ..crypto.tsp_client import TimestampUnreachable
from ..signing.keystatus import evidence_for
from ..signing.outgoing import AttachmentPlan, SigningOptions, add_signed_attachments, finish, plan_attachments
from ..store.cache import Account
from ..store.sqlerrors import describe, what_failed
from ..sync.actions import ReplayResult
from ..sync.compose import Draft
from ..sync.engine import MailEngine
from ..sync.errors import MailError, SentButNotRecorded
from . import Progress, no_progress
from .documents import check_signing_key


@dataclass(frozen=True)
class SendResult:
    action_id: int
    delivery: ReplayResult | None  # None: the server was not reached, the letter waits in the outbox
    notes: list[str] = field(default_factory=list)  # e.g. the key's revocation status was unknown
    waits_for_proof: bool = False  # signed offline: leaves once its signature has its time-stamp
    not_reached: str = ""  # why the IMAP server was not reached (the letter waits)
    # the SMTP server took it, and the cache could not record that (a full disk): what to tell the user
    unrecorded: str = ""

    @property
    def refusal(self) -> str:
        """What the server said refusing the letter ("" unless it refused it)."""
        refused = self.delivery is not None and not self.delivery.ok and not self.delivery.waits
        return self.delivery.message if refused and self.delivery is not None else ""

    @property
    def queued(self) -> str:
        """Why the letter still waits in the outbox ("" once it was handed over or refused)."""
        if self.delivery is None:
            return self.not_reached or "the letter waits for the next sync"
        return self.delivery.message if self.delivery.waits else ""


def _signed(
    engine: MailEngine,
    account: Account,
    draft: Draft,
    plan: AttachmentPlan,
    signing: SigningOptions | None,
    notes: list[str],
) -> tuple[EmailMessage, bytes | None]:
    msg = engine.compose(account, draft)
    if signing is not None and signing.attachments:
        notes += add_signed_attachments(msg, plan, signing)
    return msg, finish(msg, signing)


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
    (the verification trust store) enables the OCSP check of the key before anything is signed.

    A letter to be time-stamped whose TSA does not answer (offline), or signed offline with
    ``signing.proof_tsa``, is signed now and waits in the outbox until its signature gets its
    time-stamp and the signer's status (``outbox.complete_proofs``, at the next sync); the user may
    release it without (``outbox.release``)."""
    key = signing.key if signing is not None else None  # None: no signing, or eGov Mobile signs (by QR)
    notes = check_signing_key(key, trust) if key is not None else []
    if signing is not None and key is not None:  # signatures that prove themselves for years
        signing = dataclasses.replace(signing, evidence=evidence_for(key, trust, signing.tsa_url, notes))
    plan = plan_attachments(draft.attachments, signing)
    draft = dataclasses.replace(draft, attachments=plan.carried)
    progress(0, 2, "signing")
    proof_tsa = signing.proof_tsa if signing is not None and not signing.tsa_url else ""
    made: list[str] = []  # what signing the attachments has to say, from the attempt that counts
    try:
        msg, signed = _signed(engine, account, draft, plan, signing, made)
    except TimestampUnreachable as exc:
        if signing is None or not signing.tsa_url:
            raise
        proof_tsa = signing.tsa_url
        notes.append(f"{exc}: the letter is signed and waits in the outbox for its time-stamp")
        signing = dataclasses.replace(signing, tsa_url="", evidence=None)
        made = []
        msg, signed = _signed(engine, account, draft, plan, signing, made)
    notes += made
    if proof_tsa and signing is not None and not signing.sign_letter:
        proof_tsa = ""  # only the letter's own signature can be completed later (attachments are inside it)
    try:
        action_id = engine.send(account, msg, signed, proof_tsa=proof_tsa)
    except sqlite3.Error as exc:  # a full disk: not in the outbox, so not sent either
        raise MailError(f"the letter was not sent: {describe(exc, engine.cache.path)}") from exc
    progress(1, 2, "sending")
    try:
        results, not_reached = engine.replay_now(account)
    except SentButNotRecorded as exc:
        progress(2, 2, "sent")
        if exc.action_id == action_id:
            return SendResult(action_id, ReplayResult(action_id, "send", True, str(exc)), notes, unrecorded=str(exc))
        return SendResult(action_id, None, [*notes, str(exc)], not_reached="the outbox stopped at an earlier letter")
    except sqlite3.Error as exc:  # the disk filled up after the letter was queued: it waits there
        return SendResult(action_id, None, notes, not_reached=what_failed(exc, engine.cache.path))
    delivery = next((r for r in results or [] if r.action_id == action_id), None)
    if delivery is None and results is not None:  # a sync's replay, running at the same moment, sent it
        delivery = engine.outcome_of(account, action_id)
    progress(2, 2, "sent")
    return SendResult(action_id, delivery, notes, waits_for_proof=bool(proof_tsa), not_reached=not_reached)
