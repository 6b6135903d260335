"""Import of a unit list from CSV (기구 목록 가져오기).

Columns: ``id, parent_id, kind, name_ko, name_en, head_grade`` (a header line names them, in
any order; ``name_en`` and ``head_grade`` may be left out). The file is UTF-8, with or without
a byte-order mark, or CP949 — what Excel on a Korean Windows writes. ``kind`` is the code
(``bureau``) or the Korean generic name (``국``). Parents may come after their children.
Every problem is reported at once, each as ``line N: …``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.org import Organization, Unit, UnitKind
from desktop.i18n import N_, Message, translate

COLUMNS = ("id", "parent_id", "kind", "name_ko", "name_en", "head_grade")
REQUIRED = ("id", "parent_id", "kind", "name_ko")
_KINDS = (
    {kind.value: kind for kind in UnitKind}
    | {kind.ko: kind for kind in UnitKind}
    | dict.fromkeys(("도지사", "시장", "군수", "구청장"), UnitKind.GOVERNOR)
    | dict.fromkeys(("부지사", "부시장", "부군수", "부구청장"), UnitKind.VICE_GOVERNOR)
    | dict.fromkeys(("의회사무처", "의회사무국", "의회사무과"), UnitKind.COUNCIL_SECRETARIAT)
)


@dataclass(frozen=True)
class CsvProblem:
    line: int
    message_id: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def message(self, lang: str = "en") -> str:
        problem = Message(self.message_id, self.params)
        return translate(
            N_("line {line}: {problem}"), {"line": self.line, "problem": problem}, lang
        )


class OrgCsvError(ValueError):
    """The CSV cannot be imported; ``problems`` lists every located problem."""

    def __init__(self, problems: list[CsvProblem]) -> None:
        super().__init__("\n".join(p.message("en") for p in problems))
        self.problems = problems


def decode(data: bytes) -> str:
    """UTF-8 (BOM or not), else CP949; raises :class:`OrgCsvError` when neither fits."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp949")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise OrgCsvError([CsvProblem(line, N_("not UTF-8 or CP949 text"))]) from None


def read_org_csv(data: bytes) -> Organization:
    """The organization described by a CSV file's bytes."""
    return parse_org_csv(decode(data))


def parse_org_csv(text: str) -> Organization:
    rows = list(csv.reader(io.StringIO(text)))
    numbered = [(n, row) for n, row in enumerate(rows, start=1) if any(c.strip() for c in row)]
    if not numbered:
        raise OrgCsvError([CsvProblem(1, N_("the file is empty"))])
    header_line, header = numbered[0]
    names = [cell.strip().lower() for cell in header]
    missing = [col for col in REQUIRED if col not in names]
    if missing:
        cols = ", ".join(missing)
        raise OrgCsvError(
            [CsvProblem(header_line, N_("missing column(s): {columns}"), {"columns": cols})]
        )
    problems: list[CsvProblem] = []
    units: list[tuple[int, Unit]] = []
    seen: dict[str, int] = {}
    for line, row in numbered[1:]:
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(names)}
        unit = _unit(line, cells, problems)
        if unit is None:
            continue
        if unit.id in seen:
            problems.append(
                CsvProblem(
                    line,
                    N_("id {id} repeats line {first}"),
                    {"id": unit.id, "first": seen[unit.id]},
                )
            )
            continue
        seen[unit.id] = line
        units.append((line, unit))
    org = _build(units, problems)
    if problems:
        raise OrgCsvError(sorted(problems, key=lambda p: p.line))
    return org


def _unit(line: int, cells: dict[str, str], problems: list[CsvProblem]) -> Unit | None:
    ok = True
    if not cells.get("id"):
        problems.append(CsvProblem(line, N_("id is empty")))
        ok = False
    if not cells.get("name_ko"):
        problems.append(CsvProblem(line, N_("name_ko is empty")))
        ok = False
    kind = _KINDS.get(cells.get("kind", ""))
    if kind is None:
        allowed = ", ".join(k.value for k in UnitKind)
        problems.append(
            CsvProblem(
                line,
                N_("unknown kind {kind!r} (allowed: {allowed}, or 국, 과, …)"),
                {"kind": cells.get("kind", ""), "allowed": allowed},
            )
        )
        ok = False
    if not ok or kind is None:
        return None
    return Unit(
        id=cells["id"],
        kind=kind,
        name_ko=cells["name_ko"],
        name_en=cells.get("name_en", ""),
        parent_id=cells.get("parent_id") or None,
        head_grade=cells.get("head_grade", ""),
    )


def _build(units: list[tuple[int, Unit]], problems: list[CsvProblem]) -> Organization:
    """Add units parents first, keeping the file's order among siblings."""
    ids = {unit.id for _, unit in units}
    for line, unit in units:
        if unit.parent_id is not None and unit.parent_id not in ids:
            problems.append(
                CsvProblem(line, N_("parent {id} is not in the list"), {"id": unit.parent_id})
            )
    org = Organization()
    pending = [(n, u) for n, u in units if u.parent_id is None or u.parent_id in ids]
    while pending:
        rest = [(n, u) for n, u in pending if u.parent_id is not None and u.parent_id not in org]
        waiting = {n for n, _ in rest}
        added = [(n, u) for n, u in pending if n not in waiting]
        if not added:
            for line, unit in rest:
                problems.append(
                    CsvProblem(line, N_("the parents of {id} form a cycle"), {"id": unit.id})
                )
            break
        for _line, unit in added:
            org.add(unit)
        pending = rest
    return org
