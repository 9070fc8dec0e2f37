"""Replaying the offline action queue against the server, in order, each exactly once.

An action is marked ``running`` before it touches the server and ``done`` right after. An
action found ``running`` at start was interrupted; before repeating one that is not idempotent
(copy, append, send's copy to Sent) the target folder is searched for the letter's Message-ID,
so a crash never makes a second copy. Flags and deletes are idempotent. SMTP has no such check:
its state is committed the moment the server accepts the letter, so the window in which a
crash could resend is the length of one local database commit.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import imapclient

from ..moments import clock
from ..store.cache import Account, Cache
from ..store.mailparse import parse_message
from ..store.sqlerrors import what_failed
from . import backoff
from .actionkinds import (
    AppendAction,
    CopyAction,
    DamagedAction,
    DeleteAction,
    FlagAction,
    MoveAction,
    QueuedAction,
    SendAction,
    Target,
    decode,
    payload,
)
from .compose import without_bcc
from .errors import AuthenticationFailed, ConnectionFailed, MailError, SentButNotRecorded
from .features import ServerFeatures

SmtpOpener = Callable[[], Any]  # a context manager yielding smtplib.SMTP


@dataclass(frozen=True)
class ReplayResult:
    action_id: int
    kind: str
    ok: bool
    message: str
    waits: bool = False  # not done, still queued: the SMTP server could not be reached (tried again later)


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


class _EndOfData:
    """Whether a session wrote the final dot of DATA: the one moment after which a dropped
    connection (or a killed program) leaves the sender unsure whether the server took the letter.
    smtplib sends the whole body, dot included, in one ``send``; commands go out as text.
    ``before_dot`` runs just before that send: where the hand-over is recorded."""

    def __init__(self, before_dot: Callable[[], None]) -> None:
        self.before_dot = before_dot
        self.written = False

    def watch(self, smtp: smtplib.SMTP) -> None:
        send = smtp.send

        def watched(data: bytes | str) -> None:
            final = isinstance(data, bytes) and data.endswith(b"\r\n.\r\n")
            if final:
                self.before_dot()
            send(data)
            if final:
                self.written = True

        smtp.send = watched  # type: ignore[method-assign, assignment]


class ActionFailed(MailError):
    """The server refused this one action (it is kept, marked failed, with the reason)."""


class SmtpUnavailable(MailError):
    """The SMTP server could not be reached, refused the login, or dropped the connection: the
    letter stays queued and incoming mail is not held up by it. ``mid_send``: the connection
    dropped while the letter was being handed over (the next attempt reconciles before resending).
    ``try_later``: the server was there and turned the letter away for now (4xx, a dropped
    session): the next attempt waits (``sync.backoff``)."""

    def __init__(self, message: str, mid_send: bool, try_later: bool = False) -> None:
        super().__init__(message)
        self.mid_send = mid_send
        self.try_later = try_later


def _select(client: imapclient.IMAPClient, folder: str) -> int:
    info = client.select_folder(folder)
    return int(info.get(b"UIDVALIDITY", 0))


def _find_by_message_id(client: imapclient.IMAPClient, folder: str, message_id: str) -> list[int]:
    if not message_id:
        return []
    client.select_folder(folder)
    return list(client.search(["HEADER", "Message-ID", message_id]))


def _target_uids(client: imapclient.IMAPClient, target: Target) -> list[int]:
    """The message's UID now: the stored one while UIDVALIDITY holds, else (or when no UID was
    known: uid 0, a letter queued before it reached the server) found by Message-ID."""
    uidvalidity = _select(client, target.folder)
    if target.uid and target.uidvalidity in (None, uidvalidity):
        return [int(target.uid)]
    return _find_by_message_id(client, target.folder, target.message_id)


class Replayer:
    def __init__(
        self,
        cache: Cache,
        account: Account,
        client: imapclient.IMAPClient,
        smtp: SmtpOpener | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.cache = cache
        self.account = account
        self.client = client
        self.smtp = smtp
        self.clock = clock  # when a letter the server turned away may go again (tests give their own)
        self.features = ServerFeatures.of(client)

    def run(self) -> list[ReplayResult]:
        """Each queued action in order; one that cannot be read (unknown kind, damaged data) is set
        aside as failed with the reason, and the rest of the queue goes on."""
        results = []
        smtp_down: SmtpUnavailable | None = None
        for row in self.cache.actions.pending(self.account.name):
            try:
                action = decode(row.kind, row.payload)
            except DamagedAction as exc:
                reason = f"set aside: {exc}"
                self.cache.actions.mark(row.id, "failed", reason)
                results.append(ReplayResult(row.id, row.kind, False, reason))
                continue
            if isinstance(action, SendAction) and action.proof_tsa:
                continue  # signed offline: it leaves once its signature has its time-stamp (operations)
            if (
                isinstance(action, SendAction)
                and not action.smtp_done
                and not backoff.due(action.retry_at, self.clock())
            ):
                results.append(ReplayResult(row.id, row.kind, False, row.last_error, waits=True))
                continue  # the server asked for it later: not before its time
            if smtp_down is not None and isinstance(action, SendAction) and not action.smtp_done:
                self.cache.actions.mark(row.id, row.state, str(smtp_down))
                results.append(ReplayResult(row.id, row.kind, False, str(smtp_down), waits=True))
                continue
            interrupted = row.state == "running"
            self.cache.actions.mark(row.id, "running")
            try:
                message = self._replay(row.id, action, interrupted)
            except SmtpUnavailable as exc:  # sending fails on its own: receiving goes on
                smtp_down = exc
                reason, later = str(exc), None
                if exc.try_later and isinstance(action, SendAction) and not exc.mid_send:
                    now = self.clock()
                    refusals = action.refusals + 1
                    at = backoff.next_attempt(refusals, now)
                    later = payload(replace(action, refusals=refusals, retry_at=at.isoformat()))
                    reason = f"{exc} at {clock(now)}; next attempt at {clock(at)}"
                self.cache.actions.mark(row.id, "running" if exc.mid_send else "pending", reason, payload=later)
                results.append(ReplayResult(row.id, row.kind, False, reason, waits=True))
                continue
            except (ActionFailed, imapclient.exceptions.IMAPClientError, *SMTP_REFUSALS) as exc:
                reason = _reason(exc)
                self.cache.actions.mark(row.id, "failed", reason)
                results.append(ReplayResult(row.id, row.kind, False, reason))
                continue
            self.cache.actions.mark(row.id, "done")
            results.append(ReplayResult(row.id, row.kind, True, message))
        return results

    def _replay(self, action_id: int, action: QueuedAction, interrupted: bool) -> str:
        match action:
            case FlagAction():
                return self._flag(action)
            case DeleteAction():
                return self._delete(action)
            case CopyAction():
                return self._copy(action, interrupted)
            case MoveAction():
                return self._move(action, interrupted)
            case AppendAction():
                return self._append_stored(action, interrupted)
            case SendAction():
                return self._send(action_id, action, interrupted)

    def _flag(self, action: FlagAction) -> str:
        uids = _target_uids(self.client, action)
        if not uids:
            return "message no longer on the server"
        if action.add:
            self.client.add_flags(uids, action.add)
        if action.remove:
            self.client.remove_flags(uids, action.remove)
        return "flags set"

    def _delete(self, action: Target) -> str:
        uids = _target_uids(self.client, action)
        if uids:
            self.client.delete_messages(uids)
            if self.features.uidplus:
                self.client.uid_expunge(uids)
            else:
                self.client.expunge()
        return "deleted"

    def _copy(self, action: CopyAction, interrupted: bool) -> str:
        if interrupted and _find_by_message_id(self.client, action.target, action.message_id):
            return "already copied"
        uids = _target_uids(self.client, action)
        if not uids:
            raise ActionFailed("the message is no longer on the server")
        self.client.copy(uids, action.target)
        return f"copied to {action.target}"

    def _move(self, action: MoveAction, interrupted: bool) -> str:
        uids = _target_uids(self.client, action)
        if not uids:
            return "message no longer in the source folder"
        if interrupted and _find_by_message_id(self.client, action.target, action.message_id):
            self._delete(action)
            return f"moved to {action.target}"
        _select(self.client, action.folder)
        if self.features.move:
            self.client.move(uids, action.target)
        else:
            self.client.copy(uids, action.target)
            self._delete(action)
        return f"moved to {action.target}"

    def _append(self, folder: str, raw: bytes, flags: list[str], message_id: str, interrupted: bool) -> str:
        if interrupted and _find_by_message_id(self.client, folder, message_id):
            return f"already in {folder}"
        try:
            self.client.append(folder, raw, flags=flags)
        except imapclient.exceptions.IMAPClientError as exc:
            if "TRYCREATE" not in str(exc).upper():  # RFC 3501 6.3.11: the folder does not exist yet
                raise
            self.client.create_folder(folder)
            self.client.append(folder, raw, flags=flags)
        return f"appended to {folder}"

    def _append_stored(self, action: AppendAction, interrupted: bool) -> str:
        raw = self.cache.blobs.get(action.blob)
        if raw is None:
            raise ActionFailed("the letter's stored copy is missing")
        return self._append(action.folder, raw, action.flags, action.message_id, interrupted)

    def _after_doubt(self, action_id: int, action: SendAction) -> SendAction:
        """A letter whose hand-over was interrupted: found in Sent, it went (only the Sent copy is
        done); not found, it may still have gone, so it is set aside for the user to decide."""
        if (
            action.sent_folder
            and action.message_id
            and _find_by_message_id(self.client, action.sent_folder, action.message_id)
        ):
            done = replace(action, smtp_done=True, handing_over=False)
            self.cache.actions.mark(action_id, "running", payload=payload(done))
            return done
        self.cache.actions.mark(action_id, "running", payload=payload(replace(action, handing_over=False)))
        raise ActionFailed(
            "the connection or the program ended while this letter was being handed to the SMTP server: it may "
            "have been sent. Ask the recipient; `outbox retry` (Outbox… ▸ Send again) sends it again"
        )

    def _hand_over(self, raw: bytes, action: SendAction, before_dot: Callable[[], None]) -> dict[str, Any]:
        """The letter to the SMTP server; what it refused per recipient.

        Only the end of DATA can leave a doubt: until its final dot is written the server cannot
        have taken the letter, so a session that drops in the greeting, EHLO, AUTH, MAIL, RCPT or
        while the body goes out leaves the letter waiting, to be sent again as if never tried. A
        4xx answer (421, 451, 452: "try later") leaves it waiting too; 5xx refuses it."""
        assert self.smtp is not None
        msg = parse_message(raw)
        end_of_data = _EndOfData(before_dot)
        try:
            with self.smtp() as smtp:
                end_of_data.watch(smtp)
                return dict(smtp.sendmail(self.account.email, action.recipients, without_bcc(msg)))
        except smtplib.SMTPRecipientsRefused as exc:
            if all(400 <= code < 500 for code, _text in exc.recipients.values()):
                said = f"not sent: the SMTP server asked to try later ({_reason(exc)})"
                raise SmtpUnavailable(said, False, try_later=True) from exc
            raise
        except smtplib.SMTPResponseException as exc:
            if 400 <= exc.smtp_code < 500:
                said = f"not sent: the SMTP server asked to try later ({_reason(exc)})"
                raise SmtpUnavailable(said, False, try_later=True) from exc
            raise
        except SMTP_REFUSALS:
            raise
        except (ConnectionFailed, AuthenticationFailed) as exc:  # nothing went out
            raise SmtpUnavailable(f"not sent: {exc}", mid_send=False) from exc
        except (smtplib.SMTPException, OSError) as exc:
            reason = str(exc) or type(exc).__name__
            if not end_of_data.written:
                said = f"not sent: the SMTP connection dropped ({reason})"
                raise SmtpUnavailable(said, mid_send=False, try_later=True) from exc
            raise SmtpUnavailable(
                f"the SMTP connection dropped while the letter was handed over ({reason}): it may have gone",
                mid_send=True,
            ) from exc

    def _sent_but_not_recorded(
        self, action_id: int, action: SendAction, raw: bytes, exc: sqlite3.Error
    ) -> SentButNotRecorded:
        """The SMTP server took the letter and the cache cannot say so (its disk filled up): the
        outbox row still reads 'being handed over', which the next sync settles by the letter's copy
        in Sent. That copy needs no local disk, so it is made now: the next sync, with space again,
        finds it and marks the letter sent instead of setting it aside as 'may have been sent'."""
        why = what_failed(exc, self.cache.path)
        said = f"the letter was sent (the SMTP server accepted it), but it could not be recorded: {why}."
        try:
            if not (action.sent_folder and action.message_id):
                raise ActionFailed("the letter has no Sent folder or no Message-ID to be found by")
            self._append(action.sent_folder, raw, ["\\Seen"], action.message_id, interrupted=False)
        except (ActionFailed, imapclient.exceptions.IMAPClientError, OSError) as no_copy:
            return SentButNotRecorded(
                f"{said} It is not sent again by itself; its copy could not be put in Sent ({no_copy}), so "
                "the outbox will say it may have been sent: do not send it again",
                action_id,
            )
        return SentButNotRecorded(
            f"{said} Its copy is in {action.sent_folder}; it is not sent again: once there is space, the next "
            "sync finds that copy and marks the letter sent",
            action_id,
        )

    def _send(self, action_id: int, action: SendAction, interrupted: bool) -> str:
        raw = self.cache.blobs.get(action.blob)
        if raw is None:
            raise ActionFailed("the letter's stored copy is missing")
        if not action.smtp_done:
            if self.smtp is None:
                raise ActionFailed("no SMTP connection")
            if action.handing_over and interrupted:
                action = self._after_doubt(action_id, action)
        if not action.smtp_done:
            handing_over = payload(replace(action, handing_over=True))

            def record_hand_over() -> None:  # just before DATA's final dot: a kill before it leaves no doubt
                self.cache.actions.mark(action_id, "running", payload=handing_over)

            try:
                refused = self._hand_over(raw, action, record_hand_over)
            except SmtpUnavailable as exc:
                if not exc.mid_send:  # nothing went out: no doubt to leave behind
                    self.cache.actions.mark(action_id, "running", payload=payload(action))
                raise
            action = replace(action, smtp_done=True, handing_over=False, refused=sorted(refused))
            try:
                self.cache.actions.mark(action_id, "running", payload=payload(action))
            except sqlite3.Error as exc:
                raise self._sent_but_not_recorded(action_id, action, raw, exc) from exc
        if action.sent_folder:
            self._append(action.sent_folder, raw, ["\\Seen"], action.message_id, interrupted)
        note = f"sent to {len(action.recipients) - len(action.refused)} recipient(s)"
        if action.refused:
            note += f"; refused: {', '.join(action.refused)}"
        return note
