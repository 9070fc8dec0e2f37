"""The index's own list of its words (issue 32: a word as typed is the OR of the words it begins,
not FTS5's prefix query that merged their every posting first). The list is checked against FTS5's
own account of its terms (fts5vocab, the second reader), on text whose words Python and FTS5 could
split or fold differently; search by the list is checked against FTS5's prefix query over the same
index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qazmail_desktop.store import searchindex, vocabulary, wordforms
from qazmail_desktop.store.cache import Cache, IncomingMessage
from tests.accounts import make_account
from tests.conftest import run_cli
from tests.mailgen import written_letter

# Words a tokenizer may split or fold its own way: accents (é, ё, й), a combining breve (и + U+0306),
# Kazakh capitals, ß, the dotted İ, digits glued to letters, a superscript, Greek (with a final sigma,
# which Python lower-cases as ς and FTS5 as σ), an emoji, a bidi mark inside a word, an apostrophe, a
# soft hyphen, fullwidth Latin, and Arabic.
TEXTS = [
    "Договор поставки № 12-ТОО, договора, договору, ДОГОВОРОМ; договорённость",
    "Қайырлы күн! КЕЛІСІМШАРТҚА қол қойыңыз: келісімшарттар, келісімшарттың",
    "Résumé café naïve; ёлка Ёлка елка; йод и\u0306од; Straße STRASSE; İstanbul",
    "inv2026 20261201 m² Ελλάδα ΕΛΛΆΔΑ ΟΔΟΣ οδος 🙂emoji; Ka\u200fzakh; O'Brien; co\u00adoperate; Ｆｕｌｌ; العقد",
]


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(make_account("anna", "anna@example.kz", username="anna", imap_port=143, smtp_port=25))
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    letters = [
        IncomingMessage(n, written_letter(n, f"Письмо {n}", text, sender=f"sender{n}@example.kz"), True, (), 0)
        for n, text in enumerate(TEXTS, 1)
    ]
    cache.messages.store(inbox.id, letters)
    cache.update_search_index()
    return cache


def _listed(cache: Cache) -> set[str]:
    return {row[0] for row in cache.file.search_db.execute("SELECT word FROM search.words")}


def _index_terms(cache: Cache) -> set[str]:
    """FTS5's own account of the terms of the written columns (the second reader)."""
    with sqlite3.connect(cache.index_path) as index:
        index.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, message_text, 'col')")
        marks = ",".join("?" * len(searchindex.WRITTEN_COLUMNS))
        sql = f"SELECT term FROM temp.terms WHERE col IN ({marks})"
        return {row[0] for row in index.execute(sql, searchindex.WRITTEN_COLUMNS)}


def _folded(word: str) -> str:
    """``word`` as the index's tokenizer folds it, asked of FTS5 directly (a table of one row)."""
    with sqlite3.connect(":memory:") as db:
        db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
        db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
        db.execute("INSERT INTO t VALUES (?)", (word,))
        (term,) = [row[0] for row in db.execute("SELECT term FROM v")]
        return str(term)


def _terms_beginning(cache: Cache, start: str) -> list[str]:
    """The index's terms that begin with ``start``, by FTS5's own account, as FTS5 expressions."""
    return sorted(f'"{t}"' for t in _index_terms(cache) if t.startswith(start))


def _uids_by_prefix_query(cache: Cache, typed: str) -> list[int]:
    """The letters FTS5's own prefix query finds for a word as typed, newest first."""
    sql = (
        "SELECT m.uid FROM search.message_text t CROSS JOIN search.letters l ON l.key = t.rowid "
        "JOIN messages m ON m.id = l.message_id WHERE t.message_text MATCH ? ORDER BY t.rowid DESC"
    )
    match = f'{{subject sender recipients body attachments signer}}: "{typed}"*'
    return [row[0] for row in cache.file.search_db.execute(sql, (match,))]


def test_the_list_holds_exactly_the_terms_of_the_index(cache: Cache) -> None:
    listed = _listed(cache)
    assert listed == _index_terms(cache)
    assert {"договорённость", "келісімшартқа", "straße", "ελλάδα"} <= listed  # folded as FTS5 folds


@pytest.mark.parametrize(
    "typed",
    ["догов", "Договор", "ДОГОВОРУ", "келісімшарт", "КЕЛІСІМ", "ёлк", "Ёлка", "ел", "resume", "Résumé", "cafe",
     "strasse", "Straße", "istanbul", "İstanbul", "inv2026", "2026", "m", "ελλαδα", "ΕΛΛΆΔΑ", "ΟΔΟΣ", "οδος", "emoji", "kazakh",
     "coop", "ｆｕｌｌ", "full", "العقد", "sender3", "иод", "йод", "nothing"],
)  # fmt: skip
def test_a_word_as_typed_finds_what_the_prefix_query_finds(cache: Cache, typed: str) -> None:
    """For each typed word, the list gives exactly the index's terms that begin as FTS5 folds it (by
    FTS5's own account), and the letters found are those FTS5's prefix query finds (and those its
    forms find), whatever the case, accents or script of what was typed."""
    split = vocabulary.tokens([typed])[0]
    assert split == [_folded(typed)]
    expected = _terms_beginning(cache, split[0])
    listed = vocabulary.Vocabulary(cache.file.search_db).beginning(split)[0]
    assert (sorted(listed) if listed is not None else []) == expected  # none begin so: the prefix query answers
    found = {row.uid for _f, row in cache.lookup.search(typed)}
    by_prefix = set(_uids_by_prefix_query(cache, typed))
    assert by_prefix <= found
    if not wordforms.stems(split[0]):
        assert found == by_prefix


def test_the_search_names_the_words_instead_of_a_prefix(cache: Cache) -> None:
    statements: list[str] = []
    cache.file.search_db.set_trace_callback(statements.append)
    cache.lookup.search("ДОГОВОР")
    cache.file.search_db.set_trace_callback(None)
    match = next(s for s in statements if "MATCH" in s)
    assert '"договора"' in match and '"договорённость"' in match and '"договор"*' not in match


def test_a_beginning_of_too_many_words_is_left_to_the_prefix_query(cache: Cache, tmp_path: Path) -> None:
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    many = " ".join(f"zeta{n:03}" for n in range(vocabulary.MOST_WORDS + 1))
    cache.messages.store(inbox.id, [IncomingMessage(50, written_letter(50, "Many", many), True, (), 0)])
    cache.update_search_index()
    assert vocabulary.Vocabulary(cache.file.search_db).beginning(["zeta", "zeta00"]) == [
        None,
        [f'"zeta{n:03}"' for n in range(10)],
    ]
    assert [row.uid for _f, row in cache.lookup.search("zeta")] == [50]
    assert [row.uid for _f, row in cache.lookup.search("zeta064")] == [50]


def test_words_of_removed_letters_stay_listed_and_find_nothing(cache: Cache) -> None:
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    assert [row.uid for _f, row in cache.lookup.search("келісім")] == [2]
    cache.messages.delete_uids(inbox.id, [2])
    cache.update_search_index()
    assert "келісімшартқа" in _listed(cache)
    assert cache.lookup.search("келісім") == []


def test_a_search_before_the_indexer_built_the_list_is_still_answered(cache: Cache) -> None:
    """A window may search an index of the previous layout before its indexer first opens it (and
    builds it anew)."""
    with sqlite3.connect(cache.index_path) as index:
        index.execute("DROP TABLE words")
    assert [row.uid for _f, row in cache.lookup.search("догов")] == [1]


def test_an_index_of_version_4_gets_its_list_from_its_own_terms(cache: Cache) -> None:
    """The previous layout had no list: it is made from the index's terms, nothing indexed again."""
    expected = _listed(cache)
    path, index_path = cache.path, cache.index_path
    cache.close()
    with sqlite3.connect(index_path) as index:
        index.execute("DROP TABLE words")
        index.execute("PRAGMA user_version = 4")
    reopened = Cache(path)
    assert reopened.lookup.unindexed() == 0  # no letter queued to be indexed again
    assert _listed(reopened) == expected
    assert [row.uid for _f, row in reopened.lookup.search("келісім")] == [2]
    with sqlite3.connect(index_path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == searchindex.INDEX_VERSION


def test_a_word_over_32_kib_is_indexed_listed_and_found(cache: Cache) -> None:
    """FTS5 keeps 32 KiB of a word, cutting it inside a character: the list takes the cut term as it
    is (reading it as text failed, and the index then stopped at that letter for good), and a search
    finds its letter by it, and by the whole word pasted."""
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    huge = "a" + "я" * 20_000
    cache.messages.store(inbox.id, [IncomingMessage(60, written_letter(60, "Hostile", f"договор {huge}"), True, (), 0)])
    cache.update_search_index()
    cache.messages.store(inbox.id, [IncomingMessage(61, written_letter(61, "Next", "договор поставки"), True, (), 0)])
    cache.update_search_index()
    assert cache.lookup.unindexed() == 0
    assert {60, 61} <= {row.uid for _f, row in cache.lookup.search("договор")}
    assert [row.uid for _f, row in cache.lookup.search("aяяя")] == [60]
    assert [row.uid for _f, row in cache.lookup.search(huge)] == [60]
    assert [row.uid for _f, row in cache.lookup.search(f"subject:hostile {huge[:40_000]}")] == [60]


def test_the_last_character_after_a_beginning_is_still_within_it(cache: Cache) -> None:
    """U+10FFFF is a letter to FTS5: a word with it right after the beginning typed is one that begins
    so (the list's range ended just before it)."""
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    words = ["7701", "770\U0010ffff9", "770\U0010ffff"]
    cache.messages.store(
        inbox.id, [IncomingMessage(70 + n, written_letter(70 + n, "Code", w), True, (), 0) for n, w in enumerate(words)]
    )
    cache.update_search_index()
    assert (
        {row.uid for _f, row in cache.lookup.search("770")} == {70, 71, 72} == set(_uids_by_prefix_query(cache, "770"))
    )


def test_a_word_fts5_splits_where_python_does_not_is_searched_as_its_parts(cache: Cache) -> None:
    """U+19B0 is a letter to Python and a break to FTS5: the query's word was sent as two quoted terms,
    a phrase, which this index refuses ("phrase queries are not supported")."""
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    cache.messages.store(inbox.id, [IncomingMessage(80, written_letter(80, "Mixed", "ёжик\u19b0ёлка"), True, (), 0)])
    cache.update_search_index()
    for query in ["ёжик\u19b0ёлка", "subject:mixed ёж\u19b0ёл", '"ёжик\u19b0ёлка"', "from:partner ёжик\u19b0"]:
        assert 80 in {row.uid for _f, row in cache.lookup.search(query)}, query


def test_search_on_the_command_line_says_it_brings_the_index_up_to_date_first(profile_dir: Path) -> None:
    """Letters stored but not indexed yet (a first sync's, or every letter after an update that builds
    the index anew): `search` takes them in first, and says so (at a million letters that is
    minutes), then finds what was asked."""
    cache = Cache(profile_dir / "mail.sqlite3")
    cache.accounts.add(make_account("anna", "anna@example.kz", username="anna", imap_port=143, smtp_port=25))
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    letters = [
        IncomingMessage(n, written_letter(n, f"Счёт {n}", f"Оплата по счёту {n}"), True, (), 0) for n in range(1, 1201)
    ]
    cache.messages.store(inbox.id, letters)
    cache.close()
    done = run_cli("search", "счёт 1200", "--limit", "5", profile=profile_dir)
    assert done.returncode == 0, done.stderr
    assert "updating the search index first: 1200 changes to take in" in done.stderr
    assert "Счёт 1200" in done.stdout
    again = run_cli("search", "счёт", "--limit", "1", profile=profile_dir)
    assert again.returncode == 0 and "updating the search index" not in again.stderr
