"""Archive: letters out of the way but kept, in the account's Archive folder (Thunderbird's "A").

Like every move it is done in the cache at once and queued for the server (replayed when
online). An account without an Archive folder gets one: the server creates a folder only when a
letter is appended to it (an IMAP MOVE to a missing folder is refused), so the first letter
archived there is appended (its bytes are in the cache) and removed from where it was; the
others follow as ordinary moves, queued after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..store.cache import Account, Folder, MessageRow
from ..sync.actionkinds import DeleteAction, payload
from ..sync.engine import MailEngine

ARCHIVE = "Archive"
ARCHIVE_NAMES = ("archive", "archives", "архив", "мұрағат")  # found by name on a server without RFC 6154

Letter = tuple[Account, Folder, MessageRow]


def archive_folder(engine: MailEngine, account: Account) -> Folder | None:
    """The account's archive: the folder the server marks ``\\Archive``, else one named so."""
    marked = engine.cache.folders.special(account.name, "\\Archive")
    if marked is not None:
        return marked
    for folder in engine.cache.folders.of_account(account.name):
        leaf = folder.name.rsplit(folder.delimiter, 1)[-1] if folder.delimiter else folder.name
        if leaf.casefold() in ARCHIVE_NAMES:
            return folder
    return None


def _new_archive_name(engine: MailEngine, account: Account) -> tuple[str, str]:
    """Where a new Archive goes, with its delimiter: beside the others, under INBOX on a server
    that keeps every folder there (Courier, Cyrus: ``INBOX.Sent``)."""
    folders = engine.cache.folders.of_account(account.name)
    delimiter = next((f.delimiter for f in folders if f.delimiter), "/")
    inbox = next((f.name for f in folders if f.name.upper() == "INBOX"), "INBOX")
    others = [f for f in folders if f.name.upper() != "INBOX"]
    if others and all(f.name.startswith(inbox + f.delimiter) for f in others if f.delimiter):
        return f"{inbox}{delimiter}{ARCHIVE}", delimiter
    return ARCHIVE, delimiter


def _create_by_appending(engine: MailEngine, account: Account, name: str, delimiter: str, letter: Letter) -> None:
    """The archive made in the cache, and on the server by the first letter appended to it."""
    _account, folder, row = letter
    raw = engine.cache.messages.raw(row) if row.has_body else None
    if raw is None:  # only its header is here: fetched whole first (raises MailError when offline)
        raw = engine.raw_message(account, folder, row)
    with engine.cache.transaction():
        engine.cache.folders.upsert(account.name, name, delimiter, "\\Archive", True)
        engine.append(account, name, raw, [f for f in row.flags if f != "\\Recent"], row.message_id)
        engine.cache.messages.delete_uids(folder.id, [row.uid])
        gone = DeleteAction(folder.name, row.uid, folder.uidvalidity, row.message_id)
        engine.cache.actions.enqueue(account.name, DeleteAction.kind, payload(gone))


def archive_letters(engine: MailEngine, letters: Sequence[Letter]) -> int:
    """Each letter to its account's archive (made when missing); those already there stay.
    Returns how many were archived."""
    archived = 0
    for account, folder, row in letters:
        target = archive_folder(engine, account)
        if target is not None and target.id == folder.id:
            continue
        if target is None:
            name, delimiter = _new_archive_name(engine, account)
            _create_by_appending(engine, account, name, delimiter, (account, folder, row))
        else:
            engine.move(account, folder, row, target.name)
        archived += 1
    return archived
