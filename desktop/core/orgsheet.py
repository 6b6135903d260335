"""The organization and its staffing as a spreadsheet: XLSX and CSV, in and out (기구표 파일).

One row per unit. Columns are found by their header, in Korean or in English, in any order:

=====================  ======================  =====================================
Korean header          English header          content
=====================  ======================  =====================================
식별자                 ID                      a unique id (any text)
상위 식별자            Parent ID               the id of the superior (empty: top)
종류                   Kind                    국, 과, 담당관 … or Bureau, Division …
기구명                 Name (Korean)           the Korean name
영문 기구명            Name (English)          optional
장의 직급              Head grade              3급, 지방서기관, 소방정 … or g3, fire-4; 3·4급
설치 목적              Purpose (Korean)        "…에 관한 사무를 처리하기 위하여" phrase
영문 설치 목적         Purpose (English)       optional
개방형 직위            Open position           예 / 아니오 (yes / no)
분장사무               Duties (Korean)         one duty per line of the cell
영문 분장사무          Duties (English)        optional, line by line beside duties
3급, 4급, 소방정 …     Grade 3, g3, fire-4 …   head counts by grade (staffing)
=====================  ======================  =====================================

The field names (``name_ko``, ``head_grade`` …), which earlier versions wrote as the English
headers, are read as well.

Only id, kind and name are required; parents may come after their children. XLSX is read
with openpyxl (first sheet); CSV as UTF-8 with or without a byte-order mark, or CP949 — what
Excel on a Korean Windows writes. Every problem is reported at once with its cell, as Excel
names it, and its column's header (:class:`SheetProblem`), and nothing is imported while one
stands.

:func:`write_xlsx` writes one sheet per organization (the current and the new one), with
the same headers, so a written file reads back unchanged; :func:`template_xlsx` is the
empty form the import dialog offers, with a sheet that explains each column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.grades import DEFAULT_GRADES, Grade, head_codes, head_grade_words, label_code
from desktop.core.org import Duty, Organization, Unit, UnitKind
from desktop.core.orgread import grade_codes
from desktop.core.textfile import TextFileError, decode_text
from desktop.i18n import N_, Message, ngettext_noop, translate

# (field, Korean header, English header, required, description msgid). The English headers
# are the interface's words (the tree's "Name (Korean)", "Head grade"); a sheet headed with the
# field names themselves (``name_ko``, ``head_grade``: what earlier versions wrote) reads too.
COLUMNS: tuple[tuple[str, str, str, bool, str], ...] = (
    ("id", "식별자", "ID", True, N_("a unique id of the unit, any text")),
    ("parent_id", "상위 식별자", "Parent ID", False, N_("the id of its superior; empty: top")),
    ("kind", "종류", "Kind", True, N_("국, 과, 담당관, 팀 … (or bureau, division …)")),
    ("name_ko", "기구명", "Name (Korean)", True, N_("the Korean name")),
    ("name_en", "영문 기구명", "Name (English)", False, N_("the English name")),
    ("head_grade", "장의 직급", "Head grade", False, N_("3급, 지방서기관, 소방정 … (or g3)")),
    ("purpose", "설치 목적", "Purpose (Korean)", False, N_("the purpose phrase of its article")),
    ("purpose_en", "영문 설치 목적", "Purpose (English)", False, N_("the purpose in English")),
    ("open_position", "개방형 직위", "Open position", False, N_("예 or 아니오 (yes or no)")),
    ("duties", "분장사무", "Duties (Korean)", False, N_("one duty per line")),
    ("duties_en", "영문 분장사무", "Duties (English)", False, N_("English duties, line by line")),
)
_FIELDS = {f for f, *_ in COLUMNS}
_YES = {"예", "yes", "y", "true", "1", "o", "○"}
_NO = {"아니오", "아니요", "no", "n", "false", "0", "x", "-"}
_KINDS = (  # codes win over Korean names, which win over the (ambiguous) English ones
    {kind.en.lower(): kind for kind in UnitKind}
    | dict.fromkeys(("도지사", "시장", "군수", "구청장"), UnitKind.GOVERNOR)
    | dict.fromkeys(("부지사", "부시장", "부군수", "부구청장"), UnitKind.VICE_GOVERNOR)
    | dict.fromkeys(("의회사무처", "의회사무국", "의회사무과"), UnitKind.COUNCIL_SECRETARIAT)
    | {kind.ko: kind for kind in UnitKind}
    | {kind.value: kind for kind in UnitKind}
)


def _kind(text: str) -> UnitKind | None:
    """The kind of a cell: ``국``, ``bureau``, ``Bureau`` or ``Office (관)`` (the Korean in
    brackets decides an English name two kinds share)."""
    if match := re.fullmatch(r"(.+?)\s*\((.+)\)", text):
        inner = _KINDS.get(match.group(2).strip())
        if inner is not None and inner.en.lower() == match.group(1).lower():
            return inner
    return _KINDS.get(text) or _KINDS.get(text.lower())


@dataclass(frozen=True)
class SheetProblem:
    """A problem at ``row`` (1-based, as the spreadsheet numbers it) and ``column`` (its
    letter as Excel shows it, ``C``, for an XLSX and a CSV alike), whose header is ``header``
    (empty in the header row itself, whose problems name it); ``column`` is empty for a whole
    row, and ``row`` is 0 for the whole file (empty, unreadable, or no workbook). Told as
    Excel finds a cell: ``C3 셀(장의 직급): …`` / ``cell C3 (장의 직급): …``."""

    row: int
    column: str
    message_id: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    plural: str = ""  # the msgid's plural, counted by ``params["n"]``
    header: str = ""

    @property
    def cell(self) -> str:
        """The cell's reference, ``C3`` (empty for a whole row or the whole file)."""
        return f"{self.column}{self.row}" if self.column and self.row else ""

    def message(self, lang: str = "en") -> str:
        problem = Message(self.message_id, self.params, self.plural)
        if not self.row:
            return problem.text(lang)
        if self.column and self.header:
            return translate(
                # TRANSLATORS: a problem of an imported unit list at a cell, named as Excel
                # names it (C3), and its column's header as the file has it
                N_("cell {cell} ({header}): {problem}"),
                {"cell": self.cell, "header": self.header, "problem": problem},
                lang,
            )
        if self.column:
            return translate(
                N_("cell {cell}: {problem}"), {"cell": self.cell, "problem": problem}, lang
            )
        return translate(N_("row {row}: {problem}"), {"row": self.row, "problem": problem}, lang)

    def sort_key(self) -> tuple[int, int, str]:
        """Row by row, and in a row column by column as the sheet has them (B before AA)."""
        return (self.row, len(self.column), self.column)


class OrgSheetError(ValueError):
    """The spreadsheet cannot be imported; ``problems`` lists every located problem."""

    def __init__(self, problems: list[SheetProblem]) -> None:
        super().__init__("\n".join(p.message("en") for p in problems))
        self.problems = problems


def _letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _key(header: str) -> str:
    return "".join(header.split()).lower()


def _header_map(grades: Sequence[Grade]) -> dict[str, str]:
    """Normalised header → field name, or ``grade:<code>`` for a staffing column."""
    names: dict[str, str] = {}
    for fld, ko, en, _required, _desc in COLUMNS:
        names[_key(ko)] = fld
        names[_key(en)] = fld
        names[_key(fld)] = fld
    for grade in grades:
        names.setdefault(_key(grade.ko), f"grade:{grade.code}")
        names.setdefault(_key(grade.code), f"grade:{grade.code}")
        names.setdefault(_key(grade.en), f"grade:{grade.code}")
    # Other common spellings
    for ko, fld in (
        ("ID", "id"),
        ("상위ID", "parent_id"),
        ("상위기구", "parent_id"),
        ("직급", "head_grade"),
    ):
        names.setdefault(_key(ko), fld)
    return names


def read_sheet(
    rows: Sequence[Sequence[Any]], grades: Sequence[Grade] = DEFAULT_GRADES, *, csv_columns=False
) -> Organization:
    """The organization of a table's rows (the first non-empty row is the header). ``rows``
    start at the sheet's first row and column (A1), so that a problem names its cell as
    Excel does, whatever the file (XLSX or CSV).

    ``csv_columns``: the rows are a CSV file's (an empty one is a file, not a sheet)."""
    numbered = [
        (n, [_text(v) for v in row])
        for n, row in enumerate(rows, start=1)
        if any(_text(v) for v in row)
    ]
    if not numbered:  # a CSV file has no sheet
        empty = N_("the file is empty") if csv_columns else N_("the sheet is empty")
        raise OrgSheetError([SheetProblem(0, "", empty)])
    header_row, header = numbered[0]
    names = _header_map(grades)
    columns: dict[int, str] = {}
    problems: list[SheetProblem] = []

    def where(index: int) -> _Column:
        return _Column(_letter(index), header[index])

    for index, cell in enumerate(header):
        if not cell:
            continue
        fld = names.get(_key(cell))
        if fld is None and (code := label_code(cell, grades)) is not None:
            fld = f"grade:{code}"  # 3·4급 or 3급ㆍ4급 where the list writes 3ㆍ4급
        if fld is None:  # (the problem names the header: the cell alone says where)
            problems.append(
                SheetProblem(
                    header_row, _letter(index), N_("unknown column {header}"), {"header": cell}
                )
            )
        elif fld in columns.values():
            problems.append(
                SheetProblem(
                    header_row, _letter(index), N_("column {header} repeats"), {"header": cell}
                )
            )
        else:
            columns[index] = fld
    # A missing column is named as the sheet's own headers are written: in English when none
    # of them is Korean (the official adds the header as the rest of the row reads).
    english = not any(re.search("[가-힣]", str(cell)) for cell in header if cell)
    missing = [
        en if english else ko
        for fld, ko, en, required, _d in COLUMNS
        if required and fld not in columns.values()
    ]
    if missing:
        singular, plural = ngettext_noop("missing column: {columns}", "missing columns: {columns}")
        params = {"columns": ", ".join(missing), "n": len(missing)}
        problems.append(SheetProblem(header_row, "", singular, params, plural))
        raise OrgSheetError(problems)
    by_code = {g.code: g for g in grades}
    units: list[tuple[int, Unit]] = []
    seen: dict[str, int] = {}
    names_seen: dict[tuple[str | None, str], int] = {}
    told: set[str] = set()  # the ids of rows already told of (their children are not)
    for row_no, row in numbered[1:]:
        cells: dict[str, tuple[str, _Column]] = {}  # field → (value, column)
        for index, fld in columns.items():
            cells[fld] = (row[index] if index < len(row) else "", where(index))
        unit = _unit(row_no, cells, by_code, problems)
        if unit is None:
            told.add(cells["id"][0])
            continue
        if unit.id in seen:
            problems.append(
                cells["id"][1].problem(
                    row_no, N_("id {id} repeats row {first}"), id=unit.id, first=seen[unit.id]
                )
            )
            continue
        seen[unit.id] = row_no
        named = (unit.parent_id, unit.name_ko)  # two such units are one too many (E-DUP-NAME)
        if named in names_seen:
            problems.append(
                cells["name_ko"][1].problem(
                    row_no,
                    N_("{name} is already the name of row {first}, under the same superior"),
                    name=unit.name_ko,
                    first=names_seen[named],
                )
            )
            told.add(unit.id)
            continue
        names_seen[named] = row_no
        units.append((row_no, unit))
    org = _build(units, problems, columns, where, told)
    if problems:
        raise OrgSheetError(sorted(problems, key=SheetProblem.sort_key))
    return org


@dataclass(frozen=True)
class _Column:
    """A column of the sheet: its letter (``C``) and its header as the file has it."""

    letter: str = ""
    header: str = ""

    def problem(self, row: int, message_id: str, /, **params: Any) -> SheetProblem:
        return SheetProblem(row, self.letter, message_id, params, header=self.header)


def _unit(
    row: int,
    cells: dict[str, tuple[str, _Column]],
    grades: Mapping[str, Grade],
    problems: list[SheetProblem],
) -> Unit | None:
    ok = True

    def value(fld: str) -> str:
        return cells.get(fld, ("", _Column()))[0]

    def column(fld: str) -> _Column:
        return cells.get(fld, ("", _Column()))[1]

    for fld in ("id", "name_ko"):
        if not value(fld):
            problems.append(column(fld).problem(row, N_("this cell is empty")))
            ok = False
    kind = _kind(value("kind"))
    if kind is None:
        problems.append(
            column("kind").problem(
                row,
                N_("unknown kind {kind!r} (국, 과, 담당관, 팀 … or bureau, division …)"),
                kind=value("kind"),
            )
        )
        ok = False
    grade, grade_alt = value("head_grade"), ""
    if grade and grade not in grades:
        codes = _head_grades(grade, grades)
        if codes is None:
            problems.append(column("head_grade").problem(row, _NOT_A_GRADE, grade=grade))
            ok = False
        else:
            grade, grade_alt = codes[0], codes[1] if len(codes) > 1 else ""
    staffing: dict[str, int] = {}
    for fld, (text, col) in cells.items():
        if not fld.startswith("grade:") or not text:
            continue
        number = text.replace(",", "")
        if not number.isdecimal():
            message = N_("{value!r} is not a head count (0 or more)")
            if text.startswith("="):  # a formula the file keeps without its result
                message = N_(
                    "the formula {value} has no result saved in the file: open the file in "
                    "Excel and save it again, or type the head count"
                )
            problems.append(col.problem(row, message, value=text))
            ok = False
            continue
        if int(number):
            staffing[fld.removeprefix("grade:")] = int(number)
    duties_ko = [line.strip() for line in value("duties").split("\n") if line.strip()]
    duties_en = [line.strip() for line in value("duties_en").split("\n") if line.strip()]
    if duties_en and len(duties_en) != len(duties_ko):
        problems.append(
            column("duties_en").problem(
                row,
                N_("{en} English duties for {ko} duties (one line each)"),
                en=len(duties_en),
                ko=len(duties_ko),
            )
        )
        ok = False
    flag = False
    if text := value("open_position"):
        if text.lower() in _YES:
            flag = True
        elif text.lower() not in _NO:
            problems.append(
                column("open_position").problem(
                    row, N_("{value!r} is neither 예 nor 아니오"), value=text
                )
            )
            ok = False
    if not ok or kind is None:
        return None
    duties = [Duty(ko, duties_en[i] if duties_en else "") for i, ko in enumerate(duties_ko)]
    return Unit(
        id=value("id"),
        kind=kind,
        name_ko=value("name_ko"),
        name_en=value("name_en"),
        parent_id=value("parent_id") or None,
        head_grade=grade,
        duties=duties,
        staffing=staffing,
        purpose_ko=value("purpose"),
        purpose_en=value("purpose_en"),
        open_position=flag,
        head_grade_alt=grade_alt,
    )


# TRANSLATORS: a head-grade cell of an imported unit list that is not one of the project's grades
_NOT_A_GRADE = N_("{grade} is not a grade of this project (a grade is written like 5급)")
_GRADE_NUMBER = re.compile(r"(?:일반직)?\d급(?:상당)?")


def _head_grade(text: str, grades: Mapping[str, Grade]) -> str | None:
    """The code of a head-grade cell: a grade's label (``5급``, ``Grade 5``), ``5급 상당``,
    or one title (``지방행정사무관``); None for what would lose part of the cell
    (``7급이상``, ``4·5급``) or a grade the project lacks."""
    labels = {g.ko: g.code for g in grades.values()} | {g.en: g.code for g in grades.values()}
    if text in labels:
        return labels[text]
    compact = "".join(text.split())
    if any(ch.isdigit() for ch in compact) and not _GRADE_NUMBER.fullmatch(compact):
        return None
    codes = grade_codes(text)
    if len(codes) != 1 or codes[0] not in grades or len(re.split(r"[ㆍ·,/]|또는|및", text)) > 1:
        return None
    return codes[0]


def _head_grades(text: str, grades: Mapping[str, Grade]) -> tuple[str, ...] | None:
    """The codes of a head-grade cell: one grade (:func:`_head_grade`), or the two of a
    복수직급 as the list writes them (``3·4급``, ``Grade 3 or 4``) or as officials do
    (``3급 또는 4급``, ``지방부이사관 또는 지방서기관``); two titles of one grade are that grade.
    None for a part that is no grade of the project, or more than two grades."""
    one = _head_grade(text, grades)
    if one is not None:  # a grade of a staffing table's own (3ㆍ4급) is the head's two
        codes = head_codes((one,))
        return codes if len(codes) <= 2 else None
    compact = "".join(text.split())
    if match := re.fullmatch(r"(?:일반직)?(\d)[·ㆍ,](\d)급", compact):
        parts = [f"{match.group(1)}급", f"{match.group(2)}급"]
    elif match := re.fullmatch(r"grade\s*(\d)\s+or\s+(\d)", text.strip(), re.IGNORECASE):
        parts = [f"Grade {match.group(1)}", f"Grade {match.group(2)}"]
    else:
        parts = re.split(r"\s*(?:또는|[·ㆍ/,])\s*|\s+or\s+", text.strip())
    codes = [_head_grade(part, grades) for part in parts]
    if len(parts) < 2 or None in codes:
        return None
    distinct = tuple(dict.fromkeys(code for code in codes if code))
    return distinct if len(distinct) <= 2 else None


def _build(units, problems, columns, where, told=frozenset()) -> Organization:
    """Add units parents first, keeping the file's order among siblings. A unit under a row
    already told of (``told``: its id) waits silently: its parent is in the list."""
    ids = {unit.id for _, unit in units}
    parent_col = next((where(i) for i, f in columns.items() if f == "parent_id"), _Column())
    for row, unit in units:
        if unit.parent_id is not None and unit.parent_id not in ids | told:
            problems.append(
                parent_col.problem(row, N_("parent {id} is not in the list"), id=unit.parent_id)
            )
    org = Organization()
    pending = [(n, u) for n, u in units if u.parent_id is None or u.parent_id in ids]
    while pending:
        rest = [(n, u) for n, u in pending if u.parent_id is not None and u.parent_id not in org]
        waiting = {n for n, _ in rest}
        added = [(n, u) for n, u in pending if n not in waiting]
        if not added:
            for row, unit in rest:
                if not _in_cycle(unit, {u.id: u for _n, u in rest}):
                    continue  # under a row already told of
                problems.append(
                    parent_col.problem(row, N_("the parents of {id} form a cycle"), id=unit.id)
                )
            break
        for _row, unit in added:
            org.add(unit)
        pending = rest
    return org


def _in_cycle(unit: Unit, waiting: Mapping[str, Unit]) -> bool:
    """Whether ``unit``'s chain of parents among the ``waiting`` units comes round again
    (rather than stopping at a unit that could not be read)."""
    seen = {unit.id}
    parent = waiting.get(unit.parent_id or "")
    while parent is not None:
        if parent.id in seen:
            return True
        seen.add(parent.id)
        parent = waiting.get(parent.parent_id or "")
    return False


# -- files ----------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else CP949 — what Excel on a Korean Windows
    writes; :class:`OrgSheetError` for the file when neither can read it."""
    try:
        return decode_text(data)
    except TextFileError:
        # the file, not a line of it: a line number would send the official looking for a
        # wrong character when the whole file is in another encoding
        unreadable = N_(
            "the file's characters cannot be read (it is neither UTF-8 nor CP949): in Excel, "
            "save it again as 'CSV UTF-8 (comma delimited)' or 'CSV (comma delimited)'"
        )
        raise OrgSheetError([SheetProblem(0, "", unreadable)]) from None


def read_csv_bytes(data: bytes, grades: Sequence[Grade] = DEFAULT_GRADES) -> Organization:
    """The organization of a CSV file's bytes (UTF-8 with or without BOM, or CP949). Lines
    may end in CR LF, LF or a lone CR (as the csv module reads a file opened with
    ``newline=""``); a row the csv module cannot read (a field over its size limit) is an
    :class:`OrgSheetError` at that row, not the module's English error."""
    reader = csv.reader(io.StringIO(decode(data), newline=""))
    rows: list[list[str]] = []
    try:
        rows.extend(reader)
    except csv.Error as exc:
        row = reader.line_num or len(rows) + 1
        if "field larger than field limit" in str(exc):
            problem = SheetProblem(
                row,
                "",
                N_("a cell of this row is longer than {limit:,} characters"),
                {"limit": csv.field_size_limit()},
            )
        else:
            unreadable = N_("this row cannot be read as CSV ({reason})")
            problem = SheetProblem(row, "", unreadable, {"reason": str(exc)})
        raise OrgSheetError([problem]) from None
    return read_sheet(rows, grades, csv_columns=True)


def read_xlsx_bytes(data: bytes, grades: Sequence[Grade] = DEFAULT_GRADES) -> Organization:
    """The organization of an XLSX file's first sheet."""
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        # the file, not its first row: nothing in it was read as rows
        raise OrgSheetError([SheetProblem(0, "", N_("not an XLSX workbook"))]) from None
    try:
        sheet = book.worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    _formulas_without_results(data, rows)
    return read_sheet(rows, grades)


def _formulas_without_results(data: bytes, rows: list[list[Any]]) -> None:
    """Put the formula itself in a cell whose result the file does not hold (a workbook
    written by a program, not saved by Excel, keeps ``=SUM(E3:E9)`` and no value): read as
    the value it holds, the cell would be empty and its posts dropped without a word; read
    as its formula, a count is told at its cell (``the formula =SUM(E3:E9) has no result``)."""
    if not any(value is None for row in rows for value in row):
        return
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        formulas = book.worksheets[0].iter_rows(values_only=True)
        for row, written in zip(rows, formulas, strict=False):
            for index, value in enumerate(written[: len(row)]):
                if row[index] is None and isinstance(value, str) and value.startswith("="):
                    row[index] = value
    finally:
        book.close()


def read_file_bytes(
    name: str, data: bytes, grades: Sequence[Grade] = DEFAULT_GRADES
) -> Organization:
    """By the file's extension: ``.xlsx`` or else CSV."""
    if name.lower().endswith((".xlsx", ".xlsm")):
        return read_xlsx_bytes(data, grades)
    return read_csv_bytes(data, grades)


def _grade_columns(orgs: Sequence[Organization], grades: Sequence[Grade]) -> list[Grade]:
    used = {code for org in orgs for unit in org for code in unit.staffing}
    return [g for g in grades if g.code in used]


def header(grades: Sequence[Grade], lang: str = "ko") -> list[str]:
    """The header row: the unit columns, then one column per grade, named as the interface
    names it (``5급`` / ``Grade 5``)."""
    unit_columns = [ko if lang == "ko" else en for _f, ko, en, _r, _d in COLUMNS]
    return unit_columns + [g.ko if lang == "ko" else g.en for g in grades]


def kind_text(kind: UnitKind, lang: str = "ko") -> str:
    """A kind as a sheet writes it: ``국`` / ``Bureau``; an English name two kinds share is
    followed by the Korean, ``Office (관)``, so that it reads back as the same kind."""
    return kind.ko if lang == "ko" else kind.en_distinct


def _grade_cell(unit: Unit, grades: Sequence[Grade], lang: str) -> str:
    """The head-grade cell: ``4급``, or both of a 복수직급, ``3·4급`` (``Grade 3 or 4``)."""
    words = head_grade_words(unit.head_grades, grades)
    return words.ko if lang == "ko" else words.en


def rows_of(
    org: Organization,
    columns: Sequence[Grade],
    grades: Sequence[Grade] = DEFAULT_GRADES,
    lang: str = "ko",
) -> list[list[Any]]:
    """The header and one row per unit, in tree order; ``columns`` are the staffing columns."""
    rows: list[list[Any]] = [header(columns, lang)]
    for unit in org:
        rows.append(
            [
                unit.id,
                unit.parent_id or "",
                kind_text(unit.kind, lang),
                unit.name_ko,
                unit.name_en,
                _grade_cell(unit, grades, lang),
                unit.purpose_ko,
                unit.purpose_en,
                ("예" if lang == "ko" else "yes") if unit.open_position else "",
                "\n".join(d.ko for d in unit.duties),
                "\n".join(d.en for d in unit.duties) if any(d.en for d in unit.duties) else "",
                *[unit.staffing.get(g.code) or None for g in columns],
            ]
        )
    return rows


def write_csv(
    org: Organization,
    grades: Sequence[Grade] = DEFAULT_GRADES,
    encoding: str = "utf-8-sig",
    lang: str = "ko",
) -> bytes:
    """The organization as CSV bytes (``utf-8-sig`` opens in Excel; ``cp949`` for old ones)."""
    columns = _grade_columns([org], grades)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows_of(org, columns, grades, lang):
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode(encoding)


def write_xlsx(
    sheets: Sequence[tuple[str, Organization]],
    grades: Sequence[Grade] = DEFAULT_GRADES,
    lang: str = "ko",
) -> bytes:
    """A workbook with one sheet per ``(title, organization)`` — the current and the new one."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    columns = _grade_columns([org for _t, org in sheets], grades)
    book = Workbook()
    book.remove(book.active)
    for title, org in sheets:
        sheet = book.create_sheet(title[:31])
        for row in rows_of(org, columns, grades, lang):
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for index, width in enumerate((12, 12, 10, 22, 28, 10, 30, 30, 8, 50, 50)):
            sheet.column_dimensions[_letter(index)].width = width
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def template_xlsx(grades: Sequence[Grade] = DEFAULT_GRADES, lang: str = "ko") -> bytes:
    """The empty form to fill in: the header row (every grade as a staffing column) and a
    second sheet that explains the columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = translate(N_("Organization"), {}, lang)[:31]
    sheet.append(header(grades, lang))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    guide = book.create_sheet(translate(N_("Columns"), {}, lang)[:31])
    guide.append(
        [
            translate(N_("Korean header"), {}, lang),
            translate(N_("English header"), {}, lang),
            translate(N_("Content"), {}, lang),
        ]
    )
    for _f, ko, en, required, desc in COLUMNS:
        note = translate(desc, {}, lang)
        if required:
            note += " " + translate(N_("(required)"), {}, lang)
        guide.append([ko, en, note])
    guide.append(
        ["3급, 4급 …", "g3, g4 …", translate(N_("head count of each grade (staffing)"), {}, lang)]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def expected_columns(lang: str = "ko") -> list[tuple[str, str, bool, str]]:
    """For the import dialog: (Korean header, English header, required, description)."""
    return [(ko, en, required, translate(desc, {}, lang)) for _f, ko, en, required, desc in COLUMNS]
