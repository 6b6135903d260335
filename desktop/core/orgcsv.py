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
from dataclasses import dataclass

from desktop.core.org import Organization, Unit, UnitKind

COLUMNS = ("id", "parent_id", "kind", "name_ko", "name_en", "head_grade")
REQUIRED = ("id", "parent_id", "kind", "name_ko")
_KINDS = {kind.value: kind for kind in UnitKind} | {kind.ko: kind for kind in UnitKind}


@dataclass(frozen=True)
class CsvProblem:
    line: int
    message_ko: str
    message_en: str

    def message(self, lang: str = "en") -> str:
        if lang == "ko":
            return f"{self.line}행: {self.message_ko}"
        return f"line {self.line}: {self.message_en}"


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
        raise OrgCsvError(
            [CsvProblem(line, "UTF-8이나 CP949 텍스트가 아닙니다.", "not UTF-8 or CP949 text")]
        ) from None


def read_org_csv(data: bytes) -> Organization:
    """The organization described by a CSV file's bytes."""
    return parse_org_csv(decode(data))


def parse_org_csv(text: str) -> Organization:
    rows = list(csv.reader(io.StringIO(text)))
    numbered = [(n, row) for n, row in enumerate(rows, start=1) if any(c.strip() for c in row)]
    if not numbered:
        raise OrgCsvError([CsvProblem(1, "파일이 비어 있습니다.", "the file is empty")])
    header_line, header = numbered[0]
    names = [cell.strip().lower() for cell in header]
    missing = [col for col in REQUIRED if col not in names]
    if missing:
        cols = ", ".join(missing)
        raise OrgCsvError(
            [CsvProblem(header_line, f"열이 없습니다: {cols}", f"missing column(s): {cols}")]
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
                    f"식별자 {unit.id}가 {seen[unit.id]}행과 겹칩니다.",
                    f"id {unit.id} repeats line {seen[unit.id]}",
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
        problems.append(CsvProblem(line, "식별자(id)가 비어 있습니다.", "id is empty"))
        ok = False
    if not cells.get("name_ko"):
        problems.append(CsvProblem(line, "명칭(name_ko)이 비어 있습니다.", "name_ko is empty"))
        ok = False
    kind = _KINDS.get(cells.get("kind", ""))
    if kind is None:
        allowed = ", ".join(k.value for k in UnitKind)
        problems.append(
            CsvProblem(
                line,
                f"알 수 없는 유형 {cells.get('kind', '')!r} (허용: {allowed} 또는 국·과 등)",
                f"unknown kind {cells.get('kind', '')!r} (allowed: {allowed}, or 국, 과, …)",
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
                CsvProblem(
                    line,
                    f"상위 기구 {unit.parent_id}가 목록에 없습니다.",
                    f"parent {unit.parent_id} is not in the list",
                )
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
                    CsvProblem(
                        line,
                        f"{unit.id}의 상위 기구가 순환합니다.",
                        f"the parents of {unit.id} form a cycle",
                    )
                )
            break
        for _line, unit in added:
            org.add(unit)
        pending = rest
    return org
