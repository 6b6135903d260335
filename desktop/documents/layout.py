"""What the generated parts of a document are made of: paragraphs, tables, pictures and page
breaks as plain data, in the template's named styles.

The part builders (:mod:`.bill`, :mod:`.release`, :mod:`.orgtables`, :mod:`.review`) return
lists of these blocks; :mod:`.docxparts` writes them into the DOCX with python-docx and
:mod:`.htmlparts` into the HTML of the preview, so both show the same content. A table's rows
hold only the cells that start there; a cell spanning rows or columns covers the places to its
right and below, as in HTML. A cell holds lines and, between them, tables of its own (an annex
inside a cell of the comparison table).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Align = Literal["center", "right"]
Run = tuple[str, str | None]  # text and its character style ("OD Underline" …) or None
Line = tuple[Run, ...]
HEAD_FILL = "E7E6E6"  # header cells
TOTAL_FILL = "F2F2F2"  # total and subtotal rows


@dataclass(frozen=True)
class Para:
    """A paragraph: its runs (text with a character style), paragraph style, alignment and
    indent."""

    runs: Line = ()
    style: str = "OD Body"
    align: Align | None = None
    indent_cm: float | None = None

    @property
    def text(self) -> str:
        return "".join(text for text, _style in self.runs)


@dataclass(frozen=True)
class Cell:
    """A table cell: its lines and nested tables, style, alignment, fill and spans."""

    lines: tuple[Line | Table, ...] = ((),)  # top to bottom: lines and nested tables
    style: str = "OD Table Text"
    align: Align | None = None
    fill: str | None = None
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class Table:
    """A table: its column widths, rows and header rows (repeated on every page)."""

    widths_cm: tuple[float, ...]
    rows: tuple[tuple[Cell, ...], ...]
    header_rows: int = 1  # repeated on every page
    # Single line spacing in the cells, where a long table stands on a page of its own (the
    # 별지 of a replaced 별표) and the template's table spacing would push its last rows over.
    compact: bool = False
    # Smaller text (:data:`DENSE_PT`) and narrow cell margins, for a table of many narrow
    # columns (a 기관별 staffing annex in a half-page cell of the 신구조문대비표), so that its
    # figures stay on one line.
    dense: bool = False


DENSE_PT = 8.5  # the text of a dense table (the templates' table text is 10.5 pt)
DENSE_MARGIN_CM = 0.05  # each side of a dense table's cells (the templates': 0.14)


@dataclass(frozen=True)
class Picture:
    """A PNG picture and its width."""

    png: bytes
    width_mm: float


@dataclass(frozen=True)
class PageBreak:
    """A page break."""


Block = Para | Table | Picture | PageBreak
Part = list[Block]


def line(value: str | Sequence[tuple[str, bool | str | None]]) -> Line:
    """A line from a string or from runs; a run's second item is a character style, or a
    flag that means underlined (``OD Underline``, how the drafting engine marks a change)."""
    if isinstance(value, str):
        return ((value, None),) if value else ()
    runs = []
    for text, mark in value:
        if isinstance(mark, bool):
            mark = "OD Underline" if mark else None
        style = mark
        if text:
            runs.append((text, style))
    return tuple(runs)


def para(
    text: str = "",
    style: str = "OD Body",
    *,
    align: Align | None = None,
    indent: float | None = None,
) -> Para:
    return Para(line(text), style, align, indent)


def cell(
    lines: Sequence[str | Sequence[tuple[str, bool | str | None]] | Table],
    style: str = "OD Table Text",
    *,
    align: Align | None = None,
    fill: str | None = None,
    rowspan: int = 1,
    colspan: int = 1,
) -> Cell:
    items = tuple(v if isinstance(v, Table) else line(v) for v in lines)
    return Cell(items or ((),), style, align, fill, rowspan, colspan)


def head(text: str, *, rowspan: int = 1, colspan: int = 1) -> Cell:
    """A shaded header cell."""
    return cell([text], "OD Table Head", fill=HEAD_FILL, rowspan=rowspan, colspan=colspan)


def grid(
    header: Sequence[str],
    body: Sequence[Sequence[str | Sequence[str]]],
    widths_cm: Sequence[float],
    *,
    center: Sequence[int] = (),
    bold_rows: Sequence[int] = (),
    compact: bool = False,
) -> Table:
    """A table with one shaded, repeated header row; a body cell is text or a list of lines;
    ``bold_rows`` (indexes into ``body``) are totals: bold and lightly shaded."""
    rows = [tuple(head(text) for text in header)]
    for r, row in enumerate(body):
        total = r in bold_rows
        rows.append(
            tuple(
                cell(
                    [value] if isinstance(value, str) else list(value),
                    "OD Table Head" if total else "OD Table Text",
                    align="center" if c in center else None,
                    fill=TOTAL_FILL if total else None,
                )
                for c, value in enumerate(row)
            )
        )
    return Table(tuple(widths_cm), tuple(rows), compact=compact)


def placements(table: Table) -> list[tuple[int, int, Cell]]:
    """(row, column, cell) of every cell of ``table`` in the grid, spans taken into account."""
    taken: set[tuple[int, int]] = set()
    found = []
    for r, row in enumerate(table.rows):
        c = 0
        for item in row:
            while (r, c) in taken:
                c += 1
            found.append((r, c, item))
            for dr in range(item.rowspan):
                for dc in range(item.colspan):
                    taken.add((r + dr, c + dc))
            c += item.colspan
    return found
