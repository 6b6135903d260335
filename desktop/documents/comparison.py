"""The comparison table (신구조문대비표) as a document part: the heading, the instrument's
title and a table of two columns, 현 행 and 개 정 안, one row per changed provision.

A cell is the drafted lines with the changed words underlined (``OD Underline``); an annex
(별표) in a cell is a table of its own inside the cell — its header row shaded, its total rows
(``총계``, ``일반직 계``) bold as on the annex page, the changed cells underlined — with its
columns sized to their contents within the cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.drafting import ComparisonTable
from desktop.core.drafting.cells import Entry, Grid
from desktop.core.drafting.table_text import display_width
from desktop.documents import layout
from desktop.documents.layout import Part
from desktop.i18n import pick

CONTENT_WIDTH = 16.0  # cm between the bill margins (A4, 25 mm each side)
CELL_MARGINS = 0.4  # cm taken by the cell's margins (the template's 80 twips a side) and rule
TOTALS = ("계", "총계", "Total", "subtotal", "Subtotal")


def is_total(label: str) -> bool:
    """Whether an annex row with this first cell is a total (bold and shaded)."""
    return label.endswith(TOTALS)


def comparison_part(
    table: ComparisonTable, lang: str, *, new_page: bool, heading: str = ""
) -> Part:
    half = CONTENT_WIDTH / 2
    rows = [tuple(layout.head(text) for text in table.headers)]
    for row in table.rows:
        current, amended = _entries(row.current, half), _entries(row.amended, half)
        rows.append((layout.cell(current), layout.cell(amended)))
    out: Part = [layout.PageBreak()] if new_page else []
    out.append(layout.para(heading or pick("신구조문대비표", "Comparison Table", lang), "OD Title"))
    out.append(layout.para(table.title, "OD Body", align="center"))
    out.append(layout.Table((half, half), tuple(rows)))
    return out


def _entries(cell: Sequence[Entry], width_cm: float) -> list:
    """A drafted cell as layout lines and tables. A run is (text, underlined): a tuple or a
    named tuple."""
    out: list = []
    for entry in cell:
        if isinstance(entry, Grid):
            out.append(grid_table(entry, width_cm - CELL_MARGINS))
        else:
            out.append([(run[0], bool(run[1])) for run in entry])
    return out


def grid_table(grid: Grid, width_cm: float) -> layout.Table:
    """An annex drafted as a grid, as a table ``width_cm`` wide: the header rows shaded, the
    total rows bold, the numbers centred as on the annex page."""
    texts = [["".join(run.text for run in cell) for cell in row] for row in grid.rows]
    rows = []
    for r, row in enumerate(grid.rows):
        header = r < grid.header_rows
        total = not header and bool(texts[r]) and is_total(texts[r][0])
        cells = []
        for c, runs in enumerate(row):
            line = [(run.text, bool(run.underline)) for run in runs]
            if header:
                cells.append(layout.cell([line], "OD Table Head", fill=layout.HEAD_FILL))
            else:
                cells.append(
                    layout.cell(
                        [line],
                        "OD Table Head" if total else "OD Table Text",
                        align="center" if c else None,
                        fill=layout.TOTAL_FILL if total else None,
                    )
                )
        rows.append(tuple(cells))
    dense = not figures_fit(texts, width_cm)
    widths = column_widths(texts, width_cm, dense=dense)
    return layout.Table(widths, tuple(rows), header_rows=0, dense=dense)


UNIT_CM = 0.22  # a half-width character of the 10.5 pt table text, bold digits included
PAD_CM = 0.4  # the cell's own margins and a little air
# The same in a dense table (:attr:`.layout.Table.dense`): smaller text, narrow margins.
DENSE_UNIT_CM = UNIT_CM * layout.DENSE_PT / 10.5
DENSE_PAD_CM = 2 * layout.DENSE_MARGIN_CM + 0.05


def figures_fit(rows: Sequence[Sequence[str]], width_cm: float) -> bool:
    """Whether the figures' columns of a table fit on one line at the templates' table text
    with the labels' column keeping its share (:func:`column_widths`); a 기관별 table of eight
    grades in a half-page cell does not, and is drawn dense."""
    need = _needs(rows, UNIT_CM, PAD_CM)
    return sum(need) <= width_cm or sum(need[1:]) <= width_cm * 0.6


def _needs(rows: Sequence[Sequence[str]], unit: float, pad: float) -> list[float]:
    """Each column's width for its widest text on one line (four half-width characters at
    least)."""
    count = max((len(row) for row in rows), default=1)
    widest = [4] * count
    for row in rows:
        for c, text in enumerate(row):
            widest[c] = max(widest[c], display_width(text))
    return [pad + unit * w for w in widest]


def column_widths(
    rows: Sequence[Sequence[str]], width_cm: float, *, dense: bool = False
) -> tuple[float, ...]:
    """Widths (cm) that add up to ``width_cm``. Each column needs its widest text on one line
    (a Hangul syllable counting two half-width characters, four at least); when all fit, the
    room left is shared in proportion, and when not, the figures keep their width and the
    first column (the labels) takes the rest and wraps — unless the figures alone would crowd
    it out, when every column gets its share in proportion. ``dense``: measured at a dense
    table's text and margins."""
    need = _needs(rows, *((DENSE_UNIT_CM, DENSE_PAD_CM) if dense else (UNIT_CM, PAD_CM)))
    if sum(need) > width_cm and sum(need[1:]) <= width_cm * 0.6:
        others = [round(n, 2) for n in need[1:]]
        return (round(width_cm - sum(others), 2), *others)
    scaled = [round(width_cm * n / sum(need), 2) for n in need]
    return (round(width_cm - sum(scaled[1:]), 2), *scaled[1:])
