"""Commands of the selected state (RFC 3501 6.4, UIDPLUS, MOVE, CONDSTORE), each also as UID …"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..imapformat import flag_list
from ..imapparse import Token, text_of
from ..imapsearch import Candidate, SearchParser
from ..mailstore import StoredMessage
from . import fetch
from .connection import Bad
from .state import Selected

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from .session import Handler, Session

    SetCommand = Callable[[Session, str, list[Token], bool], Awaitable[None]]


async def close(session: Session, tag: str, args: list[Token]) -> None:
    selected = session.need_selected()
    if not selected.readonly:
        session.store.expunge(selected.mailbox.id)
    session.selected = None
    await session.conn.ok(tag, "closed")


async def unselect(session: Session, tag: str, args: list[Token]) -> None:
    session.need_selected()
    session.selected = None
    await session.conn.ok(tag, "unselected")


async def expunge(session: Session, tag: str, args: list[Token]) -> None:
    selected = session.need_writable()
    session.store.expunge(selected.mailbox.id)
    await session.refresh()
    await session.conn.ok(tag, "expunged")


async def _uid_expunge(session: Session, tag: str, args: list[Token], by_uid: bool) -> None:
    selected = session.need_writable()
    if len(args) != 1:
        raise Bad("UID EXPUNGE set")
    targets = session.targets(text_of(args[0]), True)
    session.store.expunge(selected.mailbox.id, [m.uid for _, m in targets])
    await session.refresh()
    await session.conn.ok(tag, "expunged")


async def _fetch(session: Session, tag: str, args: list[Token], by_uid: bool) -> None:
    if len(args) < 2:
        raise Bad("FETCH set items")
    selected = session.need_selected()
    targets = session.targets(text_of(args[0]), by_uid)
    names = fetch.item_names(args[1] if isinstance(args[1], list) else [args[1]])
    changed_since = None
    if len(args) > 2 and isinstance(args[2], list):
        mods = [text_of(m).upper() for m in args[2] if not isinstance(m, list)]
        if "CHANGEDSINCE" in mods:
            changed_since = int(mods[mods.index("CHANGEDSINCE") + 1])
            session.condstore = True
    if by_uid and "UID" not in names:
        names.insert(0, "UID")
    if session.condstore and changed_since is not None and "MODSEQ" not in names:
        names.append("MODSEQ")
    marks_seen = any(fetch.sets_seen(name) for name in names)
    for seq, message in targets:
        if changed_since is not None and message.modseq <= changed_since:
            continue
        newly_seen = marks_seen and _mark_seen(session, message, selected)
        fetched = fetch.FetchedMessage(message, selected.flags.get(message.uid, message.flags), session.store.read)
        parts = fetch.render(fetched, names)
        if newly_seen and "FLAGS" not in names:
            parts.append(b"FLAGS " + flag_list(fetched.flags))
        await session.conn.send(b"* %d FETCH (" % seq + b" ".join(parts) + b")\r\n")
    await session.conn.ok(tag, "fetched")


def _mark_seen(session: Session, message: StoredMessage, selected: Selected) -> bool:
    if selected.readonly or "\\Seen" in selected.flags.get(message.uid, message.flags):
        return False
    changed, _ = session.store.store_flags(selected.mailbox.id, [message.uid], "+", ["\\Seen"])
    if message.uid in changed:
        selected.flags[message.uid] = changed[message.uid]
        return True
    return False


async def _search(session: Session, tag: str, args: list[Token], by_uid: bool) -> None:
    selected = session.need_selected()
    messages = {m.uid: m for m in session.store.messages(selected.mailbox.id)}
    candidates = [
        Candidate(seq, messages[u], lambda m: session.store.read(m.blob))
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
    await session.conn.untagged(line)
    await session.conn.ok(tag, "searched")


async def _store(session: Session, tag: str, args: list[Token], by_uid: bool) -> None:
    selected = session.need_writable()
    if len(args) < 3:
        raise Bad("STORE set item flags")
    rest = args[1:]
    unchanged_since = None
    if isinstance(rest[0], list):
        mods = [text_of(m).upper() for m in rest[0]]
        if "UNCHANGEDSINCE" in mods:
            unchanged_since = int(mods[mods.index("UNCHANGEDSINCE") + 1])
            session.condstore = True
        rest = rest[1:]
    item = text_of(rest[0]).upper()
    flag_tokens = rest[1] if len(rest) == 2 and isinstance(rest[1], list) else rest[1:]
    flags = [text_of(f) for f in flag_tokens if not isinstance(f, list)]
    base = item.removesuffix(".SILENT")
    if base not in ("FLAGS", "+FLAGS", "-FLAGS"):
        raise Bad(f"unknown STORE item {item[:20]}")
    mode = base[0] if base[0] in "+-" else ""
    targets = session.targets(text_of(args[0]), by_uid)
    changed, failed = session.store.store_flags(
        selected.mailbox.id, [m.uid for _, m in targets], mode, [f for f in flags if f != "\\Recent"], unchanged_since
    )
    fresh = {m.uid: m for m in session.store.messages(selected.mailbox.id)}
    for seq, message in targets:
        if message.uid in failed:
            continue
        new_flags = changed.get(message.uid, message.flags)
        selected.flags[message.uid] = new_flags
        if not item.endswith(".SILENT") or (message.uid in changed and unchanged_since is not None):
            extra = b" UID %d" % message.uid if by_uid else b""
            if session.condstore and message.uid in fresh:
                extra += b" MODSEQ (%d)" % fresh[message.uid].modseq
            await session.conn.untagged(b"%d FETCH (FLAGS %s%s)" % (seq, flag_list(new_flags), extra))
    if failed:
        await session.conn.ok(tag, f"[MODIFIED {','.join(map(str, failed))}] some messages changed meanwhile")
    else:
        await session.conn.ok(tag, "stored")


async def _copy_or_move(session: Session, tag: str, args: list[Token], by_uid: bool, move: bool) -> None:
    selected = session.need_writable() if move else session.need_selected()
    if len(args) != 2:
        raise Bad("MOVE set mailbox" if move else "COPY set mailbox")
    target = session.mailbox(args[1], destination=True)
    targets = session.targets(text_of(args[0]), by_uid)
    pairs = session.store.copy(selected.mailbox.id, [m.uid for _, m in targets], target.id)
    uidvalidity, _, _ = session.store.state(target.id)
    if not move:
        await session.conn.ok(tag, f"{_copyuid(uidvalidity, pairs)} copied" if pairs else "nothing to copy")
        return
    if pairs:
        await session.conn.untagged(f"OK {_copyuid(uidvalidity, pairs)} moved".encode())
    session.store.remove(selected.mailbox.id, [a for a, _ in pairs])
    await session.refresh()
    await session.conn.ok(tag, "moved")


async def _copy(session: Session, tag: str, args: list[Token], by_uid: bool) -> None:
    await _copy_or_move(session, tag, args, by_uid, move=False)


async def _move(session: Session, tag: str, args: list[Token], by_uid: bool) -> None:
    await _copy_or_move(session, tag, args, by_uid, move=True)


def _copyuid(uidvalidity: int, pairs: list[tuple[int, int]]) -> str:
    """The UIDPLUS response code for copied messages (source UIDs, their new UIDs)."""
    return f"[COPYUID {uidvalidity} {','.join(str(a) for a, _ in pairs)} {','.join(str(b) for _, b in pairs)}]"


_BY_SET: dict[str, SetCommand] = {
    "FETCH": _fetch,
    "SEARCH": _search,
    "STORE": _store,
    "COPY": _copy,
    "MOVE": _move,
}


async def uid(session: Session, tag: str, args: list[Token]) -> None:
    if not args:
        raise Bad("UID command ...")
    sub = text_of(args[0]).upper()
    command = _uid_expunge if sub == "EXPUNGE" else _BY_SET.get(sub)
    if command is None:
        raise Bad(f"UID {sub[:20]} is not supported")
    await command(session, tag, args[1:], True)


def _by_sequence(command: SetCommand) -> Handler:
    async def handler(session: Session, tag: str, args: list[Token]) -> None:
        await command(session, tag, args, False)

    return handler


HANDLERS: dict[str, Handler] = {
    "CLOSE": close,
    "UNSELECT": unselect,
    "EXPUNGE": expunge,
    "UID": uid,
    **{name: _by_sequence(command) for name, command in _BY_SET.items()},
}
