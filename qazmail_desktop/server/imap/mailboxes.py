"""Commands of the authenticated state (RFC 3501 6.3): mailboxes, selecting one, APPEND and IDLE."""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING

from .. import utf7
from ..imapformat import astring, parse_internaldate
from ..imapparse import Token, text_of
from .connection import Bad
from .state import PERMANENT_FLAGS, Selected

if TYPE_CHECKING:
    from .session import Handler, Session


async def namespace(session: Session, tag: str, args: list[Token]) -> None:
    session.need_auth()
    await session.conn.untagged(b'NAMESPACE (("" "/")) NIL NIL')
    await session.conn.ok(tag)


async def create(session: Session, tag: str, args: list[Token]) -> None:
    user = session.need_auth()
    if len(args) != 1:
        raise Bad("CREATE mailbox")
    session.store.create(user, session.mailbox_name(args[0]))
    await session.conn.ok(tag, "created")


async def delete(session: Session, tag: str, args: list[Token]) -> None:
    user = session.need_auth()
    if len(args) != 1:
        raise Bad("DELETE mailbox")
    name = session.mailbox_name(args[0])
    session.store.delete(user, name)
    if session.selected and session.selected.mailbox.name == name:
        session.selected = None
    await session.conn.ok(tag, "deleted")


async def rename(session: Session, tag: str, args: list[Token]) -> None:
    user = session.need_auth()
    if len(args) != 2:
        raise Bad("RENAME old new")
    session.store.rename(user, session.mailbox_name(args[0]), session.mailbox_name(args[1]))
    await session.conn.ok(tag, "renamed")


async def subscribe(session: Session, tag: str, args: list[Token]) -> None:
    session.store.subscribe(session.need_auth(), session.mailbox(args[0]).name if args else "", True)
    await session.conn.ok(tag)


async def unsubscribe(session: Session, tag: str, args: list[Token]) -> None:
    session.store.subscribe(session.need_auth(), session.mailbox_name(args[0]) if args else "", False)
    await session.conn.ok(tag)


async def _list(session: Session, tag: str, args: list[Token], lsub: bool) -> None:
    user = session.need_auth()
    if len(args) < 2:
        raise Bad("LIST reference pattern")
    reference, pattern = session.mailbox_name(args[0]), session.mailbox_name(args[1])
    if pattern == "":
        await session.conn.untagged(b'LIST (\\Noselect) "/" ""')
        await session.conn.ok(tag)
        return
    regex = re.compile(
        "^" + re.escape(reference + pattern).replace(r"\*", ".*").replace("%", "[^/]*") + "$",
        re.IGNORECASE if (reference + pattern).upper().startswith("INBOX") else 0,
    )
    boxes = session.store.mailboxes(user)
    names = {b.name for b in boxes}
    word = b"LSUB" if lsub else b"LIST"
    for box in sorted(boxes, key=lambda b: (b.name != "INBOX", b.name)):
        if not regex.match(box.name) or (lsub and not box.subscribed):
            continue
        children = any(n.startswith(box.name + "/") for n in names)
        flags = ["\\HasChildren" if children else "\\HasNoChildren"]
        if box.special_use:
            flags.append(box.special_use)
        await session.conn.untagged(
            word + b" (" + " ".join(flags).encode() + b') "/" ' + astring(utf7.encode(box.name))
        )
    await session.conn.ok(tag)


async def list_mailboxes(session: Session, tag: str, args: list[Token]) -> None:
    await _list(session, tag, args, lsub=False)


async def list_subscribed(session: Session, tag: str, args: list[Token]) -> None:
    await _list(session, tag, args, lsub=True)


async def status(session: Session, tag: str, args: list[Token]) -> None:
    if len(args) != 2 or not isinstance(args[1], list):
        raise Bad("STATUS mailbox (items)")
    box = session.mailbox(args[0])
    messages = session.store.messages(box.id)
    uidvalidity, uidnext, modseq = session.store.state(box.id)
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
            session.condstore = True
    await session.conn.untagged(b"STATUS " + astring(utf7.encode(box.name)) + b" (" + " ".join(out).encode() + b")")
    await session.conn.ok(tag)


async def _select(session: Session, tag: str, args: list[Token], readonly: bool) -> None:
    if not args:
        raise Bad("SELECT mailbox")
    session.selected = None
    if len(args) > 1 and isinstance(args[1], list) and any(text_of(a).upper() == "CONDSTORE" for a in args[1]):
        session.condstore = True
    box = session.mailbox(args[0])
    messages = session.store.messages(box.id)
    uidvalidity, uidnext, modseq = session.store.state(box.id)
    session.selected = Selected(box, readonly, [m.uid for m in messages], {m.uid: m.flags for m in messages}, modseq)
    untagged = session.conn.untagged
    await untagged(b"FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)")
    await untagged(b"OK [PERMANENTFLAGS " + (b"()" if readonly else PERMANENT_FLAGS) + b"] flags")
    await untagged(b"%d EXISTS" % len(messages))
    await untagged(b"0 RECENT")
    unseen = next((i for i, m in enumerate(messages, 1) if "\\Seen" not in m.flags), None)
    if unseen:
        await untagged(b"OK [UNSEEN %d] first unseen" % unseen)
    await untagged(b"OK [UIDVALIDITY %d] UIDs valid" % uidvalidity)
    await untagged(b"OK [UIDNEXT %d] predicted next UID" % uidnext)
    await untagged(b"OK [HIGHESTMODSEQ %d] highest" % modseq)
    await session.conn.ok(tag, "[READ-ONLY] examined" if readonly else "[READ-WRITE] selected")


async def select(session: Session, tag: str, args: list[Token]) -> None:
    await _select(session, tag, args, readonly=False)


async def examine(session: Session, tag: str, args: list[Token]) -> None:
    await _select(session, tag, args, readonly=True)


async def append(session: Session, tag: str, args: list[Token]) -> None:
    session.need_auth()
    if len(args) < 2 or not isinstance(args[-1], bytes):
        raise Bad("APPEND mailbox [(flags)] [date] {literal}")
    box = session.mailbox(args[0], destination=True)
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
    uid = session.store.append(box.id, args[-1], [f for f in flags if f != "\\Recent"], when)
    uidvalidity, _, _ = session.store.state(box.id)
    if session.selected and session.selected.mailbox.id == box.id:
        await session.refresh()
    await session.conn.ok(tag, f"[APPENDUID {uidvalidity} {uid}] appended")


async def idle(session: Session, tag: str, args: list[Token]) -> None:
    """RFC 2177: changes are pushed as they happen (polled from the shared store) until DONE.
    An IDLE longer than the idle timeout ends the session (the client renews it before)."""
    session.need_auth()
    await session.conn.send(b"+ idling\r\n")
    async with asyncio.timeout(session.idle_limit()):
        while True:
            await session.refresh()
            try:
                line = await asyncio.wait_for(session.conn.readline(), timeout=session.server.idle_poll)
            except TimeoutError:
                continue
            if not line:
                session.logged_out = True  # the client left
                return
            if line.strip().upper() == b"DONE":
                break
            raise Bad("expected DONE")
    await session.conn.ok(tag, "IDLE terminated")


HANDLERS: dict[str, Handler] = {
    "NAMESPACE": namespace,
    "CREATE": create,
    "DELETE": delete,
    "RENAME": rename,
    "SUBSCRIBE": subscribe,
    "UNSUBSCRIBE": unsubscribe,
    "LIST": list_mailboxes,
    "LSUB": list_subscribed,
    "STATUS": status,
    "SELECT": select,
    "EXAMINE": examine,
    "APPEND": append,
    "IDLE": idle,
}
