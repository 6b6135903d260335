"""Official-document formatting (공문서 표기): dates, counts, item symbols."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.kformat import (
    count,
    date_en,
    date_en_short,
    date_ko,
    date_ko_long,
    delta,
    hangul_item_index,
    hangul_item_label,
    item_symbol,
    number,
    number_en,
    parse_date_ko,
)

JUNE_27 = dt.date(2024, 6, 27)


def test_korean_dates():
    assert date_ko(JUNE_27) == "2024. 6. 27."
    assert date_ko(dt.date(2024, 6, 28), weekday=True) == "2024. 6. 28.(금)"
    assert date_ko(dt.date(2024, 12, 1), weekday=True) == "2024. 12. 1.(일)"
    assert date_ko_long(dt.date(2024, 7, 15)) == "2024년 7월 15일"


def test_english_dates():
    assert date_en(JUNE_27) == "June 27, 2024"
    assert date_en(dt.date(2024, 1, 1)) == "January 1, 2024"
    short = [date_en_short(dt.date(2024, month, 27)) for month in range(1, 13)]
    assert short == [
        "Jan. 27, 2024", "Feb. 27, 2024", "Mar. 27, 2024", "Apr. 27, 2024", "May 27, 2024",
        "Jun. 27, 2024", "Jul. 27, 2024", "Aug. 27, 2024", "Sep. 27, 2024", "Oct. 27, 2024",
        "Nov. 27, 2024", "Dec. 27, 2024",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "2024. 6. 27.", "2024.6.27.", "2024. 06. 27", "2024.06.27", " 2024. 6. 27. ",
        "2024-06-27", "2024-6-27", "2024년 6월 27일", "2024년6월27일", "2024. 6. 27.(목)",
        "2024. 6. 27. (목)",
    ],
)  # fmt: skip
def test_parse_date_ko_accepts(text):
    assert parse_date_ko(text) == JUNE_27


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "cannot read"),
        ("24. 6. 27.", "cannot read"),
        ("June 27, 2024", "cannot read"),
        ("2024/06/27", "cannot read"),
        ("2024. 6.", "cannot read"),
        ("2024. 6. 27. 15:20", "cannot read"),
        ("2024. 13. 1.", "not a valid date"),
        ("2023. 2. 29.", "not a valid date"),
        ("2024. 6. 27.(금)", "목요일, not 금요일"),
    ],
)
def test_parse_date_ko_rejects(text, message):
    with pytest.raises(ValueError, match=message):
        parse_date_ko(text)


four_digit_years = st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31))


@given(four_digit_years, st.booleans())
def test_korean_date_round_trip(date, weekday):
    assert parse_date_ko(date_ko(date, weekday=weekday)) == date
    assert parse_date_ko(date_ko_long(date)) == date
    assert parse_date_ko(date.isoformat()) == date


def test_counts_and_deltas():
    assert number(16244) == "16,244"
    assert number_en(16244) == "16,244"
    assert count(16244) == "16,244명"
    assert count(3, "개") == "3개"
    assert delta(8) == "증 8명"
    assert delta(-1) == "감 1명"
    assert delta(-1234, "개") == "감 1,234개"
    assert delta(0) == "증감 없음"


@given(st.integers(-(10**18), 10**18))
def test_numbers_group_by_thousands(n):
    assert number(n) == number_en(n) == f"{n:,}"


@pytest.mark.parametrize(
    ("level", "first", "second"),
    [(0, "1.", "2."), (1, "가.", "나."), (2, "1)", "2)"), (3, "가)", "나)"),
     (4, "(1)", "(2)"), (5, "(가)", "(나)"), (6, "①", "②"), (7, "㉮", "㉯")],
)  # fmt: skip
def test_item_symbols_by_level(level, first, second):
    assert (item_symbol(level, 0), item_symbol(level, 1)) == (first, second)


def test_item_symbols_at_the_ends_of_their_ranges():
    assert item_symbol(0, 99) == "100."
    assert item_symbol(1, 13) == "하."
    assert item_symbol(5, 14) == "(거)"
    assert item_symbol(3, 27) == "허)"
    assert item_symbol(6, 19) == "⑳"
    assert item_symbol(6, 20) == "㉑"
    assert item_symbol(6, 49) == "㊿"
    assert item_symbol(7, 13) == "㉻"


@pytest.mark.parametrize(("level", "index"), [(1, 28), (6, 50), (7, 14), (8, 0), (-1, 0), (0, -1)])
def test_item_symbol_out_of_range(level, index):
    with pytest.raises(ValueError):
        item_symbol(level, index)


def test_hangul_item_labels():
    labels = [hangul_item_label(i) for i in range(28)]
    assert "".join(labels) == "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허"
    assert [hangul_item_index(label) for label in labels] == list(range(28))
    for bad in ("", "가나", "고", "가.", "A"):
        with pytest.raises(ValueError, match="not a Hangul item label"):
            hangul_item_index(bad)
    with pytest.raises(ValueError, match="no Hangul item label"):
        hangul_item_label(28)


def test_numbers_beyond_babel_are_grouped_too():
    from desktop.core.kformat import number, number_en

    assert number(10**40) == f"{10**40:,}"
    assert number_en(-(10**16)) == "-10,000,000,000,000,000"
    assert number(16244) == "16,244"


@given(st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1))
def test_whole_numbers_are_grouped_as_babel_groups_them(n):
    from babel.numbers import format_decimal

    assert number(n) == format_decimal(n, locale="ko_KR")
    assert number_en(n) == format_decimal(n, locale="en")


def test_fractions_still_go_through_babel():
    assert number(1234.5) == "1,234.5"
    assert number_en(0.25) == "0.25"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_english_dates_are_babels(d):
    from babel.dates import format_date

    assert date_en(d) == format_date(d, "MMMM d, y", locale="en")
    month = format_date(d, "MMM", locale="en")
    assert date_en_short(d) == f"{month}{'' if month == 'May' else '.'} {d.day}, {d.year}"
