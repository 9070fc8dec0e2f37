"""Finding letters and people: full-text search over the index file, and known correspondents."""

from __future__ import annotations

import datetime as dt
import json
from itertools import islice
from typing import Any

from .connections import CacheFile
from .folders import Folders
from .mailparse import body_content
from .messages import SELECT_ROWS
from .records import Folder, MessageRow
from .searchquery import SearchQuery, parse_query
from .wordforms import WORD, stems

# The columns of the index that hold a letter's words as written; "stems" holds their stems
_WRITTEN = "{subject sender recipients body attachments signer}"
_FIELD_COLUMNS = {"from": "sender", "to": "recipients", "subject": "subject", "signer": "signer"}
PHRASE_CANDIDATES = 2000  # letters read for their text at most, to find a phrase in order
# Up to this many matches, the matching letters are read and sorted by date; beyond, the letters
# are walked newest first and each is looked up among the matches, stopping at the limit: sorting
# the 60,000 matches of a common word by date took most of a second (bench/RESULTS.md).
FEW_MATCHES = 5000


def _word(token: str) -> str:
    """A typed word: any of its forms (stems), or a word beginning with it as typed so far."""
    alternatives = [f'{_WRITTEN}: "{token}"*', *(f'stems: "{stem}"' for stem in stems(token))]
    return "(" + " OR ".join(alternatives) + ")"


def _in_field(column: str, token: str) -> str:
    """A word in one field: as typed so far, or any form of it that begins the same way."""
    starts = dict.fromkeys([token, *stems(token)])
    return f"{column}: (" + " OR ".join(f'"{s}"*' for s in starts) + ")"


def fts_query(query: SearchQuery) -> str:
    """The index's part of ``query`` as an FTS5 expression ("" when the index is not needed). Every
    term is split where the index's tokenizer splits words, so no user text reaches FTS5's syntax."""
    terms = [_word(t) for w in query.words for t in WORD.findall(w)]
    terms += [f'{_WRITTEN}: "{t}"' for phrase in query.phrases for t in WORD.findall(phrase)]
    terms += [_in_field(_FIELD_COLUMNS[f], t) for f, value in query.fields for t in WORD.findall(value)]
    terms += [f'signer: "{number}"' for number in query.identities]
    return " AND ".join(terms)


def _moment(day: dt.date) -> str:
    """The start of ``day`` on this computer's clock, as the cache stores dates (ISO, UTC)."""
    start = dt.datetime.combine(day, dt.time()).astimezone()
    return start.astimezone(dt.UTC).isoformat()


def _flat(text: str) -> str:
    return " ".join(WORD.findall(text.casefold()))


class Lookup:
    def __init__(self, file: CacheFile, folders: Folders) -> None:
        self._file = file
        self._folders = folders

    def search(
        self, text: str | SearchQuery, account: str | None = None, limit: int = 200
    ) -> list[tuple[Folder, MessageRow]]:
        """The newest letters that match ``text`` (words, "phrases" and operators: searchquery),
        with their folders. Raises SearchQueryError for an operator value that cannot be searched."""
        query = text if isinstance(text, SearchQuery) else parse_query(text)
        match = fts_query(query)
        if not match and not query.narrows:  # nothing searchable was asked ("", "___")
            return []
        where: list[str] = []
        params: list[Any] = []
        walk = True  # newest letters first along the date index, until enough match
        if match:
            found = self._file.search_db.execute(
                "SELECT rowid FROM search.message_text WHERE message_text MATCH ? LIMIT ?", (match, FEW_MATCHES + 1)
            )
            ids = [row[0] for row in found]
            if len(ids) <= FEW_MATCHES:  # few: these letters alone, sorted by date
                walk = False
                where.append("m.id IN (SELECT value FROM json_each(?))")
                params.append(json.dumps(ids))
            else:  # many: each letter, newest first, is looked up among them
                where.append("m.id IN (SELECT rowid FROM search.message_text WHERE message_text MATCH ?)")
                params.append(match)
        if account or query.folders:
            folder_ids = self._folder_ids(account, query.folders)
            where.append(f"m.folder_id IN ({','.join('?' * len(folder_ids))})" if folder_ids else "0")
            params += folder_ids
        if query.has_attachment:
            where.append("m.has_attachments = 1")
        if query.has_signature:
            where.append("m.signed = 1")
        if query.statuses:
            where.append(f"json_extract(s.summary, '$.status') IN ({','.join('?' * len(query.statuses))})")
            params += query.statuses
        if query.after is not None:
            where.append("m.date >= ?")
            params.append(_moment(query.after))
        if query.before is not None:
            where.append("m.date < ?")
            params.append(_moment(query.before))
        verdicts = "LEFT JOIN signatures s ON s.blob = m.blob " if query.statuses else ""
        order = "INDEXED BY messages_by_time " if walk else ""
        condition = " AND ".join(where) or "1"
        newest = f"SELECT m.id FROM messages m {order}{verdicts}WHERE {condition} ORDER BY m.date DESC LIMIT ?"
        wanted = PHRASE_CANDIDATES if query.phrases else limit
        chosen = [row[0] for row in self._file.search_db.execute(newest, [*params, wanted])]
        if query.phrases:  # read letter by letter, newest first, until enough have the phrases
            chosen = list(islice((i for i in chosen if self._has_phrases(i, query.phrases)), limit))
        marks = ",".join("?" * len(chosen))
        sql = SELECT_ROWS + f"WHERE m.id IN ({marks}) ORDER BY m.date DESC"
        rows = [MessageRow.from_row(r) for r in self._file.search_db.execute(sql, chosen)]
        folders = self._folders.without_counts({row.folder_id for row in rows})
        return [(folders[row.folder_id], row) for row in rows]

    def _folder_ids(self, account: str | None, names: tuple[str, ...]) -> list[int]:
        """The folders of ``account`` (all when None) whose name holds each of ``names``, in any case."""
        sql = "SELECT id, name FROM folders" + (" WHERE account = ?" if account else "")
        found = self._file.db.execute(sql, (account,) if account else ())
        wanted = [n.casefold() for n in names]
        return [row[0] for row in found if all(n in row[1].casefold() for n in wanted)]

    def _has_phrases(self, message_id: int, phrases: tuple[str, ...]) -> bool:
        """Whether each phrase stands, its words in order, in the letter's subject or text (the index
        keeps which words a letter has, not where)."""
        subject, data = self._file.db.execute(
            "SELECT m.subject, b.data FROM messages m LEFT JOIN blobs b ON b.digest = m.blob WHERE m.id = ?",
            (message_id,),
        ).fetchone()
        body = body_content(data).text if data else ""
        text = f" {_flat(subject)} {_flat(body)} "
        return all(f" {_flat(p)} " in text for p in phrases)

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
