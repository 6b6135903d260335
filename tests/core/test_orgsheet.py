"""The organization as a spreadsheet: XLSX and CSV round trips, located problems."""

import csv
import io

import pytest
from openpyxl import Workbook, load_workbook

from desktop import paths
from desktop.core import projectfile
from desktop.core.grades import DEFAULT_GRADES
from desktop.core.org import UnitKind
from desktop.core.orgsheet import (
    OrgSheetError,
    expected_columns,
    header,
    kind_text,
    read_csv_bytes,
    read_file_bytes,
    read_xlsx_bytes,
    template_xlsx,
    write_csv,
    write_xlsx,
)


@pytest.fixture(scope="module")
def sample():
    return projectfile.load(paths.sample_path())


def test_xlsx_round_trips_the_sample_with_duties_and_staffing(sample):
    new_org = sample.draft_inputs().applied.org
    data = write_xlsx([("현행", sample.org), ("개편 후", new_org)], sample.grades)
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["현행", "개편 후"]
    assert read_xlsx_bytes(data, sample.grades) == sample.org
    # The second sheet is the new organization; it reads back as one too.
    second = io.BytesIO()
    book.remove(book["현행"])
    book.save(second)
    assert read_xlsx_bytes(second.getvalue(), sample.grades) == new_org
    header = [c.value for c in load_workbook(io.BytesIO(data))["현행"][1]]
    assert header[:4] == ["식별자", "상위 식별자", "종류", "기구명"]
    assert "소방정" in header and "3급" in header  # staffing by grade, in grade labels


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_csv_round_trips_in_every_encoding(sample, encoding):
    data = write_csv(sample.org, sample.grades, encoding=encoding)
    org = read_csv_bytes(data, sample.grades)
    assert org == sample.org
    pr = org.get("pr")
    assert [d.ko for d in pr.duties] == [d.ko for d in sample.org.get("pr").duties]
    assert org.get("fire").staffing["fire-4"] == 38


def test_english_headers_and_codes_are_read_too(sample):
    data = write_xlsx([("Current", sample.org)], sample.grades, lang="en")
    header = [c.value for c in load_workbook(io.BytesIO(data)).active[1]]
    assert header[:4] == ["ID", "Parent ID", "Kind", "Name (Korean)"] and "Grade 3" in header
    assert read_file_bytes("org.xlsx", data, sample.grades) == sample.org
    # a sheet written with the field names and codes (as before) still reads
    coded = sheet(
        [
            ["id", "parent_id", "kind", "name_ko", "head_grade", "g3", "fire-4"],
            ["gov", None, "governor", "도지사", "political", None, None],
            ["b1", "gov", "bureau", "행정국", "g3", 1, 2],
        ]
    )
    org = read_file_bytes("org.xlsx", coded, sample.grades)
    assert org.get("gov").kind is UnitKind.GOVERNOR and org.get("b1").head_grade == "g3"
    assert org.get("b1").staffing == {"g3": 1, "fire-4": 2}


def sheet(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_bad_row_is_located_and_nothing_is_imported():
    rows = [
        ["기구명", "종류", "식별자", "상위 식별자", "장의 직급", "분장사무", "5급", "6급"],
        ["시장", "governor", "mayor", "", "정무직", "", "", ""],
        ["행정국", "국", "admin", "mayor", "지방서기관", "자치행정에 관한 사항", 1, 3],
        ["총무과", "부서", "general", "admin", "5급", "", "2", "열"],
        ["세무과", "과", "tax", "nowhere", "7급 상당", "", "", ""],
    ]
    with pytest.raises(OrgSheetError) as caught:
        read_xlsx_bytes(sheet(rows))
    messages = [p.message("en") for p in caught.value.problems]
    assert messages == [
        "cell B4 (종류): unknown kind '부서' (국, 과, 담당관, 팀 … or bureau, division …)",
        "cell H4 (6급): '열' is not a head count (0 or more)",
        "cell D5 (상위 식별자): parent nowhere is not in the list",
    ]
    assert caught.value.problems[0].message("ko").startswith("B4 셀(종류): ")


def test_a_bad_value_is_told_in_a_korean_sentence_with_its_particle():
    """Walked: 'H4 셀(1급): '한': 인원수(0 이상)가 아닙니다.' read with two colons, the value
    set apart as a label; now the value is the sentence's subject, its particle by its
    last sound ('열'은, '부서'는)."""
    rows = [
        ["기구명", "종류", "식별자", "상위 식별자", "개방형 직위", "5급", "6급"],
        ["시장", "governor", "mayor", "", "", "", ""],
        ["총무과", "부서", "general", "mayor", "네", "2", "열"],
    ]
    with pytest.raises(OrgSheetError) as caught:
        read_xlsx_bytes(sheet(rows))
    assert [p.message("ko") for p in caught.value.problems] == [
        "B3 셀(종류): '부서'는 알 수 없는 종류입니다(국, 과, 담당관, 팀 … 또는 bureau, "
        "division …).",
        "E3 셀(개방형 직위): '네'는 예도 아니오도 아닙니다.",
        "G3 셀(6급): '열'은 인원수(0 이상)가 아닙니다.",
    ]
    assert [p.message("en") for p in caught.value.problems] == [
        "cell B3 (종류): unknown kind '부서' (국, 과, 담당관, 팀 … or bureau, division …)",
        "cell E3 (개방형 직위): '네' is neither 예 nor 아니오",
        "cell G3 (6급): '열' is not a head count (0 or more)",
    ]


def test_headers_in_any_order_and_labels_read_as_codes():
    rows = [
        ["기구명", "종류", "식별자", "상위 식별자", "장의 직급", "분장사무", "5급", "6급"],
        ["시장", "governor", "mayor", "", "정무직", "", "", ""],
        [
            "행정국",
            "국",
            "admin",
            "mayor",
            "지방서기관",
            "자치행정에 관한 사항\n인사에 관한 사항",
            1,
            3,
        ],
    ]
    org = read_xlsx_bytes(sheet(rows))
    admin = org.get("admin")
    assert admin.kind is UnitKind.BUREAU and admin.head_grade == "g4"
    assert [d.ko for d in admin.duties] == ["자치행정에 관한 사항", "인사에 관한 사항"]
    assert admin.staffing == {"g5": 1, "g6": 3}
    assert org.get("mayor").head_grade == "political"


def test_unknown_and_missing_columns_are_reported_in_the_header():
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes("이름,종류,비고\n행정국,국,x\n".encode("cp949"))
    messages = [p.message("en") for p in caught.value.problems]
    assert messages[0] == "cell A1: unknown column 이름"  # the header row: the cell says it
    assert messages[-1] == "row 1: missing columns: 식별자, 기구명"
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes("식별자,종류\nadmin,국\n".encode())
    assert [p.message("en") for p in caught.value.problems] == ["row 1: missing column: 기구명"]
    assert [p.message("ko") for p in caught.value.problems] == ["1행: 열이 없습니다: 기구명"]


def test_the_english_sheet_is_headed_in_the_interface_words_and_told_in_them():
    """Walked: the English export headed its columns id, parent_id, name_ko, head_grade,
    duties_en (the program's field names), and a missing column of an English sheet was
    named in Korean (기구명), a header the official's sheet does not use."""
    headers = header([], "en")
    assert headers[:4] == ["ID", "Parent ID", "Kind", "Name (Korean)"]
    assert headers[4:6] == ["Name (English)", "Head grade"]
    assert not any("_" in h or h.islower() for h in headers)
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes(b"ID,Kind\nadmin,Bureau\n")
    assert [p.message("en") for p in caught.value.problems] == [
        "row 1: missing column: Name (Korean)"
    ]
    text = "ID,Parent ID,Kind,Name (Korean),Head grade\nadmin,,Bureau,행정국,Grade 3\n"
    org = read_csv_bytes(text.encode())
    assert org.get("admin").name_ko == "행정국" and org.get("admin").head_grade == "g3"


@pytest.mark.parametrize(
    ("lang", "expected"), [("ko", "XLSX 통합문서가 아닙니다."), ("en", "not an XLSX workbook")]
)
def test_a_file_that_is_no_workbook_is_told_of_the_file_not_its_first_row(lang, expected):
    """Walked: '1행: XLSX 통합문서가 아닙니다.' named the first row for a problem of the whole
    file, as an unreadable CSV once did."""
    with pytest.raises(OrgSheetError) as caught:
        read_xlsx_bytes(b"PK\x03\x04 not really")
    assert [(p.row, p.cell) for p in caught.value.problems] == [(0, "")]
    assert [p.message(lang) for p in caught.value.problems] == [expected]


def test_the_template_has_every_column_and_a_guide():
    book = load_workbook(io.BytesIO(template_xlsx(lang="ko")))
    first, guide = book.worksheets
    header = [c.value for c in first[1]]
    assert header[:3] == ["식별자", "상위 식별자", "종류"] and "소방정" in header
    assert first.max_row == 1  # nothing to import by accident
    assert [row[0].value for row in guide.iter_rows(min_row=2)][:3] == [
        "식별자",
        "상위 식별자",
        "종류",
    ]
    assert expected_columns("ko")[0][:3] == ("식별자", "ID", True)


# The six columns the first CSV import knew (no duties, no staffing), Korean kinds and posts.
OLD_CSV = """id,parent_id,kind,name_ko,name_en,head_grade
d1,b1,과,총무과,General Affairs Division,g4
gov,,시장,시장,Mayor,political
b1,gov,국,행정국,Administration Bureau,g3
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_an_old_six_column_csv_reads_with_parents_after_children(encoding):
    org = read_csv_bytes(OLD_CSV.encode(encoding))
    assert [u.id for u in org] == ["gov", "b1", "d1"]
    assert org.get("gov").kind is UnitKind.GOVERNOR
    assert org.get("d1").kind is UnitKind.DIVISION and org.get("d1").name_ko == "총무과"
    assert org.get("b1").head_grade == "g3" and org.get("b1").duties == []


def test_every_bad_csv_row_is_located_by_its_cell_and_header_and_nothing_is_imported():
    text = OLD_CSV + "d1,b1,과,중복과,,\nx,nowhere,국,가국,,\ny,gov,wing,나국,,\n"
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes(text.encode("cp949"))
    messages = [p.message("en") for p in caught.value.problems]
    assert messages == [
        "cell A5 (id): id d1 repeats row 2",
        "cell B6 (parent_id): parent nowhere is not in the list",
        "cell C7 (kind): unknown kind 'wing' (국, 과, 담당관, 팀 … or bureau, division …)",
    ]
    assert caught.value.problems[0].message("ko").startswith("A5 셀(id): ")


def _wide_table() -> list[list[str]]:
    """A unit list as an official lays it out in Excel: a title row left empty, the table
    from B2, a staffing column for every grade (so it runs to AE); row 4 has a head grade the
    project lacks (F4) and two head counts that are not numbers (H4, AE4)."""
    grades = [g.ko for g in DEFAULT_GRADES]
    header = ["식별자", "상위 식별자", "종류", "기구명", "장의 직급", *grades]
    gov = ["gov", "", "시장", "시장", "정무직"] + [""] * len(grades)
    bureau = ["b1", "gov", "국", "행정국", "7급이상", "", "한", *[""] * (len(grades) - 3), "둘"]
    return [[""] * (len(header) + 1)] + [["", *row] for row in (header, gov, bureau)]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ko",
            [
                "F4 셀(장의 직급): 7급이상은 이 프로젝트의 직급이 아닙니다(직급은 5급처럼 씁니다).",
                "H4 셀(1급): '한'은 인원수(0 이상)가 아닙니다.",
                "AE4 셀(경찰): '둘'은 인원수(0 이상)가 아닙니다.",
            ],
        ),
        (
            "en",
            [
                "cell F4 (장의 직급): 7급이상 is not a grade of this project "
                "(a grade is written like 5급)",
                "cell H4 (1급): '한' is not a head count (0 or more)",
                "cell AE4 (경찰): '둘' is not a head count (0 or more)",
            ],
        ),
    ],
)
def test_a_problem_names_its_cell_as_excel_does_and_its_header(kind, lang, expected):
    """Walked: '3행 장의 직급열: …' / 'row 3, column 장의 직급: …' named a CSV's column by
    its header only, and an XLSX's by a letter only, while the official fixes the file in
    Excel, where a cell is found by its reference; now both name the cell (letters past Z
    as Excel has them) and its header, in the order of the sheet (F, H, then AE)."""
    table = _wide_table()
    if kind == "xlsx":
        data = sheet(table)
        with pytest.raises(OrgSheetError) as caught:
            read_xlsx_bytes(data)
    else:
        buffer = io.StringIO()
        csv.writer(buffer).writerows(table)
        with pytest.raises(OrgSheetError) as caught:
            read_csv_bytes(buffer.getvalue().encode("cp949"))
    problems = caught.value.problems
    assert [p.cell for p in problems] == ["F4", "H4", "AE4"]
    assert [p.message(lang) for p in problems] == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ko", "파일의 문자를 읽을 수 없습니다(UTF-8도 CP949도 아닙니다)."),
        ("en", "the file's characters cannot be read (it is neither UTF-8 nor CP949)"),
    ],
)
def test_bytes_neither_utf8_nor_cp949_are_told_of_the_file_not_a_line(lang, expected):
    """Walked: '2행: UTF-8이나 CP949 텍스트가 아닙니다.' sent the official to a line when the
    file as a whole is in an encoding that cannot be read; say so, and how Excel saves it."""
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes(b"id,parent_id,kind,name_ko\n\xff\xff\xff,,,\n")
    (message,) = [p.message(lang) for p in caught.value.problems]
    assert message.startswith(expected)
    assert "CSV UTF-8" in message and "행" not in message.split(":")[0]


@pytest.mark.parametrize(
    ("data", "lang", "expected"),
    [(b"", "ko", "파일이 비어 있습니다."), (b"\r\n,,\r\n", "en", "the file is empty")],
)
def test_an_empty_csv_is_an_empty_file_not_an_empty_sheet(data, lang, expected):
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes(data)
    assert [p.message(lang) for p in caught.value.problems] == [expected]


def test_an_empty_workbook_is_still_an_empty_sheet():
    book = Workbook()
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(OrgSheetError) as caught:
        read_xlsx_bytes(buffer.getvalue())
    assert [p.message("ko") for p in caught.value.problems] == ["시트가 비어 있습니다."]


HEADED = "식별자,상위 식별자,종류,기구명,장의 직급,6급\r\nb1,,국,행정국,4급,2\r\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ko", "E3 셀(장의 직급): 7급이상은 이 프로젝트의 직급이 아닙니다(직급은 5급처럼 씁니다)."),
        (
            "en",
            "cell E3 (장의 직급): 7급이상 is not a grade of this project "
            "(a grade is written like 5급)",
        ),
    ],
)
def test_a_head_grade_the_project_lacks_is_told_not_read_as_another(lang, expected):
    """Walked: '7급이상' was imported as 7급 (the 이상 lost) and '4·5급' as 5급, silently
    ('4·5급' is now both grades of a 복수직급; three grades are no head's)."""
    text = HEADED + "d1,b1,과,총무과,7급이상,3\r\nd2,b1,과,민원과,4·5·6급,1\r\n"
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes(text.encode())
    messages = [p.message(lang) for p in caught.value.problems]
    assert messages[0] == expected
    assert messages[1].startswith("E4 셀(장의 직급): 4·5·6급" if lang == "ko" else "cell E4 (")
    assert len(messages) == 2


def test_head_grades_written_as_officials_write_them_still_read():
    text = HEADED + (
        "d1,b1,과,총무과,지방행정사무관,3\r\nd2,b1,과,민원과,5급 상당,1\r\n"
        "d3,b1,과,세무과,Grade 5,1\r\nd4,b1,과,재무과,g5,1\r\n"
    )
    org = read_csv_bytes(text.encode())
    assert {org.get(f"d{n}").head_grade for n in range(1, 5)} == {"g5"}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ko", "D4 셀(기구명): 총무과는 같은 상위 기구 아래 3행의 기구명과 같습니다."),
        (
            "en",
            "cell D4 (기구명): 총무과 is already the name of row 3, under the same superior",
        ),
    ],
)
def test_a_unit_name_twice_under_one_superior_is_told(lang, expected):
    """Walked: two 총무과 under 행정국 were imported silently (E-DUP-NAME only after)."""
    text = HEADED + "d1,b1,과,총무과,,3\r\nd2,b1,과,총무과,,1\r\nt1,d2,팀,서무팀,,1\r\n"
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes(text.encode())
    # told once, at the second row; its team is not told of a missing or cycling parent
    assert [p.message(lang) for p in caught.value.problems] == [expected]


def test_one_name_under_two_superiors_is_no_problem():
    text = HEADED + "d1,b1,과,총무과,,3\r\nt1,d1,팀,서무팀,,1\r\nd2,b1,과,민원과,,1\r\n"
    text += "t2,d2,팀,서무팀,,1\r\n"
    org = read_csv_bytes(text.encode())
    assert [u.name_ko for u in org.children("d1")] == [u.name_ko for u in org.children("d2")]


def test_the_children_of_a_row_with_a_problem_are_not_told_of_a_missing_parent():
    text = HEADED + "d1,b1,과,총무과,7급이상,3\r\nt1,d1,팀,서무팀,,1\r\nu1,t1,팀,하위팀,,1\r\n"
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes(text.encode())
    assert [p.row for p in caught.value.problems] == [3]


@pytest.mark.parametrize("which", ["province", "county"])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_sheet_in_either_language_reads_back_as_written(which, lang):
    project = projectfile.load(paths.sample_path(which))
    for org in (project.org, project.draft_inputs().applied.org):
        data = write_xlsx([("sheet", org)], project.grades, lang)
        assert read_xlsx_bytes(data, project.grades) == org
        assert read_csv_bytes(write_csv(org, project.grades, lang=lang), project.grades) == org


def test_the_english_sheet_names_grades_and_kinds_as_the_english_interface_does(sample):
    """Walked: the English export headed its staffing columns g1 … g9, political, fire-4 and
    wrote cells like g5 and governor, the project's own codes."""
    data = write_xlsx([("Current organization", sample.org)], sample.grades, "en")
    sheet = load_workbook(io.BytesIO(data))["Current organization"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    assert "Grade 5" in header and "Political" in header
    assert not any(str(h).startswith(("g", "fire-")) and str(h)[-1].isdigit() for h in header)
    cells = {str(v) for row in rows[1:] for v in row if v is not None}
    assert "Grade 3" in cells and "Head of government" in cells
    assert not cells & ({g.code for g in sample.grades} | {k.value for k in UnitKind})


@pytest.mark.parametrize("kind", list(UnitKind))
def test_every_kind_in_english_reads_back_as_itself(kind):
    """Two kinds share an English name (실 and 관 are Office, 단 and 팀 Team): the Korean
    follows it, 'Office (관)'."""
    text = kind_text(kind, "en")
    header = "id,parent_id,kind,name_ko\r\n"
    assert read_csv_bytes(f'{header}u1,,"{text}",가\r\n'.encode()).get("u1").kind is kind
    assert "(" not in text or text.startswith(kind.en)


def test_an_english_kind_with_another_kinds_korean_is_told():
    with pytest.raises(OrgSheetError, match="unknown kind 'Bureau \\(과\\)'"):
        read_csv_bytes("id,parent_id,kind,name_ko\r\nu1,,Bureau (과),가\r\n".encode())


def test_a_count_in_circled_figures_is_a_located_problem_not_a_crash():
    """'①' passes str.isdigit but not int(): a sheet with a paragraph mark in a count cell
    raised ValueError; it is a located problem as any other count that is not a number."""
    rows = [
        ["기구명", "종류", "식별자", "상위 식별자", "5급", "6급"],
        ["시장", "governor", "mayor", "", "", ""],
        ["총무과", "과", "general", "mayor", "①", "²"],
    ]
    with pytest.raises(OrgSheetError) as caught:
        read_xlsx_bytes(sheet(rows))
    assert [p.message("en") for p in caught.value.problems] == [
        "cell E3 (5급): '①' is not a head count (0 or more)",
        "cell F3 (6급): '²' is not a head count (0 or more)",
    ]


def test_a_csv_with_lone_carriage_returns_is_read_as_excel_for_mac_writes_it(sample):
    """Walked: a unit list whose lines end in a lone CR (old Mac Excel, or a file edited
    across systems) stopped the import with the csv module's English 'new-line character
    seen in unquoted field - do you need to open the file in universal-newline mode?'. The
    file is read as one with CR LF."""
    data = write_csv(sample.org, sample.grades, encoding="utf-8")
    lone = data.replace(b"\r\n", b"\r")  # the duties' line breaks inside quotes stay LF
    assert read_csv_bytes(lone, sample.grades) == sample.org
    mixed = data.replace(b"\r\n", b"\n", 3)  # some lines LF, the rest CR LF
    assert read_csv_bytes(mixed, sample.grades) == sample.org


def test_a_csv_cell_over_the_size_limit_is_a_located_problem():
    data = ("기구명,종류,식별자,상위 식별자\n시장,governor,mayor,\n"
            + "행정국,국,admin," + "x" * 200_000 + "\n").encode()  # fmt: skip
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes(data)
    assert [p.message("ko") for p in caught.value.problems] == [
        "3행: 이 행의 한 칸이 131,072자를 넘습니다"
    ]
    assert [p.message("en") for p in caught.value.problems] == [
        "row 3: a cell of this row is longer than 131,072 characters"
    ]


def test_a_count_kept_as_a_formula_without_its_result_is_told_at_its_cell():
    """A workbook written by a program (not saved by Excel) keeps '=SUM(F3:F4)' and no
    result: read as its value, the cell was empty and its posts were dropped without a word.
    It is told at its cell, with what to do."""
    rows = [
        ["기구명", "종류", "식별자", "상위 식별자", "5급", "6급"],
        ["시장", "governor", "mayor", "", "", ""],
        ["총무과", "과", "general", "mayor", "=1+2", 4],
    ]
    with pytest.raises(OrgSheetError) as caught:
        read_xlsx_bytes(sheet(rows))
    assert [p.message("ko") for p in caught.value.problems] == [
        "E3 셀(5급): 수식 =1+2의 결과가 파일에 저장되어 있지 않습니다. Excel에서 파일을 열어 "
        "다시 저장하거나 인원수를 입력하십시오."
    ]
    assert (
        caught.value.problems[0]
        .message("en")
        .startswith("cell E3 (5급): the formula =1+2 has no result saved in the file")
    )
