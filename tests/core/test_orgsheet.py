"""The organization as a spreadsheet: XLSX and CSV round trips, located problems."""

import io

import pytest
from openpyxl import Workbook, load_workbook

from desktop import paths
from desktop.core import projectfile
from desktop.core.org import UnitKind
from desktop.core.orgsheet import (
    OrgSheetError,
    expected_columns,
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
    assert header[:4] == ["id", "parent_id", "kind", "name_ko"] and "g3" in header
    assert read_file_bytes("org.xlsx", data, sample.grades) == sample.org


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
        "row 4, column B: unknown kind '부서' (국, 과, 담당관, 팀 … or bureau, division …)",
        "row 4, column H: '열' is not a head count (0 or more)",
        "row 5, column D: parent nowhere is not in the list",
    ]
    assert caught.value.problems[0].message("ko").startswith("4행 B열:")


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
    assert messages[0] == "row 1, column 이름: unknown column 이름"
    assert messages[-1] == "row 1: missing columns: 식별자, 기구명"
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes("식별자,종류\nadmin,국\n".encode())
    assert [p.message("en") for p in caught.value.problems] == ["row 1: missing column: 기구명"]
    assert [p.message("ko") for p in caught.value.problems] == ["1행: 열이 없습니다: 기구명"]
    with pytest.raises(OrgSheetError, match="not an XLSX workbook"):
        read_xlsx_bytes(b"PK\x03\x04 not really")


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
    assert expected_columns("ko")[0][:3] == ("식별자", "id", True)


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


def test_every_bad_csv_row_is_located_by_its_column_header_and_nothing_is_imported():
    text = OLD_CSV + "d1,b1,과,중복과,,\nx,nowhere,국,가국,,\ny,gov,wing,나국,,\n"
    with pytest.raises(OrgSheetError) as caught:
        read_csv_bytes(text.encode("cp949"))
    messages = [p.message("en") for p in caught.value.problems]
    assert messages == [
        "row 5, column id: id d1 repeats row 2",
        "row 6, column parent_id: parent nowhere is not in the list",
        "row 7, column kind: unknown kind 'wing' (국, 과, 담당관, 팀 … or bureau, division …)",
    ]
    assert caught.value.problems[0].message("ko").startswith("5행 id열:")


def test_bytes_neither_utf8_nor_cp949_are_located_by_line():
    with pytest.raises(OrgSheetError, match="row 2: not UTF-8 or CP949 text"):
        read_csv_bytes(b"id,parent_id,kind,name_ko\n\xff\xff\xff,,,\n")
