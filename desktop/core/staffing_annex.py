"""The staffing annex (정원표) amended in its own layout.

A staffing ordinance's annex is laid out by its government: a table by grade (``구분 | 정원``
with ``총계``, group subtotals such as ``정무직 계`` where the office writes them, one row per
grade) or a table by organization and grade (``기관 | 정무직 | 3급 | …`` with a ``계`` row and one
row per unit). :func:`amended_rows` writes the new figures into the same rows and columns: a
unit's row follows it (renamed, moved), an abolished unit's row goes, a new unit gets a row, a
grade the changes bring gets a row or a column; the rows the table does not explain (a note)
stay. ``None`` when the table is in neither layout, and the caller lays it out afresh.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.core.grades import GROUPS, Grade, label_code
from desktop.core.org import Organization

TOTALS = ("총계", "합계", "계")  # the total rows (and columns) of a staffing table


class GradeLabels:
    """The grade codes of a table's row and column labels, by :func:`grades.label_code`: a
    grade of the project's list however the table spells it (``3·4급`` is the list's
    ``3ㆍ4급``); ``get`` answers ``None`` for a label that names no grade."""

    def __init__(self, grades: Iterable[Grade]) -> None:
        self.grades = tuple(grades)
        self._codes: dict[str, str | None] = {}

    def get(self, label: str) -> str | None:
        label = label.strip()
        if label not in self._codes:
            self._codes[label] = label_code(label, self.grades)
        return self._codes[label]

    def __contains__(self, label: str) -> bool:
        return self.get(label) is not None


def grade_header(rows: Sequence[Sequence[str]], grades: Iterable[Grade]) -> int | None:
    """The index of the header row of a table by organization and grade (the first row that
    names two grades or more of ``grades``, ``기관 | 정무직 | 3급 | …``, each however the table
    spells it); ``None`` for a table by grade."""
    labels = grades if isinstance(grades, GradeLabels) else GradeLabels(grades)
    return next(
        (i for i, row in enumerate(rows) if sum(c.strip() in labels for c in row) >= 2), None
    )


def amended_rows(
    rows: list[list[str]], old_org: Organization, new_org: Organization, grades: Sequence[Grade]
) -> list[list[str]] | None:
    """The annex's rows with the new organization's staffing, or ``None``; a grade's row or
    column keeps the table's own spelling (``3·4급`` where the list writes ``3ㆍ4급``)."""
    labels = GradeLabels(grades)
    header_at = grade_header(rows, labels)
    if header_at is None:
        return _by_grade(rows, labels, new_org, grades)
    return _by_unit(rows, header_at, labels, old_org, new_org, grades)


def _figure(n: int, zero: str = "") -> str:
    return f"{n:,}" if n else zero


def cell_number(cell: str) -> int | None:
    """A figure of the table (``1,800``), ``None`` for a cell that holds none (``-``, empty)."""
    cell = cell.replace(",", "").strip()
    return int(cell) if cell.isdecimal() else None


def _table_order(listed: list[str], old_org: Organization, new_org: Organization) -> list:
    """The units of the table in its own order: the rows it had (an abolished unit's gone),
    a new unit with staff, a unit without a row that the changes give its first posts (a
    행정시 the table does not count) and a moved unit after the rows of their superior's
    units."""
    order = [uid for uid in listed if uid in new_org]
    for unit in new_org:
        old = old_org.find(unit.id)
        staffed = any(unit.staffing.values())
        if old is not None and unit.id not in order:
            if any(old.staffing.values()) or not staffed:
                continue  # posts the table leaves to another row, or none
        elif old is not None and old.parent_id == unit.parent_id:
            continue
        if old is None and not staffed:
            continue
        if unit.id in order:
            order.remove(unit.id)
        block = {unit.parent_id, *(u.id for u in new_org.walk(unit.parent_id))}
        at = max((i + 1 for i, uid in enumerate(order) if uid in block), default=len(order))
        order.insert(at, unit.id)
    return [new_org.get(uid) for uid in order]


def _kept(
    uid: str | None, listed: list[str], old_org: Organization, new_org: Organization
) -> str | None:
    """``uid``, or the unit listed before it, that the changes keep where it was (neither
    abolished nor moved); ``None``: none."""
    if uid is None:
        return None
    for earlier in reversed(listed[: listed.index(uid) + 1]):
        unit = new_org.find(earlier)
        if unit is not None and unit.parent_id == old_org.get(earlier).parent_id:
            return earlier
    return None


def _by_grade(
    rows: list[list[str]], labels: GradeLabels, org: Organization, grades: Sequence[Grade]
) -> list[list[str]] | None:
    totals = {code: n for code, n in org.total_staffing().items() if n}
    groups = {f"{g.ko} 계".replace("ㆍ", "·"): g.code for g in GROUPS}
    group_of = {g.code: g.group for g in grades}
    out: list[list[str]] = []
    seen: set[str] = set()
    for row in rows:
        cells = [c.strip() for c in row]
        label = cells[0] if cells else ""
        if len(cells) != 2 or cell_number(cells[1]) is None:
            if any(cell_number(c) is not None for c in cells[1:]):
                return None  # figures in a layout this module does not know
            out.append(list(row))
            continue
        if (code := labels.get(label)) is not None:
            seen.add(code)
            if totals.get(code):
                out.append([row[0], _figure(totals[code])])
        elif label in TOTALS:
            out.append([row[0], _figure(sum(totals.values()), "0")])
        elif (group := groups.get(label.replace("ㆍ", "·"))) is not None:
            n = sum(v for code, v in totals.items() if group_of.get(code) == group)
            out.append([row[0], _figure(n, "0")])
        else:
            return None
    if set(totals) - seen:
        return None  # a grade the table has no row for: laid out afresh
    return out


def _by_unit(
    rows: list[list[str]],
    header_at: int,
    labels: GradeLabels,
    old_org: Organization,
    new_org: Organization,
    grades: Sequence[Grade],
) -> list[list[str]] | None:
    header = list(rows[header_at])
    codes: list[str | None] = [labels.get(c.strip()) for c in header]
    sums = [i for i, c in enumerate(header) if c.strip() in TOTALS]
    old_ids = {u.name_ko: u.id for u in old_org}
    listed = [
        old_ids[row[0].strip()]
        for row in rows[header_at + 1 :]
        if row and row[0].strip() in old_ids
    ]
    if not listed:
        return None
    units = _table_order(listed, old_org, new_org)
    order = [g.code for g in grades]
    for code in order:  # a grade the changes bring gets its column, in the grades' order
        if code in codes or not any(u.staffing.get(code) for u in units):
            continue
        before = [i for i, c in enumerate(codes) if c and order.index(c) < order.index(code)]
        at = (before[-1] + 1) if before else len(codes)
        codes.insert(at, code)
        header.insert(at, next(g.ko for g in grades if g.code == code))
        sums = [i + (i >= at) for i in sums]
    width = len(codes)
    zero = "-" if any(c.strip() == "-" for row in rows[header_at + 1 :] for c in row[1:]) else ""

    def line(name: str, staffing: dict[str, int]) -> list[str]:
        cells = [name] + [""] * (width - 1)
        for i, code in enumerate(codes):
            if code:
                cells[i] = _figure(staffing.get(code, 0), zero)
        for i in sums:
            cells[i] = _figure(sum(staffing.get(c, 0) for c in codes if c), zero)
        return cells

    def padded(row: list[str]) -> list[str]:
        return list(row) + [""] * (width - len(row))

    old_sum = {c: sum(old_org.get(uid).staffing.get(c, 0) for uid in listed) for c in codes if c}
    new_sum = {c: sum(u.staffing.get(c, 0) for u in units) for c in codes if c}
    out = [padded(row) for row in rows[:header_at]] + [header]
    # a row that names no unit (a 행정시, a note) stays after the unit row it followed
    after: dict[str | None, list[list[str]]] = {}
    previous: str | None = None
    for row in rows[header_at + 1 :]:
        first = row[0].strip() if row else ""
        if first in old_ids:
            previous = old_ids[first]
        elif first not in TOTALS:
            after.setdefault(_kept(previous, listed, old_org, new_org), []).append(padded(row))
    unit_rows = after.pop(None, [])
    for unit in units:
        unit_rows.append(line(unit.name_ko, unit.staffing))
        unit_rows += after.pop(unit.id, [])
    others = [row for rows_after in after.values() for row in rows_after]  # none: kept ids
    for row in rows[header_at + 1 :]:
        first = row[0].strip() if row else ""
        if first not in TOTALS:
            continue
        old_row = dict(zip([labels.get(c.strip()) for c in rows[header_at]], row, strict=False))
        total: dict[str, int] = {}
        for code in new_sum:  # the table's total moves by what its rows moved
            stated = cell_number(old_row.get(code) or "")
            total[code] = (stated if stated is not None else old_sum[code]) + (
                new_sum[code] - old_sum[code]
            )
        out.append(line(row[0], total))
        out += unit_rows
        unit_rows = []
    return out + unit_rows + others
