"""One client's session: its state (who logged in, what is selected) and the command loop.

Commands are looked up in the handler tables of ``any_state``, ``mailboxes`` and ``selected``;
a misbehaving client gets BAD/NO (and after ``MAX_BAD`` bad commands, BYE), nothing else. A client
that has not logged in within ``login_timeout`` of connecting, or once logged in stays silent for
``imap_idle_timeout``, is told BYE and disconnected.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from .. import utf7
from ..imapformat import flag_list
from ..imapparse import ParseError, Token, in_ranges, sequence_set, text_of
from ..mailstore import Mailbox, MailStore, MailStoreError, StoredMessage
from . import any_state, mailboxes, selected
from .connection import Bad, Connection, No
from .state import CAPABILITIES, Selected

if TYPE_CHECKING:
    from ..imapserver import ImapServer

MAX_BAD = 20
Handler = Callable[["Session", str, list[Token]], Awaitable[None]]
COMMANDS: dict[str, Handler] = {**any_state.HANDLERS, **mailboxes.HANDLERS, **selected.HANDLERS}


class Session:
    def __init__(self, server: ImapServer, conn: Connection, peer: str) -> None:
        self.server = server
        self.store: MailStore = server.store
        self.conn = conn
        self.peer = peer
        self.login_deadline = asyncio.get_running_loop().time() + server.limits.login_timeout
        self.user: str | None = None
        self.selected: Selected | None = None
        self.condstore = False
        self.logged_out = False

    async def run(self) -> None:
        await self.conn.untagged(b"OK [CAPABILITY " + CAPABILITIES + b"] QazMail IMAP ready")
        bad_count = 0
        while not self.logged_out:
            tag = "*"
            try:
                async with asyncio.timeout(self.idle_limit()):
                    command = await self.conn.read_command(logged_in=self.user is not None)
                if command is None:
                    return
                tag, name, args = command
                handler = COMMANDS.get(name)
                if handler is None:
                    raise Bad(f"unknown command {name[:30]}")
                await handler(self, tag, args)
            except (Bad, ParseError) as exc:
                bad_count += 1
                await self.conn.send(f"{tag} BAD {exc}\r\n".encode())
                if bad_count >= MAX_BAD:
                    await self.conn.untagged(b"BYE too many bad commands")
                    return
            except (No, MailStoreError) as exc:
                await self.conn.send(f"{tag} NO {exc}\r\n".encode())
            except TimeoutError:
                await self.conn.untagged(b"BYE idle for too long" if self.user else b"BYE log in sooner")
                return

    def idle_limit(self) -> float:
        """Seconds this client may now stay silent: until the login deadline, or once logged in
        the idle timeout (restarting with every command)."""
        if self.user is None:
            return max(0.0, self.login_deadline - asyncio.get_running_loop().time())
        return self.server.limits.imap_idle_timeout

    async def read_continuation(self) -> bytes:
        """AUTHENTICATE's continuation line within ``idle_limit``: a
        ``TimeoutError`` ends the session with BYE."""
        async with asyncio.timeout(self.idle_limit()):
            return await self.conn.readline()

    # what a command needs -----------------------------------------------------------------
    def need_auth(self) -> str:
        if self.user is None:
            raise Bad("log in first")
        return self.user

    def need_selected(self) -> Selected:
        self.need_auth()
        if self.selected is None:
            raise Bad("select a mailbox first")
        return self.selected

    def need_writable(self) -> Selected:
        selected = self.need_selected()
        if selected.readonly:
            raise No("mailbox is read-only")
        return selected

    def mailbox_name(self, token: Token) -> str:
        try:
            return utf7.decode(text_of(token))
        except (ValueError, UnicodeDecodeError) as exc:
            raise Bad("bad modified UTF-7 mailbox name") from exc

    def mailbox(self, token: Token, *, destination: bool = False) -> Mailbox:
        """``destination``: of APPEND, COPY or MOVE, where a missing mailbox is answered with
        [TRYCREATE] so that the client creates it and tries again (RFC 3501 6.3.11, 6.4.7)."""
        box = self.store.mailbox(self.need_auth(), self.mailbox_name(token))
        if box is None:
            raise No(f"[{'TRYCREATE' if destination else 'NONEXISTENT'}] no such mailbox")
        return box

    def targets(self, set_text: str, by_uid: bool) -> list[tuple[int, StoredMessage]]:
        """(sequence number, message) for a sequence set or UID set in the selected mailbox."""
        selected = self.need_selected()
        messages = {m.uid: m for m in self.store.messages(selected.mailbox.id)}
        uids = [u for u in selected.uids if u in messages]
        if by_uid:
            ranges = sequence_set(set_text, max(uids, default=0))
            return [
                (seq, messages[u]) for seq, u in enumerate(selected.uids, 1) if u in messages and in_ranges(u, ranges)
            ]
        ranges = sequence_set(set_text, len(selected.uids))
        return [
            (seq, messages[u]) for seq, u in enumerate(selected.uids, 1) if u in messages and in_ranges(seq, ranges)
        ]

    async def refresh(self) -> None:
        """Tell this client what others changed: expunges, new messages, flag changes."""
        current_box = self.selected
        if current_box is None:
            return
        try:
            messages = self.store.messages(current_box.mailbox.id)
            _, _, modseq = self.store.state(current_box.mailbox.id)
        except MailStoreError:
            self.selected = None
            await self.conn.untagged(b"BYE the selected mailbox was deleted")
            return
        current = {m.uid: m for m in messages}
        for seq in range(len(current_box.uids), 0, -1):
            uid = current_box.uids[seq - 1]
            if uid not in current:
                del current_box.uids[seq - 1]
                current_box.flags.pop(uid, None)
                await self.conn.untagged(b"%d EXPUNGE" % seq)
        known = set(current_box.uids)
        added = [m.uid for m in messages if m.uid not in known]
        if added:
            current_box.uids.extend(added)
            current_box.uids.sort()
            await self.conn.untagged(b"%d EXISTS" % len(current_box.uids))
        for seq, uid in enumerate(current_box.uids, 1):
            message = current[uid]
            if uid in known and current_box.flags.get(uid) != message.flags:
                extra = b" MODSEQ (%d)" % message.modseq if self.condstore else b""
                await self.conn.untagged(b"%d FETCH (UID %d FLAGS %s%s)" % (seq, uid, flag_list(message.flags), extra))
            current_box.flags[uid] = message.flags
        current_box.modseq = modseq
