"""The cells of the comparison table: rows of two cells, lines, runs that are underlined or not.

A cell is a list of entries: a :data:`Line`, or a :class:`Grid` — a table inside the cell, as a
changed annex (별표) is shown. :func:`underlined` marks changed words; :func:`hyphenated` writes
every unchanged stretch as one hyphen per character, as MOLEG's comparison tables do
(``------ 미래평생교육국 ---``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from desktop.core.statute_syntax import escape_cell

Spans = list[tuple[int, int]]


class Run(NamedTuple):
    """A piece of a line and whether it is underlined."""

    text: str
    underline: bool = False


Line = list[Run]


@dataclass
class Grid:
    """A table inside a cell — an annex (별표) in the comparison table: rows of cells, each
    cell one line of runs (a changed cell underlined); the first ``header_rows`` rows head the
    columns."""

    rows: list[list[Line]]
    header_rows: int = 1

    def text_lines(self) -> list[Line]:
        """The table as lines of text, one per row: ``| 3급 | _11_ |`` (for the command line
        and for searching the words of a table), a ``|`` in a cell written ``\\|`` as the
        statute text writes it."""
        lines = []
        for cells in self.rows:
            runs = [Run("| ")]
            for i, cell in enumerate(cells):
                runs += [Run(escape_cell(run.text), run.underline) for run in cell]
                runs.append(Run(" | " if i < len(cells) - 1 else " |"))
            lines.append(merge_runs(runs))
        return lines


Entry = Line | Grid  # what a cell holds, top to bottom


def entry_lines(entry: Entry) -> list[Line]:
    """The lines of a cell entry: a line itself, a grid as one line per row."""
    return entry.text_lines() if isinstance(entry, Grid) else [entry]


@dataclass
class Row:
    """One row: what it shows (``제4조``, ``별표 1``, ``제명``) and its two cells, which are
    padded with empty lines to the same length."""

    label: str
    current: list[Entry]
    amended: list[Entry]

    def __post_init__(self) -> None:
        pad(self.current, self.amended)


@dataclass
class ComparisonTable:
    """The table: the instrument's title, the two column headings and the rows."""

    title: str
    headers: tuple[str, str]
    rows: list[Row]


def pad(cur: list[Entry], new: list[Entry]) -> None:
    """Append empty lines to the shorter cell."""
    while len(cur) < len(new):
        cur.append([])
    while len(new) < len(cur):
        new.append([])


def merge_runs(runs: Iterable[Run]) -> Line:
    """Join neighbouring runs with the same underline; drop empty runs."""
    out: Line = []
    for run in runs:
        if not run.text:
            continue
        if out and out[-1].underline == run.underline:
            out[-1] = Run(out[-1].text + run.text, run.underline)
        else:
            out.append(run)
    return out


def underlined(text: str, spans: Spans) -> Line:
    """``text`` with the ``spans`` underlined."""
    runs, pos = [], 0
    for start, end in sorted(spans):
        runs += [Run(text[pos:start]), Run(text[start:end], True)]
        pos = end
    runs.append(Run(text[pos:]))
    return merge_runs(runs)


def hyphenated(text: str, spans: Spans) -> Line:
    """``text`` with the spans underlined and every other stretch as hyphens."""
    runs, pos = [], 0
    bounds = [*sorted(spans), (len(text), len(text))]
    for start, end in bounds:
        stretch = text[pos:start]
        if stretch.strip():
            before = "" if pos == 0 else " "
            after = "" if start == len(text) else " "
            runs.append(Run(before + "-" * len(stretch.strip()) + after))
        elif stretch:
            runs.append(Run(" "))
        runs.append(Run(text[start:end], True))
        pos = end
    return merge_runs(runs)
