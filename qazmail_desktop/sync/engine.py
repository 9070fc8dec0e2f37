"""The mail engine the CLI and the UI share: sync, offline actions, sending, reading.

Every user action first changes the cache (so it shows at once, online or not) and is queued;
the queue is replayed before each sync, so local changes reach the server before the server's
state is read back.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import imapclient

from ..store.cache import Account, Cache, Folder, MessageRow
from ..store.searchindex import BackgroundIndexer, WaitProgress
from ..store.sqlerrors import skipped_when_full
from .actionkinds import (
    AppendAction,
    CopyAction,
    DeleteAction,
    FlagAction,
    MoveAction,
    QueuedAction,
    SendAction,
    payload,
)
from .actions import Replayer, ReplayResult
from .compose import Draft, build_message, envelope_recipients, wire_bytes
from .connection import imap_session, smtp_session
from .errors import AccountError, ConnectionFailed, MailError, NoPassword
from .imapsync import AccountSync, ProgressCallback, SyncReport, fetch_body
from .secrets import PromptAnswer, SecretStore

PasswordPrompt = Callable[[Account], PromptAnswer | None]
"""Asks the user for an account's password (a terminal prompt, a dialog); None when not given."""


@dataclass
class SyncOutcome:
    report: SyncReport
    replayed: list[ReplayResult] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = self.report.to_json()
        data["replayed"] = [r.__dict__ for r in self.replayed]
        return data


class MailEngine:
    def __init__(
        self,
        cache: Cache,
        secrets: SecretStore | None = None,
        password_prompt: PasswordPrompt | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.cache = cache
        self.secrets = secrets or SecretStore()
        self.password_prompt = password_prompt
        self.clock = clock  # the outbox's "not before" times are read against it
        self._indexer = BackgroundIndexer(cache.path)
        # One replayer per account at a time: the window replays after each change while a sync
        # (which replays first) may be running; two at once could send a letter twice.
        self._replaying: dict[str, threading.Lock] = {}

    def _replay_queue(self, account: Account, client: imapclient.IMAPClient) -> list[ReplayResult]:
        with self._replaying.setdefault(account.name, threading.Lock()):  # setdefault is atomic
            return Replayer(self.cache, account, client, self._smtp_opener(account), self.clock).run()

    # accounts -----------------------------------------------------------------------------
    def account(self, name: str | None) -> Account:
        accounts = self.cache.accounts.all()
        if name is None:
            if len(accounts) == 1:
                return accounts[0]
            if not accounts:
                raise AccountError("no account yet: add one with `account add`")
            raise AccountError("several accounts: name one (--account NAME)")
        found = self.cache.accounts.get(name)
        if found is None:
            known = ", ".join(a.name for a in accounts) or "none"
            raise AccountError(f"no account named {name!r} (accounts: {known})")
        return found

    def password(self, account: Account) -> str:
        password = self.secrets.get(account.name)
        if password is not None:
            return password
        if self.password_prompt is None:
            raise NoPassword(f"no password for account {account.name}: none in the keyring, give --password-env VAR")
        answer = self.password_prompt(account)
        if answer is None:
            raise NoPassword(f"no password was given for account {account.name}")
        if answer.remember:
            self.secrets.remember_for_session(account.name, answer.password)
        return answer.password

    def folder(self, account: Account, name: str) -> Folder:
        """The account's folder of that name; INBOX in any case (RFC 3501 §5.1: its name is case-insensitive)."""
        folder = self.cache.folders.get(account.name, "INBOX" if name.upper() == "INBOX" else name)
        if folder is None and name.upper() == "INBOX":
            folder = next((f for f in self.cache.folders.of_account(account.name) if f.name.upper() == "INBOX"), None)
        if folder is None:
            known = ", ".join(f.name for f in self.cache.folders.of_account(account.name)) or "none yet: run sync"
            raise AccountError(f"no folder {name!r} in {account.name} (folders: {known})")
        return folder

    def message(self, account: Account, folder_name: str, uid: int) -> tuple[Folder, MessageRow]:
        folder = self.folder(account, folder_name)
        row = self.cache.messages.get(folder.id, uid)
        if row is None:
            raise AccountError(f"no message with UID {uid} in {account.name}/{folder_name}")
        return folder, row

    @contextmanager
    def _imap(self, account: Account) -> Iterator[imapclient.IMAPClient]:
        try:
            with imap_session(account, self.password(account)) as client:
                yield client
        except (OSError, imapclient.exceptions.IMAPClientAbortError) as exc:
            raise ConnectionFailed(f"connection to {account.imap_host} lost: {exc}") from exc
        except imapclient.exceptions.IMAPClientError as exc:
            raise MailError(f"IMAP server {account.imap_host} refused a command: {exc}") from exc

    def _smtp_opener(self, account: Account) -> Callable[[], AbstractContextManager[smtplib.SMTP]]:
        password = self.password(account)
        return lambda: smtp_session(account, password)

    # sync ---------------------------------------------------------------------------------
    def sync(
        self,
        name: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        folder: str | None = None,
    ) -> SyncOutcome:
        """Replay the queue, then sync. Returns once every new letter is stored: listable and readable
        offline. A second process indexes them for search meanwhile and goes on after this returns
        (``wait_searchable``)."""
        account = self.account(name)
        try:
            with self._imap(account) as client, self.cache.bulk_writes():
                replayed = self._replay_queue(account, client)
                report = AccountSync(self.cache, account, client, progress, cancel, self._indexer.more).run(folder)
            if folder is None:  # after a whole sync: a letter moved offline is in its new folder now
                self.cache.blobs.drop_unreferenced()
        finally:
            self._indexer.wind_down()
        return SyncOutcome(report, replayed)

    def wait_searchable(self, progress: WaitProgress | None = None) -> None:
        """Until every stored letter is in the search index."""
        self._indexer.finish(progress)

    def replay(self, account: Account) -> list[ReplayResult]:
        """Push queued actions now; ConnectionFailed leaves them queued."""
        with self._imap(account) as client:
            return self._replay_queue(account, client)

    def outcome_of(self, account: Account, action_id: int) -> ReplayResult | None:
        """How a queued action ended when another replay (a sync's) ran it; None while it waits."""
        action = next((a for a in self.cache.actions.all(account.name) if a.id == action_id), None)
        if action is None or action.state not in ("done", "failed"):
            return None
        return ReplayResult(action.id, action.kind, action.state == "done", action.last_error or action.state)

    def replay_now(self, account: Account) -> tuple[list[ReplayResult] | None, str]:
        """Push queued actions now: their results, or None and why the server was not reached
        (unreachable, its certificate rejected, no password given): the actions stay queued."""
        try:
            return self.replay(account), ""
        except (ConnectionFailed, NoPassword) as exc:
            return None, str(exc)

    def try_replay(self, account: Account) -> list[ReplayResult] | None:
        return self.replay_now(account)[0]

    # actions (cache first, then queued) ---------------------------------------------------
    def _target(self, folder: Folder, row: MessageRow) -> dict[str, Any]:
        """The fields of a ``Target``: the letter, and how to find it again if its UID changed."""
        return {"folder": folder.name, "uid": row.uid, "uidvalidity": folder.uidvalidity, "message_id": row.message_id}

    def _enqueue(self, account: Account, action: QueuedAction) -> int:
        return self.cache.actions.enqueue(account.name, action.kind, payload(action))

    def set_flags(self, account: Account, folder: Folder, row: MessageRow, add: list[str], remove: list[str]) -> None:
        flags = (set(row.flags) | set(add)) - set(remove)
        with self.cache.transaction():
            self.cache.messages.set_flags(folder.id, {row.uid: flags})
            self._enqueue(account, FlagAction(**self._target(folder, row), add=add, remove=remove))

    def delete(self, account: Account, folder: Folder, row: MessageRow) -> None:
        """Move to Trash when there is one (and this is not it), else delete for good."""
        trash = self.cache.folders.special(account.name, "\\Trash")
        if trash is not None and trash.id != folder.id:
            self.move(account, folder, row, trash.name)
            return
        with self.cache.transaction():
            self.cache.messages.delete_uids(folder.id, [row.uid])
            self._enqueue(account, DeleteAction(**self._target(folder, row)))

    def move(self, account: Account, folder: Folder, row: MessageRow, target: str) -> None:
        self.folder(account, target)
        with self.cache.transaction():
            self.cache.messages.delete_uids(folder.id, [row.uid])
            self._enqueue(account, MoveAction(**self._target(folder, row), target=target))

    def copy(self, account: Account, folder: Folder, row: MessageRow, target: str) -> None:
        self.folder(account, target)
        self._enqueue(account, CopyAction(**self._target(folder, row), target=target))

    def append(self, account: Account, folder_name: str, raw: bytes, flags: list[str], message_id: str) -> None:
        self.folder(account, folder_name)
        digest = self.cache.blobs.put(raw, durable=True)
        self._enqueue(account, AppendAction(folder_name, digest, flags, message_id))

    def keep_draft(self, account: Account, msg: EmailMessage, replaces: str) -> None:
        """The draft into the account's Drafts folder, where other devices and mail clients see it;
        its previous version (Message-ID ``replaces``) goes once the new one is there."""
        drafts = self.cache.folders.special(account.name, "\\Drafts")
        folder = drafts.name if drafts else "Drafts"
        with self.cache.transaction(durable=True):  # the bytes with their row, or neither (``send``)
            digest = self.cache.blobs.put(wire_bytes(msg))
            self._enqueue(account, AppendAction(folder, digest, ["\\Draft", "\\Seen"], str(msg["Message-ID"])))
            self._drop_draft(account, folder, drafts, replaces)

    def discard_draft(self, account: Account, message_id: str) -> None:
        """The draft's copy in Drafts, once its letter is sent (or it is thrown away)."""
        drafts = self.cache.folders.special(account.name, "\\Drafts")
        with self.cache.transaction():
            self._drop_draft(account, drafts.name if drafts else "Drafts", drafts, message_id)

    def _drop_draft(self, account: Account, folder: str, cached: Folder | None, message_id: str) -> None:
        if not message_id:
            return
        if cached is not None:
            self.cache.messages.delete_by_message_id(cached.id, message_id)
        self._enqueue(account, DeleteAction(folder=folder, uid=0, message_id=message_id))

    def send(self, account: Account, msg: EmailMessage, signed: bytes | None = None, proof_tsa: str = "") -> int:
        """Into the outbox (persisted); replayed at once when online. Returns the action id.
        ``signed`` is the letter's final bytes when it was signed (S/MIME): those are sent as they are;
        ``proof_tsa``: signed offline, it waits for a time-stamp from that TSA (``SendAction``)."""
        recipients = envelope_recipients(msg)
        if not recipients:
            raise MailError("the letter has no recipient")
        sent = self.cache.folders.special(account.name, "\\Sent")
        # the letter's bytes and its outbox row in one commit: a disk that fills between them
        # leaves neither (bytes no row names would never be sent, nor cleaned up)
        with self.cache.transaction(durable=True):
            digest = self.cache.blobs.put(signed if signed is not None else wire_bytes(msg))
            return self._enqueue(
                account,
                SendAction(
                    digest,
                    recipients,
                    message_id=str(msg.get("Message-ID", "")),
                    subject=str(msg.get("Subject", "")),
                    sent_folder=sent.name if sent else "Sent",
                    proof_tsa=proof_tsa,
                ),
            )

    def compose(self, account: Account, draft: Draft) -> EmailMessage:
        return build_message(account, draft)

    # reading ------------------------------------------------------------------------------
    def raw_message(self, account: Account, folder: Folder, row: MessageRow) -> bytes:
        """The letter's bytes; a headers-only letter is fetched in full when online."""
        raw = self.cache.messages.raw(row)
        if raw is not None and row.has_body:
            return raw
        try:
            with self._imap(account) as client:
                body = fetch_body(client, folder, row.uid)
        except ConnectionFailed:
            body = None
        if body is None:
            if raw is None:
                raise MailError("this letter is not in the cache and the server is unreachable")
            return raw
        with skipped_when_full(self.cache.path):  # shown all the same, fetched again next time
            self.cache.messages.replace_body(row.id, body)
            self.cache.update_search_index(wait=False)
        return body
