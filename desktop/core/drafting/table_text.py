"""The comparison table as plain text, for the command line.

The two cells of a row stand side by side, each wrapped to ``width`` display columns (a Hangul
syllable counts two), separated by `` | ``. Underlined runs are marked ``_like this_``;
underscores never occur in statute text, so the marking is unambiguous. A run that wraps is
closed at the end of the line and reopened on the next. A table inside a cell (an annex) is
written one row a line, its cells between bars: ``| 3급 | _14_ |``. With ``width=30``::

    경기도 행정기구 및 정원 조례
    현 행                          | 개 정 안
    ===============================+===============================
    제3조(기구) ①ㆍ② (생 략)       | 제3조(기구) ①ㆍ② (현행과 같음)
    ③ _평생교육국_장은 평생교육 정 | ③ _미래평생교육국_ -----------
    책에 관하여 도지사를 보좌한다. | ---------------
    -------------------------------+-------------------------------
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from difflib import SequenceMatcher
from itertools import zip_longest

from desktop.core.drafting.cells import ComparisonTable, Entry, Grid, Line, entry_lines


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and fullwidth characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_line(line: Line, width: int) -> list[str]:
    """One line of runs as marked text, wrapped to ``width`` columns (markers included)."""
    out: list[str] = []
    current: list[str] = []
    used = 0
    for run in line:
        text = run.text
        while text:
            room = width - used - (2 if run.underline else 0)
            take, taken = 0, 0
            while take < len(text) and taken + display_width(text[take]) <= room:
                taken += display_width(text[take])
                take += 1
            if take == 0:
                if used == 0:  # not even one character fits: take it anyway
                    take, taken = 1, display_width(text[0])
                else:
                    out.append("".join(current).rstrip())
                    current, used = [], 0
                    continue
            piece = text[:take]
            current.append(f"_{piece}_" if run.underline else piece)
            used += taken + (2 if run.underline else 0)
            text = text[take:]
            if text:
                out.append("".join(current).rstrip())
                current, used = [], 0
    out.append("".join(current).rstrip())
    return out


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def _pairs(cur: list[Entry], new: list[Entry]) -> Iterator[tuple[Line, Line]]:
    """The lines of two cells side by side; two tables side by side have their rows of the same
    label (first cell) on one line, a row that only one of them has beside an empty line."""
    for left, right in zip_longest(cur, new, fillvalue=[]):
        if isinstance(left, Grid) and isinstance(right, Grid):
            old, amd = left.text_lines(), right.text_lines()
            matcher = SequenceMatcher(None, _labels(left), _labels(right), autojunk=False)
            for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
                yield from zip_longest(old[i1:i2], amd[j1:j2], fillvalue=[])
        else:
            yield from zip_longest(entry_lines(left), entry_lines(right), fillvalue=[])


def _labels(grid: Grid) -> list[str]:
    return ["".join(run.text for run in row[0]) if row else "" for row in grid.rows]


def render_table_text(table: ComparisonTable, *, width: int = 40) -> str:
    """The table as text: title, headings, then each row with its two cells side by side."""
    rule = "=" * width + "=+=" + "=" * width
    sep = "-" * width + "-+-" + "-" * width
    lines = [table.title, f"{_pad(table.headers[0], width)} | {table.headers[1]}".rstrip(), rule]
    for row in table.rows:
        for cur, new in _pairs(row.current, row.amended):
            left, right = wrap_line(cur, width), wrap_line(new, width)
            for a, b in zip_longest(left, right, fillvalue=""):
                lines.append(f"{_pad(a, width)} | {b}".rstrip())
        lines.append(sep)
    return "\n".join(lines) + "\n"
