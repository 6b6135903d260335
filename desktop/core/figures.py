"""Figures: the numbers and dates a Korean or an English paragraph states, for comparing the
two sides of a bilingual press release.

Korean numbers are read with commas and the large units 만/억/조 (and 천/백/십 inside a
group): ``66만 명`` = 660,000, ``100조 원`` = 10**14, ``1억 2천만`` = 120,000,000,
``16,244명`` = 16,244. English numbers are read with commas and
thousand/million/billion/trillion (``KRW 100 trillion``), ordinals (``375th``) and the words
one … twelve and first … twelfth (``four divisions``, ``the second vice governor``), the words
counting only where the Korean needs them.

Dates are taken out before numbers are read, on both sides, and compared as dates:
``2024. 7. 1.``, ``2024년 7월 1일``, ``7. 1.``, ``7월 1일`` against ``July 1, 2024``,
``Jul. 1, 2024``, ``1 July 2024``, ``July 1``; a date without a year matches the same month
and day with any year. Times (``12:00``), telephone numbers and statute citations
(``제14조의2 제1항``, ``Article 14-2 (1)``, ``별표 1``, ``Annex 1``) are not figures and are
ignored.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from desktop.core import lazyre

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
_LARGE_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12}
_KO_TOKEN = lazyre.compile(rf"({_NUM})|([십백천만억조])|(\s+)|(.)", re.DOTALL)
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_EN_NUMBER = lazyre.compile(
    rf"(?<![\d.,])({_NUM})(?:(?:st|nd|rd|th)\b)?(?:\s+(thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_EN_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_EN_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
_EN_WORD = lazyre.compile(rf"\b({'|'.join(_EN_WORDS + _EN_ORDINALS)})\b", re.IGNORECASE)

_PHONE = lazyre.compile(r"(?<!\d)\d{2,4}-\d{3,4}-\d{4}(?!\d)")
_TIME = lazyre.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_KO_CITATION = lazyre.compile(
    r"제\s*\d+\s*조(?:\s*의\s*\d+)?(?:\s*제?\s*\d+\s*항)?(?:\s*제?\s*\d+\s*호)?"
    r"|제\s*\d+\s*[항호목]|별표\s*\d+(?:\s*의\s*\d+)?"
)
_EN_CITATION = lazyre.compile(
    r"\b(?:Articles?|Annex|(?:sub)?paragraphs?|items?)\s+\(?\d+(?:-\d+)?\)?"
    r"(?:\s*\(\d+\))*(?:\s+\d+(?!\s*(?:thousand|million|billion|trillion)))?",
    re.IGNORECASE,
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:\s*\([월화수목금토일]\))?"
_KO_DATES = (  # (pattern, group indexes of year, month, day; 0 = absent)
    (
        lazyre.compile(rf"(\d{{4}})\s*\.\s*(\d{{1,2}})\s*\.\s*(\d{{1,2}})\s*\.?{_WEEKDAY}"),
        (1, 2, 3),
    ),
    (lazyre.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"), (1, 2, 3)),
    (lazyre.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월"), (1, 2, 0)),
    (lazyre.compile(r"(?<![\d.])(\d{1,2})\s*월\s*(\d{1,2})\s*일"), (0, 1, 2)),
    (lazyre.compile(rf"(?<![\d.])(\d{{1,2}})\.\s+(\d{{1,2}})\.(?!\d){_WEEKDAY}"), (0, 1, 2)),
)
_EN_DATES = (
    (lazyre.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), (3, 1, 2)),
    (lazyre.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})\b", re.I), (3, 2, 1)),
    (lazyre.compile(rf"\b{_MONTH}\s+(\d{{4}})\b", re.I), (2, 1, 0)),
    (lazyre.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\.\d)", re.I), (0, 1, 2)),
)


@dataclass(frozen=True)
class Day:
    """A date as a paragraph states it; ``year`` (or ``day``) 0 when not stated."""

    year: int
    month: int
    day: int

    def matches(self, other: Day) -> bool:
        years = self.year == other.year or not self.year or not other.year
        return years and self.month == other.month and self.day == other.day

    def __str__(self) -> str:
        """``2024-07-15``; ``07-15`` without a year; ``2024-07`` without a day."""
        parts = [f"{self.year:04d}"] if self.year else []
        parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


def _blank(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _take_dates(text: str, forms, month_of) -> tuple[str, list[Day]]:
    found: list[tuple[int, Day]] = []
    for pattern, (y, m, d) in forms:

        def take(match: re.Match, y=y, m=m, d=d) -> str:
            year = int(match.group(y)) if y else 0
            month = month_of(match.group(m))
            day = int(match.group(d)) if d else 0
            if 1 <= month <= 12 and day <= 31:
                found.append((match.start(), Day(year, month, day)))
                return " " * len(match.group(0))
            return match.group(0)

        text = pattern.sub(take, text)
    return text, [day for _pos, day in sorted(found, key=lambda f: f[0])]


def _clean(text: str, citation: re.Pattern) -> str:
    for pattern in (_PHONE, _TIME, citation):
        text = _blank(text, pattern)
    return text


def korean_dates(text: str) -> list[Day]:
    return _take_dates(_clean(text, _KO_CITATION), _KO_DATES, int)[1]


def english_dates(text: str) -> list[Day]:
    return _take_dates(_clean(text, _EN_CITATION), _EN_DATES, _month_en)[1]


def _month_en(name: str) -> int:
    return _MONTHS[name.lower()]


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def parse_korean_numbers(text: str) -> list[Decimal]:
    """Every number in a Korean text (no date handling: see :func:`korean_numbers`)."""
    tokens = [(m.group(1), m.group(2), m.group(3)) for m in _KO_TOKEN.finditer(text)]
    numbers: list[Decimal] = []
    i = 0
    while i < len(tokens):
        if tokens[i][0] is None:
            i += 1
            continue
        value, i = _korean_number(tokens, i)
        numbers.append(value)
    return numbers


def _korean_number(tokens, i: int) -> tuple[Decimal, int]:
    """Read one number from ``tokens[i]`` (a digit token): groups under descending large
    units, each group digits with descending small units."""
    total, group = Decimal(0), Decimal(0)
    large_limit, small_limit = 10**13, 10**4
    while i < len(tokens):
        digits, unit, _space = tokens[i]
        if digits is not None:
            value = _decimal(digits)
            i += 1
            nxt = tokens[i][1] if i < len(tokens) else None
            if nxt in _SMALL_UNITS and _SMALL_UNITS[nxt] < small_limit:
                group += value * _SMALL_UNITS[nxt]
                small_limit = _SMALL_UNITS[nxt]
                i += 1
                continue
            group += value
            if nxt in _LARGE_UNITS and _LARGE_UNITS[nxt] < large_limit:
                continue  # the large unit applies to the group just read
            return total + group, i
        if unit in _LARGE_UNITS and group and _LARGE_UNITS[unit] < large_limit:
            total += group * _LARGE_UNITS[unit]
            large_limit, group, small_limit = _LARGE_UNITS[unit], Decimal(0), 10**4
            i += 1
            # a further group may follow after spaces: ``1억 2천만``
            j = i + 1 if i < len(tokens) and tokens[i][2] is not None else i
            if j < len(tokens) and tokens[j][0] is not None:
                i = j
                continue
            return total, i
        break
    return total + group, i


def parse_english_numbers(text: str) -> tuple[list[Decimal], list[Decimal]]:
    """Numbers written in digits (with scale words) and numbers written as words, apart:
    words are weaker evidence (``one of the …``)."""
    digits = []
    for match in _EN_NUMBER.finditer(text):
        value = _decimal(match.group(1))
        if match.group(2):
            value *= _EN_SCALES[match.group(2).lower()]
        digits.append(value)
    words = [Decimal(_word_value(m.group(1))) for m in _EN_WORD.finditer(text)]
    return digits, words


def _word_value(word: str) -> int:
    word = word.lower()
    return (_EN_WORDS.index(word) if word in _EN_WORDS else _EN_ORDINALS.index(word)) + 1


def korean_numbers(text: str) -> list[Decimal]:
    """The numbers of a Korean paragraph other than dates, times, telephone numbers and
    statute citations."""
    rest, _dates = _take_dates(_clean(text, _KO_CITATION), _KO_DATES, int)
    return parse_korean_numbers(rest)


def english_numbers(text: str) -> tuple[list[Decimal], list[Decimal]]:
    rest, _dates = _take_dates(_clean(text, _EN_CITATION), _EN_DATES, _month_en)
    return parse_english_numbers(rest)


@dataclass(frozen=True)
class FigureDiff:
    """What one side states that the other does not."""

    numbers_ko: tuple[Decimal, ...] = ()
    numbers_en: tuple[Decimal, ...] = ()
    dates_ko: tuple[Day, ...] = ()
    dates_en: tuple[Day, ...] = ()


def compare(ko: str, en: str) -> FigureDiff:
    """Compare the figures of a Korean and an English paragraph as multisets.

    A number that the English writes as a word (``four``) counts only when the Korean needs
    it; an English number word with no Korean partner is not reported."""
    numbers_ko = Counter(korean_numbers(ko))
    digits, words = english_numbers(en)
    numbers_en = Counter(digits)
    only_ko = numbers_ko - numbers_en
    only_en = numbers_en - numbers_ko
    only_ko -= Counter(words)
    dates_ko, dates_en = korean_dates(ko), english_dates(en)
    unmatched_en = list(dates_en)
    unmatched_ko = []
    for day in dates_ko:
        partner = next((d for d in unmatched_en if d.matches(day)), None)
        if partner is None:
            unmatched_ko.append(day)
        else:
            unmatched_en.remove(partner)
    return FigureDiff(
        tuple(sorted(only_ko.elements())),
        tuple(sorted(only_en.elements())),
        tuple(unmatched_ko),
        tuple(unmatched_en),
    )


def format_number(value: Decimal) -> str:
    """``16244`` → ``16,244``; ``1.5`` → ``1.5``."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"
