"""An annex's rows (별표) in English.

An annex holds its English rows (``rows_en``) when the official has them; without them, its
Korean rows stand in through :func:`cell_en`: numbers as they are, the staffing table's words
(구분, 정원, 총계, a group's 계, a grade) in English, a name the caller knows in English (a
기관별 table's rows name the units: ``도지사`` → ``Governor``), any other Korean cell as a
placeholder (``[English text missing: 기능직]``) that the export gate reports.

When the changes rewrite an annex's Korean rows (the staffing table), :func:`amended_rows_en`
rewrites its English rows with them, so that the English never prints figures the Korean no
longer has.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop.core.grades import DEFAULT_GRADES, GROUPS, table_grade
from desktop.core.statute_render_en import missing

_WORDS_EN = {
    "구분": "Category",
    "기관": "Organization",
    "정원": "Staffing",
    "총계": "Total",
    "계": "Subtotal",
}
_GROUPS_EN = {group.ko: group.en for group in GROUPS}
_GRADES_EN = {grade.ko: grade.en for grade in DEFAULT_GRADES}
_HANGUL = re.compile("[\uac00-\ud7a3]")


def cell_en(cell: str, names: Mapping[str, str] | None = None) -> str:
    """An annex cell in English when the annex has no English rows (see the module's notes);
    ``names``: Korean names with their English (the units')."""
    if not _HANGUL.search(cell):
        return cell
    if names and names.get(cell):
        return names[cell]
    if cell in _WORDS_EN:
        return _WORDS_EN[cell]
    if cell.endswith(" 계") and cell.removesuffix(" 계") in _GROUPS_EN:
        return f"{_GROUPS_EN[cell.removesuffix(' 계')]} subtotal"
    table = table_grade(cell)  # a 복수직급's row: 3ㆍ4급 → Grade 3 or 4
    return _GRADES_EN.get(cell) or _GROUPS_EN.get(cell) or (table and table.en) or missing(cell)


def amended_rows_en(
    old_rows: list[list[str]],
    old_en: list[list[str]],
    new_rows: list[list[str]],
    names: Mapping[str, str] | None = None,
) -> list[list[str]]:
    """The English rows of an annex whose Korean rows went from ``old_rows`` to ``new_rows``
    (none while it had none: its Korean rows stand in).

    Each new Korean cell is written in English: a cell without Hangul (a figure, ``-``) as the
    Korean has it; a Korean text the old English rows put into English (a row's label, a
    column's heading, at the same place in the old rows) as the official wrote it; any other
    (a new unit's row, a new grade's column) through :func:`cell_en`."""
    if not old_en:
        return []
    written = _written(old_rows, old_en)
    return [[_cell(cell, written, names) for cell in row] for row in new_rows]


def _written(old_rows: list[list[str]], old_en: list[list[str]]) -> dict[str, str]:
    """The English the official wrote for each Korean text of the old rows, read cell by cell
    where the two tables have the same shape: tables of different lengths, or a row whose cells
    do not match one for one, say nothing (which English is which cell's is not known)."""
    if len(old_rows) != len(old_en):
        return {}
    written: dict[str, str] = {}
    for ko_row, en_row in zip(old_rows, old_en, strict=True):
        if len(ko_row) != len(en_row):
            continue
        for ko, en in zip(ko_row, en_row, strict=True):
            if _HANGUL.search(ko) and en.strip() and not _HANGUL.search(en):
                written.setdefault(ko.strip(), en)
    return written


def _cell(cell: str, written: Mapping[str, str], names: Mapping[str, str] | None) -> str:
    if not _HANGUL.search(cell):
        return cell
    return written.get(cell.strip()) or cell_en(cell, names)
