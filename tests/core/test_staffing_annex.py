"""The staffing annex is amended in its own layout: a table by grade keeps its rows (no
subtotal the office does not write), a table by organization and grade keeps its columns and a
row per unit, which follows the unit (renamed, abolished, new after its superior's rows)."""

from __future__ import annotations

from desktop.core.grades import DEFAULT_GRADES
from desktop.core.org import Organization, Unit, UnitKind
from desktop.core.staffing_annex import amended_rows
from tests.core.government_projects import gangwon_project

K = UnitKind


def org(*units: Unit) -> Organization:
    return Organization(list(units))


def unit(uid, kind, name, parent, staffing) -> Unit:
    return Unit(uid, kind, name, "", parent, "", [], staffing)


BEFORE = org(
    unit("head", K.GOVERNOR, "구청장", None, {"political": 1}),
    unit("dep", K.VICE_GOVERNOR, "부구청장", "head", {"g4": 1}),
    unit("adm", K.BUREAU, "행정국", "dep", {"g4": 1}),
    unit("gen", K.DIVISION, "총무과", "adm", {"g5": 1, "g6": 5}),
    unit("aud", K.DIVISION, "감사과", "adm", {"g5": 1, "g6": 3}),
    unit("urb", K.BUREAU, "도시국", "dep", {"g4": 1}),
    unit("plan", K.DIVISION, "도시과", "urb", {"g5": 1, "g6": 4}),
)


def after(*changes) -> Organization:
    new = BEFORE.copy()
    for change in changes:
        change(new)
    return new


def test_a_table_by_grade_keeps_its_rows_and_adds_no_subtotal():
    rows = [["구분", "정원"], ["총계", "19"], ["정무직", "1"], ["일반직 계", "18"],
            ["4급", "3"], ["5급", "3"], ["6급", "12"]]  # fmt: skip
    new = after(lambda o: o.get("gen").staffing.update(g6=7))
    assert amended_rows(rows, BEFORE, new, DEFAULT_GRADES) == [
        ["구분", "정원"], ["총계", "21"], ["정무직", "1"], ["일반직 계", "20"],
        ["4급", "3"], ["5급", "3"], ["6급", "14"],
    ]  # fmt: skip


def test_a_table_by_grade_without_a_row_for_a_new_grade_is_laid_out_afresh():
    rows = [["구분", "정원"], ["총계", "19"], ["4급", "3"], ["5급", "3"], ["6급", "12"]]
    new = after(lambda o: o.get("gen").staffing.update(g7=2))
    assert amended_rows(rows, BEFORE, new, DEFAULT_GRADES) is None


def test_a_table_by_unit_follows_the_units_and_keeps_its_columns():
    rows = [
        ["기관", "계", "정무직", "4급", "5급", "6급"],
        ["합계", "19", "1", "3", "3", "12"],
        ["구청장", "1", "1", "", "", ""],
        ["부구청장", "1", "", "1", "", ""],
        ["행정국", "1", "", "1", "", ""],
        ["총무과", "6", "", "", "1", "5"],
        ["감사과", "4", "", "", "1", "3"],
        ["도시국", "1", "", "1", "", ""],
        ["도시과", "5", "", "", "1", "4"],
        ["※ 의회사무국 정원은 따로 정한다.", "", "", "", "", ""],
    ]

    def change(o: Organization) -> None:
        o.remove("aud")
        o.get("plan").name_ko = "도시계획과"
        o.add(unit("park", K.DIVISION, "공원과", "adm", {"g5": 1, "g6": 2, "g7": 3}))

    assert amended_rows(rows, BEFORE, after(change), DEFAULT_GRADES) == [
        ["기관", "계", "정무직", "4급", "5급", "6급", "7급"],
        ["합계", "21", "1", "3", "3", "11", "3"],
        ["구청장", "1", "1", "", "", "", ""],
        ["부구청장", "1", "", "1", "", "", ""],
        ["행정국", "1", "", "1", "", "", ""],
        ["총무과", "6", "", "", "1", "5", ""],
        ["공원과", "6", "", "", "1", "2", "3"],
        ["도시국", "1", "", "1", "", "", ""],
        ["도시계획과", "5", "", "", "1", "4", ""],
        ["※ 의회사무국 정원은 따로 정한다.", "", "", "", "", "", ""],
    ]


def test_gangwons_table_by_agency_keeps_its_breakdown_in_the_bill():
    """강원특별자치도's 기관별ㆍ직급별 정원표 is not replaced by a table by grade alone: the
    new bureau and division get rows after the 행정부지사's units, the renamed bureau its new
    name, the abolished division's row goes."""
    project = gangwon_project()
    annex = project.draft_inputs().new_instruments["staffing"].annexes[0]
    assert annex.rows[0] == ["기관", "정무직", "1급", "2급", "3급", "4급", "5급", "6급", "7급"]
    assert annex.rows[1] == ["계", "2", "1", "1", "4", "1", "9", "49", "47"]
    names = [row[0] for row in annex.rows[2:]]
    assert names.index("특별자치국") == names.index("보건정책과") + 1
    assert names.index("특별자치과") == names.index("특별자치국") + 1
    assert "경제산업국" in names and "경제국" not in names and "에너지과" not in names
