"""The rows of changed annexes (별표) in the comparison table.

An annex is shown as its heading line and its table (a :class:`~.cells.Grid` inside the cell),
never as text. A new annex is ``<신 설>`` beside its whole table, underlined; a deleted one the
reverse. A changed one shows each version's table as it stands, with the changed cells
underlined in both: a cell is matched with the cell of the other version in the row of the same
label (first cell) and the column of the same heading, so that an inserted row or column does
not mark the rows below it. A changed heading is underlined whole, except an annex that only
takes another number (``[별표 1]`` → ``[별표 2]``, ``[별표]`` → ``[별표 2]``, its title the
same): only its numbers are underlined (``[별표 1]``'s 1 and ``[별표 2]``'s 2; ``[별표]`` has
none to mark), its rows as they are (changed cells underlined).

In English an annex without English rows is shown from its Korean rows through
:func:`desktop.core.annex_en.cell_en`: numbers as they are, the staffing table's words (구분,
정원, 총계, a group's 계, a grade) in English, any other Korean cell as a placeholder
(``[English text missing: 기능직]``) that the export gate reports, unless it is a name the
caller knows in English (a 기관별 table's rows name the units: ``도지사`` → ``Governor``).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from desktop.core.annex_en import cell_en
from desktop.core.drafting.cells import Grid, Line, Row, Run, Spans, underlined
from desktop.core.drafting.diff import AnnexDiff, Status
from desktop.core.drafting.sentences_en import missing
from desktop.core.statute import Annex

HEADER_ROWS = 1  # an annex's first row heads its columns (the layout of a 정원표)


def rows_en(annex: Annex, names: Mapping[str, str] | None = None) -> list[list[str]]:
    """The annex's rows in English: its own, or its Korean ones through :func:`cell_en`."""
    return annex.rows_en or [[cell_en(cell, names) for cell in row] for row in annex.rows]


def annex_row(
    ad: AnnexDiff,
    lang: str,
    words: Mapping[str, object],
    names: Mapping[str, str] | None = None,
    renamed: Mapping[str, str] | None = None,
) -> Row:
    """The row of a changed annex: heading line and table, changed cells underlined
    (``names``: see :func:`cell_en`; ``renamed``: the units' old names with their new ones,
    Korean and English, see :func:`_renamed_rows`)."""
    label = ad.label if lang == "ko" else ad.label_en
    marker = {Status.INSERTED: "new", Status.DELETED: "deleted"}.get(ad.status)
    if marker is not None:
        annex = ad.new if ad.status is Status.INSERTED else ad.old
        assert annex is not None
        rows = _rows(lang, annex, names)
        whole: list = [[Run(_head(lang, annex), True)]]
        if rows:
            whole.append(_grid(rows, None))
        other: list = [[Run(str(words[marker]))]]
        return Row(label, other, whole) if marker == "new" else Row(label, whole, other)
    assert ad.old is not None and ad.new is not None
    old_head, new_head = _head(lang, ad.old), _head(lang, ad.new)
    if old_head != new_head and _title(lang, ad.old) == _title(lang, ad.new):
        cur: list = [underlined(old_head, _number(lang, ad.old))]
        new: list = [underlined(new_head, _number(lang, ad.new))]
    else:
        cur = [underlined(*_whole(old_head, new_head, "old"))]
        new = [underlined(*_whole(old_head, new_head, "new"))]
    old_rows, new_rows = _rows(lang, ad.old, names), _rows(lang, ad.new, names)
    renamed = dict(renamed or {})
    if old_rows:
        cur.append(_grid(old_rows, new_rows, renamed))
    if new_rows:
        new.append(_grid(new_rows, old_rows, {b: a for a, b in renamed.items()}))
    return Row(label, cur, new)


def _head(lang: str, annex: Annex) -> str:
    if lang == "ko":
        return f"[{annex.label}] {annex.title}".strip()
    return f"[{annex.label_en}] {_title(lang, annex)}".strip()


def _title(lang: str, annex: Annex) -> str:
    return annex.title if lang == "ko" else annex.title_en or missing(annex.title)


def _number(lang: str, annex: Annex) -> Spans:
    """The span of the annex's number in its heading (``[별표 2] …``: the 2); none for an
    annex without a number (``[별표]``)."""
    if not annex.numbered:
        return []
    label = annex.label if lang == "ko" else annex.label_en
    number = annex.num.ko() if lang == "ko" else annex.num.en()
    end = 1 + len(label)  # after the opening bracket
    return [(end - len(number), end)]


def _rows(lang: str, annex: Annex, names: Mapping[str, str] | None) -> list[list[str]]:
    return annex.rows if lang == "ko" else rows_en(annex, names)


def _whole(old: str, new: str, side: str) -> tuple[str, Spans]:
    """A text with everything underlined when the two sides differ."""
    text = old if side == "old" else new
    return text, [(0, len(text))] if old != new else []


def _keys(labels: list[str]) -> list[tuple[str, int]]:
    """Each label with its occurrence (``("계", 0)``, ``("계", 1)``): labels that repeat are
    matched in order."""
    seen: dict[str, int] = {}
    keys = []
    for label in labels:
        keys.append((label, seen.get(label, 0)))
        seen[label] = seen.get(label, 0) + 1
    return keys


def _cells(rows: list[list[str]]) -> dict[tuple[tuple[str, int], tuple[str, int]], str]:
    """The cells of a table by (row key, column key); the header rows are keyed by their
    position, the columns by their heading, the rows by their first cell."""
    columns = _keys([_heading(rows, c) for c in range(max(map(len, rows), default=0))])
    labels = _keys([row[0] if row and r >= HEADER_ROWS else f"#{r}" for r, row in enumerate(rows)])
    return {
        (labels[r], columns[c]): cell for r, row in enumerate(rows) for c, cell in enumerate(row)
    }


def _heading(rows: list[list[str]], column: int) -> str:
    """A column's heading: its cells in the header rows, joined."""
    return "\n".join(row[column] for row in rows[:HEADER_ROWS] if column < len(row))


def _grid(
    rows: list[list[str]],
    other: list[list[str]] | None,
    names: Mapping[str, str] | None = None,
) -> Grid:
    """``rows`` as a grid, the cells that ``other`` lacks or has otherwise underlined (every
    cell when there is no other version); ``names``: labels of ``rows`` with the other
    version's label of the same row (a renamed unit's)."""
    mine, theirs = _cells(rows), _cells(other) if other is not None else {}
    renamed = _renamed_rows(rows, other, names or {}) if other is not None else {}
    out: list[list[Line]] = []
    keys = iter(mine)
    for row in rows:
        line = []
        for cell in row:
            row_key, column_key = key = next(keys)
            if row_key in renamed:  # a renamed unit's row: its figures beside the old ones
                key = (renamed[row_key], column_key)
            changed = other is None or theirs.get(key) != cell
            line.append([Run(cell, changed)] if cell else [])
        out.append(line)
    return Grid(out, min(HEADER_ROWS, len(rows)))


def _renamed_rows(
    rows: list[list[str]], other: list[list[str]], names: Mapping[str, str]
) -> dict[tuple[str, int], tuple[str, int]]:
    """Rows whose label the other version lacks, paired with the other's row of the same unit,
    so that only its label is underlined, not its unchanged figures: a unit renamed, by its
    other name (``names``: ``관광정책과`` → ``관광산업과``) wherever that row stands, as a unit
    both renamed and moved to another bureau has its row elsewhere; else the other's row that
    stands in its place (``경제국`` → ``경제산업국`` between the same neighbours)."""
    mine = _keys([row[0] if row and r >= HEADER_ROWS else f"#{r}" for r, row in enumerate(rows)])
    theirs = _keys([row[0] if row and r >= HEADER_ROWS else f"#{r}" for r, row in enumerate(other)])
    present = set(theirs)
    listed = {(label.strip(), n) for label, n in mine}
    written = {(label.strip(), n): (label, n) for label, n in theirs}  # by name, as written
    pairs: dict[tuple[str, int], tuple[str, int]] = {}
    for key in mine:
        label, n = key
        target = (names.get(label.strip(), ""), n)
        if target[0] and key not in present and target in written and target not in listed:
            pairs[key] = written[target]
    claimed = set(pairs.values())
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        left = [k for k in mine[i1:i2] if k not in pairs]
        right = [k for k in theirs[j1:j2] if k not in claimed]
        if tag == "replace" and left and len(left) == len(right):
            pairs.update(zip(left, right, strict=True))
    return pairs
