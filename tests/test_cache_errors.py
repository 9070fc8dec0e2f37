"""Each way the mail cache can fail gets its own advice (issue #19): a full disk, a read-only file,
another program holding it, a damaged file. Real SQLite errors, made as they happen; only a damaged
cache is worth moving aside (said to someone whose disk is full, it loses mail)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qazmail_desktop.store.cache import Cache
from qazmail_desktop.store.errors import CacheUnusable
from qazmail_desktop.store.sqlerrors import describe
from tests.conftest import run_cli


def _error(make: object) -> sqlite3.Error:
    try:
        make()  # type: ignore[operator]
    except sqlite3.Error as exc:
        return exc
    raise AssertionError("no error")


def test_each_kind_of_failure_has_its_advice(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x BLOB)")
    db.commit()

    def fill() -> None:
        db.execute("PRAGMA max_page_count = 2")
        db.execute("INSERT INTO t VALUES (zeroblob(100000))")

    assert "is full: nothing was changed; free some space" in describe(_error(fill), path)
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert "cannot be written (read-only" in describe(
        _error(lambda: read_only.execute("INSERT INTO t VALUES (1)")), path
    )
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    waiter = sqlite3.connect(path, timeout=0)
    assert "another QazMail" in describe(_error(lambda: waiter.execute("SELECT * FROM t").fetchall()), path)
    holder.rollback()
    for message in (describe(_error(fill), path), describe(_error(lambda: read_only.execute("DELETE FROM t")), path)):
        assert "move it aside" not in message


@pytest.mark.parametrize("damage", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_damaged_cache_is_named_and_the_commands_say_what_to_do(tmp_path: Path, damage: bytes) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "mail.sqlite3").write_bytes(damage)
    with pytest.raises(CacheUnusable, match=r"is damaged .*move it aside"):
        Cache(profile / "mail.sqlite3")
    proc = run_cli("list", profile=profile)
    assert proc.returncode == 2 and "is damaged" in proc.stderr and "Traceback" not in proc.stderr
    assert (profile / "mail.sqlite3").read_bytes() == damage  # nothing of the user's was touched
