"""A streaming UID FETCH: letters come out one by one as the server sends them.

imaplib collects a whole response before returning it, and imapclient then runs a general
token parser over it; for a first sync of thousands of letters that bookkeeping cost more than
the transfer. This reader sends one UID FETCH on imapclient's own connection and reads the
answer straight off the socket: a line, the literal it announces, the rest of the line. Items
are picked from the non-literal text, so the order the server sends them in does not matter,
and unsolicited responses in between (EXISTS, another client's flag change) are skipped.
"""

from __future__ import annotations

import datetime as dt
import imaplib
import re
from collections.abc import Generator, Iterable
from dataclasses import dataclass

import imapclient.exceptions

_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")
_UID = re.compile(rb"\bUID (\d+)")
_FLAGS = re.compile(rb"\bFLAGS \(([^)]*)\)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_DATE = re.compile(rb'\bINTERNALDATE "([^"]+)"')
_FETCH = re.compile(rb"\* \d+ FETCH ")
_SECTION_VALUE = re.compile(rb'\bBODY\[[^\]]*\](?:<\d+>)? (NIL|"(?:[^"\\]|\\.)*")')


@dataclass(frozen=True)
class FetchedLetter:
    """One FETCH answer: the letter's bytes (or header) and its attributes."""

    uid: int
    flags: tuple[str, ...]
    size: int
    internaldate: dt.datetime | None
    data: bytes


_MONTHS = {m: n for n, m in enumerate(b"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}
_DATE_TIME = re.compile(rb"^ ?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)$")


def _internaldate(text: bytes) -> dt.datetime | None:
    """RFC 3501 date-time, read by hand: strptime took a tenth of a first sync's parsing time."""
    match = _DATE_TIME.match(text)
    month = _MONTHS.get(match.group(2).capitalize()) if match else None
    if match is None or month is None:
        return None
    day, _, year, hour, minute, second, sign, zone_h, zone_m = match.groups()
    try:
        zone = dt.timedelta(hours=int(zone_h), minutes=int(zone_m)) * (-1 if sign == b"-" else 1)
        clock = (int(hour), int(minute), int(second))
        return dt.datetime(int(year), month, int(day), *clock, tzinfo=dt.timezone(zone))
    except ValueError:  # 31-Feb, 25:00 and the like
        return None


def as_text(value: bytes | str) -> str:
    """An IMAP atom or string as text (imapclient gives bytes or str depending on the response)."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def stored_flags(flags: Iterable[bytes | str]) -> tuple[str, ...]:
    """Stored flags; \\Recent belongs to one IMAP session and would look like a change every time."""
    return tuple(text for text in map(as_text, flags) if text != "\\Recent")


def _read_line(imap: imaplib.IMAP4) -> bytes:
    line = imap.readline()
    if not line:
        raise imapclient.exceptions.IMAPClientAbortError("the server closed the connection during FETCH")
    return line


def _read_response(imap: imaplib.IMAP4) -> tuple[bytes, bytes]:
    """One response: its text with literals cut out, and the (last) literal's bytes."""
    text = []
    literal = b""
    while True:
        line = _read_line(imap)
        announced = _LITERAL.search(line)
        if announced is None:
            text.append(line)
            return b"".join(text), literal
        text.append(line[: announced.start()])
        size = int(announced.group(1))
        literal = imap.read(size)
        if len(literal) != size:
            raise imapclient.exceptions.IMAPClientAbortError("the server closed the connection inside a letter")


def _letter(text: bytes, literal: bytes) -> FetchedLetter | None:
    uid = _UID.search(text)
    if uid is None or b"BODY[" not in text:
        return None  # an unsolicited FETCH: another client changed flags meanwhile
    flags = _FLAGS.search(text)
    size = _SIZE.search(text)
    date = _DATE.search(text)
    data = literal
    if not literal:
        inline = _SECTION_VALUE.search(text)  # an empty section comes as "" or NIL, not a literal
        data = inline.group(1).strip(b'"') if inline and inline.group(1) != b"NIL" else b""
    return FetchedLetter(
        int(uid.group(1)),
        stored_flags(flags.group(1).split()) if flags else (),
        int(size.group(1)) if size else len(data),
        _internaldate(date.group(1)) if date else None,
        data,
    )


def stream_fetch(imap: imaplib.IMAP4, uid_set: str, items: str) -> Generator[FetchedLetter, None, None]:
    """Send ``UID FETCH uid_set (items)`` and yield each letter as it arrives.

    A caller that stops early (closes the iterator) has the rest of the answer read and dropped,
    so the connection can carry the next command."""
    tag = imap._new_tag()
    imap.tagged_commands.pop(tag, None)  # answered here, not by imaplib
    imap.send(tag + b" UID FETCH " + uid_set.encode("ascii") + b" (" + items.encode("ascii") + b")\r\n")
    try:
        while True:
            text, literal = _read_response(imap)
            if text.startswith(tag + b" "):
                _check_completion(text[len(tag) + 1 :])
                return
            if text.startswith(b"* BYE"):
                raise imapclient.exceptions.IMAPClientAbortError(text.decode("utf-8", "replace").strip())
            if _FETCH.match(text):
                letter = _letter(text, literal)
                if letter is not None:
                    yield letter
    except GeneratorExit:  # the caller stopped early (cancel): read the rest so the connection stays usable
        _drain(imap, tag)
        raise


def _check_completion(status: bytes) -> None:
    if not status.startswith(b"OK"):
        raise imapclient.exceptions.IMAPClientError(f"FETCH failed: {status.decode('utf-8', 'replace').strip()}")


def _drain(imap: imaplib.IMAP4, tag: bytes) -> None:
    while not _read_response(imap)[0].startswith(tag + b" "):
        pass
