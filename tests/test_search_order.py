"""Search yields the newest letters first from the index itself (issue 32): letters stored out of date
order, on the same second, without a date or with odd ones; every operator on the same walk, checked
against the letters' own properties; status: after a verdict changes; the cheap count; the index
rebuilt from an older layout; and no sort of the matches in the plans of the statements search runs."""

from __future__ import annotations

import datetime as dt
import email.policy
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from qazmail_desktop.store import lookup, searchindex
from qazmail_desktop.store.cache import Cache, Folder, IncomingMessage, MessageRow
from tests.accounts import make_account

BASE = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
STATUSES = ("valid", "revoked", "expired")


def _raw(
    subject: str, body: str, date: str | None, sender: str, attachment: bool = False, signed: bool = False
) -> bytes:
    """A letter; ``signed``: multipart/signed around its content (a signature part, no attachment)."""
    content = EmailMessage()
    content.set_content(body)
    if attachment:
        content.add_attachment(b"%PDF-1.4 act", maintype="application", subtype="pdf", filename="act.pdf")
    msg = content
    if signed:
        msg = EmailMessage()
        msg["Content-Type"] = 'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256'
        signature = EmailMessage()
        signature.set_content(b"a signature", maintype="application", subtype="pkcs7-signature")
        msg.attach(content)
        msg.attach(signature)
    msg["From"], msg["To"], msg["Subject"] = sender, "anna@example.kz", subject
    if date is not None:
        msg["Date"] = date
    return msg.as_bytes(policy=email.policy.SMTP)


def _cache(path: Path) -> Cache:
    cache = Cache(path)
    for name in ("anna", "bolat"):
        cache.accounts.add(make_account(name, f"{name}@example.kz", username=name, imap_port=143, smtp_port=25))
    return cache


def _uids(hits: list[tuple[Folder, MessageRow]]) -> list[int]:
    return [row.uid for _f, row in hits]


def test_newest_first_whatever_the_order_letters_were_stored_in(tmp_path: Path) -> None:
    """A sync stores old letters after new ones: the index's order is the dates', not the storing's.
    Letters of the same second stay together, then come the older ones; a letter dated before 1970
    comes after every later one, one of the far future before all, and those without a date last."""
    cache = _cache(tmp_path / "c.sqlite3")
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    dates: dict[int, str | None] = {
        1: format_datetime(BASE + dt.timedelta(days=3)),
        2: format_datetime(BASE + dt.timedelta(days=1)),
        3: None,  # no Date header
        4: format_datetime(BASE + dt.timedelta(days=2)),
        5: format_datetime(BASE + dt.timedelta(days=2)),  # the same second as 4
        6: "Fri, 01 Jan 1965 10:00:00 +0000",  # before 1970
        7: "Fri, 31 Dec 9999 12:00:00 +0000",  # the far future
        8: "not a date at all",
        9: format_datetime(BASE + dt.timedelta(days=2)),  # the same second as 4 and 5
        10: format_datetime(BASE + dt.timedelta(days=2, seconds=1)),  # a second after them
        11: format_datetime(BASE + dt.timedelta(days=5), usegmt=False).replace("+0000", "+0600"),  # another zone
    }
    order = [9, 2, 11, 3, 6, 1, 5, 8, 10, 4, 7]  # stored one by one, in no order at all
    for uid in order:
        raw = _raw(f"Отчёт {uid}", "Отчёт за месяц во вложении.", dates[uid], "partner@example.kz")
        cache.messages.store(inbox.id, [IncomingMessage(uid, raw, True, (), 0)])
    cache.update_search_index()
    found = _uids(cache.lookup.search("отчёт"))
    # 11 is 5 days after BASE at +0600, so 6 hours before 5 days after BASE UTC: still after 1
    assert found[:4] == [7, 11, 1, 10]
    assert sorted(found[4:7]) == [4, 5, 9]  # one second: together, in an order of their own
    assert found[7:9] == [2, 6]
    assert sorted(found[9:]) == [3, 8]  # no date: last
    assert _uids(cache.lookup.search("отчёт", limit=3)) == found[:3]
    assert _uids(cache.lookup.search("отчёт", limit=6)) == found[:6]
    assert _uids(cache.lookup.search("отчёт after:01.01.1960 before:01.01.1970")) == [6]
    assert _uids(cache.lookup.search("before:01.01.2000")) == [6]  # a date asked: letters without one are on no day
    assert _uids(cache.lookup.search("after:01.01.3000")) == [7]


def test_letters_of_one_second_beyond_the_tie_numbers_are_all_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With two tie numbers a second, the third letter of a second takes the next free key: none
    is lost or replaces another, and the order of the seconds holds."""
    monkeypatch.setattr(searchindex, "TIE_BITS", 1)
    cache = _cache(tmp_path / "c.sqlite3")
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    same = format_datetime(BASE)
    letters = [(u, same) for u in range(1, 6)] + [(6, format_datetime(BASE + dt.timedelta(minutes=5)))]
    letters += [(7, format_datetime(BASE - dt.timedelta(minutes=5)))]
    cache.messages.store(
        inbox.id, [IncomingMessage(u, _raw("Счёт", "Счёт", d, "a@b.kz"), True, (), 0) for u, d in letters]
    )
    cache.update_search_index()
    found = _uids(cache.lookup.search("счёт"))
    assert found[0] == 6 and sorted(found[1:6]) == [1, 2, 3, 4, 5] and found[6] == 7
    keys = [r[0] for r in cache.file.search_db.execute("SELECT key FROM search.letters")]
    assert len(keys) == len(set(keys)) == 7


def test_letters_of_one_second_by_the_thousand_stay_on_their_day(tmp_path: Path) -> None:
    """1,500 letters of the last second of a day (on this computer's clock), 1,500 without a date (all
    on one key second) and one of the next second: each stays on its day for on: and before:, and
    those without a date on none (with 10 tie bits, the 1,025th took keys of the next day)."""
    cache = _cache(tmp_path / "c.sqlite3")
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    last_second = dt.datetime.combine(dt.date(2025, 12, 1), dt.time(23, 59, 59)).astimezone()
    letters = [(u, format_datetime(last_second)) for u in range(1, 1501)] + [(u, None) for u in range(1501, 3001)]
    letters.append((3001, format_datetime(last_second + dt.timedelta(seconds=1))))
    cache.messages.store(
        inbox.id, [IncomingMessage(u, _raw("Счёт", "Счёт", d, "a@b.kz"), True, (), 0) for u, d in letters]
    )
    cache.update_search_index()
    assert cache.lookup.count("on:01.12.2025") == 1500
    assert cache.lookup.count("on:02.12.2025") == 1
    assert cache.lookup.count("before:02.12.2025") == 1500
    assert cache.lookup.count("after:01.01.1900") == 1501  # dated letters only


@dataclass(frozen=True)
class _Letter:
    uid: int
    folder: str
    when: dt.datetime
    sender: str
    attachment: bool
    status: str | None  # the verdict of a signed letter; None: not signed


@pytest.fixture
def mailbox(tmp_path: Path) -> tuple[Cache, list[_Letter]]:
    """90 letters in 3 folders of 2 accounts, stored in two syncs in no order of dates, a third
    of them signed with one of three verdicts."""
    rnd = random.Random(32)
    cache = _cache(tmp_path / "c.sqlite3")
    folders = {
        "INBOX": cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True),
        "Бухгалтерия": cache.folders.upsert("anna", "Бухгалтерия", "/", "", True),
        "bolat": cache.folders.upsert("bolat", "INBOX", "/", "\\Inbox", True),
    }
    minutes = rnd.sample(range(50_000), 90)  # each its own minute, within about a year
    letters = [
        _Letter(
            uid=n,
            folder=rnd.choice(list(folders)),
            when=BASE - dt.timedelta(minutes=minutes[n - 1] * 10),
            sender=rnd.choice(["bolat@altyn.kz", "dana@dala.kz", "partner@example.kz"]),
            attachment=rnd.random() < 0.3,
            status=rnd.choice(STATUSES) if n % 3 == 0 else None,
        )
        for n in range(1, 91)
    ]
    for batch in (letters[:40], letters[40:]):
        for name, folder in folders.items():
            incoming = [
                IncomingMessage(
                    one.uid,
                    _raw(
                        f"Письмо {one.uid}",
                        "Договор поставки.",
                        format_datetime(one.when),
                        one.sender,
                        one.attachment,
                        signed=one.status is not None,
                    ),
                    True,
                    (),
                    0,
                )
                for one in batch
                if one.folder == name
            ]
            cache.messages.store(folder.id, incoming)
    for one in letters:
        if one.status is not None:
            summary = {"status": one.status, "signer": {"name": "СЕРІКҰЛЫ БОЛАТ", "iin": "800505300026"}}
            cache.verdicts.put(_blob(cache, one.uid), {"status": one.status}, summary, "trust")
    cache.update_search_index()
    return cache, letters


def _blob(cache: Cache, uid: int) -> str:
    """The letter's blob (the uids of the mailbox are unique across its folders)."""
    return str(cache.file.db.execute("SELECT blob FROM messages WHERE uid = ?", (uid,)).fetchone()[0])


def _local_day(text: str) -> dt.datetime:
    """The start of a day typed as dd.mm.yyyy, on this computer's clock, as the operators take it."""
    return dt.datetime.combine(dt.datetime.strptime(text, "%d.%m.%Y").date(), dt.time()).astimezone()


SINCE, UNTIL = "01.09.2025", "01.01.2026"
OPERATORS: dict[str, Callable[[_Letter], bool]] = {
    "договор": lambda one: True,
    "from:bolat договор": lambda one: one.sender.startswith("bolat"),
    "to:anna from:dana": lambda one: one.sender.startswith("dana"),
    "has:attachment": lambda one: one.attachment,
    "has:signature договор": lambda one: one.status is not None,
    "has:attachment has:signature": lambda one: one.attachment and one.status is not None,
    "status:revoked": lambda one: one.status == "revoked",
    "status:valid from:dana": lambda one: one.status == "valid" and one.sender.startswith("dana"),
    "folder:бухгалтерия": lambda one: one.folder == "Бухгалтерия",
    "folder:Бухгалтерия has:attachment": lambda one: one.folder == "Бухгалтерия" and one.attachment,
    "folder:inbox status:expired": lambda one: one.folder in ("INBOX", "bolat") and one.status == "expired",
    f"after:{SINCE} before:{UNTIL}": lambda one: _local_day(SINCE) <= one.when < _local_day(UNTIL),
    f"after:{SINCE} поставки": lambda one: _local_day(SINCE) <= one.when,
    f"before:{SINCE} status:valid": lambda one: one.when < _local_day(SINCE) and one.status == "valid",
    f"iin:800505300026 before:{UNTIL}": lambda one: one.status is not None and one.when < _local_day(UNTIL),
}


@pytest.mark.parametrize("query", list(OPERATORS))
def test_each_operator_on_the_walk_newest_first(mailbox: tuple[Cache, list[_Letter]], query: str) -> None:
    """The letters each operator lets through, newest first; with a limit, the newest of them
    (the walk goes past the letters the operator refuses and stops at the limit)."""
    cache, letters = mailbox
    newest = [one.uid for one in sorted(letters, key=lambda one: one.when, reverse=True) if OPERATORS[query](one)]
    assert len(newest) >= 2, "a query that finds one letter or none checks no order"
    assert _uids(cache.lookup.search(query)) == newest
    assert _uids(cache.lookup.search(query, limit=len(newest) // 2)) == newest[: len(newest) // 2]
    assert cache.lookup.count(query) == len(newest)


def test_an_account_on_the_walk(mailbox: tuple[Cache, list[_Letter]]) -> None:
    cache, letters = mailbox
    newest = [one.uid for one in sorted(letters, key=lambda one: one.when, reverse=True) if one.folder != "bolat"]
    assert _uids(cache.lookup.search("договор", account="anna", limit=10)) == newest[:10]
    assert {f.account for f, _row in cache.lookup.search("договор", account="anna")} == {"anna"}
    assert cache.lookup.count("договор", account="anna") == len(newest)
    assert [(f.account, f.name) for f, _row in cache.lookup.search("folder:бухгалтерия", limit=1)] == [
        ("anna", "Бухгалтерия")
    ]


def test_status_follows_a_verdict_that_changes(mailbox: tuple[Cache, list[_Letter]]) -> None:
    """A certificate revoked after the letter was first checked: checked again, the letter is
    found by its new status only, once the index has caught up with the new verdict."""
    cache, letters = mailbox
    valid = next(one for one in letters if one.status == "valid")
    assert valid.uid in _uids(cache.lookup.search("status:valid"))
    summary = {"status": "revoked", "signer": {"name": "СЕРІКҰЛЫ БОЛАТ", "iin": "800505300026"}}
    cache.verdicts.put(_blob(cache, valid.uid), {"status": "revoked"}, summary, "trust")
    cache.update_search_index()
    assert valid.uid not in _uids(cache.lookup.search("status:valid"))
    revoked = _uids(cache.lookup.search("status:revoked"))
    assert valid.uid in revoked
    assert cache.lookup.count("status:revoked") == len(revoked) == sum(o.status == "revoked" for o in letters) + 1


def test_a_count_only_when_cheap(mailbox: tuple[Cache, list[_Letter]], monkeypatch: pytest.MonkeyPatch) -> None:
    """Up to FEW_MATCHES letters to look at, the exact count; beyond, or with a phrase, none."""
    cache, letters = mailbox
    signed = sum(one.status is not None for one in letters)
    assert cache.lookup.count("договор") == 90
    assert cache.lookup.count('"договор поставки"') is None
    assert cache.lookup.count("") == 0
    monkeypatch.setattr(lookup, "FEW_MATCHES", signed)
    assert cache.lookup.count("договор") is None
    assert cache.lookup.count("has:signature") == signed
    assert cache.lookup.count("folder:бухгалтерия") is None  # every letter would be looked at for its folder
    assert len(cache.lookup.search("договор")) == 90  # the count's bound limits no search


def test_no_statement_of_a_search_sorts_the_matches(mailbox: tuple[Cache, list[_Letter]]) -> None:
    """Every statement a search runs is walked in the order of an index: none sorts what it found
    (SQLite says USE TEMP B-TREE FOR ORDER BY when it does)."""
    cache, _letters = mailbox
    statements: list[str] = []
    cache.file.search_db.set_trace_callback(statements.append)
    for query in [*OPERATORS, '"договор поставки"', "folder:inbox"]:
        assert cache.lookup.search(query)
    cache.file.search_db.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert any("MATCH" in s and "ORDER BY" in s for s in selects)
    for statement in selects:
        plan = [str(row[3]) for row in cache.file.search_db.execute("EXPLAIN QUERY PLAN " + statement)]
        assert not [step for step in plan if "TEMP B-TREE" in step], (statement, plan)


# The layout of the index file before version 4 (its rowids were the letters' ids)
_VERSION_3 = """
CREATE VIRTUAL TABLE message_text USING fts5(
    subject, sender, recipients, body, attachments, signer, stems,
    tokenize = 'unicode61 remove_diacritics 2', detail = column
);
CREATE TABLE applied (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL);
"""


def test_an_index_of_version_3_is_replaced_and_the_letters_kept(tmp_path: Path) -> None:
    """The index of the previous version, up to date as that version saw it, is built anew in the
    new layout; the cache, of schema 7 with its index of every letter by date, keeps its letters."""
    path = tmp_path / "c.sqlite3"
    cache = _cache(path)
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    days = [5, 1, 9, 3]  # stored in this order; newest first: 9, 5, 3, 1
    cache.messages.store(
        inbox.id,
        [
            IncomingMessage(
                d, _raw("Акт", "Акт сверки", format_datetime(BASE + dt.timedelta(days=d)), "a@b.kz"), True, (), 0
            )
            for d in days
        ],
    )
    cache.update_search_index()
    index_path = cache.index_path
    cache.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(index_path) + suffix).unlink(missing_ok=True)
    with sqlite3.connect(index_path) as old:
        old.executescript(_VERSION_3)
        old.executemany(
            "INSERT INTO message_text (rowid, subject, body) VALUES (?, 'Акт', 'акт сверки')",
            [(i,) for i in range(1, 5)],
        )
        old.execute("INSERT INTO applied VALUES (1, 1000000)")
        old.execute("PRAGMA user_version = 3")
    with sqlite3.connect(path) as db:  # the cache as version 7 left it
        db.execute("CREATE INDEX messages_by_time ON messages(date DESC)")
        db.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    reopened = Cache(path)
    reopened.update_search_index()
    assert _uids(reopened.lookup.search("акт")) == [9, 5, 3, 1]
    with sqlite3.connect(index_path) as index:
        assert index.execute("PRAGMA user_version").fetchone()[0] == searchindex.INDEX_VERSION
        assert index.execute("SELECT COUNT(*) FROM letters").fetchone()[0] == 4
    indexes = {r[0] for r in reopened.file.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "messages_by_time" not in indexes
    assert len(reopened.messages.in_folder(inbox.id)) == 4
