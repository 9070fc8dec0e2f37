"""A thin but real IMAP4rev1 server over asyncio (with UIDPLUS, MOVE, IDLE, CONDSTORE, LITERAL+).

Each connection is a ``Session``; a misbehaving client (garbage, oversized literals, dropped
connections) gets BAD/NO or a closed connection and nothing else is affected. Memory per
connection is bounded by the line and literal limits.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..store.rawmime import parse, section
from . import utf7
from .imapformat import astring, bodystructure, envelope, flag_list, imap_date, literal, parse_internaldate
from .imapparse import ParseError, Token, in_ranges, sequence_set, text_of, tokenize
from .imapsearch import Candidate, SearchParser
from .mailstore import Mailbox, MailStore, MailStoreError, StoredMessage

log = logging.getLogger(__name__)

CAPABILITIES = (
    b"IMAP4rev1 LITERAL+ SASL-IR AUTH=PLAIN ID IDLE ENABLE NAMESPACE UIDPLUS MOVE CONDSTORE "
    b"SPECIAL-USE UNSELECT CHILDREN"
)
MAX_LINE = 64 * 1024
MAX_LITERAL = 64 << 20  # APPEND
MAX_SMALL_LITERAL = 64 * 1024  # any other command
MAX_BAD = 20
PERMANENT_FLAGS = b"(\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)"
_LITERAL = re.compile(rb"\{(\d{1,12})(\+?)\}\r?\n$")
_BODY_ITEM = re.compile(r"^(BODY|BODY\.PEEK|BINARY\.PEEK|BINARY)\[([^\]]*)\](?:<(\d+)(?:\.(\d+))?>)?$", re.I)


class Bad(Exception):
    """Answer BAD (syntax) with this text."""


class No(Exception):
    """Answer NO (refused) with this text."""


@dataclass
class Selected:
    mailbox: Mailbox
    readonly: bool
    uids: list[int]
    flags: dict[int, frozenset[str]]
    modseq: int


class Session:
    def __init__(self, server: ImapServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.server = server
        self.store = server.store
        self.reader = reader
        self.writer = writer
        self.user: str | None = None
        self.selected: Selected | None = None
        self.condstore = False
        self.bad_count = 0

    # I/O ------------------------------------------------------------------------------------
    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def untagged(self, data: bytes) -> None:
        await self.send(b"* " + data + b"\r\n")

    async def read_command(self) -> tuple[str, str, list[Token]] | None:
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
                if len(head) >= 2 and head[1].strip().upper() == b"APPEND":
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

    # main loop ------------------------------------------------------------------------------
    async def run(self) -> None:
        await self.untagged(b"OK [CAPABILITY " + CAPABILITIES + b"] QazMail IMAP ready")
        while True:
            tag = "*"
            try:
                command = await self.read_command()
                if command is None:
                    return
                tag, name, args = command
                handler: Callable[[str, list[Token]], object] | None = getattr(self, f"cmd_{name.lower()}", None)
                if handler is None or not name.isalpha():
                    raise Bad(f"unknown command {name[:30]}")
                result = await handler(tag, args)  # type: ignore[misc]
                if result == "logout":
                    return
            except Bad as exc:
                self.bad_count += 1
                await self.send(f"{tag} BAD {exc}\r\n".encode())
                if self.bad_count >= MAX_BAD:
                    await self.untagged(b"BYE too many bad commands")
                    return
            except No as exc:
                await self.send(f"{tag} NO {exc}\r\n".encode())
            except MailStoreError as exc:
                await self.send(f"{tag} NO {exc}\r\n".encode())
            except ParseError as exc:
                self.bad_count += 1
                await self.send(f"{tag} BAD {exc}\r\n".encode())

    async def ok(self, tag: str, text: str = "done") -> None:
        await self.send(f"{tag} OK {text}\r\n".encode())

    def _need_auth(self) -> str:
        if self.user is None:
            raise Bad("log in first")
        return self.user

    def _need_writable(self) -> Selected:
        selected = self._need_selected()
        if selected.readonly:
            raise No("mailbox is read-only")
        return selected

    def _need_selected(self) -> Selected:
        self._need_auth()
        if self.selected is None:
            raise Bad("select a mailbox first")
        return self.selected

    # any state ------------------------------------------------------------------------------
    async def cmd_capability(self, tag: str, args: list[Token]) -> None:
        await self.untagged(b"CAPABILITY " + CAPABILITIES)
        await self.ok(tag)

    async def cmd_noop(self, tag: str, args: list[Token]) -> None:
        await self.refresh()
        await self.ok(tag)

    async def cmd_check(self, tag: str, args: list[Token]) -> None:
        await self.cmd_noop(tag, args)

    async def cmd_logout(self, tag: str, args: list[Token]) -> str:
        await self.untagged(b"BYE logging out")
        await self.ok(tag)
        return "logout"

    async def cmd_id(self, tag: str, args: list[Token]) -> None:
        await self.untagged(b'ID ("name" "QazMail embedded server")')
        await self.ok(tag)

    async def cmd_enable(self, tag: str, args: list[Token]) -> None:
        self._need_auth()
        enabled = [text_of(a).upper() for a in args if text_of(a).upper() in ("CONDSTORE",)]
        if enabled:
            self.condstore = True
        await self.untagged(b"ENABLED " + " ".join(enabled).encode())
        await self.ok(tag)

    async def cmd_starttls(self, tag: str, args: list[Token]) -> None:
        raise No("TLS is not offered by the loopback demo server")

    # authentication -------------------------------------------------------------------------
    async def _login(self, tag: str, user: str, password: str) -> None:
        if self.user is not None:
            raise Bad("already logged in")
        found = self.store.check_password(user, password)
        if found is None:
            await asyncio.sleep(self.server.failed_login_delay)
            raise No("[AUTHENTICATIONFAILED] wrong user name or password")
        self.user = found
        await self.send(f"{tag} OK [CAPABILITY ".encode() + CAPABILITIES + b"] logged in\r\n")

    async def cmd_login(self, tag: str, args: list[Token]) -> None:
        if len(args) != 2:
            raise Bad("LOGIN user password")
        await self._login(tag, text_of(args[0]), text_of(args[1]))

    async def cmd_authenticate(self, tag: str, args: list[Token]) -> None:
        if not args or text_of(args[0]).upper() != "PLAIN":
            raise No("only AUTHENTICATE PLAIN is supported")
        if len(args) > 1:
            response = text_of(args[1]).encode()
        else:
            await self.send(b"+ \r\n")
            response = (await self.reader.readline()).strip()
        if response == b"*":
            raise Bad("authentication cancelled")
        try:
            _authz, user, password = base64.b64decode(response, validate=True).split(b"\x00")
        except (binascii.Error, ValueError) as exc:
            raise Bad("malformed PLAIN response") from exc
        await self._login(tag, user.decode("utf-8", "replace"), password.decode("utf-8", "replace"))

    # mailboxes ------------------------------------------------------------------------------
    def _name(self, token: Token) -> str:
        try:
            return utf7.decode(text_of(token))
        except (ValueError, UnicodeDecodeError) as exc:
            raise Bad("bad modified UTF-7 mailbox name") from exc

    def _mailbox(self, token: Token) -> Mailbox:
        box = self.store.mailbox(self._need_auth(), self._name(token))
        if box is None:
            raise No("[NONEXISTENT] no such mailbox")
        return box

    async def cmd_namespace(self, tag: str, args: list[Token]) -> None:
        self._need_auth()
        await self.untagged(b'NAMESPACE (("" "/")) NIL NIL')
        await self.ok(tag)

    async def cmd_create(self, tag: str, args: list[Token]) -> None:
        user = self._need_auth()
        if len(args) != 1:
            raise Bad("CREATE mailbox")
        self.store.create(user, self._name(args[0]))
        await self.ok(tag, "created")

    async def cmd_delete(self, tag: str, args: list[Token]) -> None:
        user = self._need_auth()
        if len(args) != 1:
            raise Bad("DELETE mailbox")
        name = self._name(args[0])
        self.store.delete(user, name)
        if self.selected and self.selected.mailbox.name == name:
            self.selected = None
        await self.ok(tag, "deleted")

    async def cmd_rename(self, tag: str, args: list[Token]) -> None:
        user = self._need_auth()
        if len(args) != 2:
            raise Bad("RENAME old new")
        self.store.rename(user, self._name(args[0]), self._name(args[1]))
        await self.ok(tag, "renamed")

    async def cmd_subscribe(self, tag: str, args: list[Token]) -> None:
        self.store.subscribe(self._need_auth(), self._mailbox(args[0]).name if args else "", True)
        await self.ok(tag)

    async def cmd_unsubscribe(self, tag: str, args: list[Token]) -> None:
        self.store.subscribe(self._need_auth(), self._name(args[0]) if args else "", False)
        await self.ok(tag)

    async def cmd_list(self, tag: str, args: list[Token], lsub: bool = False) -> None:
        user = self._need_auth()
        if len(args) < 2:
            raise Bad("LIST reference pattern")
        reference, pattern = self._name(args[0]), self._name(args[1])
        if pattern == "":
            await self.untagged(b'LIST (\\Noselect) "/" ""')
            await self.ok(tag)
            return
        regex = re.compile(
            "^" + re.escape(reference + pattern).replace(r"\*", ".*").replace("%", "[^/]*") + "$",
            re.IGNORECASE if (reference + pattern).upper().startswith("INBOX") else 0,
        )
        boxes = self.store.mailboxes(user)
        names = {b.name for b in boxes}
        word = b"LSUB" if lsub else b"LIST"
        for box in sorted(boxes, key=lambda b: (b.name != "INBOX", b.name)):
            if not regex.match(box.name) or (lsub and not box.subscribed):
                continue
            children = any(n.startswith(box.name + "/") for n in names)
            flags = ["\\HasChildren" if children else "\\HasNoChildren"]
            if box.special_use:
                flags.append(box.special_use)
            await self.untagged(word + b" (" + " ".join(flags).encode() + b') "/" ' + astring(utf7.encode(box.name)))
        await self.ok(tag)

    async def cmd_lsub(self, tag: str, args: list[Token]) -> None:
        await self.cmd_list(tag, args, lsub=True)

    async def cmd_status(self, tag: str, args: list[Token]) -> None:
        if len(args) != 2 or not isinstance(args[1], list):
            raise Bad("STATUS mailbox (items)")
        box = self._mailbox(args[0])
        messages = self.store.messages(box.id)
        uidvalidity, uidnext, modseq = self.store.state(box.id)
        values = {
            "MESSAGES": len(messages),
            "RECENT": 0,
            "UIDNEXT": uidnext,
            "UIDVALIDITY": uidvalidity,
            "UNSEEN": sum(1 for m in messages if "\\Seen" not in m.flags),
            "HIGHESTMODSEQ": modseq,
        }
        out = []
        for item in args[1]:
            key = text_of(item).upper()
            if key not in values:
                raise Bad(f"unknown STATUS item {key}")
            out.append(f"{key} {values[key]}")
            if key == "HIGHESTMODSEQ":
                self.condstore = True
        await self.untagged(b"STATUS " + astring(utf7.encode(box.name)) + b" (" + " ".join(out).encode() + b")")
        await self.ok(tag)

    async def cmd_select(self, tag: str, args: list[Token], readonly: bool = False) -> None:
        if not args:
            raise Bad("SELECT mailbox")
        self.selected = None
        if len(args) > 1 and isinstance(args[1], list) and any(text_of(a).upper() == "CONDSTORE" for a in args[1]):
            self.condstore = True
        box = self._mailbox(args[0])
        messages = self.store.messages(box.id)
        uidvalidity, uidnext, modseq = self.store.state(box.id)
        self.selected = Selected(box, readonly, [m.uid for m in messages], {m.uid: m.flags for m in messages}, modseq)
        await self.untagged(b"FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)")
        await self.untagged(b"OK [PERMANENTFLAGS " + (b"()" if readonly else PERMANENT_FLAGS) + b"] flags")
        await self.untagged(b"%d EXISTS" % len(messages))
        await self.untagged(b"0 RECENT")
        unseen = next((i for i, m in enumerate(messages, 1) if "\\Seen" not in m.flags), None)
        if unseen:
            await self.untagged(b"OK [UNSEEN %d] first unseen" % unseen)
        await self.untagged(b"OK [UIDVALIDITY %d] UIDs valid" % uidvalidity)
        await self.untagged(b"OK [UIDNEXT %d] predicted next UID" % uidnext)
        await self.untagged(b"OK [HIGHESTMODSEQ %d] highest" % modseq)
        await self.ok(tag, "[READ-ONLY] examined" if readonly else "[READ-WRITE] selected")

    async def cmd_examine(self, tag: str, args: list[Token]) -> None:
        await self.cmd_select(tag, args, readonly=True)

    async def cmd_close(self, tag: str, args: list[Token]) -> None:
        selected = self._need_selected()
        if not selected.readonly:
            self.store.expunge(selected.mailbox.id)
        self.selected = None
        await self.ok(tag, "closed")

    async def cmd_unselect(self, tag: str, args: list[Token]) -> None:
        self._need_selected()
        self.selected = None
        await self.ok(tag, "unselected")

    async def cmd_append(self, tag: str, args: list[Token]) -> None:
        self._need_auth()
        if len(args) < 2 or not isinstance(args[-1], bytes):
            raise Bad("APPEND mailbox [(flags)] [date] {literal}")
        box = self._mailbox(args[0])
        flags: list[str] = []
        when = None
        for extra in args[1:-1]:
            if isinstance(extra, list):
                flags = [text_of(f) for f in extra]
            else:
                try:
                    when = parse_internaldate(text_of(extra))
                except (ValueError, IndexError) as exc:
                    raise Bad("bad APPEND date") from exc
        uid = self.store.append(box.id, args[-1], [f for f in flags if f != "\\Recent"], when)
        uidvalidity, _, _ = self.store.state(box.id)
        if self.selected and self.selected.mailbox.id == box.id:
            await self.refresh()
        await self.ok(tag, f"[APPENDUID {uidvalidity} {uid}] appended")

    # selected state -------------------------------------------------------------------------
    async def refresh(self) -> None:
        """Tell this client what others changed: expunges, new messages, flag changes."""
        selected = self.selected
        if selected is None:
            return
        try:
            messages = self.store.messages(selected.mailbox.id)
            _, _, modseq = self.store.state(selected.mailbox.id)
        except MailStoreError:
            self.selected = None
            await self.untagged(b"BYE the selected mailbox was deleted")
            return
        current = {m.uid: m for m in messages}
        for seq in range(len(selected.uids), 0, -1):
            uid = selected.uids[seq - 1]
            if uid not in current:
                del selected.uids[seq - 1]
                selected.flags.pop(uid, None)
                await self.untagged(b"%d EXPUNGE" % seq)
        known = set(selected.uids)
        added = [m.uid for m in messages if m.uid not in known]
        if added:
            selected.uids.extend(added)
            selected.uids.sort()
            await self.untagged(b"%d EXISTS" % len(selected.uids))
        for seq, uid in enumerate(selected.uids, 1):
            message = current[uid]
            if uid in known and selected.flags.get(uid) != message.flags:
                extra = b" MODSEQ (%d)" % message.modseq if self.condstore else b""
                await self.untagged(b"%d FETCH (UID %d FLAGS %s%s)" % (seq, uid, flag_list(message.flags), extra))
            selected.flags[uid] = message.flags
        selected.modseq = modseq

    def _targets(self, set_text: str, by_uid: bool) -> list[tuple[int, StoredMessage]]:
        selected = self._need_selected()
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

    async def cmd_uid(self, tag: str, args: list[Token]) -> None:
        if not args:
            raise Bad("UID command ...")
        sub = text_of(args[0]).upper()
        handlers = {
            "FETCH": self._fetch,
            "SEARCH": self._search,
            "STORE": self._store,
            "COPY": self._copy,
            "MOVE": self._move,
            "EXPUNGE": self._uid_expunge,
        }
        if sub not in handlers:
            raise Bad(f"UID {sub[:20]} is not supported")
        await handlers[sub](tag, args[1:], True)

    async def cmd_fetch(self, tag: str, args: list[Token]) -> None:
        await self._fetch(tag, args, False)

    async def cmd_search(self, tag: str, args: list[Token]) -> None:
        await self._search(tag, args, False)

    async def cmd_store(self, tag: str, args: list[Token]) -> None:
        await self._store(tag, args, False)

    async def cmd_copy(self, tag: str, args: list[Token]) -> None:
        await self._copy(tag, args, False)

    async def cmd_move(self, tag: str, args: list[Token]) -> None:
        await self._move(tag, args, False)

    async def cmd_expunge(self, tag: str, args: list[Token]) -> None:
        selected = self._need_writable()
        self.store.expunge(selected.mailbox.id)
        await self.refresh()
        await self.ok(tag, "expunged")

    async def _uid_expunge(self, tag: str, args: list[Token], by_uid: bool) -> None:
        selected = self._need_writable()
        if len(args) != 1:
            raise Bad("UID EXPUNGE set")
        targets = self._targets(text_of(args[0]), True)
        self.store.expunge(selected.mailbox.id, [m.uid for _, m in targets])
        await self.refresh()
        await self.ok(tag, "expunged")

    async def _fetch(self, tag: str, args: list[Token], by_uid: bool) -> None:
        if len(args) < 2:
            raise Bad("FETCH set items")
        selected = self._need_selected()
        targets = self._targets(text_of(args[0]), by_uid)
        items = args[1] if isinstance(args[1], list) else [args[1]]
        names = [text_of(i).upper() if not isinstance(i, list) else "" for i in items]
        macros = {
            "ALL": ["FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE"],
            "FAST": ["FLAGS", "INTERNALDATE", "RFC822.SIZE"],
            "FULL": ["FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE", "BODY"],
        }
        if len(names) == 1 and names[0] in macros:
            names = macros[names[0]]
        else:  # restore the original spelling inside sections, e.g. HEADER.FIELDS lists
            names = [self._fetch_item_text(i) for i in items]
        changed_since = None
        if len(args) > 2 and isinstance(args[2], list):
            mods = [text_of(m).upper() for m in args[2] if not isinstance(m, list)]
            if "CHANGEDSINCE" in mods:
                changed_since = int(mods[mods.index("CHANGEDSINCE") + 1])
                self.condstore = True
        if by_uid and "UID" not in names:
            names.insert(0, "UID")
        if (self.condstore and changed_since is not None) and "MODSEQ" not in names:
            names.append("MODSEQ")
        for seq, message in targets:
            if changed_since is not None and message.modseq <= changed_since:
                continue
            parts, marked_seen = self._fetch_one(message, names, selected)
            if marked_seen:
                parts.append(b"FLAGS " + flag_list(selected.flags[message.uid]))
            await self.send(b"* %d FETCH (" % seq + b" ".join(parts) + b")\r\n")
        await self.ok(tag, "fetched")

    @staticmethod
    def _fetch_item_text(item: Token) -> str:
        if isinstance(item, list):
            raise Bad("unexpected list in FETCH items")
        text = text_of(item)
        head, bracket, rest = text.partition("[")
        return head.upper() + bracket + rest

    def _fetch_one(self, message: StoredMessage, names: list[str], selected: Selected) -> tuple[list[bytes], bool]:
        parts: list[bytes] = []
        raw: bytes | None = None
        marked_seen = False

        def content() -> bytes:
            nonlocal raw
            if raw is None:
                raw = self.store.read(message.blob)
            return raw

        for name in names:
            upper = name.upper()
            if upper == "UID":
                parts.append(b"UID %d" % message.uid)
            elif upper == "FLAGS":
                parts.append(b"FLAGS " + flag_list(selected.flags.get(message.uid, message.flags)))
            elif upper == "INTERNALDATE":
                parts.append(b"INTERNALDATE " + imap_date(message.internaldate))
            elif upper == "RFC822.SIZE":
                parts.append(b"RFC822.SIZE %d" % message.size)
            elif upper == "MODSEQ":
                parts.append(b"MODSEQ (%d)" % message.modseq)
            elif upper == "ENVELOPE":
                parts.append(b"ENVELOPE " + envelope(parse(content())))
            elif upper == "BODYSTRUCTURE":
                parts.append(b"BODYSTRUCTURE " + bodystructure(parse(content())))
            elif upper == "BODY":
                parts.append(b"BODY " + bodystructure(parse(content()), extended=False))
            elif upper in ("RFC822", "RFC822.HEADER", "RFC822.TEXT"):
                spec = {"RFC822": "", "RFC822.HEADER": "HEADER", "RFC822.TEXT": "TEXT"}[upper]
                parts.append(upper.encode() + b" " + literal(section(parse(content()), spec, content())))
                marked_seen |= upper != "RFC822.HEADER" and self._mark_seen(message, selected)
            else:
                match = _BODY_ITEM.match(name)
                if match is None:
                    raise Bad(f"unknown FETCH item {name[:40]}")
                kind, spec, origin, length = match.groups()
                data = self._section_bytes(content(), spec)
                label = f"{kind.upper().replace('.PEEK', '')}[{spec}]"
                if origin is not None:
                    start = int(origin)
                    data = data[start : start + int(length)] if length is not None else data[start:]
                    label += f"<{start}>"
                parts.append(label.encode() + b" " + literal(data))
                if ".PEEK" not in kind.upper():
                    marked_seen |= self._mark_seen(message, selected)
        return parts, marked_seen

    @staticmethod
    def _section_bytes(raw: bytes, spec: str) -> bytes:
        upper = spec.upper()
        fields_match = re.match(r"^(.*?)(HEADER\.FIELDS(?:\.NOT)?)\s*\((.*)\)$", upper)
        if fields_match is None:
            return section(parse(raw), upper, raw)
        prefix, kind, field_list = fields_match.groups()
        header = section(parse(raw), (prefix + "HEADER").strip("."), raw)
        wanted = {f.strip('"').lower() for f in field_list.split()}
        keep_matching = not kind.endswith(".NOT")
        out: list[bytes] = []
        keep = False
        for line in header.splitlines(keepends=True):
            if line in (b"\r\n", b"\n"):
                break
            if line[:1] in (b" ", b"\t"):
                if keep:
                    out.append(line)
                continue
            name = line.split(b":", 1)[0].decode("ascii", "replace").strip().lower()
            keep = (name in wanted) == keep_matching
            if keep:
                out.append(line)
        return b"".join(out) + b"\r\n"

    def _mark_seen(self, message: StoredMessage, selected: Selected) -> bool:
        if selected.readonly or "\\Seen" in selected.flags.get(message.uid, message.flags):
            return False
        changed, _ = self.store.store_flags(selected.mailbox.id, [message.uid], "+", ["\\Seen"])
        if message.uid in changed:
            selected.flags[message.uid] = changed[message.uid]
            return True
        return False

    async def _search(self, tag: str, args: list[Token], by_uid: bool) -> None:
        selected = self._need_selected()
        messages = {m.uid: m for m in self.store.messages(selected.mailbox.id)}
        candidates = [
            Candidate(seq, messages[u], lambda m: self.store.read(m.blob))
            for seq, u in enumerate(selected.uids, 1)
            if u in messages
        ]
        parser = SearchParser(args, len(selected.uids), max(selected.uids, default=0))
        predicate = parser.parse_all()
        found = [c for c in candidates if predicate(c)]
        numbers = " ".join(str(c.message.uid if by_uid else c.seq) for c in found)
        line = b"SEARCH" + (b" " + numbers.encode() if numbers else b"")
        if parser.uses_modseq and found:
            line += b" (MODSEQ %d)" % max(c.message.modseq for c in found)
        await self.untagged(line)
        await self.ok(tag, "searched")

    async def _store(self, tag: str, args: list[Token], by_uid: bool) -> None:
        selected = self._need_writable()
        if len(args) < 3:
            raise Bad("STORE set item flags")
        rest = args[1:]
        unchanged_since = None
        if isinstance(rest[0], list):
            mods = [text_of(m).upper() for m in rest[0]]
            if "UNCHANGEDSINCE" in mods:
                unchanged_since = int(mods[mods.index("UNCHANGEDSINCE") + 1])
                self.condstore = True
            rest = rest[1:]
        item = text_of(rest[0]).upper()
        flag_tokens = rest[1] if len(rest) == 2 and isinstance(rest[1], list) else rest[1:]
        flags = [text_of(f) for f in flag_tokens if not isinstance(f, list)]
        base = item.removesuffix(".SILENT")
        if base not in ("FLAGS", "+FLAGS", "-FLAGS"):
            raise Bad(f"unknown STORE item {item[:20]}")
        mode = base[0] if base[0] in "+-" else ""
        targets = self._targets(text_of(args[0]), by_uid)
        changed, failed = self.store.store_flags(
            selected.mailbox.id,
            [m.uid for _, m in targets],
            mode,
            [f for f in flags if f != "\\Recent"],
            unchanged_since,
        )
        fresh = {m.uid: m for m in self.store.messages(selected.mailbox.id)}
        for seq, message in targets:
            if message.uid in failed:
                continue
            new_flags = changed.get(message.uid, message.flags)
            selected.flags[message.uid] = new_flags
            if not item.endswith(".SILENT") or (message.uid in changed and unchanged_since is not None):
                extra = b" UID %d" % message.uid if by_uid else b""
                if self.condstore and message.uid in fresh:
                    extra += b" MODSEQ (%d)" % fresh[message.uid].modseq
                await self.untagged(b"%d FETCH (FLAGS %s%s)" % (seq, flag_list(new_flags), extra))
        if failed:
            await self.ok(tag, f"[MODIFIED {','.join(map(str, failed))}] some messages changed meanwhile")
        else:
            await self.ok(tag, "stored")

    async def _copy(self, tag: str, args: list[Token], by_uid: bool) -> None:
        selected = self._need_selected()
        if len(args) != 2:
            raise Bad("COPY set mailbox")
        target = self._mailbox(args[1])
        targets = self._targets(text_of(args[0]), by_uid)
        pairs = self.store.copy(selected.mailbox.id, [m.uid for _, m in targets], target.id)
        uidvalidity, _, _ = self.store.state(target.id)
        if pairs:
            await self.ok(tag, f"{_copyuid(uidvalidity, pairs)} copied")
        else:
            await self.ok(tag, "nothing to copy")

    async def _move(self, tag: str, args: list[Token], by_uid: bool) -> None:
        selected = self._need_writable()
        if len(args) != 2:
            raise Bad("MOVE set mailbox")
        target = self._mailbox(args[1])
        targets = self._targets(text_of(args[0]), by_uid)
        pairs = self.store.copy(selected.mailbox.id, [m.uid for _, m in targets], target.id)
        uidvalidity, _, _ = self.store.state(target.id)
        if pairs:
            await self.untagged(f"OK {_copyuid(uidvalidity, pairs)} moved".encode())
        self.store.remove(selected.mailbox.id, [a for a, _ in pairs])
        await self.refresh()
        await self.ok(tag, "moved")

    async def cmd_idle(self, tag: str, args: list[Token]) -> None:
        self._need_auth()
        await self.send(b"+ idling\r\n")
        while True:
            await self.refresh()
            try:
                line = await asyncio.wait_for(self.reader.readline(), timeout=self.server.idle_poll)
            except TimeoutError:
                continue
            if not line:
                return
            if line.strip().upper() == b"DONE":
                break
            raise Bad("expected DONE")
        await self.ok(tag, "IDLE terminated")


def _copyuid(uidvalidity: int, pairs: list[tuple[int, int]]) -> str:
    """The UIDPLUS response code for copied messages (source UIDs, their new UIDs)."""
    return f"[COPYUID {uidvalidity} {','.join(str(a) for a, _ in pairs)} {','.join(str(b) for _, b in pairs)}]"


class ImapServer:
    def __init__(
        self,
        store: MailStore,
        host: str = "127.0.0.1",
        port: int = 0,
        idle_poll: float = 0.5,
        failed_login_delay: float = 0.2,
    ) -> None:
        self.store = store
        self.host = host
        self.port = port
        self.idle_poll = idle_poll
        self.failed_login_delay = failed_login_delay
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.host, self.port, limit=MAX_LINE)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            await Session(self, reader, writer).run()
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            pass
        except asyncio.CancelledError:
            # the server is shutting down: end the session quietly (a cancelled connection task
            # makes Python 3.11's stream protocol print a spurious traceback)
            pass
        except Exception:  # one broken session must never take the server down
            log.exception("IMAP session failed")
            with contextlib.suppress(ConnectionError, RuntimeError):
                writer.write(b"* BYE internal server error\r\n")
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(ConnectionError, OSError, asyncio.CancelledError):
                await writer.wait_closed()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):  # IDLE clients would otherwise keep their sessions open
                writer.close()
            await self._server.wait_closed()
