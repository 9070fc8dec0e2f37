"""Reading commands (with their literals) and writing responses, within fixed memory bounds."""

from __future__ import annotations

import asyncio
import re

from ..imapparse import ParseError, Token, tokenize

MAX_LINE = 64 * 1024
MAX_LITERAL = 64 << 20  # APPEND
MAX_SMALL_LITERAL = 64 * 1024  # any other command
_LITERAL = re.compile(rb"\{(\d{1,12})(\+?)\}\r?\n$")


class Bad(Exception):
    """Answer BAD (syntax) with this text."""


class No(Exception):
    """Answer NO (refused) with this text."""


class Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def untagged(self, data: bytes) -> None:
        await self.send(b"* " + data + b"\r\n")

    async def ok(self, tag: str, text: str = "done") -> None:
        await self.send(f"{tag} OK {text}\r\n".encode())

    async def readline(self) -> bytes:
        """A continuation line (AUTHENTICATE's response, IDLE's DONE); empty when the client left."""
        return await self.reader.readline()

    async def read_command(self, logged_in: bool = True) -> tuple[str, str, list[Token]] | None:
        """(tag, COMMAND, arguments), or None when the client left. Only APPEND, once logged in, may
        send large literals (before login eight connections buffered 60 MB each)."""
        segments: list[bytes] = []
        total = 0
        limit = MAX_SMALL_LITERAL
        while True:
            try:
                line = await self.reader.readuntil(b"\n")
            except asyncio.LimitOverrunError:
                raise Bad("line too long") from None
            except asyncio.IncompleteReadError:
                return None
            if not segments:
                head = line.split(b" ", 2)
                if logged_in and len(head) >= 2 and head[1].strip().upper() == b"APPEND":
                    limit = MAX_LITERAL
            match = _LITERAL.search(line)
            if match is None:
                segments.append(line.rstrip(b"\r\n"))
                break
            size = int(match.group(1))
            non_sync = bool(match.group(2))
            total += size
            if size > limit or total > MAX_LITERAL:
                if non_sync:  # the client sends it anyway: read and drop, bounded in memory
                    await self._discard(size)
                raise Bad(f"literal of {size} bytes is larger than allowed")
            segments.append(line[: match.start()])
            if not non_sync:
                await self.send(b"+ Ready for literal data\r\n")
            try:
                segments.append(await self.reader.readexactly(size))
            except asyncio.IncompleteReadError:
                return None
        text = segments[0]
        parts = text.split(b" ", 2)
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise Bad("expected: tag command [arguments]")
        tag = parts[0].decode("ascii", "replace")
        command = parts[1].decode("ascii", "replace").upper()
        segments[0] = parts[2] if len(parts) > 2 else b""
        try:
            args = tokenize(segments)
        except ParseError as exc:
            raise Bad(str(exc)) from exc
        return tag, command, args

    async def _discard(self, size: int) -> None:
        remaining = size
        while remaining:
            chunk = await self.reader.read(min(remaining, 65536))
            if not chunk:
                return
            remaining -= len(chunk)
