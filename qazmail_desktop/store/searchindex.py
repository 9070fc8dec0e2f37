"""The full-text search index: SQLite FTS5 in a database file of its own beside the cache.

The id of every letter that is added, changed, removed or whose signature verdict changes goes
into ``search_queue`` in the same transaction as the change itself: by triggers, and for the
letters a sync adds, by one statement per stored batch (``QUEUE_NEW_LETTERS``: a trigger firing
for each of 10,000 new letters cost a third of a second of a first sync).
``SearchIndex.catch_up`` brings the index up to the queue: for each queued id it indexes the
letter as it is now (or drops it, if it is gone), and records the last queue position it
applied in the index file, in the same transaction as the index rows. So whatever is killed
when, the index ends up matching the cache, each change applied once.

Why a file of its own: tokenising every letter is the largest single cost of a first sync. In
its own file the index is written by a second process while the sync keeps storing letters
(SQLite allows one writer per file), and being derived data, a lost or damaged index file is
simply rebuilt from the cache.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import rawmime, sqlite, vocabulary
from .mailparse import body_content_of, walk_parts
from .wordforms import stem_text

if TYPE_CHECKING:  # multiprocessing itself is loaded when the first indexer starts, not at start-up
    import multiprocessing.connection
    import multiprocessing.process

INDEX_BATCH = 200  # letters per index transaction
INDEXER_NICENESS = 10
INDEX_PAGE_SIZE = 16_384  # FTS5 segments are large: 16 KiB pages index a first sync 15% faster than 4 KiB
ATTACHMENTS_TEXT = 400_000  # characters of attachments' text indexed per letter at most

# 2: detail=none. Searches are words (as prefixes) anywhere in a letter, which needs neither word
# positions nor columns; not storing them makes indexing a first sync's letters a fifth cheaper.
# 3: sender and recipients apart (from:, to:), the text of attachments, and the stems of the
# letter's words (wordforms: "договор" finds "договора", "келісімшарт" finds "келісімшартқа").
# 4: a letter's rowid is its date key (``letter_key``), so FTS5 yields matches newest first and a
# search stops at the page it shows instead of sorting every match by date (60,000 matches of a
# common word took most of a second at 300,000 letters: bench/RESULTS.md); ``letters`` maps the
# keys to the cache's letters. Whether a letter has attachments and a signature, and its verdict's
# status, are words of columns of their own: has: and status: are index terms, walked in the same
# order, instead of a scan of every letter's verdict.
# 5: ``words``, the index's own list of the words of its written columns (``vocabulary``), so a
# word as typed is searched as the OR of the words it begins: FTS5's prefix query merged every
# posting of them first (a common word: 100-320 ms at a million letters). An index of layout 4 gets
# the list from its own terms (``_list_words``), not built anew.
INDEX_VERSION = 5
INDEX_SCHEMA = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS message_text USING fts5(
    subject, sender, recipients, body, attachments, signer, stems, has, status,
    tokenize = '{vocabulary.TOKENIZER}', detail = column
);
CREATE TABLE IF NOT EXISTS letters (key INTEGER PRIMARY KEY, message_id INTEGER NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS applied (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL);
{vocabulary.SCHEMA}
"""
WRITTEN_COLUMNS = ("subject", "sender", "recipients", "body", "attachments", "signer")  # the words as written
_WRITTEN = slice(1, 1 + len(WRITTEN_COLUMNS))  # their place in a row of message_text (after the rowid)
# A letter's key: the second of its date, shifted left by TIE_BITS, plus a number that tells apart
# the letters of the same second (the low bits of the letter's id, or the next free one). Every
# date Python can read (years 1 to 9999) is within ±2^38 seconds of 1970, so keys fit in 63 bits.
# Fewer tie bits made the index 5% smaller (FTS5 stores differences of keys), but then 1,025 letters
# of one second (all those without a date, say) took keys of the next seconds, past a day's end for
# on:/before:, each found by probing key after key.
TIE_BITS = 24
UNDATED = -(1 << 38)  # the second of a letter without a readable date: after every dated one, newest first
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_SECOND = dt.timedelta(seconds=1)

# Part of the cache's schema: what feeds the index.
QUEUE_SCHEMA = """
CREATE TABLE IF NOT EXISTS search_queue (seq INTEGER PRIMARY KEY AUTOINCREMENT, message_id INTEGER NOT NULL);
DROP TRIGGER IF EXISTS search_on_insert;
CREATE TRIGGER IF NOT EXISTS search_on_update AFTER UPDATE OF blob, subject, sender, recipients, cc ON messages BEGIN
    INSERT INTO search_queue (message_id) VALUES (NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS search_on_delete AFTER DELETE ON messages BEGIN
    INSERT INTO search_queue (message_id) VALUES (OLD.id);
END;
CREATE TRIGGER IF NOT EXISTS search_on_verdict AFTER INSERT ON signatures BEGIN
    INSERT INTO search_queue (message_id) SELECT id FROM messages WHERE blob = NEW.blob;
END;
CREATE TRIGGER IF NOT EXISTS search_on_new_verdict AFTER UPDATE OF summary ON signatures
WHEN OLD.summary IS NOT NEW.summary BEGIN
    INSERT INTO search_queue (message_id) SELECT id FROM messages WHERE blob = NEW.blob;
END;
"""

# Run by the one writer of new letters (Cache.store_messages) right after inserting them, in the same
# transaction: message ids only grow, so the new rows are those above the highest id before the insert.
QUEUE_NEW_LETTERS = "INSERT INTO search_queue (message_id) SELECT id FROM messages WHERE id > ?"

_LETTERS = (
    "SELECT m.id, m.date, m.subject, m.sender, m.recipients, m.cc, m.has_attachments, m.signed, b.data, s.summary "
    "FROM messages m "
    "LEFT JOIN blobs b ON b.digest = m.blob LEFT JOIN signatures s ON s.blob = m.blob WHERE m.id IN ({})"
)

# a row of _LETTERS: id, date, subject, sender, recipients, cc, has_attachments, signed, data, signature summary
_Letter = tuple[int, str | None, str, str, str, str, int, int, bytes | None, str | None]
IndexProgress = Callable[[int], None]  # changes applied so far
WaitProgress = Callable[[int, int], None]  # letters indexed, of how many


def index_path_for(cache_path: Path) -> Path:
    return cache_path.with_name(cache_path.stem + "-search" + cache_path.suffix)


def seconds_of(moment: dt.datetime) -> int:
    """Whole seconds since 1970 (UTC; a moment without a zone is taken as UTC, as the cache does)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment - _EPOCH) // _SECOND


def date_seconds(date: str | None) -> int:
    """The second of a date as the cache stores it (ISO), UNDATED for none or one that cannot be read."""
    if not date:
        return UNDATED
    try:
        return seconds_of(dt.datetime.fromisoformat(date))
    except ValueError:
        return UNDATED


def first_key(seconds: int) -> int:
    """The lowest key of the letters of that second."""
    return seconds << TIE_BITS


def status_word(status: str) -> str:
    """A verdict's status as one word of the index (its tokenizer would split "invalid_signature")."""
    return status.replace("_", "")


def signer_words(signature_summary: str | None) -> str:
    """What a signature verdict adds to search: the signer's name, company, e-mail, IIN and BIN."""
    if not signature_summary:
        return ""
    signer = json.loads(signature_summary).get("signer") or {}
    words = [signer.get(k) or "" for k in ("name", "organization", "email")]
    words += [f"IIN {signer['iin']}" if signer.get("iin") else "", f"BIN {signer['bin']}" if signer.get("bin") else ""]
    return " ".join(w for w in words if w)


class SearchIndex:
    """The index file of one cache; one instance per thread or process."""

    def __init__(self, cache_path: Path) -> None:
        self.cache_path = cache_path
        self.path = index_path_for(cache_path)
        self._cache_db = sqlite.connect(cache_path)
        self._db = self._open()
        self._lister = vocabulary.Lister(self._db)

    def _open(self) -> sqlite3.Connection:
        """The index file, built anew (it is derived data) when it is damaged or of an older layout."""
        try:
            db = self._create()
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version == INDEX_VERSION - 1:
                self._list_words(db)
                return db
            if version == INDEX_VERSION:
                return db
            db.close()
        except sqlite3.DatabaseError:
            if sqlite.disk_full(self.path):
                raise  # not damaged: a full disk; the index is kept, never deleted for that
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        return self._create()

    def _create(self) -> sqlite3.Connection:
        db = sqlite.connect(self.path, page_size=INDEX_PAGE_SIZE)
        db.executescript(INDEX_SCHEMA)
        if db.execute("SELECT 1 FROM applied").fetchone() is not None:
            return db  # an index already: nothing to write, no lock to wait for
        with sqlite.transaction(db):
            if db.execute("SELECT 1 FROM applied").fetchone() is None:
                # A new index: every letter the cache has must be indexed, whatever the queue says.
                with sqlite.transaction(self._cache_db) as cache:
                    cache.execute("INSERT INTO search_queue (message_id) SELECT id FROM messages")
                db.execute("INSERT INTO applied VALUES (1, 0)")
                db.execute(f"PRAGMA user_version = {INDEX_VERSION}")
        return db

    @staticmethod
    def _list_words(db: sqlite3.Connection) -> None:
        """An index of layout 4 gets the list of its words from its own terms (fts5vocab, one read of
        the index: 1.5 s at 100,000 letters), instead of being built anew (23 minutes at a million)."""
        with sqlite.transaction(db):  # the write lock: another process may be doing the same
            if db.execute("PRAGMA user_version").fetchone()[0] == INDEX_VERSION:
                return
            db.execute("CREATE VIRTUAL TABLE temp.index_terms USING fts5vocab(main, message_text, 'col')")
            marks = ",".join("?" * len(WRITTEN_COLUMNS))
            db.execute(
                f"INSERT OR IGNORE INTO words SELECT term FROM temp.index_terms WHERE col IN ({marks})", WRITTEN_COLUMNS
            )
            db.execute("DROP TABLE temp.index_terms")
            db.execute(f"PRAGMA user_version = {INDEX_VERSION}")

    def close(self) -> None:
        self._db.close()
        self._cache_db.close()

    def pending(self) -> int:
        applied = self._db.execute("SELECT seq FROM applied").fetchone()[0]
        return int(self._cache_db.execute("SELECT COUNT(*) FROM search_queue WHERE seq > ?", (applied,)).fetchone()[0])

    def catch_up(self, wait: bool = True, progress: IndexProgress | None = None, trim: bool = True) -> int:
        """Apply the whole queue; returns how many queued changes were applied. With ``wait`` False,
        returns at once when another process is indexing right now. ``trim`` then deletes what was
        applied from the queue (a write to the cache, which the background indexer leaves to the sync
        so as not to contend with it for the cache's write lock)."""
        applied = 0
        while True:
            try:
                done = self._apply_batch(wait)
            except sqlite3.OperationalError as exc:
                if wait or "locked" not in str(exc):
                    raise
                return applied
            if not done:
                if trim:
                    self._trim()
                return applied
            applied += done
            if progress is not None:
                progress(applied)

    def _apply_batch(self, wait: bool) -> int:
        self._db.execute(f"PRAGMA busy_timeout = {sqlite.BUSY_TIMEOUT_MS if wait else 0}")
        with sqlite.transaction(self._db) as db:  # the index's write lock: one indexer at a time
            start = int(db.execute("SELECT seq FROM applied").fetchone()[0])
            queued = self._cache_db.execute(
                "SELECT seq, message_id FROM search_queue WHERE seq > ? ORDER BY seq LIMIT ?", (start, INDEX_BATCH)
            ).fetchall()
            if not queued:
                return 0
            ids = sorted({row[1] for row in queued})
            # a letter queued again later (stored, then its verdict came) is indexed once, at its last entry
            marks = ",".join("?" * len(ids))
            again = f"SELECT DISTINCT message_id FROM search_queue WHERE seq > ? AND message_id IN ({marks})"
            later = {row[0] for row in self._cache_db.execute(again, (queued[-1][0], *ids))}
            ids = [i for i in ids if i not in later]
            marks = ",".join("?" * len(ids))
            old_keys = [row[0] for row in db.execute(f"SELECT key FROM letters WHERE message_id IN ({marks})", ids)]
            db.executemany("DELETE FROM message_text WHERE rowid = ?", ((k,) for k in sorted(old_keys)))
            db.execute(f"DELETE FROM letters WHERE message_id IN ({marks})", ids)
            letters = self._cache_db.execute(_LETTERS.format(marks), ids).fetchall()
            keyed = sorted((_place(db, row[0], date_seconds(row[1])), row) for row in letters)
            # in ascending rowid order: FTS5 writes out what it holds whenever a rowid goes down
            db.executemany(
                "INSERT INTO message_text (rowid, subject, sender, recipients, body, attachments, signer, stems,"
                " has, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self._listed(self._document(key, row)) for key, row in keyed),
            )
            self._lister.flush()
            db.execute("UPDATE applied SET seq = ?", (queued[-1][0],))
        return len(queued)

    def _listed(self, document: tuple[Any, ...]) -> tuple[Any, ...]:
        """``document``, its written words listed (``vocabulary``) as it goes into the index."""
        self._lister.add(document[_WRITTEN])
        return document

    def _trim(self) -> None:
        applied = self._db.execute("SELECT seq FROM applied").fetchone()[0]
        with sqlite.transaction(self._cache_db) as cache:
            cache.execute("DELETE FROM search_queue WHERE seq <= ?", (applied,))

    @staticmethod
    def _document(key: int, row: _Letter) -> tuple[Any, ...]:
        _id, _date, subject, sender, recipients, cc, has_attachments, signed, data, signature = row
        body, attachments = _readable(data) if data else ("", "")
        has = " ".join(word for word, present in (("attachment", has_attachments), ("signature", signed)) if present)
        status = status_word(json.loads(signature).get("status") or "") if signature else ""
        return (
            key,
            subject,
            sender,
            " ".join((recipients, cc)),
            body,
            attachments,
            signer_words(signature),
            stem_text((subject, body, attachments)),
            has,
            status,
        )


def _place(db: sqlite3.Connection, message_id: int, seconds: int) -> int:
    """A key of the letter's own in ``letters``: its second's, told apart from the other letters of
    that second by the low bits of its id, or, when another letter has those, the next free key
    (in the next second only if 2^TIE_BITS letters had the same one)."""
    key = first_key(seconds) + message_id % (1 << TIE_BITS)
    while db.execute("SELECT 1 FROM letters WHERE key = ?", (key,)).fetchone() is not None:
        key += 1
    db.execute("INSERT INTO letters (key, message_id) VALUES (?, ?)", (key, message_id))
    return key


def _readable(data: bytes) -> tuple[str, str]:
    """A letter's text, and its attachments' names and text (each within its budget, the whole
    letter's within ATTACHMENTS_TEXT): what search finds a letter by, besides its headers."""
    from .attachmenttext import attachment_text  # PDF, XML and CMS readers: the indexer's alone

    try:
        root = rawmime.parse(data)
        body = body_content_of(root)
    except Exception:  # the quarantine boundary: one hostile letter never stops the index
        return "", ""
    parts = walk_parts(root)
    texts = [a.filename for a in body.attachments]
    room = ATTACHMENTS_TEXT
    for attachment in body.attachments:
        if room <= 0 or attachment.part_index >= len(parts):
            break
        try:
            content = parts[attachment.part_index].decoded_body()
        except Exception:  # an attachment that cannot be decoded is found by its name alone
            continue
        text = attachment_text(attachment.filename, attachment.content_type, content)[:room]
        texts.append(text)
        room -= len(text)
    return body.text, " ".join(texts)


def _index_until_told(cache_path: str, orders: multiprocessing.connection.Connection) -> None:
    """The background indexer: catch up, then wait for "more" or "finish" (or the parent's exit).
    It yields the processor to the sync (nice), which is what the user waits for."""
    with contextlib.suppress(OSError, AttributeError):  # os.nice: not on Windows
        os.nice(INDEXER_NICENESS)
    index = SearchIndex(Path(cache_path))
    try:
        while True:
            index.catch_up(trim=False)
            try:
                order = orders.recv()
                while order == "more" and orders.poll():
                    order = orders.recv()
            except EOFError:  # the sync is gone (killed?): what is queued waits for the next run
                return
            if order == "finish":
                index.catch_up(trim=False)
                return
    finally:
        index.close()


class BackgroundIndexer:
    """Indexes in a second process while a sync stores letters, so tokenising runs on another core.

    ``more`` says letters were stored (starting the process when none runs); ``wind_down`` says no
    more are coming for now: the process exits once it has caught up, and the sync need not wait
    for it. ``finish`` waits until everything is indexed, doing the rest itself if a process failed."""

    def __init__(self, cache_path: Path) -> None:
        self.cache_path = cache_path
        self._orders: multiprocessing.connection.Connection | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self._winding_down: list[multiprocessing.process.BaseProcess] = []
        self._failed = False

    def more(self) -> None:
        """New letters are queued: start the indexer, or tell it there is more."""
        if self._failed:
            return
        if self._process is None:
            import multiprocessing

            context = multiprocessing.get_context("spawn")  # fork is unsafe in a process with threads (Qt)
            ours, theirs = context.Pipe()
            process = context.Process(
                target=_index_until_told, args=(str(self.cache_path), theirs), daemon=True, name="qazmail-indexer"
            )
            try:
                process.start()
            except (OSError, RuntimeError):  # no second process here: finish() indexes in this one
                self._failed = True
                return
            finally:
                theirs.close()
            self._process, self._orders = process, ours
        assert self._orders is not None
        with contextlib.suppress(OSError):
            self._orders.send("more")

    def wind_down(self) -> None:
        if self._process is None or self._orders is None:
            return
        with contextlib.suppress(OSError):
            self._orders.send("finish")
        self._orders.close()
        self._winding_down.append(self._process)
        self._process = self._orders = None

    def finish(self, progress: WaitProgress | None = None) -> None:
        """Wait for the indexing processes, telling ``progress`` (done, total) as the queue shrinks,
        then index whatever is left here."""
        self.wind_down()
        index = SearchIndex(self.cache_path)
        try:
            total = index.pending()
            for process in self._winding_down:
                while process.is_alive():
                    process.join(0.25)
                    if progress is not None:
                        progress(max(total - index.pending(), 0), total)
            self._winding_down.clear()
            left = index.pending()
            index.catch_up(progress=None if progress is None else lambda n: progress(total - left + n, total))
        finally:
            index.close()
