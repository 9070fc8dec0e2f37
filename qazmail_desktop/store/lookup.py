"""Finding letters and people: full-text search over the index file, and known correspondents."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import islice
from typing import Any

from . import sqlite
from .connections import CacheFile
from .folders import Folders
from .messages import SELECT_ROWS
from .records import Folder, MessageRow
from .searchindex import UNDATED, first_key, seconds_of, status_word
from .searchquery import SearchQuery, parse_query
from .vocabulary import Vocabulary, tokens
from .wordforms import WORD, stems

# The columns of the index that hold a letter's words as written; "stems" holds their stems
_WRITTEN = "{subject sender recipients body attachments signer}"
_FIELD_COLUMNS = {"from": "sender", "to": "recipients", "subject": "subject", "signer": "signer"}
PHRASE_CANDIDATES = 2000  # letters whose text is read at most, to find a phrase in order
# Up to this many letters to look at, a search's count is cheap to know (Lookup.count)
FEW_MATCHES = 5000
_LAST_KEY = (1 << 63) - 1  # SQLite's largest integer


class _Expression:
    """The FTS5 expression of a query. Its words are split where FTS5 splits them (``tokens``: a
    word Python's regular expression keeps whole may be two to FTS5, and two quoted terms would be a
    phrase, which this index cannot answer), and each word as typed is widened to the index's words
    it begins (``Vocabulary``), in one look-up for the whole query."""

    def __init__(self, query: SearchQuery, vocabulary: Vocabulary) -> None:
        self.query = query
        typed = [t for w in query.words for t in WORD.findall(w)]
        in_fields = [(_FIELD_COLUMNS[f], t) for f, value in query.fields for t in WORD.findall(value)]
        in_phrases = [t for phrase in query.phrases for t in WORD.findall(phrase)]
        pieces = [*typed, *(t for _c, t in in_fields), *in_phrases]
        terms = dict(zip(pieces, tokens(pieces), strict=True))  # None: cut by FTS5 inside a character
        self.words = [term for t in typed for term in terms[t] or [t]]
        self.phrase_words = [term for t in in_phrases for term in terms[t] or [t]]
        # a field's word is typed so far, as is each of its stems (any form that begins the same way)
        self.fields = [
            (column, list(dict.fromkeys([term, *stems(term)]))) for column, t in in_fields for term in terms[t] or [t]
        ]
        cut = {t for t, split in terms.items() if split is None}  # over 32 KiB: left to FTS5's prefix query
        starts = [s for s in dict.fromkeys([*self.words, *(s for _c, f in self.fields for s in f)]) if s not in cut]
        self.beginning = dict(zip(starts, vocabulary.beginning(starts), strict=True))

    def _begun(self, start: str) -> list[str]:
        """A word as typed so far: the index's words that begin so, or FTS5's prefix query for them."""
        words = self.beginning.get(start)
        return words if words is not None else [f'"{start}"*']

    def __str__(self) -> str:
        """The index's part of the query ("" when the index is not needed). Every term is one of
        FTS5's own, so no user text reaches FTS5's syntax."""
        query = self.query
        terms = [
            "("
            + " OR ".join([f"{_WRITTEN}: (" + " OR ".join(self._begun(t)) + ")", *(f'stems: "{s}"' for s in stems(t))])
            + ")"
            for t in self.words
        ]
        terms += [f'{_WRITTEN}: "{t}"' for t in self.phrase_words]
        terms += [
            f"{column}: (" + " OR ".join(dict.fromkeys(a for s in starts for a in self._begun(s))) + ")"
            for column, starts in self.fields
        ]
        terms += [f'signer: "{number}"' for number in query.identities]
        kinds = {"attachment": query.has_attachment, "signature": query.has_signature}
        terms += [f"has: {kind}" for kind, asked in kinds.items() if asked]
        if query.statuses:
            terms.append("status: (" + " OR ".join(status_word(s) for s in query.statuses) + ")")
        return " AND ".join(terms)


def _day_key(day: dt.date) -> int:
    """The first key of ``day``, from midnight on this computer's clock."""
    return first_key(seconds_of(dt.datetime.combine(day, dt.time()).astimezone()))


def _phrase(phrase: str) -> re.Pattern[str]:
    """A phrase's words in this order, as whole words with only what is not a word between them
    (the index's tokenizer splits there), in text folded as the phrase is."""
    words = WORD.findall(phrase.casefold())
    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join(map(re.escape, words)) + r"(?![^\W_])")


def _has_phrases(subject: str, body: str, phrases: list[re.Pattern[str]]) -> bool:
    """Whether each phrase stands in the letter's subject or text (the index keeps which words a
    letter has, not where). One search of the text for each: splitting it into its words first
    took most of the time of a phrase's search."""
    text = f"{subject}\n{body}".casefold()
    return all(phrase.search(text) for phrase in phrases)


@dataclass(frozen=True)
class _Walk:
    """The letters a query asks for, newest first: down the keys of the index's matches (or of every
    indexed letter) within the dates asked, then, letter by letter, in the folders asked."""

    match: str  # the index's expression; "" for every indexed letter
    dates: tuple[int, int] | None  # the lowest and the highest key asked
    folder_ids: tuple[int, ...] | None  # None: any folder

    @property
    def key(self) -> str:
        """The column the walk goes down."""
        return "t.rowid" if self.match else "l.key"

    def sql(self, letters: bool) -> tuple[str, tuple[Any, ...]]:
        """FROM and WHERE of the keys alone, or with their letters (``l.message_id``) in the folders
        asked, and the parameters. The joins are CROSS JOINs: the keys stay the outer loop, so the
        walk goes down them and stops at the limit, whatever SQLite would guess of the folders."""
        conditions: list[str] = []
        params: list[Any] = []
        if self.match:
            source = "search.message_text t"
            conditions.append("t.message_text MATCH ?")
            params.append(self.match)
            if letters:
                source += " CROSS JOIN search.letters l ON l.key = t.rowid"
        else:
            source = "search.letters l"
        if self.dates is not None:
            conditions.append(f"{self.key} BETWEEN ? AND ?")
            params += self.dates
        if letters and self.folder_ids is not None:
            source += " CROSS JOIN messages m ON m.id = l.message_id"
            conditions.append(f"m.folder_id IN ({','.join('?' * len(self.folder_ids))})")
            params += self.folder_ids
        return f"{source} WHERE {' AND '.join(conditions) or '1'}", tuple(params)


class Lookup:
    def __init__(self, file: CacheFile, folders: Folders) -> None:
        self._file = file
        self._folders = folders

    def search(
        self, text: str | SearchQuery, account: str | None = None, limit: int = 200
    ) -> list[tuple[Folder, MessageRow]]:
        """The newest letters that match ``text`` (words, "phrases" and operators: searchquery),
        with their folders. Raises SearchQueryError for an operator value that cannot be searched.

        The index's keys follow the letters' dates (searchindex), so the matches come newest first
        and the walk stops at ``limit``; no match set is sorted, however many letters match."""
        query = text if isinstance(text, SearchQuery) else parse_query(text)
        db = self._file.search_db
        with sqlite.snapshot(db):  # the word list and the index as one: an indexer may commit meanwhile
            walk = self._walk(query, account)
            if walk is None:
                return []
            phrases = [_phrase(p) for p in query.phrases if WORD.search(p)]  # each is then words of the index's query
            letters, params = walk.sql(letters=True)
            # a phrase is looked for in the text the index keeps (the letter's text as its indexer read it)
            text = ", t.subject, t.body" if phrases else ""
            newest = f"SELECT l.message_id{text} FROM {letters} ORDER BY {walk.key} DESC LIMIT ?"
            found = db.execute(newest, (*params, PHRASE_CANDIDATES if phrases else limit))
            try:
                if phrases:  # letter by letter, newest first, until enough have the phrases
                    ids = (row[0] for row in found if _has_phrases(row[1], row[2], phrases))
                else:
                    ids = (row[0] for row in found)
                chosen = list(islice(ids, limit))
            finally:
                found.close()
            marks = ",".join("?" * len(chosen))
            found = db.execute(SELECT_ROWS + f"WHERE m.id IN ({marks})", chosen)
            rows = {row.id: row for row in map(MessageRow.from_row, found)}
        newest_first = [rows[i] for i in chosen if i in rows]  # one removed since the index saw it: left out
        folders = self._folders.without_counts({row.folder_id for row in newest_first})
        return [(folders[row.folder_id], row) for row in newest_first]

    def count(self, text: str | SearchQuery, account: str | None = None) -> int | None:
        """How many letters ``search`` would find without a limit, when that is cheap to know: when
        the index's matches within the dates asked number FEW_MATCHES at most (each then looked at
        once). None when they are more, or when phrases are asked (each letter's text would be read).
        It costs about what a search for the same words does."""
        query = text if isinstance(text, SearchQuery) else parse_query(text)
        db = self._file.search_db
        with sqlite.snapshot(db):
            walk = self._walk(query, account)
            if walk is None:
                return 0
            if query.phrases:
                return None
            keys, params = walk.sql(letters=False)
            bounded = f"SELECT COUNT(*) FROM (SELECT 1 FROM {keys} LIMIT ?)"
            candidates = int(db.execute(bounded, (*params, FEW_MATCHES + 1)).fetchone()[0])
            if candidates > FEW_MATCHES:
                return None
            if walk.folder_ids is None:
                return candidates
            letters, params = walk.sql(letters=True)
            return int(db.execute(f"SELECT COUNT(*) FROM {letters}", params).fetchone()[0])

    def unindexed(self) -> int:
        """How many changes to letters the index has not taken in yet (letters stored, changed or
        checked since), whose letters a search may miss: thousands during a first sync, every letter
        while an index of an older layout is built anew (minutes in a large archive), usually none."""
        sql = "SELECT COUNT(*) FROM main.search_queue WHERE seq > (SELECT seq FROM search.applied)"
        return int(self._file.search_db.execute(sql).fetchone()[0])

    def _walk(self, query: SearchQuery, account: str | None) -> _Walk | None:
        """How to walk the letters ``query`` asks for; None when it asks nothing ("", "___")."""
        match = str(_Expression(query, Vocabulary(self._file.search_db)))
        if not match and not query.narrows:
            return None
        dates = None
        if query.after is not None or query.before is not None:  # dated letters: one without a date is on no day
            low = _day_key(query.after) if query.after is not None else first_key(UNDATED + 1)
            high = _day_key(query.before) - 1 if query.before is not None else _LAST_KEY
            dates = (low, high)
        folder_ids = tuple(self._folder_ids(account, query.folders)) if account or query.folders else None
        return _Walk(match, dates, folder_ids)

    def _folder_ids(self, account: str | None, names: tuple[str, ...]) -> list[int]:
        """The folders of ``account`` (all when None) whose name holds each of ``names``, in any case."""
        sql = "SELECT id, name FROM folders" + (" WHERE account = ?" if account else "")
        found = self._file.db.execute(sql, (account,) if account else ())
        wanted = [n.casefold() for n in names]
        return [row[0] for row in found if all(n in row[1].casefold() for n in wanted)]

    def addresses(self, prefix: str, limit: int = 20) -> list[str]:
        """Known correspondents for address completion, most frequent first."""
        rows = self._file.db.execute(
            "SELECT addr, COUNT(*) AS n FROM (SELECT sender AS addr FROM messages UNION ALL "
            "SELECT recipients FROM messages) WHERE addr LIKE ? AND addr != '' GROUP BY addr ORDER BY n DESC LIMIT ?",
            (f"%{prefix}%", limit),
        )
        return [r[0] for r in rows]

    def letters_by_sender(self) -> list[tuple[str, str | None, str | None]]:
        """(From, date, signature verdict JSON or None) of every letter, for the address book."""
        rows = self._file.db.execute(
            "SELECT m.sender, m.date, s.verdict FROM messages m LEFT JOIN signatures s ON s.blob = m.blob"
        )
        return [(r[0], r[1], r[2]) for r in rows]
