"""A grade of a staffing table's own (a 복수직급's ``3ㆍ4급``, grades counted together as ``4급
이상``) in the decree's checks and however a table spells it.

The decree's checks count a head or a post of two grades at each of its grades: a head set at
the list's 3ㆍ4급 is a 3·4급 head, within the standard where both grades are, and a post of
3ㆍ4급 in a new 소속기관 or 한시기구 may be held at 3급, so it reaches 제21조's 3급 이상 (the
finding says so). A table that writes the grade ``3·4급``, ``3급ㆍ4급`` or ``3급 또는 4급`` where
the project's list (or another instrument's table) writes ``3ㆍ4급`` names the same grade: its
row or column is amended in place, in its own spelling."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.core import changes as ch
from desktop.core.grades import general_span, head_codes, label_code, table_grade
from desktop.core.kinds.temporary import Temporary
from desktop.core.org import Unit, UnitKind
from desktop.core.orgsheet import read_csv_bytes
from desktop.core.staffing_annex import grade_header
from desktop.core.validate import validate
from desktop.documents.orgtables import staffing_rows
from tests.core.government_projects import _ids, gangwon_project, goyang_project
from tests.core.test_table_grades import _gangwon_column, _goyang_row

TODAY = dt.date(2025, 8, 1)


def _spelled(project, label: str):
    """The project with its list's 3ㆍ4급 written ``label`` (as a list read from another
    instrument's table, or edited, would write it)."""
    project.grades = [
        dataclasses.replace(g, ko=label) if g.code == "g3-4" else g for g in project.grades
    ]
    return project


def _annex_rows(project) -> list[list[str]]:
    return project.draft_inputs().statutes.instruments["staffing"].annexes[0].rows


def _found(project, code: str):
    return [f for f in validate(project, today=TODAY) if f.code == code]


# -- the grades a code stands for ----------------------------------------------------------


def test_a_table_grade_spans_the_grades_it_counts():
    assert general_span("g3") == (3, 3)
    assert general_span("g3-4") == (3, 4)
    assert general_span("g6-below") == (6, 9)
    assert general_span("g4-above") == (1, 4)
    assert general_span("fire-4") is None and general_span("political") is None
    assert head_codes(["g3-4"]) == ("g3", "g4")
    assert head_codes(["g3", "g4"]) == ("g3", "g4")
    assert head_codes(["fire-4", "g4"]) == ("fire-4", "g4")


def test_every_spelling_names_the_lists_grade():
    grades = [table_grade("3ㆍ4급"), table_grade("6급 이하")]
    for label in ("3ㆍ4급", "3·4급", "3급ㆍ4급", "3급 또는 4급", " 4ㆍ3급 "):
        assert label_code(label, grades) == "g3-4", label
    assert label_code("6급이하", grades) == "g6-below"
    assert label_code("4ㆍ5급", grades) is None  # a grade the list does not hold
    assert label_code("기관", grades) is None


# -- the decree's checks ---------------------------------------------------------------------


def test_a_head_set_at_the_lists_combined_grade_is_held_to_both_grades():
    """The head-grade list offers the table's 3ㆍ4급: a 국장 set at it is a 3·4급 head, within
    a 시's standard for a 국 (3급 or 4급). Before, the finding said 'The head grade g3-4 of
    자치행정국 departs from the standard' (the code, and a false warning)."""
    project = goyang_project(edit=_goyang_row)
    ids = _ids(project)
    project.changes = []
    project.org.get(ids["자치행정국"]).head_grade = "g3-4"
    assert not [f for f in _found(project, "W-HEAD-GRADE") if f.place.ref == ids["자치행정국"]]
    division = next(u for u in project.org if u.kind is UnitKind.DIVISION)
    division.head_grade = "g3-4"  # a 과's standard is 4급 or 5급: 3급 is outside
    found = [f for f in _found(project, "W-HEAD-GRADE") if f.place.ref == division.id]
    assert len(found) == 1
    assert found[0].message("ko").startswith(f"{division.name_ko}의 장 직급 3·4급은")
    assert "Grade 3 or 4" in found[0].message("en") and "g3-4" not in found[0].message("en")


def test_a_new_agency_with_a_post_of_three_or_four_needs_the_ministers_consultation():
    """강원 counts the 관광국장's post in its 3ㆍ4급 column; a new 사업소 headed at that grade
    (as the list offers it), its post counted there, may have a 3급 official: 제21조제2호
    asks a 시ㆍ도 to consult the minister. Before, neither the head nor the post counted (only
    a head's single grades did), and nothing was said."""
    project = gangwon_project(edit=_gangwon_column)
    ids = _ids(project)
    office = Unit("tour-dev", UnitKind.FIELD_OFFICE, "관광개발사업소", "Tourism Development Office",
                  ids["행정부지사"], "g3-4", [], {"g3-4": 1, "g5": 1, "g6": 3})  # fmt: skip
    project.changes.append(ch.Establish("c9", unit=office, children=[]))
    found = _found(project, "W-DECREE-CONSULT")
    assert [f.place.ref for f in found] == ["tour-dev"]
    assert found[0].message("ko") == (
        "신설하는 소속기관 관광개발사업소에 3급으로 보할 수 있는 3ㆍ4급 정원을 두므로(3급 이상) "
        "행정안전부장관과 미리 협의해야 합니다(「지방자치단체의 행정기구와 정원기준 등에 관한 "
        "규정」 제21조제2호)."
    )
    assert (
        found[0]
        .message("en")
        .startswith(
            "The new agency Tourism Development Office has a post of Grade 3 or 4, which may be "
            "held at Grade 3 (Grade 3 or above): consult the Minister of the Interior and Safety"
        )
    )
    # the post alone, under a 4급 head, reaches the grade all the same
    office.head_grade = "g4"
    assert [f.place.ref for f in _found(project, "W-DECREE-CONSULT")] == ["tour-dev"]
    office.staffing = {"g4": 1, "g5": 1, "g6": 3}  # none at 3급: no consultation
    assert not _found(project, "W-DECREE-CONSULT")


def test_a_temporary_unit_headed_at_three_or_four_is_told_at_which_grade_it_reaches():
    """A 시's 한시기구 headed by a 3·4급 (지방부이사관 또는 지방서기관) reaches 제21조제1호's
    3급 이상 by the higher grade: the finding says so where it said '3·4급' nothing of it
    ('has an official of Grade 3'), and names the grade as the table's row (3ㆍ4급)."""
    project = goyang_project(edit=_goyang_row)
    ids = _ids(project)
    unit = Unit("tf", UnitKind.TASK_FORCE, "통합추진단", "Integration Task Force",
                ids["부시장"], "g3", [], {"g3-4": 1}, head_grade_alt="g4")  # fmt: skip
    project.changes = [Temporary("c1", unit=unit, until=dt.date(2026, 6, 30))]
    found = _found(project, "W-DECREE-CONSULT")
    assert [f.message("ko") for f in found] == [
        "신설하는 한시기구 통합추진단에 3급으로 보할 수 있는 3ㆍ4급 정원을 두므로(3급 이상) "
        "관할 특별시장ㆍ광역시장ㆍ도지사ㆍ특별자치도지사와 미리 협의해야 합니다(「지방자치단체의 "
        "행정기구와 정원기준 등에 관한 규정」 제21조제1호)."
    ]
    unit.head_grade, unit.head_grade_alt, unit.staffing = "g4", "g5", {"g4-5": 1}
    assert not _found(project, "W-DECREE-CONSULT")  # 4·5급 is under 3급


def test_a_post_of_grades_counted_together_reaches_every_grade_it_counts():
    """A post of ``4급 이상`` may be a 4급's or a higher one's: in a 시's new 사업소
    (제21조제2호: 4급 이상) it reaches the grade."""
    project = goyang_project(edit=_goyang_row)
    ids = _ids(project)
    project.grades.append(table_grade("4급 이상"))
    office = Unit("water", UnitKind.FIELD_OFFICE, "상수도사업소", "Water Supply Office",
                  ids["부시장"], "g5", [], {"g4-above": 1, "g5": 1})  # fmt: skip
    project.changes = [ch.Establish("c1", unit=office, children=[])]
    found = _found(project, "W-DECREE-CONSULT")
    assert [f.place.ref for f in found] == ["water"]
    assert "4급으로 보할 수 있는 4급 이상 정원" in found[0].message("ko")


# -- every spelling of one grade -------------------------------------------------------------


def test_an_annex_by_grade_spelled_otherwise_is_amended_in_its_own_layout():
    """고양시's table writes 3ㆍ4급 and the project's list 3·4급: the 도시교통국장 made 3·4급
    moves a post to that row, written in the table's spelling, the rows in the table's order.
    Before, the row was no grade of the list, and the whole annex was laid out afresh (with a
    '3·4급' row of the list's)."""
    same = goyang_project(edit=_goyang_row)
    other = _spelled(goyang_project(edit=_goyang_row), "3·4급")
    for project in (same, other):
        ids = _ids(project)
        project.changes = [
            ch.ChangeHeadGrade("c1", unit_id=ids["도시교통국"], grade="g3", grade_alt="g4")
        ]
    rows = [
        p.draft_inputs().statutes.instruments["staffing"].annexes[0].rows for p in (same, other)
    ]
    assert rows[1] == rows[0]
    assert ["3ㆍ4급", "2"] in rows[1]
    assert not any(row[0] == "3·4급" for row in rows[1])


def test_a_column_spelled_otherwise_keeps_its_figures():
    """강원's table writes 3ㆍ4급 and the project's list 3급ㆍ4급: the changes (none of them
    the 관광국's) keep the 관광국장's post in that column. Before, the column was no grade of
    the list and its figures were blanked when the annex was rewritten."""
    same = gangwon_project(edit=_gangwon_column)
    other = _spelled(gangwon_project(edit=_gangwon_column), "3급ㆍ4급")
    rows = [
        p.draft_inputs().statutes.instruments["staffing"].annexes[0].rows for p in (same, other)
    ]
    assert rows[1] == rows[0]
    header = rows[1][0]
    assert header.count("3ㆍ4급") == 1 and "3급ㆍ4급" not in header
    at = header.index("3ㆍ4급")
    row = {r[0]: r for r in rows[1]}
    assert (row["관광국"][at], row["계"][at]) == ("1", "1")


def test_a_header_of_the_tables_spelling_is_found():
    """A table by organization is told by its header naming two grades: 3·4급 is the list's
    3ㆍ4급 (the rows outside the tree that the organization tables count are read by it)."""
    grades = list(gangwon_project(edit=_gangwon_column).grades)
    rows = [["기관", "3·4급", "4급"], ["관광국", "1", ""]]
    assert grade_header(rows, grades) == 0
    assert grade_header(rows, [g for g in grades if g.code != "g3-4"]) is None


def test_an_imported_list_reads_every_spelling_of_the_grade():
    """A unit list's staffing column 3·4급 is the list's 3ㆍ4급, and a head written 3ㆍ4급 is
    a 3·4급 head (its two grades) as one written 3·4급 is. Before, the column was 'unknown'
    and the head was set at the table's grade."""
    grades = goyang_project(edit=_goyang_row).grades
    text = (
        "식별자,상위 식별자,종류,기구명,장의 직급,3급ㆍ4급,5급\r\n"
        "b1,,국,행정국,3ㆍ4급,1,\r\nb2,,국,복지국,3·4급,1,\r\nd1,b1,과,총무과,5급,,1\r\n"
    )
    org = read_csv_bytes(text.encode(), grades)
    assert org.get("b1").staffing == {"g3-4": 1}
    assert org.get("b1").head_grades == org.get("b2").head_grades == ("g3", "g4")


def test_a_negative_count_names_the_tables_grade_as_the_project_writes_it():
    """Before, the error named the grade by its code: 'Staffing of 자치행정국 for g3-4 is
    negative (-1).'"""
    project = goyang_project(edit=_goyang_row)
    ids = _ids(project)
    project.changes = []
    project.org.get(ids["자치행정국"]).staffing = {"g3-4": -1}
    found = [f for f in _found(project, "E-STAFFING-NEGATIVE") if f.place.ref == ids["자치행정국"]]
    assert len(found) == 1
    assert "3ㆍ4급" in found[0].message("ko") and "g3-4" not in found[0].message("ko")
    assert "Grade 3 or 4" in found[0].message("en")


def _gangwon_institute(key: str, text: str) -> str:
    """강원's table with a row for 강원연구원, no unit of the tree, its one post in the 3ㆍ4급
    column; 제2조 counts it (116)."""
    text = _gangwon_column(key, text)
    if key != "staffing":
        return text
    row = next(line for line in text.splitlines() if line.startswith("| 관광국 |"))
    text = text.replace("정원은 115명으로", "정원은 116명으로")
    return text.replace(row, row + "\n" + row.replace("관광국", "강원연구원"))


def test_the_organization_table_names_a_row_outside_the_tree_however_its_column_is_spelled():
    """The 기구표·정원표 names the posts the ordinance counts outside the tree by the table's
    rows, read from its grade columns: the 3ㆍ4급 column is the list's 3급ㆍ4급. Before, that
    column was no grade, the row held no post, and the table said '그 밖의 기관'."""
    for label in ("3ㆍ4급", "3급ㆍ4급"):
        project = _spelled(gangwon_project(edit=_gangwon_institute), label)
        rows, _totals = staffing_rows(project.draft_inputs(), "ko")
        assert ["강원연구원", "1", "1", "-"] in rows, label
