"""Numbers and dates read from Korean and English paragraphs, and their comparison."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.figures import (
    Day,
    compare,
    english_dates,
    english_numbers,
    korean_dates,
    korean_numbers,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("66만 명", 660_000),
        ("100조 원", 100 * 10**12),
        ("16,244명", 16_244),
        ("1억 2천만 원", 120_000_000),
        ("1억2천만", 120_000_000),
        ("2천만 원", 20_000_000),
        ("3천500명", 3_500),
        ("5,000억 원", 500_000_000_000),
        ("1.5조 원", 1_500_000_000_000),
        ("10만여 명", 100_000),
    ],
)
def test_korean_numbers_with_units(text, value):
    assert korean_numbers(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("660,000 residents", 660_000),
        ("KRW 100 trillion", 100 * 10**12),
        ("16,244", 16_244),
        ("KRW 1.5 trillion", 1_500_000_000_000),
        ("120 million won", 120_000_000),
        ("the 375th session", 375),
    ],
)
def test_english_numbers_with_scales(text, value):
    assert english_numbers(text) == ([value], [])


def test_english_number_words_are_kept_apart():
    assert english_numbers("It comprises four divisions.") == ([], [4])


def test_ranges_give_both_ends():
    assert korean_numbers("200만~300만원") == [2_000_000, 3_000_000]


def test_citations_times_and_phones_are_not_numbers():
    assert korean_numbers("제14조의2 제1항 및 별표 1, 문의 031-8008-2114, 12:00") == []
    assert english_numbers("Article 14-2 (1) and Annex 1, Tel. 031-8008-2114, 12:00") == ([], [])


def test_dates_are_read_apart_from_numbers():
    assert korean_dates("2024. 7. 1.부터, 2024년 9월 2일, 6. 27.(목) 12:00") == [
        Day(2024, 7, 1),
        Day(2024, 9, 2),
        Day(0, 6, 27),
    ]
    assert korean_numbers("2024. 7. 1.부터 시행") == []
    assert english_dates("from July 1, 2024; Sept. 2, 2024; 27 June 2024; on June 27") == [
        Day(2024, 7, 1),
        Day(2024, 9, 2),
        Day(2024, 6, 27),
        Day(0, 6, 27),
    ]


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("도민 66만 명이 참여했다.", "660,000 residents took part."),
        ("100조 원 규모다.", "It is worth KRW 100 trillion."),
        ("정원은 총 16,244명이다.", "Total staffing is 16,244."),
        ("4개 과를 둔다.", "It comprises four divisions."),
        ("2024. 7. 1.부터 시행한다.", "It takes effect on July 1, 2024."),
        ("제375회 정례회", "the 375th regular session"),
    ],
)
def test_equivalent_pairs_have_no_difference(ko, en):
    assert compare(ko, en) == compare("", "")


def test_a_different_number_is_reported_on_both_sides():
    diff = compare("정원은 16,250명이다.", "Staffing is 16,252.")
    assert diff.numbers_ko == (Decimal(16_250),)
    assert diff.numbers_en == (Decimal(16_252),)


def test_a_different_date_is_reported():
    diff = compare("2024. 7. 1.부터", "from July 15, 2024")
    assert diff.dates_ko == (Day(2024, 7, 1),) and diff.dates_en == (Day(2024, 7, 15),)
    assert str(diff.dates_ko[0]) == "2024-07-01"


def test_an_unneeded_english_number_word_is_not_reported():
    assert compare("한 곳으로 모은다.", "One of the aims is to bring them together.") == compare(
        "", ""
    )


# -- round trips ---------------------------------------------------------------------------

_LARGE = ("", "만", "억", "조")


def _group_text(value: int, style: str) -> str:
    if style == "plain":
        return str(value)
    if style == "comma":
        return f"{value:,}"
    parts = []  # 2천5백3십4
    for unit, size in (("천", 1000), ("백", 100), ("십", 10)):
        digit, value = divmod(value, size)
        if digit:
            parts.append(f"{digit}{unit}")
    if value:
        parts.append(str(value))
    return "".join(parts)


def _with_units(n: int, style: str, space: str) -> str:
    """``n`` (below 10**16) in 만/억/조 groups: ``1조 2,345억 6789만 12``."""
    groups = []
    for unit in _LARGE:
        n, group = divmod(n, 10_000)
        if group:
            groups.append(_group_text(group, style) + unit)
    return space.join(reversed(groups))


@given(st.integers(min_value=0, max_value=10**18))
def test_commas_round_trip(n):
    assert korean_numbers(f"{n:,}명") == [n]
    assert english_numbers(f"{n:,} people") == ([n], [])


@given(
    st.integers(min_value=1, max_value=10**16 - 1),
    st.sampled_from(["plain", "comma", "units"]),
    st.sampled_from([" ", ""]),
)
def test_korean_units_round_trip(n, style, space):
    text = _with_units(n, style, space)
    assert korean_numbers(f"총 {text} 원") == [n], text


@given(st.integers(min_value=1, max_value=999), st.sampled_from(list(_LARGE[1:])))
def test_one_large_unit_matches_the_english_scale(n, unit):
    english = {"만": (n * 10, "thousand"), "억": (n * 100, "million"), "조": (n, "trillion")}
    number, scale = english[unit]
    assert compare(f"{n}{unit} 원", f"KRW {number:,} {scale}") == compare("", "")


def test_ordinal_words_count_where_the_korean_needs_them():
    assert compare("제2부속실", "the Second Secretariat") == compare("", "")
