"""IMAP SEARCH criteria, evaluated over a mailbox's messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email.utils import parsedate_to_datetime

from ..store.rawmime import Part, decoded, parse
from .imapformat import parse_imap_date
from .imapparse import ParseError, Token, in_ranges, sequence_set, text_of
from .mailstore import StoredMessage

Loader = Callable[[StoredMessage], bytes]
_FLAG_KEYS = {
    "SEEN": "\\Seen",
    "FLAGGED": "\\Flagged",
    "DELETED": "\\Deleted",
    "ANSWERED": "\\Answered",
    "DRAFT": "\\Draft",
}


class Candidate:
    """One message under test; its bytes are read only if a criterion needs them."""

    def __init__(self, seq: int, message: StoredMessage, loader: Loader) -> None:
        self.seq = seq
        self.message = message
        self._loader = loader
        self._raw: bytes | None = None
        self._part: Part | None = None

    @property
    def raw(self) -> bytes:
        if self._raw is None:
            self._raw = self._loader(self.message)
        return self._raw

    @property
    def part(self) -> Part:
        if self._part is None:
            self._part = parse(self.raw)
        return self._part

    def header(self, name: str) -> str:
        values = [decoded(v) for k, v in self.part.headers() if k.lower() == name.lower()]
        return " ".join(values)

    def sent_date(self) -> dt.date | None:
        try:
            return parsedate_to_datetime(self.header("Date")).date()
        except (ValueError, TypeError, IndexError):
            return None


Predicate = Callable[[Candidate], bool]


MAX_NESTING = 50  # parentheses, OR and NOT within each other: real clients use a handful


class SearchParser:
    def __init__(self, tokens: list[Token], largest_seq: int, largest_uid: int, depth: int = 0) -> None:
        self.tokens = tokens
        self.pos = 0
        self.largest_seq = largest_seq
        self.largest_uid = largest_uid
        self.uses_modseq = False
        self.depth = depth  # how deep criteria nest here (a parse and a check recurse that deep)

    def _nested(self) -> Predicate:
        """A criterion inside OR, NOT or parentheses, refused past ``MAX_NESTING`` (deeper ones ended
        the session with 'internal server error')."""
        if self.depth >= MAX_NESTING:
            raise ParseError(f"search criteria nested more than {MAX_NESTING} deep")
        self.depth += 1
        try:
            return self._criterion()
        finally:
            self.depth -= 1

    def _next(self) -> Token:
        if self.pos >= len(self.tokens):
            raise ParseError("search criteria end too early")
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse_all(self) -> Predicate:
        if (
            self.pos < len(self.tokens)
            and isinstance(self.tokens[self.pos], str)
            and str(self.tokens[self.pos]).upper() == "CHARSET"
        ):
            self.pos += 2  # strings are compared as Unicode whatever the charset
        preds = []
        while self.pos < len(self.tokens):
            preds.append(self._criterion())
        if not preds:
            raise ParseError("no search criteria")
        return lambda c: all(p(c) for p in preds)

    def _criterion(self) -> Predicate:
        token = self._next()
        if isinstance(token, list):
            if self.depth >= MAX_NESTING:
                raise ParseError(f"search criteria nested more than {MAX_NESTING} deep")
            inner = SearchParser(token, self.largest_seq, self.largest_uid, self.depth + 1)
            pred = inner.parse_all()
            self.uses_modseq |= inner.uses_modseq
            return pred
        key = text_of(token).upper()
        if key == "ALL":
            return lambda c: True
        if key in _FLAG_KEYS:
            flag = _FLAG_KEYS[key]
            return lambda c: flag in c.message.flags
        if key.startswith("UN") and key[2:] in _FLAG_KEYS:
            flag = _FLAG_KEYS[key[2:]]
            return lambda c: flag not in c.message.flags
        if key in ("NEW", "RECENT"):
            return lambda c: "\\Seen" not in c.message.flags
        if key == "OLD":
            return lambda c: True
        if key == "KEYWORD":
            word = text_of(self._next())
            return lambda c: word in c.message.flags
        if key == "UNKEYWORD":
            word = text_of(self._next())
            return lambda c: word not in c.message.flags
        if key in ("FROM", "TO", "CC", "BCC", "SUBJECT"):
            needle = text_of(self._next()).lower()
            field = key.capitalize()
            return lambda c: needle in c.header(field).lower()
        if key == "HEADER":
            name = text_of(self._next())
            needle = text_of(self._next()).lower()
            return lambda c: (needle in c.header(name).lower()) if needle else bool(c.header(name))
        if key in ("BODY", "TEXT"):
            needle_bytes = text_of(self._next()).lower().encode()
            body_only = key == "BODY"
            return lambda c: needle_bytes in (c.part.body if body_only else c.raw).lower()
        if key in ("SINCE", "BEFORE", "ON", "SENTSINCE", "SENTBEFORE", "SENTON"):
            try:
                day = parse_imap_date(text_of(self._next()))
            except (ValueError, IndexError) as exc:
                raise ParseError("bad search date") from exc
            sent = key.startswith("SENT")

            def date_of(c: Candidate) -> dt.date | None:
                return c.sent_date() if sent else c.message.internaldate.date()

            op = key.removeprefix("SENT")
            if op == "SINCE":
                return lambda c: (d := date_of(c)) is not None and d >= day
            if op == "BEFORE":
                return lambda c: (d := date_of(c)) is not None and d < day
            return lambda c: date_of(c) == day
        if key in ("LARGER", "SMALLER"):
            size = int(text_of(self._next()))
            return (lambda c: c.message.size > size) if key == "LARGER" else (lambda c: c.message.size < size)
        if key == "UID":
            ranges = sequence_set(text_of(self._next()), self.largest_uid)
            return lambda c: in_ranges(c.message.uid, ranges)
        if key == "NOT":
            negated = self._nested()
            return lambda c: not negated(c)
        if key == "OR":
            left, right = self._nested(), self._nested()
            return lambda c: left(c) or right(c)
        if key == "MODSEQ":
            self.uses_modseq = True
            value = self._next()
            if not text_of(value).isdigit():  # entry name and type precede the number
                self._next()
                value = self._next()
            modseq = int(text_of(value))
            return lambda c: c.message.modseq >= modseq
        if key[:1].isdigit() or key[:1] == "*":
            ranges = sequence_set(key, self.largest_seq)
            return lambda c: in_ranges(c.seq, ranges)
        raise ParseError(f"unknown search key {key}")
