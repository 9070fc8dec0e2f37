"""The embedded IMAP/SMTP server with real third-party clients: imaplib, smtplib, mbsync."""

from __future__ import annotations

import imaplib
import shutil
import smtplib
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.embedded import Embedded, ImapFrom
from tests.mailgen import letter

USERS = {"anna@example.kz": "pw-anna", "bolat@example.kz": "pw-bolat"}
CYRILLIC_UTF7 = '"&BBQEPgQ6BEMEPAQ1BD0EQgRL-"'  # Документы


@pytest.fixture
def server() -> Iterator[Embedded]:
    srv = Embedded(dict(USERS)).start()
    yield srv
    srv.cleanup()


def _imap(server: Embedded, user: str = "bolat@example.kz") -> imaplib.IMAP4:
    imap = imaplib.IMAP4("127.0.0.1", server.port)
    imap.login(user, USERS[user])
    return imap


def test_imaplib_and_smtplib_session(server: Embedded) -> None:
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port)
    smtp.login("anna@example.kz", "pw-anna")
    for n in range(30):
        smtp.sendmail(
            "anna@example.kz",
            ["bolat@example.kz"],
            letter(n, sender="anna@example.kz", to="bolat@example.kz", attach=True),
        )
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        smtp.sendmail("anna@example.kz", ["someone@gmail.com"], letter(99))  # no relaying
    with pytest.raises(smtplib.SMTPSenderRefused):
        smtp.sendmail("bolat@example.kz", ["anna@example.kz"], letter(98))  # only as yourself
    forged = letter(97, sender="bolat@example.kz", to="bolat@example.kz")  # the envelope is anna's, the From bolat's
    with pytest.raises(smtplib.SMTPDataError, match="you may send only as yourself"):
        smtp.sendmail("anna@example.kz", ["bolat@example.kz"], forged)
    smtp.quit()

    imap = _imap(server)
    typ, folders = imap.list()
    assert typ == "OK" and any(isinstance(f, bytes) and b"\\Sent" in f for f in folders)
    assert imap.create(CYRILLIC_UTF7)[0] == "OK"
    typ, data = imap.select("INBOX")
    assert typ == "OK" and data == [b"30"]
    typ, found = imap.search(None, "FROM", "anna", "SUBJECT", "Invoice")
    assert typ == "OK" and found[0]
    typ, fetched = imap.fetch("1", "(UID FLAGS BODYSTRUCTURE ENVELOPE RFC822.SIZE)")
    flat = b"".join(p if isinstance(p, bytes) else b"".join(p) for p in fetched if p is not None)
    assert typ == "OK" and b'"APPLICATION" "PDF"' in flat and b"BODYSTRUCTURE" in flat
    typ, body = imap.fetch("2", "(BODY.PEEK[HEADER.FIELDS (FROM)] BODY.PEEK[]<0.10>)")
    first = body[0]
    assert typ == "OK" and isinstance(first, tuple) and first[1] == b"From: anna@example.kz\r\n\r\n"
    assert imap.store("1:3", "+FLAGS", "(\\Flagged)")[0] == "OK"
    assert imap.search(None, "FLAGGED")[1] == [b"1 2 3"]
    typ, copied = imap.copy("1:5", CYRILLIC_UTF7)
    assert typ == "OK" and b"COPYUID" in copied[0]
    typ, appended = imap.append("INBOX", "(\\Seen)", None, letter(500))
    assert typ == "OK" and b"APPENDUID" in appended[0]
    assert imap.status(CYRILLIC_UTF7, "(MESSAGES)")[1] == [CYRILLIC_UTF7.encode() + b" (MESSAGES 5)"]
    imap.store("4", "+FLAGS", "(\\Deleted)")
    imap.expunge()
    assert imap.select("INBOX")[1] == [b"30"]
    imap.logout()


def test_persistence_across_restart(server: Embedded) -> None:
    imap = _imap(server)
    imap.append("INBOX", None, None, letter(1))
    imap.logout()
    server.stop()
    server.start()
    imap = _imap(server)
    assert imap.select("INBOX")[1] == [b"1"]
    imap.logout()


def test_garbage_and_wrong_password_do_not_hurt_others(server: Embedded) -> None:
    good = _imap(server)
    good.select("INBOX")
    with socket.create_connection(("127.0.0.1", server.port)) as raw:
        raw.recv(1000)
        raw.sendall(b"\x00\xff garbage\r\n a1 FROBNICATE\r\na2 LOGIN\r\n")
        answer = raw.recv(1000)
        assert b"BAD" in answer
        raw.sendall(b"a3 APPEND INBOX {999999999}\r\n")
        assert b"BAD" in raw.recv(1000)
    with socket.create_connection(("127.0.0.1", server.port)) as raw:  # drops mid-literal
        raw.recv(1000)
        raw.sendall(b"a1 LOGIN {5}\r\n")
    bad = imaplib.IMAP4("127.0.0.1", server.port)
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        bad.login("bolat@example.kz", "wrong")
    assert good.noop()[0] == "OK"
    assert good.append("INBOX", None, None, letter(3))[0] == "OK"
    good.logout()


def test_fifty_clients_at_once(server: Embedded) -> None:
    seed = _imap(server)
    for n in range(5):
        seed.append("INBOX", None, None, letter(n))
    seed.logout()
    errors: list[BaseException] = []

    def client(source: str) -> None:
        try:
            imap = ImapFrom(source, server.port)
            imap.login("bolat@example.kz", USERS["bolat@example.kz"])
            imap.select("INBOX")
            typ, data = imap.fetch("1:5", "(UID BODY.PEEK[])")
            assert typ == "OK" and len([d for d in data if isinstance(d, tuple)]) == 5
            imap.logout()
        except BaseException as exc:
            errors.append(exc)

    # from five loopback addresses: one address may keep only ``imap_per_address`` (20) open
    threads = [threading.Thread(target=client, args=(f"127.0.0.{1 + n % 5}",)) for n in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []


def test_idle_reports_new_mail(server: Embedded) -> None:
    watcher = _imap(server)
    watcher.select("INBOX")
    tag = watcher._new_tag().decode()
    watcher.send(f"{tag} IDLE\r\n".encode())
    assert watcher.readline().startswith(b"+")
    other = _imap(server, "anna@example.kz")
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port)
    smtp.login("anna@example.kz", "pw-anna")
    smtp.sendmail("anna@example.kz", ["bolat@example.kz"], letter(7, sender="anna@example.kz"))
    smtp.quit()
    assert watcher.readline().strip() == b"* 1 EXISTS"
    watcher.send(b"DONE\r\n")
    assert b"OK" in watcher.readline()
    other.logout()


@pytest.mark.skipif(shutil.which("mbsync") is None, reason="needs isync (mbsync): `make test` installs it")
def test_mbsync_pulls_a_whole_mailbox(server: Embedded, tmp_path: Path) -> None:
    imap = _imap(server)
    imap.create(CYRILLIC_UTF7)
    for n in range(40):
        imap.append("INBOX", "(\\Seen)" if n % 2 else None, None, letter(n, attach=n % 3 == 0))
    for n in range(5):
        imap.append(CYRILLIC_UTF7, None, None, letter(100 + n))
    imap.logout()
    maildir = tmp_path / "Maildir"
    maildir.mkdir()
    config = tmp_path / "mbsyncrc"
    config.write_text(f"""IMAPAccount demo
Host 127.0.0.1
Port {server.port}
User bolat@example.kz
Pass pw-bolat
SSLType None
AuthMechs LOGIN

IMAPStore remote
Account demo

MaildirStore local
Path {maildir}/
Inbox {maildir}/INBOX
SubFolders Verbatim

Channel pull
Far :remote:
Near :local:
Patterns *
Create Near
Sync Pull
SyncState *
""")
    proc = subprocess.run(["mbsync", "-c", str(config), "-a"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    inbox = list((maildir / "INBOX" / "cur").iterdir()) + list((maildir / "INBOX" / "new").iterdir())
    assert len(inbox) == 40
    docs = maildir / "&BBQEPgQ6BEMEPAQ1BD0EQgRL-"  # mbsync 1.4 keeps the IMAP (modified UTF-7) name
    assert len(list((docs / "cur").iterdir()) + list((docs / "new").iterdir())) == 5


def test_fetch_marks_seen_only_for_unpeeked_body_items(server: Embedded) -> None:
    imap = _imap(server)
    imap.append("INBOX", None, None, letter(1))
    imap.select("INBOX")
    typ, peeked = imap.fetch("1", "(BODY.PEEK[TEXT])")
    assert typ == "OK" and isinstance(peeked[0], tuple) and b"FLAGS" not in peeked[0][0]
    assert imap.search(None, "UNSEEN")[1] == [b"1"]
    with pytest.raises(imaplib.IMAP4.error, match="unknown FETCH item"):
        imap.fetch("1", "(BODY[TEXT] NONSENSE)")
    assert imap.search(None, "UNSEEN")[1] == [b"1"]  # a refused FETCH changed nothing
    typ, read = imap.fetch("1", "(BODY[TEXT])")
    closing = read[-1]
    assert (
        typ == "OK" and isinstance(closing, bytes) and b"FLAGS (\\Seen)" in closing
    )  # the implied flag change is reported once
    assert imap.search(None, "SEEN")[1] == [b"1"]
    imap.logout()


def test_passwords_are_kept_hashed_and_users_come_from_a_file(tmp_path: Path) -> None:
    """The users table holds salted PBKDF2 hashes, never the password; a password an older version
    stored in clear text still logs in once and is hashed from then on; `serve --users-file` adds
    users whose passwords never appear on a command line (the process list)."""
    import sqlite3

    from qazmail_desktop.cli.main import build_parser
    from qazmail_desktop.cli.serve import build_server

    users = tmp_path / "users.txt"
    users.write_text("# demo users\nanna@example.kz:pw-anna\n\nbolat@example.kz:pw:with:colons\n", encoding="utf-8")
    args = build_parser().parse_args(["serve", "--data", str(tmp_path / "srv"), "--users-file", str(users)])
    store = build_server(args).store
    assert store.check_password("anna@example.kz", "pw-anna") == "anna@example.kz"
    assert store.check_password("bolat@example.kz", "pw:with:colons") == "bolat@example.kz"
    assert store.check_password("anna@example.kz", "wrong") is None
    assert store.check_password("nobody@example.kz", "pw-anna") is None
    db = sqlite3.connect(tmp_path / "srv" / "mail" / "mail.sqlite3")
    stored = dict(db.execute("SELECT email, password FROM users"))
    assert all(value.startswith("pbkdf2-sha256$") and "pw-anna" not in value for value in stored.values())
    with db:
        db.execute("UPDATE users SET password = 'legacy-clear' WHERE email = 'anna@example.kz'")
    assert store.check_password("anna@example.kz", "legacy-clear") == "anna@example.kz"
    (rehashed,) = db.execute("SELECT password FROM users WHERE email = 'anna@example.kz'").fetchone()
    assert rehashed.startswith("pbkdf2-sha256$")
    db.close()


def test_a_hostile_client_gets_bounded_answers(server: Embedded) -> None:
    """Before login an APPEND may not announce a large literal (eight such connections buffered
    60 MB each); search criteria nested a thousand deep are refused with BAD (the session ended
    with 'internal server error')."""
    with socket.create_connection(("127.0.0.1", server.port)) as raw:
        raw.recv(1000)
        raw.sendall(b"a1 APPEND INBOX {1000000}\r\n")
        assert b"BAD literal of 1000000 bytes is larger than allowed" in raw.recv(1000)
    imap = _imap(server)
    imap.select("INBOX")
    deep = "(" * 1000 + "ALL" + ")" * 1000
    with pytest.raises(imaplib.IMAP4.error, match="nested more than 50 deep"):
        imap.search(None, deep)
    with pytest.raises(imaplib.IMAP4.error, match="nested more than 50 deep"):
        imap.search(None, "OR " * 1000 + "ALL " * 1001)
    assert imap.search(None, "OR SEEN (NOT DELETED)")[0] == "OK"  # ordinary nesting still works
    imap.logout()
