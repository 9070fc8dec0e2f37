"""Replaying the offline action queue against the server, in order, each exactly once.

An action is marked ``running`` before it touches the server and ``done`` right after. An
action found ``running`` at start was interrupted; before repeating one that is not idempotent
(copy, append, send's copy to Sent) the target folder is searched for the letter's Message-ID,
so a crash never makes a second copy. Flags and deletes are idempotent. SMTP has no such check:
its state is committed the moment the server accepts the letter, so the window in which a
crash could resend is the length of one local database commit.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import imapclient

from ..store.cache import Account, Action, Cache
from ..store.mailparse import parse_message
from .compose import without_bcc
from .errors import MailError

SmtpOpener = Callable[[], Any]  # a context manager yielding smtplib.SMTP


@dataclass(frozen=True)
class ReplayResult:
    action_id: int
    kind: str
    ok: bool
    message: str


# What an SMTP server says to refuse one letter; a dropped connection is not among them
# (the letter then stays queued and is tried again).
SMTP_REFUSALS = (
    smtplib.SMTPRecipientsRefused,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPDataError,
    smtplib.SMTPNotSupportedError,
)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{rcpt}: {code} {text.decode('utf-8', 'replace')}" for rcpt, (code, text) in exc.recipients.items()
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        return f"{exc.smtp_code} {text}"
    return str(exc) or type(exc).__name__


class ActionFailed(MailError):
    """The server refused this one action (it is kept, marked failed, with the reason)."""


def _select(client: imapclient.IMAPClient, folder: str) -> int:
    info = client.select_folder(folder)
    return int(info.get(b"UIDVALIDITY", 0))


def _find_by_message_id(client: imapclient.IMAPClient, folder: str, message_id: str) -> list[int]:
    if not message_id:
        return []
    client.select_folder(folder)
    return list(client.search(["HEADER", "Message-ID", message_id]))


def _target_uids(client: imapclient.IMAPClient, payload: dict[str, Any]) -> list[int]:
    """The message's UID now: the stored one while UIDVALIDITY holds, else found by Message-ID."""
    uidvalidity = _select(client, payload["folder"])
    if payload.get("uidvalidity") in (None, uidvalidity):
        return [int(payload["uid"])]
    return _find_by_message_id(client, payload["folder"], payload.get("message_id", ""))


class Replayer:
    def __init__(
        self, cache: Cache, account: Account, client: imapclient.IMAPClient, smtp: SmtpOpener | None = None
    ) -> None:
        self.cache = cache
        self.account = account
        self.client = client
        self.smtp = smtp
        self.capabilities = client.capabilities()

    def run(self) -> list[ReplayResult]:
        results = []
        for action in self.cache.pending_actions(self.account.name):
            interrupted = action.state == "running"
            self.cache.mark_action(action.id, "running")
            try:
                message = getattr(self, f"_do_{action.kind}")(action, interrupted)
            except (ActionFailed, imapclient.exceptions.IMAPClientError, *SMTP_REFUSALS) as exc:
                reason = _reason(exc)
                self.cache.mark_action(action.id, "failed", reason)
                results.append(ReplayResult(action.id, action.kind, False, reason))
                continue
            self.cache.mark_action(action.id, "done")
            results.append(ReplayResult(action.id, action.kind, True, message))
        return results

    def _do_flag(self, action: Action, interrupted: bool) -> str:
        p = action.payload
        uids = _target_uids(self.client, p)
        if not uids:
            return "message no longer on the server"
        if p.get("add"):
            self.client.add_flags(uids, p["add"])
        if p.get("remove"):
            self.client.remove_flags(uids, p["remove"])
        return "flags set"

    def _do_delete(self, action: Action, interrupted: bool) -> str:
        uids = _target_uids(self.client, action.payload)
        if uids:
            self.client.delete_messages(uids)
            if b"UIDPLUS" in self.capabilities:
                self.client.uid_expunge(uids)
            else:
                self.client.expunge()
        return "deleted"

    def _do_copy(self, action: Action, interrupted: bool) -> str:
        p = action.payload
        if interrupted and _find_by_message_id(self.client, p["target"], p.get("message_id", "")):
            return "already copied"
        uids = _target_uids(self.client, p)
        if not uids:
            raise ActionFailed("the message is no longer on the server")
        self.client.copy(uids, p["target"])
        return f"copied to {p['target']}"

    def _do_move(self, action: Action, interrupted: bool) -> str:
        p = action.payload
        uids = _target_uids(self.client, p)
        if not uids:
            return "message no longer in the source folder"
        if interrupted and _find_by_message_id(self.client, p["target"], p.get("message_id", "")):
            self._do_delete(action, interrupted)
            return f"moved to {p['target']}"
        _select(self.client, p["folder"])
        if b"MOVE" in self.capabilities:
            self.client.move(uids, p["target"])
        else:
            self.client.copy(uids, p["target"])
            self._do_delete(action, interrupted)
        return f"moved to {p['target']}"

    def _append(self, folder: str, raw: bytes, flags: list[str], message_id: str, interrupted: bool) -> str:
        if interrupted and _find_by_message_id(self.client, folder, message_id):
            return f"already in {folder}"
        self.client.append(folder, raw, flags=flags)
        return f"appended to {folder}"

    def _do_append(self, action: Action, interrupted: bool) -> str:
        p = action.payload
        raw = self.cache.blobs.get(p["blob"])
        if raw is None:
            raise ActionFailed("the letter's stored copy is missing")
        return self._append(p["folder"], raw, p.get("flags", []), p.get("message_id", ""), interrupted)

    def _do_send(self, action: Action, interrupted: bool) -> str:
        p = dict(action.payload)
        raw = self.cache.blobs.get(p["blob"])
        if raw is None:
            raise ActionFailed("the letter's stored copy is missing")
        if not p.get("smtp_done"):
            if self.smtp is None:
                raise ActionFailed("no SMTP connection")
            msg = parse_message(raw)
            with self.smtp() as smtp:
                refused = smtp.sendmail(self.account.email, p["recipients"], without_bcc(msg))
            p["smtp_done"] = True
            p["refused"] = sorted(refused)
            self.cache.mark_action(action.id, "running", payload=p)
        sent = p.get("sent_folder")
        if sent:
            self._append(sent, raw, ["\\Seen"], p.get("message_id", ""), interrupted)
        note = f"sent to {len(p['recipients']) - len(p.get('refused', []))} recipient(s)"
        if p.get("refused"):
            note += f"; refused: {', '.join(p['refused'])}"
        return note
