"""Search over a cache: word forms of Russian, Kazakh and English found both ways, exact "phrases",
field operators, the text of attachments, newest first (issue 32)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from qazmail_desktop.store import lookup
from qazmail_desktop.store.cache import Cache, IncomingMessage
from qazmail_desktop.store.searchquery import SearchQueryError
from qazmail_desktop.store.wordforms import WORD
from tests.accounts import make_account
from tests.mailgen import written_letter


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.accounts.add(make_account("anna", "anna@example.kz", username="anna", imap_port=143, smtp_port=25))
    inbox = cache.folders.upsert("anna", "INBOX", "/", "\\Inbox", True)
    archive = cache.folders.upsert("anna", "Архив 2025", "/", "", True)
    letters = {
        1: written_letter(1, "Проект договора поставки", "Направляем проект договора на согласование."),
        2: written_letter(2, "Доверенность", "Прилагаем доверенность на получение груза."),
        3: written_letter(3, "Келісімшарт", "Келісімшартқа қол қойып, келісімшарттардың көшірмесін жіберіңіз."),
        4: written_letter(4, "Contracts", "The contracts are signed; see the signing schedule.", sender="bolat@altyn.kz"),
        5: written_letter(5, "Акт", "Договор подписан, акт сверки во вложении.", to="dana@dala.kz"),
        6: written_letter(6, "Сверка", "Сверки нет, акт будет позже.", sender="bolat@altyn.kz"),
        7: written_letter(
            7,
            "Шот-фактура",
            "Шот-фактура қоса беріледі.",
            attachments=(("invoice.txt", "Жеткізуші: ТОО Алтын Сауда".encode(), "text/plain"),),
        ),
        8: written_letter(8, "Mixed", "Төлем по договору оплачен, payment received.", sender="dana@dala.kz"),
    }
    cache.messages.store(inbox.id, [IncomingMessage(n, raw, True, (), 0) for n, raw in letters.items() if n != 6])
    cache.messages.store(archive.id, [IncomingMessage(6, letters[6], True, (), 0)])
    cache.update_search_index()
    return cache


def _found(cache: Cache, text: str) -> list[int]:
    return [row.uid for _folder, row in cache.lookup.search(text)]


@pytest.mark.parametrize(
    ("query", "uids"),
    [
        ("договор", [8, 5, 1]),  # договора, договору, договор
        ("договору", [8, 5, 1]),
        ("доверенности", [2]),  # доверенность
        ("довер", [2]),  # a word begun: as before, the start of a word
        ("келісімшарт", [3]),  # келісімшартқа, келісімшарттардың
        ("келісімшарттар", [3]),
        ("contract", [4]),
        ("signed", [4]),  # signed, signing
        ("төлем", [8]),
        ("payments", [8]),
        ("жеткізуші", [7]),  # only in the attached invoice
    ],
)
def test_every_form_of_a_word_finds_the_others(cache: Cache, query: str, uids: list[int]) -> None:
    assert _found(cache, query) == uids


def test_quoted_words_and_phrases_match_exactly(cache: Cache) -> None:
    assert _found(cache, '"договора"') == [1]
    assert _found(cache, '"акт сверки"') == [5]  # not 6, where the words stand apart and the other way
    assert _found(cache, '"сверки нет"') == [6]
    assert _found(cache, '"___" folder:архив') == [6]  # a phrase without words asks nothing of the text


def test_field_operators(cache: Cache) -> None:
    assert _found(cache, "from:bolat") == [6, 4]
    assert _found(cache, "from:bolat акт") == [6]
    assert _found(cache, "to:dana") == [5]
    assert _found(cache, "subject:договор") == [1]  # "договора" in the subject; 5 and 8 say it in the text
    assert _found(cache, "has:attachment") == [7]
    assert _found(cache, "folder:архив") == [6]
    assert _found(cache, "after:25.11.2026") == [8, 7, 6, 5]
    assert _found(cache, "before:2026-11-23 after:2026-11-21") == [2, 1]
    assert _found(cache, "on:2026-11-24") == [4]


def test_signer_identity_and_status(cache: Cache) -> None:
    row = next(r for _f, r in cache.lookup.search("Келісімшарт"))
    summary = {
        "status": "revoked",
        "signer": {"name": "СЕРІКҰЛЫ БОЛАТ", "iin": "800505300026", "bin": "050140000014", "organization": "ТОО"},
    }
    cache.verdicts.put(row.blob, {"status": "revoked"}, summary, "trust")
    cache.update_search_index()
    assert _found(cache, "status:revoked") == [3]
    assert _found(cache, "status:valid") == []
    assert _found(cache, "iin:800505300026") == [3]
    assert _found(cache, "bin:050140000014 келісімшарт") == [3]
    assert _found(cache, "signer:серікұлы") == [3]


def test_a_bad_operator_value_is_refused_not_searched(cache: Cache) -> None:
    with pytest.raises(SearchQueryError, match="status: takes"):
        cache.lookup.search("status:gold")


def test_a_limit_keeps_the_newest_matches(cache: Cache) -> None:
    """The walk down the index stops at the limit: the newest matches, in the order without one."""
    for query in ["договор", "from:bolat", "has:attachment", '"акт сверки"', "after:25.11.2026", "contract"]:
        everything = _found(cache, query)
        assert [row.uid for _f, row in cache.lookup.search(query, limit=1)] == everything[:1]
    assert [row.uid for _f, row in cache.lookup.search("договор", limit=2)] == [8, 5]


def _in_order(subject: str, body: str, phrase: str) -> bool:
    """The definition: the phrase's words follow each other among the words of subject and text."""
    words = " ".join(WORD.findall(f"{subject} {body}".casefold()))
    return f" {' '.join(WORD.findall(phrase.casefold()))} " in f" {words} "


def test_a_phrase_stands_where_its_words_follow_each_other() -> None:
    """Against the definition, on texts of a few words and every kind of separator: a word inside
    another ("контакт"), underscores, dashes and line breaks between the words, case, the subject's
    last word before the text's first."""
    rnd = random.Random(45)
    pieces = ["акт", "Акт", "сверки", "СВЕРКИ", "контакт", "сверкиX", "45", "№", " ", "_", "—", "\n", ", ", "ё"]
    for _ in range(3000):
        subject = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(4)))
        body = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(12)))
        phrase = rnd.choice(["акт сверки", "Акт, сверки", "сверки акт 45", "акт_сверки", "акт"])
        assert lookup._has_phrases(subject, body, [lookup._phrase(phrase)]) == _in_order(subject, body, phrase), (
            subject,
            body,
            phrase,
        )
