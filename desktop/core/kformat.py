"""Korean official-document formatting (공문서 표기): dates, counts and item symbols.

Dates in Korean follow the official form ``2024. 6. 27.`` (no leading zeros, a full stop and a
space after each part). Whole numbers and English month names are written here directly: in
Korean and English both group digits by three with a comma, and the English month names are
fixed, so loading Babel's locale data (a tenth of a second) would give the same text
(tests/core/test_kformat.py checks it against Babel). Babel formats what else there is
(a fractional number), imported on first use.
Everything here is also importable from :mod:`desktop.core.korean`.
"""

from __future__ import annotations

import datetime as dt

from desktop.core import lazyre

_WEEKDAYS_KO = "월화수목금토일"
_WEEKDAY_SUFFIX = r"(?:\s*\(([월화수목금토일])\))?"
_DATE_FORMS = tuple(
    lazyre.compile(form + _WEEKDAY_SUFFIX)
    for form in (
        r"([0-9]{4})\s*\.\s*([0-9]{1,2})\s*\.\s*([0-9]{1,2})\s*\.?",
        r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})",
        r"([0-9]{4})\s*년\s*([0-9]{1,2})\s*월\s*([0-9]{1,2})\s*일",
    )
)

# Hangul item labels: 가 … 하, then (as statutes do after 하목) 거 … 허.
_HANGUL_LABELS = "가나다라마바사아자차카타파하" + "거너더러머버서어저처커터퍼허"
# ① … ⑳, ㉑ … ㉟, ㊱ … ㊿
_CIRCLED_NUMBERS = "".join(
    chr(c) for c in [*range(0x2460, 0x2474), *range(0x3251, 0x3260), *range(0x32B1, 0x32C0)]
)
_CIRCLED_HANGUL = "".join(chr(c) for c in range(0x326E, 0x327C))  # ㉮ … ㉻
# Per level: how the item is numbered and the pattern around it.
_LEVELS: tuple[tuple[str, str], ...] = (
    ("number", "{}."),
    ("hangul", "{}."),
    ("number", "{})"),
    ("hangul", "{})"),
    ("number", "({})"),
    ("hangul", "({})"),
    ("circled_number", "{}"),
    ("circled_hangul", "{}"),
)
ITEM_LEVELS = len(_LEVELS)


def date_ko(d: dt.date, weekday: bool = False) -> str:
    """Official Korean date: ``2024. 6. 27.``, with *weekday* ``2024. 6. 28.(금)``."""
    text = f"{d.year}. {d.month}. {d.day}."
    return f"{text}({_WEEKDAYS_KO[d.weekday()]})" if weekday else text


def date_ko_long(d: dt.date) -> str:
    """Date written out as in the supplementary provisions (부칙): ``2024년 7월 15일``."""
    return f"{d.year}년 {d.month}월 {d.day}일"


MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_en(d: dt.date) -> str:
    """English date: ``June 27, 2024`` (Babel's ``MMMM d, y`` in English)."""
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def date_en_short(d: dt.date) -> str:
    """English date as in KLRI history notes: ``Jun. 27, 2024``; May has no full stop."""
    month = MONTHS_EN[d.month - 1][:3]  # Babel's ``MMM`` in English
    stop = "" if month == "May" else "."
    return f"{month}{stop} {d.day}, {d.year}"


def parse_date_ko(text: str) -> dt.date:
    """Read a date written ``2024. 6. 27.``, ``2024.06.27``, ``2024-06-27`` or ``2024년 6월 27일``.

    The year has four digits. A weekday in brackets (``2024. 6. 28.(금)``) is accepted and must
    match the date. Raises ``ValueError`` naming the text when it is not such a date.
    """
    stripped = text.strip()
    for form in _DATE_FORMS:
        match = form.fullmatch(stripped)
        if match:
            break
    else:
        raise ValueError(
            f"cannot read {text!r} as a date; write it like "
            "'2024. 6. 27.', '2024-06-27' or '2024년 6월 27일'"
        )
    year, month, day, weekday = match.groups()
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a valid date: {exc}") from None
    if weekday and weekday != _WEEKDAYS_KO[date.weekday()]:
        raise ValueError(
            f"{text!r}: {date_ko(date)} is a {_WEEKDAYS_KO[date.weekday()]}요일, not {weekday}요일"
        )
    return date


_BABEL_DIGITS = 10**15


def number(n: int) -> str:
    """*n* with Korean digit grouping: ``16,244``."""
    if isinstance(n, int) or abs(n) >= _BABEL_DIGITS:
        return f"{n:,}"  # Babel's grouping in Korean (its decimal context overflows on huge n)
    from babel.numbers import format_decimal

    return format_decimal(n, locale="ko_KR")


def number_en(n: int) -> str:
    """*n* with English digit grouping: ``16,244``."""
    if isinstance(n, int) or abs(n) >= _BABEL_DIGITS:
        return f"{n:,}"  # Babel's grouping in English
    from babel.numbers import format_decimal

    return format_decimal(n, locale="en")


def count(n: int, unit: str = "명") -> str:
    """A count with its counter word, no space: ``16,244명``."""
    return f"{number(n)}{unit}"


def delta(n: int, unit: str = "명") -> str:
    """A change in a count (증감): ``증 8명``, ``감 1명`` or ``증감 없음``."""
    if n == 0:
        return "증감 없음"
    return f"{'증' if n > 0 else '감'} {count(abs(n), unit)}"


def hangul_item_label(index: int) -> str:
    """The Hangul label of item *index* (0-based): 가, 나, … 하, then 거, 너, … 허.

    Raises ``ValueError`` beyond 허 (index 27).
    """
    if not 0 <= index < len(_HANGUL_LABELS):
        raise ValueError(f"no Hangul item label for index {index} (0 to 27: 가 … 하, 거 … 허)")
    return _HANGUL_LABELS[index]


def hangul_item_index(label: str) -> int:
    """The 0-based index of a Hangul item label: 가 → 0, 하 → 13, 거 → 14."""
    index = _HANGUL_LABELS.find(label) if len(label) == 1 else -1
    if index < 0:
        raise ValueError(f"{label!r} is not a Hangul item label (가 … 하, 거 … 허)")
    return index


def item_symbol(level: int, index: int) -> str:
    """The item symbol for *level* 0–7 and 0-based *index*.

    Levels: ``1.`` → ``가.`` → ``1)`` → ``가)`` → ``(1)`` → ``(가)`` → ``①`` → ``㉮``. Hangul
    levels run to 허 (28 items), ① to ㊿ (50) and ㉮ to ㉻ (14); beyond, ``ValueError``.
    """
    if not 0 <= level < ITEM_LEVELS:
        raise ValueError(f"item level must be 0 to {ITEM_LEVELS - 1}, not {level}")
    if index < 0:
        raise ValueError(f"item index must not be negative, not {index}")
    kind, pattern = _LEVELS[level]
    if kind == "number":
        return pattern.format(index + 1)
    if kind == "hangul":
        return pattern.format(hangul_item_label(index))
    symbols = _CIRCLED_NUMBERS if kind == "circled_number" else _CIRCLED_HANGUL
    if index >= len(symbols):
        raise ValueError(f"level {level} has only {len(symbols)} symbols, no index {index}")
    return symbols[index]
