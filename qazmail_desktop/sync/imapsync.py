"""Synchronising one IMAP account into the cache.

Per folder: UIDVALIDITY checked (a change drops the old UIDs, never the stored bytes or
signature verdicts); new messages fetched by UID in batches (BODY.PEEK, so nothing is marked
read); flag changes fetched with CHANGEDSINCE when the server has CONDSTORE, else all flags are
compared; expunges told by the server (QRESYNC's VANISHED) or, without it or when the counts
still disagree, found by comparing the server's UID set. A folder whose STATUS shows nothing
changed is not even selected, which keeps a no-change sync fast.
"""

from __future__ import annotations

import bisect
import datetime as dt
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any, TypeVar

import imapclient
import imapclient.exceptions

from ..store.cache import Account, Cache, Folder, IncomingMessage
from ..store.mailparse import summarize
from .connection import wire
from .features import ServerFeatures
from .fetchstream import as_text, stored_flags, stream_fetch

T = TypeVar("T")
FETCH_CHUNK = 2000  # UIDs per FETCH command
STORE_BATCH = 250  # letters per transaction
FLAGS_BATCH = 2000
SPECIAL_USES = {
    b"\\Sent": "\\Sent",
    b"\\Drafts": "\\Drafts",
    b"\\Trash": "\\Trash",
    b"\\Junk": "\\Junk",
    b"\\Archive": "\\Archive",
    b"\\All": "\\All",
    b"\\Flagged": "\\Flagged",
}
_NAME_GUESSES = {
    "sent": "\\Sent",
    "sent items": "\\Sent",
    "sent messages": "\\Sent",
    "отправленные": "\\Sent",
    "drafts": "\\Drafts",
    "черновики": "\\Drafts",
    "trash": "\\Trash",
    "deleted items": "\\Trash",
    "корзина": "\\Trash",
    "junk": "\\Junk",
    "spam": "\\Junk",
    "спам": "\\Junk",
}


@dataclass
class FolderReport:
    name: str
    new: int = 0
    flags_changed: int = 0
    expunged: int = 0
    uidvalidity_reset: bool = False
    skipped_unchanged: bool = False


@dataclass
class SyncReport:
    account: str
    folders: list[FolderReport] = field(default_factory=list)
    removed_folders: list[str] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.folders)

    def to_json(self) -> dict[str, Any]:
        return {
            "account": self.account,
            "new": self.new,
            "flags_changed": sum(f.flags_changed for f in self.folders),
            "expunged": sum(f.expunged for f in self.folders),
            "folders": [f.__dict__ for f in self.folders],
            "removed_folders": self.removed_folders,
        }


@dataclass(frozen=True)
class Progress:
    folder: str
    done: int
    total: int


ProgressCallback = Callable[[Progress], None]


class SyncCancelled(Exception):
    """The user cancelled; what was fetched so far is kept."""


def _uid_set(uids: list[int]) -> str:
    """Compact UID set: 1:250,260,270:280."""
    ordered = sorted(uids)
    pieces = []
    start = prev = ordered[0]
    for uid in ordered[1:]:
        if uid == prev + 1:
            prev = uid
            continue
        pieces.append(f"{start}:{prev}" if start != prev else str(start))
        start = prev = uid
    pieces.append(f"{start}:{prev}" if start != prev else str(start))
    return ",".join(pieces)


def _vanished_uids(line: bytes, known: list[int]) -> set[int]:
    """The UIDs of ``known`` (sorted) that a VANISHED response's data names, ``(EARLIER) 41,43:45``
    (RFC 7162). Ranges are matched against known UIDs, never expanded: they may span gaps, or all
    of 1:4294967295."""
    uids: set[int] = set()
    for piece in line.replace(b"(EARLIER)", b"").strip().split(b","):
        first, _, last = piece.partition(b":")
        if first.isdigit() and (not last or last.isdigit()):
            low, high = sorted((int(first), int(last or first)))
            uids.update(known[bisect.bisect_left(known, low) : bisect.bisect_right(known, high)])
    return uids


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _special_use(flags: tuple[bytes, ...], name: str) -> str:
    for flag in flags:
        if flag in SPECIAL_USES:
            return SPECIAL_USES[flag]
    if name.upper() == "INBOX":
        return "\\Inbox"
    return _NAME_GUESSES.get(name.rsplit("/", 1)[-1].rsplit(".", 1)[-1].lower(), "")


class AccountSync:
    """One sync run over an open connection."""

    def __init__(
        self,
        cache: Cache,
        account: Account,
        client: imapclient.IMAPClient,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        stored: Callable[[], None] | None = None,
    ) -> None:
        self.cache = cache
        self.stored = stored or (lambda: None)  # told after each stored batch (the search indexer listens)
        self.account = account
        self.client = client
        self.progress = progress or (lambda _p: None)
        self.cancel = cancel or threading.Event()
        features = ServerFeatures.of(client)
        self.condstore = features.condstore
        self.qresync = features.qresync

    def run(self, only_folder: str | None = None) -> SyncReport:
        report = SyncReport(self.account.name)
        inbox = self._inbox_status() if only_folder in (None, "INBOX") else None
        server_folders = sorted(self.sync_folder_list(report), key=lambda f: f.name != "INBOX")
        for folder in server_folders:
            if only_folder and folder.name != only_folder:
                continue
            if self.cancel.is_set():
                raise SyncCancelled()
            status = inbox if folder.name == "INBOX" else None
            report.folders.append(self.sync_folder(folder, status))
        return report

    def _inbox_status(self) -> dict[bytes, int] | None:
        """INBOX's STATUS asked first, before LIST: Dovecot's Maildir re-reads INBOX's whole UID list
        (0.1-0.2 s at 6,000 letters) when INBOX is opened after any other command of the session,
        and answers from its index when it is the first. INBOX is synced first too: new mail
        is what the user waits for."""
        try:
            return self._status("INBOX")
        except imapclient.exceptions.IMAPClientError:
            return None  # a server without INBOX: the folder loop asks what it has

    def sync_folder_list(self, report: SyncReport) -> list[Folder]:
        listed = self.client.list_folders()
        seen_names = set()
        folders = []
        for flags, delimiter, raw_name in listed:
            name = as_text(raw_name)
            selectable = b"\\Noselect" not in flags and b"\\NonExistent" not in flags
            seen_names.add(name)
            folder = self.cache.folders.upsert(
                self.account.name, name, as_text(delimiter or b"/"), _special_use(tuple(flags), name), selectable
            )
            if selectable:
                folders.append(folder)
        for local in self.cache.folders.of_account(self.account.name):
            if local.name not in seen_names:
                self.cache.folders.remove(local.id)
                report.removed_folders.append(local.name)
        return folders

    def _status(self, folder_name: str) -> dict[bytes, int]:
        items = [b"MESSAGES", b"UIDNEXT", b"UIDVALIDITY"] + ([b"HIGHESTMODSEQ"] if self.condstore else [])
        return {k: int(v) for k, v in self.client.folder_status(folder_name, items).items()}

    def sync_folder(self, folder: Folder, status: dict[bytes, int] | None = None) -> FolderReport:
        """Bring one folder up to date; ``status`` is its STATUS if already asked this session."""
        report = FolderReport(folder.name)
        status = status or self._status(folder.name)
        uidvalidity = status[b"UIDVALIDITY"]
        if folder.uidvalidity is not None and folder.uidvalidity != uidvalidity:
            self.cache.messages.forget_folder(folder.id)
            report.uidvalidity_reset = True
            folder = self.cache.folders.by_id(folder.id) or folder
        local_count = self.cache.messages.count(folder.id)
        local_max = self.cache.messages.max_uid(folder.id)
        modseq = status.get(b"HIGHESTMODSEQ")
        unchanged = (
            not report.uidvalidity_reset
            and folder.uidvalidity == uidvalidity
            and status[b"MESSAGES"] == local_count
            and status[b"UIDNEXT"] <= local_max + 1
            and (self.condstore and modseq is not None and folder.highestmodseq == modseq)
        )
        if unchanged:
            report.skipped_unchanged = True
            return report
        selected = self.client.select_folder(folder.name, readonly=True)
        exists = int(selected.get(b"EXISTS", 0))
        new_uids = [u for u in self.client.search(["UID", f"{local_max + 1}:*"]) if u > local_max]
        report.new = self._fetch_new(folder, sorted(new_uids))
        if local_count:
            report.flags_changed, vanished = self._sync_flags(folder)
            report.expunged = self.cache.messages.delete_uids(folder.id, vanished) if vanished else 0
        if self.cache.messages.count(folder.id) != exists:  # no QRESYNC, or it missed some: compare every UID
            server_uids = set(self.client.search(["ALL"]))
            gone = self.cache.messages.uids(folder.id) - server_uids
            report.expunged += self.cache.messages.delete_uids(folder.id, gone)
        new_modseq = selected.get(b"HIGHESTMODSEQ")
        self.cache.folders.set_state(folder.id, uidvalidity, int(new_modseq) if new_modseq is not None else None)
        return report

    def _within_limits(self, size: int, internaldate: dt.datetime | None) -> bool:
        if self.account.max_body_bytes is not None and size > self.account.max_body_bytes:
            return False
        if self.account.max_age_days is not None and internaldate is not None:
            when = internaldate if internaldate.tzinfo else internaldate.replace(tzinfo=dt.UTC)
            if dt.datetime.now(dt.UTC) - when > dt.timedelta(days=self.account.max_age_days):
                return False
        return True

    def _fetch_new(self, folder: Folder, uids: list[int]) -> int:
        """Stream the new letters and store them in batches, each one transaction: an interrupted
        sync keeps what was committed and the next one continues after the highest stored UID."""
        total = len(uids)
        stored = 0
        for batch in _batches(self._stream_new(uids), STORE_BATCH):
            self.cache.messages.store(folder.id, batch)
            stored += len(batch)
            self._committed(folder, stored, total)
        return stored

    def _committed(self, folder: Folder, done: int, total: int) -> None:
        self.stored()
        self.progress(Progress(folder.name, done, total))
        if self.cancel.is_set():
            raise SyncCancelled()

    def _stream_new(self, uids: list[int]) -> Iterator[IncomingMessage]:
        """The letters of ``uids`` in UID order, whole or (past the account's limits) headers only."""
        for start in range(0, len(uids), FETCH_CHUNK):
            chunk = uids[start : start + FETCH_CHUNK]
            if self.account.max_body_bytes is None and self.account.max_age_days is None:
                yield from self._stream(chunk, "BODY.PEEK[]", True)
                continue
            meta = self.client.fetch(chunk, ["RFC822.SIZE", "INTERNALDATE"])
            full = [
                u
                for u in chunk
                if u in meta and self._within_limits(int(meta[u][b"RFC822.SIZE"]), meta[u].get(b"INTERNALDATE"))
            ]
            headers_only = [u for u in chunk if u in meta and u not in full]
            yield from self._stream(full, "BODY.PEEK[]", True)
            yield from self._stream(headers_only, "BODY.PEEK[HEADER]", False)

    def _stream(self, uids: list[int], section: str, has_body: bool) -> Iterator[IncomingMessage]:
        if not uids:
            return
        wanted = set(uids)
        letters = stream_fetch(wire(self.client), _uid_set(uids), f"UID FLAGS RFC822.SIZE INTERNALDATE {section}")
        with closing(letters):
            for letter in letters:
                if letter.uid in wanted:  # summarised as it arrives, while its bytes are in the processor's cache
                    summary = summarize(letter.data, with_text=False)
                    yield IncomingMessage(
                        letter.uid, letter.data, has_body, letter.flags, letter.size, letter.internaldate, summary
                    )

    def _sync_flags(self, folder: Folder) -> tuple[int, set[int]]:
        """Flag changes since the last sync, stored; returns how many, and the UIDs the server says
        were expunged meanwhile (QRESYNC's VANISHED, so that finding them needs no list of every UID)."""
        modifiers = None
        if self.condstore and folder.highestmodseq:
            modifiers = [f"CHANGEDSINCE {folder.highestmodseq}"] + (["VANISHED"] if self.qresync else [])
        known = sorted(self.cache.messages.uids(folder.id))
        changes: dict[int, tuple[str, ...]] = {}
        vanished: set[int] = set()
        untagged = wire(self.client).untagged_responses  # where imaplib leaves what imapclient does not ask for
        untagged.pop("VANISHED", None)
        for start in range(0, len(known), FLAGS_BATCH):  # imapclient takes UID lists, not ranges
            response = self.client.fetch(known[start : start + FLAGS_BATCH], ["FLAGS"], modifiers=modifiers)
            changes.update({uid: stored_flags(data.get(b"FLAGS", ())) for uid, data in response.items()})
            for line in untagged.pop("VANISHED", None) or []:
                if isinstance(line, bytes):  # a VANISHED response carries no literal
                    vanished |= _vanished_uids(line, known)
        local = self.cache.messages.flags_by_uid(folder.id)
        real = {
            uid: flags
            for uid, flags in changes.items()
            if uid in local and uid not in vanished and set(local[uid]) != set(flags)
        }
        return (self.cache.messages.set_flags(folder.id, real) if real else 0), vanished


def fetch_body(client: imapclient.IMAPClient, folder: Folder, uid: int) -> bytes | None:
    """The full bytes of one message (for one cached as headers only)."""
    client.select_folder(folder.name, readonly=True)
    data = client.fetch([uid], ["BODY.PEEK[]"]).get(uid)
    return bytes(data[b"BODY[]"]) if data and b"BODY[]" in data else None
