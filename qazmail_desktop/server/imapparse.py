"""Parsing IMAP command arguments: atoms, quoted strings, literals, lists, sequence sets."""

from __future__ import annotations

from dataclasses import dataclass

Token = str | bytes | list["Token"]  # atom or quoted string | literal | parenthesized list


class ParseError(Exception):
    """Malformed command syntax (answered BAD)."""


@dataclass(frozen=True)
class _Quoted:
    text: str


_ATOM_END = b" ()\r\n"


def _lex(text: bytes) -> list[object]:
    out: list[object] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i : i + 1]
        if c == b" ":
            i += 1
        elif c in (b"(", b")"):
            out.append(c.decode())
            i += 1
        elif c == b'"':
            i += 1
            buf = bytearray()
            while True:
                if i >= n:
                    raise ParseError("unterminated quoted string")
                byte = text[i]
                if byte == 0x5C and i + 1 < n:  # backslash
                    buf.append(text[i + 1])
                    i += 2
                elif byte == 0x22:
                    i += 1
                    break
                else:
                    buf.append(byte)
                    i += 1
            out.append(_Quoted(buf.decode("utf-8", "surrogateescape")))
        else:
            start = i
            depth = 0
            while i < n:
                ch = text[i : i + 1]
                if ch == b"[":
                    depth += 1
                elif ch == b"]":
                    depth = max(0, depth - 1)
                elif depth == 0 and ch in (b" ", b"(", b")"):
                    break
                i += 1
            out.append(text[start:i].decode("utf-8", "surrogateescape"))
    return out


def tokenize(segments: list[bytes]) -> list[Token]:
    """``segments`` alternate text and literal data: [text, literal, text, ..., text]."""
    flat: list[object] = []
    for index, segment in enumerate(segments):
        if index % 2:
            flat.append(bytes(segment))
        else:
            flat.extend(_lex(segment))
    stack: list[list[Token]] = [[]]
    for item in flat:
        if item == "(":
            stack.append([])
        elif item == ")":
            if len(stack) == 1:
                raise ParseError("unbalanced parenthesis")
            done = stack.pop()
            stack[-1].append(done)
        elif isinstance(item, _Quoted):
            stack[-1].append(item.text)
        else:
            stack[-1].append(item)  # type: ignore[arg-type]
    if len(stack) != 1:
        raise ParseError("unbalanced parenthesis")
    return stack[0]


def text_of(token: Token) -> str:
    if isinstance(token, bytes):
        return token.decode("utf-8", "surrogateescape")
    if isinstance(token, list):
        raise ParseError("expected a string, got a list")
    return token


def sequence_set(text: str, largest: int) -> list[tuple[int, int]]:
    """``1:4,7,9:*`` as (low, high) ranges; * is ``largest`` (the highest number in use)."""
    if not text:
        raise ParseError("empty sequence set")
    ranges = []
    for piece in text.split(","):
        lo_text, sep, hi_text = piece.partition(":")
        lo = _seq_number(lo_text, largest)
        hi = _seq_number(hi_text, largest) if sep else lo
        ranges.append((min(lo, hi), max(lo, hi)))
    return ranges


def _seq_number(value: str, largest: int) -> int:
    if value == "*":
        return largest
    if not value.isdigit() or int(value) == 0 or len(value) > 10:
        raise ParseError(f"bad sequence number {value!r}")
    return int(value)


def in_ranges(value: int, ranges: list[tuple[int, int]]) -> bool:
    return any(lo <= value <= hi for lo, hi in ranges)
