"""Drafts in the account's Drafts folder, against Dovecot and the embedded server: each saved version
replaces the previous one, the folder is created when missing, and a sent draft leaves it."""

from __future__ import annotations

import imaplib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qazmail_desktop.operations.drafts import DRAFT_HEADER, draft_letter, keep_on_server
from qazmail_desktop.store.cache import Cache
from qazmail_desktop.sync.compose import Draft
from qazmail_desktop.sync.engine import MailEngine
from qazmail_desktop.sync.secrets import SecretStore
from tests.accounts import make_account


def _server_drafts(port: int) -> list[tuple[bytes, bytes]]:
    """(flags, bytes) of every letter in the server's Drafts folder."""
    imap = imaplib.IMAP4("127.0.0.1", port)
    imap.login("anna@example.kz", "secret")
    typ, count = imap.select("Drafts")
    found = []
    if typ == "OK" and count != [b"0"]:
        _, data = imap.fetch("1:*", "(FLAGS BODY.PEEK[])")
        found = [(part[0], part[1]) for part in data if isinstance(part, tuple)]
    imap.logout()
    return found


def test_draft_versions_replace_each_other_and_go_when_sent(
    tmp_path: Path, imap_server_factory: Callable[..., Any]
) -> None:
    server = imap_server_factory()
    imap = imaplib.IMAP4("127.0.0.1", server.port)
    imap.login("anna@example.kz", "secret")
    imap.delete("Drafts")  # created again by the first save ([TRYCREATE])
    imap.logout()
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(make_account("anna", "anna@example.kz", imap_port=server.port))
    secrets = SecretStore()
    secrets.remember_for_session("anna", "secret")
    engine = MailEngine(cache, secrets)
    account = engine.account("anna")
    attachment = tmp_path / "акт_53.txt"
    attachment.write_bytes("Акт № 53".encode())

    first = keep_on_server(engine, account, Draft(to=[], subject="Акт 53", body="Черновик"), "d53", "")
    assert engine.try_replay(account) is not None
    assert len(_server_drafts(server.port)) == 1
    letter = Draft(
        to=["bolat@example.kz", "dana@"],  # a half-typed address is kept as typed
        subject="Акт 53",
        body="Уважаемый Болат,\nакт во вложении.",
        attachments=[attachment],
        in_reply_to="<act@dala.kz>",
        references="<root@dala.kz>",
    )
    second = keep_on_server(engine, account, letter, "d53", first)
    results = engine.try_replay(account)
    assert results is not None and all(r.ok for r in results)
    ((flags, raw),) = _server_drafts(server.port)
    assert b"\\Draft" in flags and DRAFT_HEADER.encode() in raw
    engine.sync("anna")
    drafts = cache.folders.special("anna", "\\Drafts")
    assert drafts is not None
    (row,) = cache.messages.in_folder(drafts.id)
    assert row.message_id == second
    stored = cache.messages.raw(row)
    assert stored is not None
    again = draft_letter(stored)
    assert (again.draft_id, again.to, again.subject) == ("d53", "bolat@example.kz, dana@", "Акт 53")
    assert again.body == "Уважаемый Болат,\nакт во вложении.\n"
    assert (again.in_reply_to, again.references) == ("<act@dala.kz>", "<root@dala.kz>")
    assert again.attachments == [("акт_53.txt", "Акт № 53".encode())]

    engine.discard_draft(account, second)  # its letter was sent
    assert cache.messages.in_folder(drafts.id) == []
    assert engine.try_replay(account) is not None
    assert _server_drafts(server.port) == []
