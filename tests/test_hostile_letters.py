"""Hostile letters (issue #19): bad charsets, deep nesting, a megabyte of folded header, 200,000
parts, broken base64, empty and mismatched boundaries, a multipart/signed without its signature.
Synced from a real Dovecot among ordinary letters: every letter is stored, the mailbox stays
complete and searchable, and each one shows (command line and the window's reader) with what could
be read and, for the too large or too deep, why it is shown in a simple form. The work per letter is
bounded by the parser's limits (depth, parts, header size), which the tests check, not the clock."""

from __future__ import annotations

import imaplib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from qazmail_desktop.store import mailparse, rawmime
from qazmail_desktop.ui.letterview import letter_view
from tests.conftest import run_cli
from tests.dovecot import Dovecot
from tests.test_sync_cli import PW_ENV, add_account
from tests.test_sync_dovecot import seed


def _letter(subject: str, content_type: bytes, body: bytes, extra: bytes = b"") -> bytes:
    head = b"From: hostile@example.kz\r\nTo: anna@example.kz\r\nSubject: " + subject.encode() + b"\r\n"
    return head + b"MIME-Version: 1.0\r\nContent-Type: " + content_type + b"\r\n" + extra + b"\r\n" + body


def hostile_letters() -> dict[str, bytes]:
    nested = b"".join(b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1) for i in range(3000))
    return {
        "charset idna": _letter("charset idna", b"text/plain; charset=idna", b"payment \xff details"),
        "charset punycode": _letter("charset punycode", b"text/plain; charset=punycode", b"payment \xff"),
        "charset undefined": _letter("charset undefined", b"text/plain; charset=undefined", b"payment"),
        "charset nul": _letter("charset nul", b'text/plain; charset="utf\\\x008"', b"payment"),
        "broken base64": _letter(
            "broken base64", b"text/plain", b"@@@@====***", b"Content-Transfer-Encoding: base64\r\n"
        ),
        "empty boundary": _letter("empty boundary", b'multipart/mixed; boundary=""', b"--\r\nx\r\n----\r\n"),
        "signed without signature": _letter(
            "signed without signature",
            b'multipart/signed; protocol="application/pkcs7-signature"; boundary=s',
            b"--s\r\nContent-Type: text/plain\r\n\r\npay to KZ00\r\n--s--\r\n",
        ),
        "deep nesting": _letter("deep nesting", b"multipart/mixed; boundary=b0", nested),
        "folded header": b"From: hostile@example.kz\r\nSubject: folded header\r\nX-Long:"
        + b"\r\n x" * 300_000
        + b"\r\n\r\nbody",
        "many parts": _letter(
            "many parts",
            b"multipart/mixed; boundary=q",
            b"--q\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 200_000 + b"--q--",
        ),
    }


def test_each_hostile_letter_parses_within_the_limits() -> None:
    letters = hostile_letters()
    for name, raw in letters.items():
        summary = mailparse.summarize(raw)
        assert summary.subject or name == "folded header", name
        view = letter_view(raw)
        assert view.subject == name, name
    assert "payment" in mailparse.summarize(letters["charset idna"]).text
    assert letter_view(letters["deep nesting"]).problem == "its parts are nested more than 20 levels deep"
    assert letter_view(letters["many parts"]).problem == "it has more than 1,000 parts"
    assert letter_view(letters["folded header"]).problem.startswith("it has a header of")
    assert letter_view(letters["charset undefined"]).problem == ""  # shown in full
    many = rawmime.parse(letters["many parts"])
    assert len(many.children) == rawmime.MAX_PARTS  # the rest is not taken apart


@pytest.mark.dovecot
def test_a_mailbox_with_hostile_letters_syncs_whole_and_every_letter_shows(
    dovecot_factory: Callable[..., Dovecot], profile_dir: Path
) -> None:
    server = dovecot_factory()
    seed(server, 3)  # ordinary letters around them
    imap = imaplib.IMAP4("127.0.0.1", server.port)
    imap.login("anna@example.kz", "secret")
    for raw in hostile_letters().values():
        assert imap.append("INBOX", None, None, raw)[0] == "OK"
    seed(server, 2, start=10)
    imap.logout()
    add_account(server, profile_dir)
    proc = run_cli("sync", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    rows = json.loads(run_cli("list", "--json", profile=profile_dir).stdout)
    assert len(rows) == 3 + len(hostile_letters()) + 2
    found = json.loads(run_cli("search", "payment", "--json", profile=profile_dir).stdout)
    assert {r["subject"] for r in found} >= {"charset idna", "charset undefined"}
    assert json.loads(run_cli("search", "сверки", "--json", profile=profile_dir).stdout)  # the ordinary ones too
    for row in rows:
        shown = run_cli("show", "--uid", str(row["uid"]), "--json", profile=profile_dir)
        assert shown.returncode == 0 and "Traceback" not in shown.stderr, (row["subject"], shown.stderr)
        assert json.loads(shown.stdout)["uid"] == row["uid"]


@pytest.mark.dovecot
def test_letters_that_stopped_a_mailbox_one_per_folder(
    dovecot_factory: Callable[..., Dovecot], profile_dir: Path
) -> None:
    """Issue 27: each of these stopped a whole account's sync (a traceback, exit 1, nothing after it
    stored). One per folder, behind ordinary letters: the sync goes on and every letter is kept."""
    from tests.test_one_reading import STOPPERS

    server = dovecot_factory()
    seed(server, 2)
    imap = imaplib.IMAP4("127.0.0.1", server.port)
    imap.login("anna@example.kz", "secret")
    folders = {name: "Hostile" + str(number) for number, name in enumerate(sorted(STOPPERS))}
    for name, folder in folders.items():
        assert imap.create(folder)[0] == "OK"
        assert imap.append(folder, None, None, STOPPERS[name])[0] == "OK"
        assert (
            imap.append(folder, None, None, b"From: a@b.kz\r\nSubject: after " + folder.encode() + b"\r\n\r\nx")[0]
            == "OK"
        )
    imap.logout()
    add_account(server, profile_dir)
    proc = run_cli("sync", "--password-env", "MAIL_PW", env=PW_ENV, profile=profile_dir)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    for name, folder in folders.items():
        rows = json.loads(run_cli("list", "--folder", folder, "--json", profile=profile_dir).stdout)
        assert sorted(r["from"] for r in rows) == ["a@b.kz", "hostile@example.kz"], (name, rows)
        assert "hostile" in next(r["subject"] for r in rows if r["from"] == "hostile@example.kz")  # decoded or as sent
        hostile = next(r for r in rows if r["from"] == "hostile@example.kz")
        shown = run_cli("show", "--folder", folder, "--uid", str(hostile["uid"]), "--json", profile=profile_dir)
        assert shown.returncode == 0 and "Traceback" not in shown.stderr, (name, shown.stderr)
    assert json.loads(run_cli("search", "words", "--json", profile=profile_dir).stdout)  # the HTML one, indexed
