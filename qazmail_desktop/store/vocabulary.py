"""The search index's own list of its words, so that a word still being typed ("догов") is searched
as the OR of the words it begins instead of by FTS5's prefix query.

Why: FTS5 (SQLite 3.40) answers ``"догов"*`` by reading and merging the whole posting lists of every
term that begins so before it yields its first match, whatever the LIMIT: at a million letters a
common word took 100-320 ms that way (bench/RESULTS.md). An OR of the same terms is walked lazily,
newest first, and stops at the page it shows. FTS5 has no cheap way to list its terms (fts5vocab
reads their postings as well), so the indexer keeps them in ``words``, in the same transaction as
the letters' rows.

The words are FTS5's tokenizer's own, never Python's idea of a word: each batch's text, and each
typed word, is split and folded by FTS5 itself (``Tokenizer``, an in-memory table with the index's
tokenizer). So the list holds exactly the terms of the index's written columns, folded as the index
folds them. A word stays listed when its letters are removed: the list may hold more than the
index, and an extra word in an OR matches nothing.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator

TOKENIZER = "unicode61 remove_diacritics 2"  # the index's (searchindex.INDEX_SCHEMA)
SCHEMA = "CREATE TABLE IF NOT EXISTS words (word TEXT PRIMARY KEY) WITHOUT ROWID;"
# A beginning shared by more words than this is left to FTS5's prefix query: each word of an OR
# costs a look-up of its own, more than FTS5's merge when the words are many and each in few letters.
# At a million letters (bench/million.py's): "д" (2,343 words) 1.7 s by the prefix query, 146 ms as
# an OR; "с" (975) 1.1 s / 50 ms; but "20" (11,111 numbers) 78 ms / 295 ms.
MOST_WORDS = 5000
_PAST_ANY_CHARACTER = "\U0010ffff"  # the highest code point: UTF-8 (SQLite's order) sorts as code points do


@contextlib.contextmanager
def _scratch(detail: str) -> Iterator[sqlite3.Connection]:
    """An in-memory FTS5 table ``t`` (one column, the index's tokenizer) and its vocabulary ``v``.
    A connection of its own each time: cheap (well under a millisecond), and any thread may call."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '{TOKENIZER}', detail = {detail})")
        db.execute(f"CREATE VIRTUAL TABLE v USING fts5vocab(t, '{'instance' if detail == 'full' else 'row'}')")
        yield db
    finally:
        db.close()


def terms(texts: Iterable[str]) -> list[str]:
    """The distinct terms FTS5 makes of ``texts``, in order."""
    with _scratch("none") as db:
        db.execute("INSERT INTO t (x) VALUES (?)", ("\n".join(texts),))
        return [row[0] for row in db.execute("SELECT term FROM v")]


def tokens(words: list[str]) -> list[list[str]]:
    """Each of ``words`` as FTS5 splits and folds it (a list of its terms, in order)."""
    split: list[list[str]] = [[] for _ in words]
    with _scratch("full") as db:
        db.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", enumerate(words))
        for term, doc in db.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
            split[doc].append(term)
    return split


def add(db: sqlite3.Connection, texts: Iterable[str]) -> None:
    """List the words of ``texts`` (what the indexer writes to the index's written columns), in the
    index's open transaction."""
    db.executemany("INSERT OR IGNORE INTO words (word) VALUES (?)", ((term,) for term in terms(texts)))


class Vocabulary:
    """The list of the index attached to ``db`` as ``schema``, for one query's words."""

    def __init__(self, db: sqlite3.Connection, schema: str = "search") -> None:
        self._db = db
        self._schema = schema

    def beginning(self, typed: list[str]) -> list[list[str] | None]:
        """For each typed word, the index's words that begin as it does (folded as the index folds
        it), or None when FTS5's prefix query must answer: the typed word is more than one term to
        FTS5, no word or more than MOST_WORDS begin so, or the index keeps no list (an older layout
        not yet brought up to date by its indexer)."""
        found: list[list[str] | None] = []
        for split in tokens(typed):
            if len(split) != 1:
                found.append(None)
                continue
            start = split[0]
            sql = f"SELECT word FROM {self._schema}.words WHERE word >= ? AND word < ? LIMIT ?"
            try:
                rows = self._db.execute(sql, (start, start + _PAST_ANY_CHARACTER, MOST_WORDS + 1)).fetchall()
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc):
                    raise
                return [None] * len(typed)  # an index of an older layout
            words = [row[0] for row in rows]
            found.append(words if 0 < len(words) <= MOST_WORDS else None)
        return found
