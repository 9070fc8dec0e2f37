"""The streaming UID FETCH reader against a scripted IMAP peer on a loopback socket: the answers
real servers may give that Dovecot and the embedded server do not send on cue (items in another
order, unsolicited responses in between, empty sections, refusals, a connection cut mid-letter).
The ordinary path is covered by every sync test against Dovecot and the embedded server."""

from __future__ import annotations

import imaplib
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import closing

import imapclient
import imapclient.exceptions
import pytest

from qazmail_desktop.sync.connection import wire
from qazmail_desktop.sync.fetchstream import stream_fetch

Script = Callable[[bytes], bytes]  # tag -> what the peer answers to the FETCH


class ScriptedPeer:
    """Accepts one client and greets it; answers CAPABILITY and NOOP as any server would, and
    UID FETCH with the script."""

    def __init__(self, script: Script, cut_after_fetch: bool = False) -> None:
        self.script = script
        self.cut_after_fetch = cut_after_fetch
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn, conn.makefile("rb") as lines:
            conn.sendall(b"* OK scripted peer ready\r\n")
            for line in lines:
                tag, _, command = line.partition(b" ")
                if command.startswith(b"CAPABILITY"):
                    conn.sendall(b"* CAPABILITY IMAP4rev1\r\n" + tag + b" OK CAPABILITY done\r\n")
                elif command.startswith(b"UID FETCH"):
                    conn.sendall(self.script(tag))
                    if self.cut_after_fetch:
                        return
                elif command.startswith(b"NOOP"):
                    conn.sendall(tag + b" OK NOOP done\r\n")
                elif command.startswith(b"LOGOUT"):
                    conn.sendall(b"* BYE\r\n" + tag + b" OK bye\r\n")
                    return


@pytest.fixture
def connect() -> Iterator[Callable[..., imaplib.IMAP4]]:
    clients: list[imaplib.IMAP4] = []

    def open_client(script: Script, cut_after_fetch: bool = False) -> imaplib.IMAP4:
        peer = ScriptedPeer(script, cut_after_fetch)
        client = imaplib.IMAP4("127.0.0.1", peer.port)
        clients.append(client)
        return client

    yield open_client
    for client in clients:
        client.shutdown()


def letter_response(seq: int, uid: int, body: bytes, flags: bytes = b"\\Seen") -> bytes:
    return (
        f"* {seq} FETCH (UID {uid} FLAGS ({flags.decode()}) RFC822.SIZE {len(body)} "
        f'INTERNALDATE "01-Jan-2026 10:00:00 +0600" BODY[] {{{len(body)}}}\r\n'.encode()
        + body
        + b")\r\n"
    )


def test_items_in_any_order_and_unsolicited_responses_skipped(connect: Callable[..., imaplib.IMAP4]) -> None:
    body = b"Subject: x\r\n\r\nhello ) ( {3}\r\n"  # looks like protocol, but is letter text
    reordered = (
        f"* 2 FETCH (BODY[] {{{len(body)}}}\r\n".encode()
        + body
        + b' FLAGS (\\Flagged \\Recent) INTERNALDATE "02-Jan-2026 09:30:00 +0000" RFC822.SIZE 999 UID 12)\r\n'
    )
    client = connect(
        lambda tag: (
            letter_response(1, 11, b"first")
            + b"* 5 EXISTS\r\n* 3 FETCH (FLAGS (\\Seen) UID 40)\r\n"  # another client at work meanwhile
            + reordered
            + tag
            + b" OK UID FETCH done\r\n"
        )
    )
    letters = list(stream_fetch(client, "11:12", "UID FLAGS RFC822.SIZE INTERNALDATE BODY.PEEK[]"))
    assert [(x.uid, x.data) for x in letters] == [(11, b"first"), (12, body)]
    second = letters[1]
    assert second.flags == ("\\Flagged",)  # \Recent belongs to the session, not the letter
    assert second.size == 999 and second.internaldate is not None and second.internaldate.day == 2
    assert client.noop()[0] == "OK"  # the connection carries on


@pytest.mark.parametrize("empty", [b'""', b"NIL"])
def test_empty_section_without_literal(connect: Callable[..., imaplib.IMAP4], empty: bytes) -> None:
    client = connect(lambda tag: b"* 1 FETCH (UID 3 FLAGS () BODY[HEADER] " + empty + b")\r\n" + tag + b" OK done\r\n")
    (only,) = stream_fetch(client, "3", "UID FLAGS BODY.PEEK[HEADER]")
    assert (only.uid, only.data, only.flags, only.size) == (3, b"", (), 0)


def test_refusal_is_an_error_with_the_servers_words(connect: Callable[..., imaplib.IMAP4]) -> None:
    client = connect(lambda tag: tag + b" NO [SERVERBUG] mailbox is locked\r\n")
    with pytest.raises(imapclient.exceptions.IMAPClientError, match="mailbox is locked"):
        list(stream_fetch(client, "1:*", "UID BODY.PEEK[]"))


def test_stopping_early_drains_the_rest(connect: Callable[..., imaplib.IMAP4]) -> None:
    client = connect(
        lambda tag: (
            b"".join(letter_response(n, 100 + n, b"letter %d" % n) for n in range(1, 51)) + tag + b" OK done\r\n"
        )
    )
    letters = stream_fetch(client, "101:150", "UID FLAGS BODY.PEEK[]")
    with closing(letters):
        assert next(letters).uid == 101
    assert client.noop()[0] == "OK"  # the 49 unread answers did not end up as NOOP's


def test_connection_cut_inside_a_letter(connect: Callable[..., imaplib.IMAP4]) -> None:
    client = connect(lambda tag: b"* 1 FETCH (UID 9 BODY[] {500}\r\nonly the start", cut_after_fetch=True)
    with pytest.raises(imapclient.exceptions.IMAPClientAbortError, match="inside a letter"):
        list(stream_fetch(client, "9", "UID BODY.PEEK[]"))


def test_bye_ends_the_stream_with_an_error(connect: Callable[..., imaplib.IMAP4]) -> None:
    client = connect(lambda tag: letter_response(1, 1, b"a") + b"* BYE server shutting down\r\n", cut_after_fetch=True)
    letters = stream_fetch(client, "1:2", "UID BODY.PEEK[]")
    assert next(letters).uid == 1
    with pytest.raises(imapclient.exceptions.IMAPClientAbortError, match="shutting down"):
        next(letters)


def test_wire_is_the_imaplib_connection_under_imapclient() -> None:
    """The one place QazMail reaches below imapclient's API (pinned to its major version): if a
    release moves the attribute, this fails instead of every streaming sync."""
    peer = ScriptedPeer(lambda tag: letter_response(1, 7, b"Subject: x\r\n\r\nbody") + tag + b" OK done\r\n")
    client = imapclient.IMAPClient("127.0.0.1", port=peer.port, ssl=False)
    try:
        conn = wire(client)
        assert isinstance(conn, imaplib.IMAP4)
        with closing(stream_fetch(conn, "7", "UID FLAGS RFC822.SIZE INTERNALDATE BODY.PEEK[]")) as letters:
            assert [(x.uid, x.data) for x in letters] == [(7, b"Subject: x\r\n\r\nbody")]
    finally:
        client.shutdown()
