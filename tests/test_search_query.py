"""Reading the search box: words, "phrases" and field operators, and the values they refuse."""

from __future__ import annotations

import datetime as dt

import pytest

from qazmail_desktop.store.searchquery import SearchQuery, SearchQueryError, parse_date, parse_query

TODAY = dt.date(2026, 12, 5)


def test_words_phrases_and_operators_in_the_order_typed() -> None:
    query = parse_query('договор from:bolat "акт сверки" subject:"счёт на оплату" has:signature Re: 10:30', TODAY)
    assert query.words == ("договор", "Re:", "10:30")  # a colon that is no operator is part of a word
    assert query.phrases == ("акт сверки",)
    assert query.fields == (("from", "bolat"), ("subject", "счёт на оплату"))
    assert query.has_signature and not query.has_attachment


def test_identities_statuses_folders_and_dates() -> None:
    query = parse_query(
        "iin:850315400037 bin:990240000021 status:revoked status:modified folder:Архив after:01.12.2026", TODAY
    )
    assert query.identities == ("850315400037", "990240000021")
    assert query.statuses == ("revoked", "content_modified")
    assert query.folders == ("Архив",)
    assert query.after == dt.date(2026, 12, 1) and query.before is None
    on = parse_query("on:2026-12-03", TODAY)
    assert (on.after, on.before) == (dt.date(2026, 12, 3), dt.date(2026, 12, 4))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("01.12.2026", dt.date(2026, 12, 1)),
        ("1.12.2026", dt.date(2026, 12, 1)),
        ("2026-12-01", dt.date(2026, 12, 1)),
        ("01/12/2026", dt.date(2026, 12, 1)),
        ("today", TODAY),
        ("Сегодня", TODAY),
        ("бүгін", TODAY),
        ("yesterday", dt.date(2026, 12, 4)),
        ("вчера", dt.date(2026, 12, 4)),
        ("кеше", dt.date(2026, 12, 4)),
    ],
)
def test_dates_as_people_type_them(text: str, day: dt.date) -> None:
    assert parse_date(text, TODAY) == day


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("status:gold", "status: takes valid"),
        ("after:31.02.2026", "not a date: 31.02.2026"),
        ("before:soon", "not a date: soon"),
        ("iin:12345", "iin: takes 12 digits, not 12345"),
        ("has:money", "has: takes attachment or signature, not money"),
        ('from:""', "from: needs a value"),
    ],
)
def test_a_value_an_operator_cannot_take_is_refused(text: str, reason: str) -> None:
    with pytest.raises(SearchQueryError) as refused:
        parse_query(text, TODAY)
    assert str(refused.value).startswith(reason)


def test_nothing_to_search_for() -> None:
    assert parse_query("  ", TODAY).empty
    assert parse_query('""', TODAY) == SearchQuery()
