"""Encoding IMAP response data: strings, ENVELOPE, BODYSTRUCTURE, dates."""

from __future__ import annotations

import datetime as dt
from email.utils import getaddresses

from ..store.rawmime import Part

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def astring(value: str | bytes | None) -> bytes:
    """NIL, a quoted string, or a literal when the value has CR/LF, 8-bit bytes or is long."""
    if value is None:
        return b"NIL"
    data = value.encode("utf-8", "surrogateescape") if isinstance(value, str) else value
    if b"\r" in data or b"\n" in data or any(b > 0x7E for b in data) or len(data) > 1000 or b"\x00" in data:
        return b"{%d}\r\n" % len(data) + data
    return b'"' + data.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


def literal(data: bytes) -> bytes:
    return b"{%d}\r\n" % len(data) + data


def imap_date(when: dt.datetime) -> bytes:
    when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    offset = when.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    zone = f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    text = f"{when.day:02d}-{_MONTHS[when.month - 1]}-{when.year:04d} {when:%H:%M:%S} {zone}"
    return b'"' + text.encode() + b'"'


def parse_imap_date(text: str) -> dt.date:
    """SEARCH dates: 1-Feb-2026."""
    day, month, year = text.split("-")
    return dt.date(int(year), _MONTHS.index(month.capitalize()) + 1, int(day))


def parse_internaldate(text: str) -> dt.datetime:
    """APPEND's date-time: "25-Nov-2026 10:00:00 +0500"."""
    date_part, time_part, zone = text.strip().split()
    day, month, year = date_part.split("-")
    hour, minute, second = (int(x) for x in time_part.split(":"))
    sign = 1 if zone[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])))
    return dt.datetime(int(year), _MONTHS.index(month.capitalize()) + 1, int(day), hour, minute, second, tzinfo=tz)


def _nstring(value: str | None) -> bytes:
    return astring(value) if value else b"NIL"


def _addresses(value: str | None) -> bytes:
    if not value:
        return b"NIL"
    out = []
    for name, addr in getaddresses([value]):
        if not addr and not name:
            continue
        mailbox, _, host = addr.partition("@")
        out.append(b"(" + b" ".join([_nstring(name), b"NIL", _nstring(mailbox), _nstring(host or None)]) + b")")
    return b"(" + b"".join(out) + b")" if out else b"NIL"


def envelope(part: Part) -> bytes:
    headers = {k.lower(): v for k, v in reversed(part.headers())}
    sender = headers.get("from")
    fields = [
        _nstring(headers.get("date")),
        _nstring(headers.get("subject")),
        _addresses(sender),
        _addresses(headers.get("sender") or sender),
        _addresses(headers.get("reply-to") or sender),
        _addresses(headers.get("to")),
        _addresses(headers.get("cc")),
        _addresses(headers.get("bcc")),
        _nstring(headers.get("in-reply-to")),
        _nstring(headers.get("message-id")),
    ]
    return b"(" + b" ".join(fields) + b")"


def _params(params: dict[str, str]) -> bytes:
    if not params:
        return b"NIL"
    return b"(" + b" ".join(astring(k.upper()) + b" " + astring(v) for k, v in params.items()) + b")"


def _disposition(part: Part) -> bytes:
    value = part.get("Content-Disposition")
    if not value:
        return b"NIL"
    kind, _, rest = value.partition(";")
    params = {}
    for piece in rest.split(";"):
        if "=" in piece:
            key, _, val = piece.partition("=")
            params[key.strip().lower()] = val.strip().strip('"')
    return b"(" + astring(kind.strip().lower()) + b" " + _params(params) + b")"


def bodystructure(part: Part, extended: bool = True) -> bytes:
    if part.children:
        inner = b"".join(bodystructure(child, extended) for child in part.children)
        subtype = part.content_type.split("/", 1)[1]
        out = b"(" + inner + b" " + astring(subtype.upper())
        if extended:
            out += b" " + _params(part.params) + b" " + _disposition(part) + b" NIL NIL"
        return out + b")"
    maintype, subtype = part.content_type.split("/", 1)
    encoding = (part.get("Content-Transfer-Encoding") or "7bit").strip().upper()
    fields = [
        astring(maintype.upper()),
        astring(subtype.upper()),
        _params(part.params),
        _nstring(part.get("Content-ID")),
        _nstring(part.get("Content-Description")),
        astring(encoding),
        str(len(part.body)).encode(),
    ]
    if part.content_type == "message/rfc822" and part.message is not None:
        fields += [envelope(part.message), bodystructure(part.message, extended), str(part.body.count(b"\n")).encode()]
    elif maintype == "text":
        fields.append(str(part.body.count(b"\n")).encode())
    if extended:
        fields += [b"NIL", _disposition(part), b"NIL", b"NIL"]
    return b"(" + b" ".join(fields) + b")"


def flag_list(flags: frozenset[str] | set[str]) -> bytes:
    return b"(" + " ".join(sorted(flags)).encode() + b")"
