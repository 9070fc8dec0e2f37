"""A folder's list, page by page: each page continues from the last letter of the one before (along
the date index, not by skipping letters), and the pages together are exactly the folder in order
— letters with equal dates, letters without a date, both directions, the quick filter, and a
letter removed between two pages."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from qazmail_desktop.store.cache import Cache, IncomingMessage
from qazmail_desktop.store.messages import ListFilter
from qazmail_desktop.store.records import MessageRow
from tests.accounts import make_account

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _letter(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "dana@dala.kz", "anna@altyn.kz", f"Письмо {n}"
    if n % 7 != 3:  # every seventh letter has no Date at all
        msg["Date"] = format_datetime(START + dt.timedelta(hours=(n * 5) % 11))  # many equal dates, out of order
    msg["Message-ID"] = f"<{n}@dala.kz>"
    msg.set_content(f"Письмо {n}")
    return msg.as_bytes()


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Cache, int]:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(make_account("anna", "anna@altyn.kz"))
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    letters = [IncomingMessage(n, _letter(n), True, () if n % 2 else ("\\Seen",), 100) for n in range(1, 61)]
    cache.messages.store(inbox.id, letters)
    return cache, inbox.id


def _paged(cache: Cache, folder_id: int, descending: bool, only: ListFilter | None, size: int) -> list[MessageRow]:
    """Every page as the list fetches them: each continues after the last letter already shown."""
    rows: list[MessageRow] = []
    while True:
        after = rows[-1].id if rows else None
        page = cache.messages.in_folder(folder_id, "date", descending, size, len(rows), only=only, after=after)
        if not page:
            return rows
        rows += page


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("only", [None, ListFilter(unread=True)])
@pytest.mark.parametrize("size", [1, 4, 7, 500])
def test_pages_are_the_folder_in_order(
    folder: tuple[Cache, int], descending: bool, only: ListFilter | None, size: int
) -> None:
    cache, folder_id = folder
    whole = cache.messages.in_folder(folder_id, "date", descending, only=only)
    assert any(r.date is None for r in whole) and len({r.date for r in whole}) < len(whole)  # the hard cases
    assert [r.uid for r in _paged(cache, folder_id, descending, only, size)] == [r.uid for r in whole]
    dated = [r for r in whole if r.date is not None]
    assert dated == sorted(dated, key=lambda r: (r.date, r.uid), reverse=descending)
    undated_last = whole[-1].date is None if descending else whole[0].date is None
    assert undated_last


def test_a_letter_removed_between_pages_does_not_lose_the_place(folder: tuple[Cache, int]) -> None:
    """The last letter shown was expunged before the next page: the page is counted from the start."""
    cache, folder_id = folder
    whole = cache.messages.in_folder(folder_id, "date", True)
    first = whole[:10]
    cache.messages.delete_uids(folder_id, [first[-1].uid])
    page = cache.messages.in_folder(folder_id, "date", True, 10, 9, after=first[-1].id)
    assert [r.uid for r in page] == [r.uid for r in whole[10:20]]
