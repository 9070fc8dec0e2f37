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
    """For each typed word, the letters found by the words it begins (search) are those FTS5's prefix
    query finds (and those its forms find), whatever the case, accents or script of what was typed."""
    found = {row.uid for _f, row in cache.lookup.search(typed)}
    by_prefix = set(_uids_by_prefix_query(cache, typed))
    assert by_prefix <= found
    if not wordforms.stems(typed):
        assert found == by_prefix
    words = vocabulary.Vocabulary(cache.file.search_db).beginning([typed])[0]
    if words is not None:  # the list answered: the prefix part is theirs alone (stems may add letters)
        assert all(w.startswith(vocabulary.tokens([typed])[0][0]) for w in words)


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
        [f"zeta{n:03}" for n in range(10)],
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


def test_search_on_the_command_line_says_it_brings_the_index_up_to_date_first(profile_dir: Path) -> None:
    """An index of an older layout is built anew: `search` takes in every letter first, and says so
    (at a million letters that is minutes), then finds what was asked."""
    cache = Cache(profile_dir / "mail.sqlite3")
    cache.accounts.add(make_account("anna", "anna@example.kz", username="anna", imap_port=143, smtp_port=25))
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    letters = [
        IncomingMessage(n, written_letter(n, f"Счёт {n}", f"Оплата по счёту {n}"), True, (), 0) for n in range(1, 1201)
    ]
    cache.messages.store(inbox.id, letters)
    cache.update_search_index()
    index_path = cache.index_path
    cache.close()
    with sqlite3.connect(index_path) as index:  # the layout before the word list
        index.execute("DROP TABLE words")
        index.execute("PRAGMA user_version = 4")
    done = run_cli("search", "счёт 1200", "--limit", "5", profile=profile_dir)
    assert done.returncode == 0, done.stderr
    assert "updating the search index first: 1200 changes to take in" in done.stderr
    assert "Счёт 1200" in done.stdout
    again = run_cli("search", "счёт", "--limit", "1", profile=profile_dir)
    assert again.returncode == 0 and "updating the search index" not in again.stderr
