"""What the cache hands out and takes in: plain frozen records, no database handles."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from .mailparse import MessageSummary


@dataclass(frozen=True, kw_only=True)
class Account:
    """Keyword-only: nine settings of the same types are too easy to pass in the wrong order."""

    name: str
    email: str
    username: str
    imap_host: str
    imap_port: int
    imap_security: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    display_name: str = ""
    max_body_bytes: int | None = None  # larger messages keep headers only until opened online
    max_age_days: int | None = None  # older messages keep headers only until opened online


@dataclass(frozen=True)
class Folder:
    id: int
    account: str
    name: str
    delimiter: str
    special_use: str
    uidvalidity: int | None
    highestmodseq: int | None
    total: int = 0
    unread: int = 0


@dataclass(frozen=True)
class MessageRow:
    id: int
    folder_id: int
    uid: int
    blob: str
    has_body: bool
    size: int
    date: dt.datetime | None
    subject: str
    sender: str
    to: str
    cc: str
    message_id: str
    flags: tuple[str, ...]
    has_attachments: bool
    signed: bool
    unreadable: str = ""  # why the letter could not be read (quarantined); "" for a letter read whole
    signature: dict[str, Any] | None = None
    in_thread: bool = False  # an answer, listed under the first letter of its conversation

    @property
    def seen(self) -> bool:
        return "\\Seen" in self.flags

    @property
    def flagged(self) -> bool:
        return "\\Flagged" in self.flags

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> MessageRow:
        data = dict(row)
        data["date"] = dt.datetime.fromisoformat(data["date"]) if data["date"] else None
        data["flags"] = tuple(data["flags"].split())
        data["has_body"] = bool(data["has_body"])
        data["has_attachments"] = bool(data["has_attachments"])
        data["signed"] = bool(data["signed"])
        data["signature"] = json.loads(data["signature"]) if data["signature"] else None
        data["in_thread"] = bool(data.get("in_thread"))
        return cls(**data)


@dataclass(frozen=True)
class Action:
    id: int
    account: str
    kind: str
    payload: dict[str, Any] | None  # None: the stored payload is not JSON any more
    state: str
    attempts: int
    last_error: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Action:
        """A payload that is not JSON any more is handed on as None (the replayer sets that action
        aside and says so) instead of stopping the whole queue."""
        try:
            payload = json.loads(row["payload"])
        except (ValueError, TypeError):
            payload = None
        return cls(row["id"], row["account"], row["kind"], payload, row["state"], row["attempts"], row["last_error"])


@dataclass
class IncomingMessage:
    """One message as fetched: raw bytes (or only the header, for messages past the cache limits)."""

    uid: int
    raw: bytes
    has_body: bool
    flags: tuple[str, ...]
    size: int
    internaldate: dt.datetime | None = None
    summary: MessageSummary | None = field(default=None, repr=False)
