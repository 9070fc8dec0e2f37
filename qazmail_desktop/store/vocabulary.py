"""The search index's own list of its words, so that a word still being typed ("догов") is searched
as the OR of the words it begins instead of by FTS5's prefix query.

Why: FTS5 (SQLite 3.40) answers ``"догов"*`` by reading and merging the whole posting lists of every
term that begins so before it yields its first match, whatever the LIMIT: at a million letters a
common word took 100-320 ms that way (bench/RESULTS.md). An OR of the same terms is walked lazily,
newest first, and stops at the page it shows. FTS5 has no cheap way to list its terms (fts5vocab
reads their postings as well), so the indexer keeps them in ``words``, in the same transaction as
the letters' rows.

The words are FTS5's tokenizer's own, never Python's idea of a word: each letter's text, and each
typed word, is split and folded by FTS5 itself (a scratch FTS5 table with the index's tokenizer), and
the terms go from FTS5's vocabulary into the list in SQL, byte for byte. That includes a term FTS5
cut in the middle of a character (it keeps at most 32 KiB of a word): not valid UTF-8, it is
searched by its valid beginning as a prefix. A word stays listed when its letters are removed: the
list may hold more than the index, and an extra word in an OR matches nothing.
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
# Characters of letters' text tokenized at once for the list (a batch of 200 common letters: 2.6 M)
LIST_AT_ONCE = 4_000_000
_LAST_CHARACTER = 0x10FFFF
_SURROGATES = range(0xD800, 0xE000)  # not characters: no text holds them


def _scratch_schema(schema: str, detail: str) -> list[str]:
    """A contentless FTS5 table ``t`` with the index's tokenizer (it keeps no copy of the text) and its
    vocabulary ``v`` (one row per term, or per term's place with ``detail`` full)."""
    kind = "instance" if detail == "full" else "row"
    return [
        f"CREATE VIRTUAL TABLE {schema}.t USING fts5(x, content = '', tokenize = '{TOKENIZER}', detail = {detail})",
        f"CREATE VIRTUAL TABLE {schema}.v USING fts5vocab(t, '{kind}')",  # its table: in the same schema
    ]


class Lister:
    """Lists the words of letters as the indexer writes them, through a scratch table in memory
    attached to the index's connection ``db`` (so the terms go into ``words`` without passing through
    Python), a few megabytes of text at a time: a batch of large letters of distinct words held at
    once took gigabytes, and a letter at a time made the index's build a third slower."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._held = 0  # characters in the scratch table, not listed yet
        db.execute("ATTACH DATABASE ':memory:' AS scratch")
        for statement in _scratch_schema("scratch", "none"):
            db.execute(statement)

    def add(self, texts: Iterable[str]) -> None:
        """The words of one letter's ``texts`` (what the indexer writes to the index's written
        columns), listed by ``flush`` at the latest, in the index's open transaction."""
        text = "\n".join(texts)  # one row a letter: FTS5 splits at the line breaks all the same
        self._db.execute("INSERT INTO scratch.t (x) VALUES (?)", (text,))
        self._held += len(text)
        if self._held > LIST_AT_ONCE:
            self.flush()

    def flush(self) -> None:
        """List the words held, before the transaction that indexed their letters commits."""
        if self._held:
            self._db.execute("INSERT OR IGNORE INTO main.words (word) SELECT term FROM scratch.v")
            self._db.execute("INSERT INTO scratch.t (t) VALUES ('delete-all')")
            self._held = 0


@contextlib.contextmanager
def _scratch() -> Iterator[sqlite3.Connection]:
    """A scratch table of its own in memory, for a query's words (any thread may call)."""
    db = sqlite3.connect(":memory:")
    db.text_factory = bytes  # a term FTS5 cut inside a character is not UTF-8
    try:
        for statement in _scratch_schema("main", "full"):
            db.execute(statement)
        yield db
    finally:
        db.close()


def tokens(words: list[str]) -> list[list[str] | None]:
    """Each of ``words`` as FTS5 splits and folds it (its terms, in order), or None for a word FTS5
    cuts inside a character (over 32 KiB)."""
    split: list[list[bytes]] = [[] for _ in words]
    with _scratch() as db:
        db.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", enumerate(words))
        for term, doc in db.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
            split[doc].append(term)
    return [_decoded(terms) for terms in split]


def _decoded(terms: list[bytes]) -> list[str] | None:
    try:
        return [term.decode() for term in terms]
    except UnicodeDecodeError:
        return None


def _after_every_beginning(start: str) -> str | None:
    """The least text after every text that begins with ``start`` (None: there is none), in SQLite's
    order of text, which is UTF-8's, which is the characters' order."""
    kept = start.rstrip(chr(_LAST_CHARACTER))
    if not kept:
        return None
    following = ord(kept[-1]) + 1
    if following in _SURROGATES:
        following = _SURROGATES.stop
    return kept[:-1] + chr(following)


class Vocabulary:
    """The list of the index attached to ``db`` as ``schema``, for one query's words."""

    def __init__(self, db: sqlite3.Connection, schema: str = "search") -> None:
        self._db = db
        self._schema = schema

    def beginning(self, terms: list[str]) -> list[list[str] | None]:
        """For each term (one of FTS5's, as ``tokens`` gives it), the FTS5 expressions of the index's
        words that begin so: each word quoted, a word FTS5 cut inside a character as a prefix of its
        valid part. None when FTS5's prefix query must answer: no word or more than MOST_WORDS begin
        so, or the index keeps no list (an older layout, before its indexer first opens it)."""
        found: list[list[str] | None] = []
        for start in terms:
            end = _after_every_beginning(start)
            upper = "" if end is None else " AND word < ?"
            sql = f"SELECT CAST(word AS BLOB) FROM {self._schema}.words WHERE word >= ?{upper} LIMIT ?"
            params = (start, MOST_WORDS + 1) if end is None else (start, end, MOST_WORDS + 1)
            try:
                rows = self._db.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc):
                    raise
                return [None] * len(terms)  # an index of an older layout
            words = [_expression(row[0]) for row in rows]
            found.append(words if 0 < len(words) <= MOST_WORDS else None)
        return found


def _expression(word: bytes) -> str:
    """One listed word in FTS5's query syntax."""
    try:
        return f'"{word.decode()}"'
    except UnicodeDecodeError:  # cut by FTS5 inside a character: its terms that begin with the rest
        return f'"{word.decode(errors="ignore")}"*'
